import bundledJson from '../library/bundled-library.json';
import type { AppDB } from '../library/db';
import { openLibrary } from '../library/open';
import type { LibraryFile } from '../library/model';
import { storeBackup } from '../manager/backup';

/** The library file shipped with this version of the extension. */
export const bundledLibrary = bundledJson as LibraryFile;

let db: Promise<AppDB> | undefined;

/**
 * The extension's one database handle. Dexie is opened here, in the
 * extension's origin, never in a content script (that would be the news
 * site's IndexedDB). Before a schema upgrade the old library is exported to
 * extension storage, so an upgrade can never lose a user's quotes.
 */
export function getDb(): Promise<AppDB> {
  db ??= openLibrary({ backup: storeBackup });
  // A failed open (blocked by another tab, storage full during the backup) is tried again next time.
  db.catch(() => (db = undefined));
  return db;
}
