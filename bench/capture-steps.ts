/**
 * What both capture benches do the same way (Node and the Chromium page, so
 * nothing here may need Node): the new pages' facts and the background's
 * index update after a capture.
 */
import type { PageFacts, ReadingChange } from '../lib/library/reading';
import type { QuoteMatcher } from '../lib/match';

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

/**
 * As reading-service's reindex: the records capture wrote go straight in and
 * joined renderings are appended; returns the quotes it holds no records of,
 * which the background reads back.
 */
export function indexChange(matcher: QuoteMatcher, change: ReadingChange): string[] {
  for (const speaker of change.records?.speakers ?? []) matcher.upsertSpeaker(speaker);
  for (const { quote, renderings } of change.records?.quotes ?? []) matcher.upsertQuote(quote, renderings);
  for (const { quoteId, rendering } of change.appended) matcher.appendRendering(quoteId, rendering);
  const inHand = new Set(change.records?.quotes.map((r) => r.quote.id));
  return change.quoteIds.filter((id) => !inHand.has(id));
}
