import { readClock, refuseClock, type TimeOptions } from '../business-hours/clock.js';
import { countOf, describeValue } from '../_lib/describe.js';
import { rejectDuration, type Durations } from '../_lib/durations.js';
import type { Timestamp } from '../_lib/timestamp.js';
import { fail, readCount, readSum, type Count } from '../_lib/validate.js';
import { optionalTime } from './ticket.js';
import {
  averageTime,
  measureSpans,
  readRecord,
  readTotals,
  rejectOrder,
  timeSummary,
  type DurationTotals,
  type ReadTotals,
  type Span,
  type SpanReader,
  type TimeMetric,
  type TimeOptionValues,
  type TimeSummary,
  type TimeSummaryOptions,
} from './time-metric.js';
import type { SketchRequest, WithSketch } from '../stats/duration-summary.js';

/** The parts of one handled call (or chat), each a duration ≥ 0 in your unit. */
export interface HandledCall {
  /** Time spent talking with the customer. */
  readonly talkTime: number;
  /** Time the customer spent on hold during the call (0 if none). */
  readonly holdTime: number;
  /** Wrap-up work after the call (0 if none). */
  readonly afterCallWork: number;
}

/**
 * A call (or chat) with the timestamps of its handling: answered, ended,
 * wrapped up. Its handle time runs from `answeredAt` to `wrapUpEndedAt`:
 * talk and hold until `endedAt`, then the after-call work.
 */
export interface TimedCall {
  /** When an agent answered, and the handling began; `null` for a call not answered, which is left out. */
  readonly answeredAt: Timestamp | null;
  /**
   * When the conversation ended (talk and hold are over). Optional; when
   * given, it must lie between `answeredAt` and `wrapUpEndedAt`.
   */
  readonly endedAt?: Timestamp | null;
  /**
   * When the agent finished the after-call work (the same as `endedAt` when
   * there was none). Absent (or `null`) while the call or its wrap-up goes
   * on: the call is then left out.
   */
  readonly wrapUpEndedAt?: Timestamp | null;
}

/** The totals average handle time is defined on: the three parts summed over the calls, and the calls. */
export interface HandleTimeTotals {
  /** Total talk time. */
  readonly talkTime: number | bigint;
  /** Total hold time. */
  readonly holdTime: number | bigint;
  /** Total after-call work. */
  readonly afterCallWork: number | bigint;
  /** Number of calls handled. */
  readonly count: Count;
}

/** Handle times in your unit, calls by their parts, or calls with timestamps, as any list or iterable. */
export type HandleTimeList =
  | ArrayLike<number>
  | Iterable<number>
  | ArrayLike<HandledCall>
  | Iterable<HandledCall>
  | ArrayLike<TimedCall>
  | Iterable<TimedCall>;

/** What {@link averageHandleTime} accepts. */
export type HandleTimeInput = HandleTimeList | DurationTotals | HandleTimeTotals;

const PARTS = ['talkTime', 'holdTime', 'afterCallWork'] as const satisfies readonly (keyof HandledCall)[];

/** Whether a call or totals object gives any of the three parts (and is read by them). */
function hasParts(record: CallFields): boolean {
  return PARTS.some((part) => record[part] !== undefined);
}

/** A call as read: its fields are checked here, whatever its type says. */
type CallFields = { readonly [K in keyof TimedCall | keyof HandledCall]?: unknown };

/** Reads the interval from the answer to the end of the wrap-up, checking `endedAt` between them. */
const timedReader: SpanReader<CallFields> = {
  records: 'calls',
  startName: 'answeredAt',
  read(fn: string, c: CallFields, i: number, out: Span): void {
    if (hasParts(c)) {
      fail('INVALID_TYPE', fn, `calls[${i}] gives talkTime, holdTime or afterCallWork, and calls[0] gives none; give every call its parts, or every call its timestamps`, i);
    }
    if (c.answeredAt === undefined) fail('INVALID_TYPE', fn, `calls[${i}].answeredAt is missing; give null for a call not answered`, i);
    const answered = optionalTime(fn, 'calls', i, 'answeredAt', c.answeredAt);
    const ended = optionalTime(fn, 'calls', i, 'endedAt', c.endedAt);
    const wrapped = optionalTime(fn, 'calls', i, 'wrapUpEndedAt', c.wrapUpEndedAt);
    out.start = answered;
    out.endName = 'wrapUpEndedAt';
    if (answered !== answered) {
      out.end = NaN;
      return;
    }
    if (ended < answered) rejectOrder(fn, answered, ended, 'calls', i, 'answeredAt', 'endedAt');
    if (wrapped < ended) rejectOrder(fn, ended, wrapped, 'calls', i, 'endedAt', 'wrapUpEndedAt');
    out.end = wrapped;
  },
};

/** Each call's handle time from its parts: talk + hold + after-call work, every part present and ≥ 0. */
function measureParts(fn: string, calls: ArrayLike<unknown>, into: Durations): void {
  for (let i = 0; i < calls.length; i++) {
    const c: CallFields = readRecord(fn, calls, i, 'calls');
    into.add(readPart(fn, i, 'talkTime', c.talkTime) + readPart(fn, i, 'holdTime', c.holdTime) + readPart(fn, i, 'afterCallWork', c.afterCallWork));
  }
}

/** One part of call `i`: a finite number ≥ 0, present. */
function readPart(fn: string, i: number, part: string, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
    if (v === undefined) fail('INVALID_TYPE', fn, `calls[${i}].${part} is missing; give 0 when there was none`, i);
    rejectDuration(fn, `calls[${i}].${part}`, v, i);
  }
  return v as number;
}

/** Totals `{ sum, count }`, or the parts summed over the calls `{ talkTime, holdTime, afterCallWork, count }`. */
function readHandleTotals(fn: string, totals: Readonly<Record<string, unknown>>): ReadTotals {
  if (!hasParts(totals)) return readTotals(fn, totals);
  if (totals['count'] === undefined) {
    fail('INVALID_TYPE', fn, 'totals.count is missing: pass { talkTime, holdTime, afterCallWork, count } with the number of calls');
  }
  let sum = 0;
  for (const part of PARTS) {
    const v = readSum(fn, `totals.${part}`, totals[part]);
    if (v < 0) fail('NEGATIVE_DURATION', fn, `totals.${part} ${describeValue(v)} is negative`);
    sum += v;
  }
  const count = readCount(fn, 'totals.count', totals['count']);
  if (count === 0 && sum !== 0) fail('INVALID_COUNTS', fn, 'totals of talk, hold or after-call work time with totals.count 0');
  if (!Number.isFinite(sum)) fail('NOT_FINITE', fn, 'the talk, hold and after-call work times add up to more than the largest finite number');
  return { sum, count };
}

const HANDLE: TimeMetric = {
  forms: {
    values: 'handle times',
    records: 'calls',
    counts: 'totals { sum, count } or { talkTime, holdTime, afterCallWork, count }',
  },
  noneMeasured: (n) =>
    `no call has been handled to the end of its wrap-up (${countOf(n, 'call')}, all left out: not answered, or without wrapUpEndedAt)`,
  measure(fn: string, calls: ArrayLike<unknown>, options: TimeOptionValues, into: Durations): number {
    if (hasParts(readRecord(fn, calls, 0, 'calls'))) {
      refuseClock(fn, options, 'talk, hold and after-call work times');
      measureParts(fn, calls, into);
      return 0;
    }
    return measureSpans(fn, calls, timedReader, readClock(fn, options), into);
  },
  totals: readHandleTotals,
};

/**
 * Average handle time: the time an agent spends on a call, from the first
 * word through the wrap-up.
 *
 * @summary Average handle time (AHT): (talk + hold + after-call work) / calls.
 *
 * @remarks
 * AHT = (total talk time + total hold time + total after-call work) /
 * number of calls handled. Four forms, one result:
 *
 * - handle times, one per call, in your unit;
 * - totals `{ sum, count }`, or the parts summed over the calls
 *   `{ talkTime, holdTime, afterCallWork, count }`;
 * - calls by their parts `{ talkTime, holdTime, afterCallWork }`, in your
 *   unit: a call's handle time is their sum. Every call gives all three
 *   (0 for no hold or no wrap-up), so that a missing field cannot be
 *   mistaken for zero;
 * - calls with timestamps {@link TimedCall} `{ answeredAt, endedAt?, wrapUpEndedAt }`:
 *   a call's handle time is `wrapUpEndedAt` − `answeredAt` (talk and hold
 *   up to `endedAt`, then after-call work), in milliseconds or `unit`, of
 *   working time with `calendar`. Calls not answered (`answeredAt: null`)
 *   or not wrapped up yet (no `wrapUpEndedAt`) are left out, and
 *   {@link handleTimeSummary} counts them.
 *
 * The first call decides which kind the calls are: one that gives any part
 * is read by its parts (its timestamps, if any, are not read), and every
 * call must then give its parts. Sums are blocked and compensated (exact for
 * whole numbers). `unit` and `calendar` apply to timestamps only.
 *
 * @param input - Handle times, totals, calls by their parts, or
 *   {@link TimedCall}s; lists as any `ArrayLike` or iterable.
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for calls with timestamps only.
 * @returns The average handle time.
 * @throws {@link MetricError} `EMPTY_INPUT` for no calls, or none handled
 *   to its end; `NEGATIVE_DURATION` for a negative part, sum or handle
 *   time, or timestamps out of order; `NOT_FINITE` or `INVALID_TYPE` for a
 *   part that is not a finite number, or missing (naming the call's index),
 *   and for calls of both kinds; `INVALID_DATE` for a timestamp that cannot
 *   be read; `INVALID_COUNTS` for totals with 0 calls and some time;
 *   `INVALID_OPTION` for an unknown option, or `unit` or `calendar` with
 *   handle times, totals or parts.
 *
 * @example
 * ```ts
 * averageHandleTime({ talkTime: 3000, holdTime: 600, afterCallWork: 900, count: 10 }); // => 450
 * const calls = [
 *   { talkTime: 240, holdTime: 30, afterCallWork: 60 },
 *   { talkTime: 420, holdTime: 0, afterCallWork: 90 },
 * ];
 * averageHandleTime(calls); // => 420
 * averageHandleTime([330, 510]); // => 420
 * const logged = [
 *   { answeredAt: '2026-11-03T09:00:00Z', endedAt: '2026-11-03T09:05:00Z', wrapUpEndedAt: '2026-11-03T09:06:00Z' },
 *   { answeredAt: '2026-11-03T09:10:00Z', endedAt: '2026-11-03T09:18:00Z', wrapUpEndedAt: '2026-11-03T09:20:00Z' },
 *   { answeredAt: null },
 * ];
 * averageHandleTime(logged, { unit: 'minutes' }); // => 8
 * ```
 */
export function averageHandleTime(input: HandleTimeInput, options?: TimeOptions): number {
  return averageTime('averageHandleTime', HANDLE, input, options);
}

/**
 * Handle times summarised: mean, median, p90, range, and the calls left
 * out because they were not answered or not wrapped up yet.
 *
 * @summary Handle time mean, median, p90, min, max and calls left out.
 *
 * @remarks
 * Each call's handle time as in {@link averageHandleTime}, summarised as
 * {@link durationSummary} does; `leftOut` counts the calls with timestamps
 * that were not answered or whose wrap-up has not ended (0 for the other
 * forms). From totals, only `count`, `sum` and `mean` are known.
 *
 * @param input - As for {@link averageHandleTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for calls with timestamps only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageHandleTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * handleTimeSummary([330, 510, 300, 420]); // => { count: 4, sum: 1560, mean: 390, median: 375, p90: 483, min: 300, max: 510, leftOut: 0 }
 * // nearest rank (the 2nd and the 4th of four), as many contact-centre reports give it
 * handleTimeSummary([330, 510, 300, 420], { method: 'inverted-cdf' }); // => { count: 4, sum: 1560, mean: 390, median: 330, p90: 510, min: 300, max: 510, leftOut: 0 }
 * handleTimeSummary({ talkTime: 3000, holdTime: 600, afterCallWork: 900, count: 10 }); // => { count: 10, sum: 4500, mean: 450, median: undefined, p90: undefined, min: undefined, max: undefined, leftOut: 0 }
 * ```
 */
export function handleTimeSummary(input: HandleTimeList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function handleTimeSummary(input: HandleTimeList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function handleTimeSummary(input: HandleTimeList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function handleTimeSummary(input: DurationTotals | HandleTimeTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function handleTimeSummary(input: HandleTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function handleTimeSummary(input: HandleTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('handleTimeSummary', HANDLE, input, options);
}
