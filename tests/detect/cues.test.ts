import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article, speakerOf } from './helpers';

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

  it('reads "as X put it" with a circumstance after it, and "in the words of X", as cues', () => {
    const text =
      '<p>“We will not back down from this fight for working families,” as Sanders put it on Sunday.</p>' +
      '<p>In the words of Senator Warren, “this is a rigged game and the American people know it.”</p>' +
      '<p>But Clinton does not like “surprises and sudden changes of plan,” in the words of one top staffer.</p>' +
      '<p>He put it on the table and left the room without another word to anyone.</p>';
    expect(speakerOf(text, 'working families')).toBe('Sanders');
    expect(speakerOf(text, 'rigged game')).toBe('Warren');
    expect(speakerOf(text, 'sudden changes')).toBe('one top staffer');
    expect(detectQuotes(article(text), {}).filter((q) => q.kind === 'speech')).toHaveLength(3);
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

describe('speaker attribution: credits and unnamed speakers', () => {
  it('reads a name and a colon before the quote as its credit', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p><p>Rep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure."</p>' +
      '<p>POLLSTERS AGREE - Carl Bialik: “Keep on contacting voters as late as possible.”</p>' +
      '<p>In other words, explained CBS moderator Nancy Cordes: "What does that have to do with donations?"</p>';
    expect(speakerOf(text, 'cite that figure')).toBe('Trey Gowdy');
    expect(speakerOf(text, 'contacting voters')).toBe('Carl Bialik');
    expect(speakerOf(text, 'donations')).toBe('Nancy Cordes');
  });

  it('takes the name set off after a description, not a name before it', () => {
    expect(
      speakerOf(
        '<p>In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Cooperation is essential to us.”</p>',
        'Cooperation',
      ),
    ).toBe('Jake Sullivan');
  });

  it('names someone brought in without a name by the description', () => {
    const text =
      '<p>One strategist described the race as "an anti-establishment superhighway and an establishment dirt path."</p>' +
      '<p>Obama officials described the delay as having “minimal” impact on the program.</p>';
    expect(speakerOf(text, 'superhighway')).toBe('one strategist');
    expect(speakerOf(text, 'minimal')).toBe('Obama officials');
  });

  it('names a group by whose they are, joined groups and counted groups as printed, not the owner', () => {
    const said = '“it has changed the way we travel for good.”';
    expect(speakerOf(`<p>Uber’s fans defended the company, saying ${said}</p>`, 'travel')).toBe(
      'Uber’s fans',
    );
    expect(speakerOf(`<p>Fans and supporters said ${said}</p>`, 'travel')).toBe('Fans and supporters');
    expect(
      speakerOf(
        `<p>A number of Uber’s fans and supporters defended the company, saying ${said}</p>`,
        'travel',
      ),
    ).toBe('a number of Uber’s fans and supporters');
    // Those who speak for the owner still go to the owner.
    expect(speakerOf(`<p>Trump’s lawyers defended him, saying ${said}</p>`, 'travel')).toBe('Trump');
  });

  it('reads "defended X as “…”" as a statement with its object', () => {
    const found = detectQuotes(
      article('<p>Donald Trump defended his campaign manager as a "very decent man" on Tuesday.</p>'),
      {},
    ).find((q) => q.text.includes('decent'));
    expect(found?.text).toContain('his campaign manager as');
    expect(found?.speaker).toBe('Donald Trump');
  });
});

describe('statements that run on past their quote', () => {
  it('keeps a quote and the unquoted words it runs into as one statement, attribution left out', () => {
    const found = detectQuotes(
      article(
        '<p>"There\'s a sense of stability now," and donations began to pick up again last week, Gilbert said.</p>',
      ),
      {},
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('donations began to pick up again last week');
    expect(found[0]?.text).not.toContain('Gilbert');
    expect(found[0]?.speaker).toBe('Gilbert');
  });

  it('leaves a quote whose attribution has an apposition alone', () => {
    const found = detectQuotes(
      article(
        "<p>'We're not done yet, and we won't be for years,' the singer, Tom Reyes, told the crowd.</p>",
      ),
      {},
    );
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["We're not done yet, and we won't be for years", 'Tom Reyes'],
    ]);
  });

  it('does not end a sentence at a quote’s question mark before a two-word verb', () => {
    const text =
      '<p>“We won,” Clinton said.</p><p>“You know, it happens, right?” Trump went on, as if he had not heard. “But you gotta get over it.”</p>';
    expect(speakerOf(text, 'get over it')).toBe('Trump');
  });
});

describe('reported words after a direct quote', () => {
  it('reads "…,” he said, adding that … “…”" as a second statement by the same speaker', () => {
    const found = detectQuotes(
      article(
        '<p>"I have a judge who is a hater of Donald Trump. He\'s a hater," Trump said at a campaign rally in San Diego, adding that he believed the Indiana-born judge was "Mexican."</p>',
      ),
      {},
    );
    expect(found.map((q) => [q.form, q.speaker])).toEqual([
      ['direct', 'Trump'],
      ['reported', 'Trump'],
    ]);
    expect(found[1]?.text).toBe('he believed the Indiana-born judge was "Mexican."');
  });
});

describe('datelines and colons', () => {
  it('skips a dateline before the subject', () => {
    expect(
      speakerOf(
        '<p>WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton rallied supporters, saying: “We have to be ready to stop him.”</p>',
        'ready to stop him',
      ),
    ).toBe('Hillary Clinton');
  });

  it('gives the words after "Kasich resisted:" to Kasich, and a pair credited by colon to one of them', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p><p>The police union also pushed for a ban. Kasich resisted: "Ohio governors do not have the power to suspend rights."</p>' +
      '<p>TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls just ended too early this year.”</p>';
    expect(speakerOf(text, 'Ohio governors')).toBe('Kasich');
    expect(speakerOf(text, 'ended too early')).toBe('Jon Cohen');
  });
});

describe('verbs that share a speaker', () => {
  it('gives a joined or participle verb the speaker of the finite verb before it', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p>' +
      '<p>De Blasio said the move was made by commissioner Bill Bratton and said, “Who are you going to trust on security?”</p>' +
      '<p>Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very religious."</p>' +
      '<p>In an interview last year, Lazar said he welcomed extradition and added, "I\'ll plead guilty, no problem."</p>';
    expect(speakerOf(text, 'trust on security')).toBe('De Blasio');
    expect(speakerOf(text, 'not very religious')).toBe('Nefzi');
    expect(speakerOf(text, 'plead guilty')).toBe('Lazar');
  });

  it('reads a quote that is its sentence’s subject with the attribution after', () => {
    expect(
      speakerOf(
        '<p>"Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.</p>',
        'Boots',
      ),
    ).toBe('Ben Carson');
  });
});

describe('round-up sign-offs', () => {
  it('reads a name with a title or an affiliation closing the quote as its speaker, outside the words', () => {
    const found = detectQuotes(
      article(
        '<p>"We are going to enter the next recession without that consensus. Josh Bivens, Economic Policy Institute."</p>' +
          '<p>"That could create new and real problems for her here. S.C. Rep. Jim Clyburn."</p>' +
          '<p>"We will build a great wall. God Bless America."</p>',
      ),
      {},
    );
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['We are going to enter the next recession without that consensus.', 'Josh Bivens'],
      ['That could create new and real problems for her here.', 'Jim Clyburn'],
      ['We will build a great wall. God Bless America.', 'Jim Clyburn'],
    ]);
  });
});

describe('descriptions set off before the verb', () => {
  it('reads a description with a participle or relative clause set off as the subject', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p><p>An Israeli official, speaking on the condition of anonymity, said Wednesday that Netanyahu "will meet with any candidate."</p>' +
      '<p>A Warren adviser, who spoke on the condition of anonymity, said, "She takes the threat very seriously."</p>';
    expect(speakerOf(text, 'any candidate')).toBe('Israeli official');
    expect(speakerOf(text, 'threat very seriously')).toBe('Warren adviser');
  });

  it('reports no clause before a verb that takes an object', () => {
    const found = detectQuotes(
      article('<p>In his September 2013 address to the United Nations, Obama hailed signs of hope.</p>'),
      {},
    );
    expect(found).toEqual([]);
  });
});

describe('names with their bodies and appositions after the quote', () => {
  it('takes the person before "of" a body, and a name set off after a description after the quote', () => {
    const text =
      '<p>“We won,” Tom Udall said.</p>' +
      '<p>"Is President Obama going to mention the words? He should resign!" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday.</p>' +
      '<p>"It would seem to be a bit of a stretch for the North Koreans," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.</p>';
    expect(speakerOf(text, 'He should resign')).toBe('Donald Trump');
    expect(speakerOf(text, 'North Koreans')).toBe('Jeffrey Lewis');
  });
});

describe('clauses with asides', () => {
  it('keeps a clause whole across a pair of dashes, a month abbreviation and an inserted description', () => {
    const found = detectQuotes(
      article(
        '<p>And he said that Clinton’s call to “make America whole again” — itself a rebuttal to Trump’s rallying cry — was an inferior slogan.</p>' +
          '<p>Clinton noted the Sept. 11 attacks and her work trying to bring in jobs from “Buffalo to Albany.”</p>' +
          '<p>Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”</p>',
      ),
      {},
    );
    expect(found.map((q) => q.form)).toEqual(['reported', 'reported', 'reported']);
    expect(found[0]?.text).toContain('was an inferior slogan');
    expect(found[1]?.text).toContain('Sept. 11 attacks');
    expect(found[2]?.speaker).toBe('Cruz');
  });
});

describe('capitalised openers that are no names', () => {
  it('takes no participle or adverb opening the sentence for a name', () => {
    const text =
      '<p>Nearly half of the voters polled said the plan was “dead on arrival” in the Senate.</p>' +
      '<p>There’s the deal, which analysts called “a good start” for the talks.</p>';
    expect(speakerOf(text, 'dead on arrival')).toBeNull();
    expect(speakerOf(text, 'good start')).not.toBe('There’s');
  });
});

describe('nouns that look like reporting verbs, and titled names after a body', () => {
  it('reads "according to" when a noun like "point" follows the quote, and the person after a title', () => {
    const text =
      '<p>According to Woodward, “The New York real estate world is more complex than the CIA,” presumably meaning this will be a focal point of the inquiry.</p>' +
      '<p>The Council on American-Islamic Relations National Executive Director Nihad Awad says in a statement that Trump’s “rhetoric has crossed the line.”</p>';
    expect(speakerOf(text, 'real estate')).toBe('Woodward');
    expect(speakerOf(text, 'crossed the line')).toBe('Nihad Awad');
  });
});

describe('quotes resumed after their attribution', () => {
  it('gives the second half of an interrupted quote to the interrupting attribution', () => {
    const text =
      '<p>“In breaking news,” Axelrod tweeted last January, “Clinton wins an endorsement from her press secretary,” after Clinton spokesman Brian Fallon expressed his support online.</p>';
    expect(speakerOf(text, 'endorsement')).toBe('Axelrod');
  });

  it('reads an inverted verb before a comma and a title with its field', () => {
    const text =
      '<p>"The first line of defense is within the community," said former secretary of state Hillary Clinton, who praised George W. Bush.</p>' +
      '<p>Sam Solovey, a contestant, said his boss was "always kind." But, said Solovey, "I don\'t want to drum up conflict."</p>';
    expect(speakerOf(text, 'first line of defense')).toBe('Hillary Clinton');
    expect(speakerOf(text, 'drum up conflict')).toBe('Sam Solovey');
  });
});

describe('names of works, circumstances and openers that are no one', () => {
  const kinds = (html: string) =>
    detectQuotes(article(html), {}).map((q) => ({ text: q.text, kind: q.kind }));

  it('reads a few capitalised words nobody is said to have said as a title, not speech', () => {
    expect(
      kinds('<p>“Job Simulator” ($30)</p><p>There are a number of good ports in the lineup.</p>'),
    ).toEqual([{ text: 'Job Simulator', kind: 'title' }]);
    // Said by someone, the same kind of words is speech; capitals alone ("SHOULD NOT") are no title.
    expect(speakerOf('<p>Trump again called her “Crooked Hillary” at the rally.</p>', 'Crooked')).toBe(
      'Trump',
    );
    expect(kinds('<p>Clients “SHOULD NOT” retry at once.</p>')[0]?.kind).toBe('scare');
  });

  it('gives no quote to an adverb, an adjective or a circumstance opening the sentence', () => {
    expect(
      speakerOf(
        '<p>Nintendo announced the game this year. Thankfully, now we know the date: “Super Mario Run will launch on Dec. 15 for everyone.”</p>',
        'Dec. 15',
      ),
    ).not.toBe('Thankfully');
    expect(
      speakerOf(
        '<p>New signs in stores appeared this month: “New lower prices. Same high standards,” reads one.</p>',
        'Same high',
      ),
    ).not.toBe('New');
    expect(
      kinds(
        '<p>In a wide-ranging interview, President Obama also said:</p><ul><li>He was proud of the deal.</li></ul>',
      ).map((q) => q.text),
    ).not.toContain('In a wide-ranging interview');
  });
});

describe('initials and hearers', () => {
  it('keeps a middle initial in the name, not the French "M." before a name', () => {
    expect(
      speakerOf(
        '<p>“While the United States is loved in Israel, President Obama is not,” said Robert M. Danin, a senior fellow.</p>',
        'loved in Israel',
      ),
    ).toBe('Robert M. Danin');
  });

  it('reads the clause after a hearer and the time of the telling: "told the U.N. General Assembly 18 months ago that"', () => {
    const found = detectQuotes(
      article(
        '<p>Obama told the U.N. General Assembly 18 months ago that he would seek “real breakthroughs on these two issues” before he left.</p>',
      ),
      {},
    ).find((q) => q.kind === 'speech');
    expect(found?.text).toMatch(/^he would seek “real breakthroughs/);
    expect(found?.speaker).toBe('Obama');
  });
});

describe('relative clauses', () => {
  it('gives the act of a relative clause to its antecedent, whatever governs it', () => {
    expect(
      speakerOf(
        '<p>The warning was about rhetoric from Netanyahu’s Likud party, which tried to rally support by saying that Arab voters were “coming out in droves.”</p>',
        'droves',
      ),
    ).toBe('Netanyahu’s Likud party');
    expect(
      speakerOf(
        '<p>Reporters spoke to Smith, who said that the plan was “a total disaster for the town.”</p>',
        'disaster',
      ),
    ).toBe('Smith');
  });
});
