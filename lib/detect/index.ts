import { attributeSteps, type ParseCache } from './attribute';
import { blockTexts, placeSteps, readSteps } from './detect';
import { scanSliced } from './scan';
import { runSliced, runToEnd, type SliceOptions } from './slices';
import type { DetectOptions, DetectedQuote } from './types';

export type { DetectOptions, DetectedQuote, QuoteKind, SpeakerHint } from './types';
export type { BlockText, FoundQuote, Span } from './attribute';
export type { Attribute } from './scan';
export type { SliceOptions } from './slices';

/**
 * The whole detection as a generator: it yields between pieces of work so the async path can
 * hand the main thread back, and the sync path simply runs it through. The content script runs
 * the same steps with attribution in the background, so it and `verbatim scan` return the same
 * quotes for the same page.
 */
function* detectSteps(
  root: Document | Node,
  options: DetectOptions,
  cache: ParseCache,
): Generator<void, DetectedQuote[]> {
  const blocks = yield* readSteps(root, options);
  const found = yield* attributeSteps(blockTexts(blocks), options.speakers ?? [], cache);
  return yield* placeSteps(blocks, found);
}

/**
 * Finds the quotes a reader sees in the article of `root` (a Document, or any node with
 * `wholeNode`), in document order. Synchronous for the command line and the evaluation.
 */
export function detectQuotes(root: Document | Node, options: DetectOptions = {}): DetectedQuote[] {
  return runToEnd(detectSteps(root, options, new Map()));
}

/**
 * The same detection cut into slices of about `sliceMs` (default 8 ms) with the event loop
 * served in between, so a long page never holds the main thread for long.
 */
export function detectQuotesAsync(
  root: Document | Node,
  options: DetectOptions & SliceOptions = {},
): Promise<DetectedQuote[]> {
  return runSliced(detectSteps(root, options, new Map()), options);
}

/**
 * Detection for pages that grow, all in-process: blocks are parsed once per distinct text, so a
 * rescan after a DOM change re-parses only the blocks whose text changed (speakers are re-resolved
 * across the article, which is cheap, because a new paragraph can change who "he" is). The content
 * script runs the same scan with `scanSliced` and the background's cache instead.
 */
export class QuoteScanner {
  private readonly cache: ParseCache = new Map();
  /** How many blocks the last scan had to parse: lets tests and benches see the reuse. */
  parsedLastScan = 0;

  constructor(private readonly options: DetectOptions & SliceOptions = {}) {}

  scan(doc: Document | Node): Promise<DetectedQuote[]> {
    return scanSliced(doc, this.options, async (texts) => {
      const before = new Set(this.cache.keys());
      const found = await runSliced(
        attributeSteps(texts, this.options.speakers ?? [], this.cache),
        this.options,
      );
      this.parsedLastScan = 0;
      for (const key of this.cache.keys()) if (!before.has(key)) this.parsedLastScan++;
      return found;
    });
  }
}
