/**
 * Reading a page as blocks of text: paragraphs, list items, headings and quote elements, each
 * with the text nodes it is made of so offsets in its text map back to live DOM Ranges. The walk
 * enters open shadow roots and same-origin iframes, and leaves page furniture and our own card out.
 */
import { namesWeight, unlikelyNames } from './article/hints';
import { measure, measureSteps, type Measures, type Trace } from './article/measures';

export interface Block {
  el: Element;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  /** Inside <blockquote>, <q> or a pull-quote element: quoted even without marks. */
  quoted: boolean;
}

/** Headlines sum a story up: quotes in them count, unmarked words never do. */
export function isHeading(block: Block): boolean {
  return /^H[1-6]$/.test(block.el.tagName.toUpperCase());
}

const BLOCK_TAGS = new Set(
  'P LI BLOCKQUOTE H1 H2 H3 H4 H5 H6 DD DT PRE TD TH DIV SECTION ARTICLE MAIN FIGURE UL OL BODY'.split(' '),
);
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE NAV FOOTER ASIDE FIGCAPTION BUTTON SELECT TEXTAREA SVG VIDEO VERBATIM-CARD DIALOG'.split(
    ' ',
  ),
);
const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|menu|menubar|dialog|alert|search)$/;
/** Class and id words of page furniture; matched on word edges so "shadow" or "header-quote" stay. */
const FURNITURE_NAMES =
  /(^|[\s_-])(comments?|related|promo\w*|newsletter\w*|share|sharing|social|ads?|advert\w*|sponsor\w*|outbrain|taboola|recirc\w*|most-?(popular|read)|trending|breadcrumbs?|sidebar|byline|caption|credits?|subscribe|signup|paywall|read-?more|nav\w*|menu|footer|cookie\w*|modal|popup|slide\w*|gallery|carousel|hidden|sr-only)($|[\s_-])/i;
/**
 * The elements a shadow root can be attached to (the DOM standard's list, besides custom elements, whose
 * names hold a hyphen): a link, a list item or a cell never has one, and is spared asking.
 */
const SHADOW_HOSTS = new Set(
  'ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '),
);
const QUOTE_CLASS = /(^|[\s_-])(pull-?quote|pullquote|quote-block|blockquote)($|[\s_-])/i;

/** The attributes by which markup hides itself or names its role, all `isSkipped` reads besides the tag. */
const MARKING = '[hidden], [aria-hidden="true"], [role]';

/**
 * The elements under `root` that carry one of those attributes, found by one query in the engine: a
 * walk that asks this set is spared three attribute reads of every element it meets (a long page's
 * links and spans have attributes, nearly none of them these).
 */
export function markedUnder(root: Element): Set<Element> {
  return new Set(root.querySelectorAll(MARKING));
}

/**
 * {@link markedUnder} the trace's root (its first node), queried once for a scan: scoring (twice when
 * the finder retries) and the walk of the article inside it all ask the same.
 */
export function markedIn(trace: Trace): Set<Element> {
  return (trace.marked ??= markedUnder(trace.nodes[0] as Element));
}

/**
 * Markup that is never the article, whatever it holds: navigation, asides, captions, hidden parts.
 * `marked` is false for an element known to carry none of the attributes that hide markup, which
 * only its tag can rule out: by default, one without attributes.
 */
export function isSkipped(el: Element, tag = el.tagName.toUpperCase(), marked = el.hasAttributes()): boolean {
  if (tag === 'ASIDE' && QUOTE_CLASS.test(el.getAttribute('class') ?? '')) return false;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'HEADER' && !el.querySelector('h1')) return true;
  if (!marked) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return !!role && SKIP_ROLES.test(role);
}

/**
 * Why an element and everything under it is no part of the article: skipped markup, or clutter by
 * its measures (`memo` keeps them for the rest of the walk: its containers are nested).
 */
function isFurniture(
  el: Element,
  tag: string,
  cls: string | null,
  memo: WeakMap<Element, Measures>,
  marked: boolean,
): boolean {
  return isSkipped(el, tag, marked) || isClutter(el, tag, cls, memo);
}

/**
 * Weights of the class and id pairs met: a long page repeats a few dozen of them thousands of times.
 * By class, then id: looking a pair up builds no joined string.
 */
const NAME_WEIGHTS = new Map<string, Map<string, number>>();
let nameWeightCount = 0;

/** Names weigh against an element: Readability's negative and unlikely words, and the furniture words above. */
function nameWeight(cls: string, id: string): number {
  // Most elements have neither: nothing to weigh, and no string to build for each of them.
  if (!cls && !id) return 0;
  const byId = NAME_WEIGHTS.get(cls);
  const known = byId?.get(id);
  if (known !== undefined) return known;
  const key = `${cls} ${id}`;
  const names = key.replace(/\bno[_-]caption\b/gi, '');
  let weight = 0;
  if (names.length >= 2 && !QUOTE_CLASS.test(names)) {
    weight = namesWeight(cls, id);
    if (weight >= 0 && (FURNITURE_NAMES.test(names) || unlikelyNames(key))) weight -= 25;
  }
  if (nameWeightCount < 10_000) {
    nameWeightCount++;
    if (byId) byId.set(id, weight);
    else NAME_WEIGHTS.set(cls, new Map([[id, weight]]));
  }
  return weight;
}

const CONDITIONAL = new Set(['DIV', 'SECTION', 'UL', 'OL', 'TABLE', 'FORM', 'FIELDSET']);

/**
 * Readability's conditional cleaning: a furniture name is outweighed by the paragraphs an element
 * holds (so an id with "share" around a whole article keeps it), and containers with few commas go
 * when their measures say widget: mostly links, more inputs or images than paragraphs, an embed.
 */
function isClutter(el: Element, tag: string, cls: string | null, memo: WeakMap<Element, Measures>): boolean {
  // A link is words of its sentence whatever its class says (a "popup" gloss): Readability never drops one by name either.
  if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY' || tag === 'A') return false;
  const weight = cls === null ? 0 : nameWeight(cls, el.id);
  if (weight < 0 && weight + measure(el, memo).content < 0) return true;
  if (!CONDITIONAL.has(tag)) return false;
  const m = measure(el, memo);
  if (m.commas >= 10) return false;
  const isList = tag === 'UL' || tag === 'OL' || listShare(el, m) > 0.9;
  const li = m.li - 100;
  const density = m.length ? Math.min(1, m.link / m.length) : 0;
  return (
    (m.img > 1 && m.p / m.img < 0.5 && !el.closest('figure')) ||
    (!isList && li > m.p) ||
    m.input > Math.floor(m.p / 3) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (m.embeds === 1 && m.length < 75) ||
    m.embeds > 1
  );
}

/** Share of the text in lists: a div that is nearly all list (a reference list) is judged as a list. */
function listShare(el: Element, m: Measures): number {
  if (!m.length || el.parentElement?.closest('ul, ol')) return 0;
  return m.listed / m.length;
}

function isQuoteElement(tag: string, cls: string | null): boolean {
  return tag === 'BLOCKQUOTE' || (!!cls && QUOTE_CLASS.test(cls));
}

/** One level of the walk: the siblings still to visit and what they inherit. */
interface Level {
  next: Node | null;
  /** Light children still to visit after a shadow root's children. */
  then: Node | null;
  /** Nearest block ancestor: text nodes with the same one, and nothing between, form one block. */
  blockEl: Element;
  quoted: boolean;
  /** Nearest <q>: its marks are drawn by CSS, so the walk writes them into the block text. */
  q: Element | null;
  /** A root (the scan root, a frame's body): its siblings are not part of the walk. */
  only: boolean;
  /** Siblings read off the trace instead: the next one's index (-1: off the DOM), and where they end. */
  at: number;
  stop: number;
}

/**
 * A level; every one has the same fields in the same order, so the engine keeps one shape for
 * them all and the walk's reads of them stay fast.
 */
function level(
  next: Node | null,
  then: Node | null,
  blockEl: Element,
  quoted: boolean,
  q: Element | null,
  only = false,
  at = -1,
  stop = -1,
): Level {
  return { next, then, blockEl, quoted, q, only, at, stop };
}

/** Where `rootEl` stands in `trace`, when the trace holds it: -1 sends the walk to the DOM. */
function tracedAt(rootEl: Element, measures: WeakMap<Element, Measures>, trace?: Trace): number {
  const at = trace ? (measures.get(rootEl)?.at ?? -1) : -1;
  return at >= 0 && trace?.nodes[at] === rootEl ? at : -1;
}

/**
 * Walks `root` and returns its text blocks in document order. A generator so the time-sliced
 * scan can pause inside a very long page; `every` is how many nodes go between pauses. Siblings
 * are followed one by one (never copied into arrays), so a page of 50,000 paragraphs costs no
 * more per node than a short one. `skip` holds nodes left out of the article besides furniture (the
 * root's children that the article finder did not join); `measures`, what the article finder measured;
 * `trace`, the nodes it met, followed instead of the DOM where it holds the root (not in shadow roots
 * and frames, which the walk reads from the DOM).
 */
export function* walkBlocks(
  root: Node,
  every = 200,
  skip: ReadonlySet<Node> = new Set(),
  measures = new WeakMap<Element, Measures>(),
  trace?: Trace,
): Generator<void, Block[]> {
  const blocks: Block[] = [];
  let count = 0;
  let current: Block | null = null;
  let lastQ: Element | null = null;
  const flush = () => {
    if (current && lastQ) current.text += '”';
    lastQ = null;
    if (current && /\S/.test(current.text) && !linkDense(current, measures)) blocks.push(current);
    current = null;
  };
  const rootEl = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element;
  const rootAt = root === rootEl ? tracedAt(rootEl, measures, trace) : -1;
  // Measured up front in steps: measured when first asked, the outermost container was the whole article in one go.
  if (rootEl.nodeType === 1 && rootAt < 0) yield* measureSteps(rootEl, measures);
  // The trace holds the root's light tree, which one query searches for hiding attributes; frames and shadow roots are read.
  const marked = rootAt >= 0 && trace ? markedIn(trace) : undefined;
  const levels: Level[] = [
    rootAt >= 0 && trace
      ? level(null, null, rootEl, false, null, true, rootAt, rootAt + 1)
      : level(root, null, rootEl, false, null, true),
  ];
  while (levels.length) {
    const top = levels[levels.length - 1] as Level;
    let node: Node | null;
    /** From the trace: the node's tag ('' for text) and the index after its subtree. */
    let tag: string | undefined;
    let index = -1;
    let end = -1;
    if (top.at >= 0 && trace) {
      if (top.at >= top.stop) {
        levels.pop();
        continue;
      }
      index = top.at;
      node = trace.nodes[index] as Node;
      // A text node has no end in the trace (see tracedText) and its label is its data, not a tag.
      const after = trace.ends[index];
      tag = after === undefined ? '' : trace.labels[index];
      end = after ?? index + 1;
      top.at = end;
    } else {
      node = top.next ?? top.then;
      if (!node) {
        levels.pop();
        continue;
      }
      if (top.next) top.next = top.only ? null : node.nextSibling;
      else top.then = node.nextSibling;
    }
    if (++count % every === 0) yield;
    if (skip.size && skip.has(node)) continue;
    const { blockEl, quoted: inQuote, q } = top;
    // Each DOM read is a call into the engine: the node's type is read once, or not at all off the trace.
    const type = tag === undefined ? node.nodeType : tag ? 1 : 3;
    if (type === 3) {
      if ((current as Block | null)?.el !== blockEl) {
        flush();
        current = { el: blockEl, text: '', nodes: [], starts: [], quoted: inQuote };
      }
      const block = current as unknown as Block;
      if (q !== lastQ) {
        if (lastQ) block.text += '”';
        if (q) block.text += '“';
        lastQ = q;
      }
      block.starts.push(block.text.length);
      block.nodes.push(node as Text);
      block.text += index >= 0 && trace ? (trace.labels[index] ?? '') : (node as Text).data;
      continue;
    }
    let childBlock = blockEl;
    let quoted = inQuote;
    let childQ = q;
    let shadowFirst: Node | null = null;
    if (type === 1) {
      const el = node as Element;
      tag ??= el.tagName.toUpperCase();
      // Inside a frame or a shadow root a container's measures still read its whole subtree: a pause point first.
      if (end < 0 && CONDITIONAL.has(tag) && !measures.has(el)) yield;
      // An element without attributes is judged by its tag alone; one with them has its class read once.
      const cls = el.hasAttributes() ? (el.getAttribute('class') ?? '') : null;
      const isMarked = end >= 0 && marked ? marked.has(el) : cls !== null;
      if (node !== root && isFurniture(el, tag, cls, measures, isMarked)) continue;
      if (tag === 'BR') {
        if ((current as Block | null)?.el === blockEl) (current as unknown as Block).text += ' ';
        continue;
      }
      if (tag === 'IFRAME') {
        const body = frameDocument(el as HTMLIFrameElement)?.body;
        if (body) levels.push(level(body, null, body, quoted, null, true));
        continue;
      }
      quoted ||= isQuoteElement(tag, cls);
      if (BLOCK_TAGS.has(tag)) childBlock = el;
      if (tag === 'Q') childQ = el;
      if (SHADOW_HOSTS.has(tag) || tag.includes('-')) shadowFirst = el.shadowRoot?.firstChild ?? null;
    } else if (type !== 9 && type !== 11) {
      continue;
    }
    if (end >= 0) {
      // Off the trace: its light children are the indices up to its end; its shadow root's, on top, go first.
      if (index + 1 < end) levels.push(level(null, null, childBlock, quoted, childQ, false, index + 1, end));
      if (shadowFirst) levels.push(level(shadowFirst, null, childBlock, quoted, childQ));
      continue;
    }
    const first = node.firstChild;
    if (shadowFirst || first) {
      levels.push(level(shadowFirst ?? first, shadowFirst ? first : null, childBlock, quoted, childQ));
    }
  }
  flush();
  return blocks;
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    // A cross-origin frame throws in some engines: it is not ours to read.
    return null;
  }
}

const LEAF_BLOCKS = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const CONTAINERS = 'ul, ol, div, section, table, article, main, body';

/** Blocks that may be nothing but a link and still be the article's: a list entry, a heading naming what it links to. */
const JUDGED_WITH_BOX = new Set(['LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Lists of links (menus, "Read more" rows) read as text but are not the article. A paragraph or
 * list item is measured whole, so a piece of it cut off by an inserted widget is judged with the rest.
 * Link share is weighed with the container's: an entry that is mostly one link but keeps words of its
 * own (a reference's quoted title before its publisher and date) stays when its list is not itself
 * mostly links. A list item is one entry of its list and is judged with it, even when it is nothing
 * but a link; so is a heading (a review's section headed by the linked title it reviews: a row of
 * headlines sits in a box of links and goes with it); a paragraph of nothing but links goes wherever
 * it stands.
 */
function linkDense(block: Block, memo: WeakMap<Element, Measures>): boolean {
  const tag = block.el.tagName.toUpperCase();
  if (LEAF_BLOCKS.has(tag)) {
    const m = measure(block.el, memo);
    const share = m.visible > 0 ? m.link / m.visible : 0;
    if (share <= 0.6) return false;
    if (share > 0.85 && !JUDGED_WITH_BOX.has(tag)) return true;
    const box = block.el.parentElement?.closest(CONTAINERS);
    if (!box) return true;
    const around = measure(box, memo);
    return around.length > 0 && around.link / around.length > 0.5;
  }
  let linked = 0;
  for (const node of block.nodes) if (node.parentElement?.closest('a')) linked += node.data.trim().length;
  const total = block.text.trim().length;
  return total > 0 && linked / total > 0.6;
}

/** Live Ranges over [start, end) of a block's text, one per text node stretch touched. */
export function rangesFor(block: Block, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  const { nodes, starts } = block;
  for (const [k, node] of nodes.entries()) {
    const from = starts[k] ?? 0;
    const to = from + node.data.length;
    if (to <= start || from >= end) continue;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, to) - from;
    if (!/\S/.test(node.data.slice(a, b))) continue;
    const range = node.ownerDocument.createRange();
    // Selecting the node first keeps both boundary checks inside one node (jsdom compares them by walking the document).
    range.selectNodeContents(node);
    range.setStart(node, a);
    range.setEnd(node, b);
    ranges.push(range);
  }
  return ranges;
}
