import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail } from '../_lib/validate.js';

/**
 * One customer's purchase history in the form buy-till-you-die models use,
 * in a time unit of the caller's choice (days or weeks):
 * - `frequency` (x): the number of repeat purchases, purchases after the first;
 * - `recency` (tₓ): the time from the first purchase to the last;
 * - `T`: the time from the first purchase to the end of observation;
 * - `monetaryValue` (m̄): the mean value of the repeat purchases, 0 without any.
 */
export interface CustomerHistory {
  /** The customer's id, as in the transactions. */
  readonly customerId: string | number;
  /** Repeat purchases: purchase days after the first. */
  readonly frequency: number;
  /** Time from the first purchase to the last. */
  readonly recency: number;
  /** Time from the first purchase to the end of observation. */
  readonly T: number;
  /** Mean value of the repeat purchases; 0 without repeats. */
  readonly monetaryValue: number;
}

/** What the BG/NBD functions read of a customer. */
export interface Recency {
  /** Repeat purchases: purchase days after the first. */
  readonly frequency: number;
  /** Time from the first purchase to the last. */
  readonly recency: number;
  /** Time from the first purchase to the end of observation. */
  readonly T: number;
}

/** What the Gamma-Gamma functions read of a customer. */
export interface Spend {
  /** Repeat purchases: purchase days after the first. */
  readonly frequency: number;
  /** Mean value of the repeat purchases; 0 without repeats. */
  readonly monetaryValue: number;
}

/**
 * Columns of histories, validated: the form the fitting loops read.
 */
export interface HistoryColumns {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
}

/** Reads one customer's frequency, recency and T, checking them; `name` is how messages name it. */
export function readRecency(fn: string, name: string, value: unknown, index?: number): Recency {
  if (value === null || typeof value !== 'object') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a customer { frequency, recency, T }`, index);
  }
  const c = value as Record<string, unknown>;
  const frequency = readNumber(fn, `${name}.frequency`, c['frequency'], index);
  const recency = readNumber(fn, `${name}.recency`, c['recency'], index);
  const T = readNumber(fn, `${name}.T`, c['T'], index);
  if (!Number.isInteger(frequency)) {
    fail('NOT_INTEGER', fn, `${name}.frequency ${describeValue(frequency)} is not a whole number of repeat purchases`, index);
  }
  if (frequency < 0) fail('INVALID_COUNTS', fn, `${name}.frequency ${describeValue(frequency)} is negative`, index);
  readSafeFrequency(fn, name, frequency, index);
  if (recency < 0) fail('INVALID_COUNTS', fn, `${name}.recency ${describeValue(recency)} is negative`, index);
  // a T of 0 with a later purchase is refused below, as a recency after its T
  if (T < 0) fail('INVALID_COUNTS', fn, `${name}.T ${describeValue(T)} is negative`, index);
  if (recency > T) {
    fail('INVALID_COUNTS', fn, `${name}.recency ${describeValue(recency)} is greater than its T ${describeValue(T)}: the last purchase cannot come after the end of observation`, index);
  }
  if (frequency > 0 && recency === 0) {
    fail('INVALID_COUNTS', fn, `${name} has frequency ${describeValue(frequency)} but recency 0; repeat purchases come after the first, so recency is positive`, index);
  }
  if (frequency === 0 && recency !== 0) {
    fail('INVALID_COUNTS', fn, `${name} has frequency 0 but recency ${describeValue(recency)}; without repeat purchases recency is 0`, index);
  }
  return { frequency, recency, T };
}

/** Reads a list of customers into columns; `EMPTY_INPUT` when there are none. */
export function readRecencyColumns(fn: string, customers: unknown): HistoryColumns {
  const list = readList(fn, customers);
  const n = list.length;
  // columns grow as the customers are read, so that an array-like claiming more customers than
  // memory holds fails on its first bad customer rather than on allocating for all of them
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = readRecency(fn, `customers[${i}]`, list[i], i);
    frequency.push(c.frequency);
    recency.push(c.recency);
    T.push(c.T);
  }
  return { frequency: Float64Array.from(frequency), recency: Float64Array.from(recency), T: Float64Array.from(T) };
}

/**
 * Reads one customer's frequency and monetary value for Gamma-Gamma: a
 * repeat buyer (frequency ≥ 1) with a positive monetary value.
 */
export function readSpend(fn: string, name: string, value: unknown, index?: number): Spend {
  if (value === null || typeof value !== 'object') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a customer { frequency, monetaryValue }`, index);
  }
  const c = value as Record<string, unknown>;
  const frequency = readNumber(fn, `${name}.frequency`, c['frequency'], index);
  const monetaryValue = readNumber(fn, `${name}.monetaryValue`, c['monetaryValue'], index);
  if (!Number.isInteger(frequency)) {
    fail('NOT_INTEGER', fn, `${name}.frequency ${describeValue(frequency)} is not a whole number of repeat purchases`, index);
  }
  readSafeFrequency(fn, name, frequency, index);
  if (frequency < 1 || monetaryValue <= 0) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `${name} has frequency ${describeValue(frequency)} and monetaryValue ${describeValue(monetaryValue)}; the Gamma-Gamma model needs repeat buyers with a positive mean spend: leave out customers without repeat purchases (and any with a mean spend ≤ 0)`,
      index,
    );
  }
  return { frequency, monetaryValue };
}

/** A non-empty list of customer records, from any array or iterable. */
export function readList(fn: string, customers: unknown): ArrayLike<unknown> {
  // records are the one form accepted: readInput returns them or throws
  const read = readInput(fn, customers, { records: 'customers (customer histories)' });
  const list = read.records;
  if (list.length === 0) fail('EMPTY_INPUT', fn, 'no customers to fit');
  return list;
}

/** A frequency is a count: at most 2^53 − 1, above which whole numbers are no longer exact. */
function readSafeFrequency(fn: string, name: string, frequency: number, index: number | undefined): void {
  if (frequency > Number.MAX_SAFE_INTEGER) {
    fail('OUT_OF_RANGE', fn, `${name}.frequency ${describeValue(frequency)} is above 2^53 − 1 (${Number.MAX_SAFE_INTEGER}), the largest count that is exact`, index);
  }
}

function readNumber(fn: string, name: string, value: unknown, index?: number): number {
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`, index);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`, index);
  return value;
}
