import { normalizeText } from '../match/normalize';
import type { Table } from 'dexie';
import type { AppDB } from './db';
import { findSpeakerByName, renderingBucket } from './dedupe';
import type { LibraryFile, Quote, Rendering, Speaker } from './model';
import { undoable, type ChangeLog, type LibraryChange } from './undo';

/** What an import did, counted per kind, with every field where the library's value was kept. */
export interface ImportSummary {
  added: { speakers: number; quotes: number; renderings: number };
  /** Records the library already had (same id or a duplicate): merged, not doubled. */
  merged: { speakers: number; quotes: number; renderings: number };
  /** `quotes[3] (id "q-1").canonical`: fields where the file differed and the library's value stayed. */
  kept: string[];
}

type Kind = 'speakers' | 'quotes' | 'renderings';
type AnyRecord = Speaker | Quote | Rendering;

/** Fields that are references or bookkeeping: never merged field by field. */
const SKIP = new Set(['id', 'speakerId', 'quoteId', 'origin', 'edited']);

/**
 * The merge policy for one duplicate: the library's record wins every field
 * it has a value for; fields it lacks (null) are filled from the file; lists
 * (aliases, tags) are joined. Differences are reported, never applied.
 */
function mergeInto<T extends AnyRecord>(existing: T, incoming: T, where: string, kept: string[]): T | null {
  const next: Record<string, unknown> = { ...existing };
  let changed = false;
  for (const [field, value] of Object.entries(incoming)) {
    if (SKIP.has(field)) continue;
    const mine = next[field];
    if (Array.isArray(mine) && Array.isArray(value)) {
      const joined = [...new Set([...mine, ...value])];
      if (joined.length !== mine.length) {
        next[field] = joined;
        changed = true;
      }
    } else if (mine === null && value !== null) {
      next[field] = value;
      changed = true;
    } else if (value !== null && JSON.stringify(mine) !== JSON.stringify(value)) {
      kept.push(`${where}.${field}`);
    }
  }
  if (!changed) return null;
  if (existing.origin === 'bundled') next.edited = true;
  return next as T;
}

const where = (kind: Kind, index: number, id: string) => `${kind}[${index}] (id ${JSON.stringify(id)})`;

/**
 * Imports a validated library file all or nothing, in one transaction that is
 * also one undo step. Duplicates are merged, never doubled: a speaker with
 * the same id or name; a quote with the same id, or the same speaker and
 * normalized wording; a rendering with the same id, or the same quote, outlet
 * and normalized text. New records keep their ids, origin and edit flags, so
 * exporting and importing into an empty library gives the same library.
 */
export async function importLibrary(
  db: AppDB,
  file: LibraryFile,
  label = 'import',
): Promise<{ result: ImportSummary; changed: LibraryChange }> {
  return undoable(db, label, async (log) => {
    const summary: ImportSummary = {
      added: { speakers: 0, quotes: 0, renderings: 0 },
      merged: { speakers: 0, quotes: 0, renderings: 0 },
      kept: [],
    };
    const speakers = new Store<Speaker>(await db.speakers.toArray());
    const quotes = new Store<Quote>(await db.quotes.toArray());
    const renderings = new Store<Rendering>(await db.renderings.toArray());

    const speakerIds = new Map<string, string>();
    file.speakers.forEach((s, i) => {
      const existing = speakers.get(s.id) ?? findSpeakerByName(speakers.all(), s.name);
      speakerIds.set(s.id, existing?.id ?? s.id);
      if (!existing) return speakers.add(s);
      summary.merged.speakers++;
      speakers.update(existing, mergeInto(existing, s, where('speakers', i, s.id), summary.kept));
    });

    const quoteIds = new Map<string, string>();
    const wordingKey = (q: Pick<Quote, 'speakerId' | 'canonical'>) =>
      `${q.speakerId}\u0000${normalizeText(q.canonical)}`;
    const byWording = new Map(quotes.all().map((q) => [wordingKey(q), q.id]));
    file.quotes.forEach((raw, i) => {
      const q = { ...raw, speakerId: speakerIds.get(raw.speakerId) ?? raw.speakerId };
      const existing = quotes.get(q.id) ?? quotes.get(byWording.get(wordingKey(q)));
      quoteIds.set(q.id, existing?.id ?? q.id);
      if (!existing) {
        byWording.set(wordingKey(q), q.id);
        return quotes.add(q);
      }
      summary.merged.quotes++;
      quotes.update(existing, mergeInto(existing, q, where('quotes', i, q.id), summary.kept));
    });

    // Same quote and outlet first (cheap); the text is normalized only when that already has renderings.
    const buckets = new Map<string, string[]>();
    const bucketOf = (r: Rendering) => {
      const key = renderingBucket(r);
      let ids = buckets.get(key);
      if (!ids) buckets.set(key, (ids = []));
      return ids;
    };
    for (const r of renderings.all()) bucketOf(r).push(r.id);
    const normalized = new Map<string, string>();
    const textOf = (r: Rendering) => {
      let text = normalized.get(r.id);
      if (text === undefined) normalized.set(r.id, (text = normalizeText(r.text)));
      return text;
    };
    file.renderings.forEach((raw, i) => {
      const r = { ...raw, quoteId: quoteIds.get(raw.quoteId) ?? raw.quoteId };
      const bucket = bucketOf(r);
      const same = () => {
        if (!bucket.length) return undefined;
        const text = normalizeText(r.text);
        return bucket.map((id) => renderings.get(id)).find((other) => other && textOf(other) === text);
      };
      const existing = renderings.get(r.id) ?? same();
      if (!existing) {
        bucket.push(r.id);
        return renderings.add(r);
      }
      summary.merged.renderings++;
      renderings.update(existing, mergeInto(existing, r, where('renderings', i, r.id), summary.kept));
    });

    await speakers.write(db.speakers, 'speakers', log);
    await quotes.write(db.quotes, 'quotes', log);
    await renderings.write(db.renderings, 'renderings', log);
    summary.added = {
      speakers: speakers.added.length,
      quotes: quotes.added.length,
      renderings: renderings.added.length,
    };
    return summary;
  });
}

/** One table's rows during an import: what is there, what the file adds, and what it changes. */
class Store<T extends AnyRecord> {
  private readonly byId: Map<string, T>;
  private readonly addedIds = new Set<string>();
  private readonly before = new Map<string, T>();

  constructor(rows: T[]) {
    this.byId = new Map(rows.map((r) => [r.id, r]));
  }

  get(id: string | undefined): T | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): T[] {
    return [...this.byId.values()];
  }

  get added(): T[] {
    return [...this.addedIds].map((id) => this.byId.get(id)).filter((row): row is T => row !== undefined);
  }

  add(row: T): void {
    this.byId.set(row.id, row);
    this.addedIds.add(row.id);
  }

  update(existing: T, next: T | null): void {
    if (!next) return;
    if (!this.addedIds.has(existing.id) && !this.before.has(existing.id))
      this.before.set(existing.id, existing);
    this.byId.set(existing.id, next);
  }

  async write(table: Table<T, string>, name: Kind, log: ChangeLog): Promise<void> {
    const added = this.added;
    const quoteOf = (row: T) => ('quoteId' in row ? row.quoteId : undefined);
    for (const row of added) log.touchKnown(name, row.id, null, quoteOf(row));
    for (const [id, row] of this.before) log.touchKnown(name, id, row, quoteOf(row));
    await table.bulkAdd(added);
    await table.bulkPut(
      [...this.before.keys()].map((id) => this.byId.get(id)).filter((row): row is T => row !== undefined),
    );
  }
}
