import Dexie from 'dexie';
import { AppDB, DEFAULT_DB_NAME, SCHEMA_VERSION } from './db';
import {
  LIBRARY_FORMAT,
  LIBRARY_FORMAT_VERSION,
  type LibraryFile,
  type Quote,
  type Rendering,
  type Speaker,
} from './model';
import { upgradeQuoteV1, type QuoteV1 } from './tables/quotes';
import { upgradeRenderingV1, type RenderingV1 } from './tables/renderings';
import { upgradeSpeakerV1, type SpeakerV1 } from './tables/speakers';

export interface OpenLibraryOptions {
  name?: string;
  /**
   * Keeps a full export of the old database before a schema upgrade runs. If
   * it throws, the upgrade does not happen and openLibrary rejects: an
   * upgrade never runs without a backup.
   */
  backup?: (file: LibraryFile, fromVersion: number) => Promise<void>;
}

/**
 * Reads an older database as a library file in today's format, with the same
 * field defaults the upgrade will fill, so the backup imports like any export.
 */
async function readOldLibrary(old: Dexie, fromVersion: number): Promise<LibraryFile> {
  const rows = async <T>(table: string): Promise<T[]> =>
    old.tables.some((t) => t.name === table) ? ((await old.table(table).toArray()) as T[]) : [];
  if (fromVersion === 1)
    return {
      format: LIBRARY_FORMAT,
      version: LIBRARY_FORMAT_VERSION,
      speakers: (await rows<SpeakerV1>('speakers')).map(upgradeSpeakerV1),
      quotes: (await rows<QuoteV1>('quotes')).map(upgradeQuoteV1),
      renderings: (await rows<RenderingV1>('renderings')).map(upgradeRenderingV1),
    };
  // Version 2 rows already have today's shape; version 3 only added a table and indexes.
  if (fromVersion === 2)
    return {
      format: LIBRARY_FORMAT,
      version: LIBRARY_FORMAT_VERSION,
      speakers: await rows<Speaker>('speakers'),
      quotes: await rows<Quote>('quotes'),
      renderings: await rows<Rendering>('renderings'),
    };
  throw new Error(`no backup reader for library schema version ${fromVersion}`);
}

/**
 * Opens the library. An existing database is first opened without a schema
 * (Dexie's dynamic mode) to learn its version; when it is older than this
 * release's, its data is exported to `backup` before AppDB upgrades it.
 */
export async function openLibrary(options: OpenLibraryOptions = {}): Promise<AppDB> {
  const name = options.name ?? DEFAULT_DB_NAME;
  if (await Dexie.exists(name)) {
    const old = new Dexie(name);
    try {
      await old.open();
      // Dexie reports native version / 10; a development build may leave a fraction, so compare whole versions.
      const fromVersion = Math.floor(old.verno);
      if (fromVersion > SCHEMA_VERSION) {
        throw new Error(
          `the library was written by a newer Verbatim (schema ${fromVersion}, this one knows ${SCHEMA_VERSION})`,
        );
      }
      if (fromVersion < SCHEMA_VERSION && options.backup) {
        await options.backup(await readOldLibrary(old, fromVersion), fromVersion);
      }
    } finally {
      old.close();
    }
  }
  const db = new AppDB(name);
  await db.open();
  return db;
}
