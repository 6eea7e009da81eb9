/** Small state that needs no table of its own (matcher snapshot, bundled-library bookkeeping). */
export interface KvEntry {
  key: string;
  value: unknown;
}

/** Added in version 2. */
export const kvSchema = {
  2: 'key',
  3: 'key',
} as const;

/** Keys the library itself uses in kv, in one place so nobody collides with them. */
export const KV_KEYS = {
  /** Ids of bundled records the user deleted, so a bundled update does not bring them back. */
  bundledDeleted: 'library:bundled-deleted',
  /** When and what the last bundled merge brought in. */
  bundledMerged: 'library:bundled-merged',
  /** Changes with every write to the library; the persisted matcher index is labelled with it. */
  revision: 'library:revision',
} as const;
