import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredIndex } from '../../lib/services/index-store';

/** Each test gets the background's modules fresh, as a service worker that was stopped and started again does. */
async function background() {
  const library = await import('../../lib/services/library-service');
  const install = await import('../../lib/services/install');
  const service = await import('../../lib/services/match-service');
  const match = await import('../../lib/match');
  return { library, install, service, QuoteMatcher: match.QuoteMatcher };
}

/** The background started again, with the matcher's build and restore watched. */
async function restarted() {
  vi.resetModules();
  const running = await background();
  return {
    ...running,
    build: vi.spyOn(running.QuoteMatcher, 'build'),
    restore: vi.spyOn(running.QuoteMatcher, 'restore'),
  };
}

/** A first service-worker life: the bundled library installed and the matcher's snapshot saved. */
async function installedAndSaved() {
  const first = await background();
  await first.install.installBundled();
  await vi.advanceTimersByTimeAsync(1500);
  // Saved, and for the library as it now is (the install writes more than once).
  await vi.waitFor(async () => {
    const db = await first.library.getDb();
    const saved = (await db.kv.get('matcher:snapshot'))?.value as { revision: string } | undefined;
    expect(saved?.revision).toBeDefined();
    expect(saved?.revision).toBe((await db.kv.get('library:revision'))?.value);
  });
  return first;
}

/** A quote the library lacks, added the way the manager adds one (the background not told). */
async function addBridgeQuote(
  db: Awaited<ReturnType<typeof import('../../lib/services/library-service').getDb>>,
) {
  const { addPageRendering } = await import('../../lib/library/add-from-page');
  return addPageRendering(db, {
    quoteId: null,
    speakerName: 'Ana Lopez',
    text: 'We will open the new river bridge before the first frost',
    outlet: 'The Springfield Ledger',
    url: null,
    date: null,
    form: 'direct',
    origin: 'user',
  });
}

beforeEach(async () => {
  // Fake timers in every test: a real save timer left by one test would write into the next test's database.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fakeBrowser.reset();
  vi.resetModules();
  await Dexie.delete('verbatim');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the background’s matcher index', () => {
  it('matches the bundled library after install', async () => {
    const { install, service } = await background();
    await install.installBundled();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: 'A fairer NATO means all allies doing their fair share', form: 'direct', speaker: null },
    ]);
    expect(match).toMatchObject({ speaker: 'Mark Rutte', verdict: 'verbatim' });
  });

  it('restores its persisted snapshot after a restart instead of rebuilding', async () => {
    const first = await installedAndSaved();
    (await first.library.getDb()).close();

    const { service, build, restore } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: 'this is not the time to go it alone', form: 'direct', speaker: null },
    ]);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(build).not.toHaveBeenCalled();
    expect(match?.verdict).toBe('fragment');
  });

  it('rebuilds when the library changed after the snapshot was taken', async () => {
    const first = await installedAndSaved();
    const db = await first.library.getDb();
    await db.kv.put({ key: 'library:revision', value: 'changed-elsewhere' });
    // as any write to the library does, in its own transaction
    db.close();

    const { service, build } = await restarted();
    await service.getMatcher();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('rebuilds after a change the background was never told about', async () => {
    const first = await installedAndSaved();
    const db = await first.library.getDb();
    await addBridgeQuote(db);
    db.close();

    const { service } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: 'We will open the new river bridge before the first frost', form: 'direct', speaker: null },
    ]);
    expect(match?.speaker).toBe('Ana Lopez');
  });

  it('leaves out a match the reader dismissed on that page', async () => {
    const { install, service, library } = await background();
    await install.installBundled();
    const text = 'A fairer NATO means all allies doing their fair share';
    const [before] = await service.matchQuotes('http://127.0.0.1/a', [
      { text, form: 'direct', speaker: null },
    ]);
    const db = await library.getDb();
    await db.dismissals.put({
      url: 'http://127.0.0.1/a',
      quoteId: before!.quoteId,
      text,
      date: '2026-11-24',
    });
    const [onThatPage] = await service.matchQuotes('http://127.0.0.1/a', [
      { text, form: 'direct', speaker: null },
    ]);
    const [elsewhere] = await service.matchQuotes('http://127.0.0.1/b', [
      { text, form: 'direct', speaker: null },
    ]);
    expect(onThatPage?.quoteId).not.toBe(before!.quoteId);
    expect(elsewhere?.quoteId).toBe(before!.quoteId);
  });
});

describe('suggestions for the add-quote form', () => {
  it('does not offer the words being added, seen only on this page, as their own match', async () => {
    const { install, service, library } = await background();
    await install.installBundled();
    const { addPageRendering } = await import('../../lib/library/add-from-page');
    const text = 'Misusing antibiotics puts every one of us at risk of untreatable infections';
    const url = 'http://127.0.0.1/webmd';
    const seen = await addPageRendering(await library.getDb(), {
      quoteId: null,
      speakerName: 'CDC',
      text,
      outlet: '127.0.0.1',
      url,
      date: null,
      form: 'direct',
      origin: 'captured',
    });
    await service.refreshQuotes([seen.quoteId], []);
    const here = await service.suggestQuotes(text, url);
    const elsewhere = await service.suggestQuotes(text, 'http://127.0.0.1/other-story');
    expect(here.map((m) => m.quoteId)).not.toContain(seen.quoteId);
    expect(elsewhere[0]?.quoteId).toBe(seen.quoteId);
  });
});

describe('saving the index after small changes', () => {
  const words = 'We will open the new river bridge before the first frost';

  /** A quote added the way the manager adds one, with the background told about it. */
  async function addAndTell(running: Awaited<ReturnType<typeof background>>) {
    const result = await addBridgeQuote(await running.library.getDb());
    await running.service.refreshQuotes([result.quoteId], []);
    await vi.advanceTimersByTimeAsync(1500);
  }

  it('journals the changed quote instead of rewriting the whole snapshot, and a restart replays it', async () => {
    const first = await installedAndSaved();
    const db = await first.library.getDb();
    const before = (await db.kv.get('matcher:snapshot'))?.value;
    await addAndTell(first);
    expect((await db.kv.get('matcher:snapshot'))?.value).toEqual(before);
    const journal = (await db.kv.get('matcher:journal'))?.value as { quoteIds: string[] };
    expect(journal.quoteIds).toHaveLength(1);
    db.close();

    const { service, build, restore } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: words, form: 'direct', speaker: null },
    ]);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(build).not.toHaveBeenCalled();
    expect(match).toMatchObject({ speaker: 'Ana Lopez', verdict: 'verbatim' });
  });

  it('rebuilds when the library moved on past what the journal lists', async () => {
    const first = await installedAndSaved();
    await addAndTell(first);
    const db = await first.library.getDb();
    await db.kv.put({ key: 'library:revision', value: 'changed-elsewhere' });
    db.close();

    const { service, build } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: words, form: 'direct', speaker: null },
    ]);
    expect(build).toHaveBeenCalledTimes(1);
    expect(match?.speaker).toBe('Ana Lopez');
  });

  it('still restores an index saved by the release before the columns', async () => {
    const first = await installedAndSaved();
    const db = await first.library.getDb();
    const saved = (await readStoredIndex(db))!;
    // The same index, stored the way the releases before the columns stored it.
    await db.kv.put({
      key: 'matcher:snapshot',
      value: { revision: saved.revision, snapshot: saved.snapshot },
    });
    db.close();

    const { service, build } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: 'this is not the time to go it alone', form: 'direct', speaker: null },
    ]);
    expect(build).not.toHaveBeenCalled();
    expect(match?.verdict).toBe('fragment');
  });
});

describe('capture and the saved index', () => {
  /** A page with one bundled remark, as another outlet printed it, and one remark the library lacks. */
  const page = {
    url: 'https://other.example/nato',
    title: 'NATO',
    outlet: 'Other Outlet',
    date: '2026-12-01',
    language: 'en',
    quotes: [
      {
        text: 'A fairer NATO means all allies doing their fair share',
        form: 'partial' as const,
        speaker: 'Mark Rutte',
      },
      {
        text: 'We will open the new river bridge before the first frost',
        form: 'direct' as const,
        speaker: 'Ana Lopez',
      },
    ],
  };

  async function captureWatched(first: Awaited<ReturnType<typeof background>>) {
    const db = await first.library.getDb();
    await first.service.getMatcher();
    const reading = await import('../../lib/services/reading-service');
    const bulkGet = vi.spyOn(db.quotes, 'bulkGet');
    const change = await reading.capturePage(page, false);
    return { db, change, joinedFromDexie: bulkGet.mock.calls.length > 0 };
  }

  it('writes the journal with the page, takes joined quotes from the index, and a restart replays it', async () => {
    const first = await installedAndSaved();
    const { db, change, joinedFromDexie } = await captureWatched(first);
    expect(change).toMatchObject({ added: 2 });
    expect(change?.appended).toHaveLength(1);
    expect(joinedFromDexie).toBe(false);
    // No save timer has run: the journal came with the capture's own transaction.
    const journal = (await db.kv.get('matcher:journal'))?.value as { revision: string; quoteIds: string[] };
    expect(journal.revision).toBe((await db.kv.get('library:revision'))?.value);
    expect(journal.quoteIds).toHaveLength(2);
    db.close();

    const { service, build, restore } = await restarted();
    const [match] = await service.matchQuotes('http://127.0.0.1/a', [
      { text: 'We will open the new river bridge before the first frost', form: 'direct', speaker: null },
    ]);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(build).not.toHaveBeenCalled();
    expect(match?.speaker).toBe('Ana Lopez');
  });

  it('reads the joined quote from IndexedDB when the library changed behind the index', async () => {
    const first = await installedAndSaved();
    const db = await first.library.getDb();
    await db.kv.put({ key: 'library:revision', value: 'changed-elsewhere' });
    const { change, joinedFromDexie } = await captureWatched(first);
    expect(joinedFromDexie).toBe(true);
    const joined = change?.appended[0];
    expect(joined && (await db.renderings.get(joined.rendering.id))?.quoteId).toBe(joined?.quoteId);
  });
});

describe('speaker hints for parsing', () => {
  it('are read once per library revision and follow a change', async () => {
    const { install, service, library } = await background();
    await install.installBundled();
    const first = await service.speakerHints();
    expect(first.map((h) => h.name)).toContain('Mark Rutte');
    expect(await service.speakerHints()).toBe(first);
    const db = await library.getDb();
    await addBridgeQuote(db);
    expect((await service.speakerHints()).map((h) => h.name)).toContain('Ana Lopez');
  });
});
