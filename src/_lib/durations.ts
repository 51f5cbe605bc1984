/**
 * Reading durations: any `ArrayLike<number>` of finite numbers ≥ 0, in the
 * caller's unit. The fast passes only detect that something is wrong (the
 * sum becomes NaN or infinite); {@link rejectDurations} then finds the first
 * bad element and throws the error that names it.
 */
import { describeKind, describeValue } from './describe.js';
import { lostInSum, sumNonNegative } from './sum.js';
import { fail, readLength } from './validate.js';

/**
 * The validated sum of `values`, which must all be finite numbers ≥ 0:
 * one pass ({@link sumNonNegative}). `name` is how messages name the
 * array, e.g. `durations`.
 */
export function sumDurations(fn: string, name: string, values: ArrayLike<number>): number {
  readLength(fn, name, values);
  const sum = sumNonNegative(values);
  if (!Number.isFinite(sum)) rejectDurations(fn, name, values);
  return sum;
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
 * The mean of durations, once for every input form: sum / count.
 * `nothing` completes the EMPTY_INPUT message when count is 0, e.g.
 * `no durations`.
 */
export function meanDuration(fn: string, sum: number, count: number, nothing: string): number {
  if (count === 0) fail('EMPTY_INPUT', fn, nothing);
  return sum / count;
}

/** Durations per block of {@link Durations}' sum: its error bound grows with this, not with the count. */
const BLOCK = 128;

/**
 * Durations measured one at a time (from records), added up as they come:
 * a plain sum per block of 128, the block sums added with Neumaier's
 * compensation, so that the sum is exact for whole numbers below 2⁵³ and
 * otherwise within about 130 × 2⁻⁵³ of it, as {@link sumNonNegative}'s. The
 * durations themselves are stored only when `keep` asks for them (a
 * summary's order statistics need them; a mean does not).
 */
export class Durations {
  /** How many were added. */
  count = 0;
  private total = 0;
  private compensation = 0;
  private block = 0;
  private stored: Float64Array | undefined;

  /** `capacity` is a first guess at the count; the store grows past it. */
  constructor(keep: boolean, capacity: number) {
    this.stored = keep ? new Float64Array(Math.max(capacity, 8)) : undefined;
  }

  /** Adds a duration ≥ 0 (checked by the caller). */
  add(d: number): void {
    const stored = this.stored;
    if (stored !== undefined) {
      if (this.count === stored.length) this.grow();
      this.stored![this.count] = d;
    }
    this.block += d;
    if (++this.count % BLOCK === 0) this.fold();
  }

  /** The sum of the durations added. */
  sum(): number {
    this.fold();
    return this.total + this.compensation;
  }

  /** The durations added, in an array the caller may reorder; `undefined` unless kept. */
  values(): Float64Array | undefined {
    return this.stored?.subarray(0, this.count);
  }

  private fold(): void {
    const t = this.total + this.block;
    this.compensation += lostInSum(this.total, this.block, t);
    this.total = t;
    this.block = 0;
  }

  private grow(): void {
    const larger = new Float64Array(this.stored!.length * 2);
    larger.set(this.stored!);
    this.stored = larger;
  }
}
