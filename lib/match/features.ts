import type { Alignment } from './align';
import { isNumeric } from './numbers';
import type { KeyKind } from './stem-keys';

/**
 * The figures a same-remark decision weighs, each a principled sign a
 * linguist would name: how much meaning both wordings share and how much only
 * one holds, whether the words come in the same order, whether the two differ
 * in a number or a negation (the cheapest ways one statement becomes another),
 * how different their lengths are, and how many of their words are the same
 * once inflection and close synonyms are folded. Kept in one fixed order: the logistic
 * model's weights (pair-model.json) are read by position.
 */
export const FEATURES = [
  'meaning',
  'exact',
  'shared',
  'pageOnly',
  'storedOnly',
  'lengthRatio',
  'bigrams',
  'ordered',
  'numbers',
  'negation',
  'missed',
  'rarestMissed',
  'lengthGap',
  'words',
  'trigrams',
  'editRate',
  'folded',
  'gap',
] as const;
export type FeatureName = (typeof FEATURES)[number];

const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nor', 'without', 'cannot', 'none', 'nothing']);

/** The inputs the matcher already has for a verified wording, in word units where weights are concerned. */
export interface PairFigures {
  meaning: number;
  exact: number;
  /** Shared, page-only and stored-only meaning, in units of one word a single stored wording holds. */
  shared: number;
  pageOnly: number;
  storedOnly: number;
  /** Content words with no counterpart on the other side, each side, and the rarest such word in word units. */
  pageMissed: number;
  storedMissed: number;
  rarestMissed: number;
  /** Dice overlap of the words, inflections and close synonyms folded (see QuoteMatcher.foldedOverlap). */
  folded: number;
  /** The longest clause only one side says, in content words (see {@link longestGap}). */
  clause: number;
  alignment: Alignment;
}

/** What the features need to know of one side's words beyond their ids: its numbers and negations. */
export interface SideFacts {
  numbers: string[];
  negations: number;
}

/** 1: a number the features compare, 2: a negation, 0: neither. */
export type WordFact = 0 | 1 | 2;

/**
 * Whether a normalized word is a number (a percentage too: "3%") or a
 * negation. "1" is no number here:
 * normalization writes the word "one" as a digit, and "one" is as often a
 * pronoun ("any one of us") as a count.
 */
export function wordFact(word: string): WordFact {
  if (isNumeric(word.endsWith('%') ? word.slice(0, -1) : word)) return word === '1' ? 0 : 1;
  return NEGATIONS.has(word) || word.endsWith("n't") ? 2 : 0;
}

/** The numbers and negations among a wording's words, given each word's {@link wordFact}. */
export function sideFacts(words: ArrayLike<string>, facts: ArrayLike<WordFact>): SideFacts {
  const numbers: string[] = [];
  let negations = 0;
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === 1) numbers.push(words[i] as string);
    else if (facts[i] === 2) negations++;
  }
  return { numbers, negations };
}

/**
 * Whether the two wordings contradict each other the cheapest way: a number
 * changed (each holds a number the other lacks: "killed 296" against "killed
 * 300"), or a negation on one side only ("I like green apples" against "I
 * don't like green apples"). A number only one side gives is a detail added
 * or left out ("Wells, 46, said"), not a contradiction.
 */
export function factsDiffer(a: SideFacts, b: SideFacts): boolean {
  const lacks = (x: SideFacts, y: SideFacts) => x.numbers.some((n) => !y.numbers.includes(n));
  return (lacks(a, b) && lacks(b, a)) || a.negations > 0 !== b.negations > 0;
}

/** Numbers one wording holds that the other lacks: "3%" against "4%" is another statement. */
function numberMismatch(a: SideFacts, b: SideFacts): number {
  if (!a.numbers.length && !b.numbers.length) return 0;
  let n = 0;
  for (const x of new Set(a.numbers)) if (!b.numbers.includes(x)) n++;
  for (const x of new Set(b.numbers)) if (!a.numbers.includes(x)) n++;
  return Math.min(n, 2);
}

// Scratch rows for the dynamic programmes below: features are computed for every verified wording.
let runs = new Int32Array(256);
let rowBits = new Uint8Array(128);
let colBits = new Uint8Array(128);

/**
 * Share of runs of 1, 2 and 3 words in sequence both wordings hold (Dice,
 * each word position counted once per side): single words count function
 * words too (how a sentence is put, not only what it is about), longer runs
 * count order and phrasing kept. One pass over the grid of equal words.
 */
function ngramDice(a: ArrayLike<number>, b: ArrayLike<number>): [number, number, number] {
  const n = a.length;
  const m = b.length;
  if (runs.length < 2 * (m + 1)) runs = new Int32Array(4 * (m + 1));
  if (rowBits.length < n) rowBits = new Uint8Array(2 * n);
  if (colBits.length < m) colBits = new Uint8Array(2 * m);
  rowBits.fill(0, 0, n);
  colBits.fill(0, 0, m);
  runs.fill(0, 0, 2 * (m + 1));
  for (let i = 0; i < n; i++) {
    const cur = (i % 2) * (m + 1);
    const prev = ((i + 1) % 2) * (m + 1);
    runs[cur] = 0;
    for (let j = 0; j < m; j++) {
      const len = a[i] === b[j] ? (runs[prev + j] as number) + 1 : 0;
      runs[cur + j + 1] = len;
      if (len === 0) continue;
      // A run of len words ending here holds an n-gram of every size up to len ending at i and j.
      const bits = len >= 3 ? 7 : len === 2 ? 3 : 1;
      rowBits[i] = (rowBits[i] as number) | bits;
      colBits[j] = (colBits[j] as number) | bits;
    }
  }
  const dice = (bit: number, size: number) => {
    const slots = n - size + 1 + (m - size + 1);
    if (n < size || m < size) return 0;
    let found = 0;
    for (let i = 0; i < n; i++) if ((rowBits[i] as number) & bit) found++;
    for (let j = 0; j < m; j++) if ((colBits[j] as number) & bit) found++;
    return found / slots;
  };
  return [dice(1, 1), dice(2, 2), dice(4, 3)];
}

/**
 * Word-level edit distance over the longer length (as in TER): how many words
 * must be changed, added or dropped to turn one wording into the other.
 */
function editRate(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const m = b.length;
  if (runs.length < 2 * (m + 1)) runs = new Int32Array(4 * (m + 1));
  for (let j = 0; j <= m; j++) runs[j] = j;
  for (let i = 1; i <= n; i++) {
    const cur = (i % 2) * (m + 1);
    const prev = ((i + 1) % 2) * (m + 1);
    runs[cur] = i;
    for (let j = 1; j <= m; j++) {
      const sub = (runs[prev + j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const del = (runs[prev + j] as number) + 1;
      const ins = (runs[cur + j - 1] as number) + 1;
      runs[cur + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  return (runs[(n % 2) * (m + 1) + m] as number) / Math.max(1, n, m);
}

/**
 * The longest run of content words one side says and the other has no
 * counterpart for (function words in between neither extend nor break it),
 * over both sides: a clause only one wording holds ("… and was endorsed by
 * the White House") is another statement, where as many missing words spread
 * over the sentence are rewording. A run with a speech verb of its own is an
 * attribution ("…, said TI's general counsel"), who spoke rather than what
 * was said, and does not count. On MRPC, fitted on either half and read on
 * the other, the model alone gains about a point (0.765 to 0.775 held out).
 */
export function longestGap(a: Int32Array, b: Int32Array, kindOf: (key: number) => KeyKind): number {
  // A wording is a few dozen words: a scan of the other side costs less than building a set of it.
  const run = (side: Int32Array, other: Int32Array) => {
    let best = 0;
    let cur = 0;
    let attribution = false;
    for (const k of side) {
      const kind = kindOf(k);
      if (kind === 'function') continue;
      if (other.includes(k)) {
        if (!attribution && cur > best) best = cur;
        cur = 0;
        attribution = false;
      } else if (kind === 'speech') attribution = true;
      else cur++;
    }
    return attribution || cur <= best ? best : cur;
  };
  return Math.max(run(a, b), run(b, a));
}

/**
 * The feature vector of a page wording against a stored one, in {@link FEATURES}
 * order. Words are word ids (equal words, equal ids), so the same words on both
 * sides compare as equal numbers.
 */
export function pairFeatures(
  page: ArrayLike<number>,
  stored: ArrayLike<number>,
  pageFacts: SideFacts,
  storedFacts: SideFacts,
  f: PairFigures,
): number[] {
  const n = page.length;
  const m = stored.length;
  const [words, bigrams, trigrams] = ngramDice(page, stored);
  return [
    f.meaning,
    f.exact,
    Math.log1p(f.shared),
    Math.log1p(f.pageOnly),
    Math.log1p(f.storedOnly),
    Math.min(n, m) / Math.max(1, n, m),
    bigrams,
    f.alignment.matched / Math.max(1, Math.min(n, m)),
    numberMismatch(pageFacts, storedFacts),
    pageFacts.negations > 0 !== storedFacts.negations > 0 ? 1 : 0,
    Math.log1p(f.pageMissed + f.storedMissed),
    f.rarestMissed,
    Math.log1p(Math.abs(n - m)),
    words,
    trigrams,
    editRate(page, stored),
    f.folded,
    Math.log1p(f.clause),
  ];
}
