import type { PageQuote } from './messaging';

/** Verdicts that mean the page's wording drifted from what the library holds. */
const DRIFT = new Set(['edited', 'paraphrase', 'extended']);

export const BADGE_OK = '#15803d';
export const BADGE_DRIFT = '#c2410c';

/**
 * The toolbar badge counts matched quotes and turns orange when any of them
 * drifted, so a reader sees at a glance whether a page is worth a closer look.
 */
export function badgeOf(quotes: PageQuote[]): { text: string; color: string; title: string } {
  const matched = quotes.filter((q) => q.match);
  const drifted = matched.filter((q) => q.match && DRIFT.has(q.match.verdict));
  const text = matched.length ? String(matched.length) : '';
  const title = matched.length
    ? `Verbatim: ${matched.length} known quote${matched.length === 1 ? '' : 's'}${
        drifted.length ? `, ${drifted.length} with drift` : ''
      }`
    : 'Verbatim';
  return { text, color: drifted.length ? BADGE_DRIFT : BADGE_OK, title };
}
