import { formatDay } from '../lib/format-date';
import type { RenderingMatch } from '../lib/match/types';
import { DriftDiff } from './DriftDiff';
import { VerdictChip } from './VerdictChip';

/** How every other outlet worded the same remark, each against this page's wording. */
export function RenderingList({ renderings }: { renderings: RenderingMatch[] }) {
  if (renderings.length === 0) return <p class="muted">No other outlet's wording in the library.</p>;
  return (
    <ul class="renderings" aria-label="How other outlets worded it">
      {renderings.map((r) => (
        <li key={r.renderingId} class="rendering" data-rendering-id={r.renderingId}>
          <div class="rendering-head">
            <strong class="outlet">
              {r.url ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.outlet}
                </a>
              ) : (
                r.outlet
              )}
            </strong>
            {r.date ? <span class="muted"> · {formatDay(r.date)}</span> : null}
            <span class="muted">
              {' '}
              · {r.form}
              {r.translated ? ', translated' : ''}
            </span>{' '}
            <VerdictChip kind={r.verdict} />
          </div>
          <DriftDiff parts={r.diff} label={`${r.outlet}: ${r.explanation}`} />
          <p class="explain">{r.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
