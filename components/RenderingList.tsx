import { useMemo } from 'preact/hooks';
import { compare } from '../lib/match/compare';
import { VERDICTS, type RenderingMatch } from '../lib/match/types';
import { sameSource } from '../lib/reading/other-pages';
import { DriftDiff } from './DriftDiff';
import { RenderingSource } from './RenderingSource';
import { VerdictChip } from './VerdictChip';

/** Closest wordings first: a reader checking a quote wants the faithful outlets before the loose ones. */
const ORDER = [
  'verbatim',
  'fragment',
  'extended',
  'edited',
  'reported',
  'paraphrase',
] as const satisfies readonly (typeof VERDICTS)[number][];

/**
 * How every outlet worded the same remark, each against the library's
 * wording (the page's own wording is compared at the top of the card), so
 * each row says what that outlet did to the words.
 */
export function RenderingList({
  renderings,
  canonical,
  url,
  outlet,
}: {
  renderings: RenderingMatch[];
  canonical: string;
  /** The page the card is on and its outlet: its own wording in the library is marked as such. */
  url: string;
  outlet: string;
}) {
  const rows = useMemo(
    () =>
      renderings
        .map((r) => ({
          r,
          own: compare(r.text, canonical, r.form, 'direct'),
          source: r.text.trim() === canonical.trim(),
        }))
        .sort(
          (a, b) =>
            Number(b.source) - Number(a.source) ||
            ORDER.indexOf(a.own.verdict) - ORDER.indexOf(b.own.verdict),
        ),
    [renderings, canonical],
  );
  if (rows.length === 0) return <p class="muted">No outlet's wording in the library yet.</p>;
  return (
    <ul class="renderings" aria-label="How outlets worded it">
      {rows.map(({ r, own, source }) => (
        <li key={r.renderingId} class="rendering" data-rendering-id={r.renderingId}>
          <div class="rendering-head">
            <RenderingSource r={r} here={sameSource(r, url, outlet)} />{' '}
            {source ? <span class="muted">· the library’s wording</span> : <VerdictChip kind={own.verdict} />}
          </div>
          {source ? (
            <p class="diff">{r.text}</p>
          ) : (
            <DriftDiff parts={own.diff} label={`${r.outlet}: ${own.explanation}`} />
          )}
          {source ? null : <p class="explain">{own.explanation}</p>}
        </li>
      ))}
    </ul>
  );
}
