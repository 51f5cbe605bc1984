import { MetricError, type MetricErrorCode } from '../error.js';
import { describeKind, describeValue } from './describe.js';

/** Throws a {@link MetricError}; `index` is given for array elements. */
export function fail(code: MetricErrorCode, fn: string, message: string, index?: number): never {
  throw new MetricError(code, index === undefined ? { fn } : { fn, index }, message);
}

/**
 * Checks an options argument: `undefined` stands for no options; anything
 * else must be a plain object whose keys are all in `known`. Unknown keys are
 * rejected so that a misspelt option cannot be silently ignored.
 */
export function readOptions(
  fn: string,
  options: unknown,
  known: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return EMPTY_OPTIONS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_OPTION', fn, `options must be an object, got ${describeValue(options)}`);
  }
  for (const key in options) {
    if (Object.prototype.hasOwnProperty.call(options, key) && !known.includes(key)) {
      const list = known.length === 0 ? 'none' : known.join(', ');
      fail('INVALID_OPTION', fn, `unknown option ${JSON.stringify(key)}; known options: ${list}`);
    }
  }
  return options as Readonly<Record<string, unknown>>;
}

const EMPTY_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** An integer-valued option (any code path that reads one reports `INVALID_OPTION`). */
export function readIntegerOption(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail('INVALID_OPTION', fn, `option ${name} must be a whole number, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Reads a number that must be finite: `INVALID_TYPE` for a non-number,
 * `NOT_FINITE` for NaN and ±Infinity. `name` is how the message names it,
 * e.g. `counts.total`.
 */
export function readFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`);
  }
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`);
  return value;
}

/**
 * Reads a count: a finite, whole, non-negative number. A missing or negative
 * count reports `INVALID_COUNTS`.
 */
export function readCount(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_COUNTS', fn, `${name} is missing`);
  const count = readFinite(fn, name, value);
  if (!Number.isInteger(count)) fail('NOT_INTEGER', fn, `${name} ${describeValue(count)} is not a whole number`);
  if (count < 0) fail('INVALID_COUNTS', fn, `${name} ${describeValue(count)} is negative`);
  return count;
}

/**
 * Checks that `input` can be read as an array of numbers: an object with a
 * whole, non-negative `length`, and not an array of bigints.
 */
export function readLength(fn: string, what: string, input: ArrayLike<unknown>): number {
  const n: unknown = input.length;
  // an array holds at most 2^32 − 1 elements; a larger length is not one
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 4294967295) {
    fail('INVALID_TYPE', fn, `${what} has a length of ${describeValue(n)}; pass an array or a typed array`);
  }
  if (input instanceof BigInt64Array || input instanceof BigUint64Array) {
    fail('INVALID_TYPE', fn, `${what} is an array of bigints; convert it with Array.from(values, Number)`);
  }
  return n;
}

/** `true` for arrays, typed arrays and other objects with a numeric `length`. */
export function hasLength(input: object): input is ArrayLike<unknown> {
  return typeof (input as { length?: unknown }).length === 'number';
}
