import { isFurniture } from './blocks';

/**
 * Where the article lives. A light heuristic instead of Readability (far above the content
 * script's size budget and too slow on a megabyte page): paragraph text is summed into each
 * paragraph's parent and grandparent, and a semantic container (articleBody, article, main) wins
 * when it holds most of the best container's paragraphs.
 */
export function* findArticleRoot(doc: Document): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  const score = new Map<Element, number>();
  // Read by index (no array copy), with pauses, so a page of 50,000 paragraphs never blocks for long.
  const paragraphs = body.querySelectorAll('p');
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs.item(k);
    if (!p) break;
    if (k % 200 === 199) yield;
    if (inFurniture(p, body)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return body;
  const semantic = best.closest('[itemprop="articleBody"], article, main, [role="main"]');
  return yield* widen(semantic && semantic !== body ? semantic : best, body);
}

/**
 * Climbs while a parent adds little paragraph text of its own: an article split over sibling
 * containers (a lead, then a "read more" part) is read whole, a page of other stories is not.
 */
function* widen(el: Element, body: Element): Generator<void, Element> {
  let root = el;
  let text = yield* paragraphText(root, body);
  for (
    let parent = root.parentElement;
    parent && parent !== body && parent !== body.parentElement;
    parent = parent.parentElement
  ) {
    const more = yield* paragraphText(parent, body);
    if (more > text * 1.25) break;
    root = parent;
    text = more;
  }
  return root;
}

function* paragraphText(el: Element, body: Element): Generator<void, number> {
  let total = 0;
  const paragraphs = el.querySelectorAll('p');
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs.item(k);
    if (!p) break;
    if (k % 500 === 499) yield;
    if (!inFurniture(p, body)) total += (p.textContent ?? '').length;
  }
  return total;
}

const furnitureCache = new WeakMap<Element, boolean>();

function inFurniture(el: Element, stop: Element): boolean {
  const path: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    const known = furnitureCache.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(cur);
    if (isFurniture(cur)) {
      result = true;
      break;
    }
  }
  for (const p of path) furnitureCache.set(p, result);
  return result;
}
