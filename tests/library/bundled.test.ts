import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import { mergeBundled, restoreBundled } from '../../lib/library/bundled';
import { addPageRendering } from '../../lib/library/add-from-page';
import { exportLibrary } from '../../lib/library/file-format';
import type { LibraryFile } from '../../lib/library/model';
import { deleteQuote, mergeQuotes, saveQuote, saveRendering, undoLast } from '../../lib/library/operations';
import { file, freshDb, quote, rendering, speaker, must } from './helpers';

const bundled = bundledJson as LibraryFile;

/** A small "shipped" library and a newer release of it. */
function release(version: 1 | 2): LibraryFile {
  const b = { origin: 'bundled' as const };
  return file({
    speakers: [speaker('rutte', 'Mark Rutte', b)],
    quotes: [
      quote('q1', 'rutte', 'First remark.', b),
      quote('q2', 'rutte', 'Second remark.', b),
      quote('q3', 'rutte', version === 1 ? 'Third remark.' : 'Third remark, corrected.', b),
      ...(version === 2 ? [quote('q4', 'rutte', 'A remark new in release 2.', b)] : []),
    ],
    renderings: [
      rendering('r1', 'q1', 'First remark.', b),
      rendering('r2', 'q2', version === 1 ? 'Second remark.' : 'Second remark (corrected).', b),
      rendering('r3', 'q3', 'Third remark.', b),
      ...(version === 2 ? [rendering('r4', 'q4', 'A remark new in release 2.', b)] : []),
    ],
  });
}

describe('bundled library', () => {
  it('installs the shipped library into an empty database', async () => {
    const db = await freshDb();
    const summary = await mergeBundled(db, bundled);
    expect(summary.added).toBe(bundled.speakers.length + bundled.quotes.length + bundled.renderings.length);
    expect(await exportLibrary(db)).toEqual({
      ...bundled,
      speakers: [...bundled.speakers].sort((a, b) => a.id.localeCompare(b.id)),
      quotes: [...bundled.quotes].sort((a, b) => a.id.localeCompare(b.id)),
      renderings: [...bundled.renderings].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect((await mergeBundled(db, bundled)).added).toBe(0);
  });

  it('brings in a newer release without touching what the user added, edited or deleted', async () => {
    const db = await freshDb();
    await mergeBundled(db, release(1));
    await saveQuote(db, { ...must(await db.quotes.get('q3')), canonical: 'Third remark, as I heard it.' });
    await deleteQuote(db, 'q1');
    const mine = await addPageRendering(db, {
      quoteId: 'q2',
      text: 'My own copy of the second remark.',
      outlet: 'My paper',
      url: null,
      date: null,
      form: 'direct',
      origin: 'captured',
    });

    const summary = await mergeBundled(db, release(2));
    expect(await db.quotes.get('q3')).toMatchObject({
      canonical: 'Third remark, as I heard it.',
      edited: true,
    });
    expect(await db.quotes.get('q1')).toBeUndefined();
    expect(await db.renderings.get('r1')).toBeUndefined();
    expect(await db.renderings.get(mine.renderingId)).toMatchObject({
      text: 'My own copy of the second remark.',
    });
    expect(await db.renderings.get('r2')).toMatchObject({ text: 'Second remark (corrected).' });
    expect(await db.quotes.get('q4')).toMatchObject({ canonical: 'A remark new in release 2.' });
    expect(summary).toMatchObject({ added: 2, updated: 1 });
  });

  it('restores every bundled record as shipped, keeps the user’s own quotes, and can be undone', async () => {
    const db = await freshDb();
    await mergeBundled(db, release(2));
    await deleteQuote(db, 'q1');
    await mergeQuotes(db, 'q2', 'q3');
    await saveRendering(db, { ...must(await db.renderings.get('r4')), text: 'edited text' });
    const mine = await addPageRendering(db, {
      quoteId: null,
      speakerName: 'Kaja Kallas',
      text: 'Europe must be ready.',
      outlet: 'Politico',
      url: 'https://politico.test/a',
      date: '2025-03-20',
      form: 'direct',
      origin: 'user',
    });
    const beforeRestore = await exportLibrary(db);

    await restoreBundled(db, release(2));
    const after = await exportLibrary(db);
    for (const r of release(2).renderings) expect(after.renderings).toContainEqual(r);
    for (const q of release(2).quotes) expect(after.quotes).toContainEqual(q);
    expect(await db.quotes.get(mine.quoteId)).toMatchObject({ canonical: 'Europe must be ready.' });
    expect(await db.renderings.get(mine.renderingId)).toBeDefined();
    expect(await db.speakers.where('name').equals('Kaja Kallas').count()).toBe(1);

    // Once restored, a later bundled merge no longer skips the quote that had been deleted.
    expect((await mergeBundled(db, release(2))).keptDeleted).toBe(0);

    expect(must(await undoLast(db)).label).toBe('restore the bundled quotes');
    expect(await exportLibrary(db)).toEqual(beforeRestore);
  });

  it('uses the user’s own speaker when a bundled one of the same name arrives later', async () => {
    const db = await freshDb();
    const mine = await addPageRendering(db, {
      quoteId: null,
      speakerName: 'mark rutte',
      text: 'Something he said.',
      outlet: 'X',
      url: null,
      date: null,
      form: 'direct',
      origin: 'captured',
    });
    await mergeBundled(db, release(1));
    expect(await db.speakers.count()).toBe(1);
    const speakerId = must(await db.quotes.get(mine.quoteId)).speakerId;
    expect(must(await db.quotes.get('q1')).speakerId).toBe(speakerId);
  });
});
