import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { percentiles } from '../_lib/quantile.js';
import { percentilesByMethod, quantilesByMethod, readQuantileMethod, type QuantileMethod } from '../_lib/quantile-methods.js';
import { fail, readOptions } from '../_lib/validate.js';

/**
 * Options of {@link percentile} and {@link quantile}. Any other key is
 * refused with `INVALID_OPTION`, so that an option meant for another library
 * cannot be silently ignored.
 */
export interface PercentileOptions {
  /**
   * The sample quantile definition, by numpy's name for it (Hyndman and
   * Fan's nine types): `'linear'` (type 7, the default of R, numpy, Excel's
   * `PERCENTILE.INC` and SQL's `PERCENTILE_CONT`), `'inverted-cdf'` (type 1,
   * the nearest rank of SQL's `PERCENTILE_DISC` and many SLA reports),
   * `'weibull'` (type 6, Excel's `PERCENTILE.EXC`), and the others of
   * {@link QuantileMethod}. docs/statistics.md says which tool uses which.
   */
  readonly method?: QuantileMethod;
}

const PERCENTILE_OPTION_KEYS = ['method'] as const satisfies readonly (keyof PercentileOptions)[];

/**
 * The p-th percentile of a set of numbers: by linear interpolation between
 * order statistics (type 7) unless `method` names another of numpy's nine
 * definitions.
 *
 * @summary Percentile, p in 0–100, by any of the nine sample quantile definitions (type 7 by default).
 *
 * @remarks
 * With the n values sorted as x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) · p / 100, the
 * default `'linear'` method gives x₍⌊h⌋₎ + (h − ⌊h⌋) · (x₍⌊h⌋+1₎ − x₍⌊h⌋₎):
 * type 7 of Hyndman and Fan ("Sample Quantiles in Statistical Packages",
 * 1996), the default of R's `quantile`, numpy's `percentile` and
 * simple-statistics' `quantile`. For whole-number `p` it multiplies before
 * it divides, so whole-number data give correctly rounded results (61.6
 * below, where the textbook formula and numpy give 61.60000000000001).
 * The other eight methods ({@link QuantileMethod}) are numpy's
 * `percentile(values, p, method=…)`, bit for bit: q = p / 100, then the
 * quantile as {@link quantile} computes it.
 *
 * `p` is a percentage, as in numpy's `percentile`: the 90th percentile is
 * `percentile(values, 90)`; for a fraction 0–1 use {@link quantile}. A `p`
 * strictly between 0 and 1 is refused: a percentile below the first is
 * almost always a fraction passed by mistake (`0.9` meant as the 90th
 * percentile), which would silently return a value near the minimum.
 *
 * No sort, whatever the method: each needs at most two order statistics.
 * Below 32,768 values, a copy is rearranged by Floyd–Rivest selection; from
 * there on, one pass filters the values down to the few near the wanted
 * ranks (bracketed by a sorted sample of n^(2/3) of them) and selects among
 * those, without copying the input; a `Float64Array` is read twice instead,
 * counting its values by their leading bits (sign, exponent, four bits of
 * the fraction), then keeping those of the wanted ranks' buckets. Every
 * such pass also checks that every value is a finite number. Expected O(n). The input is never reordered.
 *
 * @param values - Finite numbers of any sign: any `ArrayLike<number>` or
 *   iterable (a `Set`, a generator).
 * @param p - The percentile: 0 (the minimum), 50 (the median), 100 (the
 *   maximum), or anything from 1 to 100 in between.
 * @param options - {@link PercentileOptions}: `method`.
 * @returns The percentile, in the unit of the values.
 * @throws {@link MetricError} `EMPTY_INPUT` for no values; `INVALID_TYPE` or
 *   `NOT_FINITE` for a bad value (naming its index); `OUT_OF_RANGE` for `p`
 *   outside 0–100 or strictly between 0 and 1; `INVALID_TYPE` or
 *   `NOT_FINITE` for a `p` that is not a finite number; `INVALID_OPTION` for
 *   an unknown method or option.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 100], 90); // => 61.6
 * percentile([1, 2, 3, 4, 100], 50); // => 3
 * percentile(new Set([10, 20]), 25); // => 12.5
 * // handle times in minutes; nearest rank: the 8 × 0.9 = 7.2nd value, rounded up to the 8th
 * percentile([1, 1, 2, 3, 4, 5, 6, 9], 90, { method: 'inverted-cdf' }); // => 9
 * percentile([1, 1, 2, 3, 4, 5, 6, 9], 90); // => 6.9
 * ```
 */
export function percentile(values: ArrayLike<number> | Iterable<number>, p: number, options?: PercentileOptions): number {
  const fn = 'percentile';
  const method = readQuantileMethod(fn, readOptions(fn, options, PERCENTILE_OPTION_KEYS).method);
  readNumber(fn, 'p', p);
  if (p < 0 || p > 100) {
    fail('OUT_OF_RANGE', fn, `p ${describeValue(p)} is outside 0–100; p is a percentage (90 for the 90th percentile)`);
  }
  if (p > 0 && p < 1) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `p ${describeValue(p)} is between 0 and 1, as a fraction would be; p is a percentage: ` +
        `write percentile(values, ${decimal(p * 100)}), or quantile(values, ${describeValue(p)}) for a fraction`,
    );
  }
  const v = readValues(fn, values);
  return percentilesByMethod(v, [p], method, false, () => rejectValues(fn, v))[0]!;
}

/**
 * The q-quantile of a set of numbers: {@link percentile} with q as a
 * fraction, by linear interpolation between order statistics (type 7)
 * unless `method` names another of numpy's nine definitions.
 *
 * @summary Quantile, q in 0–1, by any of the nine sample quantile definitions (type 7 by default).
 *
 * @remarks
 * With the n values sorted as x₀ ≤ … ≤ xₙ₋₁, each method finds a virtual
 * index h and interpolates between x₍⌊h⌋₎ and x₍⌊h⌋+1₎ (or takes one of
 * them), as Hyndman and Fan (1996) define the nine types and numpy's
 * `quantile(values, q, method=…)` computes them; every method equals
 * numpy's for every q in 0–1, bit for bit, but the default:
 *
 * - `'inverted-cdf'` (type 1): x at ⌈nq⌉ − 1, the nearest rank.
 * - `'averaged-inverted-cdf'` (type 2): as type 1, the mean of two values where nq is whole.
 * - `'closest-observation'` (type 3): the nearest order statistic, the even one on a tie.
 * - the continuous types, h = nq + α + q(1 − α − β) − 1 with (α, β) = (0, 1)
 *   for `'interpolated-inverted-cdf'` (type 4), (½, ½) for `'hazen'` (5),
 *   (0, 0) for `'weibull'` (6), (⅓, ⅓) for `'median-unbiased'` (8) and
 *   (⅜, ⅜) for `'normal-unbiased'` (9).
 * - `'linear'` (type 7, the default): h = (n − 1)q, as simple-statistics'
 *   and d3's `quantile` compute it. It is {@link percentile} at 100 · q,
 *   taken to the nearest whole percentage when it lies within a few units
 *   in the last place of one, so that `quantile(x, 0.07)` is exactly
 *   `percentile(x, 7)` although 0.07 × 100 is 7.000000000000001 in floating
 *   point; numpy may differ from it in the last bits.
 *
 * Computed as {@link percentile} computes it, from at most two order
 * statistics found by selection, in expected O(n), without sorting or
 * reordering the input.
 *
 * @param values - Finite numbers of any sign: any `ArrayLike<number>` or
 *   iterable.
 * @param q - The quantile, 0–1: 0 is the minimum, 0.5 the median, 0.9 the
 *   90th percentile, 1 the maximum.
 * @param options - {@link PercentileOptions}: `method`.
 * @returns The quantile, in the unit of the values.
 * @throws {@link MetricError} `EMPTY_INPUT` for no values; `INVALID_TYPE` or
 *   `NOT_FINITE` for a bad value (naming its index); `OUT_OF_RANGE` for `q`
 *   outside 0–1 (with the fraction to write when it looks like a
 *   percentage); `INVALID_TYPE` or `NOT_FINITE` for a `q` that is not a
 *   finite number; `INVALID_OPTION` for an unknown method or option.
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4, 100], 0.9); // => 61.6
 * quantile([10, 20], 0.25); // => 12.5
 * // types 6 and 8 on eight values: 0-based positions (n + 1)q − 1 = 1.25 and (n + ⅓)q + ⅓ − 1 = 17/12, between the values 1 and 2
 * quantile([3, 1, 4, 1, 5, 9, 2, 6], 0.25, { method: 'weibull' }); // => 1.25
 * quantile([3, 1, 4, 1, 5, 9, 2, 6], 0.25, { method: 'median-unbiased' }); // ≈ 1.4166666666666667
 * ```
 */
export function quantile(values: ArrayLike<number> | Iterable<number>, q: number, options?: PercentileOptions): number {
  const fn = 'quantile';
  const method = readQuantileMethod(fn, readOptions(fn, options, PERCENTILE_OPTION_KEYS).method);
  readNumber(fn, 'q', q);
  if (q < 0 || q > 1) {
    const hint = q > 1 && q <= 100 ? `; q is a fraction: write quantile(values, ${decimal(q / 100)}), or percentile(values, ${describeValue(q)}) for a percentage` : '';
    fail('OUT_OF_RANGE', fn, `q ${describeValue(q)} is outside 0–1${hint}`);
  }
  const v = readValues(fn, values);
  const reject = () => rejectValues(fn, v);
  if (method !== 'linear') return quantilesByMethod(v, [q], method, false, reject)[0]!;
  const p = q * 100;
  const whole = Math.round(p);
  // only the rounding of k / 100 and of × 100 is undone (a few units in the last place), so that a small q stays itself
  const snapped = whole !== 0 && Math.abs(p - whole) <= 4 * Number.EPSILON * whole ? whole : p;
  return percentiles(v, [snapped], false, reject)[0]!;
}

/** The values of `input`, at least one; they are checked in the pass that finds the quantile. */
function readValues(fn: string, input: unknown): ArrayLike<number> {
  const values = readInput(fn, input, { values: 'values' }).values as ArrayLike<number>;
  if (values.length === 0) fail('EMPTY_INPUT', fn, `no values: a ${fn} needs at least one`);
  return values;
}

/** Checks a number argument (`p`, `q`): `INVALID_TYPE` for a non-number, `NOT_FINITE` for NaN and ±Infinity. */
function readNumber(fn: string, name: string, x: unknown): void {
  if (typeof x !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(x)}, not a number`);
  if (!Number.isFinite(x)) fail('NOT_FINITE', fn, `${name} ${describeValue(x)} is not a finite number`);
}

/** A number for a message, without the binary noise of 0.07 × 100 = 7.000000000000001. */
function decimal(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** Throws for the first value that is not a finite number. */
function rejectValues(fn: string, values: ArrayLike<unknown>): never {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      const shown = v === undefined || v === null || typeof v === 'object' || typeof v === 'function' ? '' : ` ${describeValue(v)}`;
      fail('INVALID_TYPE', fn, `values[${i}]${shown} is ${describeKind(v)}, not a number`, i);
    }
    if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `values[${i}] ${describeValue(v)} is not a finite number`, i);
  }
  // the pass only rejects what the scan finds; reaching here would be a bug in that pass
  throw new Error(`${fn}: a value was rejected but none is bad`);
}
