import { describeValue } from '../_lib/describe.js';
import { normalQuantile } from '../_lib/distributions.js';
import { fail } from '../_lib/validate.js';

/** The option keys every interval and comparison adds to its metric's own. */
export const CONFIDENCE_KEY = 'confidence';

/** The confidence level of an interval or test: a fraction strictly between 0 and 1, default 0.95. */
export function readConfidence(fn: string, value: unknown): number {
  if (value === undefined) return 0.95;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    const hint = typeof value === 'number' && value > 1 && value < 100 ? ` (for ${value}% write ${value / 100})` : '';
    fail('INVALID_OPTION', fn, `option confidence must be a number strictly between 0 and 1, got ${describeValue(value)}${hint}`);
  }
  return value;
}

/** The method option: one of `allowed`, the first being the default. */
export function readMethod<M extends string>(fn: string, value: unknown, allowed: readonly [M, ...M[]]): M {
  if (value === undefined) return allowed[0];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('INVALID_OPTION', fn, `option method must be ${allowed.map((m) => `'${m}'`).join(' or ')}, got ${describeValue(value)}`);
  }
  return value as M;
}

/** z such that P(−z ≤ Z ≤ z) = confidence for a standard normal Z. */
export function criticalZ(confidence: number): number {
  return normalQuantile((1 + confidence) / 2);
}

/** `x` clipped to [lo, hi]. */
export function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
