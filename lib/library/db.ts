import Dexie, { type Table } from 'dexie';
import type { Quote, Rendering, Speaker } from './model';
import { dismissalsSchema, type Dismissal } from './tables/dismissals';
import { kvSchema, type KvEntry } from './tables/kv';
import { pagesSchema, type ReadPage } from './tables/pages';
import { quotesSchema, upgradeQuoteV1, type QuoteV1 } from './tables/quotes';
import { renderingsSchema, upgradeRenderingV1, type RenderingV1 } from './tables/renderings';
import { speakersSchema, upgradeSpeakerV1, type SpeakerV1 } from './tables/speakers';
import { undoSchema, type UndoEntry } from './tables/undo';

export const DEFAULT_DB_NAME = 'verbatim';

/** The schema version this release writes; openLibrary backs up any older database before reaching it. */
export const SCHEMA_VERSION = 3;

/**
 * The library database. Every schema version stays declared, in order, so a
 * database left by any past release opens and upgrades step by step; data
 * changes live in each version's `upgrade`, never in ad-hoc code elsewhere.
 *
 * Version 1 (first release): speakers, quotes, renderings only.
 * Version 2: origin/edited flags, tags, primary source, language and
 * translation, plus dismissals, kv and the undo log.
 * Version 3: `pages` (what capture-while-reading remembers of each page) and
 * rendering indexes on origin and URL; no row changes shape, so no upgrade.
 */
export class AppDB extends Dexie {
  speakers!: Table<Speaker, string>;
  quotes!: Table<Quote, string>;
  renderings!: Table<Rendering, string>;
  dismissals!: Table<Dismissal, [string, string, string]>;
  kv!: Table<KvEntry, string>;
  undo!: Table<UndoEntry, number>;
  pages!: Table<ReadPage, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // No liveQuery reads this database, so Dexie's optimistic cache would only copy every row each write touches.
    super(name, { cache: 'disabled' });
    // Nor does anything observe it: Dexie's change tracking would compute the key ranges of every write and
    // broadcast them to every extension page after each commit (capture's per-page cost, measured).
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    this.version(1).stores({
      speakers: speakersSchema[1],
      quotes: quotesSchema[1],
      renderings: renderingsSchema[1],
    });
    this.version(2)
      .stores({
        speakers: speakersSchema[2],
        quotes: quotesSchema[2],
        renderings: renderingsSchema[2],
        dismissals: dismissalsSchema[2],
        kv: kvSchema[2],
        undo: undoSchema[2],
      })
      .upgrade(async (tx) => {
        await tx
          .table('speakers')
          .toCollection()
          .modify((row: SpeakerV1, ref: { value: unknown }) => {
            ref.value = upgradeSpeakerV1(row);
          });
        await tx
          .table('quotes')
          .toCollection()
          .modify((row: QuoteV1, ref: { value: unknown }) => {
            ref.value = upgradeQuoteV1(row);
          });
        await tx
          .table('renderings')
          .toCollection()
          .modify((row: RenderingV1, ref: { value: unknown }) => {
            ref.value = upgradeRenderingV1(row);
          });
      });
    this.version(3).stores({
      speakers: speakersSchema[3],
      quotes: quotesSchema[3],
      renderings: renderingsSchema[3],
      dismissals: dismissalsSchema[3],
      kv: kvSchema[3],
      undo: undoSchema[3],
      pages: pagesSchema[3],
    });
  }
}
