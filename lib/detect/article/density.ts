/** Text and link measures of a container, read from the live DOM without changing it. */

/** Letters of visible text (scripts and styles inside containers are not text a reader sees). */
export function textLength(el: Element): number {
  let len = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const hidden = el.querySelectorAll('script, style, noscript, template');
  for (let k = 0; k < hidden.length; k++) len -= (hidden.item(k)?.textContent ?? '').length;
  return Math.max(0, len);
}

/**
 * Share of the text that sits in links (in-page "#" links count 0.3, as in Readability): menus and
 * rows of headlines are nearly all links, an article body a few percent.
 */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (!length) return 0;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let k = 0; k < links.length; k++) {
    const a = links.item(k);
    if (!a) continue;
    const href = a.getAttribute('href');
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length * (href && /^#./.test(href) ? 0.3 : 1);
  }
  return Math.min(1, linked / length);
}

const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Readability's paragraph score: one, plus one a comma, plus one a hundred letters (at most three). */
export function paragraphScore(text: string): number {
  return 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
}
