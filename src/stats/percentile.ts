import { describeKind, describeValue } from '../_lib/describe.js';
import { percentiles } from '../_lib/quantile.js';
import { fail, hasLength, readLength } from '../_lib/validate.js';

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
 * `percentile`: the 90th percentile is `percentile(values, 90)`, not `0.9`.
 *
 * No sort: below 32,768 values, a copy is rearranged by Floyd–Rivest
 * selection; from there on, one pass filters the values down to the few
 * near the wanted rank (bracketed by a sorted sample of n^(2/3) of them) and
 * selects among those, without copying the input. Expected O(n) either way.
 * The input is never reordered. For a whole-number `p` the interpolation
 * multiplies before it divides, so whole-number data give correctly rounded
 * results (61.6 below, where the textbook formula gives 61.60000000000001).
 *
 * @param values - Finite numbers, any `ArrayLike<number>`; any sign.
 * @param p - The percentile, 0–100 (0 is the minimum, 50 the median, 100
 *   the maximum).
 * @returns The percentile, in the unit of the values.
 * @throws {@link MetricError} `EMPTY_INPUT` for no values; `INVALID_TYPE` or
 *   `NOT_FINITE` for a bad value (naming its index); `OUT_OF_RANGE` for `p`
 *   outside 0–100, `INVALID_TYPE` or `NOT_FINITE` for a `p` that is not a
 *   finite number.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 100], 90); // => 61.6
 * percentile([1, 2, 3, 4, 100], 50); // => 3
 * percentile([10, 20], 25); // => 12.5
 * ```
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  const fn = 'percentile';
  readPercent(fn, p);
  const n = readFiniteValues(fn, values);
  if (n === 0) fail('EMPTY_INPUT', fn, 'no values: a percentile needs at least one');
  return percentiles(values, [p])[0]!;
}

/** Checks a percentage argument: a finite number from 0 to 100. */
function readPercent(fn: string, p: unknown): number {
  if (typeof p !== 'number') fail('INVALID_TYPE', fn, `p is ${describeKind(p)}, not a number`);
  if (!Number.isFinite(p)) fail('NOT_FINITE', fn, `p ${describeValue(p)} is not a finite number`);
  if (p < 0 || p > 100) {
    fail('OUT_OF_RANGE', fn, `p ${describeValue(p)} is outside 0–100; p is a percentage (90 for the 90th percentile)`);
  }
  return p;
}

/** Checks that `values` is an array of finite numbers; returns its length. */
function readFiniteValues(fn: string, values: ArrayLike<number>): number {
  if (values === null || typeof values !== 'object' || !hasLength(values)) {
    fail('INVALID_TYPE', fn, `values must be an array of numbers, got ${describeValue(values)}`);
  }
  const n = readLength(fn, 'values', values);
  // v − v is 0 for finite numbers, NaN for NaN and ±Infinity (and for most non-numbers)
  if (ArrayBuffer.isView(values)) {
    for (let i = 0; i < n; i++) if (values[i]! - values[i]! !== 0) rejectValue(fn, values[i], i);
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v !== 'number' || v - v !== 0) rejectValue(fn, v, i);
    }
  }
  return n;
}

function rejectValue(fn: string, v: unknown, i: number): never {
  if (typeof v !== 'number') {
    const shown = v === undefined || v === null || typeof v === 'object' || typeof v === 'function' ? '' : ` ${describeValue(v)}`;
    fail('INVALID_TYPE', fn, `values[${i}]${shown} is ${describeKind(v)}, not a number`, i);
  }
  fail('NOT_FINITE', fn, `values[${i}] ${describeValue(v)} is not a finite number`, i);
}
