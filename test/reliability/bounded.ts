import { expect } from 'vitest';
import { isMetricError, type MetricError } from '../../src/index.js';
import { within } from '../fuzz/harness.js';
import { TIME_SCALE } from '../helpers.js';

/** How long a call that must not hang may take here: far above its target, for a loaded machine (times {@link TIME_SCALE}). */
export const HANG_BOUND_MS = 1000;

/**
 * The bound for the first business-hours call in a zone over a span that
 * reaches far: it reads the zone's changes of clocks from Intl, from 1970
 * (or 1799) to 2100 and for one 400-year cycle, once; about a second was
 * seen with the two cores shared by many processes.
 */
export const FIRST_CALL_BOUND_MS = 10_000;

/** Every number in `value`, deep, is finite (objects' own fields, arrays' elements). */
export function expectFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, x] of Object.entries(value)) expectFinite(x, `${path}.${key}`);
}

/**
 * What `f` does within {@link HANG_BOUND_MS}: its result, or the MetricError it
 * throws. Fails the test when it runs longer (it is stopped) or throws
 * anything else.
 */
export function boundedOutcome<T>(f: () => T, ms = HANG_BOUND_MS): { readonly result: T } | { readonly error: MetricError } {
  try {
    return { result: within(ms * TIME_SCALE, f) };
  } catch (error) {
    if (isMetricError(error)) return { error };
    throw error;
  }
}

/** `f` ends within the bound with a finite result or a MetricError; returns which. */
export function expectFiniteOrMetricError(f: () => unknown, ms = HANG_BOUND_MS): void {
  const outcome = boundedOutcome(f, ms);
  if ('result' in outcome) expectFinite(outcome.result);
}
