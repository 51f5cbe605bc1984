/**
 * The family's yes/no rates (participation, referral, feedback response):
 * the part of a count that says yes, as a percentage by the one rate rule of
 * `_lib/rate.ts`, from counts or from one value per customer.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { fail, readCount } from '../_lib/validate.js';

/**
 * Reads counts `{ [part], count }` and returns part × 100 / count; `part ≤ count`
 * and a count of 0 has no rate.
 */
export function countedRate(fn: string, counts: object, part: string): number {
  const c = counts as Record<string, unknown>;
  const yes = readCount(fn, `counts.${part}`, c[part]);
  const count = readCount(fn, 'counts.count', c['count']);
  return rate(fn, yes, count, { part: `counts.${part}`, whole: 'counts.count', empty: 'counts.count is 0: a rate needs at least one' });
}

/**
 * A yes/no rate from counts `{ [part], count }` or one value per customer:
 * a boolean, or a whole number ≥ 0 of times (1 or more is a yes), counted in
 * one validating pass. Both forms meet in {@link rate}.
 */
export function yesRate(fn: string, input: unknown, part: string): number {
  const read = readInput(fn, input, { values: 'one boolean or count per customer', counts: `counts { ${part}, count }` });
  if (read.form === 'counts') return countedRate(fn, read.counts, part);
  // no records form is given, so a list comes back as values
  const values = read.values;
  const n = values.length;
  let yes = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === true) yes++;
    else if (v === false) continue;
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
      if (v > 0) yes++;
    } else rejectValue(fn, v, i);
  }
  return rate(fn, yes, n, { part: 'the values that say yes', whole: 'the values', empty: 'no values: a rate needs at least one customer' });
}

function rejectValue(fn: string, v: unknown, i: number): never {
  if (typeof v !== 'number') {
    const shown = v === undefined || v === null ? '' : ` ${describeValue(v)}`;
    fail('INVALID_TYPE', fn, `value${shown} at index ${i} is ${describeKind(v)}, not a boolean or a count`, i);
  }
  if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `value ${describeValue(v)} at index ${i} is not a finite number`, i);
  if (!Number.isInteger(v)) fail('NOT_INTEGER', fn, `value ${describeValue(v)} at index ${i} is not a whole number`, i);
  return fail('INVALID_COUNTS', fn, `value ${describeValue(v)} at index ${i} is negative`, i);
}
