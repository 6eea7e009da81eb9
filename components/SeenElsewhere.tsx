import type { RenderingMatch } from '../lib/match/types';
import { DriftDiff } from './DriftDiff';
import { RenderingSource } from './RenderingSource';
import { VerdictChip } from './VerdictChip';

/**
 * The other pages the reader met this remark on, each with this page's
 * wording diffed against that page's: the question a reader following a story
 * across outlets asks ("how did the others print it?"). Newest first.
 */
export function SeenElsewhere({ renderings }: { renderings: RenderingMatch[] }) {
  const rows = [...renderings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <ul class="renderings seen-elsewhere" aria-label="Seen on other pages you read">
      {rows.map((r) => (
        <li key={r.renderingId} class="rendering" data-rendering-id={r.renderingId}>
          <div class="rendering-head">
            <RenderingSource r={r} /> <VerdictChip kind={r.verdict} />
          </div>
          {r.pageTitle ? <p class="page-title">{r.pageTitle}</p> : null}
          <DriftDiff parts={r.diff} label={`This page against ${r.outlet}: ${r.explanation}`} />
          <p class="explain">{r.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
