/**
 * The background's capture path, bundled for a real Chromium page
 * (bench/capture-browser.ts drives it): the real IndexedDB holds a year of
 * reading, and each call does what the background does with one page.
 */
import type { AppDB } from '../lib/library/db';
import type { LibraryData } from '../lib/library/model';
import { openLibrary } from '../lib/library/open';
import { previousReading, recordReading } from '../lib/library/reading';
import { QuoteMatcher, type MatcherSnapshot } from '../lib/match';
import { planReading, type ReadQuote } from '../lib/reading/plan';
import { speakerFits } from '../lib/reading/speaker-fits';
import { newPageFacts, indexChange } from './capture-steps';
import { applyQuotes, readStoredIndex, saveJournal, saveSnapshot } from '../lib/services/index-store';

let db: AppDB;
let matcher: QuoteMatcher;
const changed = new Set<string>();

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

/** One page read: decide (from the answers the page just got), record, update the index, journal. */
export async function capture(n: number): Promise<{ ms: number; added: number }> {
  const quotes = [...asked.keys()];
  const answers = asked;
  const facts = newPageFacts(n);
  const run = await timed(async () => {
    const previous = await previousReading(db, facts.url);
    const change = await recordReading(
      db,
      facts,
      planReading(quotes, previous, (q) => answers.get(q) ?? null),
    );
    await applyQuotes(db, matcher, indexChange(matcher, change));
    for (const id of [...change.quoteIds, ...change.appended.map((a) => a.quoteId)]) changed.add(id);
    await saveJournal(db, { base: 'bench', revision: 'bench', quoteIds: [...changed] });
    return change.added;
  });
  return { ms: run.ms, added: run.value };
}

/** The whole snapshot, as the background writes it once the journal is long. */
export async function saveWhole(): Promise<number> {
  return (await timed(() => saveSnapshot(db, matcher.snapshot(), 'bench'))).ms;
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
  return (await timed(() => applyQuotes(db, matcher, [...changed]))).ms;
}

export function journalLength(): number {
  return changed.size;
}
