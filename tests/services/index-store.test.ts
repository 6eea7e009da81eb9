import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { QuoteMatcher } from '../../lib/match';
import {
  CHUNK_PREFIX,
  MAX_CHUNKS,
  SNAPSHOT_KEY,
  liveRecords,
  packRecords,
  readStoredIndex,
  saveSnapshot,
  type ColumnsSnapshot,
} from '../../lib/services/index-store';
import { freshDb } from '../library/helpers';

const library = bundledJson as LibraryFile;

function builtMatcher(): QuoteMatcher {
  const matcher = QuoteMatcher.build(library);
  matcher.removeQuote(library.quotes[3]!.id);
  return matcher;
}

let added = 0;

/** A quote's wording changed and a rendering added, as capture and edits do between two saves. */
function changeOne(matcher: QuoteMatcher, index: number, words: string): string {
  const { quote, renderings } = matcher.records(library.quotes[index]!.id)!;
  const rendering = {
    ...renderings[0]!,
    id: `${quote.id}-added-${++added}`,
    text: words,
    outlet: 'The Ledger',
  };
  matcher.upsertQuote({ ...quote, canonical: words }, [...renderings, rendering]);
  return quote.id;
}

async function chunkKeys(db: Awaited<ReturnType<typeof freshDb>>): Promise<string[]> {
  return (await db.kv.where('key').startsWith(CHUNK_PREFIX).primaryKeys()) as string[];
}

describe('the saved index', () => {
  it('comes back as the snapshot the matcher took, removed slots included', async () => {
    const db = await freshDb();
    const matcher = builtMatcher();
    const chunks = await saveSnapshot(db, matcher, 'rev-1');
    expect(chunks).toHaveLength(1);
    const stored = await readStoredIndex(db);
    expect(stored?.revision).toBe('rev-1');
    expect(stored?.snapshot).toEqual(matcher.snapshot());
    const restored = QuoteMatcher.restore(stored!.snapshot);
    const text = library.renderings[0]!.text;
    expect(restored.match(text)[0]?.quoteId).toBe(matcher.match(text)[0]?.quoteId);
  });

  it('writes only the quotes changed since the last save, and the newest copy of each wins', async () => {
    const db = await freshDb();
    const matcher = builtMatcher();
    const first = await saveSnapshot(db, matcher, 'rev-1');
    const words = 'We will build the longest river bridge in the whole of the north';
    const changed = changeOne(matcher, 5, words);
    const removed = library.quotes[7]!.id;
    matcher.removeQuote(removed);
    const second = await saveSnapshot(db, matcher, 'rev-2', { chunks: first, changed: [changed, removed] });
    expect(second).toEqual([...first, { key: expect.any(String) as string, quotes: 1 }]);
    const stored = await readStoredIndex(db);
    expect(stored?.chunks).toEqual(second);
    expect(stored?.snapshot).toEqual(matcher.snapshot());
    const restored = QuoteMatcher.restore(stored!.snapshot);
    expect(restored.match(words)[0]?.quoteId).toBe(changed);
    expect(restored.records(removed)).toBeNull();
  });

  it(`writes every record again past ${MAX_CHUNKS} chunks, and drops the old ones`, async () => {
    const db = await freshDb();
    const matcher = builtMatcher();
    let chunks = await saveSnapshot(db, matcher, 'rev-0');
    for (let n = 1; n <= MAX_CHUNKS; n++) {
      const id = changeOne(matcher, 5, `The bridge will open in week ${n} of the works`);
      chunks = await saveSnapshot(db, matcher, `rev-${n}`, { chunks, changed: [id] });
    }
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.quotes).toBe(matcher.size);
    expect(await chunkKeys(db)).toEqual([chunks[0]!.key]);
    expect((await readStoredIndex(db))?.snapshot).toEqual(matcher.snapshot());
  });

  it('fails to read, rather than restoring a wrong index, when a chunk is missing', async () => {
    const db = await freshDb();
    const matcher = builtMatcher();
    const first = await saveSnapshot(db, matcher, 'rev-1');
    const id = changeOne(matcher, 5, 'The bridge will open in the spring');
    await saveSnapshot(db, matcher, 'rev-2', { chunks: first, changed: [id] });
    await db.kv.delete(first[0]!.key);
    await expect(readStoredIndex(db)).rejects.toThrow(/missing/);
  });

  it('still reads an index the release before the chunks saved as one set of columns', async () => {
    const db = await freshDb();
    const matcher = builtMatcher();
    const snapshot = matcher.snapshot();
    const { quotes, renderings: _renderings, ...index } = snapshot;
    const old: ColumnsSnapshot = {
      revision: 'rev-old',
      layout: 'columns',
      index,
      slots: Uint8Array.from(quotes, (q) => (q ? 1 : 0)),
      ...packRecords(liveRecords(snapshot)),
    };
    await db.kv.put({ key: SNAPSHOT_KEY, value: old });
    const stored = await readStoredIndex(db);
    expect(stored?.chunks).toBeUndefined();
    expect(stored?.snapshot).toEqual(matcher.snapshot());
  });
});
