import type { AppDB } from './db';
import { normalizeText } from '../match/normalize';
import { findSpeakerByName } from './dedupe';
import { newId } from './ids';
import type { LibraryData, Origin, Quote, Rendering, Speaker } from './model';
import { KV_KEYS } from './tables/kv';
import { undoable, type ChangeLog, type LibraryChange } from './undo';

export { nextUndo, undoLast, type LibraryChange } from './undo';

/** The whole library in memory, read in one transaction so the matcher never sees half a change. */
export async function loadLibrary(db: AppDB): Promise<LibraryData> {
  return db.transaction('r', db.speakers, db.quotes, db.renderings, async () => ({
    speakers: await db.speakers.toArray(),
    quotes: await db.quotes.toArray(),
    renderings: await db.renderings.toArray(),
  }));
}

/** A change's own result with the quotes it touched, for `notifyLibraryChanged`. */
export interface Changed<T = void> {
  result: T;
  changed: LibraryChange;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(date: string | null, what: string): void {
  if (date !== null && !DATE.test(date)) throw new Error(`${what}: expected YYYY-MM-DD, got "${date}"`);
}

function checkText(value: string, what: string): void {
  if (!value.trim()) throw new Error(`${what} cannot be empty`);
}

/** Records a bundled id the user deleted, so a bundled update does not bring it back. */
async function rememberDeletedBundled(db: AppDB, log: ChangeLog, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await log.touch('kv', KV_KEYS.bundledDeleted);
  const current = ((await db.kv.get(KV_KEYS.bundledDeleted))?.value as string[] | undefined) ?? [];
  await db.kv.put({ key: KV_KEYS.bundledDeleted, value: [...new Set([...current, ...ids])] });
}

/** The speaker called `name` (or one of its aliases), made when the library has none. */
export async function ensureSpeaker(
  db: AppDB,
  log: ChangeLog,
  name: string,
  origin: Origin,
): Promise<Speaker> {
  checkText(name, 'The speaker’s name');
  const found = findSpeakerByName(await db.speakers.toArray(), name);
  if (found) return found;
  const speaker: Speaker = { id: newId('s'), name: name.trim(), aliases: [], origin, edited: false };
  await log.touch('speakers', speaker.id);
  await db.speakers.add(speaker);
  return speaker;
}

export interface NewSpeakerInput {
  name: string;
  aliases?: string[];
}

/** The speaker of that name (or alias) when the library has one, else a new one: never a double. */
export async function addSpeaker(db: AppDB, input: NewSpeakerInput): Promise<Changed<string>> {
  return undoable(db, `add speaker ${input.name.trim()}`, async (log) => {
    const existing = findSpeakerByName(await db.speakers.toArray(), input.name);
    if (existing) return existing.id;
    const speaker = await ensureSpeaker(db, log, input.name, 'user');
    if (input.aliases?.length) await db.speakers.update(speaker.id, { aliases: input.aliases });
    return speaker.id;
  });
}

/** Saves a speaker; a bundled one is marked edited so bundled updates leave it alone. */
export async function saveSpeaker(db: AppDB, speaker: Speaker): Promise<Changed> {
  return undoable(db, `edit speaker ${speaker.name}`, async (log) => {
    checkText(speaker.name, 'The speaker’s name');
    const before = await db.speakers.get(speaker.id);
    if (!before) throw new Error('that speaker is no longer in the library');
    await log.touch('speakers', speaker.id);
    const aliases = speaker.aliases.map((a) => a.trim()).filter(Boolean);
    await db.speakers.put({
      ...speaker,
      name: speaker.name.trim(),
      aliases,
      origin: before.origin,
      edited: true,
    });
  });
}

export interface NewQuoteInput {
  speakerId: string;
  canonical: string;
  canonicalReason?: string;
  event?: string | null;
  date?: string | null;
  primarySource?: string | null;
  tags?: string[];
}

export async function addQuote(
  db: AppDB,
  input: NewQuoteInput,
  origin: Origin = 'user',
): Promise<Changed<string>> {
  return undoable(db, 'add a quote', async (log) => {
    checkText(input.canonical, 'The wording');
    checkDate(input.date ?? null, 'Date');
    const speaker = await db.speakers.get(input.speakerId);
    if (!speaker) throw new Error('choose a speaker from the library');
    // A second copy of a quote splits its renderings in two and the matcher then finds either at random.
    const words = normalizeText(input.canonical);
    const same = (await db.quotes.where('speakerId').equals(speaker.id).toArray()).find(
      (q) => normalizeText(q.canonical) === words,
    );
    if (same)
      throw new Error(
        `${speaker.name} already has this quote in the library (search for it to add a wording, or edit it)`,
      );
    const quote: Quote = {
      id: newId('q'),
      speakerId: input.speakerId,
      canonical: input.canonical.trim(),
      canonicalReason: input.canonicalReason ?? 'Entered by hand.',
      event: input.event ?? null,
      date: input.date ?? null,
      primarySource: input.primarySource ?? null,
      tags: input.tags ?? [],
      origin,
      edited: false,
    };
    await log.touch('quotes', quote.id);
    await db.quotes.add(quote);
    return quote.id;
  });
}

/** Saves a quote's fields; a bundled quote is marked edited so bundled updates leave it alone. */
export async function saveQuote(db: AppDB, quote: Quote): Promise<Changed> {
  return undoable(db, 'edit a quote', async (log) => {
    checkText(quote.canonical, 'The wording');
    checkDate(quote.date, 'Date');
    const before = await db.quotes.get(quote.id);
    if (!before) throw new Error('that quote is no longer in the library');
    if (!(await db.speakers.get(quote.speakerId))) throw new Error('choose a speaker from the library');
    await log.touch('quotes', quote.id);
    const blank = (v: string | null) => (v && v.trim() ? v.trim() : null);
    await db.quotes.put({
      ...quote,
      canonical: quote.canonical.trim(),
      event: blank(quote.event),
      primarySource: blank(quote.primarySource),
      tags: [...new Set(quote.tags.map((t) => t.trim()).filter(Boolean))],
      origin: before.origin,
      edited: true,
    });
  });
}

/** Deletes a quote with its renderings (undoable). */
export async function deleteQuote(db: AppDB, id: string): Promise<Changed> {
  return undoable(db, 'delete a quote', async (log) => {
    const quote = await db.quotes.get(id);
    if (!quote) throw new Error('that quote is no longer in the library');
    const renderings = await db.renderings.where('quoteId').equals(id).toArray();
    for (const r of renderings) log.touchKnown('renderings', r.id, r);
    log.touchKnown('quotes', id, quote);
    await rememberDeletedBundled(
      db,
      log,
      [quote, ...renderings].filter((r) => r.origin === 'bundled').map((r) => r.id),
    );
    await db.renderings.bulkDelete(renderings.map((r) => r.id));
    await db.quotes.delete(id);
  });
}

export type RenderingInput = Omit<Rendering, 'id' | 'origin' | 'edited'>;

function checkRendering(r: RenderingInput): void {
  checkText(r.text, 'The printed text');
  checkText(r.outlet, 'The outlet');
  checkDate(r.date, 'Date');
}

export async function addRendering(
  db: AppDB,
  input: RenderingInput,
  origin: Origin = 'user',
): Promise<Changed<string>> {
  return undoable(db, 'add a rendering', async (log) => {
    checkRendering(input);
    if (!(await db.quotes.get(input.quoteId))) throw new Error('that quote is no longer in the library');
    const rendering: Rendering = {
      ...input,
      id: newId('r'),
      text: input.text.trim(),
      outlet: input.outlet.trim(),
      origin,
      edited: false,
    };
    await log.touch('renderings', rendering.id);
    await db.renderings.add(rendering);
    return rendering.id;
  });
}

/** Saves a rendering's fields; a bundled one is marked edited. */
export async function saveRendering(db: AppDB, input: RenderingInput & { id: string }): Promise<Changed> {
  return undoable(db, 'edit a rendering', async (log) => {
    checkRendering(input);
    const before = await db.renderings.get(input.id);
    if (!before) throw new Error('that rendering is no longer in the library');
    if (!(await db.quotes.get(input.quoteId))) throw new Error('that quote is no longer in the library');
    await log.touch('renderings', input.id);
    await db.renderings.put({
      ...input,
      text: input.text.trim(),
      outlet: input.outlet.trim(),
      origin: before.origin,
      edited: true,
    });
  });
}

export async function deleteRendering(db: AppDB, id: string): Promise<Changed> {
  return undoable(db, 'delete a rendering', async (log) => {
    const rendering = await db.renderings.get(id);
    if (!rendering) throw new Error('that rendering is no longer in the library');
    log.touchKnown('renderings', id, rendering);
    if (rendering.origin === 'bundled') await rememberDeletedBundled(db, log, [id]);
    await db.renderings.delete(id);
  });
}

/** Moves one rendering to another quote; it counts as an edit, so bundled updates leave it where the user put it. */
export async function moveRendering(db: AppDB, renderingId: string, toQuoteId: string): Promise<Changed> {
  return undoable(db, 'move a rendering', async (log) => {
    const rendering = await db.renderings.get(renderingId);
    if (!rendering) throw new Error('that rendering is no longer in the library');
    if (!(await db.quotes.get(toQuoteId))) throw new Error('the target quote is no longer in the library');
    if (rendering.quoteId === toQuoteId) return;
    log.touchKnown('renderings', renderingId, rendering, toQuoteId);
    await db.renderings.put({ ...rendering, quoteId: toQuoteId, edited: true });
  });
}

/**
 * Merges `sourceId` into `targetId`: every rendering moves to the target, the
 * target keeps its wording and speaker and takes the source's tags and any
 * field it lacks, and the source quote goes. Undoable.
 */
export async function mergeQuotes(db: AppDB, targetId: string, sourceId: string): Promise<Changed> {
  return undoable(db, 'merge two quotes', async (log) => {
    if (targetId === sourceId) throw new Error('a quote cannot be merged into itself');
    const [target, source] = await db.quotes.bulkGet([targetId, sourceId]);
    if (!target || !source) throw new Error('one of the two quotes is no longer in the library');
    const moving = await db.renderings.where('quoteId').equals(sourceId).toArray();
    for (const r of moving) log.touchKnown('renderings', r.id, r, targetId);
    log.touchKnown('quotes', targetId, target);
    log.touchKnown('quotes', sourceId, source);
    await db.renderings.bulkPut(moving.map((r) => ({ ...r, quoteId: targetId, edited: true })));
    await db.quotes.put({
      ...target,
      event: target.event ?? source.event,
      date: target.date ?? source.date,
      primarySource: target.primarySource ?? source.primarySource,
      tags: [...new Set([...target.tags, ...source.tags])],
      edited: true,
    });
    if (source.origin === 'bundled') await rememberDeletedBundled(db, log, [sourceId]);
    await db.quotes.delete(sourceId);
  });
}
