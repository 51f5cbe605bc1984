/**
 * Neumaier's correction for `t = a + b`: the part of the exact sum a + b
 * that rounding `t` lost, to be added to a compensation term. The one step
 * of every compensated sum of the library.
 */
export function lostInSum(a: number, b: number, t: number): number {
  return Math.abs(a) >= Math.abs(b) ? a - t + b : b - t + a;
}

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
    compensation += lostInSum(sum, v, t);
    sum = t;
  }
  // past the largest double the running sum is ±Infinity and its correction the opposite infinity (or NaN): the sum is what overflowed
  return Number.isFinite(sum) ? sum + compensation : sum;
}

/** Values per block of {@link sumNonNegative}: its error bound grows with this, not with n. A multiple of 8. */
const BLOCK = 1024;

/**
 * Sum of `values`, which must all be numbers ≥ 0 (durations, counts),
 * checked in the same pass: returns NaN as soon as one is negative, NaN or
 * not a number at all, and ±Infinity or NaN when one is infinite, so that
 * the caller tests the result once and looks for the culprit only then.
 *
 * Blocked summation: each block of 1,024 values is added in four
 * interleaved lanes, and the block sums with Neumaier's compensation. A lane
 * adds 128 pairs, so the relative error is at most about 133 × 2⁻⁵³ ≈ 1.5e-14
 * whatever the count; sums of whole numbers below 2⁵³ are exact. Why it is
 * built this way (two copies of the loop, one per kind of array; full blocks
 * in a loop of fixed length) is measured in docs/performance.md.
 */
export function sumNonNegative(values: ArrayLike<number>): number {
  return ArrayBuffer.isView(values) ? sumTyped(values) : sumChecked(values);
}

function sumTyped(a: ArrayLike<number>): number {
  const n = a.length;
  const full = n - (n % BLOCK);
  let sum = 0;
  let compensation = 0;
  let i = 0;
  while (i < full) {
    const end = i + BLOCK;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (; i < end; i += 8) {
      const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
      const v4 = a[i + 4]!, v5 = a[i + 5]!, v6 = a[i + 6]!, v7 = a[i + 7]!;
      if (v0 < 0 || v1 < 0 || v2 < 0 || v3 < 0 || v4 < 0 || v5 < 0 || v6 < 0 || v7 < 0) return NaN;
      s0 += v0 + v4;
      s1 += v1 + v5;
      s2 += v2 + v6;
      s3 += v3 + v7;
    }
    const block = s0 + s1 + (s2 + s3);
    const t = sum + block;
    compensation += lostInSum(sum, block, t);
    sum = t;
  }
  let rest = 0;
  for (; i < n; i++) {
    const v = a[i]!;
    if (v < 0) return NaN;
    rest += v;
  }
  const t = sum + rest;
  compensation += lostInSum(sum, rest, t);
  return t + compensation;
}

function sumChecked(a: ArrayLike<number>): number {
  const n = a.length;
  const full = n - (n % BLOCK);
  let sum = 0;
  let compensation = 0;
  let i = 0;
  while (i < full) {
    const end = i + BLOCK;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (; i < end; i += 8) {
      const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
      const v4 = a[i + 4]!, v5 = a[i + 5]!, v6 = a[i + 6]!, v7 = a[i + 7]!;
      if (
        typeof v0 !== 'number' || typeof v1 !== 'number' || typeof v2 !== 'number' || typeof v3 !== 'number' ||
        typeof v4 !== 'number' || typeof v5 !== 'number' || typeof v6 !== 'number' || typeof v7 !== 'number' ||
        v0 < 0 || v1 < 0 || v2 < 0 || v3 < 0 || v4 < 0 || v5 < 0 || v6 < 0 || v7 < 0
      ) return NaN;
      s0 += v0 + v4;
      s1 += v1 + v5;
      s2 += v2 + v6;
      s3 += v3 + v7;
    }
    const block = s0 + s1 + (s2 + s3);
    const t = sum + block;
    compensation += lostInSum(sum, block, t);
    sum = t;
  }
  let rest = 0;
  for (; i < n; i++) {
    const v = a[i]!;
    if (typeof v !== 'number' || v < 0) return NaN;
    rest += v;
  }
  const t = sum + rest;
  compensation += lostInSum(sum, rest, t);
  return t + compensation;
}
