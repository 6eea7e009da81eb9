import type { AppDB } from './db';
import { findSpeakerByName, renderingKey } from './dedupe';
import type { LibraryFile, Quote, Rendering, Speaker } from './model';
import { KV_KEYS } from './tables/kv';
import { ChangeLog, undoable, type LibraryChange } from './undo';
import { markLibraryChanged } from './revision';

/** What a bundled merge or restore did. */
export interface BundledSummary {
  added: number;
  updated: number;
  /** Bundled records the user edited (or made their own) that were left as they are. */
  keptEdited: number;
  /** Bundled records the user deleted that stayed deleted. */
  keptDeleted: number;
}

type AnyRecord = Speaker | Quote | Rendering;

const same = (a: AnyRecord, b: AnyRecord) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The one pass behind both mergeBundled and restoreBundled. `restore` puts
 * every bundled record back as shipped (edits to bundled records undone,
 * deleted ones back); without it, edited and deleted records are left alone.
 * The user's own records (origin user or captured) are never touched either way.
 */
async function applyBundled(
  db: AppDB,
  file: LibraryFile,
  restore: boolean,
  log: ChangeLog,
): Promise<BundledSummary> {
  const summary: BundledSummary = { added: 0, updated: 0, keptEdited: 0, keptDeleted: 0 };
  const deleted = new Set(
    restore ? [] : (((await db.kv.get(KV_KEYS.bundledDeleted))?.value as string[]) ?? []),
  );
  const speakers = await db.speakers.toArray();
  const speakerById = new Map(speakers.map((s) => [s.id, s]));

  /** Puts a bundled record in unless policy says the library's copy stays. */
  const place = async <T extends AnyRecord>(
    table: 'speakers' | 'quotes' | 'renderings',
    record: T,
    current: T | undefined,
  ) => {
    if (!current) {
      if (deleted.has(record.id)) {
        summary.keptDeleted++;
        return false;
      }
      await log.touch(table, record.id);
      await db.table(table).add(record);
      summary.added++;
      return true;
    }
    if (current.origin !== 'bundled' || (current.edited && !restore)) {
      summary.keptEdited++;
      return true;
    }
    if (!same(current, record)) {
      await log.touch(table, record.id);
      await db.table(table).put(record);
      summary.updated++;
    }
    return true;
  };

  // A bundled speaker the user already added under the same name is the same person: use the user's record.
  const speakerIds = new Map<string, string>();
  for (const s of file.speakers) {
    const mine = speakerById.get(s.id) ? undefined : findSpeakerByName(speakers, s.name);
    if (mine && mine.origin !== 'bundled') {
      speakerIds.set(s.id, mine.id);
      continue;
    }
    speakerIds.set(s.id, s.id);
    await place('speakers', s, speakerById.get(s.id));
  }

  const present = new Set<string>();
  const quotes = new Map(
    (await db.quotes.bulkGet(file.quotes.map((q) => q.id)))
      .map((q) => (q ? [q.id, q] : null))
      .filter((e): e is [string, Quote] => e !== null),
  );
  for (const raw of file.quotes) {
    const q = { ...raw, speakerId: speakerIds.get(raw.speakerId) ?? raw.speakerId };
    if (await place('quotes', q, quotes.get(q.id))) present.add(q.id);
  }

  const existing = await db.renderings.bulkGet(file.renderings.map((r) => r.id));
  // Only the bundled quotes' own renderings can duplicate a bundled rendering: reading just those keeps a big library fast.
  const bundledQuoteIds = [...new Set(file.renderings.map((r) => r.quoteId))];
  const userKeys = new Set(
    (await db.renderings.where('quoteId').anyOf(bundledQuoteIds).toArray())
      .filter((r) => r.origin !== 'bundled')
      .map(renderingKey),
  );
  for (const [i, r] of file.renderings.entries()) {
    const current = existing[i];
    if (!current && (!present.has(r.quoteId) || userKeys.has(renderingKey(r)))) {
      // Its quote stays deleted, or the user already saved the same words from the same outlet.
      summary.keptDeleted++;
      continue;
    }
    await place('renderings', r, current);
  }

  if (restore) {
    await log.touch('kv', KV_KEYS.bundledDeleted);
    await db.kv.delete(KV_KEYS.bundledDeleted);
  }
  return summary;
}

/**
 * Brings a newer bundled library in (on install and every update): new
 * bundled records are added, untouched bundled records refreshed, and
 * whatever the user added, edited, moved or deleted stays as they left it.
 */
export async function mergeBundled(db: AppDB, file: LibraryFile): Promise<BundledSummary> {
  return db.transaction('rw', [db.speakers, db.quotes, db.renderings, db.kv], async () => {
    await markLibraryChanged(db);
    const summary = await applyBundled(db, file, false, new ChangeLog(db));
    await db.kv.put({ key: KV_KEYS.bundledMerged, value: { date: new Date().toISOString(), ...summary } });
    return summary;
  });
}

/**
 * "Restore bundled quotes": every bundled record comes back as shipped,
 * deleted ones included, while the user's own quotes and renderings stay.
 * One undo step, so a restore by mistake can be taken back.
 */
export async function restoreBundled(
  db: AppDB,
  file: LibraryFile,
): Promise<{ result: BundledSummary; changed: LibraryChange }> {
  return undoable(db, 'restore the bundled quotes', (log) => applyBundled(db, file, true, log));
}
