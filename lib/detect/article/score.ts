import { isSkipped } from '../blocks';
import { paragraphCommas, scoreOf } from './density';
import { classWeight, semanticArticle, unlikelyName } from './hints';
import { measure, measureSteps, type Measures } from './measures';

/**
 * Readability's content scoring on the live page, without changing it: every paragraph (and every
 * div or section holding only inline text) gives its score to its ancestors, in full to its parent,
 * half to its grandparent, a third of a level beyond; containers start from their tag and names, and
 * end scaled by the share of their text that is not links. Paragraphs under a name of furniture
 * (comments, menus) count a quarter instead of being thrown away.
 */
export type Scores = Map<Element, number>;

/** Letters of visible text in a container, and of those in links. */
export interface Lengths {
  text: number;
  link: number;
}

export interface Scored {
  scores: Scores;
  lengths: Map<Element, Lengths>;
}

/** Elements a div would not hold if it were a paragraph (Readability's DIV_TO_P_ELEMS, widened). */
const BLOCK_CHILD =
  'blockquote, dl, div, img, ol, p, pre, table, ul, section, article, h1, h2, h3, h4, h5, h6';
const TO_SCORE = 'p, td, pre, h2, h3, h4, h5, h6, div, section';

function initialScore(el: Element): number {
  const tag = el.tagName.toUpperCase();
  let score = classWeight(el) + (semanticArticle(el) ? 25 : 0);
  if (tag === 'DIV') score += 5;
  else if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') score += 3;
  else if (/^(ADDRESS|OL|UL|DL|DD|DT|LI|FORM)$/.test(tag)) score -= 3;
  else if (/^(H[1-6]|TH)$/.test(tag)) score -= 5;
  return score;
}

/** Text of the node's own text children: what Readability would wrap in a paragraph of its own. */
function ownText(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += (c as Text).data;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Scores every candidate container under `body`; `unlikelyFactor` is what a furniture name leaves of a
 * paragraph. Text and link letters come from `memo`, measured once for the scan (the walk reuses it).
 */
export function* scoreCandidates(
  body: Element,
  memo: WeakMap<Element, Measures>,
  unlikelyFactor = 0.25,
): Generator<void, Scored> {
  const scores: Scores = new Map();
  const region = new WeakMap<Element, number>();
  yield* measureSteps(body, memo);
  const els = body.querySelectorAll(TO_SCORE);
  for (let k = 0; k < els.length; k++) {
    const el = els.item(k);
    if (!el) break;
    if (k % 25 === 24) yield;
    const factor = regionFactor(el, body, region, unlikelyFactor);
    if (factor === 0) continue;
    const tag = el.tagName.toUpperCase();
    let length: number;
    let commas: number;
    let first: Element | null;
    if ((tag === 'DIV' || tag === 'SECTION') && el.querySelector(BLOCK_CHILD)) {
      const text = ownText(el);
      [length, commas] = [text.length, paragraphCommas(text)];
      first = el;
    } else {
      // The paragraph's visible text, as measured: reading it again costs its whole subtree per candidate.
      const m = measure(el, memo);
      [length, commas] = [m.visible, m.visibleCommas];
      first = el.parentElement;
    }
    if (length < 25) continue;
    const score = scoreOf(length, commas) * factor;
    let level = 0;
    for (let a = first; a && a !== body.parentElement && level < 5; a = a.parentElement, level++) {
      if (!a.parentElement) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, (scores.get(a) ?? initialScore(a)) + score / divider);
    }
  }
  const lengths = new Map<Element, Lengths>();
  for (const el of scores.keys()) {
    const m = measure(el, memo);
    lengths.set(el, { text: m.letters, link: m.linkLetters });
  }
  for (const [el, score] of scores) {
    const m = lengths.get(el);
    scores.set(el, m && m.text ? score * (1 - Math.min(1, m.link / m.text)) : score);
  }
  return { scores, lengths };
}

/** 0 inside skipped markup (nav, footer, hidden…), `unlikely` under a furniture name, else 1. Cached per element. */
function regionFactor(el: Element, body: Element, cache: WeakMap<Element, number>, unlikely: number): number {
  const path: Element[] = [];
  let upper = 1;
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) {
    const known = cache.get(cur);
    if (known !== undefined) {
      upper = known;
      break;
    }
    path.push(cur);
  }
  for (const cur of path.reverse()) {
    if (upper > 0 && isSkipped(cur)) upper = 0;
    else if (unlikelyName(cur) && !semanticArticle(cur)) upper = Math.min(upper, unlikely);
    cache.set(cur, upper);
  }
  return upper;
}
