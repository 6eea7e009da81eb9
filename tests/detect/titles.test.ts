import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { RUTTE, article } from './helpers';

/** Speakers of the quotes in a paragraph that follows a sentence about Rutte (so a wrong guess has someone to fall to). */
function speakers(paragraph: string): (string | null)[] {
  const doc = article(`<p>NATO chief Mark Rutte spoke in Brussels on Monday.</p><p>${paragraph}</p>`);
  return detectQuotes(doc, { speakers: [RUTTE] })
    .filter((q) => q.kind === 'speech')
    .map((q) => q.speaker);
}

describe('speakers named with a title or an apposition', () => {
  it.each([
    'Mayor',
    'President',
    'Prime Minister',
    'Chancellor',
    'Secretary-General',
    'Senator',
    'Minister',
    'Governor',
    'spokesperson',
    'Deputy Prime Minister',
    'Springfield Mayor',
  ])('“…,” %s Ana Lopez said on Tuesday.', (title) => {
    expect(speakers(`“We will rebuild the bridge,” ${title} Ana Lopez said on Tuesday.`)).toEqual([
      'Ana Lopez',
    ]);
  });

  it('takes the name before or after a described role', () => {
    expect(speakers('“We will rebuild the bridge,” said Ana Lopez, the mayor.')).toEqual(['Ana Lopez']);
    expect(speakers('“We will rebuild the bridge,” said Mayor Ana Lopez.')).toEqual(['Ana Lopez']);
    expect(speakers('“We will rebuild the bridge,” said the mayor, Ana Lopez.')).toEqual(['Ana Lopez']);
  });

  it('reads past an apposition between the name and the verb', () => {
    expect(speakers('“We will rebuild the bridge,” Ana Lopez, the mayor, said on Tuesday.')).toEqual([
      'Ana Lopez',
    ]);
    expect(speakers('“We will rebuild,” Ana Lopez, the mayor of Springfield, said.')).toEqual(['Ana Lopez']);
    expect(speakers('“We will rebuild,” Mayor Ana Lopez, a Democrat, said.')).toEqual(['Ana Lopez']);
    expect(
      speakers('Ana Lopez, the mayor, said the bridge would be rebuilt by the end of the year.'),
    ).toEqual(['Ana Lopez']);
  });

  it('leaves a party and state in parentheses out of the name', () => {
    expect(speakers('“We will rebuild,” Senator Ana Lopez (D-Calif.) said.')).toEqual(['Ana Lopez']);
  });

  it('keeps an outlet that reports far after a quote from taking it over', () => {
    expect(
      speakers(
        'CEO John Mackey said in a memo that the “price distinction has become less relevant” as the chain lowered its prices, Yahoo Finance reported.',
      ),
    ).toEqual(['John Mackey']);
  });
});
