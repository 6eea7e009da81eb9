import type { SpeakerHint } from '../detect/types';
import { loadLibrary } from '../library/operations';
import { QuoteMatcher } from '../match';
import type { Match } from '../match/types';
import type { QuoteQuery } from '../messaging';
import { getDb } from './library-service';

let matcher: Promise<QuoteMatcher> | undefined;

/**
 * The matcher index, built once per service-worker life from the library in
 * Dexie and brought in step with it on every change.
 */
export function getMatcher(): Promise<QuoteMatcher> {
  matcher ??= (async () => QuoteMatcher.build(await loadLibrary(await getDb())))();
  return matcher;
}

/** The library changed in another extension page: update the touched quotes only. */
export async function refreshQuotes(quoteIds: string[], removedQuoteIds: string[]): Promise<void> {
  if (!matcher) return;
  const index = await matcher;
  const db = await getDb();
  for (const id of removedQuoteIds) index.removeQuote(id);
  for (const id of quoteIds) {
    const quote = await db.quotes.get(id);
    if (!quote) {
      index.removeQuote(id);
      continue;
    }
    const speaker = await db.speakers.get(quote.speakerId);
    if (speaker) index.upsertSpeaker(speaker);
    index.upsertQuote(quote, await db.renderings.where('quoteId').equals(id).toArray());
  }
}

/** The best match for each of a page's quotes, leaving out what the reader dismissed on that page. */
export async function matchQuotes(url: string, quotes: QuoteQuery[]): Promise<(Match | null)[]> {
  const index = await getMatcher();
  const db = await getDb();
  const dismissed = new Set(
    (await db.dismissals.where('url').equals(url).toArray()).map((d) => `${d.quoteId}\u0000${d.text}`),
  );
  return quotes.map(
    (quote) =>
      index
        .match(quote.text, { form: quote.form })
        .find((match) => !dismissed.has(`${match.quoteId}\u0000${quote.text}`)) ?? null,
  );
}

export async function speakerHints(): Promise<SpeakerHint[]> {
  const db = await getDb();
  return (await db.speakers.toArray()).map((s) => ({ name: s.name, aliases: s.aliases }));
}
