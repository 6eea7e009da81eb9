import type { AppDB } from './db';
import type { Rendering } from './model';
import {
  NO_CHANGE,
  capturedCount,
  followBestWording,
  readingTables,
  removeRenderings,
  type ReadingChange,
} from './reading-rows';
import { markLibraryChanged } from './revision';
import type { LibraryChange } from './undo';

/**
 * Forgets pages: every rendering captured from their URLs (kept ones are the
 * reader's and stay), then captured quotes and speakers nothing else holds.
 */
async function forgetPages(db: AppDB, urls: string[]): Promise<ReadingChange> {
  const captured = (await db.renderings.where('url').anyOf(urls).toArray()).filter(
    (r) => r.origin === 'captured',
  );
  const gone = await removeRenderings(
    db,
    captured.map((r) => r.id),
  );
  await db.pages.bulkDelete(urls);
  const quoteIds = [...gone.quoteIds];
  for (const id of quoteIds) await followBestWording(db, id);
  await markLibraryChanged(db);
  return {
    quoteIds,
    removedQuoteIds: [...gone.removed],
    appended: [],
    added: 0,
    removed: captured.length,
  };
}

/** "Forget this page": nothing captured from it stays, except quotes the reader kept. */
export async function forgetPage(db: AppDB, url: string): Promise<ReadingChange> {
  return db.transaction('rw', readingTables(db), async () => forgetPages(db, [url]));
}

/** "Forget this site": every page of the site, as forgetPage. */
export async function forgetSite(db: AppDB, site: string): Promise<ReadingChange> {
  return db.transaction('rw', readingTables(db), async () =>
    forgetPages(db, (await db.pages.where('site').equals(site).primaryKeys()) as string[]),
  );
}

/** Everything seen while reading, for the settings' "Forget everything". */
export async function forgetAllReading(db: AppDB): Promise<ReadingChange> {
  return db.transaction('rw', readingTables(db), async () =>
    forgetPages(db, (await db.pages.toCollection().primaryKeys()) as string[]),
  );
}

/**
 * Keeps the storage cap: while more captured renderings are stored than
 * `cap`, the pages read longest ago are forgotten (quotes the reader kept stay).
 */
export async function pruneReading(db: AppDB, cap: number): Promise<ReadingChange> {
  if ((await capturedCount(db)) <= cap) return NO_CHANGE;
  return db.transaction('rw', readingTables(db), async () => {
    let over = (await capturedCount(db)) - cap;
    const oldest: string[] = [];
    await db.pages
      .orderBy('lastSeen')
      .until(() => over <= 0)
      .each((page) => {
        oldest.push(page.url);
        over -= page.renderingIds.length;
      });
    return oldest.length ? forgetPages(db, oldest) : NO_CHANGE;
  });
}

/**
 * "Keep in library": a quote seen while reading becomes the reader's own, with
 * every rendering it has, so forgetting pages and pruning no longer touch it.
 */
export async function keepQuote(db: AppDB, quoteId: string): Promise<LibraryChange> {
  return db.transaction('rw', readingTables(db), async () => {
    const quote = await db.quotes.get(quoteId);
    if (!quote) throw new Error('that quote is no longer in the library');
    await db.quotes.update(quoteId, { origin: 'user' });
    await db.renderings
      .where('quoteId')
      .equals(quoteId)
      .modify((r: Rendering) => {
        if (r.origin === 'captured') r.origin = 'user';
      });
    const speaker = await db.speakers.get(quote.speakerId);
    if (speaker?.origin === 'captured') await db.speakers.update(speaker.id, { origin: 'user' });
    await markLibraryChanged(db);
    return { quoteIds: [quoteId], removedQuoteIds: [] };
  });
}

/** How much reading has stored, for the settings and the manager. */
export async function readingStats(db: AppDB): Promise<{ pages: number; renderings: number }> {
  return {
    pages: await db.pages.count(),
    renderings: await capturedCount(db),
  };
}
