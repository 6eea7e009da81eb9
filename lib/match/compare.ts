import { diffArrays } from 'diff';
import type { Form } from '../library/model';
import { align, alignElided } from './align';
import { analyze, type Analyzed } from './normalize';
import { segment, type Segment } from './segments';
import type { Comparison, DiffPart, Verdict } from './types';

/**
 * At most this many words changed, added or dropped (and no more than a third
 * as many as the words kept) is an edit; more is a rewording. Three is what sub-editors
 * do to a quote (a tense, a name spelled out, a word dropped) without the
 * remark becoming their own sentence; seed 003's rewrites change five or more.
 */
export const MAX_EDITS = 3;

/**
 * A page that moves this many of the library's words to the other end of the
 * shared stretch has reordered the remark (a clause put first): a rewording,
 * not an edit, however few words it changed.
 */
const MIN_MOVED = 2;
/** Words cut at one edge that count as dropped words of an edit; more is the page quoting a part. */
const MAX_EDGE_CUT = 2;

/** How many page words outside the aligned stretch the stored wording also has outside it. */
function movedWords(pageOutside: string[], storedOutside: string[]): number {
  const left = new Map<string, number>();
  for (const w of storedOutside) left.set(w, (left.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of pageOutside) {
    const k = left.get(w) ?? 0;
    if (k > 0) {
      n++;
      left.set(w, k - 1);
    }
  }
  return n;
}

interface Run {
  op: DiffPart['op'];
  segments: Segment[];
  edge: boolean;
  /** Which end of the shared stretch an edge run lies at. */
  side?: 'start' | 'end';
  /** Stored words the page left out where it prints an ellipsis. */
  elided?: boolean;
}

function wordsIn(segments: Segment[]): number {
  let n = 0;
  for (const s of segments) n += s.words;
  return n;
}

function sayWords(segments: Segment[]): string {
  return segments
    .map((s) => s.text)
    .join('')
    .trim()
    .replace(/^[\s"'“”‘’«»,.;:!?()[\]—–-]+|[\s"'“”‘’«»,.;:!?()[\]—–-]+$/gu, '');
}

/** Words of a diff as the explanation quotes them, in the curly marks the card prints quotes in. */
function said(segments: Segment[]): string {
  return `‘${sayWords(segments)}’`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function diffRuns(stored: Segment[], page: Segment[]): Run[] {
  return diffArrays(stored, page, { comparator: (a, b) => a.key === b.key }).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    segments: c.value,
    edge: false,
  }));
}

/** The ways the page departs from the stored wording, one phrase each, for the explanation. */
function describeEdits(runs: Run[]): string {
  const changed: string[] = [];
  const dropped: string[] = [];
  const added: string[] = [];
  let nChanged = 0;
  let nDropped = 0;
  let nAdded = 0;
  const leftOut: string[] = [];
  let nLeftOut = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    if (run.op === 'same' || run.edge) continue;
    const next = runs[i + 1];
    if (run.elided) {
      leftOut.push(said(run.segments));
      nLeftOut += wordsIn(run.segments);
    } else if (run.op === 'removed' && next && next.op === 'added' && !next.edge) {
      const from = run.segments.filter((s) => s.words);
      const to = next.segments.filter((s) => s.words);
      if (from.length === to.length) {
        from.forEach((s, k) => changed.push(`${said([s])} to ${said([to[k] as Segment])}`));
      } else changed.push(`${said(from)} to ${said(to)}`);
      nChanged += Math.max(wordsIn(from), wordsIn(to));
      i++;
    } else if (run.op === 'removed') {
      dropped.push(said(run.segments));
      nDropped += wordsIn(run.segments);
    } else {
      added.push(said(run.segments));
      nAdded += wordsIn(run.segments);
    }
  }
  const list = (items: string[]) =>
    items.length > 3 ? `${items.slice(0, 3).join(', ')}, …` : items.join(', ');
  const out: string[] = [];
  if (nChanged) out.push(`${plural(nChanged, 'word')} changed: ${list(changed)}`);
  if (nDropped) out.push(`${plural(nDropped, 'word')} dropped: ${list(dropped)}`);
  if (nAdded) out.push(`${plural(nAdded, 'word')} added: ${list(added)}`);
  if (nLeftOut) out.push(`${plural(nLeftOut, 'word')} left out at the ellipsis: ${list(leftOut)}`);
  return out.join('; ');
}

function toParts(runs: Run[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const run of runs) {
    const text = run.segments.map((s) => s.text).join('');
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.op === run.op) last.text += text;
    else {
      // A page quote ends without the space its stored neighbour had: keep the words apart.
      if (last && !/\s$/.test(last.text)) last.text += ' ';
      parts.push({ op: run.op, text });
    }
  }
  return parts;
}

/**
 * Compares already-analyzed wordings (the matcher analyzes a page's quote once
 * and compares it with every rendering). See {@link compare}.
 */
export function compareAnalyzed(
  page: Analyzed,
  stored: Analyzed,
  pageForm: Form | null,
  storedForm: Form,
): Comparison {
  const p = segment(page);
  const s = segment(stored);
  const whole = align(page.words, stored.words);
  // A page that marks left-out words with ellipses is aligned piece by piece (see alignElided).
  const pieces = page.elisions.length ? alignElided(page.words, stored.words, page.elisions) : null;
  const a = pieces && pieces.matched > whole.matched ? pieces : whole;
  const empty = a.qEnd === a.qStart;
  const qs = empty ? p.segments.length : (p.segmentOf[a.qStart] as number);
  const qe = empty ? p.segments.length : (p.segmentOf[a.qEnd - 1] as number) + 1;
  const rs = empty ? s.segments.length : (s.segmentOf[a.rStart] as number);
  const re = empty ? s.segments.length : (s.segmentOf[a.rEnd - 1] as number) + 1;

  const edge = (op: DiffPart['op'], segments: Segment[], side: 'start' | 'end'): Run => ({
    op,
    segments,
    edge: true,
    side,
  });
  const runs: Run[] = [
    edge('removed', s.segments.slice(0, rs), 'start'),
    edge('added', p.segments.slice(0, qs), 'start'),
    ...diffRuns(s.segments.slice(rs, re), p.segments.slice(qs, qe)),
    edge('removed', s.segments.slice(re), 'end'),
    edge('added', p.segments.slice(qe), 'end'),
  ].filter((r) => r.segments.length > 0);

  // Stored words removed right where the page has an ellipsis are the words it says it left out: not changes.
  let pageAt = wordsIn(p.segments.slice(0, qs));
  for (const run of runs) {
    if (run.edge) continue;
    if (run.op === 'removed') run.elided = page.elisions.includes(pageAt);
    else pageAt += wordsIn(run.segments);
  }
  let same = 0;
  let innerAdded = 0;
  let innerRemoved = 0;
  for (const run of runs) {
    if (run.edge || run.elided) continue;
    const n = wordsIn(run.segments);
    if (run.op === 'same') same += n;
    else if (run.op === 'added') innerAdded += n;
    else innerRemoved += n;
  }
  const trimStart = wordsIn(s.segments.slice(0, rs));
  const trimEnd = wordsIn(s.segments.slice(re));
  const extraStart = wordsIn(p.segments.slice(0, qs));
  const extraEnd = wordsIn(p.segments.slice(qe));
  // Where both sides have words beyond the shared stretch, the page's words replaced the library's.
  const edgeEdits = (trimStart && extraStart ? extraStart : 0) + (trimEnd && extraEnd ? extraEnd : 0);
  const edits = Math.max(innerAdded, innerRemoved) + edgeEdits;
  const trimmed = trimStart + trimEnd;
  const extra = extraStart + extraEnd - edgeEdits;
  // Edge words on both sides read as changes, not as a part or an extension.
  for (const run of runs) {
    if (!run.edge) continue;
    const start = run.side === 'start';
    if ((start && trimStart && extraStart) || (!start && trimEnd && extraEnd)) run.edge = false;
  }
  const pageWords = page.words.length;
  // Words the page prints outside the shared stretch that the library has outside it too: a moved clause.
  const moved = movedWords(
    page.words.slice(0, a.qStart).concat(page.words.slice(a.qEnd)),
    stored.words.slice(0, a.rStart).concat(stored.words.slice(a.rEnd)),
  );

  let verdict: Verdict;
  let explanation: string;
  let shown = runs;
  // With words changed inside, a word or two cut at an edge is one more change, not a part of the remark.
  const changes =
    edits + (trimStart <= MAX_EDGE_CUT ? trimStart : 0) + (trimEnd <= MAX_EDGE_CUT ? trimEnd : 0);
  const edited = same > 0 && changes <= MAX_EDITS && edits * 2 <= same && moved < MIN_MOVED;
  if (pageForm === 'reported') {
    // Indirect speech is never "verbatim", even against a stored indirect wording: nobody is quoted word for word.
    verdict = 'reported';
    shown = diffRuns(s.segments, p.segments);
    explanation = `Reported speech, in the reporter's words: ${same} of its ${plural(pageWords, 'word')} as in the ${
      storedForm === 'reported' ? "library's reported wording" : "library's wording"
    }.`;
  } else if (
    edits === 0 &&
    trimmed === 0 &&
    extra === 0 &&
    same === stored.words.length &&
    same === pageWords
  ) {
    verdict = 'verbatim';
    const exact = page.units.join('').trim() === stored.units.join('').trim();
    explanation = exact
      ? "Word for word the library's wording."
      : 'Word for word; only spelling, punctuation or number style differ.';
  } else if (edits === 0 && extra === 0 && same > 0) {
    verdict = 'fragment';
    explanation = `A part of the remark, word for word: ${same} of ${plural(stored.words.length, 'word')}.`;
  } else if (edits === 0 && trimmed === 0 && same > 0) {
    verdict = 'extended';
    const more = runs.filter((r) => r.edge && r.op === 'added').map((r) => said(r.segments));
    explanation = `Longer than the library's wording: ${plural(extra, 'word')} more (${more.join(', ')}), the rest word for word.`;
  } else if (edited) {
    verdict = 'edited';
    const where =
      trimmed && extra
        ? 'Part of the remark with words of its own'
        : trimmed
          ? 'A part of the remark'
          : extra
            ? "Longer than the library's wording"
            : '';
    const added = runs.filter((r) => r.edge && r.op === 'added').map((r) => said(r.segments));
    const what =
      describeEdits(runs) ||
      (extra ? `${plural(extra, 'word')} more (${added.join(', ')}), the rest word for word` : '');
    const line = [where, what].filter(Boolean).join('; ');
    explanation = `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
  } else {
    verdict = 'paraphrase';
    shown = diffRuns(s.segments, p.segments);
    const common = shown.filter((r) => r.op === 'same').reduce((n, r) => n + wordsIn(r.segments), 0);
    const printed = pageForm === 'direct' || pageForm === 'partial' ? ', printed as a quote' : '';
    explanation = `Reworded${printed}: ${common} of its ${plural(pageWords, 'word')} as in the library's wording.`;
  }
  return { verdict, diff: toParts(shown), explanation };
}

/**
 * How a page's wording relates to one stored wording: the verdict, a word
 * diff that reads as printed (`removed` = stored only, `added` = page only) and
 * one line that explains it. It assumes both are the same remark; whether they
 * are is the matcher's call.
 */
export function compare(
  pageText: string,
  storedText: string,
  pageForm: Form | null,
  storedForm: Form,
): Comparison {
  const { verdict, diff, explanation } = compareAnalyzed(
    analyze(pageText),
    analyze(storedText),
    pageForm,
    storedForm,
  );
  return { verdict, diff, explanation };
}
