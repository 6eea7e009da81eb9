/**
 * Matching speed at a year of reading (150,000 captured renderings, see
 * bench/capture-year.ts), alone: builds the index once, then matches the same
 * pages of 20 quotes several rounds and prints per-page wall time and the
 * process's CPU time (less noisy than wall time on a shared machine), p50 and
 * p95, and each page's fastest round. For before/after comparisons of the matcher and for `node --cpu-prof`.
 * Run: node scripts/run-ts.mjs bench/match-speed.ts [rounds]
 */
import { createHash } from 'node:crypto';
import { cpuUsage } from 'node:process';
import { QuoteMatcher } from '../lib/match';
import { speakerFits } from '../lib/reading/speaker-fits';
import { PER_PAGE, fresh, pageQuotes, yearOfReading } from './capture-year';

const PAGES = 40;
const rounds = Number(process.argv[2] ?? 3);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

const matcher = QuoteMatcher.build(yearOfReading());
const pages = Array.from({ length: PAGES }, (_, n) => pageQuotes(n));
for (const unit of fresh.slice(-300)) matcher.match(unit.text, { form: 'direct', speaker: unit.speaker });
const wall: number[] = [];
const cpu: number[] = [];
let right = 0;
// A digest of the first round's answers: a change that should only be faster must leave it as it was.
const digest = createHash('sha256');
for (let round = 0; round < rounds; round++)
  for (const page of pages) {
    const t = performance.now();
    const c = cpuUsage();
    for (const { quote, expected } of page) {
      const m = matcher.match(quote.text, { form: quote.form, speaker: quote.speaker });
      if (round > 0) continue;
      // As capture decides: the first confident match whose speaker fits joins the remark.
      const join = m.find((x) => x.confidence === 'confident' && speakerFits(quote.speaker, x.speaker));
      if ((join?.quoteId ?? null) === expected) right++;
      for (const x of m) digest.update(`${x.quoteId} ${x.confidence} ${x.score.toFixed(6)} ${x.verdict}\n`);
    }
    const used = cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
const f = (v: number) => `${v.toFixed(1)} ms`;
// Each page's fastest round: other processes only ever add time, so this is the matcher's own cost.
const fastest = pages.map((_, p) => Math.min(...wall.filter((_, i) => i % PAGES === p)));
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
console.log(
  `page of ${PER_PAGE} at 150k renderings, ${rounds} x ${PAGES} pages: wall p50 ${f(percentile(wall, 50))} p95 ${f(percentile(wall, 95))}; cpu p50 ${f(percentile(cpu, 50))} p95 ${f(percentile(cpu, 95))} mean ${f(mean(cpu))}; each page's fastest round p50 ${f(percentile(fastest, 50))} p95 ${f(percentile(fastest, 95))}; capture decisions right ${right}/${PAGES * PER_PAGE}, answers ${digest.digest('hex').slice(0, 12)}`,
);
