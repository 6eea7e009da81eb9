import type { SpeakerHint } from '../detect/types';
import type { Quote, Rendering, Speaker } from '../library/model';
import type { RecordOptions } from '../library/record-reading';
import { loadLibrary } from '../library/operations';
import { libraryRevision } from '../library/revision';
import { QuoteMatcher } from '../match';
import type { Match } from '../match/types';
import type { QuoteQuery } from '../messaging';
import { onlyFromHere, pageKey, seenElsewhere } from '../reading/other-pages';
import {
  applyQuotes,
  JOURNAL_MAX,
  captureOptionsFor,
  readStoredIndex,
  saveJournal,
  saveSnapshot,
  type IndexState,
  type StoredIndex,
} from './index-store';
import { getDb } from './library-service';
import { SpeakerHintsCache } from './speaker-hints';

/** Saves a moment after the last change, so a burst of edits is written once. */
const SAVE_DELAY_MS = 1000;
/** Past this many touched quotes (an import, a restore) one rebuild is cheaper than as many updates. */
const REBUILD_OVER = 200;

let index: Promise<IndexState> | undefined;

/** How many recent answers are kept: a few pages' worth of quotes. */
const RECENT_ANSWERS = 500;
/**
 * The matcher's latest answers by quote: a page asks `matchQuotes` and then
 * hands the same quotes to capture, which so pays nothing to match them
 * again. Any change to the index empties it.
 */
const recent = new Map<string, Match[]>();
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** The quotes a saved journal says changed since its snapshot, or null when the snapshot cannot serve. */
function toReplay(stored: StoredIndex, revision: string | null): string[] | null {
  if (stored.revision === revision) return [];
  const journal = stored.journal;
  return journal && journal.base === stored.revision && journal.revision === revision
    ? journal.quoteIds
    : null;
}

/**
 * The matcher index. A service worker that the browser stopped and started
 * again restores the snapshot it saved (much faster than a rebuild) when the
 * library's revision, which every write changes in its own transaction, is
 * the one the snapshot reflects, or the one its journal brings it up to (then
 * only the journal's quotes are read again); otherwise it rebuilds from
 * Dexie. A failure is not kept: the next message tries again.
 */
function getIndex(): Promise<IndexState> {
  index ??= (async () => {
    const db = await getDb();
    const revision = await libraryRevision(db);
    try {
      const stored = await readStoredIndex(db);
      const replay = stored && toReplay(stored, revision);
      if (stored && replay) {
        const matcher = QuoteMatcher.restore(stored.snapshot);
        await applyQuotes(db, matcher, replay);
        return {
          matcher,
          revision,
          saved: stored.revision,
          changed: new Set(replay),
          chunks: stored.chunks,
        };
      }
    } catch (error) {
      console.warn('Verbatim: the saved index could not be restored; rebuilding it', error);
    }
    const built: IndexState = {
      matcher: QuoteMatcher.build(await loadLibrary(db)),
      revision,
      saved: undefined,
      changed: new Set(),
    };
    scheduleSave();
    return built;
  })();
  index.catch(() => (index = undefined));
  return index;
}

export async function getMatcher(): Promise<QuoteMatcher> {
  return (await getIndex()).matcher;
}

/** The matcher's best matches for one quote (3 at most), from the recent answers when it was just asked. */
export async function matchOne(quote: QuoteQuery, url: string | null = null): Promise<Match[]> {
  const pageUrl = url ? pageKey(url) : null;
  const key = `${quote.form}\u0000${quote.speaker ?? ''}\u0000${pageUrl ?? ''}\u0000${quote.text}`;
  const known = recent.get(key);
  if (known) return known;
  const answer = (await getMatcher()).match(quote.text, {
    form: quote.form,
    speaker: quote.speaker,
    pageUrl,
  });
  if (recent.size >= RECENT_ANSWERS) recent.delete(recent.keys().next().value as string);
  recent.set(key, answer);
  return answer;
}

function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(
    () => void save().catch((error) => console.warn('Verbatim: index not saved', error)),
    SAVE_DELAY_MS,
  );
}

/** Writes the journal of changed quotes, or a new snapshot when the journal is long or there is none to journal against. */
async function save(): Promise<void> {
  if (!index) return;
  const current = await index;
  const db = await getDb();
  if (current.saved !== undefined && current.changed.size <= JOURNAL_MAX) {
    if (current.journaled === current.revision) return;
    const journal = { base: current.saved, revision: current.revision, quoteIds: [...current.changed] };
    await saveJournal(db, journal);
    return;
  }
  const previous =
    current.saved !== undefined && current.chunks
      ? { chunks: current.chunks, changed: current.changed }
      : undefined;
  const saving = saveSnapshot(db, current.matcher, current.revision, previous);
  current.saved = current.revision;
  current.changed = new Set();
  current.chunks = undefined;
  try {
    current.chunks = await saving;
  } catch (error) {
    current.saved = undefined;
    throw error;
  }
}

function noteChanged(current: IndexState, quoteIds: Iterable<string>): void {
  for (const id of quoteIds) current.changed.add(id);
  scheduleSave();
}

/** The library changed (here or in another extension page): update the touched quotes only. */
export async function refreshQuotes(quoteIds: string[], removedQuoteIds: string[]): Promise<void> {
  if (quoteIds.length + removedQuoteIds.length > REBUILD_OVER) return rebuildMatcher();
  if (!index) return;
  const current = await index;
  recent.clear();
  const db = await getDb();
  const revision = await libraryRevision(db);
  for (const id of removedQuoteIds) current.matcher.removeQuote(id);
  await applyQuotes(db, current.matcher, quoteIds);
  current.revision = revision;
  noteChanged(current, [...quoteIds, ...removedQuoteIds]);
}

/** What capture may take from the index and the journal it writes with its change; nothing before the index loads. */
export async function captureOptions(): Promise<Pick<RecordOptions, 'mirror' | 'alsoWrite'>> {
  return index ? captureOptionsFor(await index) : {};
}

/**
 * Quotes whose records the caller holds as it just wrote them (capture while
 * reading): indexed without reading Dexie back. `revision` is the library
 * revision the caller's write left.
 */
export async function indexQuotes(
  speakers: Speaker[],
  quotes: { quote: Quote; renderings: Rendering[] }[],
  revision: string | null,
): Promise<void> {
  if (!index || !(speakers.length || quotes.length)) return;
  const current = await index;
  recent.clear();
  for (const speaker of speakers) current.matcher.upsertSpeaker(speaker);
  for (const { quote, renderings } of quotes) current.matcher.upsertQuote(quote, renderings);
  current.revision = revision;
  noteChanged(
    current,
    quotes.map((q) => q.quote.id),
  );
}

/** Renderings that only joined quotes already indexed (capture while reading): each adds one document. */
export async function appendRenderings(
  list: { quoteId: string; rendering: Rendering }[],
  revision: string | null,
): Promise<void> {
  if (!index || !list.length) return;
  const current = await index;
  recent.clear();
  const missing = list.filter(
    ({ quoteId, rendering }) => !current.matcher.appendRendering(quoteId, rendering),
  );
  current.revision = revision;
  noteChanged(
    current,
    list.map((item) => item.quoteId),
  );
  if (missing.length) return refreshQuotes([...new Set(missing.map((m) => m.quoteId))], []);
}

/** After a change too wide to follow quote by quote (a bundled update, a restore): rebuild from scratch. */
export async function rebuildMatcher(): Promise<void> {
  index = undefined;
  recent.clear();
  await getIndex();
}

/** The best match for each of a page's quotes, leaving out what the reader dismissed on that page. */
export async function matchQuotes(url: string, quotes: QuoteQuery[]): Promise<(Match | null)[]> {
  const db = await getDb();
  const dismissed = new Set(
    (await db.dismissals.where('url').equals(url).toArray()).map((d) => `${d.quoteId}\u0000${d.text}`),
  );
  const answers: (Match | null)[] = [];
  for (const quote of quotes)
    answers.push(
      (await matchOne(quote, url)).find(
        (match) => !dismissed.has(`${match.quoteId}\u0000${quote.text}`) && !onlyFromHere(match, url),
      ) ?? null,
    );
  return withPageTitles(answers, url);
}

/** Names each wording seen on another page by that page's title (copies: the matcher's answers are shared). */
async function withPageTitles(answers: (Match | null)[], url: string): Promise<(Match | null)[]> {
  const keys = [...new Set(answers.flatMap((m) => seenElsewhere(m, url).map((r) => pageKey(r.url ?? ''))))];
  if (!keys.length) return answers;
  const db = await getDb();
  const titles = new Map<string, string>();
  (await db.pages.bulkGet(keys)).forEach(
    (page, i) => page?.title && titles.set(keys[i] as string, page.title),
  );
  return answers.map(
    (m) =>
      m && {
        ...m,
        renderings: m.renderings.map((r) => {
          const title = r.origin === 'captured' && r.url ? titles.get(pageKey(r.url)) : undefined;
          return title ? { ...r, pageTitle: title } : r;
        }),
      },
  );
}

const hints = new SpeakerHintsCache();

/**
 * Names and aliases detection resolves speakers by, read again only when the
 * library's revision moved (a page's parse then costs one small read, not
 * every speaker's record).
 */
export async function speakerHints(): Promise<SpeakerHint[]> {
  const db = await getDb();
  return hints.at(await libraryRevision(db), () => db.speakers.toArray());
}

/** A capture's speakers into the hints (see SpeakerHintsCache.follow). */
export function followSpeakerHints(from: string | null, to: string | null, speakers: Speaker[]): void {
  hints.follow(from, to, speakers);
}

/**
 * Quotes a selection may belong to, possible matches included, for the
 * add-quote form; as on the page, not the quote only this page's own capture
 * holds, or the form would offer the words being added as their own match.
 */
export async function suggestQuotes(text: string, url: string): Promise<Match[]> {
  return (await getMatcher())
    .match(text, { limit: 6 })
    .filter((m) => !onlyFromHere(m, url))
    .slice(0, 5);
}
