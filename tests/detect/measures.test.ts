import { describe, expect, it } from 'vitest';
import { emptyTrace, measure, measureSteps, type Measures } from '../../lib/detect/article/measures';
import { runToEnd } from '../../lib/detect/slices';
import { paragraphCommas, paragraphScore, visibleText } from '../../lib/detect/article/density';
import { page } from './helpers';

const fold = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The measures read straight off one element, as the conditional cleaning once read them. */
function direct(el: Element): Record<string, unknown> {
  const length = fold(el).length;
  let link = 0;
  for (const a of el.querySelectorAll('a'))
    link += fold(a).length * (/^#./.test(a.getAttribute('href') ?? '') ? 0.3 : 1);
  let listed = 0;
  for (const list of el.querySelectorAll('ul, ol'))
    if (!list.parentElement?.closest('ul, ol')) listed += fold(list).length;
  let letters = 0;
  let linkLetters = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentElement?.tagName ?? '')) continue;
    const len = (node as Text).data.trim().length;
    const a = node.parentElement?.closest('a');
    letters += len;
    if (a) linkLetters += len * (/^#./.test(a.getAttribute('href') ?? '') ? 0.3 : 1);
  }
  let content = 0;
  for (const p of el.querySelectorAll('p, pre, td'))
    if (fold(p).length >= 25) content += paragraphScore(fold(p));
  return {
    length,
    visible: visibleText(el).length,
    visibleCommas: paragraphCommas(visibleText(el)),
    letters,
    linkLetters: expect.closeTo(linkLetters, 9),
    commas: fold(el).match(/[,\uFF0C\u060C]/g)?.length ?? 0,
    density: length ? Math.min(1, link / length) : 0,
    p: el.getElementsByTagName('p').length,
    img: el.getElementsByTagName('img').length,
    li: el.getElementsByTagName('li').length,
    input: el.getElementsByTagName('input').length,
    embeds: el.querySelectorAll('object, embed, iframe').length,
    listed,
    content,
  };
}

describe('container measures summed bottom-up', () => {
  it('equal what reading every container on its own gives, whitespace, links and lists included', () => {
    const doc = page(`
      <div id="a">  <p>One,   two,\u00a0three — <a href="/x">a link</a> and <a href="#n">a note</a>.</p>
        <div><ul><li>Item <b>one</b></li><li>Item, two <ul><li>nested</li></ul></li></ul>
        <span>  </span><span></span>text<noscript><p>No script here, but text, with commas، and Arabic ones،</p></noscript><a href="/z"><span>inner <b>bold</b></span></a><style>p { color: red }</style><script>var a = 1, b = 2;</script></div>
        <table><tr><td>A cell of the table that holds more than twenty-five letters, surely.</td></tr></table>
        <img src="a.png"><input><embed src="a.swf"><object></object>
        <p>别的，中文，标点，在这里出现了很多次，一个段落。<a href="/y">   spaced   link   </a></p>
        <p>\t\n  <i>\u3000</i>Tabs,\tideographic\u3000spaces\u2028and \u0007 controls<a href="#">#</a>\n\t</p>
      </div>`);
    const memo = new WeakMap<Element, Measures>();
    measure(doc.body, memo);
    for (const el of doc.body.querySelectorAll('*')) {
      // Scripts and styles are never measured as containers: the walk skips them.
      if (/^(SCRIPT|STYLE)$/.test(el.tagName)) continue;
      const m = measure(el, memo);
      const expected = direct(el);
      // A list, or anything in one, is judged as a list whatever its lists hold: `listed` is read only outside lists.
      if (el.closest('ul, ol')) expected.listed = m.listed;
      const got = Object.fromEntries(
        Object.keys(expected).map((k) => [
          k,
          k === 'density' ? (m.length ? Math.min(1, m.link / m.length) : 0) : m[k as keyof Measures],
        ]),
      );
      expect({ tag: el.tagName, ...got }).toEqual({ tag: el.tagName, ...expected });
    }
    // A tracing walk, which records every node for the block walk, measures the same.
    const traced = new WeakMap<Element, Measures>();
    runToEnd(measureSteps(doc.body, traced, emptyTrace()));
    for (const el of doc.body.querySelectorAll('*')) {
      const m = traced.get(el);
      if (m) expect({ tag: el.tagName, ...m, at: 0 }).toMatchObject({ ...measure(el, memo), at: 0 });
    }
  });
});
