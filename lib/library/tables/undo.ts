/** A table the undo log can restore. */
export type UndoTable = 'speakers' | 'quotes' | 'renderings' | 'kv';

/** One row as it was before a change: `before` null means the change created it. */
export interface UndoChange {
  table: UndoTable;
  key: string;
  before: unknown;
}

/**
 * One undoable action (delete, merge, move, import, restore): the before-image
 * of every row it touched, so undo needs no per-action inverse code.
 */
export interface UndoEntry {
  id?: number;
  label: string;
  /** ISO timestamp. */
  date: string;
  changes: UndoChange[];
}

/** Added in version 2; auto-increment so the newest entry is the last key. */
export const undoSchema = {
  2: '++id',
  3: '++id',
} as const;

/** How many actions can be undone; older entries are dropped. */
export const UNDO_DEPTH = 20;
