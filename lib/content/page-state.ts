import type { DetectedQuote } from '../detect/types';
import { highlightKindOf } from '../highlight/kind';
import type { HighlightEntry } from '../highlight/highlighter';
import type { Match } from '../match/types';
import type { PageQuote, QuoteQuery } from '../messaging';

/** A detected quote joined with its match: the content script's whole memory of a page. */
export interface PageItem {
  quote: DetectedQuote;
  match: Match | null;
}

/** Only speech is worth a library lookup; scare quotes are a writer's own words. */
export function toQuery(quote: DetectedQuote): QuoteQuery {
  return { text: quote.text, form: quote.form, speaker: quote.speaker, speakerAs: quote.speakerAs ?? null };
}

export function toPageQuote(item: PageItem, index: number): PageQuote {
  return { ...toQuery(item.quote), index, match: item.match };
}

/** Which items get painted: matches always, unmatched speech only when the reader asks for it. */
export function toHighlightEntries(items: PageItem[], markUnmatched: boolean): HighlightEntry[] {
  return items.map((item) => ({
    ranges: item.match || markUnmatched ? item.quote.ranges : [],
    kind: highlightKindOf(item.match),
  }));
}
