import { expect } from 'vitest';
import { MetricError } from '../../src/index.js';

/** Calls `f` and returns the MetricError it throws; fails the test if it returns or throws anything else. */
export function errorOf(f: () => unknown): MetricError {
  let result: unknown;
  try {
    result = f();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return error as MetricError;
  }
  throw new Error(`expected a MetricError, got the result ${JSON.stringify(result)}`);
}

/** 2026-11-03 (a Tuesday) at hh:mm UTC, as an ISO string. */
export function at(hhmm: string, day = 3): string {
  return `2026-11-${String(day).padStart(2, '0')}T${hhmm}:00Z`;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
