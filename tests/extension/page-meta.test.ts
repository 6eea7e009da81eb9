import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../lib/page-meta';

const doc = (head: string) =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body></body></html>`).window.document;

describe('readPageMeta', () => {
  it('prefers the site name and the published day from Open Graph metadata', () => {
    const meta = readPageMeta(
      doc(
        '<title>T</title><meta property="og:site_name" content=" Reuters "><meta property="article:published_time" content="2025-03-26T10:12:00Z">',
      ),
      'https://www.reuters.com/world/x',
    );
    expect(meta).toEqual({ outlet: 'Reuters', date: '2025-03-26', title: 'T' });
  });

  it('falls back to the host without www and no date', () => {
    expect(readPageMeta(doc(''), 'https://www.example.org/a')).toMatchObject({
      outlet: 'example.org',
      date: null,
    });
  });

  it('reads a <time datetime> when no meta gives the date', () => {
    const d = doc('');
    d.body.innerHTML = '<time datetime="2024-12-01">1 December</time>';
    expect(readPageMeta(d, 'http://127.0.0.1/x').date).toBe('2024-12-01');
  });
});
