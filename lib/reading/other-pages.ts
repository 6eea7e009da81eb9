import type { Match, RenderingMatch } from '../match/types';

/** A URL as reading remembers it: the #fragment is where the reader scrolled, not another page. */
export function pageKey(url: string): string {
  return url.replace(/#.*$/, '');
}

/**
 * The wordings of a match that the reader saw on other pages while reading:
 * captured renderings from any page but this one. The page's own earlier
 * capture is not "another outlet" and never counts.
 */
export function seenElsewhere(match: Match | null, url: string): RenderingMatch[] {
  if (!match) return [];
  const here = pageKey(url);
  return match.renderings.filter((r) => r.origin === 'captured' && r.url !== null && pageKey(r.url) !== here);
}

/** On how many other pages the reader met this remark (several wordings on one page count once). */
export function otherPageCount(match: Match | null, url: string): number {
  return new Set(seenElsewhere(match, url).map((r) => pageKey(r.url ?? ''))).size;
}

/**
 * A match that only this page's own earlier capture supports is no match: the
 * library knows the remark only because the reader is on this very page.
 */
export function onlyFromHere(match: Match, url: string): boolean {
  const here = pageKey(url);
  return (
    match.quoteOrigin === 'captured' &&
    match.renderings.every((r) => r.origin === 'captured' && r.url !== null && pageKey(r.url) === here)
  );
}

/**
 * Whether a library wording is the page the card is on ("page"), another page of the same outlet ("outlet"),
 * or neither: the card's list of outlets is there to show the others, so the reader's own page is marked.
 */
export function sameSource(r: RenderingMatch, url: string, outlet: string): 'page' | 'outlet' | null {
  if (r.url && pageKey(r.url) === pageKey(url)) return 'page';
  const name = (s: string) => s.trim().toLowerCase();
  return outlet && name(r.outlet) === name(outlet) ? 'outlet' : null;
}
