/**
 * The machinery of the family's yes/no rates (participation, referral,
 * feedback response): a part of a total as a percentage, from counts or from
 * one value per customer.
 */
import { share } from '../_lib/rate.js';
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, hasLength, readCount, readLength, readObject } from '../_lib/validate.js';

/**
 * A yes/no rate from either input form: counts `{ [part], [total] }`, or one
 * value per customer (see {@link countYes}). Both meet in {@link rateOf}.
 */
export function yesRate(fn: string, input: unknown, part: string, total: string): number {
  if (input !== null && typeof input === 'object' && hasLength(input)) {
    const counted = countYes(fn, input, 'value');
    if (counted.total === 0) fail('EMPTY_INPUT', fn, 'no values: a rate needs at least one customer');
    return rateOf(fn, counted.yes, counted.total, part, total);
  }
  if (input === null || typeof input !== 'object') {
    fail('INVALID_TYPE', fn, `input is ${describeKind(input)}; pass counts { ${part}, ${total} } or one value per customer`);
  }
  return countedRate(fn, input, part, total);
}

/**
 * Reads `{ [part]: number, [total]: number }` and returns part × 100 / total,
 * the definition of every rate of this kind. `part ≤ total`; a total of 0
 * has no rate.
 */
export function countedRate(fn: string, input: unknown, part: string, total: string): number {
  const c = readObject(fn, 'counts', input, `{ ${part}, ${total} }`);
  return rateOf(fn, readCount(fn, `counts.${part}`, c[part]), readCount(fn, `counts.${total}`, c[total]), part, total);
}

/** part × 100 / total, with `part ≤ total` and `total > 0` checked; the names are those of the counts. */
export function rateOf(fn: string, part: number, total: number, partName: string, totalName: string): number {
  if (part > total) fail('INVALID_COUNTS', fn, `counts.${partName} ${part} is greater than counts.${totalName} ${total}`);
  if (total === 0) fail('EMPTY_INPUT', fn, `counts.${totalName} is 0: a rate needs at least one`);
  return share(part, total);
}

/**
 * Counts the values that say "yes" in one validating pass: one value per
 * customer, either a boolean or a whole number ≥ 0 of times (a customer with
 * 1 or more counts). `what` names a value in messages, e.g. `value`.
 */
export function countYes(fn: string, values: ArrayLike<unknown>, what: string): { readonly yes: number; readonly total: number } {
  const n = readLength(fn, 'values', values);
  let yes = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === true) yes++;
    else if (v === false) continue;
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
      if (v > 0) yes++;
    } else rejectYes(fn, v, i, what);
  }
  return { yes, total: n };
}

function rejectYes(fn: string, v: unknown, i: number, what: string): never {
  if (typeof v !== 'number') {
    const shown = v === undefined || v === null ? '' : ` ${describeValue(v)}`;
    fail('INVALID_TYPE', fn, `${what}${shown} at index ${i} is ${describeKind(v)}, not a boolean or a count`, i);
  }
  if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `${what} ${describeValue(v)} at index ${i} is not a finite number`, i);
  if (!Number.isInteger(v)) fail('NOT_INTEGER', fn, `${what} ${describeValue(v)} at index ${i} is not a whole number`, i);
  return fail('INVALID_COUNTS', fn, `${what} ${describeValue(v)} at index ${i} is negative`, i);
}
