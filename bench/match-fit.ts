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
 * the first. It also fits the other way round (on the odd pairs) and reads
 * the full band rules (score.ts's confidenceOf, either band = same) with each
 * fit on the half it never saw, so a refit is judged as the decision the
 * benchmark prints, on both halves.
 */
import { writeFileSync } from 'node:fs';
import { FEATURES } from '../lib/match/features';
import { sameRemarkLikelihood } from '../lib/match/pair-model';
import { confidenceOf } from '../lib/match/score';
import { fitStandardized, type Row } from './match-logistic';
import { type JudgedRow, judgedRows, loadMrpc } from './match-mrpc';

const MODEL_PATH = 'lib/match/pair-model.json';

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

/** Decision accuracy of the band rules with the model's likelihood from `p`: what the benchmark's MRPC line measures. */
function bandAccuracy(rows: JudgedRow[], p: (x: number[]) => number): string {
  let right = 0;
  for (const r of rows) {
    const same = r.scored ? confidenceOf({ ...r.scored, likelihood: p(r.x) }, false) !== null : false;
    if (same === (r.y === 1)) right++;
  }
  return (right / rows.length).toFixed(4);
}

function main(): void {
  const pairs = loadMrpc();
  if (!pairs) {
    console.log('MRPC not found (../shared): nothing to fit');
    return;
  }
  const rows = judgedRows(pairs);
  const even = rows.filter((_, i) => i % 2 === 0);
  const odd = rows.filter((_, i) => i % 2 === 1);
  const { mean, scale, w, b, prob } = fitStandardized(even);
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
  const shipped = (x: number[]) => sameRemarkLikelihood(x);
  const reverse = fitStandardized(odd).prob;
  console.log(
    `band rules, either band = same: shipped model even ${bandAccuracy(even, shipped)} / odd ${bandAccuracy(odd, shipped)}; ` +
      `this fit (even pairs) on odd, held out ${bandAccuracy(odd, prob)} (even, fitted ${bandAccuracy(even, prob)}); ` +
      `fitted on odd pairs, on even, held out ${bandAccuracy(even, reverse)}`,
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
