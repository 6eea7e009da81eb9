import type { PageQuote } from './messaging';

export interface SpeakerGroup {
  speaker: string;
  quotes: PageQuote[];
}

/**
 * Groups a page's quotes by who said them, matched speakers by the library's
 * name, so the popup reads like a cast list; unknown speakers come last.
 */
export function groupBySpeaker(quotes: PageQuote[]): SpeakerGroup[] {
  const groups = new Map<string, PageQuote[]>();
  for (const quote of quotes) {
    const name = quote.match?.speaker ?? quote.speaker ?? 'Unknown speaker';
    groups.set(name, [...(groups.get(name) ?? []), quote]);
  }
  return [...groups]
    .map(([speaker, list]) => ({ speaker, quotes: list }))
    .sort(
      (a, b) =>
        Number(a.speaker === 'Unknown speaker') - Number(b.speaker === 'Unknown speaker') ||
        b.quotes.length - a.quotes.length,
    );
}
