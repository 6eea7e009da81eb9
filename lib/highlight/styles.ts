import type { Verdict } from '../match/types';

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

/** Registry names are prefixed so they never collide with a page's own highlights. */
export function highlightName(kind: HighlightKind): string {
  return `verbatim-${kind}`;
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
