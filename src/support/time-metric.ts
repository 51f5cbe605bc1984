/**
 * What every time metric of the support family shares: its input read by
 * {@link readInput} (durations, totals or records), an interval per record
 * measured through the one {@link elapsed} function, and the path from
 * durations to a mean or a summary that all the forms meet in.
 */
import { elapsed, refuseClock, TIME_OPTION_KEYS, type Clock, type TimeOptions } from '../business-hours/clock.js';
import { describeKind, describeValue } from '../_lib/describe.js';
import { DURATION_BLOCK, Durations, meanDuration, sumDurations } from '../_lib/durations.js';
import { lostInSum } from '../_lib/sum.js';
import { readInput, type InputForms } from '../_lib/input.js';
import { readQuantileMethod, type QuantileMethod } from '../_lib/quantile-methods.js';
import { formatInstant } from '../_lib/timestamp.js';
import { fail, readCount, readSum, readOptions, type Count } from '../_lib/validate.js';
import { summarizeDurations, type DurationSummary, type WithSketch } from '../stats/duration-summary.js';
import { readSketchOption, sketchDurations, type QuantileSketchOptions } from '../stats/quantile-sketch.js';

/**
 * The totals a time metric's average is defined on, as a database
 * `SUM(…)`, `COUNT(*)` returns them: e.g. the sum of the first response
 * times of the answered tickets and their number. average = sum / count.
 */
export interface DurationTotals {
  /** Sum of the durations, ≥ 0, in your unit. */
  readonly sum: number | bigint;
  /** Number of durations summed. */
  readonly count: Count;
}

/** {@link DurationTotals} as read: numbers. */
export interface ReadTotals {
  readonly sum: number;
  readonly count: number;
}

/**
 * A {@link DurationSummary} of a time metric, with the number of records
 * it left out because the event that ends their interval has not happened
 * yet (no reply, not resolved, not answered). `median`, `p90`, `min` and
 * `max` are `undefined` for totals, which carry no individual durations.
 */
export interface TimeSummary<Stat extends number | undefined = number> extends DurationSummary<Stat> {
  /**
   * Records left out: tickets without a first response, unresolved tickets
   * or complaints, unanswered or unfinished calls; for response time, runs
   * of customer messages still waiting for a reply. 0 for durations and
   * totals.
   */
  readonly leftOut: number;
}

/** Options of every time summary: the {@link TimeOptions} and the quantile definition of its order statistics. */
export interface TimeSummaryOptions extends TimeOptions {
  /**
   * The quantile definition of `median` and `p90`, one of numpy's nine
   * ({@link QuantileMethod}); default `'linear'` (type 7), as
   * `durationSummary`. Refused with totals, which have no order statistics.
   */
  readonly method?: QuantileMethod;
  /**
   * Adds `sketch` to the result ({@link WithSketch}): the
   * {@link QuantileSketch} of the durations measured, in the summary's
   * unit, to keep per team and day and to merge later. `true` for a
   * relative accuracy of 1%, or `{ relativeAccuracy }`; durations of 0 go
   * to its `zeroCount`. Refused with totals, which have no durations.
   */
  readonly sketch?: boolean | QuantileSketchOptions;
}

/** The option names of {@link TimeSummaryOptions}, for `readOptions`. */
const TIME_SUMMARY_OPTION_KEYS = ['unit', 'calendar', 'method', 'sketch'] as const satisfies readonly (keyof TimeSummaryOptions)[];

/** The interval of one record, in epoch milliseconds; `end` is NaN while its closing event has not happened. */
export interface Span {
  start: number;
  end: number;
  /** The field that ended the interval, or the index of the message that did. */
  endName: string | number;
}

/** How a metric reads the interval it measures from one record. */
export interface SpanReader<R> {
  /** How messages name the records: `tickets`, `calls`, `complaints`. */
  readonly records: string;
  /** The field the interval starts at, e.g. `createdAt`. */
  readonly startName: string;
  /**
   * Reads record `index` (already checked to be an object) into `out`,
   * throwing for a field it cannot read.
   */
  read(fn: string, record: R, index: number, out: Span): void;
  /**
   * The fast path of {@link SpanReader.read} for the common record: the
   * interval in milliseconds when its two fields are epoch milliseconds in
   * order (within ±8.64e15, as timestamps are read), else NaN, and `read`
   * reads the record. It must give what `read` gives.
   */
  readonly epochSpan?: (record: R) => number;
}


/** Checks that record `i` is an object and returns it. */
export function readRecord(fn: string, records: ArrayLike<unknown>, i: number, noun: string): object {
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
  if (end < start) rejectOrder(fn, start, end, records, index, startField, endField);
  return elapsed(clock, start, end);
}

/** Throws the NEGATIVE_DURATION error for an `end` before its `start`. */
export function rejectOrder(
  fn: string,
  start: number,
  end: number,
  records: string,
  index: number,
  startField: string | number,
  endField: string | number,
): never {
  const from = fieldName(records, index, startField);
  const to = fieldName(records, index, endField);
  fail('NEGATIVE_DURATION', fn, `${to} (${formatInstant(end)}) is before ${from} (${formatInstant(start)})`, index);
}

/** Names of a record's fields in messages: `tickets[3].createdAt`, `tickets[3].messages[2].at`. */
export function fieldName(records: string, index: number, field: string | number): string {
  return typeof field === 'number' ? `${records}[${index}].messages[${field}].at` : `${records}[${index}].${field}`;
}

/**
 * Measures the interval of every record into `into`; records whose interval
 * has not closed are left out, and their number returned. The one loop of
 * every metric that measures one interval per record ({@link spanLoop}).
 */
export function measureSpans(fn: string, records: ArrayLike<unknown>, reader: SpanReader<never>, clock: Clock, into: Durations): number {
  const sums = new Float64Array(3);
  const n = records.length;
  let leftOut = 0;
  // in chunks, each with room reserved for it: a list that claims more records than it holds
  // fails at its first hole having reserved one chunk more than it held, not its whole length
  for (let from = 0; from < n; from += SPAN_CHUNK) {
    const to = Math.min(n, from + SPAN_CHUNK);
    leftOut += spanLoop(fn, records, from, to, reader, clock, into.reserve(to - from), into.count, sums);
    into.addTotal(sums[0]!, sums[1]!, sums[2]!);
  }
  return leftOut;
}

/** Records per call of {@link spanLoop}. */
const SPAN_CHUNK = 1 << 16;

/**
 * The loop of {@link measureSpans} over records `from` to `to` (excluded):
 * stores each duration in `stored` from index `at` when given, and writes the count and the sum of the durations
 * measured to `sums`: [Neumaier's sum of the block sums, its compensation,
 * the count].
 *
 * The loop is bound by reading the records from memory, so it does little
 * else per record: the reader's fast path, the sum of the current block in
 * a local, and a store only when the durations are kept. It reads no
 * property of `into`: a fresh `Durations`' shape does not outlive a full
 * collection, and code that had read one was thrown away after every
 * collection, its loop run again from the interpreter (docs/performance.md).
 */
function spanLoop(
  fn: string,
  records: ArrayLike<unknown>,
  from: number,
  to: number,
  reader: SpanReader<never>,
  clock: Clock,
  stored: Float64Array | undefined,
  at: number,
  sums: Float64Array,
): number {
  const span: Span = { start: 0, end: 0, endName: '' };
  const epochSpan = clock.calendar === undefined ? reader.epochSpan : undefined;
  const msPerUnit = clock.msPerUnit;
  let total = 0;
  let compensation = 0;
  let measured = 0;
  let block = 0;
  let inBlock = 0;
  let leftOut = 0;
  for (let i = from; i < to; i++) {
    const record = records[i];
    let d = NaN;
    if (epochSpan !== undefined && record !== null && typeof record === 'object') {
      d = epochSpan(record as never);
      // a division per record is measurable here; milliseconds need none
      if (msPerUnit !== 1) d /= msPerUnit;
    }
    if (d !== d) {
      reader.read(fn, readRecord(fn, records, i, reader.records) as never, i, span);
      if (span.end !== span.end) {
        leftOut++;
        continue;
      }
      d = durationOf(fn, clock, span.start, span.end, reader.records, i, reader.startName, span.endName);
    }
    if (stored !== undefined) stored[at++] = d;
    block += d;
    if (++inBlock === DURATION_BLOCK) {
      const t = total + block;
      compensation += lostInSum(total, block, t);
      total = t;
      measured += inBlock;
      block = 0;
      inBlock = 0;
    }
  }
  const t = total + block;
  sums[0] = t;
  sums[1] = compensation + lostInSum(total, block, t);
  sums[2] = measured + inBlock;
  return leftOut;
}

/** The time options as read by `readOptions`, not yet checked (a summary's `method` among them). */
export type TimeOptionValues = { readonly [K in (typeof TIME_SUMMARY_OPTION_KEYS)[number]]?: unknown };

/** A time metric of the family: its input forms, and how it measures its records. */
export interface TimeMetric {
  /** The forms it accepts, for {@link readInput}: all three; `records` names them in messages (`tickets`). */
  readonly forms: InputForms & { readonly values: string; readonly records: string; readonly counts: string };
  /** The EMPTY_INPUT message when records were given but none could be measured. */
  noneMeasured(records: number, leftOut: number): string;
  /**
   * Measures the records (a non-empty list) into `into`, with the clock the
   * options give (or refusing them, for records that carry no timestamps);
   * returns how many were left out.
   */
  measure(fn: string, records: ArrayLike<unknown>, options: TimeOptionValues, into: Durations): number;
  /** Reads the metric's totals; {@link readTotals} unless it has other totals too. */
  readonly totals?: (fn: string, counts: Readonly<Record<string, unknown>>) => ReadTotals;
}

/** What any input of a time metric comes down to: a sum and a count, and the durations when there were any. */
interface Reduced {
  /** Whether the input was totals. */
  readonly totals: boolean;
  readonly sum: number;
  readonly count: number;
  /** The durations; `undefined` for totals, and for records measured for a mean only. */
  readonly durations: ArrayLike<number> | undefined;
  /** Whether `durations` may be reordered (measured here, not the caller's). */
  readonly owned: boolean;
  readonly leftOut: number;
}

/**
 * Reduces any input of a time metric, reading its options once; `keep` keeps
 * the durations of records, for a summary, which also takes `method`.
 */
function reduce(fn: string, metric: TimeMetric, input: unknown, o: TimeOptionValues, keep: boolean): Reduced {
  const read = readInput(fn, input, metric.forms);
  if (read.form === 'counts') {
    refuseClock(fn, o, 'totals');
    if (o.method !== undefined) {
      fail('INVALID_OPTION', fn, 'option method applies to the median and p90 of durations; totals have none, so leave method out');
    }
    if (o.sketch !== undefined && o.sketch !== false) {
      fail('INVALID_OPTION', fn, 'option sketch sketches durations; totals have none, so leave sketch out');
    }
    const { sum, count } = (metric.totals ?? readTotals)(fn, read.counts as Readonly<Record<string, unknown>>);
    return { totals: true, sum, count, durations: undefined, owned: false, leftOut: 0 };
  }
  const list = read.form === 'values' ? read.values : read.records;
  if (list.length === 0) fail('EMPTY_INPUT', fn, `no durations or ${metric.forms.records}`);
  if (read.form === 'values') {
    refuseClock(fn, o, 'durations');
    const durations = read.values as ArrayLike<number>;
    return { totals: false, sum: sumDurations(fn, 'durations', durations), count: durations.length, durations, owned: false, leftOut: 0 };
  }
  const into = new Durations(keep, list.length);
  const leftOut = metric.measure(fn, list, o, into);
  if (into.count === 0) fail('EMPTY_INPUT', fn, metric.noneMeasured(list.length, leftOut));
  const sum = into.sum();
  if (!Number.isFinite(sum)) fail('NOT_FINITE', fn, `the durations of the ${metric.forms.records} add up to more than the largest finite number`);
  return { totals: false, sum, count: into.count, durations: into.values(), owned: true, leftOut };
}

/**
 * Reads totals `{ sum, count }`: a sum of durations ≥ 0 and a whole count,
 * consistent with each other (a count of 0 has a sum of 0).
 */
export function readTotals(fn: string, counts: Readonly<Record<string, unknown>>): ReadTotals {
  if (counts['sum'] === undefined) fail('INVALID_TYPE', fn, 'totals.sum is missing; pass totals { sum, count }');
  const sum = readSum(fn, 'totals.sum', counts['sum']);
  if (sum < 0) fail('NEGATIVE_DURATION', fn, `totals.sum ${describeValue(sum)} is negative`);
  const count = readCount(fn, 'totals.count', counts['count']);
  if (count === 0 && sum !== 0) fail('INVALID_COUNTS', fn, `totals.sum ${describeValue(sum)} with totals.count 0`);
  return { sum, count };
}

/** The average of any input: sum / count, where every form meets. */
export function averageTime(fn: string, metric: TimeMetric, input: unknown, options: unknown): number {
  const r = reduce(fn, metric, input, readOptions(fn, options, TIME_OPTION_KEYS), false);
  return meanDuration(fn, r.sum, r.count, r.totals ? 'totals.count is 0: nothing to average' : 'no durations');
}

/** The summary of any input, with the sketch of its durations when `sketch` asks; totals have no order statistics. */
export function timeSummary(fn: string, metric: TimeMetric, input: unknown, options: unknown): TimeSummary<number | undefined> & Partial<WithSketch> {
  const o: TimeOptionValues = readOptions(fn, options, TIME_SUMMARY_OPTION_KEYS);
  const method = readQuantileMethod(fn, o.method);
  const accuracy = readSketchOption(fn, o.sketch);
  const r = reduce(fn, metric, input, o, true);
  if (r.totals || r.durations === undefined) {
    const mean = meanDuration(fn, r.sum, r.count, 'totals.count is 0: nothing to summarise');
    return { count: r.count, sum: r.sum, mean, median: undefined, p90: undefined, min: undefined, max: undefined, leftOut: 0 };
  }
  // the sketch reads the durations before the order statistics may reorder them (either order gives the same sketch)
  const sketch = accuracy === undefined ? undefined : sketchDurations(accuracy, r.durations, r.sum);
  const summary = { ...summarizeDurations(fn, r.durations, r.sum, r.owned, 'no durations', method), leftOut: r.leftOut };
  return sketch === undefined ? summary : { ...summary, sketch };
}
