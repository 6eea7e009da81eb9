import type { SpeakerHint } from '../detect/types';
import { loadLibrary } from '../library/operations';
import { QuoteMatcher } from '../match';
import type { Match } from '../match/types';
import type { QuoteQuery } from '../messaging';
import { getDb } from './library-service';

/** kv keys of the persisted index: the snapshot, and the library revision it was taken at. */
const SNAPSHOT_KEY = 'matcher:snapshot';
const REVISION_KEY = 'library:revision';
const PERSIST_DELAY_MS = 1000;
/** Past this many touched quotes (an import, a restore) one rebuild is cheaper than as many updates. */
const REBUILD_OVER = 200;

interface StoredSnapshot {
  revision: string;
  snapshot: ReturnType<QuoteMatcher['snapshot']>;
}

let matcher: Promise<QuoteMatcher> | undefined;
let persistTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The matcher index. A service worker that the browser stopped and started
 * again restores the snapshot it persisted (much faster than a rebuild) as
 * long as the library has not changed since; otherwise it rebuilds from Dexie.
 */
export function getMatcher(): Promise<QuoteMatcher> {
  matcher ??= (async () => {
    const db = await getDb();
    const [revision, stored] = await Promise.all([db.kv.get(REVISION_KEY), db.kv.get(SNAPSHOT_KEY)]);
    const snapshot = stored?.value as StoredSnapshot | undefined;
    if (snapshot && revision && snapshot.revision === revision.value) {
      try {
        return QuoteMatcher.restore(snapshot.snapshot);
      } catch (error) {
        console.warn('Verbatim: the saved index could not be restored; rebuilding it', error);
      }
    }
    const built = QuoteMatcher.build(await loadLibrary(db));
    schedulePersist();
    return built;
  })();
  return matcher;
}

/** Saves the index a moment after the last change, so a burst of edits is written once. */
function schedulePersist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => void persist(), PERSIST_DELAY_MS);
}

async function persist(): Promise<void> {
  if (!matcher) return;
  const index = await matcher;
  const db = await getDb();
  const revision = ((await db.kv.get(REVISION_KEY))?.value as string | undefined) ?? crypto.randomUUID();
  const value: StoredSnapshot = { revision, snapshot: index.snapshot() };
  await db.kv.bulkPut([
    { key: REVISION_KEY, value: revision },
    { key: SNAPSHOT_KEY, value },
  ]);
}

/** Marks the library as changed, so a snapshot taken before the change is never restored. */
async function bumpRevision(): Promise<void> {
  const db = await getDb();
  await db.kv.put({ key: REVISION_KEY, value: crypto.randomUUID() });
}

/** The library changed (here or in another extension page): update the touched quotes only. */
export async function refreshQuotes(quoteIds: string[], removedQuoteIds: string[]): Promise<void> {
  if (quoteIds.length + removedQuoteIds.length > REBUILD_OVER) return rebuildMatcher();
  await bumpRevision();
  if (!matcher) return;
  const index = await matcher;
  const db = await getDb();
  for (const id of removedQuoteIds) index.removeQuote(id);
  for (const id of quoteIds) {
    const quote = await db.quotes.get(id);
    if (!quote) {
      index.removeQuote(id);
      continue;
    }
    const speaker = await db.speakers.get(quote.speakerId);
    if (speaker) index.upsertSpeaker(speaker);
    index.upsertQuote(quote, await db.renderings.where('quoteId').equals(id).toArray());
  }
  schedulePersist();
}

/** After a change too wide to follow quote by quote (a bundled update, a restore): rebuild from scratch. */
export async function rebuildMatcher(): Promise<void> {
  await bumpRevision();
  matcher = undefined;
  await getMatcher();
}

/** The best match for each of a page's quotes, leaving out what the reader dismissed on that page. */
export async function matchQuotes(url: string, quotes: QuoteQuery[]): Promise<(Match | null)[]> {
  const index = await getMatcher();
  const db = await getDb();
  const dismissed = new Set(
    (await db.dismissals.where('url').equals(url).toArray()).map((d) => `${d.quoteId}\u0000${d.text}`),
  );
  return quotes.map(
    (quote) =>
      index
        .match(quote.text, { form: quote.form, speaker: quote.speaker })
        .find((match) => !dismissed.has(`${match.quoteId}\u0000${quote.text}`)) ?? null,
  );
}

export async function speakerHints(): Promise<SpeakerHint[]> {
  const db = await getDb();
  return (await db.speakers.toArray()).map((s) => ({ name: s.name, aliases: s.aliases }));
}

/** Quotes a selection may belong to, possible matches included, for the add-quote form. */
export async function suggestQuotes(text: string): Promise<Match[]> {
  return (await getMatcher()).match(text, { limit: 5 });
}
