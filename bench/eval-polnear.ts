// PolNeAR quotes and speakers: `node scripts/run-ts.mjs bench/eval-polnear.ts [DIR] [--verbose]`, also run by
// `npm run eval` when ../shared exists. The same rules as ../shared/tools/score-polnear.py (which runs
// `verbatim scan --json` once per page), but in one process: an annotated direct quote is found when one
// speech detection holds half its words; the speaker is right when one of the annotated source's capitalised
// names is part of the detected speaker. --verbose lists every miss and wrong speaker, page by page. A second
// line gives the same counts for each half of the pages sorted by name, so a change is checked on both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectQuotes } from '../lib/detect';
import type { SpeakerHint } from '../lib/detect/types';
import bundled from '../lib/library/bundled-library.json';

/** One annotated direct quote of a PolNeAR article. */
interface Labelled {
  content: string;
  source: string;
  names: string[];
}

export interface PolnearScore {
  quotes: number;
  found: number;
  named: number;
  right: number;
  pages: number;
  /** Time spent in detectQuotes, page parsing excluded. */
  ms: number;
  /** Human-readable lines about misses and wrong speakers, filled only when asked for. */
  notes: string[];
  /** The same counts for each half of the pages in sorted order, so a change is checked on both. */
  halves: [Counts, Counts];
}

/** Quotes annotated and found, and named quotes with their speaker right. */
export interface Counts {
  quotes: number;
  found: number;
  named: number;
  right: number;
}

const noCounts = (): Counts => ({ quotes: 0, found: 0, named: 0, right: 0 });

/** The scorer's normalisation (vjson.norm): curly marks made straight, whitespace folded, lower case. */
function norm(text: string): string {
  return text
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const words = (text: string) => norm(text).match(/[a-z0-9]+/g) ?? [];

/** Python's str.strip('.'): dots off both ends. */
const stripDots = (text: string) => text.replace(/^\.+|\.+$/g, '');

/** The speakers `verbatim scan` resolves against: the bundled library's. */
export function bundledHints(): SpeakerHint[] {
  return (bundled as { speakers: SpeakerHint[] }).speakers.map((s) => ({ name: s.name, aliases: s.aliases }));
}

/** The detection that covers most of a missed quote, so a miss shows what came out instead. */
function nearest(ref: string[], detections: { text: string; words: Set<string> }[]): string {
  let best = '';
  let most = 0;
  for (const d of detections) {
    const share = ref.filter((w) => d.words.has(w)).length / Math.max(1, ref.length);
    if (share > most) [best, most] = [d.text, share];
  }
  return most ? `\n        ${most.toFixed(2)} ${best.slice(0, 160)}` : '';
}

/** Scores every NAME.html against NAME.json in `dir`, in the scorer's (sorted) order. */
export function scorePolnear(dir: string, hints: SpeakerHint[], verbose = false): PolnearScore {
  const score: PolnearScore = {
    quotes: 0,
    found: 0,
    named: 0,
    right: 0,
    pages: 0,
    ms: 0,
    notes: [],
    halves: [noCounts(), noCounts()],
  };
  const labels = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const [index, label] of labels.entries()) {
    const half = score.halves[index < labels.length / 2 ? 0 : 1];
    const page = label.replace(/\.json$/, '');
    const quotes = JSON.parse(readFileSync(join(dir, label), 'utf8')) as Labelled[];
    const dom = new JSDOM(readFileSync(join(dir, `${page}.html`), 'utf8'), {
      virtualConsole: new VirtualConsole(),
    });
    const started = performance.now();
    const found = detectQuotes(dom.window.document, { speakers: hints });
    score.ms += performance.now() - started;
    score.pages++;
    const detections = found
      .filter((q) => q.kind === 'speech')
      .map((q) => ({ text: q.text, speaker: q.speaker ?? '', words: new Set(words(q.text)) }));
    dom.window.close();
    for (const quote of quotes) {
      score.quotes++;
      half.quotes++;
      const ref = words(quote.content);
      const hit = detections.find(
        (d) => ref.length && ref.filter((w) => d.words.has(w)).length / ref.length >= 0.5,
      );
      if (!hit) {
        if (verbose)
          score.notes.push(
            `${page}\n  miss  ${quote.content.replace(/\s+/g, ' ')}${nearest(ref, detections)}`,
          );
        continue;
      }
      score.found++;
      half.found++;
      if (!quote.names.length) continue;
      score.named++;
      half.named++;
      const speaker = hit.speaker.toLowerCase();
      if (quote.names.some((n) => speaker.includes(stripDots(n.toLowerCase())))) {
        score.right++;
        half.right++;
      } else if (verbose)
        score.notes.push(
          `${page}\n  who   ${hit.speaker || '(none)'} ≠ ${quote.source} :: ${hit.text.slice(0, 160)}`,
        );
    }
  }
  return score;
}

/** Each half's found and right counts, pages sorted by name. */
export function formatHalves(s: PolnearScore): string {
  const [a, b] = s.halves;
  return `polnear halves: found ${a.found}/${a.quotes}, ${b.found}/${b.quotes}; speakers right ${a.right}/${a.named}, ${b.right}/${b.named}`;
}

/** The scorer's own line, figure for figure. */
export function formatPolnear(s: PolnearScore): string {
  const r = (a: number, b: number) => (a / Math.max(1, b)).toFixed(2);
  return `polnear: direct quotes found ${s.found}/${s.quotes} = ${r(s.found, s.quotes)}; speakers right ${s.right}/${s.named} = ${r(s.right, s.named)}`;
}

export const POLNEAR_DIR = '../shared/corpora/polnear-train';

// Run on its own (scripts/run-ts.mjs names the bundle after this file), not when bench/eval.ts imports it.
if (basename(process.argv[1] ?? '') === 'eval-polnear.mjs') {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? POLNEAR_DIR;
  const verbose = process.argv.includes('--verbose');
  if (!existsSync(dir)) {
    console.log(`polnear: ${dir} not found, skipped`);
  } else {
    const started = performance.now();
    const score = scorePolnear(dir, bundledHints(), verbose);
    for (const note of score.notes) console.log(note);
    console.log(formatPolnear(score));
    console.log(formatHalves(score));
    console.log(
      `(${score.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; detection ${(score.ms / Math.max(1, score.pages)).toFixed(2)} ms a page)`,
    );
  }
}
