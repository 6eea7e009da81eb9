import { isNumeric, numbersToDigits } from './numbers';
import { americanize } from './spelling';

/**
 * A text cut into the pieces a reader sees (`units`, each with its trailing
 * space, joining back to the text) and the normalized words those pieces stand
 * for. Matching works on `words`; diffs are shown in `units`, so a reader sees
 * the quote as it was printed while the comparison ignores house style.
 */
export interface Analyzed {
  readonly units: readonly string[];
  readonly words: readonly string[];
  /** For each word, the index of the unit it came from. */
  readonly unitOf: readonly number[];
  /** Indices of words an ellipsis stood before: where the page says it left words out. */
  readonly elisions: readonly number[];
}

// A unit ends after whitespace, or right after a dash or ellipsis glued to the next word ("defence—more").
const UNIT = /\S+?(?:[\u2013\u2014\u2015\u2026]+|\.{3,}|(?=\s|$))\s*/gu;
const WORD = /[\p{L}\p{N}%]+(?:['.][\p{L}\p{N}%]+)*\.?/gu;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u02bc]/g;
/**
 * "US" and "U.S." in capitals are the United States, never the pronoun: spelled
 * out before case is folded, so "the US" and "the United States" read alike.
 */
const US = /(?<![\p{L}.])U\.?S\.?(?![\p{L}])/gu;
const ELLIPSIS = /\u2026|\.{3}/;
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

interface RawWord {
  word: string;
  unit: number;
  /** Bracket group the word is in, or -1. */
  group: number;
}

/** Character-level folding of one unit's text (already NFKC, lower case). */
function fold(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .replace(DASHES, ' ')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/&/g, ' and ');
}

function pushWords(piece: string, unit: number, group: number, out: RawWord[]): void {
  for (const m of piece.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.')) word = word.slice(0, -1);
    // Abbreviations lose their points ("u.s." = "us"); decimals keep theirs.
    if (word.includes('.') && !/^\d+(\.\d+)+$/.test(word)) word = word.replace(/\./g, '');
    if (word) out.push({ word, unit, group });
  }
}

function wordsOfUnit(
  text: string,
  index: number,
  state: { depth: number; group: number },
  out: RawWord[],
): void {
  if (state.depth === 0 && !text.includes('[') && !text.includes(']')) {
    pushWords(text, index, -1, out);
    return;
  }
  // Split at brackets so words inside "[...]" carry their group.
  for (const piece of text.split(/([[\]])/)) {
    if (piece === '[') {
      state.depth++;
      state.group++;
    } else if (piece === ']') state.depth = Math.max(0, state.depth - 1);
    else pushWords(piece, index, state.depth > 0 ? state.group : -1, out);
  }
}

/**
 * Texts analysed lately, with their analyses: the background analyses one
 * quote's words several times in a row (matched when the page asks, keyed
 * when the page is captured, indexed when it joins or starts a quote), and
 * analysis is most of what capture costs in script. Bounded, so a whole
 * library passing through at build time only churns it.
 */
const recent = new Map<string, Analyzed>();
const RECENT_MAX = 512;

/**
 * Cuts a text into display units and normalized words (see {@link Analyzed}).
 * The result may be shared with other callers of the same text, hence read-only.
 */
export function analyze(text: string): Analyzed {
  const known = recent.get(text);
  if (known) {
    recent.delete(text);
    recent.set(text, known);
    return known;
  }
  const fresh = analyzeText(text);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(text, fresh);
  return fresh;
}

function analyzeText(text: string): Analyzed {
  const units = text.trim().match(UNIT) ?? [];
  const raw: RawWord[] = [];
  const state = { depth: 0, group: 0 };
  // Fold all units in one pass (units hold no line breaks once their trailing space is cut).
  const folded = fold(
    units
      .map((u) => u.trimEnd())
      .join('\n')
      .normalize('NFKC')
      .replace(US, 'United States')
      .toLowerCase(),
  ).split('\n');
  if (folded.length !== units.length) throw new Error('normalize: unit boundaries lost');
  folded.forEach((unit, i) => wordsOfUnit(unit, i, state, raw));

  // Editorial insertions ("[Russian President] Vladimir Putin") are dropped; a
  // one-word bracket is a substitution ("[the] alliance") and is kept.
  const groupSize = new Map<number, number>();
  for (const r of raw) if (r.group >= 0) groupSize.set(r.group, (groupSize.get(r.group) ?? 0) + 1);
  let words: string[] = [];
  let owner: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawWord;
    if (r.group >= 0 && (groupSize.get(r.group) ?? 0) > 1) continue;
    if (r.word === 'per' && raw[i + 1]?.word === 'cent') {
      words.push('%');
      owner.push(r.unit);
      i++;
      continue;
    }
    words.push(r.word === 'percent' ? '%' : r.word.replace(/^'+|'+$/g, ''));
    owner.push(r.unit);
  }
  ({ words, owner } = numbersToDigits(words, owner));

  const outWords: string[] = [];
  const unitOf: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!w) continue;
    if (w === '%' && outWords.length && isNumeric(outWords[outWords.length - 1] as string)) {
      outWords[outWords.length - 1] += '%';
      continue;
    }
    outWords.push(americanize(w));
    unitOf.push(owner[i] as number);
  }
  const elided = units.map((u) => ELLIPSIS.test(u));
  const elisions: number[] = [];
  for (let i = 1; i < unitOf.length; i++) {
    const from = unitOf[i - 1] as number;
    const to = unitOf[i] as number;
    for (let u = from; u <= to && from < to; u++)
      if (elided[u]) {
        elisions.push(i);
        break;
      }
  }
  return { units, words: outWords, unitOf, elisions };
}

/**
 * The one normalization of a wording: case, quote marks, dashes, British and
 * American spelling, editorial brackets, ellipses and number style folded
 * away. Two renderings with the same normalized text are the same wording; the
 * library uses this to find duplicates, the matcher to compare.
 */
export function normalizeText(text: string): string {
  return analyze(text).words.join(' ');
}

/**
 * The words [from, to) of an analyzed text as a text of their own, with just
 * the printed units they came from: a sentence of a page quote, compared and
 * shown apart from the rest.
 */
export function partOf(a: Analyzed, [from, to]: [number, number]): Analyzed {
  const first = a.unitOf[from] as number;
  const last = a.unitOf[to - 1] as number;
  return {
    units: a.units.slice(first, last + 1),
    words: a.words.slice(from, to),
    unitOf: a.unitOf.slice(from, to).map((u) => u - first),
    elisions: a.elisions.filter((e) => e > from && e < to).map((e) => e - from),
  };
}
