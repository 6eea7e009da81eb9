import type { SpeakerHint } from '../detect/types';
import type { Rendering } from '../library/model';
import { loadLibrary } from '../library/operations';
import { libraryRevision } from '../library/revision';
import { QuoteMatcher } from '../match';
import type { Match } from '../match/types';
import type { QuoteQuery } from '../messaging';
import { onlyFromHere } from '../reading/other-pages';
import { getDb } from './library-service';

/** kv key of the persisted index: the snapshot and the library revision it reflects. */
const SNAPSHOT_KEY = 'matcher:snapshot';
const PERSIST_DELAY_MS = 1000;
/** Past this many touched quotes (an import, a restore) one rebuild is cheaper than as many updates. */
const REBUILD_OVER = 200;

interface StoredSnapshot {
  revision: string | null;
  snapshot: ReturnType<QuoteMatcher['snapshot']>;
}

interface Indexed {
  matcher: QuoteMatcher;
  /** The library revision every change so far has been applied up to. */
  revision: string | null;
}

let index: Promise<Indexed> | undefined;

/** How many recent answers are kept: a few pages' worth of quotes. */
const RECENT_ANSWERS = 500;
/**
 * The matcher's latest answers by quote: a page asks `matchQuotes` and then
 * hands the same quotes to capture, which so pays nothing to match them
 * again. Any change to the index empties it.
 */
const recent = new Map<string, Match[]>();
let persistTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The matcher index. A service worker that the browser stopped and started
 * again restores the snapshot it persisted (much faster than a rebuild) when
 * the library's revision, which every write changes in its own transaction,
 * is still the one the snapshot reflects; otherwise it rebuilds from Dexie.
 * A failure is not kept: the next message tries again.
 */
function getIndex(): Promise<Indexed> {
  index ??= (async () => {
    const db = await getDb();
    const revision = await libraryRevision(db);
    const stored = (await db.kv.get(SNAPSHOT_KEY))?.value as StoredSnapshot | undefined;
    if (stored && stored.revision === revision) {
      try {
        return { matcher: QuoteMatcher.restore(stored.snapshot), revision };
      } catch (error) {
        console.warn('Verbatim: the saved index could not be restored; rebuilding it', error);
      }
    }
    const built = { matcher: QuoteMatcher.build(await loadLibrary(db)), revision };
    schedulePersist();
    return built;
  })();
  index.catch(() => (index = undefined));
  return index;
}

export async function getMatcher(): Promise<QuoteMatcher> {
  return (await getIndex()).matcher;
}

/** The matcher's best matches for one quote (3 at most), from the recent answers when it was just asked. */
export async function matchOne(quote: QuoteQuery): Promise<Match[]> {
  const key = `${quote.form}\u0000${quote.speaker ?? ''}\u0000${quote.text}`;
  const known = recent.get(key);
  if (known) return known;
  const answer = (await getMatcher()).match(quote.text, { form: quote.form, speaker: quote.speaker });
  if (recent.size >= RECENT_ANSWERS) recent.delete(recent.keys().next().value as string);
  recent.set(key, answer);
  return answer;
}

/** Saves the index a moment after the last change, so a burst of edits is written once. */
function schedulePersist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(
    () => void persist().catch((error) => console.warn('Verbatim: index not saved', error)),
    PERSIST_DELAY_MS,
  );
}

async function persist(): Promise<void> {
  if (!index) return;
  const { matcher, revision } = await index;
  const value: StoredSnapshot = { revision, snapshot: matcher.snapshot() };
  await (await getDb()).kv.put({ key: SNAPSHOT_KEY, value });
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
  for (const id of quoteIds) {
    const quote = await db.quotes.get(id);
    if (!quote) {
      current.matcher.removeQuote(id);
      continue;
    }
    const speaker = await db.speakers.get(quote.speakerId);
    if (speaker) current.matcher.upsertSpeaker(speaker);
    current.matcher.upsertQuote(quote, await db.renderings.where('quoteId').equals(id).toArray());
  }
  current.revision = revision;
  schedulePersist();
}

/** Renderings that only joined quotes already indexed (capture while reading): each adds one document. */
export async function appendRenderings(list: { quoteId: string; rendering: Rendering }[]): Promise<void> {
  if (!index || !list.length) return;
  const current = await index;
  recent.clear();
  const missing = list.filter(
    ({ quoteId, rendering }) => !current.matcher.appendRendering(quoteId, rendering),
  );
  if (missing.length) return refreshQuotes([...new Set(missing.map((m) => m.quoteId))], []);
  current.revision = await libraryRevision(await getDb());
  schedulePersist();
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
      (await matchOne(quote)).find(
        (match) => !dismissed.has(`${match.quoteId}\u0000${quote.text}`) && !onlyFromHere(match, url),
      ) ?? null,
    );
  return answers;
}

export async function speakerHints(): Promise<SpeakerHint[]> {
  const db = await getDb();
  return (await db.speakers.toArray()).map((s) => ({ name: s.name, aliases: s.aliases }));
}

/** Quotes a selection may belong to, possible matches included, for the add-quote form. */
export async function suggestQuotes(text: string): Promise<Match[]> {
  return (await getMatcher()).match(text, { limit: 5 });
}
