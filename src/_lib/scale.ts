import { describeValue } from './describe.js';
import { fail } from './validate.js';

/**
 * The answers a survey question allows: every whole number from `min` to
 * `max`, both included (`{ min: 1, max: 5 }` for a five-point CSAT question).
 * `min` and `max` are 32-bit integers, and a scale has at most
 * {@link MAX_SCALE_POINTS} points.
 *
 * @group Survey
 */
export interface Scale {
  /** The lowest answer, a whole number. */
  readonly min: number;
  /** The highest answer, a whole number greater than `min`. */
  readonly max: number;
}

/**
 * The most points a scale may have (0–1000 is the widest allowed).
 *
 * @group Survey
 */
export const MAX_SCALE_POINTS = 1001;

/** `1–5`, the way messages and docs write a scale. */
export function formatScale(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

/** Whether two scales have the same points. */
export function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max;
}

/** Number of points on a (valid) scale. */
export function scalePoints(scale: Scale): number {
  return scale.max - scale.min + 1;
}

/**
 * Validates a scale given by a caller and returns a fresh `{ min, max }`.
 * `name` is how the message names it (`option scale`, `tally.scale`); the code
 * is `code` (`INVALID_OPTION` for options, `INVALID_TYPE` for a tally's own).
 */
export function readScale(
  fn: string,
  value: unknown,
  name: string,
  code: 'INVALID_OPTION' | 'INVALID_TYPE',
): Scale {
  if (value === null || typeof value !== 'object') {
    fail(code, fn, `${name} must be an object { min, max }, got ${describeValue(value)}`);
  }
  const { min, max } = value as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || (min | 0) !== min) {
    fail(code, fn, `${name}.min must be a whole number within ±2^31, got ${describeValue(min)}`);
  }
  if (typeof max !== 'number' || (max | 0) !== max) {
    fail(code, fn, `${name}.max must be a whole number within ±2^31, got ${describeValue(max)}`);
  }
  if (max <= min) fail(code, fn, `${name} ${min}–${max} is empty or has one point; max must be greater than min`);
  if (max - min + 1 > MAX_SCALE_POINTS) {
    fail(code, fn, `${name} ${min}–${max} has ${max - min + 1} points; at most ${MAX_SCALE_POINTS} are supported`);
  }
  return { min, max };
}
