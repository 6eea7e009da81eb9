import bundledJson from '../library/bundled-library.json';
import { restoreBundled } from '../library/bundled';
import { libraryToCsv } from '../library/csv';
import type { AppDB } from '../library/db';
import { exportLibrary, serializeLibrary } from '../library/file-format';
import { describeImport, importLibraryText } from '../library/import-text';
import type { LibraryData, LibraryFile, Quote, Rendering, Speaker } from '../library/model';
import { openLibrary } from '../library/open';
import { keepQuote } from '../library/reading';
import * as ops from '../library/operations';
import type { LibraryChange } from '../library/undo';
import { sendMessage } from '../messaging';
import { storeBackup } from './backup';

/** What a new quote needs from the manager; the rest gets sensible defaults. */
export interface NewQuote {
  speakerId: string;
  canonical: string;
  event?: string | null;
  date?: string | null;
}

export type RenderingFields = Omit<Rendering, 'id' | 'origin' | 'edited'>;

/**
 * Everything the manager does to the library, in one interface so the UI can
 * be tested against it and the background is told about every change.
 */
export interface LibraryClient {
  load(): Promise<LibraryData>;
  /** Makes a speaker (or finds one by name or alias) and returns its id. */
  addSpeaker(name: string): Promise<string>;
  saveSpeaker(speaker: Speaker): Promise<void>;
  addQuote(input: NewQuote): Promise<string>;
  saveQuote(quote: Quote): Promise<void>;
  deleteQuote(id: string): Promise<void>;
  addRendering(rendering: RenderingFields): Promise<void>;
  saveRendering(rendering: RenderingFields & { id?: string }): Promise<void>;
  deleteRendering(id: string): Promise<void>;
  mergeQuotes(targetId: string, sourceId: string): Promise<void>;
  moveRendering(renderingId: string, toQuoteId: string): Promise<void>;
  /** The label of what Undo would undo now, or null. */
  nextUndo(): Promise<string | null>;
  /** Returns the label of what was undone, or null when there is nothing to undo. */
  undo(): Promise<string | null>;
  /** Imports a JSON or CSV file all or nothing; returns a summary, throws ImportError with every error. */
  importFile(name: string, text: string): Promise<string>;
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
  restoreBundled(): Promise<string>;
  /** A quote seen while reading becomes the reader's own (see keepQuote). */
  keepQuote(id: string): Promise<void>;
}

export interface LibraryClientOptions {
  /** The database to use (tests pass their own); by default the extension's library. */
  db?: Promise<AppDB>;
  /** Tells the matcher which quotes changed; by default a message to the background. */
  notify?: (change: LibraryChange) => Promise<void>;
  bundled?: LibraryFile;
}

async function notifyBackground(change: LibraryChange): Promise<void> {
  if (!change.quoteIds.length && !change.removedQuoteIds.length) return;
  // The background rebuilds its index from Dexie when it next starts, so a missed message loses nothing.
  await sendMessage('notifyLibraryChanged', change).catch(() => undefined);
}

/**
 * The manager's library, opened in the options page itself (extension origin,
 * so Dexie is the same database the background uses). Every change is one
 * transaction, logged for undo, then announced to the background.
 */
export function createLibraryClient(options: LibraryClientOptions = {}): LibraryClient {
  const dbPromise = options.db ?? openLibrary({ backup: storeBackup });
  const notify = options.notify ?? notifyBackground;
  const bundled = options.bundled ?? (bundledJson as LibraryFile);

  const run = async <T>(
    change: (db: AppDB) => Promise<{ result: T; changed: LibraryChange }>,
  ): Promise<T> => {
    const { result, changed } = await change(await dbPromise);
    // Not awaited: the background re-indexes at its own pace (a 10k-quote import takes it a while),
    // and the manager reads Dexie itself, so the reader need not wait for the matcher.
    void notify(changed);
    return result;
  };

  return {
    load: async () => ops.loadLibrary(await dbPromise),
    addSpeaker: (name) => run((db) => ops.addSpeaker(db, { name })),
    saveSpeaker: (speaker) =>
      run(async (db) => {
        const done = await ops.saveSpeaker(db, speaker);
        // Every quote of the speaker shows the new name or aliases.
        const quoteIds = (await db.quotes.where('speakerId').equals(speaker.id).primaryKeys()) as string[];
        return { ...done, changed: { quoteIds, removedQuoteIds: [] } };
      }),
    addQuote: (input) => run((db) => ops.addQuote(db, input)),
    saveQuote: (quote) => run((db) => ops.saveQuote(db, quote)),
    deleteQuote: (id) => run((db) => ops.deleteQuote(db, id)),
    addRendering: (rendering) => run((db) => ops.addRendering(db, rendering)).then(() => undefined),
    saveRendering: async ({ id, ...fields }) => {
      if (id) await run((db) => ops.saveRendering(db, { ...fields, id }));
      else await run((db) => ops.addRendering(db, fields));
    },
    deleteRendering: (id) => run((db) => ops.deleteRendering(db, id)),
    mergeQuotes: (targetId, sourceId) => run((db) => ops.mergeQuotes(db, targetId, sourceId)),
    moveRendering: (renderingId, toQuoteId) => run((db) => ops.moveRendering(db, renderingId, toQuoteId)),
    nextUndo: async () => ops.nextUndo(await dbPromise),
    undo: async () => {
      const undone = await ops.undoLast(await dbPromise);
      if (!undone) return null;
      void notify(undone);
      return undone.label;
    },
    importFile: async (name, text) =>
      describeImport(name, await run((db) => importLibraryText(db, name, text))),
    exportJson: async () => serializeLibrary(await exportLibrary(await dbPromise)),
    exportCsv: async () => libraryToCsv(await exportLibrary(await dbPromise)),
    keepQuote: (id) => run(async (db) => ({ result: undefined, changed: await keepQuote(db, id) })),
    restoreBundled: async () => {
      const s = await run((db) => restoreBundled(db, bundled));
      return `Restored the bundled quotes: ${s.added} record${s.added === 1 ? '' : 's'} brought back, ${s.updated} reset to the shipped version; your own quotes were kept.`;
    },
  };
}
