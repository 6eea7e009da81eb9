import { describe, expect, it } from 'vitest';
import { QuoteMatcher } from '../../lib/match';
import { file, quote, rendering, speaker } from '../library/helpers';

const library = () =>
  file({
    speakers: [speaker('s', 'Mark Rutte')],
    quotes: [quote('q', 's', 'This is not the time to go it alone. Not for Europe or North America.')],
    renderings: [
      rendering('r1', 'q', 'This is not the time to go it alone. Not for Europe or North America.'),
    ],
  });

describe('appending one rendering to an indexed quote', () => {
  it('finds the quote by the new wording and lists the rendering, as a full re-index would', () => {
    const appended = QuoteMatcher.build(library());
    const extra = rendering('r2', 'q', 'Europe and North America must not act on their own, he warned', {
      outlet: 'Second Paper',
      form: 'reported',
    });
    expect(appended.appendRendering('q', extra)).toBe(true);
    const lib = library();
    const rebuilt = QuoteMatcher.build({ ...lib, renderings: [...lib.renderings, extra] });
    const query = 'Europe and North America must not act on their own';
    const a = appended.match(query, { form: 'reported' })[0];
    const b = rebuilt.match(query, { form: 'reported' })[0];
    expect(a?.quoteId).toBe('q');
    expect(a?.renderings.map((r) => r.renderingId)).toEqual(['r1', 'r2']);
    expect(a?.score).toBeCloseTo(b?.score ?? 0, 5);
    expect(a?.confidence).toBe(b?.confidence);
  });

  it('adds no second document for words the quote already holds, and says when the quote is unknown', () => {
    const matcher = QuoteMatcher.build(library());
    const twin = rendering(
      'r3',
      'q',
      'this is not the time to go it alone, not for Europe or North America',
      {
        outlet: 'Wire',
      },
    );
    expect(matcher.appendRendering('q', twin)).toBe(true);
    expect(matcher.snapshot().docQuote.length).toBe(QuoteMatcher.build(library()).snapshot().docQuote.length);
    expect(matcher.match('this is not the time to go it alone')[0]?.renderings).toHaveLength(2);
    expect(matcher.appendRendering('nope', twin)).toBe(false);
  });
});
