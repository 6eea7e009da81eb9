import { describe, expect, it } from 'vitest';
import { QuoteMatcher } from '../../lib/match';
import { renderingRecords, quoteRecord, seedLibrary, SEED_QUOTES } from './seed-library';

const GO_IT_ALONE_003 = 'This is not the moment for Europe or North America to act alone';

function best(
  matcher: QuoteMatcher,
  text: string,
  form: 'direct' | 'partial' | 'reported' | null = 'direct',
) {
  return matcher.match(text, { form })[0];
}

describe('QuoteMatcher.match', () => {
  const matcher = QuoteMatcher.build(seedLibrary());

  it('finds a fragment of the Rutte quote, compared with every rendering', () => {
    const m = best(matcher, 'this is not the time to go it alone', null);
    expect(m).toMatchObject({
      quoteId: 'go-it-alone',
      verdict: 'fragment',
      confidence: 'confident',
      speaker: 'Mark Rutte',
    });
    expect(m!.renderings.map((r) => r.verdict)).toEqual(['fragment', 'paraphrase', 'paraphrase']);
    expect(m!.score).toBe(1);
  });

  it('words each of two remarks a page runs together against its own sentences', () => {
    const matches = matcher.match(
      `${GO_IT_ALONE_003}. The security challenges we face are too vast for any one of us to handle in isolation.`,
      { form: 'direct' },
    );
    const diffOf = (id: string) => {
      const m = matches.find((x) => x.quoteId === id);
      expect(m).toBeDefined();
      return m!.diff
        .filter((d) => d.op !== 'removed')
        .map((d) => d.text)
        .join('');
    };
    expect(diffOf('go-it-alone')).toContain('moment');
    expect(diffOf('go-it-alone')).not.toContain('security');
    expect(diffOf('no-alternative')).toContain('security');
    expect(diffOf('no-alternative')).not.toContain('moment');
  });

  it('answers verbatim, and nothing for text that is not in the library', () => {
    expect(best(matcher, 'A fairer NATO means all allies doing their fair share')).toMatchObject({
      quoteId: 'fairer-nato',
      verdict: 'verbatim',
    });
    expect(matcher.match('The weather in Lisbon was mild all week')).toEqual([]);
  });

  it('recognises a paraphrase printed by another outlet and says it departs from the canonical wording', () => {
    const m = best(matcher, GO_IT_ALONE_003);
    expect(m).toMatchObject({
      quoteId: 'go-it-alone',
      verdict: 'paraphrase',
      confidence: 'confident',
      crossForm: false,
    });
    expect(m!.renderings.find((r) => r.outlet === 'seed 003')?.verdict).toBe('verbatim');
  });

  it('finds an edited quote (numbers restyled too)', () => {
    const m = best(
      matcher,
      'the difference between an attack on Warsaw and an attack on Madrid is ten minutes',
    );
    expect(m).toMatchObject({ quoteId: 'eastern-flank', verdict: 'edited', confidence: 'confident' });
    expect(m!.explanation).toBe('A part of the remark; 1 word changed: ‘or’ to ‘and’.');
  });

  it('finds an extended quote', () => {
    const m = best(
      matcher,
      `${SEED_QUOTES['devastating-response']!.canonical} We will defend every inch of allied territory.`,
    );
    expect(m).toMatchObject({ quoteId: 'devastating-response', verdict: 'extended' });
  });

  it('labels indirect speech on the page reported and the match across forms', () => {
    const m = best(matcher, 'Rutte said this was not the time to go it alone', 'reported');
    expect(m).toMatchObject({ quoteId: 'go-it-alone', verdict: 'reported', crossForm: true });
  });

  it('matches a direct quote to a remark the library holds only as reported speech, as a looser match', () => {
    const m = best(matcher, 'There will be no normalisation of relations with Russia once the war has ended');
    expect(m).toMatchObject({ quoteId: 'no-normalisation', crossForm: true, verdict: 'edited' });
    const loose = best(
      matcher,
      'there will be no normal relations with Russia after the war is over',
      'direct',
    );
    expect(loose).toMatchObject({ quoteId: 'no-normalisation', crossForm: true, confidence: 'possible' });
  });

  it('finds a rewording of one sentence of a longer remark, sentence by sentence', () => {
    const smaller = QuoteMatcher.build(seedLibrary((_id, r) => r?.seed === '003'));
    const m = best(
      smaller,
      'The security challenges we face are too vast for any one of us to handle in isolation.',
    );
    expect(m).toMatchObject({ quoteId: 'no-alternative', verdict: 'paraphrase' });
  });

  it('does not confidently match a different remark by the same speaker on the same subject', () => {
    const falseFriends = [
      'close cooperation between Europe and the United States remains the cornerstone of security across the continent',
      'Europe should focus on sharing responsibilities more fairly within NATO',
      'NATO treats an attack on one member as an attack on all',
      'boosting Europe’s defenses independently would weaken NATO unity',
    ];
    for (const text of falseFriends) {
      expect(
        matcher.match(text, { form: 'reported' }).filter((m) => m.confidence === 'confident'),
        text,
      ).toEqual([]);
    }
  });

  it('uses the speaker only to break ties', () => {
    const lib = seedLibrary();
    lib.speakers.push({ id: 'other', name: 'Donald Tusk', aliases: [], origin: 'user', edited: false });
    lib.quotes.push({
      ...quoteRecord('tusk-copy', SEED_QUOTES['fairer-nato']!.canonical),
      speakerId: 'other',
    });
    const both = QuoteMatcher.build(lib);
    const text = 'A fairer NATO means all allies doing their fair share';
    expect(both.match(text, { speaker: 'Donald Tusk' })[0]?.quoteId).toBe('tusk-copy');
    expect(both.match(text, { speaker: 'NATO chief' })[0]?.quoteId).toBe('fairer-nato');
    expect(both.match('The weather in Lisbon was mild all week', { speaker: 'Mark Rutte' })).toEqual([]);
  });
});

describe('keeping the index in step and persisting it', () => {
  const queries = [
    'this is not the time to go it alone',
    GO_IT_ALONE_003,
    'A truly fair NATO requires all members to pull their weight',
    'Rutte said this was not the time to go it alone',
    'Europe cannot guarantee its security without US support',
    'The weather in Lisbon was mild all week',
  ];

  it('restores from a structured clone of its snapshot and answers exactly as before', () => {
    const built = QuoteMatcher.build(seedLibrary());
    const restored = QuoteMatcher.restore(structuredClone(built.snapshot()));
    for (const q of queries) expect(restored.match(q), q).toEqual(built.match(q));
  });

  it('follows upserts and removals, and a restored index keeps following them', () => {
    const matcher = QuoteMatcher.build(seedLibrary((id) => id === 'uncle-sam'));
    const text = 'Europe needs to know that Uncle Sam still has our back';
    expect(matcher.match(text)).toEqual([]);
    const q = SEED_QUOTES['uncle-sam']!;
    matcher.upsertQuote(quoteRecord('uncle-sam', q.canonical), renderingRecords('uncle-sam', q.renderings));
    expect(best(matcher, text)).toMatchObject({ quoteId: 'uncle-sam', verdict: 'fragment' });

    const restored = QuoteMatcher.restore(structuredClone(matcher.snapshot()));
    restored.removeQuote('go-it-alone');
    expect(restored.match('this is not the time to go it alone')).toEqual([]);
    expect(restored.size).toBe(Object.keys(SEED_QUOTES).length - 1);

    // An edit replaces the old wording: the old text no longer matches, the new one does.
    restored.upsertQuote(quoteRecord('uncle-sam', 'Europe can count on America.'), []);
    expect(restored.match(text)).toEqual([]);
    expect(best(restored, 'Europe can count on America')).toMatchObject({
      quoteId: 'uncle-sam',
      verdict: 'verbatim',
    });

    restored.upsertSpeaker({
      id: 'rutte',
      name: 'Mark Rutte (NATO)',
      aliases: [],
      origin: 'user',
      edited: true,
    });
    expect(best(restored, 'Europe can count on America')?.speaker).toBe('Mark Rutte (NATO)');
    const again = QuoteMatcher.restore(structuredClone(restored.snapshot()));
    for (const q of [...queries, text]) expect(again.match(q), q).toEqual(restored.match(q));
  });
});
