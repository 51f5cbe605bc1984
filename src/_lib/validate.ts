/**
 * The readers every function validates its arguments with: one for each kind
 * of value (a finite number, a count, an amount, a percentage, a length) and one
 * for each kind of option (positive, whole, one of a list, a percentage, a
 * probability, an instant). Each throws the {@link MetricError} that names the
 * function, the argument and the value; `undefined` stands for "not given"
 * and gives the reader's fallback.
 */
import { isMetricError, MetricError, type MetricErrorCode } from '../error.js';
import { describeKind, describeValue } from './describe.js';
import { rejectTimestamp, timestampMs } from './timestamp.js';

/** Throws a {@link MetricError}; `index` is given for array elements. */
export function fail(code: MetricErrorCode, fn: string, message: string, index?: number): never {
  throw new MetricError(code, index === undefined ? { fn } : { fn, index }, message);
}

/**
 * An error about element `index` of a list, raised by a reader that does not
 * take an index (the shared readers): `fn`'s own MetricError without an
 * index gets `index` in its details and, when given, `name` in front of its
 * message (unless the message already starts with it). Anything else, such
 * as an error that already has an index, is returned as it is.
 */
export function atIndex(fn: string, error: unknown, index: number, name?: string): unknown {
  if (!isMetricError(error) || error.details.fn !== fn || error.details.index !== undefined) return error;
  const text = error.message.slice(fn.length + 2);
  return new MetricError(error.code, { fn, index }, name === undefined || text.startsWith(name) ? text : `${name}: ${text}`);
}

// ---------------------------------------------------------------------------
// Options

/** What {@link readOptions} returns for no options: one shared object, read-only by its type, not one per call. */
const NO_OPTIONS = {};

/**
 * Checks an options argument: `undefined` stands for no options; anything
 * else must be a plain object whose own keys are all in `known`. Unknown keys
 * are refused (`INVALID_OPTION`) so that a misspelt option cannot be silently
 * ignored. Declare `known` as `[…] as const satisfies readonly (keyof XOptions)[]`
 * so that the list and the options' type cannot drift apart.
 */
export function readOptions<K extends string>(
  fn: string,
  options: unknown,
  known: readonly K[],
): { readonly [Key in K]?: unknown } {
  if (options === undefined) return NO_OPTIONS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_OPTION', fn, `options must be an object, got ${describeValue(options)}`);
  }
  for (const key in options) {
    if (Object.prototype.hasOwnProperty.call(options, key) && !(known as readonly string[]).includes(key)) {
      const list = known.length === 0 ? 'none' : known.join(', ');
      fail('INVALID_OPTION', fn, `unknown option ${JSON.stringify(key)}; known options: ${list}`);
    }
  }
  return options;
}

/** A number option that must be finite and > 0 (a tolerance, a handle time). */
export function readPositiveOption(fn: string, name: string, value: unknown): number | undefined;
export function readPositiveOption(fn: string, name: string, value: unknown, fallback: number): number;
export function readPositiveOption(fn: string, name: string, value: unknown, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    fail('INVALID_OPTION', fn, `option ${name} must be a finite number > 0, got ${describeValue(value)}`);
  }
  return value;
}

/** A number option that must be finite and ≥ 0 (a target, a threshold). */
export function readNonNegativeOption(fn: string, name: string, value: unknown): number | undefined;
export function readNonNegativeOption(fn: string, name: string, value: unknown, fallback: number): number;
export function readNonNegativeOption(fn: string, name: string, value: unknown, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value >= 0)) {
    fail('INVALID_OPTION', fn, `option ${name} must be a finite number ≥ 0, got ${describeValue(value)}`);
  }
  return value;
}

/** A whole-number option (a safe integer) of at least `min` (default 0). */
export function readWholeOption(fn: string, name: string, value: unknown, fallback?: undefined, min?: number): number | undefined;
export function readWholeOption(fn: string, name: string, value: unknown, fallback: number, min?: number): number;
export function readWholeOption(fn: string, name: string, value: unknown, fallback?: number, min = 0): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    const floor = min === 0 ? '≥ 0' : `≥ ${min}`;
    fail('INVALID_OPTION', fn, `option ${name} must be a whole number ${floor}, got ${describeValue(value)}`);
  }
  return value;
}

/** A whole-number option of any sign (a threshold on a scale). */
export function readIntegerOption(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail('INVALID_OPTION', fn, `option ${name} must be a whole number, got ${describeValue(value)}`);
  }
  return value;
}

/** An option that is one of `allowed`; the fallback is the first of them unless given. */
export function readEnumOption<const M extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly [M, ...M[]],
  fallback: M = allowed[0],
): M {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('INVALID_OPTION', fn, `option ${name} must be ${allowed.map((m) => `'${m}'`).join(', ')}; got ${describeValue(value)}`);
  }
  return value as M;
}

/**
 * A percentage option, 0–100 (a share, a margin, a discount rate). With
 * `exclusiveMax`, 100 itself is refused (a shrinkage of 100% leaves no one to
 * schedule). Returned as given: a percentage.
 */
export function readPercentageOption(fn: string, name: string, value: unknown, fallback?: undefined, exclusiveMax?: boolean): number | undefined;
export function readPercentageOption(fn: string, name: string, value: unknown, fallback: number, exclusiveMax?: boolean): number;
export function readPercentageOption(
  fn: string,
  name: string,
  value: unknown,
  fallback?: number,
  exclusiveMax = false,
): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0 && (exclusiveMax ? value < 100 : value <= 100))) {
    fail('INVALID_OPTION', fn, `option ${name} must be a percentage from 0 to 100${exclusiveMax ? ' (below 100)' : ''}, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * The largest confidence level: 1 − 2^-52. Above it only 1 − 2^-53 is left
 * below 1, for which (1 + confidence) / 2 rounds to 1 and the two-sided
 * quantile is infinite.
 */
export const MAX_CONFIDENCE = 0.9999999999999998; // 1 − 2^-52, written out: a bundler keeps `2 ** -52` as a statement with effects

/**
 * The confidence level of an interval or test: a probability strictly
 * between 0 and 1, at most {@link MAX_CONFIDENCE} so that its quantiles are
 * finite, default 0.95. A number between 1 and 100 is most likely a
 * percentage, and the message says which fraction it would be.
 */
export function readConfidence(fn: string, value: unknown): number {
  if (value === undefined) return 0.95;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    const hint = typeof value === 'number' && value > 1 && value < 100 ? ` (for ${value}% write ${percentAsFraction(value)})` : '';
    fail('INVALID_OPTION', fn, `option confidence must be a number strictly between 0 and 1, got ${describeValue(value)}${hint}`);
  }
  if (value > MAX_CONFIDENCE) {
    fail(
      'INVALID_OPTION',
      fn,
      `option confidence ${describeValue(value)} is too close to 1 for a finite interval; the largest is ${MAX_CONFIDENCE} (1 − 2^-52)`,
    );
  }
  return value;
}

/**
 * An instant option (`asOf`, `observationEnd`): a {@link Timestamp}, read as
 * every timestamp is, in epoch milliseconds. `null` is refused: leave the
 * option out instead.
 */
export function readInstantOption(fn: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (value === null) fail('INVALID_OPTION', fn, `option ${name} is null; leave it out, or give a time`);
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `option ${name}`, value);
  return ms;
}

// ---------------------------------------------------------------------------
// Values

/**
 * Reads a number that must be finite: `INVALID_TYPE` for a non-number,
 * `NOT_FINITE` for NaN and ±Infinity. `name` is how the message names it,
 * e.g. `counts.total`.
 */
export function readFinite(fn: string, name: string, value: unknown, index?: number): number {
  if (typeof value !== 'number') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`, index);
  }
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`, index);
  return value;
}

/**
 * Reads a count: a finite, whole, non-negative number no larger than
 * 2^53 − 1 (`Number.MAX_SAFE_INTEGER`), the largest up to which every whole
 * number is a double, so that counts add up exactly. A BigInt (a database
 * driver's `count(*)`) is read as the number it equals, by {@link readBigInt}.
 * A missing or negative count reports `INVALID_COUNTS`, a larger one
 * `OUT_OF_RANGE`; `index` is given for a count of a list.
 */
export function readCount(fn: string, name: string, value: unknown, index?: number): number {
  if (value === undefined) fail('INVALID_COUNTS', fn, `${name} is missing`, index);
  const count = typeof value === 'bigint' ? readBigInt(fn, name, value, index) : readFinite(fn, name, value, index);
  if (!Number.isInteger(count)) fail('NOT_INTEGER', fn, `${name} ${describeValue(count)} is not a whole number`, index);
  if (count < 0) fail('INVALID_COUNTS', fn, `${name} ${describeValue(count)} is negative`, index);
  return checkCount(fn, name, count, index);
}

/**
 * Checks that a count, read or added up from counts (the responses of a
 * tally, a merged tally's point), is at most 2^53 − 1, above which whole
 * numbers are no longer exact: `OUT_OF_RANGE` naming it otherwise.
 */
export function checkCount(fn: string, name: string, count: number, index?: number): number {
  if (count > Number.MAX_SAFE_INTEGER) {
    fail('OUT_OF_RANGE', fn, `${name} ${describeValue(count)} is above 2^53 − 1 (${Number.MAX_SAFE_INTEGER}), the largest count that is exact`, index);
  }
  return count;
}

/**
 * Reads a finite number that must not be negative (an amount, a frequency, a
 * duration): `INVALID_TYPE` when missing or not a number, `NOT_FINITE`, then
 * `OUT_OF_RANGE` when negative.
 */
export function readNonNegative(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  const x = readFinite(fn, name, value);
  if (x < 0) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(x)} is negative`);
  return x;
}

/** Reads a finite number of any sign; `INVALID_TYPE` when missing or not a number, `NOT_FINITE`. */
export function readAmount(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  return readFinite(fn, name, value);
}

/**
 * Reads a percentage from 0 to 100 (a margin, a rate per period).
 * `OUT_OF_RANGE` outside 0–100, after the type and finiteness checks.
 */
export function readPercentage(fn: string, name: string, value: unknown): number {
  const x = readAmount(fn, name, value);
  if (x < 0 || x > 100) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(x)} is outside 0–100; it is a percentage (35 for 35%)`);
  return x;
}

/** 35 → "0.35", without the binary noise of 28.6 / 100 = 0.28600000000000003. */
function percentAsFraction(percent: number): string {
  return String(Number((percent / 100).toPrecision(12)));
}

/**
 * Checks that an input is a plain object (not `null`, not an array) and
 * returns it for field access. `what` names it in the message, e.g. `input`.
 */
export function readObject(fn: string, what: string, value: unknown, shape: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_TYPE', fn, `${what} is ${describeKind(value)}; pass an object ${shape}`);
  }
  return value as Record<string, unknown>;
}

/**
 * Rejects fields of an input object that are not in `known`. Used where a
 * field is optional, so that a misspelt one (`grossmargin`) cannot be silently
 * ignored and change the result.
 */
export function rejectUnknownFields(fn: string, what: string, value: object, known: readonly string[]): void {
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !known.includes(key)) {
      fail('INVALID_TYPE', fn, `${what} has an unknown field ${JSON.stringify(key)}; known fields: ${known.join(', ')}`);
    }
  }
}

/**
 * Checks that `input` can be read as an array: an object with a whole,
 * non-negative `length` no larger than an array can have, and not an array
 * of bigints. `index` is given when `input` belongs to element `index` of a
 * list (the events of a history).
 */
export function readLength(fn: string, what: string, input: ArrayLike<unknown>, index?: number): number {
  const n: unknown = input.length;
  // an array holds at most 2^32 − 1 elements; a larger length is not one
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 4294967295) {
    fail('INVALID_TYPE', fn, `${what} has a length of ${describeValue(n)}; pass an array or a typed array`, index);
  }
  if (input instanceof BigInt64Array || input instanceof BigUint64Array) {
    fail('INVALID_TYPE', fn, `${what} is an array of bigints; convert it with Array.from(values, Number)`, index);
  }
  return n;
}

/**
 * The items of an iterable, read through its own iterator as `for … of`
 * reads them, except that an iterator or a step that is not an object is
 * `INVALID_TYPE` naming `what`, not the engine's TypeError.
 */
export function readIterable(fn: string, what: string, input: Iterable<unknown>): unknown[] {
  const iterator = input[Symbol.iterator]() as Partial<Iterator<unknown>> | null;
  const items: unknown[] = [];
  for (;;) {
    const step: unknown = iterator !== null && typeof iterator === 'object' && typeof iterator.next === 'function' ? iterator.next() : iterator;
    if (step === null || typeof step !== 'object') fail('INVALID_TYPE', fn, `${what} is not iterable: its iterator gave ${describeValue(step)}, not an object`);
    if ((step as { done?: unknown }).done) return items;
    items.push((step as { value?: unknown }).value);
  }
}

/** `true` for arrays, typed arrays and other objects with a numeric `length`. */
export function hasLength(input: object): input is ArrayLike<unknown> {
  return typeof (input as { length?: unknown }).length === 'number';
}

/**
 * Checks a result computed from finite inputs (a sum, a product): `NOT_FINITE`
 * naming what overflowed when it is not finite. `what` names it, e.g.
 * `the product averagePurchaseValue × purchaseFrequency × averageLifespan`.
 */
export function checkFinite(fn: string, what: string, value: number): number {
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${what} overflows the range of a double (${describeValue(value)})`);
  return value;
}

/**
 * A BigInt (what database drivers return for `count(*)` and sums of whole
 * numbers) as the number it equals, when one does: at most 2^53 − 1 in
 * magnitude. Beyond, `OUT_OF_RANGE`: the number would be rounded, and a
 * rounded count is a wrong count.
 */
export function readBigInt(fn: string, name: string, value: bigint, index?: number): number {
  if (value > 9007199254740991n || value < -9007199254740991n) {
    fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is beyond 2^53 − 1, the largest exact count`, index);
  }
  return Number(value);
}

/**
 * Reads a sum of a counts object (`counts.sum`, `totals.sum`): a finite
 * number as {@link readFinite} reads it, or a BigInt (a database's `SUM` of
 * whole numbers) as {@link readBigInt} reads it.
 */
export function readSum(fn: string, name: string, value: unknown): number {
  return typeof value === 'bigint' ? readBigInt(fn, name, value) : readFinite(fn, name, value);
}

/**
 * A count as callers may give it: a whole number ≥ 0, as a number or as a
 * BigInt (what database drivers return for `count(*)`), read exactly up to
 * 2^53 − 1 by every function that takes counts.
 *
 * @group Stats
 */
export type Count = number | bigint;
