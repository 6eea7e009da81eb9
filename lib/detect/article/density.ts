/** Text and link measures of a container, read from the live DOM without changing it. */

const INVISIBLE = 'script, style, noscript, template';
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The element's text without scripts and styles (a share button's inline script is not prose), whitespace folded. */
export function visibleText(el: Element): string {
  if (!el.querySelector(INVISIBLE)) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  let text = '';
  // Elements and text (5); an invisible element is rejected with its subtree (2), others passed through (3).
  const walker = el.ownerDocument.createTreeWalker(el, 5, {
    acceptNode: (node) => (node.nodeType === 3 ? 1 : INVISIBLE_TAGS.has(node.nodeName.toUpperCase()) ? 2 : 3),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
  return text.replace(/\s+/g, ' ').trim();
}

/** Letters of visible text. */
export function textLength(el: Element): number {
  return visibleText(el).length;
}

/**
 * Share of the text that sits in links (in-page "#" links count 0.3, as in Readability): menus and
 * rows of headlines are nearly all links, an article body a few percent. An element without a link
 * is answered before its text is read: most paragraphs have none.
 */
export function linkDensity(el: Element, length?: number): number {
  const links = el.getElementsByTagName('a');
  if (!links.length) return 0;
  const total = length ?? textLength(el);
  if (!total) return 0;
  let linked = 0;
  for (let k = 0; k < links.length; k++) {
    const a = links.item(k);
    if (!a) continue;
    const href = a.getAttribute('href');
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length * (href && /^#./.test(href) ? 0.3 : 1);
  }
  return Math.min(1, linked / total);
}

const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Readability's paragraph score: one, plus one a comma, plus one a hundred letters (at most three). */
export function paragraphScore(text: string): number {
  return scoreOf(text.length, paragraphCommas(text));
}

/** The commas Readability's paragraph score counts: Latin, Arabic and CJK ones. */
export function paragraphCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0;
}

/** The same score from a paragraph's measures, for sums taken without reading its text again. */
export function scoreOf(length: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(length / 100), 3);
}
