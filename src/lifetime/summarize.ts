import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import type { Timestamp } from '../_lib/timestamp.js';
import { fail, readOptions } from '../_lib/validate.js';
import { readSummaryClock, type DaySummaryOptions, type PeriodSummaryOptions } from './calendar-periods.js';
import type { CustomerHistory } from './history.js';

/** One purchase, as a transaction log has it. */
export interface Transaction {
  /** The customer's id: a non-empty string or a safe integer. */
  readonly customerId: string | number;
  /**
   * When: a calendar date `'YYYY-MM-DD'`, or a timestamp (`Date`, epoch
   * milliseconds, ISO-8601 with `Z` or an offset), whose UTC day counts.
   */
  readonly date: Timestamp;
  /** The purchase's value, a finite number (refunds may be negative). */
  readonly amount: number;
}

/** Options of {@link summarizeTransactions}: `observationEnd`, and a `unit` of days or weeks or a calendar `period`. */
export type SummarizeTransactionsOptions = DaySummaryOptions | PeriodSummaryOptions;

const SUMMARY_OPTION_KEYS = ['observationEnd', 'unit', 'period', 'timeZone'] as const satisfies readonly (
  | keyof DaySummaryOptions
  | keyof PeriodSummaryOptions
)[];

/**
 * Turns a transaction log into the per-customer histories that
 * {@link fitBgNbd} and {@link fitGammaGamma} take.
 *
 * @summary Frequency, recency, T and monetary value per customer.
 *
 * @remarks
 * The standard definitions (as the BTYD literature and lifetimes use them):
 * - purchases on the same calendar day are one purchase, their amounts added;
 * - frequency = number of repeat purchases: purchase days after the first;
 * - recency = time from the first purchase day to the last;
 * - T = time from the first purchase day to `observationEnd`;
 * - monetaryValue = mean value of the repeat purchases (0 without repeats).
 *
 * Times are whole days, divided by 7 for `'weeks'`. Days are calendar days:
 * a `'YYYY-MM-DD'` string is that day, a timestamp its day in UTC, or in the
 * IANA `timeZone` when given. With `period: 'calendar-week'` (Monday to
 * Sunday) or `'calendar-month'` instead of `unit`, purchases in the same
 * calendar period are one purchase and recency and T are whole numbers of
 * periods, as lifetimes counts them with `freq='W'` or `'M'`. Transactions after `observationEnd` are
 * the hold-out period: left out, not an error. Customers come in the order
 * of their first transaction in the log. One pass to group, O(n log n) to
 * sort each customer's days.
 *
 * @param transactions - The log: any `ArrayLike` or iterable of {@link Transaction}s.
 * @param options - {@link SummarizeTransactionsOptions}.
 * @returns One {@link CustomerHistory} per customer with a purchase on or before `observationEnd`.
 * @throws {@link MetricError} `INVALID_TYPE` for a log that is not a list, a
 *   transaction that is not an object or one that has an id that is not a non-empty string or a safe integer;
 *   `INVALID_DATE` for a date that cannot be read (an ISO date-time needs
 *   `Z` or an offset); `INVALID_TYPE` or `NOT_FINITE` for an amount that is
 *   not a finite number (each naming the transaction's index);
 *   `EMPTY_INPUT` when no transaction falls on or before `observationEnd`;
 *   `INVALID_OPTION` for a missing or bad `observationEnd`, `unit`, `period` or
 *   `timeZone`, both `unit` and `period`, or an unknown option.
 *
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'ann', date: '1997-01-01', amount: 20 },
 *   { customerId: 'ann', date: '1997-01-15', amount: 10 },
 *   { customerId: 'ann', date: '1997-01-15', amount: 5 },
 *   { customerId: 'ann', date: '1997-01-29', amount: 30 },
 *   { customerId: 'bob', date: '1997-01-08', amount: 12 },
 *   { customerId: 'ann', date: '1997-03-01', amount: 99 },
 * ];
 * summarizeTransactions(log, { observationEnd: '1997-01-31', unit: 'weeks' }); // => [{ customerId: 'ann', frequency: 2, recency: 4, T: 30 / 7, monetaryValue: 22.5 }, { customerId: 'bob', frequency: 0, recency: 0, T: 23 / 7, monetaryValue: 0 }]
 * ```
 */
export function summarizeTransactions(
  transactions: ArrayLike<Transaction> | Iterable<Transaction>,
  options: SummarizeTransactionsOptions,
): CustomerHistory[] {
  const fn = 'summarizeTransactions';
  const o = readOptions(fn, options, SUMMARY_OPTION_KEYS);
  if (o.observationEnd === undefined) fail('INVALID_OPTION', fn, 'option observationEnd is missing');
  // unit (or period) has no default: days and weeks give different numbers, so the caller says which
  const clock = readSummaryClock(fn, o);
  const end = clock.read(fn, 'option observationEnd', o.observationEnd);
  // records are the one form accepted: readInput returns them or throws
  const read = readInput(fn, transactions, { records: 'transactions { customerId, date, amount }' });
  const log = read.records;
  // customer → day → amount on that day, customers in order of appearance
  const customers = new Map<string | number, Map<number, number>>();
  for (let i = 0; i < log.length; i++) {
    const t = log[i];
    if (t === null || typeof t !== 'object') {
      fail('INVALID_TYPE', fn, `transaction at index ${i} is ${describeKind(t)}, not an object { customerId, date, amount }`, i);
    }
    const { customerId, date, amount } = t as Record<string, unknown>;
    const id = readId(fn, customerId, i);
    const day = clock.read(fn, `transactions[${i}].date`, date, i);
    if (typeof amount !== 'number') fail('INVALID_TYPE', fn, `transactions[${i}].amount is ${describeKind(amount)}, not a number`, i);
    if (!Number.isFinite(amount)) fail('NOT_FINITE', fn, `transactions[${i}].amount ${describeValue(amount)} is not a finite number`, i);
    if (day > end) continue;
    let days = customers.get(id);
    if (days === undefined) customers.set(id, (days = new Map<number, number>()));
    days.set(day, (days.get(day) ?? 0) + amount);
  }
  if (customers.size === 0) fail('EMPTY_INPUT', fn, 'no transaction falls on or before observationEnd');
  const scale = clock.scale;
  const histories: CustomerHistory[] = [];
  for (const [customerId, days] of customers) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    let repeatValue = 0;
    for (let k = 1; k < sorted.length; k++) repeatValue += days.get(sorted[k]!)!;
    const frequency = sorted.length - 1;
    histories.push({
      customerId,
      frequency,
      recency: (last - first) / scale,
      T: (end - first) / scale,
      monetaryValue: frequency === 0 ? 0 : repeatValue / frequency,
    });
  }
  return histories;
}

function readId(fn: string, id: unknown, i: number): string | number {
  if ((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isSafeInteger(id))) return id;
  return fail(
    'INVALID_TYPE',
    fn,
    `transactions[${i}].customerId ${describeValue(id)} is not an id; use a non-empty string or a whole number`,
    i,
  );
}
