import { describe, expect, it } from 'vitest';
import { compare } from '../../lib/match/compare';
import { VERDICTS } from '../../lib/match/types';
import { SEED_QUOTES } from './seed-library';

const GO_IT_ALONE = SEED_QUOTES['go-it-alone']!.renderings[0]!.text; // seed 002, Reuters
const SEED_000 =
  'Let me be absolutely clear, this is not the time to go it alone. Not for Europe or North America.';

describe('compare: one verdict per drift, from the one list', () => {
  it('finds seed 000 verbatim against seed 002 despite curly marks and punctuation', () => {
    const c = compare(`“${SEED_000}”`, GO_IT_ALONE, 'direct', 'direct');
    expect(c.verdict).toBe('verbatim');
    expect(c.diff.every((p) => p.op === 'same')).toBe(true);
    expect(VERDICTS).toContain(c.verdict);
  });

  it('calls a contiguous part a fragment, the rest of the library wording removed', () => {
    const c = compare('this is not the time to go it alone', GO_IT_ALONE, 'partial', 'direct');
    expect(c.verdict).toBe('fragment');
    expect(c.diff[0]).toEqual({ op: 'removed', text: 'Let me be absolutely clear, ' });
    expect(c.diff.filter((p) => p.op === 'added')).toEqual([]);
  });

  it('calls a page wording that holds the library wording and more extended', () => {
    const c = compare(
      `${GO_IT_ALONE} The global security challenges are too great for any of us to face on our own.`,
      GO_IT_ALONE,
      'direct',
      'direct',
    );
    expect(c.verdict).toBe('extended');
    expect(c.diff.at(-1)).toMatchObject({ op: 'added' });
    expect(c.explanation).toMatch(/16 words more/);
  });

  it('calls a few changed words edited and names them', () => {
    const c = compare(
      'Our reaction will be fierce. This must be clear to Vladimir Putin and anyone else who considers aggression against us.',
      'Our response will be devastating. This must be clear to Vladimir Putin and anyone else who considers aggression against us.',
      'direct',
      'direct',
    );
    expect(c.verdict).toBe('edited');
    expect(c.explanation).toBe('2 words changed: ‘response’ to ‘reaction’, ‘devastating’ to ‘fierce’.');
    expect(c.diff).toContainEqual({ op: 'removed', text: 'response ' });
    expect(c.diff).toContainEqual({ op: 'added', text: 'reaction ' });
  });

  it('names dropped words in an edited fragment', () => {
    const c = compare(
      'Let me be clear, this is not the time to go it alone.',
      GO_IT_ALONE,
      'direct',
      'direct',
    );
    expect(c.verdict).toBe('edited');
    expect(c.explanation).toBe('A part of the remark; 1 word dropped: ‘absolutely’.');
  });

  it("calls seed 003's rewordings paraphrases printed as quotes", () => {
    const moment = compare(
      'This is not the moment for Europe or North America to act alone',
      GO_IT_ALONE,
      'direct',
      'direct',
    );
    expect(moment.verdict).toBe('paraphrase');
    expect(moment.explanation).toMatch(/printed as a quote/);
    const fair = compare(
      'A truly fair NATO requires all members to pull their weight',
      'A fairer NATO means all allies doing their fair share',
      'direct',
      'direct',
    );
    expect(fair.verdict).toBe('paraphrase');
    expect(fair.diff).toContainEqual({ op: 'added', text: 'requires ' });
    expect(fair.diff).toContainEqual({ op: 'removed', text: 'means ' });
  });

  it('calls indirect speech on the page reported', () => {
    const c = compare('Rutte said this was not the time to go it alone', GO_IT_ALONE, 'reported', 'direct');
    expect(c.verdict).toBe('reported');
    expect(c.explanation).toMatch(/^Reported speech/);
  });

  it('never calls indirect speech verbatim, even against a stored indirect wording', () => {
    const c = compare(
      'there would be no normalisation of relations with Russia once the war had ended',
      'there would be no normalisation of relations with Russia once the war had ended',
      'reported',
      'reported',
    );
    expect(c.verdict).toBe('reported');
    expect(c.explanation).toMatch(/^Reported speech, in the reporter's words/);
  });

  it('says what a quote that is part of the remark adds of its own', () => {
    const c = compare(
      '<script>x</script> This will take decades because there is a total lack of confidence',
      'This will take decades because there is a total lack of confidence. The threat is still there',
      'direct',
      'direct',
    );
    expect(c.explanation).not.toMatch(/; \./);
    expect(c.explanation).toMatch(/words? more \(‘/);
  });

  it('ignores house style: spelling, numbers, brackets, ellipses', () => {
    expect(
      compare(
        'there would be no normalization of relations with [Russian President Vladimir Putin’s] Russia … once the war had ended',
        'there would be no normalisation of relations with Russia once the war had ended',
        'direct',
        'direct',
      ).verdict,
    ).toBe('verbatim');
    const c = compare('the difference … is ten minutes', 'the difference is 10 minutes', 'direct', 'direct');
    expect(c.verdict).toBe('verbatim');
    expect(c.explanation).toMatch(/only spelling, punctuation or number style differ/);
  });
});
