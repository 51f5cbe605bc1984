import { describeValue } from './describe.js';
import { lostInSum } from './sum.js';
import { fail } from './validate.js';

/**
 * Σ(wᵢ · xᵢ) / Σ wᵢ, the one weighted mean of the library (composite scores,
 * scorecards, weighted survey responses all use it), on the arithmetic of
 * {@link WeightedSums}, and kept within the smallest and largest value of
 * positive weight, where the exact mean lies ({@link WeightedSums.boundedMean}).
 *
 * `values` must be finite (the caller has validated them and its messages
 * name them better); `weights` are checked here: one per value, each finite
 * and ≥ 0, not all zero, else `INVALID_WEIGHTS`. `weightName(i)` says how a
 * message names weight `i` (e.g. `the weight of criterion "tone"`).
 * Both sums are compensated, so the result does not depend on the order of
 * the pairs beyond the last bits.
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
  const sums = new WeightedSums();
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      fail('INVALID_WEIGHTS', fn, `${weightName(i)} is ${describeValue(w)}; a weight must be a finite number ≥ 0`, i);
    }
    sums.add(values[i]!, w);
  }
  if (sums.weight() === 0) fail('INVALID_WEIGHTS', fn, 'all weights are zero; at least one must be positive');
  return sums.boundedMean();
}

/**
 * The running sums of a weighted mean, Σ wᵢ · xᵢ and Σ wᵢ, each compensated
 * by Neumaier's method ({@link lostInSum}): the weighted mean's arithmetic,
 * written once. {@link weightedMean} runs it over arrays; callers that
 * produce their pairs one at a time use it directly and allocate no arrays
 * (a review's rated criteria, a stream of reviews). A fresh instance
 * per mean is cheap: where it does not escape, V8 keeps its fields in
 * registers.
 *
 * Nothing is checked here: values must be finite and weights finite and
 * ≥ 0 (validate them in the caller's pass, where the message can name them),
 * and {@link WeightedSums.weight} must be positive before taking a mean.
 */
export class WeightedSums {
  private sum = 0;
  private sumC = 0;
  private den = 0;
  private denC = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /** Adds the pair (x, w). A pair of weight 0 changes neither sum. */
  add(x: number, w: number): void {
    const p = w * x;
    const t = this.sum + p;
    this.sumC += lostInSum(this.sum, p, t);
    this.sum = t;
    const u = this.den + w;
    this.denC += lostInSum(this.den, w, u);
    this.den = u;
    if (w > 0) {
      if (x < this.lo) this.lo = x;
      if (x > this.hi) this.hi = x;
    }
  }

  /** Σ wᵢ, compensated; 0 when nothing of positive weight was added. */
  weight(): number {
    return this.den + this.denC;
  }

  /** Σ(wᵢ · xᵢ) / Σ wᵢ, unbounded. */
  mean(): number {
    return (this.sum + this.sumC) / (this.den + this.denC);
  }

  /**
   * {@link WeightedSums.mean}, kept within the smallest and largest value
   * added with a positive weight, where the exact weighted mean always lies.
   * Rounding can otherwise carry the quotient an ulp outside: weights 0.1 and
   * 0.2 on two values of 100 give 30 / 0.30000000000000004 =
   * 99.99999999999999; bounded, 100. The bound only ever moves the result
   * towards the exact mean. For scores that must stay within 0–100 and where
   * equal values must average to themselves.
   */
  boundedMean(): number {
    const m = this.mean();
    return m < this.lo ? this.lo : m > this.hi ? this.hi : m;
  }
}
