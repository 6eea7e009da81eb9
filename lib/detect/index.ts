import { detectSteps, type ParseCache } from './detect';
import type { DetectOptions, DetectedQuote } from './types';

export type { DetectOptions, DetectedQuote, QuoteKind, SpeakerHint } from './types';

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Hands the main thread back between slices: scheduler.yield where the browser has it, else a macrotask. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Options of the time-sliced path. */
export interface SliceOptions {
  /** Longest stretch of work before the main thread is handed back (default 8 ms). */
  sliceMs?: number;
  /** Told the length of every slice: how benchmarks measure main-thread time and the longest task. */
  onSlice?: (ms: number) => void;
}

async function runSliced<T>(steps: Generator<void, T>, { sliceMs = 8, onSlice }: SliceOptions): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) {
      onSlice?.(now - sliceStart);
      return step.value;
    }
    if (now - sliceStart >= sliceMs) {
      onSlice?.(now - sliceStart);
      await pause();
      sliceStart = performance.now();
    }
  }
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
 * served in between, so a long page never holds the content script's main thread for long.
 */
export function detectQuotesAsync(
  root: Document | Node,
  options: DetectOptions & SliceOptions = {},
): Promise<DetectedQuote[]> {
  return runSliced(detectSteps(root, options, new Map()), options);
}

/**
 * Detection for pages that grow: blocks are parsed once per distinct text, so a rescan after a
 * DOM change re-parses only the blocks whose text changed (speakers are re-resolved across the
 * article, which is cheap, because a new paragraph can change who "he" is).
 */
export class QuoteScanner {
  private readonly cache: ParseCache = new Map();
  /** How many blocks the last scan had to parse: lets tests and benches see the reuse. */
  parsedLastScan = 0;

  constructor(private readonly options: DetectOptions & SliceOptions = {}) {}

  async scan(doc: Document | Node): Promise<DetectedQuote[]> {
    const before = new Set(this.cache.keys());
    const quotes = await runSliced(detectSteps(doc, this.options, this.cache), this.options);
    this.parsedLastScan = 0;
    for (const key of this.cache.keys()) if (!before.has(key)) this.parsedLastScan++;
    return quotes;
  }
}
