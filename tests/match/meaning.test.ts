import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { QuoteMatcher } from '../../lib/match';
import { compare } from '../../lib/match/compare';
import { chainedCount, relatedTerms, stemOf, termOf } from '../../lib/match/terms';
import { quoteRecord, seedLibrary } from './seed-library';

const bundled = QuoteMatcher.build(bundledJson as LibraryFile);
const GO_IT_ALONE_PAGE = 'Let me be absolutely clear, this is not the time to go it alone.';
const related = (a: string, b: string) => {
  const ta = termOf(a) as string;
  const tb = termOf(b) as string;
  return relatedTerms(ta).some(([t]) => t === tb) || relatedTerms(tb).some(([t]) => t === ta);
};

describe('word meaning from WordNet', () => {
  it('relates the words retranslations swap', () => {
    expect(related('deadly', 'lethal')).toBe(true);
    expect(related('trust', 'confidence')).toBe(true);
    expect(related('absence', 'lack')).toBe(true);
    expect(related('fair', 'just')).toBe(true);
    expect(related('lethal', 'weather')).toBe(false);
  });

  it("relates a multi-word lemma's head word to the phrase's one-word synonyms", () => {
    expect(related('district', 'downtown')).toBe(true);
    expect(related('fill', 'complete')).toBe(true);
    expect(related('forces', 'military')).toBe(true);
    // A modifier or a particle does not stand for the phrase ("great deal", "shut down").
    expect(related('down', 'close')).toBe(false);
    expect(related('britain', 'great')).toBe(false);
  });

  it('lets no phrase relation join two other words', () => {
    const stem = termOf('downtown') as string;
    expect(relatedTerms(stem).map(([t]) => t)).toContain(termOf('district'));
    expect(chainedCount(stem)).toBe(0);
    const great = termOf('great') as string;
    expect(chainedCount(great)).toBeLessThan(relatedTerms(great).length);
  });

  it('takes comparatives back to their adjective, and leaves lemmas of their own alone', () => {
    expect(stemOf('fairer')).toBe(stemOf('fair'));
    expect(stemOf('stronger')).toBe(stemOf('strong'));
    expect(stemOf('number')).not.toBe(stemOf('numb'));
  });

  it('reads a word with a clitic as the word, and "n\'t" as "not"', () => {
    expect(termOf("mayor's")).toBe(termOf('mayor'));
    expect(termOf("council's")).toBe(termOf('councils'));
    expect(termOf("what's")).toBeNull();
    expect(termOf("they'll")).toBeNull();
    expect(termOf("didn't")).toBe(termOf('not'));
    expect(termOf("won't")).toBe(termOf('not'));
    const library = seedLibrary((id) => id !== 'fairer-nato');
    library.quotes.push(quoteRecord('fares', "The mayor's plan cuts bus fares for students."));
    const judged = QuoteMatcher.build(library).judge(
      'The plan of the mayor cuts bus fares for students',
      'fares',
    );
    expect(judged?.meaning).toBeCloseTo(1);
  });

  it('never lets a related word pass for the word itself in a verdict', () => {
    expect(compare('a more deadly alliance', 'a more lethal alliance', 'direct', 'direct').verdict).toBe(
      'edited',
    );
  });
});

describe('same remark across wordings and forms (bundled library)', () => {
  const top = (text: string, form: 'direct' | 'reported' = 'direct') => bundled.match(text, { form })[0];

  it('is confident of retranslations with the same meaning', () => {
    expect(top('we will make NATO a stronger, more just, and more deadly alliance')).toMatchObject({
      quoteId: 'rutte-2025-03-26-stronger-fairer-lethal',
      confidence: 'confident',
      verdict: 'paraphrase',
    });
    expect(top('This will take decades because there is a complete absence of trust')).toMatchObject({
      quoteId: 'rutte-2025-03-26-take-decades',
      confidence: 'confident',
    });
    expect(top('It will take decades because trust has been completely lost')).toMatchObject({
      quoteId: 'rutte-2025-03-26-take-decades',
      confidence: 'confident',
    });
  });

  it('matches a reported clause carrying partial quotes as the whole statement', () => {
    expect(
      top(
        'the global security challenges were “too great” for either Europe or North America to “go it alone”',
        'reported',
      ),
    ).toMatchObject({ quoteId: 'rutte-2025-03-26-go-it-alone', verdict: 'reported' });
  });

  it('checks the words a reported clause puts in quotation marks against the library as a quoted fragment', () => {
    const merz = bundled.match(
      'whether NATO will remain in its “current form” by the time of a NATO summit in The Hague in June',
      { form: 'reported', speaker: 'Friedrich Merz' },
    )[0];
    expect(merz).toMatchObject({
      quoteId: 'merz-nato-current-form',
      verdict: 'verbatim',
      confidence: 'confident',
    });
    expect(merz?.explanation).toMatch(/^The words in quotation marks: word for word/);
    // Found in no remark as a whole, the clause is the remark its quoted words are part of.
    expect(
      bundled.match('the United States and Europe against any temptation to “go it alone” on security', {
        form: 'reported',
        speaker: 'Mark Rutte',
      })[0],
    ).toMatchObject({ quoteId: 'rutte-2025-03-26-go-it-alone', verdict: 'fragment' });
    // A clause that is mostly its quoted words is compared by them, not as reported speech.
    expect(
      bundled.match('his “loathing of European free-loading”', {
        form: 'reported',
        speaker: 'Pete Hegseth',
      })[0],
    ).toMatchObject({ quoteId: 'hegseth-european-free-loading', verdict: 'verbatim' });
    // Two quoted words anyone may use are the library's remark only when the page names its speaker.
    expect(
      bundled.match('the tax code in its “current form” is a mess', {
        form: 'reported',
        speaker: 'Chuck Grassley',
      }),
    ).toEqual([]);
  });

  it('says whose account a page’s reported words are when the library holds them as an outlet’s rendering', () => {
    const found = bundled.match('security threats demand a united front rather than isolated efforts', {
      form: 'reported',
    })[0];
    expect(found?.quoteId).toBe('rutte-2025-03-26-go-it-alone');
    expect(found?.explanation).toMatch(/^Reported speech, in the reporter's words: 0 of its 10 words/);
    expect(found?.explanation).toMatch(
      /The library holds these words as Cnews Live's account of the remark\.$/,
    );
  });

  it('says which sentences of a page quote that runs two remarks together each match compares', () => {
    const found = bundled.match(
      'We will make NATO a stronger, fairer and more lethal NATO formidable. A truly fair NATO requires all members to pull their weight.',
      { form: 'direct' },
    );
    const parts = Object.fromEntries(found.map((m) => [m.quoteId, m.comparedPart]));
    expect(parts['rutte-2025-03-26-stronger-fairer-lethal']).toBe(
      'We will make NATO a stronger, fairer and more lethal NATO formidable.',
    );
    expect(parts['rutte-2025-03-26-fairer-nato']).toBe(
      'A truly fair NATO requires all members to pull their weight.',
    );
    // A quote that is one remark is compared whole.
    expect(bundled.match(GO_IT_ALONE_PAGE, { form: 'direct' })[0]?.comparedPart).toBeUndefined();
  });

  it('judges a page again as on its first visit, its own captured wording no evidence about it', () => {
    const text =
      'We will make NATO a stronger, fairer and more lethal NATO formidable. A truly fair NATO requires all members to pull their weight.';
    const file = structuredClone(bundledJson) as LibraryFile;
    file.renderings.push({
      id: 'captured-here',
      quoteId: 'rutte-2025-03-26-stronger-fairer-lethal',
      outlet: 'Cnews Live',
      url: 'https://cnews.example/story',
      date: null,
      text,
      form: 'direct',
      language: 'en',
      translated: false,
      origin: 'captured',
      edited: false,
    });
    const read = QuoteMatcher.build(file);
    const summary = (ms: ReturnType<QuoteMatcher['match']>) =>
      ms.map((m) => [m.quoteId, m.verdict, m.explanation, m.comparedPart]);
    const first = summary(bundled.match(text, { form: 'direct' }));
    expect(summary(read.match(text, { form: 'direct', pageUrl: 'https://cnews.example/story#top' }))).toEqual(
      first,
    );
    // From another page, the captured wording is another outlet's, word for word this one's.
    expect(
      read.match(text, { form: 'direct', pageUrl: 'https://elsewhere.example/' })[0]?.explanation,
    ).toMatch(/The library holds these words as Cnews Live's account/);
  });

  it('finds a fragment quoted in other words as possibly the remark it is part of, never confidently', () => {
    const found = bundled.match('a complete absence of trust', { form: 'partial' })[0];
    expect(found).toMatchObject({ quoteId: 'rutte-2025-03-26-take-decades', confidence: 'possible' });
    // Printed as a whole quote, the same four words are too little of the remark to go on.
    expect(bundled.match('a complete absence of trust', { form: 'direct' })).toEqual([]);
    expect(bundled.match('a complete absence of rain in the region', { form: 'partial' })).toEqual([]);
  });

  it('finds a direct quote against the reported rendering of the same interview, as a looser match', () => {
    const found = bundled
      .match('I am absolutely convinced that the US stands fully behind NATO', { form: 'direct' })
      .find((m) => m.quoteId === 'rutte-dpa-us-committed');
    expect(found).toMatchObject({ crossForm: true, confidence: 'possible' });
  });

  it('is confident of a close rendering that marks left-out words with an ellipsis', () => {
    const m = top('If anyone miscalculates … our reaction will be devastating');
    expect(m).toMatchObject({
      quoteId: 'rutte-2025-03-26-devastating-response',
      confidence: 'confident',
      verdict: 'edited',
    });
    expect(m!.explanation).toMatch(
      /1 word changed: ‘response’ to ‘reaction’; 20 words left out at the ellipsis/,
    );
    expect(
      compare('If anyone miscalculates … our response will be devastating', m!.canonical, 'direct', 'direct')
        .verdict,
    ).toBe('fragment');
  });

  it('is not confident of a different remark on the same subject', () => {
    for (const text of [
      'NATO must spend more on defence to deter Russia',
      'Russia remains the most significant threat to the alliance',
      'Europe must take more responsibility for its own security',
    ])
      expect(top(text)?.confidence).not.toBe('confident');
  });

  it('judges a known pair without retrieval, in the same bands', () => {
    const j = bundled.judge(
      'we will make NATO a stronger, more just, and more deadly alliance',
      'rutte-2025-03-26-stronger-fairer-lethal',
    );
    expect(j?.confidence).toBe('confident');
    expect(j!.meaning).toBeGreaterThan(j!.exact);
    expect(bundled.judge('The weather in Lisbon was mild', 'rutte-2025-03-26-take-decades')?.confidence).toBe(
      null,
    );
    expect(bundled.judge('anything', 'no-such-quote')).toBeNull();
  });
});

describe('verdicts for reworded and edited remarks', () => {
  const stored = 'When it comes to keeping Europe and North America safe, there is no alternative to NATO';

  it('calls a remark with a clause moved to the front a paraphrase, not an edit', () => {
    expect(
      compare(
        'there is no alternative to NATO when it comes to keeping Europe and North America safe',
        stored,
        'direct',
        'direct',
      ).verdict,
    ).toBe('paraphrase');
  });

  it('counts a word cut at an edge beside inner changes as one more change', () => {
    const c = compare(
      'it comes to keeping Europe and North America secure, there is no substitute for NATO',
      stored,
      'direct',
      'direct',
    );
    expect(c.verdict).toBe('paraphrase');
    expect(
      compare(
        'it comes to keeping Europe and North America safe, there is no alternative to NATO',
        stored,
        'direct',
        'direct',
      ).verdict,
    ).toBe('fragment');
  });
});
