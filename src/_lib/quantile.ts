/**
 * Order statistics and quantiles by selection, never by a full sort: a
 * quantile needs one or two order statistics, and Floyd–Rivest selection
 * places one in expected O(n) time where sorting costs O(n log n).
 *
 * Everything here works in place on a `Float64Array` the caller owns (a
 * validated copy of the user's values), so the user's array is never
 * reordered, and comparisons are plain `<` on numbers (no comparator calls).
 */

/** Partitioning rounds of one {@link select} call before it falls back to sorting the rest. */
const MAX_ROUNDS = 32;

/**
 * Rearranges `a[left..right]` so that `a[k]` holds the value it would hold if
 * that range were sorted, with no larger value before it and no smaller one
 * after it. Floyd–Rivest selection (as in d3-array and simple-statistics):
 * each round partitions around a pivot chosen by first selecting within a
 * small sample around k, so that the round leaves few values on k's side;
 * expected time O(n), about 1.5n comparisons for a median. A range that has
 * not closed in on k after 32 rounds, which needs crafted input, is sorted
 * instead, which bounds the worst case by O(n log n).
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  let rounds = 0;
  while (right > left) {
    if (++rounds > MAX_ROUNDS) {
      a.subarray(left, right + 1).sort();
      return;
    }
    if (right - left > 600) {
      // select k within a sample whose k-th value is, with high probability,
      // close to the k-th of the range: it becomes the pivot below
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const sampleRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, sampleLeft, sampleRight);
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Where the p-th percentile of n values falls: h = (n − 1) · p / 100 split
 * into its whole part `lo` and the weight `r` of the next value in
 * hundredths (0 ≤ r < 100). When p is a whole percentage, (n − 1) · p is a
 * whole number and `r` is exact, so interpolation can multiply before it
 * divides (see {@link interpolate}).
 */
export function percentilePosition(n: number, p: number): { readonly lo: number; readonly r: number } {
  const h100 = (n - 1) * p;
  let lo = Math.floor(h100 / 100);
  let r = h100 - lo * 100;
  if (r < 0) {
    lo--;
    r += 100;
  } else if (r >= 100) {
    lo++;
    r -= 100;
  }
  if (lo >= n - 1) return { lo: n - 1, r: 0 };
  return { lo, r };
}

/**
 * x + (y − x) · r / 100 for order statistics x ≤ y, computed as
 * (x · (100 − r) + y · r) / 100: for whole-number data and a whole
 * percentage every step before the one division is exact, so the 90th
 * percentile of [1, 2, 3, 4, 100] is exactly 61.6 (the usual
 * x + (h − ⌊h⌋)(y − x) gives 61.60000000000001). Kept within [x, y].
 */
export function interpolate(x: number, y: number, r: number): number {
  if (r === 0 || x === y) return x;
  let v = (x * (100 - r) + y * r) / 100;
  if (!Number.isFinite(v)) v = x * (1 - r / 100) + y * (r / 100);
  return v < x ? x : v > y ? y : v;
}

/**
 * Type 7 percentiles (linear interpolation between order statistics, the
 * default of R, numpy and simple-statistics) of `a[0..n)`, for percentages
 * `percents` in ascending order, each 0–100. Rearranges `a`: each percentile
 * selects within the part of the array above the previous one, so a median
 * and a 90th percentile together cost about one selection and a half; the
 * minimum, the maximum and the second order statistic of an interpolation
 * (the minimum of the rest) are found by a scan, not a selection.
 */
export function percentilesInPlace(a: Float64Array, n: number, percents: readonly number[]): number[] {
  const out: number[] = [];
  // invariant: a[left..n) holds the n − left largest values, and a[left − 1]
  // (when left > 0) is in its sorted place
  let left = 0;
  for (const p of percents) {
    const { lo, r } = percentilePosition(n, p);
    if (lo === left) {
      placeMinimum(a, left, n);
      left = lo + 1;
    } else if (lo === n - 1 && lo > left) {
      placeMaximum(a, left, n);
      left = n;
    } else if (lo > left) {
      select(a, lo, left, n - 1);
      left = lo + 1;
    }
    const x = a[lo]!;
    if (r === 0) {
      out.push(x);
      continue;
    }
    if (lo + 1 >= left) {
      placeMinimum(a, lo + 1, n);
      left = lo + 2;
    }
    out.push(interpolate(x, a[lo + 1]!, r));
  }
  return out;
}

/** Moves the smallest of `a[from..n)` to `a[from]`: one scan, where selection would partition. */
function placeMinimum(a: Float64Array, from: number, n: number): void {
  let at = from;
  for (let i = from + 1; i < n; i++) if (a[i]! < a[at]!) at = i;
  swap(a, from, at);
}

/** Moves the largest of `a[from..n)` to `a[n − 1]`. */
function placeMaximum(a: Float64Array, from: number, n: number): void {
  let at = from;
  for (let i = from + 1; i < n; i++) if (a[i]! > a[at]!) at = i;
  swap(a, n - 1, at);
}
