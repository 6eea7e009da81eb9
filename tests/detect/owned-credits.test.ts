import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers';

describe('words credited through a possessed noun of saying', () => {
  it('gives the words after “X’s pledge to” to X, not to the sentence’s subject', () => {
    expect(
      speakerOf(
        '<p>Voters remembered Governor Ada Brennan’s pledge to “never raise a single tax on working families.”</p>',
        'never raise',
      ),
    ).toBe('Ada Brennan');
  });

  it('reads “in X’s words” before the quote as its credit', () => {
    expect(
      speakerOf(
        '<p>The mayor has been generous because, in Ekberg’s words, “this town deserves a council that listens to all of them.”</p>',
        'deserves a council',
      ),
    ).toBe('Ekberg');
  });

  it('reads a quote between a possessive and its noun of saying as the owner’s', () => {
    expect(
      speakerOf(
        '<p>Unions still feel the pull of Ekberg’s “nobody will lose the plan they have now” promise this spring.</p>',
        'nobody will lose',
      ),
    ).toBe('Ekberg');
  });

  it('does not credit a quote that says what the owned noun did', () => {
    expect(
      speakerOf(
        '<p>Later in the show, Ines Marlow stated that the harbour board’s report “was not good at all for the town.”</p>',
        'not good at all',
      ),
    ).toBe('Ines Marlow');
  });
});

describe('agents, absolutes and places around joined verbs', () => {
  it('gives quoted words called something by an agent to the agent', () => {
    expect(
      speakerOf(
        '<p>The plan was called “a reckless gamble with our savings” by Councilwoman Ines Marlow on Tuesday.</p>',
        'reckless gamble',
      ),
    ).toBe('Councilwoman Ines Marlow');
  });

  it('carries “with X tweeting … and asking” to X past a quote between them', () => {
    expect(
      speakerOf(
        '<p>Democrats were quick to chime in, with Dale Hutto tweeting that it was a “disaster” for Ekberg and asking, “How can someone with such bad judgment be the mayor?”</p>',
        'such bad judgment',
      ),
    ).toBe('Dale Hutto');
  });

  it('takes no state set off after its town for the subject of a joined verb', () => {
    expect(
      speakerOf(
        '<p>Riverton Mayor Ada Brennan spoke on Monday. A month later, she paid a visit to the port in Riverton, Ohio and explained that the harbour was “the heart of everything we do.”</p>',
        'heart of everything',
      ),
    ).not.toBe('Ohio');
  });
});
