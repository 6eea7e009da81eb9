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
 */
export function sentenceRanges(a: Analyzed): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < a.words.length; i++) {
    const prevUnit = a.unitOf[i - 1] as number;
    const unit = a.unitOf[i] as number;
    if (unit === prevUnit) continue;
    const end = SENTENCE_END.exec(a.units[prevUnit] as string);
    if (!end || !SENTENCE_START.test(a.units[unit] as string)) continue;
    const word = (end[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
    ranges.push([start, i]);
    start = i;
  }
  ranges.push([start, a.words.length]);
  return ranges;
}
