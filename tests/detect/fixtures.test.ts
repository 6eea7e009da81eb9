import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import type { SpeakerHint } from '../../lib/detect/types';
import { scorePage, type Expected } from '../../bench/eval-score';

const library = 'lib/library/bundled-library.json';
const hints: SpeakerHint[] = existsSync(library)
  ? (JSON.parse(readFileSync(library, 'utf8')) as { speakers: SpeakerHint[] }).speakers.map((s) => ({
      name: s.name,
      aliases: s.aliases,
    }))
  : [];

function cases(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir).filter(
        (n) => n.endsWith('.html') && existsSync(join(dir, n.replace(/\.html$/, '.expected.json'))),
      )
    : [];
}

function score(dir: string, name: string) {
  const dom = new JSDOM(readFileSync(join(dir, name), 'utf8'));
  const expected = JSON.parse(
    readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as Expected;
  const result = scorePage(detectQuotes(dom.window.document, { speakers: hints }), expected, hints);
  dom.window.close();
  return result;
}

describe('detection cases (fixtures/detect)', () => {
  it.each(cases('fixtures/detect'))(
    '%s: every expected quote, speaker and scare quote, nothing else',
    (name) => {
      const result = score('fixtures/detect', name);
      expect(result.misses).toEqual([]);
      expect(result.wrongSpeakers).toEqual([]);
      expect(result.extras).toEqual([]);
      expect(result.scare.hits).toBe(result.scare.expected);
      expect(result.scare.found).toBe(result.scare.expected);
    },
  );
});

describe('seed pages (fixtures/pages)', () => {
  it('reach precision and recall of 0.95 and speaker accuracy of 0.90', () => {
    const names = cases('fixtures/pages');
    let found = 0;
    let expected = 0;
    let hits = 0;
    let speakers = 0;
    for (const name of names) {
      const { marked, unmarked } = score('fixtures/pages', name);
      for (const t of [marked, unmarked]) {
        found += t.found;
        expected += t.expected;
        hits += t.hits;
        speakers += t.speakerHits;
      }
    }
    expect(names.length).toBeGreaterThan(0);
    expect(hits / found).toBeGreaterThanOrEqual(0.95);
    expect(hits / expected).toBeGreaterThanOrEqual(0.95);
    expect(speakers / hits).toBeGreaterThanOrEqual(0.9);
  });
});
