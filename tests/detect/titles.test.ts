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

describe('speakers as news prints them', () => {
  it.each([
    [
      '“The move to take risk off the table continues,” Chris Weston, chief market strategist at IG, said.',
      'Chris Weston',
    ],
    ['“That’s a legitimate concern,” Sarandon, 69, told MSNBC on Monday.', 'Sarandon'],
    [
      '“It’s hard to dispute the rising negatives,” said Democratic pollster Stan Greenberg.',
      'Stan Greenberg',
    ],
    ['“Go back to Univision!” Ana Lopez shouted at the reporter.', 'Ana Lopez'],
    ['“This is a reminder of what is at stake,” Will wrote.', 'Will'],
    [
      'Huma Abedin, vice chairwoman of the campaign, emailed supporters on Monday, telling them, “I am a proud Muslim.”',
      'Huma Abedin',
    ],
    ['Perez hammered the governor, calling him a “train wreck” and an “outsourcer in chief.”', 'Perez'],
  ])('%s', (paragraph, speaker) => {
    expect(speakers(paragraph)).toEqual([speaker]);
  });

  it.each([
    ['Consumer spending grew modestly in most districts, the Beige Book said.', 'Beige Book'],
    ['“He did write an email memo describing his account,” Powell’s office said.', 'Powell’s office'],
    [
      'The county added two hundred new voting machines in May, the Orlando Sentinel reported.',
      'Orlando Sentinel',
    ],
  ])('an outlet, an office or a document speaks: %s', (paragraph, speaker) => {
    expect(speakers(paragraph)).toEqual([speaker]);
  });
});
