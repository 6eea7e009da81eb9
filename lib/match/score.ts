import type { Alignment } from './align';
import type { Confidence } from './types';

/**
 * Score bands, tuned on the benchmark (bench/match.ts: State of the Union
 * sentences as quotes, every drift kind and same-topic negatives) and on the
 * seed renderings. See /README "How matching decides" for the figures.
 *
 * - CONFIDENT: at or above, a match is shown as the same remark.
 * - POSSIBLE: at or above (and below CONFIDENT), a match is shown as "possible";
 *   below, nothing is shown.
 */
export const CONFIDENT = 0.6;
export const POSSIBLE = 0.42;
/** A match across forms (direct page quote against reported library wording, or back) is confident only above this. */
export const CROSS_FORM_CONFIDENT = 0.75;
/**
 * Page words beyond a stored wording cost a quarter of a changed word: a page
 * that prints more than the library holds is still the remark, yet a stored
 * wording that covers little of a long page quote is weak evidence.
 */
const EXTRA_COST = 0.25;
/** Stored meaning not in the page costs this much of its weight in the shared-meaning score. */
const UNSHARED_STORED = 0.3;
/**
 * Evidence needed before a match may be confident: the shared meaning, in units
 * of one word found in a single stored wording. A page quote of two common words
 * found in a long remark is a coincidence, however exact.
 */
export const MIN_CONFIDENT_EVIDENCE = 1.6;
export const MIN_POSSIBLE_EVIDENCE = 0.8;

/** Word-for-word closeness: 1 for verbatim or a fragment, less for each change and extension. */
export function alignmentScore(a: Alignment, qLen: number, rLen: number): number {
  if (a.matched === 0) return 0;
  const extraStart = a.qStart;
  const extraEnd = qLen - a.qEnd;
  const trimStart = a.rStart;
  const trimEnd = rLen - a.rEnd;
  const edgeEdits = (trimStart && extraStart ? extraStart : 0) + (trimEnd && extraEnd ? extraEnd : 0);
  const edits = Math.max(a.qUnmatched, a.rUnmatched) + edgeEdits;
  const extra = extraStart + extraEnd - edgeEdits;
  return a.matched / (a.matched + edits + EXTRA_COST * extra);
}

/** Shared meaning (IDF-weighted synonym-folded stems): how much of the page's meaning the stored wording holds. */
export function meaningScore(shared: number, pageWeight: number, storedWeight: number): number {
  if (pageWeight <= 0) return 0;
  return shared / (pageWeight + UNSHARED_STORED * Math.max(0, storedWeight - shared));
}

export function confidenceOf(score: number, evidence: number, crossForm: boolean): Confidence | null {
  if (score < POSSIBLE || evidence < MIN_POSSIBLE_EVIDENCE) return null;
  if (score < CONFIDENT || evidence < MIN_CONFIDENT_EVIDENCE) return 'possible';
  if (crossForm && score < CROSS_FORM_CONFIDENT) return 'possible';
  return 'confident';
}
