import { packRows, unpackRows, type PackedRows } from '../library/columns';
import type { AppDB } from '../library/db';
import type { Quote, Rendering } from '../library/model';
import type { LibraryMirror, RecordOptions, RecordedReading } from '../library/record-reading';
import type { KvEntry } from '../library/tables/kv';
import type { MatcherSnapshot, QuoteMatcher } from '../match';

/** kv key of the persisted index: the snapshot and the library revision it reflects. */
export const SNAPSHOT_KEY = 'matcher:snapshot';
/** kv key of the quotes changed since that snapshot, so a small change never rewrites the whole index. */
export const JOURNAL_KEY = 'matcher:journal';
/**
 * Past this many quotes changed since the saved snapshot, the next save
 * writes a new snapshot instead of the journal: a restart re-reads at most
 * this many quotes, and a whole snapshot is written about once in 50 pages read.
 */
export const JOURNAL_MAX = 1000;

/**
 * The snapshot as IndexedDB keeps it: the index's typed arrays as they are,
 * its quote and rendering records packed as columns (cloning 150,000 small
 * objects into IndexedDB took seconds; the columns take milliseconds).
 */
interface StoredSnapshot {
  revision: string | null;
  layout: 'columns';
  index: Omit<MatcherSnapshot, 'quotes' | 'renderings'>;
  /** 1 where the slot holds a quote, 0 where one was removed. */
  slots: Uint8Array;
  quotes: PackedRows;
  /** Renderings per slot, in slot order. */
  counts: Int32Array;
  renderings: PackedRows;
}

/** What the releases before the columns stored: the snapshot as the matcher returns it. */
interface PlainStoredSnapshot {
  revision: string | null;
  snapshot: MatcherSnapshot;
}

/**
 * The quotes touched since the snapshot of revision `base`, up to the library
 * revision `revision`: a restarted background restores the snapshot and
 * re-reads only these.
 */
export interface IndexJournal {
  base: string | null;
  revision: string | null;
  quoteIds: string[];
}

export function packSnapshot(snapshot: MatcherSnapshot, revision: string | null): StoredSnapshot {
  const { quotes, renderings, ...index } = snapshot;
  return {
    revision,
    layout: 'columns',
    index,
    slots: Uint8Array.from(quotes, (q) => (q ? 1 : 0)),
    quotes: packRows(quotes.filter((q): q is Quote => q !== null)),
    counts: Int32Array.from(renderings, (list) => list.length),
    renderings: packRows(renderings.flat()),
  };
}

export function unpackSnapshot(stored: StoredSnapshot): MatcherSnapshot {
  const quotes = unpackRows<Quote>(stored.quotes);
  const renderings = unpackRows<Rendering>(stored.renderings);
  let nextQuote = 0;
  let nextRendering = 0;
  return {
    ...stored.index,
    quotes: Array.from(stored.slots, (alive) => (alive ? (quotes[nextQuote++] as Quote) : null)),
    renderings: Array.from(stored.counts, (count) =>
      renderings.slice(nextRendering, (nextRendering += count)),
    ),
  };
}

export interface StoredIndex {
  revision: string | null;
  snapshot: MatcherSnapshot;
  journal: IndexJournal | null;
}

/** The persisted index and its journal, in either layout; null when none was saved. */
export async function readStoredIndex(db: AppDB): Promise<StoredIndex | null> {
  const [saved, journal] = await db.kv.bulkGet([SNAPSHOT_KEY, JOURNAL_KEY]);
  const value = saved?.value as StoredSnapshot | PlainStoredSnapshot | undefined;
  if (!value) return null;
  const snapshot = 'snapshot' in value ? value.snapshot : unpackSnapshot(value);
  return {
    revision: value.revision,
    snapshot,
    journal: (journal?.value as IndexJournal | undefined) ?? null,
  };
}

/** Saves a whole snapshot and drops the journal it makes stale, in one transaction. */
export async function saveSnapshot(
  db: AppDB,
  snapshot: MatcherSnapshot,
  revision: string | null,
): Promise<void> {
  const value = packSnapshot(snapshot, revision);
  await db.transaction('rw', db.kv, async () => {
    await db.kv.put({ key: SNAPSHOT_KEY, value });
    await db.kv.delete(JOURNAL_KEY);
  });
}

export async function saveJournal(db: AppDB, journal: IndexJournal): Promise<void> {
  await db.kv.put({ key: JOURNAL_KEY, value: journal });
}

/** Brings the index's copy of these quotes in line with Dexie: updated, or removed where Dexie has none. */
export async function applyQuotes(db: AppDB, matcher: QuoteMatcher, quoteIds: string[]): Promise<void> {
  if (!quoteIds.length) return;
  const { quotes, renderings, speakers } = await db.transaction(
    'r',
    db.quotes,
    db.renderings,
    db.speakers,
    async () => {
      const quotes = await db.quotes.bulkGet(quoteIds);
      const speakerIds = [...new Set(quotes.flatMap((q) => (q ? [q.speakerId] : [])))];
      return {
        quotes,
        // One equality query per quote: `anyOf` walks a cursor that fake-indexeddb moves in linear steps.
        renderings: (
          await Promise.all(quoteIds.map((id) => db.renderings.where('quoteId').equals(id).toArray()))
        ).flat(),
        speakers: await db.speakers.bulkGet(speakerIds),
      };
    },
  );
  for (const speaker of speakers) if (speaker) matcher.upsertSpeaker(speaker);
  const byQuote = new Map<string, Rendering[]>();
  for (const r of renderings) {
    const list = byQuote.get(r.quoteId);
    if (list) list.push(r);
    else byQuote.set(r.quoteId, [r]);
  }
  quoteIds.forEach((id, i) => {
    const quote = quotes[i];
    if (quote) matcher.upsertQuote(quote, byQuote.get(id) ?? []);
    else matcher.removeQuote(id);
  });
}

/** The background's index and what of it is saved. */
export interface IndexState {
  matcher: QuoteMatcher;
  /** The library revision every change so far has been applied up to. */
  revision: string | null;
  /** The revision of the snapshot this index saved, that `changed` counts from; undefined when none holds. */
  saved: string | null | undefined;
  /** Quotes changed since that snapshot: what the journal lists. */
  changed: Set<string>;
  /** The revision the stored journal brings the snapshot up to, when a capture wrote it with its change. */
  journaled?: string | null;
}

/**
 * What capture may take from the index instead of IndexedDB (its records, as
 * of its revision: see LibraryMirror), and the journal to write in capture's
 * own transaction while it lists at most JOURNAL_MAX quotes (past that the
 * next save writes a whole snapshot).
 */
export function captureOptionsFor(state: IndexState): Pick<RecordOptions, 'mirror' | 'alsoWrite'> {
  const mirror: LibraryMirror = { revision: state.revision, records: (id) => state.matcher.records(id) };
  const alsoWrite = (change: RecordedReading): KvEntry[] => {
    if (state.saved === undefined) return [];
    const quoteIds = new Set([
      ...state.changed,
      ...change.quoteIds,
      ...change.removedQuoteIds,
      ...change.appended.map((a) => a.quoteId),
    ]);
    if (quoteIds.size > JOURNAL_MAX) return [];
    const journal: IndexJournal = { base: state.saved, revision: change.revision, quoteIds: [...quoteIds] };
    state.journaled = change.revision;
    return [{ key: JOURNAL_KEY, value: journal }];
  };
  return { mirror, alsoWrite };
}
