import type { Analyzed } from './normalize';

/**
 * A stretch of printed text that stands for one or more normalized words:
 * "ten " for "10", "3 per cent" for "3%", "[Russian President] Vladimir " for
 * "vladimir". Diffs are made of segments, so they read as printed and still
 * compare as normalized.
 */
export interface Segment {
  text: string;
  key: string;
  words: number;
}

export interface Segmented {
  segments: Segment[];
  /** For each normalized word, the index of its segment. */
  segmentOf: number[];
}

/** Groups a text's units into segments; units with no word (dashes, dropped brackets) join a neighbour. */
export function segment(a: Analyzed): Segmented {
  const wordsOfUnit: string[][] = a.units.map(() => []);
  a.words.forEach((w, i) => wordsOfUnit[a.unitOf[i] as number]?.push(w));
  const segments: Segment[] = [];
  const segOfUnit: number[] = [];
  let pending = '';
  a.units.forEach((unit, u) => {
    const words = wordsOfUnit[u] as string[];
    const last = segments[segments.length - 1];
    if (words.length === 0) {
      if (last) last.text += unit;
      else pending += unit;
      segOfUnit.push(segments.length - 1);
      return;
    }
    // A number spread over several units ("two hundred and fifty") has its word on the first one.
    segments.push({ text: pending + unit, key: words.join(' '), words: words.length });
    pending = '';
    segOfUnit.push(segments.length - 1);
  });
  if (pending && segments.length === 0) segments.push({ text: pending, key: '', words: 0 });
  const segmentOf = a.unitOf.map((u) => segOfUnit[u] as number);
  return { segments, segmentOf };
}
