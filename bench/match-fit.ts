/**
 * Fits the same-remark model (lib/match/pair-model.json) on the MRPC training
 * part's even pairs and reports it on the odd pairs, which it never saw. The
 * library is the benchmark's (100k SOTU quotes plus the MRPC first sentences),
 * so the IDF weights behind the features are those the benchmark scores with.
 * Run: node scripts/run-ts.mjs bench/match-fit.ts [--write]
 * (without --write it only prints the figures; after it, npx prettier --write
 * lib/match/pair-model.json). Needs ../shared. The figures come from judge(),
 * which compares sentence by sentence and keeps the part in the best band, so
 * they depend a little on the weights themselves: a second fit reproduces
 * the first.
 */
import { writeFileSync } from 'node:fs';
import { FEATURES } from '../lib/match/features';
import { loadUnits, rng, shuffle } from './match-corpus';
import { loadMrpc, mrpcMatcher } from './match-mrpc';

const MODEL_PATH = 'lib/match/pair-model.json';
/** L2 penalty on the standardized weights: a handful of features, thousands of pairs, so a light one. */
const L2 = 1;
const ITERATIONS = 30;

interface Row {
  x: number[];
  y: number;
}

/** Logistic regression by Newton's method (IRLS) on standardized features; returns weights and bias. */
function fit(rows: Row[], dims: number): { w: number[]; b: number } {
  const d = dims + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of rows) {
      const v = [...x, 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += (beta[i] as number) * (v[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + (p - y) * (v[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < d; j++)
          row[j] = (row[j] as number) + p * (1 - p) * (v[i] as number) * (v[j] as number);
      }
    }
    for (let i = 0; i < dims; i++) {
      grad[i] = (grad[i] as number) + L2 * (beta[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + L2;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - (step[i] as number));
    if (step.reduce((s, x) => s + Math.abs(x), 0) < 1e-8) break;
  }
  return { w: beta.slice(0, dims), b: beta[dims] as number };
}

/** Gaussian elimination with partial pivoting: the Newton step. */
function solve(a: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = a.map((row, i) => [...row, rhs[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const top = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const k = (row[c] as number) / (top[c] as number);
      for (let j = c; j <= n; j++) row[j] = (row[j] as number) - k * (top[j] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

function accuracy(rows: Row[], p: (x: number[]) => number, threshold: number): string {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const r of rows) {
    const yes = p(r.x) >= threshold;
    if (r.y && yes) tp++;
    else if (r.y) fn++;
    else if (yes) fp++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return `accuracy ${((tp + tn) / rows.length).toFixed(3)}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`;
}

function main(): void {
  const pairs = loadMrpc();
  if (!pairs) {
    console.log('MRPC not found (../shared): nothing to fit');
    return;
  }
  const pool = shuffle(loadUnits(), rng(7)).slice(5000);
  const { matcher } = mrpcMatcher(pool, pairs);
  const rows: Row[] = pairs.map((p) => {
    const j = matcher.judge(p.second, `mrpc-${p.id1}`, { form: 'direct' });
    return { x: j ? j.features : FEATURES.map(() => 0), y: p.label };
  });
  const even = rows.filter((_, i) => i % 2 === 0);
  const odd = rows.filter((_, i) => i % 2 === 1);
  const dims = FEATURES.length;
  const mean = FEATURES.map((_, k) => even.reduce((s, r) => s + (r.x[k] as number), 0) / even.length);
  const scale = FEATURES.map((_, k) => {
    const m = mean[k] as number;
    const v = even.reduce((s, r) => s + ((r.x[k] as number) - m) ** 2, 0) / even.length;
    return Math.sqrt(v) || 1;
  });
  const z = (x: number[]) => x.map((v, k) => (v - (mean[k] as number)) / (scale[k] as number));
  const { w, b } = fit(
    even.map((r) => ({ x: z(r.x), y: r.y })),
    dims,
  );
  const prob = (x: number[]) => {
    const s = z(x).reduce((acc, v, k) => acc + v * (w[k] as number), b);
    return 1 / (1 + Math.exp(-s));
  };
  console.log('weights (standardized):');
  FEATURES.forEach((f, k) => console.log(`  ${f.padEnd(12)} ${(w[k] as number).toFixed(3)}`));
  console.log(`  bias         ${b.toFixed(3)}`);
  for (const t of [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9])
    console.log(
      `p >= ${t.toFixed(2)}: even (fitted) ${accuracy(even, prob, t)}; odd (held out) ${accuracy(odd, prob, t)}`,
    );
  const negatives = odd.filter((r) => !r.y);
  for (const t of [0.7, 0.8, 0.85, 0.9])
    console.log(
      `odd negatives at p >= ${t}: ${((100 * negatives.filter((r) => prob(r.x) >= t).length) / negatives.length).toFixed(1)}%`,
    );
  if (process.argv.includes('--write')) {
    const round = (x: number) => Number(x.toFixed(5));
    writeFileSync(
      MODEL_PATH,
      `${JSON.stringify({ features: [...FEATURES], mean: mean.map(round), scale: scale.map(round), weights: w.map(round), bias: round(b) })}\n`,
    );
    console.log(`wrote ${MODEL_PATH}`);
  }
}

main();
