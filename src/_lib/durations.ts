/**
 * Reading durations: any `ArrayLike<number>` of finite numbers ≥ 0, in the
 * caller's unit. The fast passes only detect that something is wrong (the
 * sum becomes NaN or infinite); {@link rejectDurations} then finds the first
 * bad element and throws the error that names it.
 */
import { describeKind, describeValue } from './describe.js';
import { sumNonNegative } from './sum.js';
import { fail, readLength } from './validate.js';

/**
 * The validated sum of `values`, which must all be finite numbers ≥ 0:
 * one pass ({@link sumNonNegative}). `name` is how messages name the
 * array, e.g. `durations`.
 */
export function sumDurations(fn: string, name: string, values: ArrayLike<number>): number {
  const n = readLength(fn, name, values);
  const total = sumNonNegative(values);
  if (!Number.isFinite(total)) rejectDurations(fn, name, values);
  return total;
}

/**
 * Throws the MetricError for the first element of `values` that is not a
 * finite number ≥ 0: `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_DURATION`.
 * When every element is valid the sum itself overflowed: `NOT_FINITE`.
 */
export function rejectDurations(fn: string, name: string, values: ArrayLike<unknown>): never {
  const n = values.length;
  for (let i = 0; i < n; i++) rejectDuration(fn, `${name}[${i}]`, values[i], i);
  fail('NOT_FINITE', fn, `the ${name} add up to more than the largest finite number`);
}

/** Throws unless `v` is a finite number ≥ 0; `name` is how the message names it. */
export function rejectDuration(fn: string, name: string, v: unknown, index?: number): void {
  if (typeof v !== 'number') {
    const shown = v === undefined || v === null || typeof v === 'object' || typeof v === 'function' ? '' : ` ${describeValue(v)}`;
    fail('INVALID_TYPE', fn, `${name}${shown} is ${describeKind(v)}, not a number`, index);
  }
  if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `${name} ${describeValue(v)} is not a finite number`, index);
  if (v < 0) fail('NEGATIVE_DURATION', fn, `${name} ${describeValue(v)} is negative`, index);
}

/**
 * The mean of durations, once for every input form: total / count.
 * `nothing` completes the EMPTY_INPUT message when count is 0, e.g.
 * `no durations`.
 */
export function meanDuration(fn: string, total: number, count: number, nothing: string): number {
  if (count === 0) fail('EMPTY_INPUT', fn, nothing);
  return total / count;
}
