import type { AppDB } from './db';
import { KV_KEYS, type KvEntry } from './tables/kv';

/**
 * Marks the library as changed, inside the transaction that changes it: a
 * persisted matcher index labelled with an older revision is then never
 * restored, even when the page that made the change never told the background.
 * Returns the new revision, which the background's index takes as its own.
 */
export async function markLibraryChanged(db: AppDB): Promise<string> {
  const entry = newRevision();
  await db.kv.put(entry);
  return entry.value;
}

/** A new revision as its kv row, for a caller that writes it with other kv rows in one request. */
export function newRevision(): KvEntry & { value: string } {
  return { key: KV_KEYS.revision, value: crypto.randomUUID() };
}

/** The library's current revision, or null for a library never changed since this key existed. */
export async function libraryRevision(db: AppDB): Promise<string | null> {
  return ((await db.kv.get(KV_KEYS.revision))?.value as string | undefined) ?? null;
}
