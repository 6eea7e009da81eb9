/**
 * Matching benchmark: Verbatim's matcher against a plain Fuse.js scan over
 * the same libraries of 1k, 10k and 100k quotes (State of the Union sentences
 * plus the bundled Rutte library), with page quotes of every drift kind and
 * negatives; then the MRPC paraphrase corpus when ../shared has it (see
 * bench/match-mrpc.ts). Run: node scripts/run-ts.mjs bench/match.ts [SIZES...]
 * [mrpc]: sizes alone run the generator's kinds only, "mrpc" alone the MRPC
 * part only; MATCH_FAST=1 skips the plain Fuse.js timing (minutes at 100k).
 */
import Fuse from 'fuse.js';
import { QuoteMatcher } from '../lib/match';
import { loadUnits, rng, shuffle, SOTU_SOURCE, type Unit } from './match-corpus';
import { loadMrpc, mrpcMatcher, runMrpc } from './match-mrpc';
import { bundled, buildLibrary, KINDS, makeQueries, type Kind, type Query } from './match-setup';
const FAST = process.env.MATCH_FAST === '1';
const SIZES = [1_000, 10_000, 100_000];
const PAGE = 20;
/** Plain Fuse.js options, pinned: Fuse's defaults except ignoreLocation, which a quote search needs. */
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.6, isCaseSensitive: false };
/** Queries timed with plain Fuse per size (it takes seconds per query at 100k). */
const FUSE_SAMPLE: Record<number, number> = { 1_000: 64, 10_000: 16, 100_000: 8 };
/** The kinds the plain Fuse sample is drawn from, in turn (seed pairs and cross-form are too few or alike). */
const SAMPLED_KINDS: Kind[] = [
  'verbatim',
  'fragment',
  'extended',
  'edited',
  'paraphrase',
  'reported',
  'negative-same-topic',
  'negative-random',
];

interface Outcome {
  top: string | null;
  confident: boolean;
  verdict?: string;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function pct(values: number[], p: number): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function tally(queries: Query[], outcomes: Outcome[]) {
  const byKind = new Map<
    Kind,
    { n: number; hit: number; confident: number; verdictOk: number; falseAny: number; falseConf: number }
  >();
  queries.forEach((q, i) => {
    const o = outcomes[i];
    if (!o) return;
    const t = byKind.get(q.kind) ?? { n: 0, hit: 0, confident: 0, verdictOk: 0, falseAny: 0, falseConf: 0 };
    t.n++;
    if (q.expected) {
      if (o.top === q.expected) {
        t.hit++;
        if (o.confident) t.confident++;
        const want =
          q.kind === 'seed-paraphrase' ? 'paraphrase' : q.kind === 'cross-form' ? o.verdict : q.kind;
        if (o.verdict === want) t.verdictOk++;
      }
    } else if (o.top) {
      t.falseAny++;
      if (o.confident) t.falseConf++;
    }
    byKind.set(q.kind, t);
  });
  const drifts = queries.filter((q) => q.expected);
  const answered = drifts.filter((q) => outcomes[queries.indexOf(q)]);
  const hits = answered.filter((q) => outcomes[queries.indexOf(q)]?.top === q.expected).length;
  const negatives = queries.filter((q, i) => !q.expected && outcomes[i]);
  const falseConf = negatives.filter((q) => outcomes[queries.indexOf(q)]?.confident).length;
  const falseAny = negatives.filter((q) => outcomes[queries.indexOf(q)]?.top).length;
  return {
    byKind,
    recall: hits / Math.max(1, answered.length),
    falseConf: negatives.length ? falseConf / negatives.length : NaN,
    falseAny: negatives.length ? falseAny / negatives.length : NaN,
  };
}

function heap(): { heap: number; buffers: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function runSize(size: number, all: Unit[], pool: Unit[], finals: string[]): void {
  const random = rng(size);
  const library = pool.slice(0, size);
  const inLibrary = new Set(library.map((u) => u.index));
  const crossForm = new Set(library.filter(() => random() < 0.05).map((u) => u.index));
  const data = buildLibrary(library, crossForm);
  const queries = makeQueries(all, inLibrary, library, crossForm, size + 1);
  console.log(
    `\n== ${size.toLocaleString('en')} SOTU quotes (+${bundled.quotes.length} bundled), ${queries.length} page quotes`,
  );

  const before = heap();
  let t = performance.now();
  const matcher = QuoteMatcher.build(data);
  const buildMs = performance.now() - t;
  const after = heap();
  t = performance.now();
  const snap = matcher.snapshot();
  const snapMs = performance.now() - t;
  t = performance.now();
  const cloned = structuredClone(snap);
  const cloneMs = performance.now() - t;
  t = performance.now();
  const restored = QuoteMatcher.restore(cloned);
  const restoreMs = performance.now() - t;
  t = performance.now();
  restored.match(queries[0]?.text ?? 'x');
  const firstMs = performance.now() - t;
  console.log(
    `Verbatim index build ${buildMs.toFixed(0)} ms; snapshot ${snapMs.toFixed(0)} ms; structuredClone ${cloneMs.toFixed(0)} ms; ` +
      `restore ${restoreMs.toFixed(0)} ms (${(buildMs / restoreMs).toFixed(0)}x faster than build); first answer after restore ${firstMs.toFixed(1)} ms`,
  );
  console.log(
    `Verbatim memory (after gc): heap +${mb(after.heap - before.heap)}, typed arrays +${mb(after.buffers - before.buffers)}`,
  );

  // Pages of 20 quotes, all kinds mixed.
  const order = shuffle(
    queries.map((_, i) => i),
    rng(size + 2),
  );
  const outcomes: Outcome[] = [];
  const pageMs: number[] = [];
  // CPU time too: on a shared machine wall-clock page times mostly measure the other jobs.
  const pageCpuMs: number[] = [];
  // One warm-up pass (on the restored index, which must answer alike), then the timed pass.
  let differ = 0;
  for (const i of order) {
    const q = queries[i] as Query;
    const a = restored.match(q.text, { form: q.form })[0];
    const b = matcher.match(q.text, { form: q.form })[0];
    if (a?.quoteId !== b?.quoteId || a?.score !== b?.score) differ++;
  }
  console.log(`restored index: ${differ} of ${order.length} top matches differ from the built one`);
  gc();
  for (let p = 0; p < order.length; p += PAGE) {
    const page = order.slice(p, p + PAGE);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const results = page.map((i) => matcher.match(queries[i]!.text, { form: queries[i]!.form }));
    pageMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    pageCpuMs.push((c.user + c.system) / 1000);
    page.forEach((i, k) => {
      const best = results[k]?.[0];
      outcomes[i] = {
        top: best?.quoteId ?? null,
        confident: best?.confidence === 'confident',
        verdict: best?.verdict,
      };
    });
  }
  const mine = tally(queries, outcomes);

  // Plain Fuse.js scan over every wording in the same library.
  const texts: string[] = [];
  const owner: string[] = [];
  const seen = new Set<string>();
  const add = (text: string, quoteId: string) => {
    if (seen.has(`${quoteId}\u0000${text}`)) return;
    seen.add(`${quoteId}\u0000${text}`);
    texts.push(text);
    owner.push(quoteId);
  };
  for (const q of data.quotes) add(q.canonical, q.id);
  for (const r of data.renderings) add(r.text, r.quoteId);
  const f0 = heap();
  t = performance.now();
  const fuse = new Fuse(texts, FUSE_OPTIONS);
  const fuseBuildMs = performance.now() - t;
  const f1 = heap();
  // A fixed sample spread over the kinds: the first quotes of each kind in page order, in turn.
  const perKind = new Map<Kind, number[]>();
  for (const i of order) {
    const kind = (queries[i] as Query).kind;
    perKind.set(kind, [...(perKind.get(kind) ?? []), i]);
  }
  const sampleSize = FAST ? 0 : Math.min(order.length, FUSE_SAMPLE[size] ?? 50);
  const sample: number[] = [];
  for (let round = 0; sample.length < sampleSize && round < order.length; round++) {
    for (const kind of SAMPLED_KINDS) {
      const i = perKind.get(kind)?.[round];
      if (i !== undefined && sample.length < sampleSize) sample.push(i);
    }
  }
  const fuseOutcomes: Outcome[] = [];
  const fuseQueryMs: number[] = [];
  for (const i of sample) {
    const q = queries[i] as Query;
    const t0 = performance.now();
    const best = fuse.search(q.text, { limit: 1 })[0];
    fuseQueryMs.push(performance.now() - t0);
    fuseOutcomes[i] = { top: best ? (owner[best.refIndex] ?? null) : null, confident: !!best };
  }
  // Page time: real pages when every query was timed, else page sums drawn from the timed sample.
  const fusePageMs: number[] = [];
  if (sample.length === order.length) {
    for (let p = 0; p < fuseQueryMs.length; p += PAGE)
      fusePageMs.push(fuseQueryMs.slice(p, p + PAGE).reduce((a, b) => a + b, 0));
  } else {
    const draw = rng(size + 3);
    for (let k = 0; k < 500; k++) {
      let sum = 0;
      for (let j = 0; j < PAGE; j++) sum += fuseQueryMs[Math.floor(draw() * fuseQueryMs.length)] as number;
      fusePageMs.push(sum);
    }
  }
  const theirs = tally(queries, fuseOutcomes);
  console.log(
    `plain Fuse.js ${JSON.stringify(FUSE_OPTIONS)}: build ${fuseBuildMs.toFixed(0)} ms, heap +${mb(f1.heap - f0.heap)}; ` +
      (sample.length === order.length
        ? `timed on all ${sampleSize} quotes`
        : `timed on a fixed sample of ${sampleSize} quotes only (${(fuseQueryMs.reduce((x, y) => x + y, 0) / sampleSize / 1000).toFixed(2)} s per query here), ` +
          `page times drawn from that sample; its recall and false matches below are on that sample`),
  );
  console.log(
    `page of ${PAGE}: Verbatim p50 ${pct(pageMs, 50).toFixed(1)} ms, p95 ${pct(pageMs, 95).toFixed(1)} ms (${pageMs.length} pages; ` +
      `CPU time p50 ${pct(pageCpuMs, 50).toFixed(1)} ms, p95 ${pct(pageCpuMs, 95).toFixed(1)} ms); ` +
      `plain Fuse p50 ${pct(fusePageMs, 50).toFixed(0)} ms, p95 ${pct(fusePageMs, 95).toFixed(0)} ms`,
  );
  console.log('kind                  n   recall@1 (confident, verdict agrees)   plain Fuse recall@1 (n)');
  for (const kind of [...KINDS, 'negative-same-topic', 'negative-random'] as Kind[]) {
    const a = mine.byKind.get(kind);
    const b = theirs.byKind.get(kind);
    if (!a) continue;
    const f = (x: number, n: number) => (n ? (x / n).toFixed(3) : '  -  ');
    const left = kind.startsWith('negative')
      ? `false matches ${f(a.falseConf, a.n)} confident, ${f(a.falseAny, a.n)} incl. possible`
      : `${f(a.hit, a.n)} (${f(a.confident, a.n)}, ${f(a.verdictOk, a.n)})`;
    const right = b
      ? kind.startsWith('negative')
        ? `false ${f(b.falseAny, b.n)} (${b.n})`
        : `${f(b.hit, b.n)} (${b.n})`
      : '-';
    console.log(`${kind.padEnd(20)} ${String(a.n).padStart(4)}   ${left.padEnd(40)} ${right}`);
  }
  console.log(
    `overall: Verbatim recall@1 ${mine.recall.toFixed(3)}, false matches ${(mine.falseConf * 100).toFixed(1)}% confident ` +
      `(${(mine.falseAny * 100).toFixed(1)}% incl. possible); plain Fuse recall@1 ${theirs.recall.toFixed(3)}, false matches ${(theirs.falseAny * 100).toFixed(1)}%`,
  );
  const p95 = pct(pageMs, 95);
  const fp95 = pct(fusePageMs, 95);
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  const seeds = mine.byKind.get('seed-paraphrase');
  const para = mine.byKind.get('paraphrase');
  finals.push(
    `matcher ${label}: seed paraphrases found ${seeds?.hit ?? 0} of ${seeds?.n ?? 0} (${seeds?.confident ?? 0} confident); ` +
      `paraphrase verdict agreement ${para ? (para.verdictOk / para.n).toFixed(3) : '-'}`,
  );
  finals.push(
    `matcher ${label}: p95 ${p95.toFixed(1)} ms (CPU ${pct(pageCpuMs, 95).toFixed(1)} ms), plain Fuse p95 ${fp95.toFixed(0)} ms, speed-up ${(fp95 / p95).toFixed(0)}x, ` +
      `recall@1 ${mine.recall.toFixed(3)}, false matches ${(mine.falseConf * 100).toFixed(1)}%`,
  );
}

function main(): void {
  const started = performance.now();
  const all = loadUnits();
  console.log(`source: ${SOTU_SOURCE}`);
  console.log(
    `${all.length.toLocaleString('en')} sentence units; 5,000 held out of every library (negatives, extensions)`,
  );
  const order = shuffle(all, rng(7));
  const pool = order.slice(5000);
  const args = process.argv.slice(2);
  const sizes = args.length ? args.filter((a) => /^\d+$/.test(a)).map(Number) : SIZES;
  const finals: string[] = [];
  for (const size of sizes) runSize(Math.min(size, pool.length), all, pool, finals);
  const pairs = args.length && !args.includes('mrpc') ? null : loadMrpc();
  if (pairs) {
    const { matcher, firstSentences } = mrpcMatcher(pool, pairs);
    finals.push(...runMrpc(matcher, pairs, `100k SOTU + ${firstSentences} MRPC first sentences`));
  } else if (!args.length || args.includes('mrpc')) finals.push(`MRPC: skipped (${'../shared'} not found)`);
  console.log(
    `\nrecall@1 = top match is the right quote (either band), pooled over drift kinds; false matches = negatives given a confident match`,
  );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const line of finals) console.log(line);
}

main();
