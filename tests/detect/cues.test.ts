import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

/** The speaker of the detection that holds `words`. */
const speakerOf = (paragraphs: string, words: string) =>
  detectQuotes(article(paragraphs), {}).find((q) => q.kind === 'speech' && q.text.includes(words))?.speaker;

describe('speaker attribution: reporting cues', () => {
  it('gives a quote set out after a colon-ended paragraph to that paragraph’s speaker', () => {
    const text =
      '<p>“Look at all these supporters here,” Paradis said with a smirk.</p><p>Cruz continued:</p>' +
      '<p>“You look at the questions: are you a comic book villain? Can you do math?”</p>';
    expect(speakerOf(text, 'comic book villain')).toBe('Cruz');
    expect(
      speakerOf(
        '<p>“We won,” Paradis said.</p><p>As Breitbart’s Joel Pollak reported after the raid:</p><p>“The government has done almost nothing with the treasure trove.”</p>',
        'treasure trove',
      ),
    ).toBe('Joel Pollak');
  });

  it('reads two-word reporting verbs: shot back, went on, put it', () => {
    const text =
      '<p>“Look at all these supporters here,” Paradis said.</p>' +
      '<p>“They are all here for the free stuff,” Bennett shot back with a laugh.</p>' +
      '<p>“Can happen to anyone,” Kelly went on.</p><p>As Trump put it, “We are going to win so much.”</p>';
    expect(speakerOf(text, 'free stuff')).toBe('Bennett');
    expect(speakerOf(text, 'Can happen')).toBe('Kelly');
    expect(speakerOf(text, 'win so much')).toBe('Trump');
  });

  it('takes the asker after a question, and a name set off by a word of manner', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p><p>“Do you want them at a convention?” asked Sen. Maria Cantwell of Washington.</p>' +
      '<p>Clinton, exasperated, famously responded: “What difference does it make?”</p>';
    expect(speakerOf(text, 'at a convention')).toBe('Maria Cantwell');
    expect(speakerOf(text, 'What difference')).toBe('Clinton');
  });

  it('keeps a capitalised name with an apostrophe whole', () => {
    expect(
      speakerOf('<p>D’Souza replied, “If I had to bet now, I would bet on Hillary.”</p>', 'bet on Hillary'),
    ).toBe('D’Souza');
  });
});
