import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

describe('the description a speaker was named by', () => {
  it('is kept beside the name it stood for, so reading can learn it as an alias', () => {
    const doc = article(
      '<p>NATO Secretary-General Mark Rutte spoke in Warsaw on Wednesday about the alliance and its plans.</p>' +
        '<p>“This is not the time to go it alone,” the NATO chief said.</p>' +
        '<p>“We stand together,” Rutte said.</p>' +
        '<p>“Inflation is easing,” the Beige Book said.</p>',
    );
    const quotes = detectQuotes(doc, { speakers: [] }).filter((q) => q.kind === 'speech');
    expect(quotes.map((q) => [q.speaker, q.speakerAs])).toEqual([
      ['Mark Rutte', 'the NATO chief'],
      ['Mark Rutte', undefined],
      ['Beige Book', undefined],
    ]);
  });
});
