import type { Analyzed } from './normalize';

/**
 * Titles and short forms that end in a point without ending a sentence
 * ("Mr. Rutte", "Gen. Cavoli"); one letter and a point (an initial, "U.S.")
 * never ends one either.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen col lt sgt capt cmdr adm sen rep gov pres prof rev hon vs etc no inc corp ltd co'.split(
    ' ',
  ),
);
/** A printed unit that ends a sentence: a full stop, question or exclamation mark, then closing quotes or brackets. */
const SENTENCE_END = /([\p{L}\p{N}.]*)[.!?]+["'”’»)\]]*\s*$/u;
/** A unit that can open a sentence: an upper-case letter or digit, after any opening quote or bracket. */
const SENTENCE_START = /^["'“‘«([]*[\p{Lu}\p{N}]/u;
/** A unit that ends a clause: a dash or a semicolon ("a new era for NATO—one that is stronger"). */
const CLAUSE_END = /(?:[\u2013\u2014;]|\s-{1,2})["'”’»)\]]*\s*$/u;
/** Parts shorter than this (in words) join the part before them: "Not for Europe" alone says little. */
const MIN_PART_WORDS = 4;
/** Cheap test on raw text: could it hold more than one sentence at all? */
const MAYBE_SEVERAL = /[.!?]["'”’»)\]]*\s+["'“‘«([]*[\p{Lu}\p{N}]/u;

/** True when a raw text may hold two sentences or more (no analysis needed to rule most texts out). */
export function maySplit(text: string): boolean {
  return MAYBE_SEVERAL.test(text);
}

/**
 * The word ranges [start, end) of each sentence of an analyzed wording; one
 * range when it is one sentence. A quote of two sentences may be two remarks
 * the library holds apart, or one remark the library holds whole while the
 * page rewords only one sentence of it: each sentence can be compared alone.
 * With `clauses`, a dash or semicolon also ends a part (a page quote that runs
 * two remarks together). Parts of fewer than four words join their neighbour.
 */
export function sentenceRanges(a: Analyzed, clauses = false): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < a.words.length; i++) {
    const prevUnit = a.unitOf[i - 1] as number;
    const unit = a.unitOf[i] as number;
    if (unit === prevUnit) continue;
    if (clauses && CLAUSE_END.test(a.units[prevUnit] as string)) {
      ranges.push([start, i]);
      start = i;
      continue;
    }
    const end = SENTENCE_END.exec(a.units[prevUnit] as string);
    if (!end || !SENTENCE_START.test(a.units[unit] as string)) continue;
    const word = (end[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
    ranges.push([start, i]);
    start = i;
  }
  ranges.push([start, a.words.length]);
  const joined: [number, number][] = [];
  for (const r of ranges) {
    const last = joined[joined.length - 1];
    if (last && (r[1] - r[0] < MIN_PART_WORDS || last[1] - last[0] < MIN_PART_WORDS)) last[1] = r[1];
    else joined.push([r[0], r[1]]);
  }
  return joined;
}
