/**
 * The background's capture path, bundled for a real Chromium page
 * (bench/capture-browser.ts drives it): the real IndexedDB holds a year of
 * reading, and each call does what the background does with one page.
 */
import type { AppDB } from '../lib/library/db';
import type { LibraryData, Quote, Rendering } from '../lib/library/model';
import { openLibrary } from '../lib/library/open';
import { libraryRevision } from '../lib/library/revision';
import { QuoteMatcher, type MatcherSnapshot } from '../lib/match';
import type { ReadQuote } from '../lib/reading/plan';
import { speakerFits } from '../lib/reading/speaker-fits';
import { SpeakerHintsCache } from '../lib/services/speaker-hints';
import { capturePageInto, newPageFacts, readHints } from './capture-steps';
import {
  applyQuotes,
  readStoredIndex,
  saveSnapshot,
  type ChunkRef,
  type IndexState,
} from '../lib/services/index-store';

let db: AppDB;
let matcher: QuoteMatcher;
let state: IndexState;

async function timed<T>(job: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await job();
  return { ms: performance.now() - start, value };
}

export async function fill(url: string): Promise<{ fillMs: number; buildMs: number }> {
  const data = (await (await fetch(url)).json()) as LibraryData;
  db = await openLibrary({ name: 'bench-capture' });
  const filled = await timed(() =>
    db.transaction('rw', db.speakers, db.quotes, db.renderings, async () => {
      await db.speakers.bulkAdd(data.speakers);
      await db.quotes.bulkAdd(data.quotes);
      await db.renderings.bulkAdd(data.renderings);
    }),
  );
  const start = performance.now();
  matcher = QuoteMatcher.build(data);
  // As a background whose snapshot is saved: each capture writes the journal with its page.
  state = { matcher, revision: await libraryRevision(db), saved: 'bench', changed: new Set() };
  await readHints(db);
  return { fillMs: filled.ms, buildMs: performance.now() - start };
}

let asked = new Map<ReadQuote, string | null>();

/** What the page asks before capture: its quotes matched (the background keeps these answers). */
export function ask(quotes: ReadQuote[]): void {
  asked = new Map(
    quotes.map((q) => [
      q,
      matcher
        .match(q.text, { form: q.form, speaker: q.speaker })
        .find((m) => m.confidence === 'confident' && speakerFits(q.speaker, m.speaker))?.quoteId ?? null,
    ]),
  );
}

let lastWrites: { renderings: Rendering[]; quotes: Quote[] } = { renderings: [], quotes: [] };

/** One page read, as the background does it: one transaction (decide, record, journal), then the index update. */
export async function capture(n: number): Promise<{ ms: number; added: number }> {
  const answers = asked;
  const facts = newPageFacts(n);
  const run = await timed(() =>
    capturePageInto(db, state, facts, [...answers.keys()], (q) => answers.get(q) ?? null),
  );
  const created = run.value.records?.quotes ?? [];
  lastWrites = {
    quotes: created.map((c) => c.quote),
    renderings: [
      ...run.value.appended.map((a) => a.rendering),
      ...created.flatMap((c) => c.renderings.filter((r) => r.url === facts.url)),
    ],
  };
  return { ms: run.ms, added: run.value.added };
}

let floorDb: AppDB | undefined;

/**
 * The floor under capture: the rows the last capture wrote (its renderings,
 * its new quotes, the page, revision and journal), written with bare
 * IndexedDB in one transaction to an empty copy of the schema, after the two
 * reads capture cannot do without. What capture costs above this is Dexie,
 * deciding and the index update.
 */
export async function floor(n: number): Promise<number> {
  floorDb ??= await openLibrary({ name: 'bench-floor' });
  const idb = floorDb.backendDB();
  const { renderings, quotes } = lastWrites;
  return (
    await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = idb.transaction(['renderings', 'quotes', 'pages', 'kv'], 'readwrite');
          tx.objectStore('pages').get(`floor-${n}`);
          tx.objectStore('kv').get('library:revision');
          for (const r of renderings) tx.objectStore('renderings').add({ ...r, id: `${r.id}-floor` });
          for (const q of quotes) tx.objectStore('quotes').add({ ...q, id: `${q.id}-floor` });
          tx.objectStore('pages').put({
            ...newPageFacts(n),
            url: `floor-${n}`,
            renderingIds: renderings.map((r) => r.id),
          });
          tx.objectStore('kv').put({ key: 'library:revision', value: crypto.randomUUID() });
          tx.objectStore('kv').put({ key: 'matcher:journal', value: { quoteIds: [...state.changed] } });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        }),
    )
  ).ms;
}

let chunks: ChunkRef[] = [];

/** The whole snapshot, every record in one chunk: the first save, and once in about 2,000 pages read. */
export async function saveWhole(): Promise<number> {
  const saved = await timed(() => saveSnapshot(db, matcher, 'bench'));
  chunks = saved.value;
  return saved.ms;
}

/** A save once the journal is long (about once in 50 pages): the index, and the changed quotes as one chunk. */
export async function saveChunk(): Promise<number> {
  const saved = await timed(() => saveSnapshot(db, matcher, 'bench', { chunks, changed: state.changed }));
  chunks = saved.value;
  return saved.ms;
}

/** The baseline: the snapshot stored as the matcher returns it (plain objects), as releases before the columns did. */
export async function savePlain(): Promise<number> {
  return (
    await timed(() =>
      db.kv.put({ key: 'bench:plain-snapshot', value: { revision: 'bench', snapshot: matcher.snapshot() } }),
    )
  ).ms;
}

/** The baseline's restart: the plain snapshot read back and restored. */
export async function wakePlain(): Promise<number> {
  return (
    await timed(async () => {
      const stored = (await db.kv.get('bench:plain-snapshot'))?.value as
        { snapshot: MatcherSnapshot } | undefined;
      if (!stored) throw new Error('nothing saved');
      QuoteMatcher.restore(stored.snapshot);
    })
  ).ms;
}

/** A restarted background: the saved snapshot read back and restored (the journal's replay is {@link replay}). */
export async function wake(): Promise<number> {
  return (
    await timed(async () => {
      const stored = await readStoredIndex(db);
      if (!stored) throw new Error('nothing saved');
      QuoteMatcher.restore(stored.snapshot);
    })
  ).ms;
}

/** The journal replayed after a restart: the quotes it lists read again from IndexedDB and re-indexed. */
export async function replay(): Promise<number> {
  return (await timed(() => applyQuotes(db, matcher, [...state.changed]))).ms;
}

/** Speakers in the hints measure: the benchmark's year names 43, a reader's year many more. */
const HINT_SPEAKERS = 5000;
let speakersDb: AppDB | undefined;
const hints = new SpeakerHintsCache();
let hintsRevision = 0;

/** A library of HINT_SPEAKERS speakers and the hints read from it (untimed); resolves to how many. */
export async function fillSpeakers(): Promise<number> {
  const sdb = (speakersDb = await openLibrary({ name: 'bench-speakers' }));
  await sdb.speakers.bulkAdd(
    Array.from({ length: HINT_SPEAKERS }, (_, i) => ({
      id: `s-${crypto.randomUUID()}`,
      name: `Speaker ${i} Example`,
      aliases: i % 3 ? [] : [`the ${i} minister`],
      origin: 'captured' as const,
      edited: false,
    })),
  );
  await hints.at(`r${hintsRevision}`, () => sdb.speakers.toArray());
  return HINT_SPEAKERS;
}

/** What the next parse paid after every capture before the hints followed it: every speaker read again. */
export async function rereadSpeakers(): Promise<number> {
  const sdb = speakersDb as AppDB;
  return (await timed(() => new SpeakerHintsCache().at('other', () => sdb.speakers.toArray()))).ms;
}

/** What it pays now: the hints take the capture's speakers (two, as a page with a new speaker gives). */
export async function followSpeakers(): Promise<number> {
  return (
    await timed(async () => {
      const from = `r${hintsRevision}`;
      const to = `r${++hintsRevision}`;
      hints.follow(from, to, [
        {
          id: `s-${crypto.randomUUID()}`,
          name: 'New Speaker',
          aliases: [],
          origin: 'captured',
          edited: false,
        },
        {
          id: `s-${crypto.randomUUID()}`,
          name: 'Other Speaker',
          aliases: [],
          origin: 'captured',
          edited: false,
        },
      ]);
      await hints.at(to, () => Promise.reject(new Error('the hints read again')));
    })
  ).ms;
}

export function journalLength(): number {
  return state.changed.size;
}
