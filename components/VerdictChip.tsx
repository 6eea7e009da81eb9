import { KIND_LABELS, type HighlightKind } from '../lib/highlight/styles';
import type { Confidence } from '../lib/match/types';

/** The verdict in one word, coloured like its highlight, with "possible" said in words too. */
export function VerdictChip({ kind, confidence }: { kind: HighlightKind; confidence?: Confidence }) {
  return (
    <span class={`chip chip-${kind}`} data-verdict={kind}>
      {KIND_LABELS[kind]}
      {confidence === 'possible' ? ' (possible)' : ''}
    </span>
  );
}
