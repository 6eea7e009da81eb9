import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { formatStats, libraryStats, validateLibraryText } from '../../lib/library/stats';
import { sampleFile, must } from './helpers';

describe('library stats', () => {
  it('counts by speaker, quote, form and outlet', () => {
    const stats = libraryStats(sampleFile());
    expect(stats).toMatchObject({
      speakers: 2,
      quotes: 2,
      renderings: 3,
      byForm: { direct: 2, partial: 1, reported: 0 },
    });
    expect(stats.byOutlet).toEqual([
      { outlet: 'AP', renderings: 1 },
      { outlet: 'Politico', renderings: 1 },
      { outlet: 'Reuters', renderings: 1 },
    ]);
    const rutte = must(stats.bySpeaker.find((s) => s.name === 'Mark Rutte'));
    expect(rutte).toMatchObject({ quotes: 1, renderings: 2 });
    expect(must(rutte.quoteList[0]).printed.map((p) => p.outlet)).toEqual(['Reuters', 'AP']);
    const text = formatStats(stats);
    expect(text).toContain('2 speakers, 2 quotes, 3 renderings');
    expect(text).toContain('Mark Rutte: 1 quote, 2 renderings');
  });

  it('keeps every rendering of the bundled library under its quote and speaker', () => {
    const bundled = bundledJson as LibraryFile;
    const stats = libraryStats(bundled);
    const total = stats.bySpeaker.reduce((n, s) => n + s.renderings, 0);
    expect(total).toBe(bundled.renderings.length);
    expect(must(stats.bySpeaker[0]).name).toBe('Mark Rutte');
    expect(stats.bySpeaker.length).toBeGreaterThan(1);
  });

  it('validates text the way an import does', () => {
    expect(validateLibraryText(readFileSync('lib/library/bundled-library.json', 'utf8'))).toEqual({
      ok: true,
      errors: [],
    });
    expect(validateLibraryText('{').ok).toBe(false);
  });
});
