import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_QUOTES } from './seed-library';

const dir = 'fixtures/seeds';
const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

describe('the seed library used by the matcher tests', () => {
  it('copies every rendering word for word from its seed article', () => {
    const seeds = new Map(
      readdirSync(dir)
        .filter((f) => /^\d{3}_.*\.txt$/.test(f))
        .map((f) => [f.slice(0, 3), fold(readFileSync(`${dir}/${f}`, 'utf8'))]),
    );
    for (const q of Object.values(SEED_QUOTES)) {
      for (const r of q.renderings)
        expect(seeds.get(r.seed), `${r.seed}: ${r.text}`).toContain(fold(r.text).replace(/,$/, ''));
    }
  });
});
