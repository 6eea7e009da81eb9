import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { QuoteMatcher } from '../../lib/match';
import { FEATURES, pairFeatures, sideFacts, wordFact } from '../../lib/match/features';
import { analyze } from '../../lib/match/normalize';
import { sameRemarkLikelihood } from '../../lib/match/pair-model';
import { sentenceRanges } from '../../lib/match/sentences';
import model from '../../lib/match/pair-model.json';
import { quote, speaker } from '../library/helpers';

const bundled = QuoteMatcher.build(bundledJson as LibraryFile);
const ranges = (text: string, clauses = false) => sentenceRanges(analyze(text), clauses);

describe('sentences and clauses of a wording', () => {
  it('splits at a full stop before a capital, not after a title or an initial', () => {
    expect(ranges('We will stand together. Russia must understand that.')).toEqual([
      [0, 4],
      [4, 8],
    ]);
    expect(ranges('Mr. Rutte said U.S. troops will stay in Europe.')).toEqual([[0, 10]]);
  });

  it('splits at a dash only when asked for clauses, and joins parts of fewer than four words', () => {
    const text =
      'This will mark the beginning of a new era for NATO—one that is stronger, fairer, and more formidable';
    expect(ranges(text)).toEqual([[0, 19]]);
    expect(ranges(text, true)).toEqual([
      [0, 11],
      [11, 19],
    ]);
    expect(ranges('This is not the time to go it alone. Not for Europe.')).toEqual([[0, 12]]);
  });
});

describe('the same-remark model', () => {
  const facts = (words: string[]) => sideFacts(words, words.map(wordFact));

  it('reads "one" as a word, not a number, and negation as its presence', () => {
    expect(wordFact('1')).toBe(0);
    expect(wordFact('3%')).toBe(1);
    expect(wordFact("don't")).toBe(2);
    expect(facts(['not', 'for', 'europe', 'not'])).toEqual({ numbers: [], negations: 2 });
  });

  it('counts a changed number and a dropped negation against the pair', () => {
    const figures = {
      meaning: 0.8,
      exact: 0.8,
      shared: 2,
      pageOnly: 0.2,
      storedOnly: 0.2,
      pageMissed: 1,
      storedMissed: 1,
      rarestMissed: 0.5,
      folded: 0.8,
      clause: 0,
      alignment: { qStart: 0, qEnd: 5, rStart: 0, rEnd: 5, matched: 4, qUnmatched: 1, rUnmatched: 1 },
    };
    const ids = [1, 2, 3, 4, 5];
    const same = pairFeatures(ids, ids, facts(['3%']), facts(['3%']), figures);
    const number = pairFeatures(ids, ids, facts(['3%']), facts(['4%']), figures);
    const negated = pairFeatures(ids, ids, facts(['not']), facts([]), figures);
    expect(same).toHaveLength(FEATURES.length);
    expect(sameRemarkLikelihood(number)).toBeLessThan(sameRemarkLikelihood(same));
    expect(sameRemarkLikelihood(negated)).toBeLessThan(sameRemarkLikelihood(same));
  });

  it('counts a clause only one side says against the pair, not an attribution', () => {
    const matcher = QuoteMatcher.build({
      speakers: [speaker('s', 'S')],
      quotes: [
        quote('q', 's', 'The alliance will spend far more on defence to deter any attack on its members.'),
      ],
      renderings: [],
    });
    const page = 'The alliance will spend much more on defence to deter any attack on its members';
    const same = matcher.judge(page, 'q')!;
    const clause = matcher.judge(`${page}, and troops will be sent to guard the eastern border`, 'q')!;
    const said = matcher.judge(`${page}, the secretary general told reporters in Brussels`, 'q')!;
    const gap = FEATURES.indexOf('gap');
    expect(clause.features[gap]).toBeGreaterThan(same.features[gap] as number);
    expect(said.features[gap]).toBe(same.features[gap]);
    expect(clause.likelihood).toBeLessThan(said.likelihood);
  });

  it('ships weights fitted on its own features', () => {
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
  });

  it('finds a retranslation likelier than a different remark on the same subject', () => {
    const id = 'rutte-2025-03-26-take-decades';
    const same = bundled.judge('It will take decades because trust has been completely lost', id);
    const other = bundled.judge('Russia remains the most significant threat to the alliance', id);
    expect(same!.confidence).toBe('confident');
    expect(other!.likelihood).toBeLessThan(same!.likelihood);
    expect(other!.confidence).toBeNull();
  });

  it('counts inflections and close synonyms as the same words in the folded overlap', () => {
    const feature = (text: string, name: (typeof FEATURES)[number]) =>
      bundled.judge(text, 'rutte-2025-03-26-stronger-fairer-lethal')!.features[
        FEATURES.indexOf(name)
      ] as number;
    const retranslated = 'stronger, fairer and more deadly NATO';
    expect(feature(retranslated, 'words')).toBeLessThan(1);
    expect(feature(retranslated, 'folded')).toBeCloseTo(1);
    expect(feature('stronger, fairer and more dangerous NATO', 'folded')).toBeLessThan(1);
  });
});

describe('long page quotes, sentence by sentence', () => {
  it('finds both remarks of a page quote that runs two library remarks together', () => {
    const found = bundled
      .match(
        'We will make NATO a stronger, more just, and more deadly alliance. It will take decades because trust has been completely lost.',
        { form: 'direct' },
      )
      .map((m) => m.quoteId);
    expect(found).toEqual(
      expect.arrayContaining(['rutte-2025-03-26-stronger-fairer-lethal', 'rutte-2025-03-26-take-decades']),
    );
  });
});
