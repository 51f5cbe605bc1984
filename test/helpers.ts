import { expect } from 'vitest';
import { MetricError } from '../src/index.js';

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

/** `items` with a hole at index `at`: the elements from `at` on move up by one. */
export function withHole<T>(items: readonly T[], at = 1): T[] {
  const holey = new Array<T>(items.length + 1);
  items.forEach((item, i) => {
    holey[i < at ? i : i + 1] = item;
  });
  return holey;
}
