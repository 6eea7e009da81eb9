import { describe, expect, it } from 'vitest';
import { analyze, normalizeText } from '../../lib/match/normalize';
import { americanize } from '../../lib/match/spelling';

describe('normalizeText', () => {
  it('folds case, curly and straight marks and dashes', () => {
    expect(normalizeText('“It’s only fair. Reassurance is a two-way street,”')).toBe(
      normalizeText('"it\'s only fair -- reassurance is a two way street"'),
    );
    expect(normalizeText('defence—more than double')).toBe('defense more than double');
  });

  it('brings British spelling to American, leaving look-alikes alone', () => {
    expect(normalizeText('no normalisation of defence, honour or colour in the centre')).toBe(
      'no normalization of defense honor or color in the center',
    );
    expect(normalizeText('they travelled to organise a programme')).toBe(
      'they traveled to organize a program',
    );
    for (const word of [
      'exercise',
      'advise',
      'compromise',
      'otherwise',
      'surprise',
      'your',
      'four',
      'hour',
      'tour',
      'pour',
      'our',
      'flour',
    ]) {
      expect(americanize(word)).toBe(word);
    }
  });

  it('drops editorial insertions in brackets and keeps one-word substitutions', () => {
    expect(normalizeText('[Russian President] Vladimir Putin')).toBe('vladimir putin');
    expect(normalizeText('[the] alliance will respond')).toBe('the alliance will respond');
  });

  it('drops ellipses, whether one character or three points', () => {
    expect(normalizeText('This will take decades … The threat is still there')).toBe(
      normalizeText('This will take decades... The threat is still there'),
    );
    expect(normalizeText('the threat [...] is still there')).toBe('the threat is still there');
  });

  it('writes numbers as digits and percentages one way', () => {
    expect(normalizeText('is ten minutes')).toBe(normalizeText('is 10 minutes'));
    expect(normalizeText('well north of 3%')).toBe(normalizeText('well north of three per cent'));
    expect(normalizeText('5 percent of GDP')).toBe('5% of gdp');
    expect(normalizeText('twenty-five allies and 10,000 troops')).toBe('25 allies and 10000 troops');
  });

  it('keeps the printed text in its units so a diff reads as printed', () => {
    const a = analyze('the 2 per cent target');
    expect(a.units.join('')).toBe('the 2 per cent target');
    expect(a.words).toEqual(['the', '2%', 'target']);
  });
});
