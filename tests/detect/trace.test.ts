import { describe, expect, it } from 'vitest';
import { walkBlocks, type Block } from '../../lib/detect/blocks';
import { findArticle } from '../../lib/detect/root';
import { runToEnd } from '../../lib/detect/slices';
import { page } from './helpers';

const PROSE = 'A paragraph of the story, long enough, with commas, to read as article text to the finder.';

const view = (blocks: Block[]) =>
  blocks.map((b) => ({
    tag: b.el.tagName,
    text: b.text,
    nodes: b.nodes,
    starts: b.starts,
    quoted: b.quoted,
  }));

describe('the block walk over the measuring trace', () => {
  it('gives the blocks the DOM walk gives: quotes, breaks, shadow roots, frames and furniture alike', () => {
    const doc = page(`
      <nav><a href="/">Home</a> <a href="/a">World</a></nav>
      <main><article>
        <h1>Headline with “quoted words”</h1>
        <p>${PROSE} She said <q>so it is</q>, and<br>then left.</p>
        <blockquote><p>${PROSE}</p></blockquote>
        <div class="share-buttons"><a href="/s">Share</a> <a href="/t">Tweet</a></div>
        <div id="host"><p>Light child of a shadow host.</p></div>
        <p>${PROSE} <span class="x">inline <b>bold</b> words</span> end.</p>
        <iframe></iframe>
        <ul><li>${PROSE}</li><li><a href="/r">A link</a> and words of its own, long.</li></ul>
        <!-- a comment -->
        <p hidden>Hidden text.</p>
        <div aria-hidden="true"><p>${PROSE} Aria-hidden text.</p></div>
        <div role="navigation"><p>${PROSE} Role text.</p></div>
        <div role="note" class="lead"><p>${PROSE} Note text.</p></div>
        <p><b>BR</b> is a text here, not a tag: <i>DIV</i> neither.</p>
      </article></main>
      <footer><p>Footer text.</p></footer>`);
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>“Shadow words,” said Ada Stone. ${PROSE}</p><p hidden>Shadow hidden.</p><slot></slot>`;
    doc.querySelector('iframe')!.contentDocument!.body.innerHTML = `<p>“Frame words,” said Ada Stone.</p>`;
    const article = runToEnd(findArticle(doc));
    // The article root stands in the trace: the walk below follows it, not the DOM.
    expect(article.trace?.nodes[article.measures.get(article.root)?.at ?? -1]).toBe(article.root);
    const traced = runToEnd(walkBlocks(article.root, 200, article.skip, article.measures, article.trace));
    const fromDom = runToEnd(walkBlocks(article.root, 200, article.skip, article.measures));
    expect(view(traced)).toEqual(view(fromDom));
    const texts = traced.map((b) => b.text).join('\n');
    expect(texts).toContain('“so it is”');
    expect(texts).toContain('Shadow words');
    expect(texts).toContain('Frame words');
    expect(texts).not.toContain('Hidden text');
    expect(texts).not.toContain('Aria-hidden text');
    expect(texts).not.toContain('Role text');
    expect(texts).toContain('Note text');
    // Hiding attributes are looked up once for the trace; a shadow root's own are read where met.
    expect(texts).not.toContain('Shadow hidden');
    expect(texts).toContain('BR is a text here, not a tag: DIV neither.');
    expect(texts).not.toContain('Home');
    expect(texts.indexOf('Shadow words')).toBeLessThan(texts.indexOf('Light child'));
  });

  it('falls back to the DOM for a root the trace does not hold', () => {
    const doc = page(`<article><p>${PROSE}</p></article>`);
    const article = runToEnd(findArticle(doc));
    const other = page(`<div><p>${PROSE}</p></div>`).body;
    const blocks = runToEnd(walkBlocks(other, 200, new Set(), article.measures, article.trace));
    expect(blocks.map((b) => b.text)).toEqual([PROSE]);
  });
});
