import { isSkipped, markedIn, markedUnder } from '../blocks';
import { paragraphCommas, scoreOf } from './density';
import { classWeight, semanticArticle, unlikelyName } from './hints';
import { measure, measureSteps, tracedText, type Measures, type Trace } from './measures';

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
const BLOCK_CHILD = new Set(
  'BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL SECTION ARTICLE H1 H2 H3 H4 H5 H6'.split(' '),
);
const TO_SCORE = new Set('P TD PRE H2 H3 H4 H5 H6 DIV SECTION'.split(' '));
const BLOCK_CHILD_SELECTOR = [...BLOCK_CHILD].join(', ').toLowerCase();
const TO_SCORE_SELECTOR = [...TO_SCORE].join(', ').toLowerCase();

/**
 * The candidates under `body` in document order, each with its index in the trace (-1 without one):
 * read off the measuring walk's trace of the body, the page is not searched again.
 */
function candidates(body: Element, memo: WeakMap<Element, Measures>, trace?: Trace): [Element, number][] {
  const at = trace ? (memo.get(body)?.at ?? -1) : -1;
  if (!trace || at < 0 || trace.nodes[at] !== body) {
    return Array.from(body.querySelectorAll(TO_SCORE_SELECTOR), (el) => [el, -1]);
  }
  const found: [Element, number][] = [];
  const end = trace.ends[at] ?? at;
  for (let i = at + 1; i < end; i++) {
    // An element has an end and a tag; a text node neither an end nor (as far as this asks) a tag.
    if (!tracedText(trace, i) && TO_SCORE.has(trace.labels[i] ?? ''))
      found.push([trace.nodes[i] as Element, i]);
  }
  return found;
}

/** Whether the element at `i` holds a block (a div that is no paragraph), off the trace or the DOM. */
function holdsBlock(el: Element, i: number, trace?: Trace): boolean {
  if (i < 0 || !trace) return !!el.querySelector(BLOCK_CHILD_SELECTOR);
  const end = trace.ends[i] ?? i;
  for (let j = i + 1; j < end; j++) {
    if (!tracedText(trace, j) && BLOCK_CHILD.has(trace.labels[j] ?? '')) return true;
  }
  return false;
}

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
function ownText(el: Element, i: number, trace?: Trace): string {
  let text = '';
  if (i >= 0 && trace) {
    const end = trace.ends[i] ?? i;
    for (let j = i + 1; j < end; j = trace.ends[j] ?? j + 1)
      if (tracedText(trace, j)) text += trace.labels[j];
  } else {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += (c as Text).data;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Scores every candidate container under `body`; `unlikelyFactor` is what a furniture name leaves of a
 * paragraph. Text and link letters come from `memo`, measured once for the scan (the walk reuses it);
 * the candidates, their own text and what they hold, from `trace` where it is the body's.
 */
export function* scoreCandidates(
  body: Element,
  memo: WeakMap<Element, Measures>,
  unlikelyFactor = 0.25,
  trace?: Trace,
): Generator<void, Scored> {
  const scores: Scores = new Map();
  const region = new WeakMap<Element, number>();
  const marked = trace?.nodes[0] === body ? markedIn(trace) : markedUnder(body);
  yield* measureSteps(body, memo);
  const els = candidates(body, memo, trace);
  for (const [k, [el, i]] of els.entries()) {
    if (k % 25 === 24) yield;
    const factor = regionFactor(el, body, region, unlikelyFactor, marked);
    if (factor === 0) continue;
    const tag = (i >= 0 && trace?.labels[i]) || el.tagName.toUpperCase();
    let length: number;
    let commas: number;
    let first: Element | null;
    if ((tag === 'DIV' || tag === 'SECTION') && holdsBlock(el, i, trace)) {
      const text = ownText(el, i, trace);
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
function regionFactor(
  el: Element,
  body: Element,
  cache: WeakMap<Element, number>,
  unlikely: number,
  marked: ReadonlySet<Element>,
): number {
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
    if (upper > 0 && isSkipped(cur, undefined, marked.has(cur))) upper = 0;
    else if (unlikelyName(cur) && !semanticArticle(cur)) upper = Math.min(upper, unlikely);
    cache.set(cur, upper);
  }
  return upper;
}
