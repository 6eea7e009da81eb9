import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryFile } from '../../lib/library/model';

/** The five seed numbers; every data test walks all of them so a missing seed fails loudly. */
export const SEEDS = ['000', '001', '002', '003', '004'] as const;
export type Seed = (typeof SEEDS)[number];

const SEED_DIR = 'fixtures/seeds';
const PAGE_DIR = 'fixtures/pages';

function rawSeed(seed: Seed): string {
  const file = readdirSync(SEED_DIR).find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`no seed file for ${seed}`);
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

/** Seed text with runs of whitespace folded, so a rendering is found whatever the file's line breaks. */
export function seedText(seed: Seed): string {
  return foldSpace(rawSeed(seed));
}

/** The seed's non-empty lines (menu lines, headlines, paragraphs): each must reappear on its page. */
export function seedLines(seed: Seed): string[] {
  return rawSeed(seed).split('\n').map(foldSpace).filter(Boolean);
}

/** The bundled library read from disk (not imported) so the test sees exactly the shipped bytes. */
export function bundledLibrary(): LibraryFile {
  return JSON.parse(readFileSync('lib/library/bundled-library.json', 'utf8')) as LibraryFile;
}

export function pageHtml(seed: Seed): string {
  return readFileSync(join(PAGE_DIR, `seed-${seed}.html`), 'utf8');
}

/** The detection ground truth of one page, in the format the contract fixes. */
export interface ExpectedPage {
  quotes: {
    text: string;
    speaker: string | null;
    marked: boolean;
    form: 'direct' | 'partial' | 'reported';
  }[];
  scare: string[];
}

export function expectedPage(seed: Seed): ExpectedPage {
  return JSON.parse(readFileSync(join(PAGE_DIR, `seed-${seed}.expected.json`), 'utf8')) as ExpectedPage;
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A loose comparison key: case, quote marks, punctuation and an inserted "he said" do not count, so a
 * ground-truth span and a library rendering of the same printed words compare equal.
 */
export function looseKey(text: string): string {
  return foldSpace(
    text
      .toLowerCase()
      .replace(/,\s*he said,/g, ' ')
      .replace(/[’']/g, '')
      .replace(/[^\p{L}\p{N}%]+/gu, ' '),
  );
}

/** Which seed a bundled rendering came from, read from its id (`<quoteId>--seed-NNN[-suffix]`). */
export function seedOf(renderingId: string): Seed {
  const seed = /--seed-(\d{3})(?:-[a-z0-9-]+)?$/.exec(renderingId)?.[1];
  if (seed === undefined || !(SEEDS as readonly string[]).includes(seed))
    throw new Error(`bad rendering id ${renderingId}`);
  return seed as Seed;
}
