/**
 * Where the score bands come from: runs the benchmark's page quotes against
 * one library size and prints, per kind, the score and evidence of the top
 * match (right or wrong), and the misses. Run:
 * node scripts/run-ts.mjs bench/match-tune.ts [SIZE]
 */
import { QuoteMatcher } from '../lib/match';
import { loadUnits, rng, shuffle } from './match-corpus';
import { buildLibrary, makeQueries, type Kind } from './match-setup';

const size = Number(process.argv[2] ?? 10_000);
const all = loadUnits();
const pool = shuffle(all, rng(7)).slice(5000).slice(0, size);
const random = rng(size);
const inLibrary = new Set(pool.map((u) => u.index));
const crossForm = new Set(pool.filter(() => random() < 0.05).map((u) => u.index));
const matcher = QuoteMatcher.build(buildLibrary(pool, crossForm));
const queries = makeQueries(all, inLibrary, pool, crossForm, size + 1);
const rows = new Map<Kind, { score: number; evidence: number; right: boolean }[]>();
const misses: string[] = [];
const components = new Map<Kind, { exact: number; meaning: number; evidence: number }[]>();
for (const q of queries) {
  const best = matcher.match(q.text, { form: q.form })[0];
  const right = q.expected !== null && best?.quoteId === q.expected;
  const list = rows.get(q.kind) ?? [];
  list.push({ score: best?.score ?? 0, evidence: best?.evidence ?? 0, right });
  rows.set(q.kind, list);
  if (q.expected && !right)
    misses.push(
      `${q.kind}: ${q.text}\n    -> ${best ? `${best.quoteId} ${best.score.toFixed(2)} ${best.canonical}` : 'none'}`,
    );
  if (!q.expected && best && best.confidence === 'confident')
    misses.push(
      `FALSE ${q.kind}: ${q.text}\n    -> ${best.score.toFixed(2)} ev ${best.evidence.toFixed(2)} ${best.verdict} ${best.canonical}`,
    );
  const top = matcher.explain(q.text)[0];
  if (top && (!q.expected || top.quoteId === q.expected)) {
    const c = components.get(q.kind) ?? [];
    c.push(top);
    components.set(q.kind, c);
  }
}
const q = (xs: number[], p: number) =>
  xs
    .slice()
    .sort((a, b) => a - b)
    [Math.floor(p * (xs.length - 1))]?.toFixed(2);
for (const [kind, list] of rows) {
  const s = list.map((r) => r.score);
  const e = list.map((r) => r.evidence);
  console.log(
    `${kind.padEnd(20)} right ${(list.filter((r) => r.right).length / list.length).toFixed(3)} score p5 ${q(s, 0.05)} p25 ${q(s, 0.25)} p50 ${q(s, 0.5)} p95 ${q(s, 0.95)} | evidence p5 ${q(e, 0.05)} p50 ${q(e, 0.5)} p95 ${q(e, 0.95)}`,
  );
}
console.log(
  'top candidate (the right one for drift kinds, any for negatives): exact / meaning / evidence quantiles p5 p25 p50 p75 p95',
);
for (const [kind, list] of components) {
  const f = (k: 'exact' | 'meaning' | 'evidence') =>
    [0.05, 0.25, 0.5, 0.75, 0.95]
      .map((p) =>
        q(
          list.map((x) => x[k]),
          p,
        ),
      )
      .join(' ');
  console.log(`${kind.padEnd(20)} exact ${f('exact')} | meaning ${f('meaning')} | evidence ${f('evidence')}`);
}
if (process.argv[3] === 'misses') console.log(misses.join('\n'));
