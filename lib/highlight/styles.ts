import type { Verdict } from '../match/types';
import type { HighlightStyle } from '../settings';

/** A highlight style: every verdict, plus quotes that the library does not hold. */
export type HighlightKind = Verdict | 'unmatched';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'verbatim',
  'fragment',
  'extended',
  'edited',
  'paraphrase',
  'reported',
  'unmatched',
];

/**
 * Registry names are prefixed so they never collide with a page's own
 * highlights; the underline-only style has its own names because a
 * highlight's look can only come from the page-level stylesheet.
 */
export function highlightName(kind: HighlightKind, style: HighlightStyle = 'wash'): string {
  return style === 'wash' ? `verbatim-${kind}` : `verbatim-${kind}-underline`;
}

/** Words a reader sees in the legend, popup chips and cards, one per kind. */
export const KIND_LABELS: Record<HighlightKind, string> = {
  verbatim: 'Verbatim',
  fragment: 'Fragment',
  extended: 'Extended',
  edited: 'Edited',
  paraphrase: 'Paraphrase',
  reported: 'Reported',
  unmatched: 'Not in library',
};
