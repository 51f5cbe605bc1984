import { describeKind, describeValue } from '../_lib/describe.js';
import type { Timestamp } from '../_lib/timestamp.js';
import { readInput } from '../_lib/input.js';
import { fail, readOptions } from '../_lib/validate.js';
import { readSummaryClock, type CalendarPeriod } from './calendar-periods.js';
import type { CustomerHistory } from './history.js';
import { summarizeTransactions, type SummarizeTransactionsOptions, type Transaction } from './summarize.js';

/** Options of {@link calibrationHoldout}: the two ends, and the time unit or calendar period. */
export type CalibrationHoldoutOptions =
  | {
      /** The last day of the calibration period (included). */
      readonly calibrationEnd: Timestamp;
      /** The last day of the hold-out period (included), after `calibrationEnd`. */
      readonly observationEnd: Timestamp;
      /** The time unit: `'days'`, or `'weeks'` (days / 7). */
      readonly unit: 'days' | 'weeks';
      /** The IANA time zone whose calendar days a timestamp falls on; default UTC. */
      readonly timeZone?: string;
    }
  | {
      /** The last day of the calibration period (included); its period is the calibration's last. */
      readonly calibrationEnd: Timestamp;
      /** The last day of the hold-out period (included), in a later period. */
      readonly observationEnd: Timestamp;
      /** Calendar periods, as in {@link summarizeTransactions}. */
      readonly period: CalendarPeriod;
      /** The IANA time zone whose calendar a timestamp falls in; default UTC. */
      readonly timeZone?: string;
    };

/**
 * A customer's calibration history (as {@link summarizeTransactions} gives
 * it, to `calibrationEnd`) with what they did in the hold-out period.
 */
export interface CalibrationHoldoutHistory extends CustomerHistory {
  /** Purchase days (or periods) in the hold-out period, after `calibrationEnd` up to `observationEnd`. */
  readonly holdoutFrequency: number;
  /** Mean value of the hold-out purchases; 0 without any. */
  readonly holdoutMonetaryValue: number;
  /** The hold-out period's length, in the unit: from `calibrationEnd` to `observationEnd`. */
  readonly holdoutDuration: number;
  /**
   * When each repeat purchase came, calibration then hold-out, as the time
   * since the first purchase in the unit: what {@link trackingTable} counts.
   */
  readonly repeatTimes: readonly number[];
}

const CALIBRATION_HOLDOUT_OPTION_KEYS = ['calibrationEnd', 'observationEnd', 'unit', 'period', 'timeZone'] as const satisfies readonly (
  | keyof Extract<CalibrationHoldoutOptions, { unit: unknown }>
  | keyof Extract<CalibrationHoldoutOptions, { period: unknown }>
)[];

/**
 * Splits a transaction log at `calibrationEnd`: each customer's history up
 * to it, for fitting, and their purchases after it up to `observationEnd`,
 * for checking the fit's predictions against what happened.
 *
 * @summary Calibration histories and hold-out purchases per customer.
 *
 * @remarks
 * The calibration histories are those of {@link summarizeTransactions} with
 * `observationEnd: calibrationEnd`: one per customer with a purchase on or
 * before it, in the order of their first transaction (customers whose first
 * purchase falls in the hold-out period are left out, as a model fitted on
 * the calibration period knows nothing of them). Each gets the number and
 * mean value of their purchase days (or calendar periods) in the hold-out
 * period, its length, and the times of all their repeat purchases. Compare
 * `holdoutFrequency` with a model's expected purchases over
 * `holdoutDuration`, or pass the histories to {@link trackingTable}.
 * Transactions after `observationEnd` are left out. As lifetimes'
 * `calibration_and_holdout_data`.
 *
 * @param transactions - The log: any array or iterable of {@link Transaction}s.
 * @param options - {@link CalibrationHoldoutOptions}.
 * @returns One {@link CalibrationHoldoutHistory} per customer with a purchase by `calibrationEnd`.
 * @throws {@link MetricError} The errors of {@link summarizeTransactions}
 *   (`EMPTY_INPUT` when no transaction falls on or before `calibrationEnd`);
 *   `INVALID_OPTION` for a missing `calibrationEnd` or `observationEnd`, or
 *   an `observationEnd` that is not after `calibrationEnd` (in a later
 *   period, for calendar periods).
 *
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'ann', date: '1997-01-01', amount: 20 },
 *   { customerId: 'ann', date: '1997-01-15', amount: 10 },
 *   { customerId: 'ann', date: '1997-02-12', amount: 40 },
 *   { customerId: 'bob', date: '1997-01-08', amount: 12 },
 *   { customerId: 'cy', date: '1997-02-05', amount: 9 },
 * ];
 * const [ann, bob] = calibrationHoldout(log, { calibrationEnd: '1997-01-28', observationEnd: '1997-02-25', unit: 'weeks' });
 * [ann.frequency, ann.holdoutFrequency, ann.holdoutDuration]; // => [1, 1, 4]
 * ann.repeatTimes; // => [2, 6]
 * bob.holdoutFrequency; // => 0
 * ```
 */
export function calibrationHoldout(
  transactions: ArrayLike<Transaction> | Iterable<Transaction>,
  options: CalibrationHoldoutOptions,
): CalibrationHoldoutHistory[] {
  const fn = 'calibrationHoldout';
  const o = readOptions(fn, options, CALIBRATION_HOLDOUT_OPTION_KEYS);
  if (o.calibrationEnd === undefined) fail('INVALID_OPTION', fn, 'option calibrationEnd is missing');
  if (o.observationEnd === undefined) fail('INVALID_OPTION', fn, 'option observationEnd is missing');
  const clock = readSummaryClock(fn, o);
  const calibrationEnd = clock.read(fn, 'option calibrationEnd', o.calibrationEnd);
  const observationEnd = clock.read(fn, 'option observationEnd', o.observationEnd);
  if (!(observationEnd > calibrationEnd)) {
    fail('INVALID_OPTION', fn, 'option observationEnd must come after calibrationEnd (in a later period, for calendar periods): the hold-out period follows the calibration period');
  }
  // read once: an iterable is consumed by the first pass
  const read = readInput(fn, transactions, { records: 'transactions { customerId, date, amount }' });
  const log = read.records as ArrayLike<Transaction>;
  // every purchase day (or period) of each customer up to observationEnd, with its value; the
  // transactions are checked here, as summarizeTransactions checks them, so that errors name this function
  const purchases = new Map<string | number, Map<number, number>>();
  let calibrated = false;
  for (let i = 0; i < log.length; i++) {
    const t = log[i] as unknown;
    if (t === null || typeof t !== 'object') {
      fail('INVALID_TYPE', fn, `transaction at index ${i} is ${describeKind(t)}, not an object { customerId, date, amount }`, i);
    }
    const { customerId, date, amount } = t as Record<string, unknown>;
    if (!((typeof customerId === 'string' && customerId.length > 0) || (typeof customerId === 'number' && Number.isSafeInteger(customerId)))) {
      fail('INVALID_TYPE', fn, `transactions[${i}].customerId ${describeValue(customerId)} is not an id; use a non-empty string or a whole number`, i);
    }
    const at = clock.read(fn, `transactions[${i}].date`, date, i);
    if (typeof amount !== 'number') fail('INVALID_TYPE', fn, `transactions[${i}].amount is ${describeKind(amount)}, not a number`, i);
    if (!Number.isFinite(amount)) fail('NOT_FINITE', fn, `transactions[${i}].amount ${describeValue(amount)} is not a finite number`, i);
    if (at > observationEnd) continue;
    if (at <= calibrationEnd) calibrated = true;
    let days = purchases.get(customerId);
    if (days === undefined) purchases.set(customerId, (days = new Map<number, number>()));
    days.set(at, (days.get(at) ?? 0) + amount);
  }
  if (!calibrated) fail('EMPTY_INPUT', fn, 'no transaction falls on or before calibrationEnd');
  const summaryOptions = { ...(options as object), observationEnd: o.calibrationEnd } as Record<string, unknown>;
  delete summaryOptions['calibrationEnd'];
  const calibration = summarizeTransactions(log, summaryOptions as unknown as SummarizeTransactionsOptions);
  const scale = clock.scale;
  return calibration.map((history) => {
    const days = purchases.get(history.customerId)!;
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0]!;
    let holdoutFrequency = 0;
    let holdoutValue = 0;
    const repeatTimes: number[] = [];
    for (let k = 1; k < sorted.length; k++) {
      const day = sorted[k]!;
      repeatTimes.push((day - first) / scale);
      if (day > calibrationEnd) {
        holdoutFrequency++;
        holdoutValue += days.get(day)!;
      }
    }
    return {
      ...history,
      holdoutFrequency,
      holdoutMonetaryValue: holdoutFrequency === 0 ? 0 : holdoutValue / holdoutFrequency,
      holdoutDuration: (observationEnd - calibrationEnd) / scale,
      repeatTimes,
    };
  });
}
