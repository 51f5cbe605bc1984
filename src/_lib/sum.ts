/**
 * Sum of `values[from]` … `values[to - 1]` by Neumaier's improved
 * Kahan–Babuška summation: the rounding error of each addition is carried in
 * a compensation term, so the result's error stays within a few units in the
 * last place of Σ|x|, whatever the count and order, where a plain loop's
 * error grows with n. O(n), no allocation. Values are not checked; callers
 * validate them (in the same pass where speed matters).
 */
export function neumaierSum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  let compensation = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
