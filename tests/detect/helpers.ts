import { JSDOM } from 'jsdom';
import type { SpeakerHint } from '../../lib/detect/types';

/** A jsdom document from an HTML string (body markup is wrapped in a minimal page). */
export function page(body: string): Document {
  const html = /<html/i.test(body) ? body : `<!doctype html><html><body>${body}</body></html>`;
  return new JSDOM(html).window.document;
}

/** An article page: the detector finds the <article> as its root. */
export function article(paragraphs: string): Document {
  return page(
    `<header><nav><a href="#">Home</a></nav></header><main><article>${paragraphs}</article></main><footer><p>Footer text.</p></footer>`,
  );
}

export const RUTTE: SpeakerHint = {
  name: 'Mark Rutte',
  aliases: [
    'Rutte',
    'Mr. Rutte',
    'NATO Secretary-General',
    'the NATO chief',
    'NATO’s Rutte',
    'the former Dutch prime minister',
  ],
};
