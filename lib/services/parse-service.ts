import { attributeSteps } from '../detect/attribute';
import type { BlockText, FoundQuote, ParseCache } from '../detect/attribute';
import { runSliced } from '../detect/slices';
import { speechOnly } from '../detect/speech-only';
import type { ParseReply, ParseRequest } from '../messaging';
import { speakerHints } from './match-service';
import { ParseChunks } from './parse-chunks';

/** Tabs whose parses are kept: a rescan of a recent page re-parses only the blocks that changed. */
const KEPT_TABS = 20;
const caches = new Map<number, ParseCache>();

function cacheOf(tabId: number | undefined): ParseCache {
  if (tabId === undefined) return new Map();
  const cache: ParseCache = caches.get(tabId) ?? new Map();
  // Re-inserted on every use, so the first key is the tab least recently scanned.
  caches.delete(tabId);
  caches.set(tabId, cache);
  if (caches.size > KEPT_TABS) caches.delete(caches.keys().next().value as number);
  return cache;
}

/**
 * The content script's blocks, attributed in the background with the library's speakers: the
 * same `attributeSteps` that `verbatim scan` runs in-process, so both find the same quotes. Run in
 * slices, so a page of tens of thousands of paragraphs never holds the background (and the other
 * tabs' messages) in one long task.
 */
async function attribute(blocks: BlockText[], tabId: number | undefined): Promise<FoundQuote[]> {
  const hints = await speakerHints();
  return speechOnly(await runSliced(attributeSteps(blocks, hints, cacheOf(tabId)), { sliceMs: 16 }));
}

const chunks = new ParseChunks();

/** One piece of a scan from a tab's frame (see ParseChunks): the answer once its last piece is in. */
export function parseBlocks(
  request: ParseRequest,
  tabId: number | undefined,
  frameId: number | undefined,
): Promise<ParseReply> {
  return chunks.receive(`${tabId ?? '-'}/${frameId ?? 0}`, request, (blocks) => attribute(blocks, tabId));
}
