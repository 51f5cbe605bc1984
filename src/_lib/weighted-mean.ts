import { describeValue } from './describe.js';
import { fail } from './validate.js';

/**
 * Σ(wᵢ · xᵢ) / Σ wᵢ, the one weighted mean of the library (composite scores,
 * scorecards, weighted survey responses all use it).
 *
 * `values` must be finite (the caller has validated them and its messages
 * name them better); `weights` are checked here: one per value, each finite
 * and ≥ 0, not all zero, else `INVALID_WEIGHTS`. `weightName(i)` says how a
 * message names weight `i` (e.g. `the weight of criterion "tone"`).
 * Both sums are compensated ({@link neumaierSum}'s method), so the result does
 * not depend on the order of the pairs beyond the last bits.
 */
export function weightedMean(
  fn: string,
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  weightName: (index: number) => string = (i) => `weights[${i}]`,
): number {
  if (weights.length !== values.length) {
    fail('INVALID_WEIGHTS', fn, `${weights.length} weights for ${values.length} values; give one weight per value`);
  }
  let num = 0;
  let numC = 0;
  let den = 0;
  let denC = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      fail('INVALID_WEIGHTS', fn, `${weightName(i)} is ${describeValue(w)}; a weight must be a finite number ≥ 0`, i);
    }
    const x = w * values[i]!;
    const t = num + x;
    numC += Math.abs(num) >= Math.abs(x) ? num - t + x : x - t + num;
    num = t;
    const u = den + w;
    denC += den >= w ? den - u + w : w - u + den;
    den = u;
  }
  const total = den + denC;
  if (total === 0) fail('INVALID_WEIGHTS', fn, 'all weights are zero; at least one must be positive');
  return (num + numC) / total;
}
