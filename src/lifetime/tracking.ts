import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail, hasLength, readOptions } from '../_lib/validate.js';
import { populationExpectedPurchases as bgNbdPopulation, readBgNbdParameters, type BgNbdParameters } from './bg-nbd.js';
import { populationExpectedPurchases as mbgNbdPopulation, readMbgNbdParameters, type MbgNbdParameters } from './mbg-nbd.js';
import { populationExpectedPurchases as paretoNbdPopulation, type ParetoNbdParameters } from './pareto-nbd.js';
import { describeParameters, finitePrediction, readPositiveParameters } from './parameters.js';

/** The models {@link trackingTable} can track, by name. */
export type TrackedModel = 'bg-nbd' | 'mbg-nbd' | 'pareto-nbd';

/** What {@link trackingTable} reads of a customer (a {@link CalibrationHoldoutHistory} has it). */
export interface TrackedCustomer {
  /** Time from the first purchase to the end of calibration, in the unit of the model. */
  readonly T: number;
  /** When each repeat purchase came, as the time since the first purchase, in the same unit. */
  readonly repeatTimes: ArrayLike<number>;
}

/** Options of {@link trackingTable}. */
export interface TrackingTableOptions {
  /** How many periods of one time unit to tabulate, from the earliest first purchase: a whole number from 1 to 100,000. */
  readonly periods: number;
}

/** One period of a {@link trackingTable}. */
export interface TrackingRow {
  /** The period, 1 to `periods`: it ends `period` time units after the earliest first purchase. */
  readonly period: number;
  /** Repeat purchases the customers made by the end of the period. */
  readonly actual: number;
  /** Repeat purchases the model expects of them by then. */
  readonly expected: number;
  /** Whether the period ends after the calibration period (after the largest T). */
  readonly holdout: boolean;
}

/** The most periods: the table costs a model evaluation per period and distinct T. */
const MAX_PERIODS = 100000;

const TRACKING_OPTION_KEYS = ['periods'] as const satisfies readonly (keyof TrackingTableOptions)[];

/**
 * Expected against actual cumulative repeat purchases of a cohort, period by
 * period: the chart analysts judge a model's fit by, in the calibration
 * period and beyond it (CDNOW: Figure 3 of Fader, Hardie & Lee 2005).
 *
 * @summary Cumulative repeat purchases, expected by a model and actual, per period.
 *
 * @remarks
 * Time runs from the earliest first purchase among the customers; customer
 * i's first purchase came bᵢ = max T − Tᵢ later (every T is measured to the
 * same end of calibration). By the end of period k the model expects
 * Σᵢ E[X(k − bᵢ)] repeat purchases of them, E[X(t)] the model's expected
 * purchases of a new customer ({@link bgNbdPopulationExpectedPurchases},
 * {@link mbgNbdPopulationExpectedPurchases},
 * {@link paretoNbdPopulationExpectedPurchases}), over the customers already
 * there (bᵢ < k); actual counts their repeat purchases at times bᵢ + tᵢⱼ < k
 * (purchase days counted as the whole day, so week k holds days 7(k − 1) to
 * 7k − 1 of weekly histories). Rows after the calibration period
 * (`holdout: true`) show how the model forecasts. Customers sharing a first
 * purchase are grouped, so the cost is O(periods × distinct T + purchases).
 * A model that tracks well stays close through the calibration period and
 * keeps the slope after it; a gap that opens after calibration is a
 * forecast error.
 *
 * @param model - `'bg-nbd'`, `'mbg-nbd'` or `'pareto-nbd'`.
 * @param params - The model's fitted parameters.
 * @param customers - Customers with `T` and `repeatTimes`, as {@link calibrationHoldout} gives them.
 * @param options - {@link TrackingTableOptions}: `periods`.
 * @returns One {@link TrackingRow} per period, in order: plain rows for a chart.
 * @throws {@link MetricError} `INVALID_OPTION` for an unknown model, invalid
 *   parameters or a bad `periods`; `OUT_OF_RANGE` for `periods` above
 *   100,000; `OUT_OF_RANGE` or `NOT_FINITE` where the model's expectation
 *   breaks down or overflows (as {@link bgNbdPopulationExpectedPurchases}); `EMPTY_INPUT` for no customers;
 *   `INVALID_TYPE` for customers that are not a list;
 *   `INVALID_TYPE` or `NOT_FINITE` for a T or repeat time that is not a
 *   finite number, `OUT_OF_RANGE` for a negative one (naming the customer's
 *   index).
 *
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const customers = [
 *   { T: 4, repeatTimes: [0.5, 3.2] },
 *   { T: 2, repeatTimes: [] },
 * ];
 * const rows = trackingTable('bg-nbd', params, customers, { periods: 6 });
 * rows.map((row) => row.actual); // => [1, 1, 1, 2, 2, 2]
 * rows[5].holdout; // => true
 * ```
 */
export function trackingTable(model: 'bg-nbd', params: BgNbdParameters, customers: ArrayLike<TrackedCustomer> | Iterable<TrackedCustomer>, options: TrackingTableOptions): TrackingRow[];
export function trackingTable(model: 'mbg-nbd', params: MbgNbdParameters, customers: ArrayLike<TrackedCustomer> | Iterable<TrackedCustomer>, options: TrackingTableOptions): TrackingRow[];
export function trackingTable(model: 'pareto-nbd', params: ParetoNbdParameters, customers: ArrayLike<TrackedCustomer> | Iterable<TrackedCustomer>, options: TrackingTableOptions): TrackingRow[];
export function trackingTable(
  model: TrackedModel,
  params: BgNbdParameters | MbgNbdParameters | ParetoNbdParameters,
  customers: ArrayLike<TrackedCustomer> | Iterable<TrackedCustomer>,
  options: TrackingTableOptions,
): TrackingRow[] {
  const fn = 'trackingTable';
  const expectation = expectationOf(fn, model, params);
  const o = readOptions(fn, options, TRACKING_OPTION_KEYS);
  if (o.periods === undefined) fail('INVALID_OPTION', fn, 'option periods is missing');
  if (typeof o.periods !== 'number' || !Number.isSafeInteger(o.periods) || o.periods < 1) {
    fail('INVALID_OPTION', fn, `option periods must be a whole number ≥ 1, got ${describeValue(o.periods)}`);
  }
  if (o.periods > MAX_PERIODS) fail('OUT_OF_RANGE', fn, `option periods ${o.periods} is above ${MAX_PERIODS}, the most rows a tracking table has`);
  const periods = o.periods;
  // records are the one form accepted: readInput returns them or throws
  const read = readInput(fn, customers, { records: 'customers { T, repeatTimes }' });
  const list = read.records;
  const n = list.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no customers to track');
  // grown as read: nothing is allocated for customers not yet read
  const ages: number[] = [];
  let latest = 0;
  for (let i = 0; i < n; i++) {
    const c = list[i];
    if (c === null || typeof c !== 'object') fail('INVALID_TYPE', fn, `customers[${i}] is ${describeKind(c)}, not { T, repeatTimes }`, i);
    ages.push(readTime(fn, `customers[${i}].T`, (c as Record<string, unknown>)['T'], i));
    latest = Math.max(latest, ages[i]!);
  }
  // customers by their first purchase, b = latest − T
  const cohorts = new Map<number, number>();
  const purchases: number[] = [];
  for (let i = 0; i < n; i++) {
    const birth = latest - ages[i]!;
    cohorts.set(birth, (cohorts.get(birth) ?? 0) + 1);
    const times = (list[i] as Record<string, unknown>)['repeatTimes'];
    if (times === null || typeof times !== 'object' || !hasLength(times)) {
      fail('INVALID_TYPE', fn, `customers[${i}].repeatTimes is ${describeKind(times)}, not a list of times`, i);
    }
    for (let j = 0; j < times.length; j++) purchases.push(birth + readTime(fn, `customers[${i}].repeatTimes[${j}]`, times[j], i));
  }
  purchases.sort((a, b) => a - b);
  const births = [...cohorts.entries()].sort((a, b) => a[0] - b[0]);
  const rows: TrackingRow[] = [];
  let counted = 0;
  for (let k = 1; k <= periods; k++) {
    // a purchase on the boundary (day 7k of weekly histories) belongs to the next period, but
    // (max T − Tᵢ) + tᵢⱼ can come out a few ulps below k: 1e-9 of k absorbs that rounding
    while (counted < purchases.length && purchases[counted]! < k * (1 - 1e-9)) counted++;
    let expected = 0;
    for (const [birth, count] of births) {
      if (birth >= k) break;
      expected += count * expectation(k - birth);
    }
    finitePrediction(fn, expected, `the expected purchases of period ${k}`, 'the sum over the customers');
    rows.push({ period: k, actual: counted, expected, holdout: k > latest });
  }
  return rows;
}

/**
 * E[X(t)] of the named model, its parameters checked once, here, and each
 * value checked as it is computed, so that errors name this function.
 */
function expectationOf(fn: string, model: unknown, params: unknown): (t: number) => number {
  const checked = (p: object, value: (t: number) => number) => (t: number) =>
    finitePrediction(fn, value(t), 'the expected number of purchases', `${describeParameters(p)}, t = ${t}`);
  switch (model) {
    case 'bg-nbd': {
      const p = readBgNbdParameters(fn, 'params', params);
      return checked(p, (t) => bgNbdPopulation(p, t));
    }
    case 'mbg-nbd': {
      const p = readMbgNbdParameters(fn, params);
      return checked(p, (t) => mbgNbdPopulation(p, t));
    }
    case 'pareto-nbd': {
      const p = readPositiveParameters(fn, params, ['r', 'alpha', 's', 'beta']);
      return checked(p, (t) => paretoNbdPopulation(p, t));
    }
    default:
      return fail('INVALID_OPTION', fn, `model must be 'bg-nbd', 'mbg-nbd' or 'pareto-nbd', got ${describeValue(model)}`);
  }
}

function readTime(fn: string, name: string, value: unknown, index: number): number {
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`, index);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`, index);
  if (value < 0) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is negative`, index);
  return value;
}
