import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../lib/library/file-format';
import { importLibrary } from '../../lib/library/import';
import {
  addQuote,
  addRendering,
  deleteQuote,
  deleteRendering,
  loadLibrary,
  mergeQuotes,
  moveRendering,
  nextUndo,
  saveQuote,
  saveRendering,
  undoLast,
} from '../../lib/library/operations';
import { KV_KEYS } from '../../lib/library/tables/kv';
import { UNDO_DEPTH } from '../../lib/library/tables/undo';
import { freshDb, sampleFile, must } from './helpers';

async function sampleDb() {
  const db = await freshDb();
  await importLibrary(db, sampleFile());
  await db.undo.clear();
  return db;
}

describe('editing the library', () => {
  it('adds a quote and a rendering, and refuses bad input with a reason', async () => {
    const db = await sampleDb();
    const { result: id } = await addQuote(db, { speakerId: 'kallas', canonical: '  New words.  ' });
    expect(await db.quotes.get(id)).toMatchObject({ canonical: 'New words.', origin: 'user', edited: false });
    const { result: rid, changed } = await addRendering(db, {
      quoteId: id,
      outlet: 'BBC',
      url: null,
      date: '2025-04-01',
      text: 'New words.',
      form: 'direct',
      language: 'en',
      translated: false,
    });
    expect(changed).toEqual({ quoteIds: [id], removedQuoteIds: [] });
    expect(must(await db.renderings.get(rid)).origin).toBe('user');
    await expect(addQuote(db, { speakerId: 'kallas', canonical: '   ' })).rejects.toThrow(
      'The wording cannot be empty',
    );
    await expect(addQuote(db, { speakerId: 'ghost', canonical: 'x' })).rejects.toThrow('choose a speaker');
    // The same words again, spaced and cased otherwise, are the quote already there, not a second one.
    await expect(addQuote(db, { speakerId: 'kallas', canonical: 'new   WORDS.' })).rejects.toThrow(
      'already has this quote in the library',
    );
    await expect(
      addRendering(db, {
        quoteId: id,
        outlet: 'BBC',
        url: null,
        date: '1/4/25',
        text: 'x',
        form: 'direct',
        language: 'en',
        translated: false,
      }),
    ).rejects.toThrow('Date: expected YYYY-MM-DD');
  });

  it('marks an edited bundled record so bundled updates leave it alone', async () => {
    const db = await sampleDb();
    const q1 = must(await db.quotes.get('q1'));
    await saveQuote(db, { ...q1, tags: ['nato', ' warsaw ', ''], event: '  ' });
    expect(await db.quotes.get('q1')).toMatchObject({
      origin: 'bundled',
      edited: true,
      tags: ['nato', 'warsaw'],
      event: null,
    });
    const r1 = must(await db.renderings.get('r1'));
    await saveRendering(db, { ...r1, text: 'This is not the time to go it alone' });
    expect(await db.renderings.get('r1')).toMatchObject({ origin: 'bundled', edited: true });
  });

  it('merges two quotes: renderings move, the target keeps its wording and gains what it lacked', async () => {
    const db = await sampleDb();
    const { changed } = await mergeQuotes(db, 'q2', 'q1');
    expect(changed).toEqual({ quoteIds: ['q2'], removedQuoteIds: ['q1'] });
    expect(await db.quotes.get('q1')).toBeUndefined();
    const target = must(await db.quotes.get('q2'));
    expect(target).toMatchObject({
      canonical: 'Europe must be ready to defend itself.',
      event: 'Warsaw',
      tags: ['nato'],
    });
    const moved = await db.renderings.where('quoteId').equals('q2').toArray();
    expect(moved.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(must(moved.find((r) => r.id === 'r1')).edited).toBe(true);
    expect(must(await db.kv.get(KV_KEYS.bundledDeleted)).value).toEqual(['q1']);
    await expect(mergeQuotes(db, 'q2', 'q2')).rejects.toThrow('cannot be merged into itself');
  });

  it('moves a rendering to another quote', async () => {
    const db = await sampleDb();
    const { changed } = await moveRendering(db, 'r2', 'q2');
    expect(changed.quoteIds.sort()).toEqual(['q1', 'q2']);
    expect(await db.renderings.get('r2')).toMatchObject({ quoteId: 'q2', edited: true });
  });
});

describe('undo', () => {
  it('undoes a delete, a merge and a move, newest first, back to the exact library', async () => {
    const db = await sampleDb();
    const start = await exportLibrary(db);
    await moveRendering(db, 'r2', 'q2');
    const afterMove = await exportLibrary(db);
    await mergeQuotes(db, 'q1', 'q2');
    const afterMerge = await exportLibrary(db);
    await deleteQuote(db, 'q1');
    expect(await db.quotes.count()).toBe(0);
    expect(await db.renderings.count()).toBe(0);
    expect(await nextUndo(db)).toBe('delete a quote');

    expect(must(await undoLast(db)).label).toBe('delete a quote');
    expect(await exportLibrary(db)).toEqual(afterMerge);
    const merged = must(await undoLast(db));
    expect(merged.label).toBe('merge two quotes');
    expect(merged.quoteIds.sort()).toEqual(['q1', 'q2']);
    expect(await exportLibrary(db)).toEqual(afterMove);
    expect(must(await undoLast(db)).label).toBe('move a rendering');
    expect(await exportLibrary(db)).toEqual(start);
    expect(await undoLast(db)).toBeNull();
    expect(await db.kv.get(KV_KEYS.bundledDeleted)).toBeUndefined();
  });

  it('undoes a deleted rendering', async () => {
    const db = await sampleDb();
    const before = await loadLibrary(db);
    await deleteRendering(db, 'r3');
    expect(await db.renderings.get('r3')).toBeUndefined();
    await undoLast(db);
    expect(await loadLibrary(db)).toEqual(before);
  });

  it(`keeps the last ${UNDO_DEPTH} actions`, async () => {
    const db = await sampleDb();
    for (let i = 0; i < UNDO_DEPTH + 5; i++) await moveRendering(db, 'r3', i % 2 ? 'q2' : 'q1');
    expect(await db.undo.count()).toBe(UNDO_DEPTH);
  });

  it('logs nothing for a change that fails', async () => {
    const db = await sampleDb();
    await expect(deleteQuote(db, 'nope')).rejects.toThrow('no longer in the library');
    expect(await db.undo.count()).toBe(0);
  });
});
