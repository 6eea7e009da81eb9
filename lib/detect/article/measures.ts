import { scoreOf } from './density';

/**
 * What the conditional cleaning reads of a container (its text, commas, links, paragraphs, images,
 * list items, inputs, embeds, lists), summed bottom-up and remembered for every element under it.
 * Read one container at a time, each nested container re-read the text of all it holds: on a page
 * of nested divs and lists that was the walk's main cost.
 */
export interface Measures {
  /** Length of the text as `textContent` with whitespace folded and trimmed. */
  length: number;
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
}

/** A node of the walk: an element whose measures are still being added up, with its text's edges. */
interface Open extends Measures {
  el: Element;
  tag: string;
  /** Holds no visible character yet. */
  blank: boolean;
  /** Whitespace before the first visible character (for a blank text: any whitespace at all). */
  lead: boolean;
  /** Whitespace after the last visible character. */
  trail: boolean;
  /** Commas of the wider set Readability's paragraph score counts. */
  wide: number;
}

const NARROW = /[,\uFF0C\u060C]/g;
const WIDE = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const WIDE_ANY = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/;

function open(el: Element): Open {
  return {
    el,
    tag: el.tagName.toUpperCase(),
    length: 0,
    commas: 0,
    link: 0,
    p: 0,
    img: 0,
    li: 0,
    input: 0,
    embeds: 0,
    listed: 0,
    content: 0,
    blank: true,
    lead: false,
    trail: false,
    wide: 0,
  };
}

/** Appends a stretch of text (its folded length and edges) to `to`, folding the whitespace between. */
function append(to: Open, length: number, blank: boolean, lead: boolean, trail: boolean): void {
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

function linkWeight(el: Element): number {
  const href = el.getAttribute('href');
  return href && /^#./.test(href) ? 0.3 : 1;
}

/** Hands a closed element's measures to its parent, counting the element itself where it counts. */
function close(child: Open, parent: Open): void {
  const { tag } = child;
  append(parent, child.length, child.blank, child.lead, child.trail);
  parent.commas += child.commas;
  parent.wide += child.wide;
  parent.link += child.link + (tag === 'A' ? child.length * linkWeight(child.el) : 0);
  parent.p += child.p + (tag === 'P' ? 1 : 0);
  parent.img += child.img + (tag === 'IMG' ? 1 : 0);
  parent.li += child.li + (tag === 'LI' ? 1 : 0);
  parent.input += child.input + (tag === 'INPUT' ? 1 : 0);
  parent.embeds += child.embeds + (tag === 'OBJECT' || tag === 'EMBED' || tag === 'IFRAME' ? 1 : 0);
  parent.listed += tag === 'UL' || tag === 'OL' ? child.length : child.listed;
  const paragraph = (tag === 'P' || tag === 'PRE' || tag === 'TD') && child.length >= 25;
  parent.content += child.content + (paragraph ? scoreOf(child.length, child.wide) : 0);
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

/** A text node's part: its folded length and edges in one pass over its characters, and its commas. */
function addText(to: Open, data: string): void {
  let length = 0;
  let first = -1;
  let last = -1;
  let spaced = false;
  for (let i = 0; i < data.length; i++) {
    if (isSpace(data.charCodeAt(i))) {
      spaced = true;
      continue;
    }
    if (first < 0) first = i;
    else if (spaced) length++;
    spaced = false;
    last = i;
    length++;
  }
  if (first < 0) append(to, 0, true, data.length > 0, data.length > 0);
  else append(to, length, false, first > 0, last < data.length - 1);
  if (WIDE_ANY.test(data)) {
    to.commas += data.match(NARROW)?.length ?? 0;
    to.wide += data.match(WIDE)?.length ?? 0;
  }
}

/**
 * The measures of `root`, and on the way of every element under it, kept in `memo`: an element
 * asked for after one of its ancestors costs a lookup, and one asked for first walks only what
 * the memo does not hold yet. In steps of a few hundred nodes, for the time-sliced scan.
 */
export function* measureSteps(root: Element, memo: WeakMap<Element, Measures>): Generator<void, Measures> {
  const known = memo.get(root);
  if (known) return known;
  const stack: Open[] = [open(root)];
  let node: Node | null = root.firstChild;
  let k = 0;
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    if (++k % 400 === 0) yield;
    if (!node) {
      stack.pop();
      memo.set(top.el, top);
      const parent = stack[stack.length - 1];
      if (parent) close(top, parent);
      node = top.el === root ? null : top.el.nextSibling;
      continue;
    }
    if (node.nodeType === 3) {
      addText(top, (node as Text).data);
      node = node.nextSibling;
    } else if (node.nodeType === 1) {
      const done = memo.get(node as Element) as Open | undefined;
      if (done) {
        close(done, top);
        node = node.nextSibling;
      } else {
        stack.push(open(node as Element));
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
