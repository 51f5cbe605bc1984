import { expect } from 'vitest';
import { MetricError, type MetricErrorCode } from '../src/index.js';

/**
 * How many times longer than usual a test that bounds time lets a call run:
 * 1, or `CX_TIME_SCALE` where it is set (vitest.stryker.config.ts sets it,
 * as mutation runs execute instrumented code, several times slower).
 */
export const TIME_SCALE = ((raw) => {
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!(scale >= 1)) throw new Error(`CX_TIME_SCALE must be a number ≥ 1, got ${raw}`);
  return scale;
})(process.env['CX_TIME_SCALE']);

const PROPERTY_DIVISOR = ((raw) => {
  if (raw === undefined || raw === '') return 1;
  const divisor = Number(raw);
  if (!(divisor >= 1)) throw new Error(`CX_PROPERTY_DIVISOR must be a number ≥ 1, got ${raw}`);
  return divisor;
})(process.env['CX_PROPERTY_DIVISOR']);

/**
 * The runs a property test makes: `n`, or `n` divided by
 * `CX_PROPERTY_DIVISOR` where it is set (at least 5). Mutation runs set it
 * (vitest.stryker.config.ts): each mutant runs every test that covers it,
 * and a property test against a day-by-day reference, instrumented, takes
 * long enough to make most mutants time out instead of failing.
 */
export function runs(n: number): number {
  return Math.max(Math.min(n, 5), Math.round(n / PROPERTY_DIVISOR));
}

/**
 * The MetricError that `f` throws. Fails the test when `f` returns, or
 * throws anything else.
 */
export function metricErrorOf(f: () => unknown): MetricError {
  let result: unknown;
  try {
    result = f();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return error as MetricError;
  }
  throw new Error(`expected a MetricError, got the result ${String(result)}`);
}

/** The code, details and message of the MetricError that `f` throws, to compare as one value. */
export function refusalOf(f: () => unknown): { code: MetricErrorCode; details: unknown; message: string } {
  const error = metricErrorOf(f);
  return { code: error.code, details: error.details, message: error.message };
}

/**
 * Asserts that `f` throws the MetricError with `code`, exactly `details`,
 * and the message `text` after the `fn: ` prefix of `details.fn`.
 */
export function expectRefusal(f: () => unknown, code: MetricErrorCode, details: { fn: string; index?: number }, text: string): void {
  expect(refusalOf(f)).toStrictEqual({ code, details, message: `${details.fn}: ${text}` });
}

/** `value` typed as whatever the call expects: the tests pass what the types forbid. */
export function untyped(value: unknown): never {
  return value as never;
}

/** `items` with a hole at index `at`: the elements from `at` on move up by one. */
export function withHole<T>(items: readonly T[], at = 1): T[] {
  const holey = new Array<T>(items.length + 1);
  items.forEach((item, i) => {
    holey[i < at ? i : i + 1] = item;
  });
  return holey;
}
