import { describe, expect, it } from 'vitest';
import type { RenderingMatch } from '../../lib/match/types';
import { sameSource } from '../../lib/reading/other-pages';

const rendering = (outlet: string, url: string | null): RenderingMatch => ({
  renderingId: 'r1',
  outlet,
  url,
  date: null,
  text: 'We will win.',
  form: 'direct',
  translated: false,
  origin: 'bundled',
  verdict: 'verbatim',
  diff: [],
  explanation: '',
});

describe('the page a card is on, among the outlets', () => {
  it('marks the library’s wording from this very page, then from this outlet, and no other', () => {
    const page = 'https://news.example/story#comments';
    expect(sameSource(rendering('Daily', 'https://news.example/story'), page, 'Other')).toBe('page');
    expect(sameSource(rendering('Cnews Live', 'https://cnews.example/a'), page, 'cnews live')).toBe('outlet');
    expect(sameSource(rendering('Reuters', null), page, 'Cnews Live')).toBeNull();
    expect(sameSource(rendering('Reuters', null), page, '')).toBeNull();
  });
});
