import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

const speakers = (paragraphs: string) =>
  detectQuotes(article(paragraphs), {})
    .filter((q) => q.kind === 'speech')
    .map((q) => q.speaker);

describe('speaker attribution: words that open a sentence', () => {
  it('takes no time noun or closed-class opener for a name', () => {
    expect(
      speakers(
        '<p>Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”</p>',
      ),
    ).toEqual(['Trump']);
    expect(
      speakers('<p>Yet Republicans said the plan was “dead on arrival” in the Senate this year.</p>'),
    ).toEqual(['Republicans']);
  });

  it('keeps a quantifier as the opening of its subject, not of a clause to skip', () => {
    expect(
      speakers(
        '<p>One Clinton spokesman, asked about the emails, said the matter was “overclassification run amok.”</p>',
      ),
    ).toEqual(['Clinton']);
  });

  it('reads the subject past a circumstance before its verb', () => {
    expect(
      speakers('<p>Trump at the time said he had asked his “people” to “look into” paying the fees.</p>'),
    ).toEqual(['Trump']);
  });

  it('hears a retort as speech', () => {
    expect(
      speakers(
        '<p>At the meeting in Hudson, the Christie supporter Ann Marsh retorted: “There is a special place in hell for them.”</p>',
      ),
    ).toEqual(['Ann Marsh']);
  });
});
