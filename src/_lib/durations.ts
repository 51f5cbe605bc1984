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
function rejectDurations(fn: string, name: string, values: ArrayLike<unknown>): never {
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

/** Durations per block of a {@link Durations} sum: its error bound grows with this, not with the count. */
export const DURATION_BLOCK = 128;

/**
 * Durations measured one at a time (from records), added up as they come:
 * a plain sum per block of 128, the block sums added with Neumaier's
 * compensation, so that the sum is exact for whole numbers below 2⁵³ and
 * otherwise within about 130 × 2⁻⁵³ of it, as {@link sumNonNegative}'s. The
 * durations themselves are stored only when `keep` asks for them (a
 * summary's order statistics need them; a mean does not).
 *
 * A hot loop keeps its block sums and their compensated total in locals
 * and hands them over once ({@link Durations.addTotal}), writing durations
 * into {@link Durations.reserve}'s array, so that its running sums stay in
 * registers and it calls no method of this object per block.
 */
export class Durations {
  /** How many were added. */
  count = 0;
  private total = 0;
  private compensation = 0;
  private block = 0;
  private stored: Float64Array | undefined;

  /**
   * `capacity` is a first guess at the count, capped (a length that no
   * values back costs nothing); the store grows past it.
   */
  constructor(keep: boolean, capacity: number) {
    this.stored = keep ? new Float64Array(Math.min(Math.max(capacity, 8), 1 << 20)) : undefined;
  }

  /** Adds a duration ≥ 0 (checked by the caller). */
  add(d: number): void {
    if (this.stored !== undefined) this.reserve(1)![this.count] = d;
    this.block += d;
    if (++this.count % DURATION_BLOCK === 0) this.addBlock(0, 0);
  }

  /**
   * Adds `n` durations (at most {@link DURATION_BLOCK}) whose plain sum is
   * `sum`, stored by the caller, when kept, at `count` … `count + n − 1`
   * of {@link Durations.reserve}'s array.
   */
  addBlock(sum: number, n: number): void {
    const block = this.block + sum;
    const t = this.total + block;
    this.compensation += lostInSum(this.total, block, t);
    this.total = t;
    this.block = 0;
    this.count += n;
  }

  /**
   * Adds `n` durations whose sum a hot loop kept itself, as this class
   * keeps it: `total` the block sums added with Neumaier's compensation,
   * `compensation` what that lost. Their blocks are the caller's to store.
   */
  addTotal(total: number, compensation: number, n: number): void {
    this.addBlock(0, 0);
    const t = this.total + total;
    this.compensation += lostInSum(this.total, total, t) + compensation;
    this.total = t;
    this.count += n;
  }

  /** The store, with room for `more` durations after the `count` added; `undefined` unless kept. */
  reserve(more: number): Float64Array | undefined {
    const stored = this.stored;
    if (stored === undefined || this.count + more <= stored.length) return stored;
    return (this.stored = withRoom(stored, this.count, this.count + more));
  }

  /** The sum of the durations added. */
  sum(): number {
    this.addBlock(0, 0);
    return this.total + this.compensation;
  }

  /** The durations added, in an array the caller may reorder; `undefined` unless kept. */
  values(): Float64Array | undefined {
    return this.stored?.subarray(0, this.count);
  }
}

/**
 * `store` when it holds `needed` values, else a larger store with its first
 * `used` values copied: twice as long, or `needed` if more, and at most
 * `cap`. The one way the stores of measured values grow.
 */
export function withRoom<T extends Float64Array>(store: T, used: number, needed: number, cap = Infinity): T | Float64Array<ArrayBuffer> {
  if (needed <= store.length) return store;
  const larger = new Float64Array(Math.min(cap, Math.max(2 * store.length, needed)));
  larger.set(store.subarray(0, used));
  return larger;
}
