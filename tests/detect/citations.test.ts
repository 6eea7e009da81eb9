import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

const STORY =
  '<p>Ekberg sailed north in 1642 and reached the coast in December, where his crew met the people of the bay.</p>' +
  '<p>“We found a very fine country,” Ekberg wrote in his journal that night.</p>';
const REFERENCES =
  '<h2>References</h2><ol>' +
  '<li><cite>Wilson, Jo. "Ekberg\'s voyage – the first sighting of the coast". Harbour Encyclopedia. Retrieved 24 January 2016.</cite></li>' +
  '<li><cite>"Census population and dwelling counts for the bay". Stats Riverton. 23 September 2019.</cite></li>' +
  '</ol>';

const found = (html: string) => detectQuotes(article(html), {});

describe('quoted titles in a <cite>', () => {
  it('are titles with no speaker, not speech credited to the publisher after them', () => {
    const quotes = found(STORY + REFERENCES);
    const titles = quotes.filter((q) => q.kind === 'title');
    expect(titles.map((q) => q.text)).toEqual([
      "Ekberg's voyage – the first sighting of the coast",
      'Census population and dwelling counts for the bay',
    ]);
    expect(titles.every((q) => q.speaker === null)).toBe(true);
    expect(quotes.filter((q) => q.kind === 'speech').map((q) => q.speaker)).toEqual(['Ekberg']);
  });

  it('leave speech beside the <cite> alone', () => {
    const quotes = found(
      `${STORY}<blockquote><p>“The coast was green as far as we could see,” Ekberg said.</p><cite>Ekberg’s journal, 1642</cite></blockquote>`,
    );
    expect(quotes.filter((q) => q.kind === 'title')).toEqual([]);
    expect(quotes.find((q) => q.text.includes('green as far'))?.speaker).toBe('Ekberg');
  });

  it('credit a quote set out in a blockquote when the <cite> is the blockquote’s source line', () => {
    const quotes = found(
      `${STORY}<blockquote><p>The coast was green as far as we could see.</p><cite>Abel Ekberg</cite></blockquote>`,
    );
    const quote = quotes.find((q) => q.text.includes('green as far'));
    expect(quote?.speaker).toBe('Abel Ekberg');
    expect(quotes.some((q) => q.text.includes('Abel Ekberg'))).toBe(false);
  });
});
