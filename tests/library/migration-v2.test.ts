import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import v2 from '../fixtures-db/v2-library.json';
import { SCHEMA_VERSION } from '../../lib/library/db';
import { exportLibrary } from '../../lib/library/file-format';
import type { LibraryFile } from '../../lib/library/model';
import { openLibrary } from '../../lib/library/open';
import { uniqueName, must } from './helpers';

/** Writes the committed fixture with the second release's schema, as that release would have. */
async function makeV2Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(2).stores(v2.stores);
  await old.open();
  await old.table('speakers').bulkAdd(v2.speakers);
  await old.table('quotes').bulkAdd(v2.quotes);
  await old.table('renderings').bulkAdd(v2.renderings);
  await old.table('dismissals').bulkAdd(v2.dismissals);
  await old.table('kv').bulkAdd(v2.kv);
  old.close();
}

describe('schema version 2 → 3', () => {
  it('keeps every record as it was and adds the pages table and the new indexes', async () => {
    const name = uniqueName('v2');
    await makeV2Database(name);
    const db = await openLibrary({ name });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.speakers.toArray()).toEqual(expect.arrayContaining(v2.speakers));
    expect(await db.speakers.count()).toBe(v2.speakers.length);
    for (const quote of v2.quotes) expect(await db.quotes.get(quote.id)).toEqual(quote);
    expect(await db.quotes.count()).toBe(v2.quotes.length);
    for (const rendering of v2.renderings) expect(await db.renderings.get(rendering.id)).toEqual(rendering);
    expect(await db.renderings.count()).toBe(v2.renderings.length);
    expect(await db.dismissals.count()).toBe(1);
    expect((await db.kv.get('library:revision'))?.value).toBe('rev-v2');
    // The version 3 indexes answer for rows written by version 2.
    expect(await db.renderings.where('origin').equals('captured').count()).toBe(1);
    expect(await db.renderings.where('url').equals('https://gazette.example/bridge').count()).toBe(1);
    expect(await db.pages.count()).toBe(0);
    db.close();
  });

  it('hands the backup a full export of the version 2 database first', async () => {
    const name = uniqueName('v2');
    await makeV2Database(name);
    const backup = vi.fn(async (_file: LibraryFile, fromVersion: number) => {
      expect(fromVersion).toBe(2);
    });
    const db = await openLibrary({ name, backup });
    expect(backup).toHaveBeenCalledTimes(1);
    const [file] = must(backup.mock.calls[0]);
    expect(file).toEqual(await exportLibrary(db));
    expect(file.quotes).toHaveLength(v2.quotes.length);
    expect(file.renderings.filter((r) => r.origin === 'user')).toHaveLength(
      v2.renderings.filter((r) => r.origin === 'user').length,
    );
    db.close();
  });
});
