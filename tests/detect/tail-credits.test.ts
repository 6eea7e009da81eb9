import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

/** The speech found in one paragraph after a sentence about someone else, as [text, speaker]. */
function found(paragraph: string): [string, string | null][] {
  const doc = article(`<p>Senator Joan Marsh spoke in Dayton on Monday.</p><p>${paragraph}</p>`);
  return detectQuotes(doc)
    .filter((q) => q.kind === 'speech')
    .map((q) => [q.text, q.speaker]);
}

describe('an attribution closing the sentence after a comma', () => {
  it('reads the speaker after an inverted verb, past an apposition of their own', () => {
    expect(
      found('The talks are going well and the deal is close, said Brad Bannon, a Democratic pollster.'),
    ).toEqual([['The talks are going well and the deal is close', 'Brad Bannon']]);
    expect(found('The city needs the bridge before winter, said Ana Lopez.')).toEqual([
      ['The city needs the bridge before winter', 'Ana Lopez'],
    ]);
  });

  it('puts a clause carrying quoted words to the speaker after it', () => {
    expect(
      found('China has used "velvet gloves" in its dealings, said Nargis Kassenova, an expert at KIMEP.'),
    ).toEqual([['China has used "velvet gloves" in its dealings', 'Nargis Kassenova']]);
  });

  it('takes the circumstance of the telling as no part of the words', () => {
    expect(
      found('The city needs the bridge before winter, Ana Lopez said in an interview on Monday.'),
    ).toEqual([['The city needs the bridge before winter', 'Ana Lopez']]);
  });

  it('reads no attribution into a participle: it goes on with the subject', () => {
    expect(found('She praised the city for its plan, saying such steps help the region grow.')).toEqual([
      ['such steps help the region grow', 'Joan Marsh'],
    ]);
    expect(found('The city needs the bridge before winter, told the crowd.')).toEqual([]);
  });
});

describe('a subject set apart from its verb', () => {
  it('reads past an aside between dashes, typed or printed', () => {
    expect(
      found('Jason Sims — a teacher from Mount Pleasant — says the endorsement was “a big deal.”'),
    ).toEqual([['the endorsement was “a big deal.”', 'Jason Sims']]);
    expect(
      found('A former candidate -- John McCain, who lost in 2008 -- said the plan "offered no changes."'),
    ).toEqual([['the plan "offered no changes."', 'John McCain']]);
  });

  it('reads past a span of time back from now', () => {
    expect(
      found('The State Department two weeks ago said that “top secret” material had passed through.'),
    ).toEqual([['“top secret” material had passed through', 'State Department']]);
  });
});

describe('an attribution set off by commas inside the words', () => {
  it('skips the attribution, its circumstance and all', () => {
    expect(
      found('The plan’s “excesses are simply sickening,” Hollande said Tuesday in Paris, and must end.'),
    ).toEqual([['The plan’s “excesses are simply sickening,” and must end', 'Hollande']]);
    expect(
      found('Despite his "brash personality," public defender Ana Lopez wrote, Lazar is a devoted father.'),
    ).toEqual([['Despite his "brash personality," Lazar is a devoted father', 'Ana Lopez']]);
  });

  it('ends the words at the speaker’s next act', () => {
    expect(found('The plan’s “excesses” are sickening, Hollande said, noting the cost.')).toEqual([
      ['The plan’s “excesses” are sickening', 'Hollande'],
    ]);
  });

  it('reads no attribution into a list set off by commas', () => {
    expect(
      found('Members in the east, particularly Poland and the Baltic states, are deeply worried.'),
    ).toEqual([]);
  });
});

describe('a title with a field of its own', () => {
  it('keeps "Secretary of State" out of the name and reaches the finite verb before a participle', () => {
    expect(
      found(
        'Former Secretary of State Madeleine Albright recently urged women to vote for her friend, saying, “There’s a special place in hell for women who don’t help each other.”',
      ),
    ).toEqual([
      ['There’s a special place in hell for women who don’t help each other.', 'Madeleine Albright'],
    ]);
  });
});

describe('a contracted pronoun as subject', () => {
  it('reads “he’s” as “he is”, not as a possessive before a noun', () => {
    expect(
      found('And she’s predicting that the rival “has no chance” of ever winning enough delegates.'),
    ).toEqual([['the rival “has no chance” of ever winning enough delegates', 'Joan Marsh']]);
  });
});

describe('a noun of saying', () => {
  it('puts its that-clause to the noun’s owner when it carries quoted words', () => {
    expect(
      found('The film revisits Smith’s old assertion that “thousands” celebrated in the street.'),
    ).toEqual([['“thousands” celebrated in the street', 'Smith']]);
  });
});

describe('a credit line after the quote', () => {
  it('reads a dash set against the name as the credit, as round-ups print it', () => {
    expect(
      found('"We need the bridge before winter comes to the valley." -Michelle Marks, Philadelphia.'),
    ).toEqual([['We need the bridge before winter comes to the valley.', 'Michelle Marks']]);
    expect(
      found('"We need the bridge before winter comes to the valley." - Michelle Marks, Philadelphia.'),
    ).toEqual([['We need the bridge before winter comes to the valley.', 'Michelle Marks']]);
  });
});
