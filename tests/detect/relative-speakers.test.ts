import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers';

describe('speakers behind relative clauses, appositions and documents', () => {
  it('gives a relative clause’s verb to its antecedent, and a document naming no one to the sentence’s subject', () => {
    expect(
      speakerOf(
        '<p>The Harbor Gazette recently ran a piece that noted his “tax plan would help the richest towns far more than the poorest ones.”</p>',
        'tax plan',
      ),
    ).toBe('Harbor Gazette');
    expect(
      speakerOf(
        '<p>Dana Whitfield added the caption which reads, “The council voted before anyone could read the final text of the plan.”</p>',
        'council voted',
      ),
    ).toBe('Dana Whitfield');
  });

  it('reads a name before its apposition when the relative clause runs on to the verb', () => {
    expect(
      speakerOf(
        '<p>“The mayor needs a plan for winning back the river towns,” Nora Lindqvist, the pollster who founded pollingpoint.com tweeted on Wednesday.</p>',
        'river towns',
      ),
    ).toBe('Nora Lindqvist');
  });

  it('does not make the outlet that obtained a letter its author', () => {
    expect(
      speakerOf(
        '<p>A March 3 letter from the Harbor Veterans Union obtained by The Coastal Herald warns that “any further use of the emblem will be handled by our trademark lawyer.”</p>',
        'emblem',
      ),
    ).toBe('Harbor Veterans Union');
  });

  it('reads “a Smith-style retort” as a noun, not a speaker and a verb', () => {
    expect(
      speakerOf(
        '<p>Jordan Bell offered a Smith-style retort on the mayor’s favourite medium, tweeting at him, “you are not just a loser, you are a quitter and a whiner.”</p>',
        'quitter',
      ),
    ).toBe('Jordan Bell');
  });
});
