// Scoring for bench/eval.ts: a found quote counts when it covers at least half of an expected quote's words.
import type { DetectedQuote, SpeakerHint } from '../lib/detect/types';

export interface Expected {
  quotes: { text: string; speaker: string | null; marked: boolean; form: string }[];
  scare?: string[];
}

export interface Tally {
  found: number;
  expected: number;
  hits: number;
  speakerHits: number;
  speakerTotal: number;
  /** Hits whose words are exactly the expected words: how well the spans' ends are placed. */
  exact: number;
}

export const emptyTally = (): Tally => ({
  found: 0,
  expected: 0,
  hits: 0,
  speakerHits: 0,
  speakerTotal: 0,
  exact: 0,
});

export function addTally(a: Tally, b: Tally): void {
  a.found += b.found;
  a.expected += b.expected;
  a.hits += b.hits;
  a.speakerHits += b.speakerHits;
  a.speakerTotal += b.speakerTotal;
  a.exact += b.exact;
}

/** Words for coverage: letters and digits, lower case; CJK counts per character. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff]|[\p{L}\p{N}]+/gu) ?? []).map((w) =>
    w.replace(/’/g, "'"),
  );
}

function coverage(found: string[], expected: string[]): number {
  const bag = new Map<string, number>();
  for (const w of found) bag.set(w, (bag.get(w) ?? 0) + 1);
  let covered = 0;
  for (const w of expected) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      covered++;
      bag.set(w, n - 1);
    }
  }
  return expected.length ? covered / expected.length : 0;
}

/** Pairs each expected text with the best unused found text covering half its words; returns index pairs. */
export function pair(found: string[], expected: string[]): [number, number][] {
  const fw = found.map(words);
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  expected.forEach((text, e) => {
    const ew = words(text);
    let best = -1;
    let bestScore = 0.5 - 1e-9;
    fw.forEach((w, f) => {
      if (used.has(f)) return;
      const score = coverage(w, ew);
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([best, e]);
    }
  });
  return pairs;
}

/** Same person: equal names, or one is the other's alias in the hints. */
export function samePerson(a: string | null, b: string | null, hints: SpeakerHint[]): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'").trim();
  const canon = (s: string) => {
    const k = key(s);
    const hint = hints.find((h) => key(h.name) === k || h.aliases.some((x) => key(x) === k));
    return hint ? key(hint.name) : k;
  };
  return canon(a) === canon(b);
}

export interface PageScore {
  marked: Tally;
  unmarked: Tally;
  scare: Tally;
  misses: string[];
  extras: string[];
  wrongSpeakers: string[];
  /** Hits whose span differs from the expected words: "found ≠ expected". */
  inexact: string[];
}

/** Scores one page: marked speech, unmarked speech and scare quotes apart. */
export function scorePage(found: DetectedQuote[], expected: Expected, hints: SpeakerHint[]): PageScore {
  const result: PageScore = {
    marked: emptyTally(),
    unmarked: emptyTally(),
    scare: emptyTally(),
    misses: [],
    extras: [],
    wrongSpeakers: [],
    inexact: [],
  };
  for (const marked of [true, false]) {
    const tally = marked ? result.marked : result.unmarked;
    const f = found.filter((q) => q.kind === 'speech' && q.marked === marked);
    const e = expected.quotes.filter((q) => q.marked === marked);
    const pairs = pair(
      f.map((q) => q.text),
      e.map((q) => q.text),
    );
    tally.found = f.length;
    tally.expected = e.length;
    tally.hits = pairs.length;
    for (const [fi, ei] of pairs) {
      tally.speakerTotal++;
      if (words(f[fi]!.text).join(' ') === words(e[ei]!.text).join(' ')) tally.exact++;
      else result.inexact.push(`${f[fi]!.text.slice(0, 110)}\n              ≠ ${e[ei]!.text.slice(0, 110)}`);
      if (samePerson(f[fi]!.speaker, e[ei]!.speaker, hints)) tally.speakerHits++;
      else
        result.wrongSpeakers.push(
          `${f[fi]!.speaker ?? '(none)'} ≠ ${e[ei]!.speaker ?? '(none)'}: ${e[ei]!.text.slice(0, 70)}`,
        );
    }
    const fHit = new Set(pairs.map((p) => p[0]));
    const eHit = new Set(pairs.map((p) => p[1]));
    f.forEach((q, i) => fHit.has(i) || result.extras.push(`${marked ? 'M' : 'U'} ${q.text.slice(0, 90)}`));
    e.forEach((q, i) => eHit.has(i) || result.misses.push(`${marked ? 'M' : 'U'} ${q.text.slice(0, 90)}`));
  }
  const scareFound = found.filter((q) => q.kind === 'scare').map((q) => q.text);
  const scareExpected = expected.scare ?? [];
  result.scare = {
    ...emptyTally(),
    found: scareFound.length,
    expected: scareExpected.length,
    hits: pair(scareFound, scareExpected).length,
  };
  return result;
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');

/** "P 0.950 R 1.000 S 0.900 X 0.850 (19 hit, 20 found, 20 expected)"; X is the share of hits with exact words. */
export function formatTally(t: Tally): string {
  return `P ${ratio(t.hits, t.found)} R ${ratio(t.hits, t.expected)} S ${ratio(t.speakerHits, t.speakerTotal)} X ${ratio(t.exact, t.hits)} (${t.hits} hit, ${t.found} found, ${t.expected} expected)`;
}
