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
 * not depend on the order of the pairs beyond the last bits. The arithmetic
 * is {@link WeightedSums}'s.
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
  return sums.mean();
}

/**
 * The running sums of a weighted mean, Σ wᵢ · xᵢ and Σ wᵢ, each compensated
 * by Neumaier's method: the arithmetic of {@link weightedMean}, for callers
 * that produce their pairs one at a time and should not allocate arrays for
 * them (a review's rated criteria, a stream of reviews). Reuse one instance
 * with {@link WeightedSums.reset}.
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

  /** Empties the sums, for the next mean. */
  reset(): void {
    this.sum = 0;
    this.sumC = 0;
    this.den = 0;
    this.denC = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  /** Adds the pair (x, w). A pair of weight 0 changes neither sum. */
  add(x: number, w: number): void {
    const p = w * x;
    const t = this.sum + p;
    this.sumC += Math.abs(this.sum) >= Math.abs(p) ? this.sum - t + p : p - t + this.sum;
    this.sum = t;
    const u = this.den + w;
    this.denC += this.den >= w ? this.den - u + w : w - u + this.den;
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

  /** Σ(wᵢ · xᵢ) / Σ wᵢ, exactly as {@link weightedMean} computes it. */
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
