import { describe, expect, it } from 'vitest';
import { QuoteMatcher } from '../../lib/match';
import { claimClause } from '../../lib/match/claims';
import { confidenceOf } from '../../lib/match/score';
import type { KeyKind } from '../../lib/match/stem-keys';
import { quote, speaker } from '../library/helpers';

describe('a clause only one side says (claimClause)', () => {
  // Keys 1-19 are content words, 20 a function word, 30 a speech verb; 7 and 9 are related words.
  const kindOf = (k: number): KeyKind => (k === 30 ? 'speech' : k === 20 ? 'function' : 'content');
  const relates = (a: number, b: number) => (a === 7 && b === 9) || (a === 9 && b === 7);
  const clause = (side: number[], other: number[]) =>
    claimClause(Int32Array.from(side), Int32Array.from(other), kindOf, relates);

  it('counts content words in a row with no counterpart, function words aside', () => {
    expect(clause([1, 2, 4, 20, 5, 3], [1, 2, 3])).toBe(2);
    expect(clause([1, 4, 2, 5, 3], [1, 2, 3])).toBe(1);
  });

  it('reads a related word as a counterpart', () => {
    expect(clause([1, 7, 8, 2], [1, 2])).toBe(2);
    expect(clause([1, 7, 8, 2], [1, 9, 2])).toBe(1);
  });

  it('leaves out who spoke: the words before a speech verb, and after it when they run to the end', () => {
    expect(clause([1, 2, 30, 4, 5, 6], [1, 2])).toBe(0);
    expect(clause([4, 5, 6, 30, 1, 2], [1, 2])).toBe(0);
    expect(clause([1, 30, 4, 5, 2], [1, 2])).toBe(2);
    expect(clause([1, 30, 2, 4, 5], [1, 2])).toBe(2);
  });
});

describe('confident means the same claims', () => {
  const matcher = QuoteMatcher.build({
    speakers: [speaker('s', 'S')],
    quotes: [
      quote('spend', 's', 'The alliance will spend 2% of its output on defence every year from now on.'),
      quote('ports', 's', 'Our ports will stay open to every ship that respects the law of the sea.'),
      quote('talks', 's', 'The talks in Geneva will resume next week with both delegations present.'),
    ],
    renderings: [],
  });
  const band = (text: string) => matcher.judge(text, 'spend')?.confidence;

  it('is confident of a close wording that makes the same claim', () => {
    expect(band('The alliance shall spend 2% of its output on defence every year from now on')).toBe(
      'confident',
    );
  });

  it('is only possibly sure of the same words with a number changed or a negation added', () => {
    expect(band('The alliance will spend 3% of its output on defence every year from now on')).toBe(
      'possible',
    );
    expect(band('The alliance will not spend 2% of its output on defence every year from now on')).toBe(
      'possible',
    );
  });

  it('is only possibly sure of a close wording with a claim of its own', () => {
    const text =
      'The alliance shall spend 2% of its output on defence every year from now on while troops guard the border';
    const j = matcher.judge(text, 'spend')!;
    expect(j.exact).toBeGreaterThan(0.8);
    expect(j.confidence).toBe('possible');
  });

  it('stays confident of a part of the remark, and of the whole remark with more', () => {
    expect(band('spend 2% of its output on defence every year')).toBe('confident');
    expect(
      band(
        'The alliance will spend 2% of its output on defence every year from now on, and troops will guard the border',
      ),
    ).toBe('confident');
  });
});

describe('a clause of a sentence’s worth (the band rules)', () => {
  // A rewording the model finds likely enough for "possible", with a clause of its own of `clause` words.
  const figures = (clause: number, likelihood: number) => ({
    score: 0.62,
    exact: 0.55,
    meaning: 0.62,
    evidence: 4,
    unshared: 5,
    likelihood,
    whole: false,
    shifted: false,
    clause,
    contradicts: false,
  });

  it('is no match when the model is unsure of a pair of which one side says a whole clause more', () => {
    expect(confidenceOf(figures(2, 0.55), false)).toBe('possible');
    expect(confidenceOf(figures(7, 0.55), false)).toBeNull();
  });

  it('leaves the pair to the model when it finds it likely, and to shared meaning across forms', () => {
    expect(confidenceOf(figures(7, 0.7), false)).toBe('possible');
    expect(confidenceOf(figures(7, 0.9), false)).toBe('confident');
    expect(confidenceOf({ ...figures(7, 0.55), score: 0.65 }, true)).toBe('possible');
  });
});
