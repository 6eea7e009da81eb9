import type { FoundQuote } from './attribute';

/**
 * What the background answers a page: only speech is highlighted, matched and remembered, so scare
 * quotes and cited titles sent back would cost the page's main thread their ranges for nothing (a
 * Wikipedia article's hundreds of reference titles).
 */
export function speechOnly(found: readonly FoundQuote[]): FoundQuote[] {
  return found.filter((quote) => quote.kind === 'speech');
}
