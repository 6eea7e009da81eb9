import type { Transaction } from 'dexie';

/** Rows for one table of the transaction: `add` for new keys (a key already stored fails it), `put` to replace. */
export interface QueuedWrite {
  table: string;
  mode: 'add' | 'put';
  rows: readonly unknown[];
}

/**
 * Queues rows straight on the IndexedDB transaction under a Dexie one, with
 * no handler and no promise per request: capture's writes through Dexie's
 * bulk calls cost the background about half a millisecond a page more
 * (bench/capture-browser.ts, against the floor of the same run). Nothing is
 * lost in safety: a request that fails reaches the transaction's error
 * handler, Dexie aborts the transaction and its promise rejects, so none of
 * its rows are kept. Requests run in the order made, so reads made after
 * these see them.
 */
export function queueWrites(trans: Transaction, writes: readonly QueuedWrite[]): void {
  for (const { table, mode, rows } of writes) {
    if (!rows.length) continue;
    const store = trans.idbtrans.objectStore(table);
    for (const row of rows) store[mode](row);
  }
}
