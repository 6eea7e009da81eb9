import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  bundledLibrary,
  expectedPage,
  foldSpace,
  looseKey,
  pageHtml,
  seedLines,
  seedOf,
} from './seed-data';

const library = bundledLibrary();
const speakerNames = new Set(library.speakers.map((s) => s.name));

describe.each(SEEDS)('the page made from seed %s', (seed) => {
  const html = pageHtml(seed);
  const doc = new JSDOM(html).window.document;
  const articleText = foldSpace(doc.querySelector('article')?.textContent ?? '');
  const expected = expectedPage(seed);

  it('is self-contained: nothing points off the page but its shared stylesheet beside it', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(doc.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect([...doc.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual([
      'news-page.css',
    ]);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toBe('#');
  });

  it('looks like a news page with honest metadata', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
    expect(doc.title).not.toBe('');
    for (const selector of ['header nav a', 'article h1', 'article p', 'aside a', 'footer']) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
    const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
    const outlets = new Set(library.renderings.filter((r) => seedOf(r.id) === seed).map((r) => r.outlet));
    expect([...outlets]).toEqual([site]);
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    if (seed === '004') expect(published).toBeUndefined();
    else expect(published).toMatch(/^2025-03-26T\d\d:\d\d:\d\dZ$/);
  });

  it('carries every line of the seed’s article text unchanged', () => {
    const pageText = foldSpace(doc.body.textContent ?? '');
    const lines = seedLines(seed);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(pageText, line).toContain(line);
  });

  it('lists ground-truth quotes that occur in the article, in page order', () => {
    // A quote's words may be interrupted by the writer's attribution ("These developments, he said, make …",
    // "“… alone,” Rutte declared. “The security …”": one statement either side of it).
    const spoken = articleText
      .replace(/, (?:he|she|they) (?:said|added|argued),/g, '')
      .replace(/,?["”] (?:he|she|they|\p{Lu}[\p{L}’-]*(?: \p{Lu}[\p{L}’-]*)*) \p{Ll}+\. ["“]/gu, ' ');
    let from = 0;
    for (const quote of expected.quotes) {
      const at = spoken.indexOf(quote.text, from);
      expect(at, quote.text).toBeGreaterThanOrEqual(0);
      from = at + 1;
      // Reported words carrying a quote's marked words ("said … remained “the most significant threat”") are marked.
      expect(quote.marked, quote.text).toBe(quote.form !== 'reported' || /[“”"]/.test(quote.text));
      if (quote.speaker !== null) expect(speakerNames, quote.text).toContain(quote.speaker);
    }
    for (const scare of expected.scare) expect(articleText).toContain(scare);
  });

  it('has a library rendering from this seed for every ground-truth quote', () => {
    const renderings = library.renderings.filter((r) => seedOf(r.id) === seed);
    for (const quote of expected.quotes) {
      const key = looseKey(quote.text);
      const hit = renderings.find((r) => looseKey(r.text).includes(key) || key.includes(looseKey(r.text)));
      expect(hit, quote.text).toBeDefined();
      const speakerId = library.quotes.find((q) => q.id === hit?.quoteId)?.speakerId;
      expect(library.speakers.find((s) => s.id === speakerId)?.name, quote.text).toBe(quote.speaker);
    }
  });
});
