import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import v1 from '../fixtures-db/v1-library.json';
import { SCHEMA_VERSION } from '../../lib/library/db';
import { exportLibrary } from '../../lib/library/file-format';
import type { LibraryFile } from '../../lib/library/model';
import { openLibrary } from '../../lib/library/open';
import { uniqueName, must } from './helpers';

/** Writes the committed fixture with the first release's schema, as that release would have. */
async function makeV1Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(v1.stores);
  await old.open();
  await old.table('speakers').bulkAdd(v1.speakers);
  await old.table('quotes').bulkAdd(v1.quotes);
  await old.table('renderings').bulkAdd(v1.renderings);
  old.close();
}

describe('schema version 1 → 2', () => {
  it('upgrades every record, fills the new fields, and loses nothing', async () => {
    const name = uniqueName('v1');
    await makeV1Database(name);
    const db = await openLibrary({ name });
    expect(db.verno).toBe(SCHEMA_VERSION);

    const speakers = await db.speakers.toArray();
    expect(speakers).toHaveLength(v1.speakers.length);
    for (const old of v1.speakers) {
      expect(await db.speakers.get(old.id)).toEqual({ ...old, origin: 'bundled', edited: false });
    }
    for (const old of v1.quotes) {
      expect(await db.quotes.get(old.id)).toEqual({
        ...old,
        primarySource: null,
        tags: [],
        origin: 'bundled',
        edited: false,
      });
    }
    expect(await db.quotes.count()).toBe(v1.quotes.length);
    for (const { source, ...old } of v1.renderings) {
      expect(await db.renderings.get(old.id)).toEqual({
        ...old,
        language: 'en',
        translated: false,
        origin: source === 'user' ? 'user' : 'bundled',
        edited: false,
      });
    }
    expect(await db.renderings.count()).toBe(v1.renderings.length);
    // The new indexes work on the upgraded rows.
    expect((await db.renderings.toArray()).filter((r) => r.origin === 'user')).toHaveLength(2);
    expect(await db.renderings.where('quoteId').equals('rutte-go-it-alone').count()).toBe(3);
    // The new tables are there and usable.
    await db.dismissals.put({
      url: 'https://a.test/',
      quoteId: 'rutte-fair-share',
      text: 'x',
      date: '2025-01-01',
    });
    await db.kv.put({ key: 'k', value: 1 });
    expect(await db.dismissals.where('url').equals('https://a.test/').count()).toBe(1);
    db.close();
  });

  it('hands the backup a full export of the old database before upgrading it', async () => {
    const name = uniqueName('v1');
    await makeV1Database(name);
    const seenVersions: number[] = [];
    const backup = vi.fn(async (_file: LibraryFile, fromVersion: number) => {
      // The upgrade has not run yet: the database on disk is still version 1.
      const probe = new Dexie(name);
      await probe.open();
      seenVersions.push(probe.verno);
      probe.close();
      expect(fromVersion).toBe(1);
    });
    const db = await openLibrary({ name, backup });
    expect(backup).toHaveBeenCalledTimes(1);
    expect(seenVersions).toEqual([1]);
    const [file] = must(backup.mock.calls[0]);
    expect(file.format).toBe('verbatim-library');
    // The backup holds exactly what the upgraded database holds.
    expect(file).toEqual(await exportLibrary(db));
    expect(file.renderings).toHaveLength(v1.renderings.length);
    db.close();

    const again = await openLibrary({ name, backup });
    expect(backup).toHaveBeenCalledTimes(1);
    again.close();
  });

  it('does not upgrade when the backup fails, so the old data stays as it was', async () => {
    const name = uniqueName('v1');
    await makeV1Database(name);
    await expect(
      openLibrary({
        name,
        backup: async () => {
          throw new Error('storage full');
        },
      }),
    ).rejects.toThrow('storage full');
    const probe = new Dexie(name);
    await probe.open();
    expect(probe.verno).toBe(1);
    expect(await probe.table('renderings').count()).toBe(v1.renderings.length);
    probe.close();
  });

  it('refuses a database written by a newer release instead of damaging it', async () => {
    const name = uniqueName('newer');
    const newer = new Dexie(name);
    newer
      .version(SCHEMA_VERSION + 1)
      .stores({ speakers: 'id', quotes: 'id', renderings: 'id', future: 'id' });
    await newer.open();
    newer.close();
    const backup = vi.fn(async () => undefined);
    await expect(openLibrary({ name, backup })).rejects.toThrow(
      new RegExp(`written by a newer Verbatim \\(schema ${SCHEMA_VERSION + 1}`),
    );
    expect(backup).not.toHaveBeenCalled();
  });

  it('creates a new library without calling the backup', async () => {
    const backup = vi.fn(async () => undefined);
    const db = await openLibrary({ name: uniqueName('new'), backup });
    expect(backup).not.toHaveBeenCalled();
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });
});
