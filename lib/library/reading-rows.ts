import type { AppDB } from './db';
import type { Quote, Rendering, Speaker } from './model';
import type { ReadPage } from './tables/pages';
import type { LibraryChange } from './undo';
import { bestWording } from '../reading/wording';

/** What a page says about itself, for the renderings captured from it. */
export type PageFacts = Pick<ReadPage, 'url' | 'site' | 'outlet' | 'title' | 'date' | 'language'>;

/** The answer of every reading operation: which quotes to re-index, and how many renderings came and went. */
export interface ReadingChange extends LibraryChange {
  /** Renderings that only joined an indexed quote: the index appends them instead of re-indexing the quote. */
  appended: { quoteId: string; rendering: Rendering }[];
  added: number;
  removed: number;
  /**
   * Capture's records of the quotes it re-indexes, as it wrote them (every
   * rendering included), and the speakers it made or gave an alias: the index
   * takes them as they are instead of reading them back from Dexie.
   */
  records?: { speakers: Speaker[]; quotes: { quote: Quote; renderings: Rendering[] }[] };
}

/** Every table a reading operation may touch, for its one transaction. */
export const readingTables = (db: AppDB) => [db.speakers, db.quotes, db.renderings, db.pages, db.kv];

/** A reading operation that changed nothing. */
export const NO_CHANGE: ReadingChange = {
  quoteIds: [],
  removedQuoteIds: [],
  appended: [],
  added: 0,
  removed: 0,
};

/** Captured renderings stored, the measure of the storage cap. */
export async function capturedCount(db: AppDB): Promise<number> {
  return db.renderings.where('origin').equals('captured').count();
}

/**
 * A captured quote's canonical wording follows its best rendering seen so far
 * (see bestWording); a quote the reader kept, edited or that came from
 * anywhere else keeps the wording it has. Null when nothing changes.
 */
export function reworded(quote: Quote, renderings: Rendering[]): Quote | null {
  if (quote.origin !== 'captured' || quote.edited) return null;
  const best = bestWording(renderings);
  if (!best || best.text === quote.canonical) return null;
  return {
    ...quote,
    canonical: best.text,
    canonicalReason: `The fullest wording seen while reading: ${best.outlet}${best.date ? `, ${best.date}` : ''}.`,
  };
}

/** {@link reworded}, for a quote whose renderings only Dexie holds; true when it changed. */
export async function followBestWording(db: AppDB, quoteId: string): Promise<boolean> {
  const quote = await db.quotes.get(quoteId);
  const next = quote && reworded(quote, await db.renderings.where('quoteId').equals(quoteId).toArray());
  if (!next) return false;
  await db.quotes.put(next);
  return true;
}

/** Removes renderings, then captured quotes left with none, then captured speakers left with no quote. */
export async function removeRenderings(
  db: AppDB,
  ids: string[],
): Promise<{ quoteIds: Set<string>; removed: Set<string> }> {
  const rows = (await db.renderings.bulkGet(ids)).filter((r): r is Rendering => r?.origin === 'captured');
  await db.renderings.bulkDelete(rows.map((r) => r.id));
  const quoteIds = new Set(rows.map((r) => r.quoteId));
  const removed = new Set<string>();
  for (const quoteId of quoteIds) {
    const quote = await db.quotes.get(quoteId);
    if (!quote || quote.origin !== 'captured' || quote.edited) continue;
    if ((await db.renderings.where('quoteId').equals(quoteId).count()) > 0) continue;
    await db.quotes.delete(quoteId);
    removed.add(quoteId);
    const speaker = await db.speakers.get(quote.speakerId);
    if (
      speaker?.origin === 'captured' &&
      (await db.quotes.where('speakerId').equals(speaker.id).count()) === 0
    )
      await db.speakers.delete(speaker.id);
  }
  for (const id of removed) quoteIds.delete(id);
  return { quoteIds, removed };
}
