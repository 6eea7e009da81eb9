import type { Table } from 'dexie';
import { markLibraryChanged } from './revision';
import type { AppDB } from './db';
import type { Rendering } from './model';
import { UNDO_DEPTH, type UndoChange, type UndoEntry, type UndoTable } from './tables/undo';

/** Which quotes a change touched, so the background can re-index just those. */
export interface LibraryChange {
  quoteIds: string[];
  removedQuoteIds: string[];
}

/**
 * Collects the before-image of each row a change touches. Call `touch` before
 * writing a row; the first image of a row is the one kept.
 */
export class ChangeLog {
  readonly changes: UndoChange[] = [];
  /** Renderings whose quote after the change is known, so no read is needed to report it. */
  readonly renderingQuotes = new Map<string, string>();
  private readonly seen = new Set<string>();
  constructor(private readonly db: AppDB) {}

  async touch(table: UndoTable, key: string): Promise<void> {
    const id = `${table}\u0000${key}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const before = await (this.db.table(table) as Table<unknown, string>).get(key);
    this.changes.push({ table, key, before: before ?? null });
  }

  /** For rows the caller already holds (bulk imports): no read needed. `quoteId`: a rendering's quote after the change. */
  touchKnown(table: UndoTable, key: string, before: unknown, quoteId?: string): void {
    if (table === 'renderings' && quoteId !== undefined) this.renderingQuotes.set(key, quoteId);
    const id = `${table}\u0000${key}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.changes.push({ table, key, before: before ?? null });
  }
}

async function affectedQuotes(
  db: AppDB,
  changes: UndoChange[],
  known: Map<string, string> = new Map(),
): Promise<LibraryChange> {
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const c of changes) {
    if (c.table === 'quotes') ids.add(c.key);
    if (c.table === 'renderings') {
      const after = known.get(c.key);
      if (after === undefined) unknown.push(c.key);
      else ids.add(after);
      const before = c.before as Rendering | null;
      if (before) ids.add(before.quoteId);
    }
  }
  for (const r of await db.renderings.bulkGet(unknown)) if (r) ids.add(r.quoteId);
  // Few ids: look them up; many (an import): reading every key is one cheap cursor.
  const present = new Set<string>(
    ids.size > 500
      ? ((await db.quotes.toCollection().primaryKeys()) as string[])
      : (await db.quotes.bulkGet([...ids])).flatMap((q) => (q ? [q.id] : [])),
  );
  const quoteIds: string[] = [];
  const removedQuoteIds: string[] = [];
  for (const id of ids) (present.has(id) ? quoteIds : removedQuoteIds).push(id);
  return { quoteIds, removedQuoteIds };
}

const TABLES = (db: AppDB) => [db.speakers, db.quotes, db.renderings, db.kv, db.undo];

/**
 * Runs a change in one read-write transaction and logs it for undo: either
 * all of it happens, with its undo entry, or none of it does.
 */
export async function undoable<T>(
  db: AppDB,
  label: string,
  change: (log: ChangeLog) => Promise<T>,
): Promise<{ result: T; changed: LibraryChange }> {
  return db.transaction('rw', TABLES(db), async () => {
    const log = new ChangeLog(db);
    const result = await change(log);
    if (log.changes.length) {
      await markLibraryChanged(db);
      await db.undo.add({ label, date: new Date().toISOString(), changes: log.changes });
      const count = await db.undo.count();
      if (count > UNDO_DEPTH) {
        const old = await db.undo
          .orderBy(':id')
          .limit(count - UNDO_DEPTH)
          .primaryKeys();
        await db.undo.bulkDelete(old);
      }
    }
    return { result, changed: await affectedQuotes(db, log.changes, log.renderingQuotes) };
  });
}

/** What the next undo would undo, for the Undo button's label. */
export async function nextUndo(db: AppDB): Promise<string | null> {
  return (await db.undo.orderBy(':id').last())?.label ?? null;
}

/** Puts back every row the last logged change touched, newest first; null when there is nothing to undo. */
export async function undoLast(db: AppDB): Promise<({ label: string } & LibraryChange) | null> {
  return db.transaction('rw', TABLES(db), async () => {
    const entry: UndoEntry | undefined = await db.undo.orderBy(':id').last();
    if (!entry) return null;
    const afterChange = await affectedQuotes(db, entry.changes);
    // Each row appears once in a log, so the rows can be put back table by table in bulk.
    for (const name of new Set(entry.changes.map((c) => c.table))) {
      const rows = entry.changes.filter((c) => c.table === name);
      const table = db.table(name) as Table<unknown, string>;
      await table.bulkDelete(rows.filter((c) => c.before === null).map((c) => c.key));
      await table.bulkPut(rows.filter((c) => c.before !== null).map((c) => c.before));
    }
    if (entry.id !== undefined) await db.undo.delete(entry.id);
    await markLibraryChanged(db);
    const afterUndo = await affectedQuotes(db, entry.changes);
    const all = new Set([...afterChange.quoteIds, ...afterChange.removedQuoteIds, ...afterUndo.quoteIds]);
    const present = new Set(afterUndo.quoteIds);
    return {
      label: entry.label,
      quoteIds: [...all].filter((id) => present.has(id)),
      removedQuoteIds: [...all].filter((id) => !present.has(id)),
    };
  });
}
