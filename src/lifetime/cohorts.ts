import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail } from '../_lib/validate.js';

/**
 * The survivors of one cohort, period by period: `survivors[0]` customers
 * start, `survivors[t]` are still customers after t renewal opportunities.
 * Any array-like or iterable of whole numbers.
 */
export type Survivors = ArrayLike<number> | Iterable<number>;

/** One cohort's survivors, or several cohorts' (fitted together, with the same parameters). */
export type CohortInput = Survivors | ArrayLike<Survivors> | Iterable<Survivors>;

/** Cohorts after {@link readCohorts}: each cohort's survivors, and how many customers they start with. */
export interface Cohorts {
  readonly survivors: readonly Float64Array[];
  readonly customers: number;
}

/**
 * Reads one cohort (a list of numbers) or several (a list of lists) of
 * survivor counts: each at least two counts, the first > 0 (a cohort of 0
 * has nothing to fit, `EMPTY_INPUT`), all whole numbers ≥ 0 that never
 * increase (`INVALID_COUNTS`: a customer who has left does not come back in
 * a cohort). `index` in the error is the count's position in a single
 * cohort, or the cohort's among several.
 */
export function readCohorts(fn: string, input: unknown): Cohorts {
  const read = readInput(fn, input, { values: 'survivors', records: 'cohorts (arrays of survivors)' });
  if (read.form === 'values') {
    const survivors = readSurvivors(fn, 'survivors', read.values, false);
    return { survivors: [survivors], customers: survivors[0]! };
  }
  const list = read.records;
  if (list.length === 0) fail('EMPTY_INPUT', fn, 'no cohorts to fit');
  const cohorts: Float64Array[] = [];
  let customers = 0;
  for (let k = 0; k < list.length; k++) {
    const cohort = list[k];
    if (cohort === null || typeof cohort !== 'object') {
      fail('INVALID_TYPE', fn, `cohorts[${k}] is ${describeKind(cohort)}, not a list of survivors`, k);
    }
    const values = readInput(fn, cohort, { values: `cohorts[${k}]` });
    const survivors = readSurvivors(fn, `cohorts[${k}]`, values.values, true, k);
    cohorts.push(survivors);
    customers += survivors[0]!;
  }
  return { survivors: cohorts, customers };
}

function readSurvivors(fn: string, name: string, values: ArrayLike<unknown>, nested: boolean, cohort?: number): Float64Array {
  const n = values.length;
  if (n < 2) {
    fail('EMPTY_INPUT', fn, `${name} has ${n} survivor count${n === 1 ? '' : 's'}; a fit needs at least two (the cohort and the survivors of one period)`, cohort);
  }
  // grown as read: nothing is allocated for counts not yet read
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    const v = values[t];
    const at = nested ? cohort : t;
    if (typeof v !== 'number') fail('INVALID_TYPE', fn, `${name}[${t}] is ${describeKind(v)}, not a number`, at);
    if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `${name}[${t}] ${describeValue(v)} is not a finite number`, at);
    if (!Number.isInteger(v)) fail('NOT_INTEGER', fn, `${name}[${t}] ${describeValue(v)} is not a whole number of customers`, at);
    if (v < 0) fail('INVALID_COUNTS', fn, `${name}[${t}] ${describeValue(v)} is negative`, at);
    if (t > 0 && v > out[t - 1]!) {
      fail(
        'INVALID_COUNTS',
        fn,
        `${name}[${t}] ${describeValue(v)} is more than ${name}[${t - 1}] ${out[t - 1]}: survivors never increase (a customer who has left does not come back in the cohort)`,
        at,
      );
    }
    out.push(v);
  }
  if (out[0] === 0) fail('EMPTY_INPUT', fn, `${name}[0] is 0: a cohort of no customers has nothing to fit`, cohort ?? 0);
  return Float64Array.from(out);
}
