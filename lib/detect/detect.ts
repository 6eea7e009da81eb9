import type { BlockText, FoundQuote } from './attribute';
import { isHeading, rangesFor, walkBlocks, type Block } from './blocks';
import { findArticle, type Article } from './root';
import type { DetectOptions, DetectedQuote } from './types';

function* scanRootOf(
  root: Document | Node,
  options: DetectOptions,
): Generator<void, Omit<Article, 'root'> & { root: Node }> {
  if (root.nodeType !== 9 || options.wholeNode) return { root, skip: new Set(), measures: new WeakMap() };
  return yield* findArticle(root as Document);
}

/**
 * The page's half of detection: the article's blocks, read from the DOM in steps. It is all the
 * content script has to do on the main thread before the texts go to be attributed elsewhere.
 */
export function* readSteps(root: Document | Node, options: DetectOptions): Generator<void, Block[]> {
  const article = yield* scanRootOf(root, options);
  return yield* walkBlocks(article.root, 200, article.skip, article.measures, article.trace);
}

/** Where a block's text lies inside <cite> elements, as [start, end) stretches. */
function citedIn(block: Block): [number, number][] {
  const stretches: [number, number][] = [];
  // Most blocks of a page with citations hold none: two lookups a block spare them one up the tree from every text node.
  if (!block.el.querySelector('cite') && !block.el.closest('cite')) return stretches;
  for (const [k, node] of block.nodes.entries()) {
    if (!node.parentElement?.closest('cite')) continue;
    const start = block.starts[k] ?? 0;
    const end = start + node.data.length;
    const last = stretches[stretches.length - 1];
    // A quote mark drawn for a <q> sits between two nodes: it belongs to the stretch around it.
    if (last && start - last[1] <= 1) last[1] = end;
    else stretches.push([start, end]);
  }
  return stretches;
}

/** What attribution needs of the blocks: their texts and flags, without a node in sight. */
export function blockTexts(blocks: readonly Block[]): BlockText[] {
  // Most pages have no <cite> at all: one query a document (a frame is another) spares them a look
  // up the tree from every text node.
  const cites = new Map<Document, boolean>();
  const hasCites = (doc: Document) => {
    let has = cites.get(doc);
    if (has === undefined) cites.set(doc, (has = !!doc.querySelector('cite')));
    return has;
  };
  return blocks.map((block) => {
    const text: BlockText = { text: block.text, quoted: block.quoted, heading: isHeading(block) };
    if (hasCites(block.el.ownerDocument)) {
      const cited = citedIn(block);
      if (cited.length) text.cited = cited;
    }
    return text;
  });
}

/**
 * Found quotes put back on the page as live ranges, in steps; a quote none of whose words is in a
 * text node (only the marks drawn for a <q>) has nothing to paint and is left out.
 */
export function* placeSteps(
  blocks: readonly Block[],
  found: readonly FoundQuote[],
): Generator<void, DetectedQuote[]> {
  const out: DetectedQuote[] = [];
  for (const [k, { spans, ...quote }] of found.entries()) {
    if (k % 50 === 49) yield;
    const ranges: Range[] = [];
    for (const [i, start, end] of spans) {
      const block = blocks[i];
      if (block) ranges.push(...rangesFor(block, start, end));
    }
    if (ranges.length) out.push({ ...quote, ranges });
  }
  return out;
}
