import { FEATURES } from './features';
import model from './pair-model.json';

/**
 * The same-remark model: a logistic regression over {@link FEATURES}, fitted
 * on the MRPC training part's even pairs by bench/match-fit.ts (which writes
 * pair-model.json and reports its figures on the odd pairs). Weights, not
 * vetoes: a shared number outweighs nothing on its own, and a page that says
 * the same in other words can still win on shared meaning.
 */
interface PairModel {
  features: string[];
  /** Per-feature centre and scale the weights were fitted on. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const MODEL = model as PairModel;

if (MODEL.features.join() !== FEATURES.join())
  throw new Error('pair-model.json was fitted on other features: run bench/match-fit.ts');

/** The model's probability (0..1) that two wordings are one remark, from their {@link pairFeatures} vector. */
export function sameRemarkLikelihood(features: readonly number[]): number {
  let z = MODEL.bias;
  for (let i = 0; i < features.length; i++)
    z +=
      ((MODEL.weights[i] as number) * ((features[i] as number) - (MODEL.mean[i] as number))) /
      (MODEL.scale[i] as number);
  return 1 / (1 + Math.exp(-z));
}
