import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { percentiles } from '../_lib/quantile.js';
import { fail, readOptions } from '../_lib/validate.js';

/**
 * Options of {@link percentile} and {@link quantile}. None are defined yet:
 * every percentile is type 7. Any key is refused with `INVALID_OPTION`, so
 * that an option meant for another library (`{ method: 'nearest' }`) cannot
 * be silently ignored.
 */
export interface PercentileOptions {
  readonly [option: string]: never;
}

/**
 * The p-th percentile of a set of numbers, by linear interpolation between
 * order statistics.
 *
 * @summary Percentile (type 7, linear interpolation), p in 0–100.
 *
 * @remarks
 * With the n values sorted as x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) · p / 100:
 * percentile = x₍⌊h⌋₎ + (h − ⌊h⌋) · (x₍⌊h⌋+1₎ − x₍⌊h⌋₎). This is type 7 of
 * Hyndman and Fan, the default of R's `quantile`, numpy's `percentile` and
 * simple-statistics' `quantile`. `p` is a percentage, as in numpy's
 * `percentile`: the 90th percentile is `percentile(values, 90)`; for a
 * fraction 0–1 use {@link quantile}. A `p` strictly between 0 and 1 is
 * refused: a percentile below the first is almost always a fraction passed
 * by mistake (`0.9` meant as the 90th percentile), which would silently
 * return a value near the minimum.
 *
 * No sort: below 32,768 values, a copy is rearranged by Floyd–Rivest
 * selection; from there on, one pass filters the values down to the few
 * near the wanted rank (bracketed by a sorted sample of n^(2/3) of them) and
 * selects among those, without copying the input. Either pass also checks
 * that every value is a finite number. Expected O(n). The input is never
 * reordered. For a whole-number `p` the interpolation multiplies before it
 * divides, so whole-number data give correctly rounded results (61.6 below,
 * where the textbook formula gives 61.60000000000001).
 *
 * @param values - Finite numbers of any sign: any `ArrayLike<number>` or
 *   iterable (a `Set`, a generator).
 * @param p - The percentile: 0 (the minimum), 50 (the median), 100 (the
 *   maximum), or anything from 1 to 100 in between.
 * @param options - {@link PercentileOptions}: none yet.
 * @returns The percentile, in the unit of the values.
 * @throws {@link MetricError} `EMPTY_INPUT` for no values; `INVALID_TYPE` or
 *   `NOT_FINITE` for a bad value (naming its index); `OUT_OF_RANGE` for `p`
 *   outside 0–100 or strictly between 0 and 1; `INVALID_TYPE` or
 *   `NOT_FINITE` for a `p` that is not a finite number; `INVALID_OPTION` for
 *   any option.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 100], 90); // => 61.6
 * percentile([1, 2, 3, 4, 100], 50); // => 3
 * percentile(new Set([10, 20]), 25); // => 12.5
 * ```
 */
export function percentile(values: ArrayLike<number> | Iterable<number>, p: number, options?: PercentileOptions): number {
  const fn = 'percentile';
  readOptions(fn, options, []);
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
  return percentileOf(fn, values, p);
}

/**
 * The q-quantile of a set of numbers, by linear interpolation between
 * order statistics: {@link percentile} with q as a fraction.
 *
 * @summary Quantile (type 7, linear interpolation), q in 0–1.
 *
 * @remarks
 * quantile(values, q) = percentile(values, 100 · q): with the n values
 * sorted and h = (n − 1) · q, x₍⌊h⌋₎ + (h − ⌊h⌋) · (x₍⌊h⌋+1₎ − x₍⌊h⌋₎),
 * type 7 of Hyndman and Fan, as simple-statistics' and d3's `quantile`
 * and numpy's `quantile` compute it (they too take q in 0–1). 100 · q is
 * taken to the nearest whole percentage when it lies within 10⁻⁹ of one, so
 * that `quantile(x, 0.07)` is exactly `percentile(x, 7)` although
 * 0.07 × 100 is 7.000000000000001 in floating point. Computed as
 * {@link percentile} computes it, in expected O(n), without sorting or
 * reordering the input.
 *
 * @param values - Finite numbers of any sign: any `ArrayLike<number>` or
 *   iterable.
 * @param q - The quantile, 0–1: 0 is the minimum, 0.5 the median, 0.9 the
 *   90th percentile, 1 the maximum.
 * @param options - {@link PercentileOptions}: none yet.
 * @returns The quantile, in the unit of the values.
 * @throws {@link MetricError} `EMPTY_INPUT` for no values; `INVALID_TYPE` or
 *   `NOT_FINITE` for a bad value (naming its index); `OUT_OF_RANGE` for `q`
 *   outside 0–1 (with the fraction to write when it looks like a
 *   percentage); `INVALID_TYPE` or `NOT_FINITE` for a `q` that is not a
 *   finite number; `INVALID_OPTION` for any option.
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4, 100], 0.9); // => 61.6
 * quantile([10, 20], 0.25); // => 12.5
 * ```
 */
export function quantile(values: ArrayLike<number> | Iterable<number>, q: number, options?: PercentileOptions): number {
  const fn = 'quantile';
  readOptions(fn, options, []);
  readNumber(fn, 'q', q);
  if (q < 0 || q > 1) {
    const hint = q > 1 && q <= 100 ? `; q is a fraction: write quantile(values, ${decimal(q / 100)}), or percentile(values, ${describeValue(q)}) for a percentage` : '';
    fail('OUT_OF_RANGE', fn, `q ${describeValue(q)} is outside 0–1${hint}`);
  }
  const p = q * 100;
  const whole = Math.round(p);
  return percentileOf(fn, values, Math.abs(p - whole) <= 1e-9 ? whole : p);
}

/** The percentile `p` (checked, 0–100) of `input`, whose values are checked in the pass that finds it. */
function percentileOf(fn: string, input: unknown, p: number): number {
  // the values are checked in the pass that finds the percentile
  const values = readInput(fn, input, { values: 'values' }).values as ArrayLike<number>;
  if (values.length === 0) fail('EMPTY_INPUT', fn, `no values: a ${fn} needs at least one`);
  return percentiles(values, [p], false, () => rejectValues(fn, values))[0]!;
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
