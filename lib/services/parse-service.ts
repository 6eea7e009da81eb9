import { attributeBlocks } from '../detect/attribute';
import type { BlockText, FoundQuote, ParseCache } from '../detect/attribute';
import { speakerHints } from './match-service';

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
 * same `attributeBlocks` that `verbatim scan` runs in-process, so both find the same quotes.
 */
export async function parseBlocks(blocks: BlockText[], tabId: number | undefined): Promise<FoundQuote[]> {
  return attributeBlocks(blocks, await speakerHints(), cacheOf(tabId));
}
