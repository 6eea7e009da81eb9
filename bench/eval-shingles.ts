// The scorer of scrapinghub/article-extraction-benchmark (its evaluate.py), ported line for line: 4-token
// shingles, each page's counts normalized so long pages weigh no more than short ones, precision and recall
// averaged over pages, F1 from the two averages. Python's \w (letters, numbers, underscore) is [\p{L}\p{N}_].

const TOKEN = /[\p{L}\p{N}_]+/gu;

export type TpFpFn = [number, number, number];

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page: shares of true positives, false positives and false negatives among its shingles. */
export function shingleMatch(truth: string, pred: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function precision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** The benchmark's headline figures over all pages. */
export function shingleMetrics(pages: TpFpFn[]): { f1: number; precision: number; recall: number } {
  const p = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { f1: (2 * p * r) / (p + r), precision: p, recall: r };
}
