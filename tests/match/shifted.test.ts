import { describe, expect, it } from 'vitest';
import { align } from '../../lib/match/align';
import { shiftedOverlap } from '../../lib/match/score';

const words = (s: string) => s.split(' ');

describe('shiftedOverlap: wordings that only overlap end to end', () => {
  it('holds when the page runs on past a stored wording cut at the other end', () => {
    const stored = words('i think it should have been released said brian rohrbough whose son was killed');
    const page = words('brian rohrbough whose son was killed said the tape raises issues');
    expect(shiftedOverlap(align(page, stored), page.length, stored.length)).toBe(true);
  });

  it('does not hold for a fragment or an extension', () => {
    const stored = words('our reaction will be devastating if anyone miscalculates');
    const fragment = words('our reaction will be devastating');
    const extended = words('he warned that our reaction will be devastating if anyone miscalculates today');
    expect(shiftedOverlap(align(fragment, stored), fragment.length, stored.length)).toBe(false);
    expect(shiftedOverlap(align(extended, stored), extended.length, stored.length)).toBe(false);
  });
});
