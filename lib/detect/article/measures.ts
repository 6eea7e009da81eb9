import { scoreOf } from './density';

/**
 * What the article finder and the walk read of a container (its text, commas, links, paragraphs,
 * images, list items, inputs, embeds, lists), summed bottom-up in one walk and remembered for every
 * element under it. Read one container at a time, each nested container re-read the text of all it
 * holds: on a page of nested divs and lists that was the scan's main cost on the page.
 */
export interface Measures {
  /** Length of the text as `textContent` with whitespace folded and trimmed. */
  length: number;
  /** The same without scripts, styles and templates: what a reader sees. */
  visible: number;
  /** Commas of the visible text that Readability's paragraph score counts. */
  visibleCommas: number;
  /** `,` `，` `،` in the text: ten or more say prose. */
  commas: number;
  /** Folded letters inside links, in-page "#" links counting 0.3 (Readability's link density). */
  link: number;
  p: number;
  img: number;
  li: number;
  input: number;
  /** <object>, <embed> and <iframe> elements. */
  embeds: number;
  /** Folded letters of the lists inside that sit in no other list inside. */
  listed: number;
  /** Readability's paragraph scores of the <p>, <pre> and <td> inside with 25 letters or more. */
  content: number;
  /** Letters of the text nodes, each trimmed, outside scripts and styles: the article scorer's text length. */
  letters: number;
  /** Those of them in links, weighted by the nearest link as `link` is. */
  linkLetters: number;
  /** Where the element stands in the trace of the walk that measured it (-1 when none was kept). */
  at: number;
}

/**
 * The elements and text nodes a measuring walk met, in document order, with where each one's subtree
 * ends: the block walk follows it instead of reading the page's structure (first child, next sibling,
 * node type, tag) a second time. Shadow roots and frames are not in it: the measures never read them.
 */
export interface Trace {
  nodes: Node[];
  /** Index after the node's last descendant (a text node's own index plus one). */
  ends: number[];
  /** An element's upper-case tag; '' for a text node. */
  tags: string[];
  /**
   * A text node's data as measuring read it ('' for an element): the walk builds the block texts
   * from it, reading each text out of the engine once. Should the page change a text in between,
   * the change observer scans again.
   */
  texts: string[];
}

/**
 * A node of the walk: an element whose measures are still being added up. The text's folding state is
 * kept in flat fields (for all the text, and for the visible text) rather than in objects of its own:
 * a long page has thousands of elements and text nodes, and each object was one more allocation.
 */
interface Open extends Measures {
  el: Element;
  tag: string;
  /** Not a script, style or template: its text is read (told once, not at each of its text nodes). */
  shown: boolean;
  /** Holds no visible character yet (all the text). */
  blank: boolean;
  /** Whitespace before the first visible character (while blank: any whitespace at all). */
  lead: boolean;
  /** Whitespace after the last visible character. */
  trail: boolean;
  /** The same for the text outside scripts, styles and templates. */
  visBlank: boolean;
  visLead: boolean;
  visTrail: boolean;
  /** Commas of the wider set Readability's paragraph score counts. */
  wide: number;
  /** What a letter here counts as link text: 0 outside links, 1 in a link, 0.3 in an in-page "#" link. */
  inLink: number;
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Inline elements inside a sentence: nothing asks for their measures but a walk that meets one with a
 * furniture name, which measures that small subtree then. Not remembering them spares a long page a
 * memo entry for every link and span (on a Wikipedia article, most of its elements).
 */
const PHRASING = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DFN EM I IMG KBD LINK MARK META S SMALL SPAN STRONG SUB SUP TIME U VAR WBR BR'.split(
    ' ',
  ),
);

function linkWeight(el: Element): number {
  const href = el.getAttribute('href');
  return href && /^#./.test(href) ? 0.3 : 1;
}

function open(el: Element, inLink: number, trace: Trace | undefined): Open {
  const tag = el.tagName.toUpperCase();
  return {
    at: trace ? record(trace, el, tag) : -1,
    el,
    tag,
    shown: !INVISIBLE.has(tag),
    length: 0,
    visible: 0,
    visibleCommas: 0,
    commas: 0,
    link: 0,
    p: 0,
    img: 0,
    li: 0,
    input: 0,
    embeds: 0,
    listed: 0,
    content: 0,
    letters: 0,
    linkLetters: 0,
    blank: true,
    lead: false,
    trail: false,
    visBlank: true,
    visLead: false,
    visTrail: false,
    wide: 0,
    inLink: tag === 'A' ? linkWeight(el) : inLink,
  };
}

/** Appends a stretch of text to all of `to`'s text, folding the whitespace between them. */
function appendAll(to: Open, length: number, blank: boolean, lead: boolean, trail: boolean): void {
  if (blank) {
    if (to.blank) to.lead = to.trail = to.lead || lead;
    else to.trail ||= lead;
    return;
  }
  if (to.blank) {
    to.length = length;
    to.lead ||= lead;
  } else {
    to.length += length + (to.trail || lead ? 1 : 0);
  }
  to.trail = trail;
  to.blank = false;
}

/** The same for the visible text. */
function appendVisible(to: Open, length: number, blank: boolean, lead: boolean, trail: boolean): void {
  if (blank) {
    if (to.visBlank) to.visLead = to.visTrail = to.visLead || lead;
    else to.visTrail ||= lead;
    return;
  }
  if (to.visBlank) {
    to.visible = length;
    to.visLead ||= lead;
  } else {
    to.visible += length + (to.visTrail || lead ? 1 : 0);
  }
  to.visTrail = trail;
  to.visBlank = false;
}

/** Hands a closed element's measures to its parent, counting the element itself where it counts. */
function close(child: Open, parent: Open): void {
  const { tag } = child;
  appendAll(parent, child.length, child.blank, child.lead, child.trail);
  if (child.shown) {
    appendVisible(parent, child.visible, child.visBlank, child.visLead, child.visTrail);
    parent.visibleCommas += child.visibleCommas;
  }
  parent.commas += child.commas;
  parent.wide += child.wide;
  // An <a>'s own weight is what its letters count as link text.
  parent.link += child.link + (tag === 'A' ? child.length * child.inLink : 0);
  parent.p += child.p + (tag === 'P' ? 1 : 0);
  parent.img += child.img + (tag === 'IMG' ? 1 : 0);
  parent.li += child.li + (tag === 'LI' ? 1 : 0);
  parent.input += child.input + (tag === 'INPUT' ? 1 : 0);
  parent.embeds += child.embeds + (tag === 'OBJECT' || tag === 'EMBED' || tag === 'IFRAME' ? 1 : 0);
  parent.listed += tag === 'UL' || tag === 'OL' ? child.length : child.listed;
  const paragraph = (tag === 'P' || tag === 'PRE' || tag === 'TD') && child.length >= 25;
  parent.content += child.content + (paragraph ? scoreOf(child.length, child.wide) : 0);
  parent.letters += child.letters;
  parent.linkLetters += child.linkLetters;
}

/** JavaScript's `\s`: what folding turns into one space. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 160 ||
        c === 5760 ||
        (c >= 8192 && c <= 8202) ||
        c === 8232 ||
        c === 8233 ||
        c === 8239 ||
        c === 8287 ||
        c === 12288 ||
        c === 65279))
  );
}

/** `,` `，` `،`: the commas the conditional cleaning counts. */
function isNarrowComma(c: number): boolean {
  return c === 44 || c === 0xff0c || c === 0x060c;
}

/** The wider set of Readability's paragraph score (small, vertical and reversed commas besides). */
function isWideComma(c: number): boolean {
  return (
    isNarrowComma(c) ||
    c === 0xfe50 ||
    c === 0xfe10 ||
    c === 0xfe11 ||
    c === 0x2e41 ||
    c === 0x2e34 ||
    c === 0x2e32
  );
}

/** Any visible character: a regular expression finds it (or its absence) faster than a loop in script. */
const NOT_BLANK = /\S/;

/**
 * A text node's part: its folded length, edges and commas in one pass over its characters (an
 * inline stylesheet is hundreds of kilobytes of commas: no regular expression builds their list).
 * Text of nothing but whitespace, half of a long page's text nodes (and on Wikipedia two thirds of
 * its characters), is told by one regular expression test instead.
 */
function addText(to: Open, data: string): void {
  const n = data.length;
  const visible = to.shown;
  if (!NOT_BLANK.test(data)) {
    appendAll(to, 0, true, n > 0, n > 0);
    if (visible) appendVisible(to, 0, true, n > 0, n > 0);
    return;
  }
  let first = 0;
  while (isSpace(data.charCodeAt(first))) first++;
  let last = n - 1;
  while (isSpace(data.charCodeAt(last))) last--;
  let length = 0;
  let narrow = 0;
  let wide = 0;
  let spaced = false;
  for (let i = first; i <= last; i++) {
    const c = data.charCodeAt(i);
    // Printable ASCII, the bulk of most pages' text, is told apart by two comparisons.
    if (c > 32 && c < 127) {
      if (c === 44) {
        narrow++;
        wide++;
      }
    } else if (isSpace(c)) {
      spaced = true;
      continue;
    } else if (c === 0x060c || c > 0x2e00) {
      if (isNarrowComma(c)) narrow++;
      if (isWideComma(c)) wide++;
    }
    // A run of whitespace before this character folds to one space.
    length += spaced ? 2 : 1;
    spaced = false;
  }
  const lead = first > 0;
  const trail = last < n - 1;
  appendAll(to, length, false, lead, trail);
  to.commas += narrow;
  to.wide += wide;
  if (visible) {
    appendVisible(to, length, false, lead, trail);
    to.visibleCommas += wide;
    const trimmed = last - first + 1;
    to.letters += trimmed;
    to.linkLetters += trimmed * to.inLink;
  }
}

/** Records a node met by a tracing walk, its subtree's end to be set when the walk leaves it. */
function record(trace: Trace, node: Node, tag: string, text = ''): number {
  trace.nodes.push(node);
  trace.ends.push(trace.nodes.length);
  trace.tags.push(tag);
  trace.texts.push(text);
  return trace.nodes.length - 1;
}

/**
 * The measures of `root`, and on the way of every element under it, kept in `memo`: an element
 * asked for after one of its ancestors costs a lookup, and one asked for first walks only what
 * the memo does not hold yet. In steps of a few hundred nodes, for the time-sliced scan. Given a
 * `trace`, the walk records every node under `root` there, so it reads the whole subtree whatever
 * the memo holds.
 */
export function* measureSteps(
  root: Element,
  memo: WeakMap<Element, Measures>,
  trace?: Trace,
): Generator<void, Measures> {
  const known = memo.get(root);
  if (known && !trace) return known;
  const inLink = root.parentElement?.closest('a');
  const stack: Open[] = [open(root, inLink ? linkWeight(inLink) : 0, trace)];
  let node: Node | null = root.firstChild;
  let k = 0;
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    if (++k % 400 === 0) yield;
    if (!node) {
      stack.pop();
      if (trace) trace.ends[top.at] = trace.nodes.length;
      if (top.el === root || !PHRASING.has(top.tag)) memo.set(top.el, top);
      const parent = stack[stack.length - 1];
      if (parent) close(top, parent);
      node = top.el === root ? null : top.el.nextSibling;
      continue;
    }
    // Each DOM read is a call into the engine: the node's type is read once.
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (trace) record(trace, node, '', data);
      addText(top, data);
      node = node.nextSibling;
    } else if (type === 1) {
      const done = trace ? undefined : (memo.get(node as Element) as Open | undefined);
      if (done) {
        close(done, top);
        node = node.nextSibling;
      } else {
        stack.push(open(node as Element, top.inLink, trace));
        node = node.firstChild;
      }
    } else {
      node = node.nextSibling;
    }
  }
  return memo.get(root) as Measures;
}

/** The same, straight through: for an element met where the walk had not measured (a frame, a shadow root). */
export function measure(root: Element, memo: WeakMap<Element, Measures>): Measures {
  const steps = measureSteps(root, memo);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
