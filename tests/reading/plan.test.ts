import { describe, expect, it } from 'vitest';
import { planReading, type ReadQuote } from '../../lib/reading/plan';
import { bestWording } from '../../lib/reading/wording';
import { onlyFromHere, otherPageCount, seenElsewhere } from '../../lib/reading/other-pages';
import type { Match, RenderingMatch } from '../../lib/match/types';

const q = (text: string, form: ReadQuote['form'] = 'direct'): ReadQuote => ({
  text,
  form,
  speaker: 'Mark Rutte',
});

describe('planReading', () => {
  it('keeps what a page printed before, asks only about new wordings, and drops what it no longer prints', () => {
    const asked: string[] = [];
    const plan = planReading(
      [
        q('This is not the time to go it alone.'),
        q('A new remark'),
        q('A new remark'),
        q('joins', 'partial'),
      ],
      [
        { id: 'r1', text: 'this is not the time to go it alone', form: 'direct' },
        { id: 'r2', text: 'Gone from the page', form: 'direct' },
      ],
      (quote) => {
        asked.push(quote.text);
        return quote.text === 'joins' ? 'q-known' : null;
      },
    );
    expect(plan.kept).toEqual(['r1']);
    expect(plan.drop).toEqual(['r2']);
    expect(plan.join).toEqual([{ quote: q('joins', 'partial'), quoteId: 'q-known' }]);
    expect(plan.create.map((c) => c.text)).toEqual(['A new remark']);
    // The same words twice on one page are one rendering; known wordings never reach the matcher.
    expect(asked).toEqual(['A new remark', 'joins']);
  });
});

describe('bestWording', () => {
  it('prefers a direct quote over a fragment over reported speech, then the longer wording', () => {
    const best = bestWording([
      { text: 'go it alone', form: 'partial' as const },
      { text: 'He said the challenges were too great for anyone to face alone', form: 'reported' as const },
      { text: 'This is not the time to go it alone', form: 'direct' as const },
      { text: 'Not the time to go it alone', form: 'direct' as const },
    ]);
    expect(best?.text).toBe('This is not the time to go it alone');
  });
});

const rendering = (url: string | null, origin: RenderingMatch['origin']): RenderingMatch => ({
  renderingId: `${url}-${origin}`,
  outlet: 'Outlet',
  url,
  date: null,
  text: 'x',
  form: 'direct',
  translated: false,
  origin,
  verdict: 'verbatim',
  diff: [],
  explanation: '',
});

const match = (quoteOrigin: Match['quoteOrigin'], renderings: RenderingMatch[]): Match => ({
  quoteId: 'q',
  speakerId: 's',
  speaker: 'S',
  canonical: 'x',
  event: null,
  date: null,
  score: 1,
  evidence: 5,
  confidence: 'confident',
  quoteOrigin,
  crossForm: false,
  verdict: 'verbatim',
  diff: [],
  explanation: '',
  renderings,
});

describe('other pages', () => {
  const here = 'https://a.example/story';
  it('counts captured wordings from other pages only, one per page, ignoring the #fragment', () => {
    const m = match('bundled', [
      rendering(`${here}#top`, 'captured'),
      rendering('https://b.example/1', 'captured'),
      rendering('https://b.example/1#x', 'captured'),
      rendering('https://c.example/2', 'captured'),
      rendering('https://d.example/3', 'bundled'),
    ]);
    expect(seenElsewhere(m, here)).toHaveLength(3);
    expect(otherPageCount(m, here)).toBe(2);
  });

  it('calls a captured quote that only this page supports no match, but keeps library quotes', () => {
    expect(onlyFromHere(match('captured', [rendering(here, 'captured')]), here)).toBe(true);
    expect(
      onlyFromHere(
        match('captured', [rendering(here, 'captured'), rendering('https://b.example/', 'captured')]),
        here,
      ),
    ).toBe(false);
    expect(onlyFromHere(match('user', [rendering(here, 'user')]), here)).toBe(false);
  });
});
