import { linkDensity, textLength } from './article/density';
import { emptyTrace, measureSteps, type Measures, type Trace } from './article/measures';
import { scoreCandidates, type Scored, type Scores } from './article/score';

/** The article as the scan reads it: a root, and those of the root's children that are not part of it. */
export interface Article {
  root: Element;
  skip: Set<Node>;
  /** The page's containers measured while finding it, for the walk to reuse. */
  measures: WeakMap<Element, Measures>;
  /** The body's nodes as measuring met them: the walk follows them instead of the DOM. */
  trace?: Trace;
}

/**
 * Where the article lives, found as Mozilla Readability finds it (its content scoring, its choice of
 * the top candidate and its sibling join) but on the live page, without cloning or changing it, and
 * in steps so the scan stays time-sliced. A page whose best container holds too little text is
 * scored again with furniture names weighing nothing, as Readability retries without its filters.
 */
export function* findArticle(doc: Document): Generator<void, Article> {
  const body = doc.body ?? doc.documentElement;
  const measures = new WeakMap<Element, Measures>();
  const trace = emptyTrace();
  yield* measureSteps(body, measures, trace);
  const first = yield* scoreCandidates(body, measures, 0.25, trace);
  const article = yield* articleFrom(body, first.scores);
  if (article.root === body || articleLength(article, first) >= 500) return { ...article, measures, trace };
  const second = yield* scoreCandidates(body, measures, 1, trace);
  const retry = yield* articleFrom(body, second.scores);
  const best = articleLength(retry, second) > articleLength(article, first) ? retry : article;
  return { ...best, measures, trace };
}

type Found = Omit<Article, 'measures' | 'trace'>;

/** Letters the article holds: its root's, less those of the children left out. */
function articleLength({ root, skip }: Found, { lengths }: Scored): number {
  const of = (el: Element) => lengths.get(el)?.text ?? textLength(el);
  let len = of(root);
  for (const node of skip) if (node.nodeType === 1) len -= of(node as Element);
  return len;
}

function* articleFrom(body: Element, scores: Scores): Generator<void, Found> {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  yield;
  const first = ranked[0];
  if (!first || first[0] === body) return { root: body, skip: new Set() };
  let top = first[0];
  const topScore = first[1];
  top = sharedAncestor(top, topScore, ranked.slice(1, 5), body);
  top = climb(top, scores, body);
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1)
    top = top.parentElement;
  return yield* joinSiblings(top, scores.get(top) ?? topScore, scores, body);
}

/** Three or more near-best candidates under one ancestor of the best: that ancestor holds the article. */
function sharedAncestor(top: Element, topScore: number, others: [Element, number][], body: Element): Element {
  const near = others.filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (near.length < 3) return top;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (near.filter((el) => parent.contains(el)).length >= 3) return parent;
  }
  return top;
}

/** Climbs to a parent that scores higher, as long as the parents on the way keep a third of the score. */
function climb(top: Element, scores: Scores, body: Element): Element {
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) return parent;
    lastScore = score;
  }
  return top;
}

/**
 * Siblings of the top candidate that score near it, or read as paragraphs of prose, belong to the
 * article (a lead and its continuation in separate containers); then the parent is the root and the
 * other children are skipped.
 */
function* joinSiblings(
  top: Element,
  topScore: number,
  scores: Scores,
  body: Element,
): Generator<void, Found> {
  const parent = top.parentElement;
  if (!parent || top === body) return { root: top, skip: new Set() };
  const threshold = Math.max(10, topScore * 0.2);
  const className = top.getAttribute('class') ?? '';
  const skip = new Set<Node>();
  let joined = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    yield;
    if (c === top) continue;
    if (c.nodeType === 1 && joins(c as Element, className, topScore, threshold, scores)) joined++;
    else skip.add(c);
  }
  return joined ? { root: parent, skip } : { root: top, skip: new Set() };
}

function joins(el: Element, className: string, topScore: number, threshold: number, scores: Scores): boolean {
  const bonus = className && el.getAttribute('class') === className ? topScore * 0.2 : 0;
  const score = scores.get(el);
  if (score !== undefined && score + bonus >= threshold) return true;
  if (el.tagName.toUpperCase() !== 'P') return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const density = linkDensity(el, text.length);
  if (text.length > 80) return density < 0.25;
  return text.length > 0 && density === 0 && /\.( |$)/.test(text);
}
