/**
 * The machinery every time metric of the support family shares: telling its
 * three input forms apart, measuring an interval per record through the one
 * {@link elapsed} function, reading totals, and the path from durations to a
 * mean or a summary that all three forms meet in.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { elapsed, readClock, refuseClock, TIME_OPTION_KEYS, type Clock } from '../business-hours/clock.js';
import { meanDuration, sumDurations } from '../_lib/durations.js';
import { sumNonNegative } from '../_lib/sum.js';
import { formatInstant } from '../_lib/timestamp.js';
import { fail, hasLength, readCount, readFinite, readOptions } from '../_lib/validate.js';
import { summarizeDurations } from '../stats/duration-summary.js';
import type { TimeSummary } from './time-summary.js';

/** The interval of one record, in epoch milliseconds; `end` is NaN while its closing event has not happened. */
export interface Interval {
  start: number;
  end: number;
  /** The field that ended the interval, or the index of the message that did. */
  endName: string | number;
}

/** How a metric reads the interval it measures from one record. */
export interface IntervalReader<R> {
  /** How messages name the records: `tickets`, `calls`, `complaints`. */
  readonly records: string;
  /** The field the interval starts at, e.g. `createdAt`. */
  readonly startName: string;
  /**
   * Reads record `index` (already checked to be an object) into `out`,
   * throwing for a field it cannot read.
   */
  read(fn: string, record: R, index: number, out: Interval): void;
}

/** Checks that record `i` is an object and returns it. */
export function readRecord<R>(fn: string, records: ArrayLike<R>, i: number, noun: string): R {
  const r = records[i];
  if (r === null || typeof r !== 'object') {
    fail('INVALID_TYPE', fn, `${noun}[${i}] is ${describeKind(r)}, not an object`, i);
  }
  return r;
}

/**
 * The duration from `start` to `end` in the clock's unit, after checking
 * that `end` is not before `start` (NEGATIVE_DURATION, naming the record's
 * fields: `startField` and `endField` are field names, or a message index).
 * Names are built only for the error, so that the loops allocate nothing.
 */
export function durationOf(
  fn: string,
  clock: Clock,
  start: number,
  end: number,
  records: string,
  index: number,
  startField: string | number,
  endField: string | number,
): number {
  if (end < start) {
    const from = fieldName(records, index, startField);
    const to = fieldName(records, index, endField);
    fail('NEGATIVE_DURATION', fn, `${to} (${formatInstant(end)}) is before ${from} (${formatInstant(start)})`, index);
  }
  return elapsed(clock, start, end);
}

/** Names of a record's fields in messages: `tickets[3].createdAt`, `tickets[3].messages[2].at`. */
export function fieldName(records: string, index: number, field: string | number): string {
  return typeof field === 'number' ? `${records}[${index}].messages[${field}].at` : `${records}[${index}].${field}`;
}

/** Durations measured from records, in the clock's unit, and the records left out. */
export interface Measured {
  /** The durations, in an array the caller may reorder. */
  readonly durations: Float64Array;
  /** How many were left out because the event that ends the interval has not happened. */
  readonly leftOut: number;
}

/** Measures the interval of every record; records whose interval has not closed are left out and counted. */
export function measureIntervals<R>(fn: string, records: ArrayLike<R>, reader: IntervalReader<R>, clock: Clock): Measured {
  const n = records.length;
  const durations = new Float64Array(n);
  const out: Interval = { start: 0, end: 0, endName: '' };
  let count = 0;
  let leftOut = 0;
  for (let i = 0; i < n; i++) {
    reader.read(fn, readRecord(fn, records, i, reader.records), i, out);
    if (out.end !== out.end) {
      leftOut++;
      continue;
    }
    durations[count++] = durationOf(fn, clock, out.start, out.end, reader.records, i, reader.startName, out.endName);
  }
  return { durations: durations.subarray(0, count), leftOut };
}

/** A time metric of the family: how it names things and how it measures records. */
export interface TimeMetric<R> {
  /** How messages name the records, e.g. `tickets`. */
  readonly records: string;
  /** The field names of its totals, e.g. `['total', 'count']`. */
  readonly totals: readonly [total: string, count: string];
  /** The EMPTY_INPUT message when records were given but none could be measured. */
  noneMeasured(records: number, leftOut: number): string;
  /** Measures the records. */
  measure(fn: string, records: ArrayLike<R>, clock: Clock): Measured;
  /** Extra option names the metric accepts besides the time options. */
  readonly options?: readonly string[];
  /** A single record passed without an array (complaints), recognised by this field. */
  readonly singleRecordField?: string;
}

/** What a time metric's input was reduced to: durations (with those left out), or totals. */
export type Reduced =
  | { readonly form: 'durations'; readonly durations: Float64Array | ArrayLike<number>; readonly owned: boolean; readonly leftOut: number }
  | { readonly form: 'totals'; readonly total: number; readonly count: number };

/**
 * Reduces any input of a time metric to durations or totals. Arrays whose
 * first element is a number, and typed arrays, are durations; arrays of
 * objects are records; any other object is totals (or, where the metric
 * allows one, a single record).
 */
export function reduceTimeInput<R>(fn: string, metric: TimeMetric<R>, input: unknown, options: unknown): Reduced {
  const known = [...TIME_OPTION_KEYS, ...(metric.options ?? [])];
  const o = readOptions(fn, options, known);
  const [totalKey, countKey] = metric.totals;
  const forms = `durations, { ${totalKey}, ${countKey} } or ${metric.records}`;
  if (input === null || typeof input !== 'object') {
    fail('INVALID_TYPE', fn, `input is ${describeKind(input)}; pass ${forms}`);
  }
  if (hasLength(input)) {
    if (input.length === 0) fail('EMPTY_INPUT', fn, `no durations or ${metric.records}`);
    const first: unknown = input[0];
    if (ArrayBuffer.isView(input) || typeof first === 'number') {
      refuseClock(fn, o, 'durations');
      return { form: 'durations', durations: input as ArrayLike<number>, owned: false, leftOut: 0 };
    }
    if (first === null || typeof first !== 'object') {
      fail('INVALID_TYPE', fn, `input[0] is ${describeKind(first)}; pass durations as numbers or ${metric.records} as objects`, 0);
    }
    const measured = metric.measure(fn, input as ArrayLike<R>, readClock(fn, o));
    if (measured.durations.length === 0) {
      fail('EMPTY_INPUT', fn, metric.noneMeasured(input.length, measured.leftOut));
    }
    return { form: 'durations', durations: measured.durations, owned: true, leftOut: measured.leftOut };
  }
  if (metric.singleRecordField !== undefined && metric.singleRecordField in input) {
    return reduceTimeInput(fn, metric, [input], options);
  }
  if (!(totalKey in input) && !(countKey in input)) {
    fail('INVALID_TYPE', fn, `input is an object without ${totalKey} and ${countKey}; pass ${forms}`);
  }
  refuseClock(fn, o, 'totals');
  return { form: 'totals', ...readTotals(fn, input as Record<string, unknown>, totalKey, countKey) };
}

/** Reads totals: a total duration ≥ 0 and a whole count, consistent with each other. */
export function readTotals(
  fn: string,
  input: Record<string, unknown>,
  totalKey: string,
  countKey: string,
): { total: number; count: number } {
  const total = readFinite(fn, `totals.${totalKey}`, input[totalKey]);
  if (total < 0) fail('NEGATIVE_DURATION', fn, `totals.${totalKey} ${describeValue(total)} is negative`);
  const count = readCount(fn, `totals.${countKey}`, input[countKey]);
  if (count === 0 && total !== 0) {
    fail('INVALID_COUNTS', fn, `totals.${totalKey} ${describeValue(total)} with totals.${countKey} 0`);
  }
  return { total, count };
}

/** The average of any input: durations and totals meet in {@link meanDuration}. */
export function averageTime<R>(fn: string, metric: TimeMetric<R>, input: unknown, options: unknown): number {
  const r = reduceTimeInput(fn, metric, input, options);
  if (r.form === 'totals') return meanDuration(fn, r.total, r.count, `totals.${metric.totals[1]} is 0: nothing to average`);
  const total = r.owned ? sumNonNegative(r.durations) : sumDurations(fn, 'durations', r.durations);
  return meanDuration(fn, total, r.durations.length, 'no durations');
}

/** The summary of any input; totals have no order statistics. */
export function timeSummary<R>(fn: string, metric: TimeMetric<R>, input: unknown, options: unknown): TimeSummary<number | undefined> {
  const r = reduceTimeInput(fn, metric, input, options);
  if (r.form === 'totals') {
    const mean = meanDuration(fn, r.total, r.count, `totals.${metric.totals[1]} is 0: nothing to summarise`);
    return { count: r.count, total: r.total, mean, median: undefined, p90: undefined, min: undefined, max: undefined, leftOut: 0 };
  }
  const total = r.owned ? sumNonNegative(r.durations) : sumDurations(fn, 'durations', r.durations);
  return { ...summarizeDurations(fn, r.durations, total, r.owned, 'no durations'), leftOut: r.leftOut };
}
