import type { AppDB } from './db';
import { nameKey, renderingBucket, renderingKey } from './dedupe';
import { newId } from './ids';
import type { Quote, Rendering, Speaker } from './model';
import {
  NO_CHANGE,
  capturedCount,
  followBestWording,
  readingTables,
  removeRenderings,
  reworded,
  type PageFacts,
  type ReadingChange,
} from './reading-rows';
import { libraryRevision, newRevision } from './revision';
import type { KvEntry } from './tables/kv';
import type { ReadPage } from './tables/pages';
import { planReading, type ReadQuote } from '../reading/plan';
import { queueWrites } from './queued-writes';

/** The renderings a page gave last time, for planReading to compare with what it prints now. */
async function previousReading(db: AppDB, page: ReadPage | undefined): Promise<Rendering[]> {
  if (!page?.renderingIds.length) return [];
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
 * What the background already holds of the library, as of one revision (the
 * matcher index mirrors every quote and rendering record): while the library
 * is still at that revision, capture takes the quotes a page joins from here
 * instead of reading them from IndexedDB, where each request costs the
 * background time.
 */
export interface LibraryMirror {
  revision: string | null;
  records(quoteId: string): { quote: Quote; renderings: readonly Rendering[] } | null;
}

/**
 * What one capture learnt that the next may reuse while the library is still
 * at `revision` (capture itself being the only writer in between): how many
 * captured renderings are stored, so the storage cap needs no count, and the
 * speakers it looked up by name key (null: none of that name), so a story's
 * speakers are looked up once, not on every page that quotes them.
 */
export interface CaptureMemo {
  revision: string | null;
  captured: number;
  speakers: Map<string, Speaker | null>;
}

/** Names a memo remembers at most; past that it starts again. */
const MEMO_SPEAKERS = 5000;

export interface RecordOptions {
  now?: string;
  mirror?: LibraryMirror | null;
  memo?: CaptureMemo;
  /**
   * Rows to write with the change, in its transaction (the index journal that
   * the change's new revision makes current), so a page costs one transaction.
   */
  alsoWrite?: (change: RecordedReading) => KvEntry[];
}

/**
 * A page's capture result: the change, the library revision it left, and the
 * memo for the next capture (none when a page that changed nothing had none
 * to pass on: it does not count the store for it).
 */
export interface RecordedReading extends ReadingChange {
  /** The library revision the change was planned against: the one before it. */
  from: string | null;
  revision: string | null;
  memo: CaptureMemo | null;
}

/** The quotes a page joins, with their renderings, from the mirror when it is current, else from Dexie. */
async function joinTargets(
  db: AppDB,
  joinIds: string[],
  mirror: LibraryMirror | null,
): Promise<{ quotes: Map<string, Quote>; held: Map<string, Rendering[]> }> {
  const quotes = new Map<string, Quote>();
  const held = new Map<string, Rendering[]>();
  if (mirror) {
    for (const id of joinIds) {
      const records = mirror.records(id);
      if (records) quotes.set(id, records.quote);
      held.set(id, [...(records?.renderings ?? [])]);
    }
    return { quotes, held };
  }
  const [targets, heldLists] = await Promise.all([
    db.quotes.bulkGet(joinIds),
    Promise.all(joinIds.map((id) => db.renderings.where('quoteId').equals(id).toArray())),
  ]);
  joinIds.forEach((id, i) => {
    const quote = targets[i];
    if (quote) quotes.set(id, quote);
    held.set(id, heldLists[i] ?? []);
  });
  return { quotes, held };
}

/**
 * Writes what reading one page changed, in one transaction: the page's new
 * wordings join their quotes or start captured ones, wordings the page no
 * longer prints go, and the page record remembers which renderings are its own.
 * It plans inside the transaction (planReading, against what the page gave
 * last time), reads what it needs in a few batched requests (none for joined
 * quotes when the mirror is current), decides in memory and writes in bulk:
 * every IndexedDB request and transaction costs the background time, and a
 * page of 20 quotes used to make a hundred requests in five transactions.
 */
export async function recordReading(
  db: AppDB,
  page: PageFacts,
  read: ReadQuote[],
  joinOf: (quote: ReadQuote) => string | null,
  options: RecordOptions = {},
): Promise<RecordedReading> {
  const now = options.now ?? new Date().toISOString();
  return db.transaction('rw', readingTables(db), async (trans) => {
    const [old, revision] = await Promise.all([db.pages.get(page.url), libraryRevision(db)]);
    const memo = options.memo?.revision === revision ? options.memo : null;
    const speakers =
      memo && memo.speakers.size < MEMO_SPEAKERS ? memo.speakers : new Map<string, Speaker | null>();
    // Speakers are needed for new quotes and for aliases to learn; a join's own speaker is its quote's.
    const named = read.filter((q) => q.speakerAs || !joinOf(q));
    const [previous] = await Promise.all([
      previousReading(db, old),
      lookUpSpeakers(
        db,
        named.map((q) => q.speaker),
        speakers,
      ),
    ]);
    const plan = planReading(read, previous, joinOf);
    const mirror = options.mirror?.revision === revision ? options.mirror : null;
    // A page never seen that gives no quote leaves no record.
    if (!old && !plan.join.length && !plan.create.length)
      return { ...NO_CHANGE, from: revision, revision, memo: memo && { ...memo, speakers } };
    const joinIds = [...new Set(plan.join.map((j) => j.quoteId))];
    const { quotes, held } = await joinTargets(db, joinIds, mirror);
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
      if (!holdsWording(held.get(quoteId) ?? [], page.outlet, quote.text))
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
    const renamed = [...aliased].filter((s) => !newSpeakers.includes(s));
    queueWrites(trans, [
      { table: db.speakers.name, mode: 'add', rows: newSpeakers },
      { table: db.speakers.name, mode: 'put', rows: renamed },
      { table: db.quotes.name, mode: 'add', rows: newQuotes },
      { table: db.quotes.name, mode: 'put', rows: rewritten },
      { table: db.renderings.name, mode: 'add', rows: newRenderings },
    ]);
    let gone = { quoteIds: new Set<string>(), removed: new Set<string>() };
    if (plan.drop.length) {
      // A page that changed: its dropped wordings go after the new ones (requests run in the order made),
      // and the quotes that lost renderings are worded from what IndexedDB then holds.
      gone = await removeRenderings(db, plan.drop);
      for (const id of gone.quoteIds) await followBestWording(db, id);
    }
    // Quotes that are new or changed their wording are indexed again; a join alone only appends its rendering.
    const reindex = new Set([...created, ...rewritten.map((q) => q.id), ...gone.quoteIds]);
    const added = renderingIds.length - plan.kept.length;
    const changed = added > 0 || plan.drop.length > 0;
    const stamp = changed ? newRevision() : null;
    const nextRevision = stamp?.value ?? revision;
    const quoteIds = [...reindex].filter((id) => !gone.removed.has(id));
    const change: RecordedReading = {
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
      from: revision,
      revision: nextRevision,
      memo: null,
    };
    queueWrites(trans, [
      {
        table: db.pages.name,
        mode: 'put',
        rows: [{ ...page, firstSeen: old?.firstSeen ?? now, lastSeen: now, renderingIds }],
      },
      // The new revision and the journal it makes current.
      { table: db.kv.name, mode: 'put', rows: stamp ? [stamp, ...(options.alsoWrite?.(change) ?? [])] : [] },
    ]);
    // Requests run in the order made, so the count includes this page's rows.
    const counted = memo ? null : await capturedCount(db);
    change.memo = {
      revision: nextRevision,
      captured: counted ?? (memo?.captured ?? 0) + added - plan.drop.length,
      speakers,
    };
    return change;
  });
}

/**
 * Whether a quote already holds this outlet's very words (wire copy, a bundled
 * rendering): then a page that prints them adds nothing. Only the outlet's own
 * renderings are normalized.
 */
function holdsWording(held: Rendering[], outlet: string, text: string): boolean {
  let key: string | undefined;
  return held.some((r) => {
    if (renderingBucket(r) !== renderingBucket({ quoteId: r.quoteId, outlet })) return false;
    key ??= renderingKey({ quoteId: r.quoteId, outlet, text });
    return renderingKey(r) === key;
  });
}
