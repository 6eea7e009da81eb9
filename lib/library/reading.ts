import type { AppDB } from './db';
import { nameKey, renderingKey } from './dedupe';
import { newId } from './ids';
import type { Quote, Rendering, Speaker } from './model';
import { markLibraryChanged } from './revision';
import type { ReadPage } from './tables/pages';
import type { LibraryChange } from './undo';
import { bestWording } from '../reading/wording';
import type { ReadQuote, ReadingPlan } from '../reading/plan';

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

const tables = (db: AppDB) => [db.speakers, db.quotes, db.renderings, db.pages, db.kv];

/** The renderings a page gave last time, for planReading to compare with what it prints now. */
export async function previousReading(db: AppDB, url: string): Promise<Rendering[]> {
  const page = await db.pages.get(url);
  if (!page) return [];
  return (await db.renderings.bulkGet(page.renderingIds)).filter(
    (r): r is Rendering => r?.origin === 'captured',
  );
}

/**
 * Finds the speakers a page named by name (aliases were already resolved by
 * detection) into `speakers`, by name key, skipping names already looked up;
 * names the library does not know stay missing.
 */
async function lookUpSpeakers(
  db: AppDB,
  names: string[],
  speakers: Map<string, Speaker | null>,
): Promise<void> {
  const asked = [...new Map(names.map((name) => [nameKey(name), name.trim()])).entries()].filter(
    ([key]) => !speakers.has(key),
  );
  if (!asked.length) return;
  // One cursor for every name: each request costs the background a task of its own.
  const found = await db.speakers
    .where('name')
    .anyOfIgnoreCase(asked.map(([, name]) => name))
    .toArray();
  for (const [key] of asked) speakers.set(key, null);
  for (const speaker of found) {
    const key = nameKey(speaker.name);
    if (speakers.get(key) === null) speakers.set(key, speaker);
  }
}

/**
 * "The NATO chief" learns its person from a page that names both: a
 * description the page put to a named speaker becomes one of that speaker's
 * aliases, so the next page that prints only the description is attributed.
 * Returns the speakers it gave a new alias.
 */
function learnAliases(quotes: ReadQuote[], speakers: Map<string, Speaker | null>): Set<Speaker> {
  const changed = new Set<Speaker>();
  for (const quote of quotes) {
    const alias = quote.speakerAs?.trim();
    if (!alias || nameKey(alias) === nameKey(quote.speaker)) continue;
    const speaker = speakers.get(nameKey(quote.speaker));
    if (!speaker || speaker.aliases.some((a) => nameKey(a) === nameKey(alias))) continue;
    speaker.aliases = [...speaker.aliases, alias];
    changed.add(speaker);
  }
  return changed;
}

/**
 * A captured quote's canonical wording follows its best rendering seen so far
 * (see bestWording); a quote the reader kept, edited or that came from
 * anywhere else keeps the wording it has. Null when nothing changes.
 */
function reworded(quote: Quote, renderings: Rendering[]): Quote | null {
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
async function followBestWording(db: AppDB, quoteId: string): Promise<boolean> {
  const quote = await db.quotes.get(quoteId);
  const next = quote && reworded(quote, await db.renderings.where('quoteId').equals(quoteId).toArray());
  if (!next) return false;
  await db.quotes.put(next);
  return true;
}

/** Removes renderings, then captured quotes left with none, then captured speakers left with no quote. */
async function removeRenderings(
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

/**
 * Writes what reading one page changed, in one transaction: the page's new
 * wordings join their quotes or start captured ones, wordings the page no
 * longer prints go, and the page record remembers which renderings are its own.
 * It reads what it needs in a few batched requests, decides in memory and
 * writes in bulk: every IndexedDB request costs the background time, and a
 * page of 20 quotes made a hundred of them one after another.
 */
export async function recordReading(
  db: AppDB,
  page: PageFacts,
  plan: ReadingPlan,
  now = new Date().toISOString(),
): Promise<ReadingChange> {
  return db.transaction('rw', tables(db), async () => {
    const joinIds = [...new Set(plan.join.map((j) => j.quoteId))];
    const speakers = new Map<string, Speaker | null>();
    // Speakers are needed for new quotes and for aliases to learn; a join's own speaker is its quote's.
    const named = [...plan.create, ...plan.join.map((j) => j.quote).filter((q) => q.speakerAs)];
    const [old, targets, heldLists] = await Promise.all([
      db.pages.get(page.url),
      db.quotes.bulkGet(joinIds),
      Promise.all(joinIds.map((id) => db.renderings.where('quoteId').equals(id).toArray())),
      lookUpSpeakers(
        db,
        named.map((q) => q.speaker),
        speakers,
      ),
    ]);
    const quotes = new Map<string, Quote>();
    const held = new Map<string, Rendering[]>();
    joinIds.forEach((id, i) => {
      const quote = targets[i];
      if (quote) quotes.set(id, quote);
      held.set(id, heldLists[i] ?? []);
    });
    const renderingIds = [...plan.kept];
    const newRenderings: Rendering[] = [];
    const newQuotes: Quote[] = [];
    const newSpeakers: Speaker[] = [];
    const touched = new Set<string>();
    const add = (quote: ReadQuote, quoteId: string): Rendering => {
      const rendering: Rendering = {
        id: newId('r'),
        quoteId,
        outlet: page.outlet,
        url: page.url,
        date: page.date,
        text: quote.text,
        form: quote.form,
        language: page.language,
        translated: false,
        origin: 'captured',
        edited: false,
      };
      newRenderings.push(rendering);
      held.get(quoteId)?.push(rendering);
      renderingIds.push(rendering.id);
      touched.add(quoteId);
      return rendering;
    };
    const joined: ReadingChange['appended'] = [];
    const create = [...plan.create];
    // A quote the reader deleted since the page was matched: the wording starts a quote of its own.
    await lookUpSpeakers(
      db,
      plan.join.filter((j) => !quotes.has(j.quoteId)).map((j) => j.quote.speaker),
      speakers,
    );
    for (const { quote, quoteId } of plan.join) {
      if (!quotes.has(quoteId)) {
        create.push(quote);
        continue;
      }
      // The library already holds this outlet's very words (wire copy, a bundled rendering): nothing to add.
      const key = renderingKey({ quoteId, outlet: page.outlet, text: quote.text });
      if (!held.get(quoteId)?.some((r) => renderingKey(r) === key))
        joined.push({ quoteId, rendering: add(quote, quoteId) });
    }
    for (const quote of create) {
      const key = nameKey(quote.speaker);
      let speaker = speakers.get(key) ?? undefined;
      if (!speaker) {
        speaker = {
          id: newId('s'),
          name: quote.speaker.trim(),
          aliases: [],
          origin: 'captured',
          edited: false,
        };
        speakers.set(key, speaker);
        newSpeakers.push(speaker);
      }
      const fresh: Quote = {
        id: newId('q'),
        speakerId: speaker.id,
        canonical: quote.text,
        canonicalReason: `The fullest wording seen while reading: ${page.outlet}${page.date ? `, ${page.date}` : ''}.`,
        event: null,
        date: page.date,
        primarySource: null,
        tags: [],
        origin: 'captured',
        edited: false,
      };
      newQuotes.push(fresh);
      quotes.set(fresh.id, fresh);
      held.set(fresh.id, []);
      add(quote, fresh.id);
    }
    const aliased = learnAliases([...plan.join.map((j) => j.quote), ...create], speakers);
    // A new quote's wording is its one rendering's; only quotes that gained a rendering may change theirs.
    const created = new Set(newQuotes.map((q) => q.id));
    const rewritten: Quote[] = [];
    for (const id of touched) {
      const next = created.has(id) ? null : reworded(quotes.get(id) as Quote, held.get(id) ?? []);
      if (!next) continue;
      quotes.set(id, next);
      rewritten.push(next);
    }
    await Promise.all([
      db.speakers.bulkAdd(newSpeakers),
      db.speakers.bulkPut([...aliased].filter((s) => !newSpeakers.includes(s))),
      db.quotes.bulkAdd(newQuotes),
      db.quotes.bulkPut(rewritten),
      db.renderings.bulkAdd(newRenderings),
    ]);
    const gone = await removeRenderings(db, plan.drop);
    // Quotes that are new or changed their wording are indexed again; a join alone only appends its rendering.
    const reindex = new Set([...created, ...rewritten.map((q) => q.id), ...gone.quoteIds]);
    // A quote that lost renderings is worded from what Dexie now holds (the page's dropped words are gone).
    for (const id of gone.quoteIds) await followBestWording(db, id);
    await db.pages.put({
      ...page,
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
      renderingIds,
    });
    const added = renderingIds.length - plan.kept.length;
    if (added || gone.quoteIds.size || gone.removed.size || plan.drop.length) await markLibraryChanged(db);
    const quoteIds = [...reindex].filter((id) => !gone.removed.has(id));
    return {
      quoteIds,
      removedQuoteIds: [...gone.removed],
      appended: joined.filter((j) => !reindex.has(j.quoteId) && !gone.removed.has(j.quoteId)),
      added,
      removed: plan.drop.length,
      records: {
        speakers: [...new Set([...newSpeakers, ...aliased])],
        quotes: quoteIds
          .filter((id) => !gone.quoteIds.has(id))
          .map((id) => ({ quote: quotes.get(id) as Quote, renderings: held.get(id) ?? [] })),
      },
    };
  });
}

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
  return db.transaction('rw', tables(db), async () => forgetPages(db, [url]));
}

/** "Forget this site": every page of the site, as forgetPage. */
export async function forgetSite(db: AppDB, site: string): Promise<ReadingChange> {
  return db.transaction('rw', tables(db), async () =>
    forgetPages(db, (await db.pages.where('site').equals(site).primaryKeys()) as string[]),
  );
}

/** Everything seen while reading, for the settings' "Forget everything". */
export async function forgetAllReading(db: AppDB): Promise<ReadingChange> {
  return db.transaction('rw', tables(db), async () =>
    forgetPages(db, (await db.pages.toCollection().primaryKeys()) as string[]),
  );
}

/**
 * Keeps the storage cap: while more captured renderings are stored than
 * `cap`, the pages read longest ago are forgotten (quotes the reader kept stay).
 */
export async function pruneReading(db: AppDB, cap: number): Promise<ReadingChange> {
  const none: ReadingChange = { quoteIds: [], removedQuoteIds: [], appended: [], added: 0, removed: 0 };
  if ((await db.renderings.where('origin').equals('captured').count()) <= cap) return none;
  return db.transaction('rw', tables(db), async () => {
    let over = (await db.renderings.where('origin').equals('captured').count()) - cap;
    const oldest: string[] = [];
    await db.pages
      .orderBy('lastSeen')
      .until(() => over <= 0)
      .each((page) => {
        oldest.push(page.url);
        over -= page.renderingIds.length;
      });
    return oldest.length ? forgetPages(db, oldest) : none;
  });
}

/**
 * "Keep in library": a quote seen while reading becomes the reader's own, with
 * every rendering it has, so forgetting pages and pruning no longer touch it.
 */
export async function keepQuote(db: AppDB, quoteId: string): Promise<LibraryChange> {
  return db.transaction('rw', tables(db), async () => {
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
    renderings: await db.renderings.where('origin').equals('captured').count(),
  };
}
