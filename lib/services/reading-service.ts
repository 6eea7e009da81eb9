import { forgetAllReading, forgetPage, forgetSite, readingStats, pruneReading } from '../library/reading';
import type { ReadingChange } from '../library/reading-rows';
import { recordReading, type CaptureMemo, type RecordedReading } from '../library/record-reading';
import type { PageCapture } from '../messaging';
import { pageKey } from '../reading/other-pages';
import type { ReadQuote } from '../reading/plan';
import { speakerFits } from '../reading/speaker-fits';
import { isCaptureOn, readSettings } from '../settings';
import { readHost } from '../url';
import { getDb } from './library-service';
import {
  appendRenderings,
  captureOptions,
  followSpeakerHints,
  indexQuotes,
  matchOne,
  refreshQuotes,
} from './match-service';

/**
 * Quotes remembered from one page at most: a long news story holds a few
 * dozen, so more is a page of another kind (a quote archive, a hostile page),
 * whose first quotes are kept without the background matching thousands.
 */
const MAX_QUOTES_PER_PAGE = 300;

/** Captures run one after another, so two tabs never both create the same new quote. */
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** What the last capture learnt, for the next one while nothing else changed the library. */
let memo: CaptureMemo | undefined;

async function reindex(change: ReadingChange): Promise<void> {
  if (change.quoteIds.length || change.removedQuoteIds.length)
    await refreshQuotes(change.quoteIds, change.removedQuoteIds);
}

/** A capture's change into the index: its records as written, joined renderings appended, nothing read back. */
async function reindexCapture(change: RecordedReading): Promise<void> {
  const inHand = new Set(change.records?.quotes.map((r) => r.quote.id));
  if (change.records) await indexQuotes(change.records.speakers, change.records.quotes, change.revision);
  const rest = change.quoteIds.filter((id) => !inHand.has(id));
  if (rest.length || change.removedQuoteIds.length) await refreshQuotes(rest, change.removedQuoteIds);
  await appendRenderings(change.appended, change.revision);
  // A page that dropped wordings may have removed speakers; the others wrote only the ones they list.
  if (!change.removed) followSpeakerHints(change.from, change.revision, change.records?.speakers ?? []);
}

/**
 * Remembers the quotes of a page the reader opened (capture while reading):
 * never in a private window, never when the reader switched it off for
 * everything or for the site, and only speech with a speaker. Returns how many
 * renderings it added, so the caller knows whether other tabs should re-ask.
 */
export function capturePage(page: PageCapture, privateWindow: boolean): Promise<ReadingChange | null> {
  return serialized(async () => {
    if (privateWindow) return null;
    const site = readHost(page.url);
    const settings = await readSettings();
    if (!isCaptureOn(settings, site)) return null;
    const quotes: ReadQuote[] = page.quotes
      .slice(0, MAX_QUOTES_PER_PAGE)
      .flatMap((q) =>
        q.speaker?.trim() && q.text.trim()
          ? [{ text: q.text, form: q.form, speaker: q.speaker.trim(), speakerAs: q.speakerAs ?? null }]
          : [],
      );
    const db = await getDb();
    // The page asked for these matches a moment ago: matchOne answers from its recent answers.
    const answers = new Map<ReadQuote, string | null>();
    for (const quote of quotes)
      answers.set(
        quote,
        (await matchOne(quote, page.url)).find(
          (m) => m.confidence === 'confident' && speakerFits(quote.speaker, m.speaker),
        )?.quoteId ?? null,
      );
    const facts = {
      url: pageKey(page.url),
      site,
      outlet: page.outlet,
      title: page.title,
      date: page.date,
      language: page.language || 'en',
    };
    // A capture that fails leaves no memo: the speakers it made up in it were never written.
    const last = memo;
    memo = undefined;
    const change = await recordReading(db, facts, quotes, (quote) => answers.get(quote) ?? null, {
      ...(await captureOptions()),
      memo: last,
    });
    memo = change.memo ?? undefined;
    await reindexCapture(change);
    if (change.memo && change.memo.captured > settings.captureCap) {
      memo = undefined;
      await reindex(await pruneReading(db, settings.captureCap));
    }
    return change;
  });
}

/** "Forget this page" (popup): what was captured from it leaves the library and the index. */
export function forgetReadPage(url: string): Promise<ReadingChange> {
  return serialized(async () => {
    const change = await forgetPage(await getDb(), pageKey(url));
    await reindex(change);
    return change;
  });
}

/** "Forget everything seen while reading" (settings). */
export function forgetEverythingRead(): Promise<ReadingChange> {
  return serialized(async () => {
    const change = await forgetAllReading(await getDb());
    await reindex(change);
    return change;
  });
}

export async function readingCounts(): Promise<{ pages: number; renderings: number }> {
  return readingStats(await getDb());
}

/** "Forget this site" (popup). */
export function forgetReadSite(site: string): Promise<ReadingChange> {
  return serialized(async () => {
    const change = await forgetSite(await getDb(), site);
    await reindex(change);
    return change;
  });
}
