import { describeKind, describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';
import { readParameter } from './fit.js';

/**
 * Reads a model's parameters: an object with each of `names` a finite
 * number > 0, read as the BG/NBD's are (`INVALID_OPTION` otherwise, naming
 * the parameter).
 */
export function readPositiveParameters<const K extends string>(fn: string, params: unknown, names: readonly K[]): { readonly [P in K]: number } {
  if (params === null || typeof params !== 'object') {
    fail('INVALID_OPTION', fn, `params must be { ${names.join(', ')} }, got ${describeKind(params)}`);
  }
  const p = params as Record<string, unknown>;
  const out = {} as Record<K, number>;
  for (const name of names) out[name] = readParameter(fn, `params.${name}`, p[name]);
  return out;
}

/**
 * Reads a whole number of periods or purchases, at least `min`: `INVALID_TYPE`
 * for a non-number, `NOT_FINITE`, `NOT_INTEGER`, then `OUT_OF_RANGE` below
 * `min` or above `max.limit` (the message gives `max.why`). `name` is how
 * the message names it.
 */
export function readWhole(fn: string, name: string, value: unknown, min: number, max?: { readonly limit: number; readonly why: string }): number {
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`);
  if (!Number.isSafeInteger(value)) fail('NOT_INTEGER', fn, `${name} ${describeValue(value)} is not a whole number`);
  if (value < min) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is below ${min}`);
  if (max !== undefined && value > max.limit) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is above ${max.limit}, ${max.why}`);
  return value;
}

/**
 * Reads the length of a future period or a time since the first purchase: a
 * finite number ≥ 0 (`INVALID_TYPE`, `NOT_FINITE`, then `OUT_OF_RANGE`).
 */
export function readHorizon(fn: string, t: unknown): number {
  if (typeof t !== 'number') fail('INVALID_TYPE', fn, `t is ${describeKind(t)}, not a number`);
  if (!Number.isFinite(t)) fail('NOT_FINITE', fn, `t ${describeValue(t)} is not a finite number`);
  if (t < 0) fail('OUT_OF_RANGE', fn, `t ${describeValue(t)} is negative; the period has a length ≥ 0`);
  return t;
}

/**
 * A model's prediction, checked before it is returned: where the formula
 * cannot be evaluated in double precision (a series that does not converge
 * at a z next to 1, a power that underflows against one that overflows),
 * `OUT_OF_RANGE` naming the parameters; where the value itself is beyond
 * the double range, `NOT_FINITE`. `what` names the prediction, `at` the
 * inputs it was computed from.
 */
export function finitePrediction(fn: string, value: number, what: string, at: string): number {
  if (value === Infinity || value === -Infinity) {
    fail('NOT_FINITE', fn, `${what} overflows the double range at ${at}`);
  }
  if (value !== value) {
    fail('OUT_OF_RANGE', fn, `${what} cannot be computed in double precision at ${at}: the parameters or the horizon are too extreme for the model's formula`);
  }
  return value;
}

/** `name = value` for each field of a parameter object, for messages. */
export function describeParameters(params: object): string {
  return Object.entries(params)
    .map(([name, value]) => `${name} = ${describeValue(value)}`)
    .join(', ');
}
