/**
 * What both capture benches do the same way (Node and the Chromium page, so
 * nothing here may need Node): the new pages' facts, and one page captured as
 * the background's reading-service does it.
 */
import type { AppDB } from '../lib/library/db';
import type { PageFacts } from '../lib/library/reading-rows';
import { recordReading, type CaptureMemo, type RecordedReading } from '../lib/library/record-reading';
import type { ReadQuote } from '../lib/reading/plan';
import { libraryRevision } from '../lib/library/revision';
import { captureOptionsFor, type IndexState } from '../lib/services/index-store';
import { SpeakerHintsCache } from '../lib/services/speaker-hints';

export function newPageFacts(n: number): PageFacts {
  return {
    url: `https://new.example/page-${n}`,
    site: 'new.example',
    outlet: 'New Outlet',
    title: '',
    date: '2026-12-01',
    language: 'en',
  };
}

/** What the last capture learnt (reading-service keeps the same). */
let memo: CaptureMemo | undefined;

/** The parse's speaker hints, which each capture brings up to its revision (match-service keeps the same). */
const hints = new SpeakerHintsCache();

/** The speakers as the first page's parse reads them, before any capture (untimed: the parse's cost). */
export async function readHints(db: AppDB): Promise<void> {
  await hints.at(await libraryRevision(db), () => db.speakers.toArray());
}

/**
 * As reading-service's capturePage and reindexCapture: one transaction that
 * takes joined quotes from the index and writes the journal with the page,
 * then the records it wrote straight into the index and its speakers into
 * the parse's hints.
 */
export async function capturePageInto(
  db: AppDB,
  state: IndexState,
  facts: PageFacts,
  quotes: ReadQuote[],
  joinOf: (quote: ReadQuote) => string | null,
): Promise<RecordedReading> {
  const last = memo;
  memo = undefined;
  const change = await recordReading(db, facts, quotes, joinOf, { ...captureOptionsFor(state), memo: last });
  memo = change.memo ?? undefined;
  for (const speaker of change.records?.speakers ?? []) state.matcher.upsertSpeaker(speaker);
  for (const { quote, renderings } of change.records?.quotes ?? [])
    state.matcher.upsertQuote(quote, renderings);
  for (const { quoteId, rendering } of change.appended) state.matcher.appendRendering(quoteId, rendering);
  state.revision = change.revision;
  for (const id of [...change.quoteIds, ...change.appended.map((a) => a.quoteId)]) state.changed.add(id);
  if (!change.removed) hints.follow(change.from, change.revision, change.records?.speakers ?? []);
  return change;
}
