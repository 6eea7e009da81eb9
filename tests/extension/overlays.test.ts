import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Highlighter } from '../../lib/highlight/highlighter';
import { OverlayPainter } from '../../lib/highlight/overlays';

function page() {
  const { window } = new JSDOM(
    '<p id="p">“A fairer NATO means all allies doing their fair share,” he said.</p><div id="layer"></div>',
  );
  const doc = window.document;
  const text = doc.getElementById('p')!.firstChild!;
  const range = doc.createRange();
  range.setStart(text, 1);
  range.setEnd(text, 20);
  // jsdom has no layout: give the range the two line boxes a browser would.
  range.getClientRects = () =>
    [
      { left: 10, top: 20, width: 100, height: 18 },
      { left: 10, top: 40, width: 0, height: 18 },
    ] as unknown as DOMRectList;
  return { doc, range, layer: doc.getElementById('layer')! };
}

describe('highlights where the Custom Highlight API is missing', () => {
  it('reports the API as missing in a DOM without it', () => {
    expect(Highlighter.supported(new JSDOM('').window as unknown as Window)).toBe(false);
  });

  it('draws one box per visible line box, in our layer, leaving the page’s text alone', () => {
    const { doc, range, layer } = page();
    const before = doc.getElementById('p')!.outerHTML;
    const highlighter = new Highlighter(doc);
    highlighter.useOverlays(new OverlayPainter(layer));
    highlighter.set([{ ranges: [range], kind: 'paraphrase' }], 'wash');
    const boxes = [...layer.children] as HTMLElement[];
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.dataset.kind).toBe('paraphrase');
    expect(boxes[0]!.style.width).toBe('100px');
    expect(doc.getElementById('p')!.outerHTML).toBe(before);
  });

  it('hides and shows the boxes with the highlights switch', () => {
    const { doc, range, layer } = page();
    const highlighter = new Highlighter(doc);
    highlighter.useOverlays(new OverlayPainter(layer));
    highlighter.set([{ ranges: [range], kind: 'verbatim' }], 'underline');
    highlighter.setVisible(false);
    expect(layer.children).toHaveLength(0);
    highlighter.setVisible(true);
    expect((layer.children[0] as HTMLElement).dataset.style).toBe('underline');
  });
});
