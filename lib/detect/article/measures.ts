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
  /**
   * An element's index after its last descendant, set when the walk leaves it; nothing (a hole) for a
   * text node, which is how a reader tells the two apart: the first scan runs in code not yet
   * optimised, where every array written for every node costs, so a text node writes two.
   */
  ends: number[];
  /**
   * An element's upper-case tag; a text node's data as measuring read it: the walk builds the block
   * texts from it, reading each text out of the engine once. Should the page change a text in
   * between, the change observer scans again.
   */
  labels: string[];
  /** The elements under the traced root that hide themselves or name a role (see markedIn), once queried. */
  marked?: Set<Element>;
}

/** A trace with nothing in it yet. */
export function emptyTrace(): Trace {
  return { nodes: [], ends: [], labels: [] };
}

/** Whether the node at `i` of `trace` is a text node (an element's end is always set). */
export function tracedText(trace: Trace, i: number): boolean {
  return trace.ends[i] === undefined;
}

/**
 * A node of the walk: an element whose measures are still being added up. The text's folding state is
 * kept in flat fields (for all the text, and for the visible text) rather than in objects of its own:
 * a long page has thousands of elements and text nodes, and each object was one more allocation.
 * `reopen` resets every field of a pooled node by hand: a field added here goes there too.
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

/**
 * `open` on a node already closed and not remembered (an inline element's): most of a long page's
 * elements are links and spans, and a fresh node for each was most of what the walk allocated.
 */
function reopen(o: Open, el: Element, inLink: number, trace: Trace | undefined): Open {
  const tag = el.tagName.toUpperCase();
  o.at = trace ? record(trace, el, tag) : -1;
  o.el = el;
  o.tag = tag;
  o.shown = !INVISIBLE.has(tag);
  o.length = o.visible = o.visibleCommas = o.commas = o.link = o.p = o.img = o.li = o.input = 0;
  o.embeds = o.listed = o.content = o.letters = o.linkLetters = o.wide = 0;
  o.blank = o.visBlank = true;
  o.lead = o.trail = o.visLead = o.visTrail = false;
  o.inLink = tag === 'A' ? linkWeight(el) : inLink;
  return o;
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

/**
 * Two whitespace characters in a row (the only thing that makes folded text shorter than trimmed text),
 * or a comma besides `,`: the conditional cleaning's `，` `،`, and the small, vertical and reversed ones of
 * Readability's paragraph score. Most text has neither, and one test tells.
 */
const UNCOMMON = /\s\s|[\u060c\uff0c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32]/;
const SPACES = /\s+/g;
const OTHER_NARROW = /[\u060c\uff0c]/g;
const OTHER_WIDE = /[\u060c\uff0c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32]/g;

/** Occurrences of `,` in `text`: as many steps as commas, none per letter. */
function countCommas(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) count++;
  return count;
}

/**
 * A text node's part: its folded length, edges and commas, found by the engine's own trimming, string
 * search and regular expressions rather than a loop over its characters in script: the first scan of a
 * page runs in code not yet optimised, where every step in script costs several times what it does
 * later. Text of nothing but whitespace, half of a long page's text nodes (and on Wikipedia two thirds
 * of its characters), trims to nothing.
 */
function addText(to: Open, data: string): void {
  const trimmed = data.trim();
  const n = data.length;
  if (!trimmed) {
    // Whitespace alone only says there is a space at the edge so far (while blank, lead and trail are one).
    if (n > 0) {
      if (to.blank) to.lead = true;
      to.trail = true;
      if (to.shown) {
        if (to.visBlank) to.visLead = true;
        to.visTrail = true;
      }
    }
    return;
  }
  let length = trimmed.length;
  let narrow = countCommas(trimmed);
  let wide = narrow;
  if (UNCOMMON.test(trimmed)) {
    // Each run of whitespace inside folds to one space.
    length = trimmed.replace(SPACES, ' ').length;
    narrow += trimmed.match(OTHER_NARROW)?.length ?? 0;
    wide += trimmed.match(OTHER_WIDE)?.length ?? 0;
  }
  // Text with whitespace at an edge starts (or ends) with a character that trimming took off.
  const lead = data.charCodeAt(0) !== trimmed.charCodeAt(0);
  const trail = data.charCodeAt(n - 1) !== trimmed.charCodeAt(trimmed.length - 1);
  appendAll(to, length, false, lead, trail);
  to.commas += narrow;
  to.wide += wide;
  if (to.shown) {
    appendVisible(to, length, false, lead, trail);
    to.visibleCommas += wide;
    to.letters += trimmed.length;
    to.linkLetters += trimmed.length * to.inLink;
  }
}

/** Records a node met by a tracing walk (an element's end is set when the walk leaves it). */
function record(trace: Trace, node: Node, label: string): number {
  trace.labels.push(label);
  return trace.nodes.push(node) - 1;
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
  const spare: Open[] = [];
  let node: Node | null = root.firstChild;
  let k = 0;
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    if (++k % 400 === 0) yield;
    if (!node) {
      stack.pop();
      if (trace) trace.ends[top.at] = trace.nodes.length;
      const kept = top.el === root || !PHRASING.has(top.tag);
      if (kept) memo.set(top.el, top);
      const parent = stack[stack.length - 1];
      if (parent) close(top, parent);
      if (!kept) spare.push(top);
      node = top.el === root ? null : top.el.nextSibling;
      continue;
    }
    // Each DOM read is a call into the engine: the node's type is read once.
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (trace) record(trace, node, data);
      addText(top, data);
      node = node.nextSibling;
    } else if (type === 1) {
      const done = trace ? undefined : (memo.get(node as Element) as Open | undefined);
      if (done) {
        close(done, top);
        node = node.nextSibling;
      } else {
        const o = spare.pop();
        stack.push(
          o ? reopen(o, node as Element, top.inLink, trace) : open(node as Element, top.inLink, trace),
        );
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
  // Nearly every call finds its answer remembered: no walk to set up for it.
  const known = memo.get(root);
  if (known) return known;
  const steps = measureSteps(root, memo);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
