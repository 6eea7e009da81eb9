import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageCapture } from '../../lib/messaging';

/** The background's modules, fresh for each test, with an empty library (no bundled quotes). */
async function background() {
  const library = await import('../../lib/services/library-service');
  const reading = await import('../../lib/services/reading-service');
  const match = await import('../../lib/services/match-service');
  const settings = await import('../../lib/settings');
  return { db: await library.getDb(), reading, match, settings };
}

const A: PageCapture = {
  url: 'https://first.example/rutte#comments',
  title: 'Rutte in Warsaw',
  outlet: 'First Wire',
  date: '2025-03-26',
  language: 'en',
  quotes: [
    { text: 'This is not the time to go it alone', form: 'direct', speaker: 'Mark Rutte' },
    { text: 'We will make NATO stronger, fairer and more lethal', form: 'direct', speaker: 'Mark Rutte' },
    { text: 'unattributed words that nobody said', form: 'direct', speaker: null },
  ],
};

const B: PageCapture = {
  url: 'https://second.example/nato',
  title: 'NATO chief',
  outlet: 'Second Paper',
  date: '2025-03-27',
  language: 'en',
  quotes: [
    { text: 'this is not the time to go it alone', form: 'partial', speaker: 'Rutte' },
    { text: 'The budget vote is next month', form: 'direct', speaker: 'Ana Lopez' },
  ],
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  await Dexie.delete('verbatim');
});

describe('capture while reading', () => {
  it('remembers attributed quotes, joins a second outlet’s wording to the same quote, and adds nothing twice', async () => {
    const { db, reading, match } = await background();
    const first = await reading.capturePage(A, false);
    expect(first).toMatchObject({ added: 2 });
    expect(await db.quotes.count()).toBe(2);
    expect((await db.speakers.toArray()).map((s) => [s.name, s.origin])).toEqual([
      ['Mark Rutte', 'captured'],
    ]);
    const stored = await db.renderings.toArray();
    expect(stored.every((r) => r.origin === 'captured' && r.url === 'https://first.example/rutte')).toBe(
      true,
    );
    expect(stored[0]).toMatchObject({ outlet: 'First Wire', date: '2025-03-26', language: 'en' });

    await reading.capturePage(B, false);
    const [onB] = await match.matchQuotes(B.url, [B.quotes[0]!]);
    expect(onB?.renderings.map((r) => r.outlet).sort()).toEqual(['First Wire', 'Second Paper']);
    // The direct wording stays the quote's own over the second outlet's fragment.
    expect(onB?.canonical).toBe('This is not the time to go it alone');
    expect(await db.quotes.count()).toBe(3);

    const again = await reading.capturePage(B, false);
    expect(again).toMatchObject({ added: 0, removed: 0 });
    expect(await db.renderings.count()).toBe(4);
  });

  it('learns a description the page put to a named speaker as that speaker’s alias', async () => {
    const { db, reading } = await background();
    await reading.capturePage({ ...A, quotes: [{ ...A.quotes[0]!, speakerAs: 'the NATO chief' }] }, false);
    const [rutte] = await db.speakers.toArray();
    expect(rutte?.aliases).toEqual(['the NATO chief']);
    // Said twice, learnt once.
    await reading.capturePage(
      { ...B, quotes: [{ ...B.quotes[1]!, speaker: 'Mark Rutte', speakerAs: 'The NATO chief' }] },
      false,
    );
    expect((await db.speakers.get(rutte!.id))?.aliases).toEqual(['the NATO chief']);
  });

  it('after a capture that failed, the next one still writes the speaker it names', async () => {
    const { db, reading } = await background();
    await reading.capturePage(A, false);
    // Every new id the same: the page's second rendering collides with its first and IndexedDB refuses it.
    const ids = vi.spyOn(crypto, 'randomUUID').mockReturnValue('1-1-1-1-1');
    await expect(reading.capturePage(B, false)).rejects.toThrow();
    ids.mockRestore();
    // Nothing of the failed page was kept: not its new speaker, not the rendering written before the clash.
    expect(await db.speakers.count()).toBe(1);
    expect(await db.renderings.count()).toBe(2);
    expect(await db.pages.count()).toBe(1);
    await reading.capturePage(B, false);
    const lopez = (await db.quotes.toArray()).find((q) => q.canonical.startsWith('The budget vote'));
    expect((await db.speakers.get(lopez!.speakerId))?.name).toBe('Ana Lopez');
  });

  it('hands the speakers it wrote to the parse hints, which then read as a fresh read would', async () => {
    const { db, reading, match } = await background();
    await reading.capturePage(A, false);
    expect((await match.speakerHints()).map((h) => h.name)).toEqual(['Mark Rutte']);
    const reads = vi.spyOn(db.speakers, 'toArray');
    await reading.capturePage(
      {
        ...B,
        quotes: [
          ...B.quotes,
          {
            text: 'Bring the ships home',
            form: 'direct',
            speaker: 'Mark Rutte',
            speakerAs: 'the NATO chief',
          },
          { text: 'The harbour opens in May', form: 'direct', speaker: 'Li Wei' },
        ],
      },
      false,
    );
    const hints = await match.speakerHints();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const fresh = (await db.speakers.toArray()).map((s) => ({ name: s.name, aliases: s.aliases }));
    expect(fresh).toHaveLength(3);
    expect(hints).toEqual(fresh);
    expect(hints.find((h) => h.name === 'Mark Rutte')?.aliases).toEqual(['the NATO chief']);
  });

  it('forgets a site, then names a speaker it had made before', async () => {
    const { db, reading } = await background();
    await reading.capturePage(B, false);
    await reading.forgetReadSite('second.example');
    expect(await db.speakers.count()).toBe(0);
    await reading.capturePage({ ...B, url: 'https://third.example/x' }, false);
    const quotes = await db.quotes.toArray();
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(await db.speakers.get(quote.speakerId)).toBeDefined();
  });

  it('remembers at most 300 quotes of one page', async () => {
    const { db, reading } = await background();
    const quotes = Array.from({ length: 400 }, (_, i) => ({
      text: `Remark number ${i} about the harbour plan and its ${i} stages`,
      form: 'direct' as const,
      speaker: 'Ana Lopez',
    }));
    await reading.capturePage({ ...A, quotes }, false);
    expect(await db.renderings.count()).toBe(300);
  });

  it('does not call this page’s own earlier capture a match', async () => {
    const { reading, match } = await background();
    await reading.capturePage(A, false);
    const [own] = await match.matchQuotes(A.url, [A.quotes[0]!]);
    expect(own).toBeNull();
  });

  it('updates only a changed page’s own renderings', async () => {
    const { db, reading } = await background();
    await reading.capturePage(A, false);
    await reading.capturePage(B, false);
    const changed = await reading.capturePage({ ...A, quotes: [A.quotes[0]!] }, false);
    expect(changed).toMatchObject({ added: 0, removed: 1 });
    expect((await db.renderings.toArray()).map((r) => r.outlet).sort()).toEqual([
      'First Wire',
      'Second Paper',
      'Second Paper',
    ]);
    expect((await db.quotes.toArray()).some((q) => q.canonical.includes('lethal'))).toBe(false);
  });

  it('captures nothing in a private window, when switched off, or on a site left out', async () => {
    const { db, reading, settings } = await background();
    expect(await reading.capturePage(A, true)).toBeNull();
    await settings.updateSettings({ captureOffSites: ['first.example'] });
    expect(await reading.capturePage(A, false)).toBeNull();
    await settings.updateSettings({ captureOffSites: [], capture: false });
    expect(await reading.capturePage(A, false)).toBeNull();
    expect(await db.renderings.count()).toBe(0);
  });

  it('forgets a page or a site, and the matcher forgets with it', async () => {
    const { db, reading, match } = await background();
    await reading.capturePage(A, false);
    await reading.capturePage(B, false);
    expect((await reading.forgetReadSite('first.example')).removed).toBe(2);
    const [onB] = await match.matchQuotes(B.url, [B.quotes[0]!]);
    expect(onB).toBeNull();
    expect(await db.quotes.count()).toBe(2);
    await reading.forgetReadPage(`${B.url}#again`);
    expect(await db.quotes.count()).toBe(0);
    expect(await db.speakers.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('keeps a quote the reader kept when its page is forgotten', async () => {
    const { db, reading } = await background();
    const { keepQuote } = await import('../../lib/library/reading');
    await reading.capturePage(A, false);
    const quote = (await db.quotes.toArray())[0]!;
    await keepQuote(db, quote.id);
    await reading.forgetReadPage(A.url);
    expect(await db.quotes.get(quote.id)).toMatchObject({ origin: 'user' });
    expect(await db.renderings.where('quoteId').equals(quote.id).count()).toBe(1);
  });

  it('counts the captured renderings it stored, this page’s own included, with or without a memo', async () => {
    const { db } = await background();
    const { recordReading } = await import('../../lib/library/record-reading');
    const page = (i: number) => ({
      url: `https://site.example/${i}`,
      site: 'site.example',
      outlet: 'Site',
      title: '',
      date: null,
      language: 'en',
    });
    const quotes = (i: number, from = 0) =>
      [from, from + 1].map((n) => ({
        text: `page ${i} remark ${n}`,
        form: 'direct' as const,
        speaker: 'X Y',
      }));
    const first = await recordReading(db, page(0), quotes(0), () => null);
    expect(first.memo?.captured).toBe(2);
    const second = await recordReading(db, page(1), quotes(1), () => null, { memo: first.memo ?? undefined });
    expect(second.memo?.captured).toBe(4);
    // The page changed: one wording dropped, one added.
    const changed = await recordReading(db, page(1), quotes(1, 1), () => null, {
      memo: second.memo ?? undefined,
    });
    expect(changed.added).toBe(1);
    expect(changed.removed).toBe(1);
    expect(changed.memo?.captured).toBe(4);
    expect(await db.renderings.where('origin').equals('captured').count()).toBe(4);
  });

  it('prunes the pages read longest ago beyond the storage cap', async () => {
    const { db } = await background();
    const { pruneReading } = await import('../../lib/library/reading');
    const { recordReading } = await import('../../lib/library/record-reading');
    for (let i = 0; i < 5; i++) {
      const url = `https://site.example/${i}`;
      await recordReading(
        db,
        { url, site: 'site.example', outlet: 'Site', title: '', date: null, language: 'en' },
        [0, 1].map((n) => ({ text: `page ${i} remark ${n}`, form: 'direct', speaker: 'X Y' })),
        () => null,
        { now: `2025-01-0${i + 1}T00:00:00Z` },
      );
    }
    const pruned = await pruneReading(db, 6);
    expect(pruned.removed).toBe(4);
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual(
      [2, 3, 4].map((i) => `https://site.example/${i}`),
    );
    expect(await db.renderings.count()).toBe(6);
  });
});
