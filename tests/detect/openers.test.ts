import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article, speakerOf } from './helpers';

const speakers = (paragraphs: string) =>
  detectQuotes(article(paragraphs), {})
    .filter((q) => q.kind === 'speech')
    .map((q) => q.speaker);

/** The speaker of the detection that holds `words`. */
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

  it('takes no imperative opener for a name, nor carries it to the quotes after', () => {
    expect(
      speakers(
        '<p>Players take down targets with two pistols. Be warned: if the clowns do not get you, the jump scares will.</p>' +
          '<p>The game channels the classic “teens lost in the woods” horror trope. “I am the hero now,” you will say.</p>',
      ),
    ).not.toContain('Be');
  });

  it('takes no preposition that opens a sentence for a name', () => {
    expect(
      speakers(
        '<p>The clerk stood at the window. Upon asking him why he did not write, he said that he had decided to stop. “Why, what next?” I asked. “No more,” he said.</p>',
      ),
    ).not.toContain('Upon');
    expect(
      speakers('<p>Like many readers, Dana Reyes wrote that the column was “just another blog post.”</p>'),
    ).toEqual(['Dana Reyes']);
  });

  it('keeps a quantifier as the opening of its subject, not of a clause to skip', () => {
    expect(
      speakers(
        '<p>One Clinton spokesman, asked about the emails, said the matter was “overclassification run amok.”</p>',
      ),
    ).toEqual(['Clinton spokesman']);
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

  it('gives a participle after a comma to the sentence subject, not the last name before the comma', () => {
    expect(
      speakers(
        '<p>Romney went after Trump on Wednesday, calling his refusal “disqualifying” for a nominee.</p>',
      ),
    ).toEqual(['Romney']);
    expect(
      speakers(
        '<p>Sen. Bernie Sanders visited NBC’s “Today” to discuss his recent remarks about Clinton, saying “on her worst day” she would be “an infinitely better president” than any Republican.</p>',
      ).slice(-1),
    ).toEqual(['Bernie Sanders']);
  });

  it('reads the subject past a place and its state in an opening phrase', () => {
    expect(
      speakerOf(
        '<p>Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”</p>',
        'total stiff',
      ),
    ).toBe('Trump');
  });

  it('gives a document that names no one to the body that issued it', () => {
    expect(
      speakers(
        '<p>Black Lives Matter issued a statement saying it withdrew “because of the unsafe conditions” at the parade.</p>',
      ),
    ).toEqual(['Black Lives Matter']);
    expect(
      speakers(
        '<p>The Trayvon Martin Foundation did not want to address the sale, telling Fox 35 that it is focused on “ending senseless gun violence.”</p>',
      ),
    ).toEqual(['Trayvon Martin Foundation']);
  });

  it('takes an indefinite description for someone new, not the speaker before', () => {
    expect(
      speakerOf(
        '<p>“We will win this state,” Hillary Clinton said on Monday.</p><p>In a statement, a State Department official said the review “will take months.”</p>',
        'take months',
      ),
    ).toBe('State Department official');
    expect(
      speakerOf(
        '<p>“I’d want answers,” said a prominent Republican National Committee member who supports Trump.</p>',
        'want answers',
      ),
    ).toBe('Republican National Committee member');
  });

  it('reads a credit line after the quote and the agent of a passive verb', () => {
    expect(
      speakerOf(
        '<p>“We have to rebuild the middle class of this country.” - Bernie Sanders.</p>',
        'middle class',
      ),
    ).toBe('Bernie Sanders');
    expect(
      speakerOf(
        '<p>Sanders was asked by host Bill Maher, “Are you tired of hearing about the emails now?”</p>',
        'tired of hearing',
      ),
    ).toBe('Bill Maher');
  });

  it('reads the name after a verb that follows a comma as its subject', () => {
    expect(
      speakerOf(
        '<p>“He can assert it, but it seems extremely unlikely” that Sanders can catch Clinton, said Steve Elmendorf, a Democratic strategist.</p>',
        'extremely unlikely',
      ),
    ).toBe('Steve Elmendorf');
  });

  it('starts a new statement at “and” followed by a new speaker and verb', () => {
    const paragraph =
      '<p>Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the war on terrorism” abroad.</p>';
    expect(speakerOf(paragraph, 'leading from behind')).toBe('Ted Cruz');
    expect(speakerOf(paragraph, 'losing the war')).toBe('Donald Trump');
  });
});
