import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers';

describe('speakers of participles, joined verbs and passives', () => {
  it('reads no inserted attribution in a verb that takes an object', () => {
    expect(
      speakerOf(
        '<p>Former harbour commissioner Ada Brennan (D), a council ally, praised Lindqvist for what she has built, calling it “a remarkable turnaround” before the vote.</p>',
        'remarkable turnaround',
      ),
    ).toBe('Ada Brennan D');
  });

  it('gives a participle after a comma to the sentence’s described subject, not to the last name', () => {
    expect(
      speakerOf(
        '<p>A spokeswoman for the Harbor Finance Committee emailed reporters with the text of the Coastal Bonds Act, arguing, “As anyone can read, the law they quote says nothing of the sort.”</p>',
        'says nothing',
      ),
    ).toBe('a spokeswoman for the Harbor Finance Committee');
  });

  it('does not give a participle to the name a preposition governs', () => {
    expect(
      speakerOf(
        '<p>Riverton Mayor Tomas Ekberg wrote a letter to Attorney General Dana Whitfield asking the state to investigate the “debacle.”</p>',
        'debacle',
      ),
    ).toBe('Tomas Ekberg');
  });

  it('carries a participle joined by “and” to one after a comma on with the same subject', () => {
    expect(
      speakerOf(
        '<p>For weeks, Lindqvist had warmly praised Ekberg, stating there was a benefit to having the Riverton Mayor in the race and chiding the press for “the silly game” of setting candidates against one another.</p>',
        'silly game',
      ),
    ).toBe('Lindqvist');
  });

  it('ends a clause after an object-taking verb at a second reporting verb joined by “but”', () => {
    expect(
      speakerOf(
        '<p>Lindqvist, who was speaking to the Harbor Mayors Forum, did not mention Ekberg by name, but told the mayors that the towns should be run by people “who put the river towns ahead of their own business.”</p>',
        'river towns',
      ),
    ).toBe('Lindqvist');
  });

  it('gives a verb joined by “and” to the nearest reporting verb’s subject', () => {
    expect(
      speakerOf(
        '<p>Before the vote, a group of fishermen called for a boycott of the hearing, and the civic watchdog the Harbor Fairness League sharply denounced the plan and said it would “return” every gift it had taken from the developer.</p>',
        'return',
      ),
    ).toBe('Harbor Fairness League');
  });

  it('names a passive’s agent as the asker and keeps the one asked for the next “he”', () => {
    const page =
      '<p>Ekberg was asked by Coastal Radio host Mara Quist whether his plan to widen the harbour would mean “another costly promise to an already stretched town budget.”</p>' +
      '<p>“The first job of this office is to keep the harbour open for the boats that pay for it,” he said.</p>';
    expect(speakerOf(page, 'costly promise')).toBe('Mara Quist');
    expect(speakerOf(page, 'harbour open')).toBe('Ekberg');
    expect(
      speakerOf(
        '<p>Asked by Quist if he thought the vote was like the last one, Ekberg said that it was not, but warned of the “same old habit of waiting until the water is at the door.”</p>',
        'same old habit',
      ),
    ).toBe('Ekberg');
  });

  it('reads the name set off after a possessive’s description, a bare stem before a noun being a noun', () => {
    expect(
      speakerOf(
        '<p>In early May, Lindqvist’s Ohio state director, Pia Holm, reached out to the union, writing in an email: “We want to use this right away.”</p>',
        'right away',
      ),
    ).toBe('Pia Holm');
  });
});
