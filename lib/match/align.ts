/**
 * Local word alignment (Smith-Waterman) of a page's words against a stored
 * wording. Local, because a page often prints a stretch of a longer remark
 * (fragment) or wraps a stored stretch in more words (extended): the aligned
 * window says which part of each wording the other one covers, and what lies
 * outside it is trimmed or added, not changed.
 */
export interface Alignment {
  /** Aligned window in the page's words: [qStart, qEnd). */
  qStart: number;
  qEnd: number;
  /** Aligned window in the stored words: [rStart, rEnd). */
  rStart: number;
  rEnd: number;
  /** Words equal on both sides inside the windows. */
  matched: number;
  /** Page words inside the window with no equal stored word (substituted or added). */
  qUnmatched: number;
  /** Stored words inside the window with no equal page word (substituted or dropped). */
  rUnmatched: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

// One buffer for every alignment: matching runs many of them per page and must not allocate each time.
let buffer = new Int32Array(4096);

type Words = ArrayLike<number> | ArrayLike<string>;

/** Aligns `q` (page) with `r` (stored); an empty window when they share no word. */
export function align(q: Words, r: Words): Alignment {
  const n = q.length;
  const m = r.length;
  const width = m + 1;
  const size = (n + 1) * width;
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, buffer.length * 2));
  const h = buffer;
  h.fill(0, 0, width);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const prev = row - width;
    h[row] = 0;
    const qi = q[i - 1];
    for (let j = 1; j <= m; j++) {
      let v = (h[prev + j - 1] as number) + (qi === r[j - 1] ? MATCH : MISMATCH);
      const up = (h[prev + j] as number) + GAP;
      if (up > v) v = up;
      const left = (h[row + j - 1] as number) + GAP;
      if (left > v) v = left;
      if (v < 0) v = 0;
      h[row + j] = v;
      if (v > best) {
        best = v;
        bi = i;
        bj = j;
      }
    }
  }
  if (best === 0) return { qStart: 0, qEnd: 0, rStart: 0, rEnd: 0, matched: 0, qUnmatched: 0, rUnmatched: 0 };
  let i = bi;
  let j = bj;
  let matched = 0;
  let qUnmatched = 0;
  let rUnmatched = 0;
  while (i > 0 && j > 0) {
    const v = h[i * width + j] as number;
    if (v === 0) break;
    const same = q[i - 1] === r[j - 1];
    if (v === (h[(i - 1) * width + j - 1] as number) + (same ? MATCH : MISMATCH)) {
      if (same) matched++;
      else {
        qUnmatched++;
        rUnmatched++;
      }
      i--;
      j--;
    } else if (v === (h[(i - 1) * width + j] as number) + GAP) {
      qUnmatched++;
      i--;
    } else {
      rUnmatched++;
      j--;
    }
  }
  return { qStart: i, qEnd: bi, rStart: j, rEnd: bj, matched, qUnmatched, rUnmatched };
}

/**
 * Aligns a page quote that marks left-out words with ellipses ("If anyone
 * miscalculates … our reaction will be devastating"): each piece between
 * ellipses on its own, in order, the stored words skipped between pieces not
 * counted as changes (the page says it left them out). Null when the pieces
 * are not found in the stored order.
 */
export function alignElided(q: Words, r: Words, cuts: readonly number[]): Alignment | null {
  const bounds = [0, ...cuts, q.length];
  let out: Alignment | null = null;
  for (let p = 0; p + 1 < bounds.length; p++) {
    const from = bounds[p] as number;
    const to = bounds[p + 1] as number;
    if (to <= from) continue;
    const a = align(Array.prototype.slice.call(q, from, to) as ArrayLike<number>, r);
    if (a.matched === 0) return null;
    const piece = { ...a, qStart: a.qStart + from, qEnd: a.qEnd + from };
    if (!out) {
      out = piece;
      continue;
    }
    if (piece.rStart < out.rEnd) return null;
    out = {
      qStart: out.qStart,
      qEnd: piece.qEnd,
      rStart: out.rStart,
      rEnd: piece.rEnd,
      matched: out.matched + piece.matched,
      // Page words left outside both pieces' windows, at the ellipsis, count as words of the page's own.
      qUnmatched: out.qUnmatched + piece.qUnmatched + (piece.qStart - out.qEnd),
      rUnmatched: out.rUnmatched + piece.rUnmatched,
    };
  }
  return out;
}
