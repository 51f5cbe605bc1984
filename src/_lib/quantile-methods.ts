/**
 * The nine sample quantile definitions of Hyndman and Fan ("Sample
 * Quantiles in Statistical Packages", The American Statistician 50, 1996),
 * under the names numpy gives them, computed as numpy computes them, from
 * at most two order statistics each: no sort, only the selection of
 * quantile.ts. Tested against the definitions and numpy in
 * test/_lib/quantile-methods.test.ts.
 */
import { orderStatistics, percentiles } from './quantile.js';
import { readEnumOption } from './validate.js';

/**
 * A sample quantile definition, by numpy's name for it (in kebab-case) and Hyndman and Fan's type.
 *
 * @group Stats
 */
export type QuantileMethod =
  /** Type 1: the inverse of the empirical distribution function. */
  | 'inverted-cdf'
  /** Type 2: as type 1, averaging at the jumps. */
  | 'averaged-inverted-cdf'
  /** Type 3: the nearest order statistic, the even one on ties (SAS's definition 2). */
  | 'closest-observation'
  /** Type 4: linear interpolation of the empirical distribution function. */
  | 'interpolated-inverted-cdf'
  /** Type 5: a piecewise linear function with knots at the midpoints of the steps. */
  | 'hazen'
  /** Type 6: the p-th quantile at position p(n + 1) (Minitab, SPSS, Excel's PERCENTILE.EXC). */
  | 'weibull'
  /** Type 7: position (n − 1)p + 1 (R, numpy, Excel's PERCENTILE.INC, most SQL engines' PERCENTILE_CONT). */
  | 'linear'
  /** Type 8: approximately median-unbiased whatever the distribution (Hyndman and Fan's recommendation). */
  | 'median-unbiased'
  /** Type 9: approximately unbiased for the normal distribution. */
  | 'normal-unbiased';

/** Every {@link QuantileMethod}, in Hyndman and Fan's order; `'linear'` (type 7) is the default of the library. */
export const QUANTILE_METHODS = [
  'inverted-cdf',
  'averaged-inverted-cdf',
  'closest-observation',
  'interpolated-inverted-cdf',
  'hazen',
  'weibull',
  'linear',
  'median-unbiased',
  'normal-unbiased',
] as const satisfies readonly QuantileMethod[];

/** Reads the `method` option of a quantile, a summary's order statistics: one of numpy's nine, `'linear'` by default. */
export function readQuantileMethod(fn: string, value: unknown): QuantileMethod {
  return readEnumOption(fn, 'method', value, QUANTILE_METHODS, 'linear');
}

/**
 * Where a quantile falls among n sorted values x₀ ≤ … ≤ xₙ₋₁: the ranks
 * `lo` and `hi` (0-based; `hi` is `lo` or `lo + 1`) and the weight `gamma`
 * of x_hi, so that the quantile is {@link lerp}(x_lo, x_hi, gamma).
 */
export interface QuantilePosition {
  readonly lo: number;
  readonly hi: number;
  readonly gamma: number;
}

/**
 * Where the q-quantile (0 ≤ q ≤ 1) of n ≥ 1 values falls under `method`,
 * with numpy's arithmetic step for step (numpy 1.22 to 2.x,
 * `numpy.quantile(…, method=…)`), so that every boundary decision (is n·q a
 * whole number?) is the one numpy takes. With the virtual index h (0-based):
 *
 * - inverted-cdf: h = nq − 1; x at ⌈h⌉ (⌊h⌋ when h is whole).
 * - averaged-inverted-cdf: h = nq − 1; x at ⌈h⌉, or the mean of x at h and h + 1 when h is whole.
 * - closest-observation: h = nq − 1.5; x at ⌈h⌉, or at h when h is whole and odd (an even 1-based rank).
 * - the continuous types: h = nq + α + q(1 − α − β) − 1, interpolating between
 *   ⌊h⌋ and ⌊h⌋ + 1 with weight h − ⌊h⌋, where (α, β) is (0, 1) for
 *   interpolated-inverted-cdf, (½, ½) for hazen, (0, 0) for weibull, (⅓, ⅓)
 *   for median-unbiased and (⅜, ⅜) for normal-unbiased; linear uses
 *   h = (n − 1)q, as numpy does.
 *
 * Positions before the first value or after the last take that value.
 */
export function quantilePosition(method: QuantileMethod, n: number, q: number): QuantilePosition {
  switch (method) {
    case 'inverted-cdf': {
      const h = n * q - 1;
      const floor = Math.floor(h);
      return discrete(h - floor === 0 ? floor : floor + 1);
    }
    case 'closest-observation': {
      const h = n * q - 1 - 0.5;
      const floor = Math.floor(h);
      // numpy's floor(h) % 2 == 1 is Python's modulo, which is never negative
      const odd = ((floor % 2) + 2) % 2 === 1;
      return discrete(h - floor === 0 && odd ? floor : floor + 1);
    }
    case 'averaged-inverted-cdf': {
      const h = n * q - 1;
      const at = bounded(h, n);
      if (at.lo === at.hi) return at;
      // numpy's weight is 1 (x at ⌈h⌉ alone) unless h is whole
      return h - at.lo === 0 ? { lo: at.lo, hi: at.hi, gamma: 0.5 } : discrete(at.hi);
    }
    case 'linear':
      return bounded((n - 1) * q, n);
    case 'interpolated-inverted-cdf':
      return bounded(virtualIndex(n, q, 0, 1), n);
    case 'hazen':
      return bounded(virtualIndex(n, q, 0.5, 0.5), n);
    case 'weibull':
      return bounded(virtualIndex(n, q, 0, 0), n);
    case 'median-unbiased':
      return bounded(virtualIndex(n, q, 1 / 3, 1 / 3), n);
    case 'normal-unbiased':
      return bounded(virtualIndex(n, q, 3 / 8, 3 / 8), n);
  }
}

/** numpy's `_compute_virtual_index`, in its order of operations. */
function virtualIndex(n: number, q: number, alpha: number, beta: number): number {
  return n * q + (alpha + q * (1 - alpha - beta)) - 1;
}

/** One order statistic; a rank below 0 is the first (numpy clips it). */
function discrete(rank: number): QuantilePosition {
  const r = rank < 0 ? 0 : rank;
  return { lo: r, hi: r, gamma: 0 };
}

/** ⌊h⌋ and ⌊h⌋ + 1, both the last value from h ≥ n − 1 on and both the first below 0 (numpy's `_get_indexes`). */
function bounded(h: number, n: number): QuantilePosition {
  if (h >= n - 1) return { lo: n - 1, hi: n - 1, gamma: 0 };
  if (h < 0) return { lo: 0, hi: 0, gamma: 0 };
  const lo = Math.floor(h);
  return { lo, hi: lo + 1, gamma: h - lo };
}

/**
 * a + (b − a)·t for a ≤ b and 0 ≤ t ≤ 1, as numpy's `_lerp` computes it:
 * from a for t < ½ and as b − (b − a)(1 − t) from ½ on, so that t = 1 gives
 * b exactly. Where b − a overflows (numpy returns ±∞ or NaN there) it
 * interpolates between the halves instead; kept within [a, b].
 */
export function lerp(a: number, b: number, t: number): number {
  if (t === 0 || a === b) return a;
  let d = b - a;
  let v: number;
  if (d !== Infinity) v = t < 0.5 ? a + d * t : b - d * (1 - t);
  else {
    d = b / 2 - a / 2;
    v = t < 0.5 ? a + 2 * (d * t) : b - 2 * (d * (1 - t));
  }
  return v < a ? a : v > b ? b : v;
}

/**
 * The q-quantiles of `values` (validated finite numbers, n ≥ 1) under
 * `method`, for each q of `qs` (0–1, in any order), equal to numpy's
 * `quantile(values, qs, method=…)`. The order statistics of all the
 * quantiles are found together by selection (expected O(n), and without a
 * copy from 32,768 values on; see {@link orderStatistics}); nothing is
 * sorted. `values` is reordered only when `owned` lends it. `reject` is
 * that of {@link orderStatistics}: for values the caller has not validated,
 * checked in the pass that reads them.
 */
export function quantilesByMethod(
  values: ArrayLike<number>,
  qs: readonly number[],
  method: QuantileMethod,
  owned = false,
  reject?: () => never,
): number[] {
  const n = values.length;
  const positions = qs.map((q) => quantilePosition(method, n, q));
  const wanted = new Set<number>();
  for (const { lo, hi, gamma } of positions) {
    wanted.add(lo);
    if (gamma !== 0) wanted.add(hi);
  }
  const ranks = [...wanted].sort((x, y) => x - y);
  const found = orderStatistics(values, ranks, owned, reject);
  const at = new Map<number, number>();
  for (let i = 0; i < ranks.length; i++) at.set(ranks[i]!, found[i]!);
  return positions.map(({ lo, hi, gamma }) => (gamma === 0 ? at.get(lo)! : lerp(at.get(lo)!, at.get(hi)!, gamma)));
}

/**
 * The p-th percentiles (0–100) of `values` under `method`, for each p of
 * `ps` (in any order). `'linear'` is the library's type 7 percentile
 * ({@link percentiles}), which multiplies before it divides so that a whole
 * percentage of whole numbers is correctly rounded (numpy may differ from
 * it in the last bit); the other methods are numpy's `percentile`, which
 * computes q = p / 100 and then the quantile, bit for bit. `owned` and
 * `reject` as for {@link quantilesByMethod}.
 */
export function percentilesByMethod(
  values: ArrayLike<number>,
  ps: readonly number[],
  method: QuantileMethod,
  owned = false,
  reject?: () => never,
): number[] {
  if (method !== 'linear') return quantilesByMethod(values, ps.map((p) => p / 100), method, owned, reject);
  const order = ps.map((_, i) => i).sort((i, j) => ps[i]! - ps[j]!);
  const sorted = percentiles(values, order.map((i) => ps[i]!), owned, reject);
  const out = new Array<number>(ps.length);
  for (let k = 0; k < order.length; k++) out[order[k]!] = sorted[k]!;
  return out;
}
