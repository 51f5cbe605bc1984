import { describeKind, describeValue } from './describe.js';
import { fail, readFinite } from './validate.js';

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
 * Reads a fraction from 0 to 1 (a margin, a rate per period). A value above 1
 * and at most 100 is most likely a percentage given by mistake, and the
 * message says which fraction it would be: `grossMargin 35 is outside 0–1;
 * it is a fraction: for 35% pass 0.35`. `OUT_OF_RANGE` for anything outside
 * 0–1, after the type and finiteness checks.
 */
export function readFraction(fn: string, name: string, value: unknown): number {
  const x = readAmount(fn, name, value);
  if (x < 0 || x > 1) {
    const hint = x > 1 && x <= 100 ? `; it is a fraction: for ${describeValue(x)}% pass ${percentAsFraction(x)}` : '';
    fail('OUT_OF_RANGE', fn, `${name} ${describeValue(x)} is outside 0–1${hint}`);
  }
  return x;
}

/** 35 → "0.35", without the binary noise of 28.6 / 100 = 0.28600000000000003. */
function percentAsFraction(percent: number): string {
  return String(Number((percent / 100).toPrecision(12)));
}
