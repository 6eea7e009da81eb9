import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article, speakerOf } from './helpers';

/** The speech detections of an article, as text and speaker. */
const speech = (paragraphs: string) =>
  detectQuotes(article(paragraphs), {})
    .filter((q) => q.kind === 'speech')
    .map((q) => ({ text: q.text, speaker: q.speaker }));

describe('reported clauses around borrowed words', () => {
  it('reads "said he was “happy to see” that…" as one statement, not the clause after "that"', () => {
    expect(speech('<p>On Monday, Trump said he was “happy to see” that Khan was voted in.</p>')).toEqual([
      { text: 'he was “happy to see” that Khan was voted in', speaker: 'Trump' },
    ]);
  });

  it('reads the reported words after a direct quote whose attribution describes its speaker first', () => {
    const found = speech(
      '<p>“Loud footsteps upstairs could shake the Senate races below,” veteran analyst Charlie Cook wrote this week, adding that if the party loses by a larger margin, “hanging onto the Senate would be a long shot at best.”</p>',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Charlie Cook', 'Charlie Cook']);
    expect(found[1]?.text).toMatch(/^if the party loses .* a long shot at best\.”$/);
  });

  it('gives a described owner’s “answer was that …” to the description', () => {
    const found = speech(
      '<p>The Florida senator’s answer was that “the most important institution in society is the family,” so government should help.</p>',
    );
    expect(found[0]?.text).toContain('“the most important institution in society is the family,”');
  });

  it('reads a short lead-in and its quote before a closing credit as one reported clause', () => {
    expect(
      speech(
        '<p>Teachers are “looking to see who is on the Republican side of the ticket,” Lily García said.</p>',
      ),
    ).toEqual([
      {
        text: 'Teachers are “looking to see who is on the Republican side of the ticket,”',
        speaker: 'Lily García',
      },
    ]);
  });

  it('reads the clause a “by saying that” reports, not the whole stretch after an earlier verb', () => {
    const found = speech(
      '<p>The comments came with a warning about the rhetoric from the Likud party, which tried to rally support by saying that Arab voters were “coming out in droves.”</p>',
    );
    expect(found.map((q) => q.text)).toEqual(['Arab voters were “coming out in droves.”']);
  });

  it('leaves the hearer out of a quote that follows “told reporters,”', () => {
    expect(speech('<p>Sooner or later, Christie told reporters, “it starts to pay off.”</p>')).toEqual([
      { text: 'it starts to pay off.', speaker: 'Christie' },
    ]);
  });

  it('reads a capitalised participle opening the sentence as a verb, not a name', () => {
    const found = speech(
      '<p>Conceding that there would likely be a trade agreement “down the line” he warned of delays.</p>',
    );
    expect(found[0]?.text).toMatch(/^there would likely be a trade agreement “down the line”/);
  });
});

describe('speakers as the corpora print them', () => {
  it('reads a subject after an opening phrase of many words, and after two opening phrases', () => {
    expect(
      speakerOf(
        '<p>On the eve of his historic election to a fourth term as prime minister in March, Netanyahu rallied supporters by warning that “the rule of the right is in danger.”</p>',
        'rule of the right',
      ),
    ).toBe('Netanyahu');
    expect(
      speakerOf(
        '<p>On Thursday, after remaining neutral throughout the primary process, Warren endorsed Clinton, saying, “Having a fighter in the lead is exactly what this country needs.”</p>',
        'fighter in the lead',
      ),
    ).toBe('Warren');
  });

  it('reads titles joined by "and", and a party tag before the comma', () => {
    expect(
      speakerOf(
        '<p>“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.</p>',
        'reprising',
      ),
    ).toBe('Ed Rendell');
    expect(
      speakerOf(
        '<p>Speaking in Berea, OH, after winning the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”</p>',
        'covered wagon',
      ),
    ).toBe('John Kasich');
  });

  it('gives a document’s words to the author it is by', () => {
    expect(
      speakerOf(
        '<p>A fundraising email sent out by Sanders on Tuesday night warned of the fight ahead: “There are 14 primaries and caucuses over the next three weeks.”</p>',
        '14 primaries',
      ),
    ).toBe('Sanders');
    expect(
      speakerOf(
        '<p>“The evidence cannot prove all legally required elements of the crime,” according to a court document filed by state attorney Dave Aronberg.</p>',
        'legally required',
      ),
    ).toBe('Dave Aronberg');
  });

  it('names an unnamed source by its description, its head before the post-modifier', () => {
    expect(
      speakerOf(
        '<p>Greta Olsen spoke first.</p><p>“It’s a way to participate without supporting Trump,” says a source involved in the super-PAC’s creation.</p>',
        'a way to participate',
      ),
    ).toBe('a source involved in the super-PAC’s creation');
  });

  it('does not take the object of a verb before the comma as an inverted speaker', () => {
    expect(
      speakerOf(
        '<p>Sanders was asked by host Bill Maher, who has previously dismissed the story about Clinton’s emails, “Now, you famously said you were tired of hearing about the emails.”</p>',
        'tired of hearing',
      ),
    ).toBe('Bill Maher');
  });

  it('reads a military title’s full stop as no sentence end, and a quantifier opening a description', () => {
    expect(
      speech(
        '<p>“The candidates just don’t understand the military,” said Army Capt. Christian Pardo, who said he would not vote. “Their policies are so far out there.”</p>',
      ),
    ).toEqual([
      {
        text: 'The candidates just don’t understand the military. Their policies are so far out there.',
        speaker: 'Christian Pardo',
      },
    ]);
    expect(
      speakerOf(
        '<p>Greta Olsen spoke first.</p><p>“I don’t want to get on the wrong side of Trump,” said one former campaign staffer.</p>',
        'wrong side',
      ),
    ).toBe('one former campaign staffer');
  });
});

describe('names in a headline set in title case', () => {
  it('takes no full name from a title-case headline run into the story after it', () => {
    const paragraphs =
      '<p>Jeb Bush Hits Marco Rubio On Rape Exception For Abortions Jeb Bush criticized Marco Rubio on Saturday.</p>' +
      '<p>“I’m pro-life, but I believe there should be exceptions,” Bush said.</p>';
    expect(speakerOf(paragraphs, 'pro-life')).toBe('Jeb Bush');
  });
});

describe('descriptions of the person quoted before', () => {
  it('reads a standing in the race, or roles joined by “and”, as the person named before', () => {
    const lead = '<p>Sen. Marco Rubio responded first.</p>';
    expect(
      speakerOf(
        `${lead}<p>“I have warned about this for years,” the Republican presidential candidate said.</p>`,
        'warned',
      ),
    ).toBe('Marco Rubio');
    expect(
      speakerOf(
        `${lead}<p>“I have warned about this for years,” the Florida senator and Republican presidential candidate said.</p>`,
        'warned',
      ),
    ).toBe('Marco Rubio');
  });
});

describe('bodies and documents named once, then described', () => {
  it('reads "The report said" as a subject and its verb, not a noun before the clause', () => {
    expect(
      speech('<p>The report said the company was a “foreign principal” under the act.</p>')[0]?.text,
    ).toBe('the company was a “foreign principal” under the act');
  });

  it('gives "the campaign said" after a closing quote to the campaign named before', () => {
    const lead = '<p>The Clinton campaign is in Iowa this week.</p>';
    expect(speakerOf(`${lead}<p>“We will win this state,” the campaign said.</p>`, 'win this')).toBe(
      'Clinton campaign',
    );
  });

  it('gives "the report said" to the report named before, with its name', () => {
    const lead = '<p>A 2014 House Intelligence Committee report found no wrongdoing.</p>';
    expect(
      speakerOf(
        `${lead}<p>“There was no intelligence failure,” the report said.</p>`,
        'intelligence failure',
      ),
    ).toBe('House Intelligence Committee report');
  });
});

describe('groups, places and bodies with "of" in their names', () => {
  it('gives "prosecutors in San Francisco and Los Angeles say" to the prosecutors, not the last place', () => {
    expect(
      speech(
        '<p>In fact, prosecutors in San Francisco and Los Angeles say Uber has been lying to its customers.</p>',
      ),
    ).toEqual([
      {
        text: 'Uber has been lying to its customers',
        speaker: 'prosecutors in San Francisco and Los Angeles',
      },
    ]);
  });

  it('reads "on Monday, Trump said" as no list of places (a list ends in "and" or "or")', () => {
    expect(speech('<p>Speaking to MSNBC on Monday, Trump said the caucus system is “complex”.</p>')).toEqual([
      { text: 'the caucus system is “complex”', speaker: 'Trump' },
    ]);
  });

  it('keeps "of" inside a body’s name: "the New Zealand Department of Conservation", "The Department of Justice"', () => {
    expect(
      speech(
        '<p>The cause is unknown, but “a rapidly falling tide” is thought to contribute, according to the New Zealand Department of Conservation.</p>',
      )[0]?.speaker,
    ).toBe('New Zealand Department of Conservation');
    expect(speech('<p>The Department of Justice said the company had broken the law.</p>')[0]?.speaker).toBe(
      'Department of Justice',
    );
  });

  it('puts no later quote to a name that only modifies a thing: "The Sydney experience should prove…"', () => {
    expect(
      speech(
        '<p>The Sydney experience should prove that there is no free lunch. A ride-sharing service wouldn’t find itself “increasing fares to encourage more drivers” to come into the city.</p>',
      ),
    ).toEqual([{ text: 'increasing fares to encourage more drivers', speaker: null }]);
  });

  it('gives a quote to the name set off after a possessive’s description, not to the possessor', () => {
    expect(
      speech(
        '<p>“It’s about time that we had a woman running this country,” exhorted Clinton’s introducer, actress Jamie Lee Curtis.</p>',
      )[0]?.speaker,
    ).toBe('Jamie Lee Curtis');
    expect(
      speech('<p>“We are done here,” said Trump’s spokeswoman, Hope Hicks, on Monday.</p>')[0]?.speaker,
    ).toBe('Hope Hicks');
  });

  it('reads a circumstance naming a day between the subject and its verb: "Obama in a Sunday interview said"', () => {
    expect(
      speech('<p>Obama in a Sunday interview said the deal was “the best we could get.”</p>')[0]?.speaker,
    ).toBe('Obama');
  });

  it('reads "rally" as the noun it is, not an adverb before the verb: "Sanders during a rally said"', () => {
    expect(
      speech('<p>Sanders during a rally said the group had been “one of the sponsors.”</p>')[0]?.speaker,
    ).toBe('Sanders');
  });

  it('names someone new by whom they speak for: "a spokesman for Bernie Sanders quipped"', () => {
    expect(
      speech(
        '<p>The scheduling was so odd that a spokesman for Bernie Sanders quipped: “I guess Christmas Eve was booked.”</p>',
      )[0]?.speaker,
    ).toBe('a spokesman for Bernie Sanders');
  });

  it('reads no statement into a passive’s agent: "called on by tribes around the country"', () => {
    expect(
      speech(
        '<p>Parata is the leading whale expert, called on by tribes around the country for guidance as strandings become complex.</p>',
      ),
    ).toEqual([]);
  });
});
