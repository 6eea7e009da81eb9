/**
 * The logistic regression both same-remark fits use (bench/match-fit.ts for
 * the shipped model, bench/match-embed.ts for candidate features), so a
 * feature's worth is read with the very estimator the model is fitted by.
 */

export interface Row {
  x: number[];
  y: number;
}

/** L2 penalty on the standardized weights: a handful of features, thousands of pairs, so a light one. */
const L2 = 1;
const ITERATIONS = 30;

/** Logistic regression by Newton's method (IRLS) on standardized features; returns weights and bias. */
export function fit(rows: Row[], dims: number): { w: number[]; b: number } {
  const d = dims + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of rows) {
      const v = [...x, 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += (beta[i] as number) * (v[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + (p - y) * (v[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < d; j++)
          row[j] = (row[j] as number) + p * (1 - p) * (v[i] as number) * (v[j] as number);
      }
    }
    for (let i = 0; i < dims; i++) {
      grad[i] = (grad[i] as number) + L2 * (beta[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + L2;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - (step[i] as number));
    if (step.reduce((s, x) => s + Math.abs(x), 0) < 1e-8) break;
  }
  return { w: beta.slice(0, dims), b: beta[dims] as number };
}

/** Gaussian elimination with partial pivoting: the Newton step. */
function solve(a: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = a.map((row, i) => [...row, rhs[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const top = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const k = (row[c] as number) / (top[c] as number);
      for (let j = c; j <= n; j++) row[j] = (row[j] as number) - k * (top[j] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** A fitted model with the centre and scale its training rows were standardized by. */
export interface Fitted {
  mean: number[];
  scale: number[];
  w: number[];
  b: number;
  prob: (x: number[]) => number;
}

/** Standardizes on `train`, fits, and returns the model with its probability function for raw feature vectors. */
export function fitStandardized(train: Row[]): Fitted {
  const dims = (train[0] as Row).x.length;
  const mean = Array.from(
    { length: dims },
    (_, k) => train.reduce((s, r) => s + (r.x[k] as number), 0) / train.length,
  );
  const scale = mean.map((m, k) => {
    const v = train.reduce((s, r) => s + ((r.x[k] as number) - m) ** 2, 0) / train.length;
    return Math.sqrt(v) || 1;
  });
  const z = (x: number[]) => x.map((v, k) => (v - (mean[k] as number)) / (scale[k] as number));
  const { w, b } = fit(
    train.map((r) => ({ x: z(r.x), y: r.y })),
    dims,
  );
  const prob = (x: number[]) =>
    1 / (1 + Math.exp(-z(x).reduce((acc, v, k) => acc + v * (w[k] as number), b)));
  return { mean, scale, w, b, prob };
}
