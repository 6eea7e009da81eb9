import { HIGHLIGHT_KINDS } from '../lib/highlight/styles';
import { VerdictChip } from './VerdictChip';

/** What each highlight colour means, in the same chips the cards use. */
export function Legend() {
  return (
    <details class="legend">
      <summary>What the colours mean</summary>
      <ul>
        {HIGHLIGHT_KINDS.map((kind) => (
          <li key={kind}>
            <VerdictChip kind={kind} /> <span class="muted">{LEGEND[kind]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

const LEGEND: Record<(typeof HIGHLIGHT_KINDS)[number], string> = {
  verbatim: 'the same words as the library',
  fragment: 'a part of a longer remark',
  extended: 'more words than the library holds',
  edited: 'a few words changed, added or dropped',
  paraphrase: 'the same remark in other words, printed as a quote',
  reported: 'indirect speech',
  unmatched: 'a quote your library does not hold',
};
