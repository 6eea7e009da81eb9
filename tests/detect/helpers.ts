import { JSDOM } from 'jsdom';
import { detectQuotes } from '../../lib/detect';
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

/** The speaker of the speech detection in an article of `paragraphs` that holds `words`. */
export const speakerOf = (paragraphs: string, words: string) =>
  detectQuotes(article(paragraphs), {}).find((q) => q.kind === 'speech' && q.text.includes(words))?.speaker;

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
