import { describeKind, describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';

/**
 * Reads a model's parameters: an object with each of `names` a finite
 * number > 0 (`INVALID_OPTION` otherwise, naming the parameter), returned in
 * the order of `names`.
 */
export function readPositiveParameters<const K extends string>(fn: string, params: unknown, names: readonly K[]): { readonly [P in K]: number } {
  if (params === null || typeof params !== 'object') {
    fail('INVALID_OPTION', fn, `params must be { ${names.join(', ')} }, got ${describeKind(params)}`);
  }
  const p = params as Record<string, unknown>;
  const out = {} as Record<K, number>;
  for (const name of names) {
    const v = p[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      fail('INVALID_OPTION', fn, `params.${name} must be a finite number > 0, got ${describeValue(v)}`);
    }
    out[name] = v;
  }
  return out;
}

/**
 * Reads a whole number of periods or purchases, at least `min`: `INVALID_TYPE`
 * for a non-number, `NOT_FINITE`, `NOT_INTEGER`, then `OUT_OF_RANGE` below
 * `min`. `name` is how the message names it.
 */
export function readWhole(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`);
  if (!Number.isSafeInteger(value)) fail('NOT_INTEGER', fn, `${name} ${describeValue(value)} is not a whole number`);
  if (value < min) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is below ${min}`);
  return value;
}
