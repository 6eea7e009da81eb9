import {
  packRows,
  packStrings,
  unpackRows,
  unpackStrings,
  type PackedRows,
  type PackedStrings,
} from '../library/columns';
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
 * this many quotes, and a snapshot (the index plus a chunk of those quotes'
 * records) is written about once in 50 pages read.
 */
export const JOURNAL_MAX = 1000;

/** kv keys of the record chunks a chunked snapshot lists start with this. */
export const CHUNK_PREFIX = 'matcher:records:';
/**
 * Past this many chunks, or once the chunks hold twice the live quotes (old
 * copies of quotes changed since), a save writes every record again in one
 * chunk: about once in 2,000 pages read.
 */
export const MAX_CHUNKS = 40;

/** Quotes with their renderings, packed as columns (cloning 150,000 small objects took seconds; columns take milliseconds). */
export interface RecordChunk {
  quotes: PackedRows;
  /** Renderings per quote, in the quotes' order. */
  counts: Int32Array;
  renderings: PackedRows;
}

export interface QuoteRecords {
  quote: Quote;
  renderings: readonly Rendering[];
}

/** A chunk as the snapshot lists it: its kv key and how many quotes it holds. */
export interface ChunkRef {
  key: string;
  quotes: number;
}

/**
 * The snapshot as this release keeps it: the index's typed arrays as they
 * are, each slot's quote id, and the records in chunks. A save writes only
 * the quotes changed since the last one as a new chunk (the newest copy of a
 * quote wins on restore), so saving costs what changed, not the whole year
 * of reading; joins touch old quotes anywhere, so chunks by slot would not.
 */
interface ChunkedSnapshot {
  revision: string | null;
  layout: 'chunks';
  index: Omit<MatcherSnapshot, 'quotes' | 'renderings'>;
  /** The quote id in each slot, null where one was removed. */
  slotIds: PackedStrings;
  chunks: ChunkRef[];
}

/** What the release before the chunks stored: every record in the snapshot, as columns. */
export interface ColumnsSnapshot extends RecordChunk {
  revision: string | null;
  layout: 'columns';
  index: Omit<MatcherSnapshot, 'quotes' | 'renderings'>;
  /** 1 where the slot holds a quote, 0 where one was removed. */
  slots: Uint8Array;
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

export function packRecords(list: readonly QuoteRecords[]): RecordChunk {
  return {
    quotes: packRows(list.map((r) => r.quote)),
    counts: Int32Array.from(list, (r) => r.renderings.length),
    renderings: packRows(list.flatMap((r) => r.renderings)),
  };
}

export function unpackRecords(chunk: RecordChunk): { quote: Quote; renderings: Rendering[] }[] {
  const quotes = unpackRows<Quote>(chunk.quotes);
  const renderings = unpackRows<Rendering>(chunk.renderings);
  let next = 0;
  return quotes.map((quote, i) => ({
    quote,
    renderings: renderings.slice(next, (next += chunk.counts[i] as number)),
  }));
}

/** The live slots' quotes with their renderings, in slot order: what a save that writes every record packs. */
export function liveRecords(snapshot: Pick<MatcherSnapshot, 'quotes' | 'renderings'>): QuoteRecords[] {
  return snapshot.quotes.flatMap((quote, slot) =>
    quote ? [{ quote, renderings: snapshot.renderings[slot] ?? [] }] : [],
  );
}

/** The snapshot again from the index's arrays and each slot's records (undefined where a quote was removed). */
function placed(
  index: Omit<MatcherSnapshot, 'quotes' | 'renderings'>,
  bySlot: ({ quote: Quote; renderings: Rendering[] } | undefined)[],
): MatcherSnapshot {
  return {
    ...index,
    quotes: bySlot.map((r) => r?.quote ?? null),
    renderings: bySlot.map((r) => r?.renderings ?? []),
  };
}

function unpackColumns(stored: ColumnsSnapshot): MatcherSnapshot {
  const records = unpackRecords(stored);
  let next = 0;
  return placed(
    stored.index,
    Array.from(stored.slots, (alive) => (alive ? records[next++] : undefined)),
  );
}

function unpackChunked(stored: ChunkedSnapshot, chunks: (KvEntry | undefined)[]): MatcherSnapshot {
  const byId = new Map<string, { quote: Quote; renderings: Rendering[] }>();
  for (const chunk of chunks) {
    if (!chunk) throw new Error('a chunk of the saved index is missing');
    for (const records of unpackRecords(chunk.value as RecordChunk)) byId.set(records.quote.id, records);
  }
  const bySlot = unpackStrings(stored.slotIds).map((id) => {
    if (id === null) return undefined;
    const records = byId.get(id);
    if (!records) throw new Error(`the saved index has no records for quote ${id}`);
    return records;
  });
  return placed(stored.index, bySlot);
}

export interface StoredIndex {
  revision: string | null;
  snapshot: MatcherSnapshot;
  journal: IndexJournal | null;
  /** The chunks a chunked snapshot lists; undefined for the older layouts, whose next save writes everything. */
  chunks?: ChunkRef[];
}

/** The persisted index and its journal, in any layout; null when none was saved. */
export async function readStoredIndex(db: AppDB): Promise<StoredIndex | null> {
  return db.transaction('r', db.kv, async () => {
    const [saved, journal] = await db.kv.bulkGet([SNAPSHOT_KEY, JOURNAL_KEY]);
    const value = saved?.value as ChunkedSnapshot | ColumnsSnapshot | PlainStoredSnapshot | undefined;
    if (!value) return null;
    const stored = {
      revision: value.revision,
      journal: (journal?.value as IndexJournal | undefined) ?? null,
    };
    if ('snapshot' in value) return { ...stored, snapshot: value.snapshot };
    if (value.layout === 'columns') return { ...stored, snapshot: unpackColumns(value) };
    const chunks = await db.kv.bulkGet(value.chunks.map((c) => c.key));
    return { ...stored, snapshot: unpackChunked(value, chunks), chunks: value.chunks };
  });
}

/**
 * Saves the index and drops the journal it makes stale, in one transaction.
 * With the chunks of the last save (`previous`) and the quotes changed since
 * (`changed`), only those quotes' records are written, as one new chunk;
 * without them, or past MAX_CHUNKS, every record is, and the old chunks go.
 * Everything is read from the matcher before the first await, so changes
 * made while it writes belong to the next save. Resolves to the chunks the
 * saved snapshot lists.
 */
export async function saveSnapshot(
  db: AppDB,
  matcher: QuoteMatcher,
  revision: string | null,
  previous?: { chunks: readonly ChunkRef[]; changed: Iterable<string> },
): Promise<ChunkRef[]> {
  const snapshot = matcher.snapshot();
  const { quotes, renderings: _renderings, ...index } = snapshot;
  const slotIds = quotes.map((q) => q?.id ?? null);
  const live = slotIds.filter((id) => id !== null).length;
  const changed = previous ? [...new Set(previous.changed)].flatMap((id) => matcher.records(id) ?? []) : [];
  const held = (previous?.chunks ?? []).reduce((sum, c) => sum + c.quotes, 0) + changed.length;
  const whole = !previous || previous.chunks.length >= MAX_CHUNKS || held > 2 * live;
  const records = whole ? liveRecords(snapshot) : changed;
  const added: ChunkRef = { key: CHUNK_PREFIX + crypto.randomUUID(), quotes: records.length };
  const chunks = whole ? [added] : [...(previous?.chunks ?? []), ...(records.length ? [added] : [])];
  const value: ChunkedSnapshot = { revision, layout: 'chunks', index, slotIds: packStrings(slotIds), chunks };
  const chunk = records.length || whole ? packRecords(records) : null;
  await db.transaction('rw', db.kv, async () => {
    if (whole) {
      const stale = await db.kv.where('key').startsWith(CHUNK_PREFIX).primaryKeys();
      await db.kv.bulkDelete(stale);
    }
    if (chunk) await db.kv.put({ key: added.key, value: chunk });
    await db.kv.put({ key: SNAPSHOT_KEY, value });
    await db.kv.delete(JOURNAL_KEY);
  });
  return chunks;
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
  /** The chunks the saved snapshot lists, which the next save adds to; undefined when it must write everything. */
  chunks?: ChunkRef[];
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
