/**
 * Real paraphrase in the matching benchmark: the Microsoft Research Paraphrase
 * Corpus (training part, ../shared/corpora/mrpc; never in the repository or CI).
 * Each pair is two news sentences on one event that people judged the same
 * statement (1) or not (0). Two measures:
 * - the same-remark decision on each pair (the second sentence judged against
 *   the first as a library quote): accuracy, precision, recall, F1, on the
 *   whole part and on its two halves (odd and even pairs) apart, so a figure
 *   tuned on one half can be read on the other;
 * - retrieval at library scale: every first sentence in a library of SOTU
 *   quotes, each second sentence as the page quote; recall@1 on the positives
 *   (confident and possible apart), and how many negatives come back confident.
 *   A second sentence that the corpus also holds as another pair's first
 *   sentence finds itself first, word for word: that answer is passed over
 *   (the next one counts), as the query's own sentence is not what is sought.
 * - fragments: each second sentence cut as a reporter quotes a part (the
 *   generator's fragment kind, fixed seed) and judged as a partial quote
 *   against the first sentence: the decision on what pages most often print.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LibraryData, Quote, Rendering } from '../lib/library/model';
import { QuoteMatcher, type Scored } from '../lib/match';
import { FEATURES } from '../lib/match/features';
import { loadUnits, rng, shuffle, type Unit } from './match-corpus';
import type { Row } from './match-logistic';
import { fragment } from './match-queries';
import { buildLibrary } from './match-setup';

export const MRPC_PATH = '../shared/corpora/mrpc/msr_paraphrase_train.txt';

export interface Pair {
  label: 0 | 1;
  id1: string;
  id2: string;
  first: string;
  second: string;
}

/** The corpus's pairs, or null when ../shared is not there (CI, a fresh clone). */
export function loadMrpc(): Pair[] | null {
  if (!existsSync(MRPC_PATH)) return null;
  return readFileSync(MRPC_PATH, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((f) => f.length >= 5)
    .map(([label, id1, id2, first, second]) => ({
      label: label === '1' ? 1 : 0,
      id1: id1 as string,
      id2: id2 as string,
      first: first as string,
      second: second as string,
    }));
}

const quoteId = (p: Pair) => `mrpc-${p.id1}`;
/** The query sentence's own quote, when the corpus also has it as another pair's first sentence. */
const ownId = (p: Pair) => `mrpc-${p.id2}`;

/**
 * The 100k library both MRPC benches search: the first 100,000 SOTU sentences
 * of `pool` plus MRPC's first sentences; `firstSentences` counts the latter.
 */
export function mrpcMatcher(pool: Unit[], pairs: Pair[]): { matcher: QuoteMatcher; firstSentences: number } {
  const sotu = buildLibrary(pool.slice(0, 100_000), new Set());
  const mrpc = mrpcLibrary(pairs);
  const matcher = QuoteMatcher.build({
    speakers: [...sotu.speakers, ...mrpc.speakers],
    quotes: [...sotu.quotes, ...mrpc.quotes],
    renderings: [...sotu.renderings, ...mrpc.renderings],
  });
  return { matcher, firstSentences: mrpc.quotes.length };
}

/** A pair's model inputs and label, with the figures the band rules read beside the model (null: no figures). */
export interface JudgedRow extends Row {
  scored: Scored | null;
}

/**
 * Each pair's same-remark features as the matcher computes them (the second
 * sentence judged against the first, in the benchmark's 100k library, so the
 * IDF weights are those the benchmark scores with), with the corpus's label:
 * what the model is fitted on, and what the band rules are read on.
 */
export function judgedRows(pairs: Pair[]): JudgedRow[] {
  const pool = shuffle(loadUnits(), rng(7)).slice(5000);
  const { matcher } = mrpcMatcher(pool, pairs);
  return pairs.map((p) => {
    const j = matcher.judge(p.second, quoteId(p), { form: 'direct' });
    return { x: j ? j.features : FEATURES.map(() => 0), y: p.label, scored: j };
  });
}

/** The first sentences as library quotes (one per sentence id), to add to a benchmark library. */
export function mrpcLibrary(pairs: Pair[]): LibraryData {
  const quotes = new Map<string, Quote>();
  const renderings: Rendering[] = [];
  for (const p of pairs) {
    const id = quoteId(p);
    if (quotes.has(id)) continue;
    quotes.set(id, {
      id,
      speakerId: 'mrpc',
      canonical: p.first,
      canonicalReason: 'MRPC sentence 1',
      event: null,
      date: null,
      primarySource: null,
      tags: [],
      origin: 'user',
      edited: false,
    });
    renderings.push({
      id: `${id}-r`,
      quoteId: id,
      outlet: 'MRPC',
      url: null,
      date: null,
      text: p.first,
      form: 'direct',
      language: 'en',
      translated: false,
      origin: 'user',
      edited: false,
    });
  }
  return {
    speakers: [{ id: 'mrpc', name: 'MRPC', aliases: [], origin: 'user', edited: false }],
    quotes: [...quotes.values()],
    renderings,
  };
}

interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

function figures(c: Counts): string {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `accuracy ${((c.tp + c.tn) / n).toFixed(3)}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (${n} pairs)`;
}

function count(pairs: Pair[], said: boolean[], keep: (i: number) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  pairs.forEach((p, i) => {
    if (!keep(i)) return;
    const yes = said[i] as boolean;
    if (p.label && yes) c.tp++;
    else if (p.label) c.fn++;
    else if (yes) c.fp++;
    else c.tn++;
  });
  return c;
}

/**
 * Runs both measures on a matcher whose library holds {@link mrpcLibrary};
 * prints the details and returns the closing lines. With MRPC_DUMP=file the
 * figures of every pair are written there as TSV, for threshold studies.
 */
export function runMrpc(matcher: QuoteMatcher, pairs: Pair[], libraryLabel: string): string[] {
  const same: boolean[] = [];
  const confident: boolean[] = [];
  const dump: string[] = [
    'label\tscore\texact\tmeaning\tevidence\tshared\tpage\tstored\tunshared\tlikelihood\tconfidence',
  ];
  let t = performance.now();
  for (const p of pairs) {
    const j = matcher.judge(p.second, quoteId(p), { form: 'direct' });
    same.push(!!j?.confidence);
    confident.push(j?.confidence === 'confident');
    if (j)
      dump.push(
        [
          p.label,
          j.score,
          j.exact,
          j.meaning,
          j.evidence,
          j.shared,
          j.pageWeight,
          j.storedWeight,
          j.unshared,
          j.likelihood,
          j.confidence ?? '-',
        ]
          .map((x) => (typeof x === 'number' ? x.toFixed(4) : x))
          .join('\t'),
      );
  }
  const judgeMs = (performance.now() - t) / pairs.length;
  if (process.env.MRPC_DUMP) writeFileSync(process.env.MRPC_DUMP, `${dump.join('\n')}\n`);

  t = performance.now();
  let positives = 0;
  let found = 0;
  let foundConfident = 0;
  let negatives = 0;
  let negativeConfident = 0;
  let ownSentence = 0;
  /** Paraphrases missed because another of the corpus's first sentences (often the same story's) came first. */
  let otherFirst = 0;
  /** Of those, the ones whose first sentence is itself confidently the other one (the corpus holds the sentence twice, reworded). */
  let otherSame = 0;
  /** Paraphrases the same-remark decision already rejects, which no ranking can find. */
  let rejected = 0;
  for (const [i, p] of pairs.entries()) {
    // The query sentence itself, in the library as another pair's first sentence, is no answer to look for.
    const results = matcher.match(p.second, { form: 'direct', limit: 2 });
    if (results[0]?.quoteId === ownId(p)) ownSentence++;
    const top = results.filter((m) => m.quoteId !== ownId(p))[0];
    const hit = top?.quoteId === quoteId(p);
    if (p.label) {
      positives++;
      if (hit) found++;
      if (hit && top?.confidence === 'confident') foundConfident++;
      if (!hit && !same[i]) rejected++;
      else if (!hit && top?.quoteId.startsWith('mrpc-')) {
        otherFirst++;
        if (matcher.judge(p.first, top.quoteId, { form: 'direct' })?.confidence === 'confident') otherSame++;
      }
    } else {
      negatives++;
      if (hit && top?.confidence === 'confident') negativeConfident++;
    }
  }
  const matchMs = (performance.now() - t) / pairs.length;

  const random = rng(7);
  const cut: Pair[] = [];
  const cutSame: boolean[] = [];
  const cutConfident: boolean[] = [];
  for (const p of pairs) {
    const part = fragment(p.second, random);
    if (!part) continue;
    const j = matcher.judge(part, quoteId(p), { form: 'partial' });
    cut.push(p);
    cutSame.push(!!j?.confidence);
    cutConfident.push(j?.confidence === 'confident');
  }

  const all = () => true;
  const odd = (i: number) => i % 2 === 1;
  const even = (i: number) => i % 2 === 0;
  const lines = [
    `MRPC same-remark decision (either band = same): ${figures(count(pairs, same, all))}`,
    `MRPC decision, even pairs ${figures(count(pairs, same, even))}; odd pairs ${figures(count(pairs, same, odd))}`,
    `MRPC decision (confident only = same): ${figures(count(pairs, confident, all))}`,
    `MRPC fragments as partial quotes (either band = same): ${figures(count(cut, cutSame, all))}; confident only: ${figures(count(cut, cutConfident, all))}`,
    `MRPC at ${libraryLabel}: paraphrase recall@1 ${(found / positives).toFixed(3)} (confident ${(foundConfident / positives).toFixed(3)}, possible ${((found - foundConfident) / positives).toFixed(3)}; ${positives} pairs); ` +
      `negatives whose first sentence comes back confident ${((100 * negativeConfident) / Math.max(1, negatives)).toFixed(1)}% (${negatives} pairs); ` +
      `${ownSentence} queries found their own sentence first (another pair's first sentence), passed over; ` +
      `of the ${positives - found} paraphrases missed, ${rejected} are rejected by the decision above, and ${otherFirst} of the others had another of the corpus's first sentences first ` +
      `(${otherSame} of them one the expected first sentence itself matches confidently: the corpus holds that sentence twice; ` +
      `recall@1 counting such a twin as found ${((found + otherSame) / positives).toFixed(3)})`,
  ];
  console.log(`\n== MRPC training part (${pairs.length} pairs), library ${libraryLabel}`);
  console.log(`judge ${judgeMs.toFixed(2)} ms per pair; match ${matchMs.toFixed(2)} ms per query`);
  for (const line of lines) console.log(line);
  return lines;
}
