import { describe, expect, it } from 'vitest';
import { BADGE_DRIFT, BADGE_OK, badgeOf } from '../../lib/badge-state';
import { groupBySpeaker } from '../../lib/group-quotes';
import type { Match, Verdict } from '../../lib/match/types';
import type { PageQuote } from '../../lib/messaging';
import { isSiteEnabled, toggleSite, DEFAULT_SETTINGS } from '../../lib/settings';

function quote(index: number, speaker: string | null, verdict: Verdict | null): PageQuote {
  const match = verdict
    ? ({ verdict, speaker: speaker ?? 'Mark Rutte', quoteId: `q${index}`, confidence: 'confident' } as Match)
    : null;
  return { index, text: `quote ${index}`, form: 'direct', speaker, match };
}

describe('badgeOf', () => {
  it('counts matched quotes and stays green when every match is faithful', () => {
    const badge = badgeOf([
      quote(0, 'Mark Rutte', 'verbatim'),
      quote(1, null, null),
      quote(2, 'Mark Rutte', 'fragment'),
    ]);
    expect(badge).toMatchObject({ text: '2', color: BADGE_OK });
  });

  it('turns orange when any match drifted and says how many', () => {
    const badge = badgeOf([quote(0, 'Mark Rutte', 'verbatim'), quote(1, 'Mark Rutte', 'paraphrase')]);
    expect(badge.color).toBe(BADGE_DRIFT);
    expect(badge.title).toContain('1 with drift');
  });

  it('shows nothing on a page without known quotes', () => {
    expect(badgeOf([quote(0, null, null)]).text).toBe('');
  });
});

describe('groupBySpeaker', () => {
  it('groups by the library speaker, largest group first, unknown speakers last', () => {
    const groups = groupBySpeaker([
      quote(0, null, null),
      quote(1, 'Mark Rutte', 'verbatim'),
      quote(2, 'Donald Trump', 'verbatim'),
      quote(3, 'Mark Rutte', 'edited'),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Mark Rutte', 2],
      ['Donald Trump', 1],
      ['Unknown speaker', 1],
    ]);
  });
});

describe('per-site switch', () => {
  it('turns a site off and on again', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'example.org');
    expect(isSiteEnabled(off, 'example.org')).toBe(false);
    expect(isSiteEnabled(off, 'other.org')).toBe(true);
    expect(isSiteEnabled(toggleSite(off, 'example.org'), 'example.org')).toBe(true);
  });
});
