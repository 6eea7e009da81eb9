import { describe, expect, it } from 'vitest';
import { addPageRendering } from '../../lib/library/add-from-page';
import { importLibrary } from '../../lib/library/import';
import type { NewRendering } from '../../lib/messaging';
import { freshDb, sampleFile, must } from './helpers';

const input = (patch: Partial<NewRendering>): NewRendering => ({
  quoteId: null,
  text: 'Words from the page.',
  outlet: 'The Guardian',
  url: 'https://guardian.test/a',
  date: '2025-03-27',
  form: 'direct',
  origin: 'captured',
  ...patch,
});

describe('addPageRendering', () => {
  it('makes a new quote for a speaker it does not know, creating the speaker', async () => {
    const db = await freshDb();
    const { quoteId, renderingId } = await addPageRendering(
      db,
      input({ speakerName: ' Ursula von der Leyen ' }),
    );
    const quote = must(await db.quotes.get(quoteId));
    const speaker = must(await db.speakers.get(quote.speakerId));
    expect(speaker).toMatchObject({ name: 'Ursula von der Leyen', origin: 'captured' });
    expect(quote).toMatchObject({
      canonical: 'Words from the page.',
      date: '2025-03-27',
      origin: 'captured',
    });
    expect(await db.renderings.get(renderingId)).toMatchObject({
      quoteId,
      outlet: 'The Guardian',
      url: 'https://guardian.test/a',
      form: 'direct',
      language: 'en',
    });
  });

  it('finds a known speaker by name or alias, and attaches to an existing quote', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const byAlias = await addPageRendering(db, input({ speakerName: 'The NATO chief' }));
    expect(must(await db.quotes.get(byAlias.quoteId)).speakerId).toBe('rutte');
    expect(await db.speakers.count()).toBe(2);

    const attached = await addPageRendering(
      db,
      input({ quoteId: 'q1', text: 'not the time to go it alone', form: 'partial' }),
    );
    expect(attached.quoteId).toBe('q1');
    expect(await db.renderings.where('quoteId').equals('q1').count()).toBe(3);
    const again = await addPageRendering(
      db,
      input({ quoteId: 'q1', text: 'Not the time to go it alone!', form: 'partial' }),
    );
    expect(again.renderingId).toBe(attached.renderingId);
  });

  it('refuses what it cannot store, with a reason', async () => {
    const db = await freshDb();
    await expect(addPageRendering(db, input({ text: '  ' }))).rejects.toThrow('empty');
    await expect(addPageRendering(db, input({}))).rejects.toThrow('Name the speaker');
    await expect(addPageRendering(db, input({ quoteId: 'gone' }))).rejects.toThrow('no longer exists');
    await expect(addPageRendering(db, input({ speakerName: 'A', date: 'March' }))).rejects.toThrow(
      'YYYY-MM-DD',
    );
    expect(await db.quotes.count()).toBe(0);
  });
});
