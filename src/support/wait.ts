import { readClock, type TimeOptions } from '../business-hours/clock.js';
import { countOf } from '../_lib/describe.js';
import type { Timestamp } from '../_lib/timestamp.js';
import { epochInterval, optionalTime, requiredTime } from './ticket.js';
import {
  averageTime,
  measureSpans,
  
  timeSummary,
  type DurationTotals,
  type Span,
  type SpanReader,
  type TimeMetric,
  type TimeSummary,
  type TimeSummaryOptions,
} from './time-metric.js';
import type { SketchRequest, WithSketch } from '../stats/duration-summary.js';

/** A call (or chat) that waited in a queue: when it joined the queue, and when an agent answered. */
export interface QueuedCall {
  /** When the customer joined the queue. */
  readonly queuedAt: Timestamp;
  /** When an agent answered; absent (or `null`) for a call not answered (abandoned, or still waiting). */
  readonly answeredAt?: Timestamp | null;
}

/**
 * The totals average wait time is defined on: `sum`, the total waiting
 * time of the customers served (≥ 0, in your unit), and `count`, the
 * customers served (calls answered).
 */
export type WaitTotals = DurationTotals;

/** Wait times in your unit, or calls with timestamps, as any list or iterable. */
export type WaitTimeList = ArrayLike<number> | Iterable<number> | ArrayLike<QueuedCall> | Iterable<QueuedCall>;

/** What {@link averageWaitTime} accepts. */
export type WaitTimeInput = WaitTimeList | WaitTotals;

/** Reads the interval from joining the queue to being answered. */
export const waitReader: SpanReader<QueuedCall> = {
  records: 'calls',
  startName: 'queuedAt',
  epochSpan: (c) => epochInterval(c.queuedAt, c.answeredAt),
  read(fn: string, c: QueuedCall, i: number, out: Span): void {
    out.start = requiredTime(fn, 'calls', i, 'queuedAt', c.queuedAt);
    out.end = optionalTime(fn, 'calls', i, 'answeredAt', c.answeredAt);
    out.endName = 'answeredAt';
  },
};

const WAIT: TimeMetric = {
  forms: { values: 'durations', records: 'calls', counts: 'totals { sum, count }' },
  noneMeasured: (n) => `no call was answered (${countOf(n, 'call')}, all left out)`,
  measure: (fn, records, options, into) => measureSpans(fn, records, waitReader, readClock(fn, options), into),
};

/**
 * Average wait time: how long customers wait in the queue before an agent
 * answers.
 *
 * @summary Average wait time of the customers served (AWT).
 *
 * @remarks
 * AWT = total waiting time / number of customers served. 500 minutes of
 * waiting over 200 answered calls is 2.5 minutes. From call records, the
 * wait of a call is `answeredAt` − `queuedAt`; calls not answered
 * (abandoned or still waiting) are left out of both sums, as the formula's
 * "customers served" says, and {@link waitTimeSummary} counts them. This is
 * a queue's wait; Zendesk's "requester wait time" is another measure (the
 * time a ticket spends in the new, open and on-hold statuses). From
 * timestamps the result is in milliseconds, or in `unit`; from durations or
 * totals, in their unit.
 *
 * @param input - Wait times in your unit, totals `{ sum, count }` (the
 *   total waiting time and the customers served), or {@link QueuedCall}s;
 *   lists as any `ArrayLike` or iterable.
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for calls only.
 * @returns The average wait time.
 * @throws {@link MetricError} `EMPTY_INPUT` when no call was answered;
 *   `NEGATIVE_DURATION` for an answer before the call was queued, or a
 *   negative wait (`averageWaitTime: durations[3] -5 is negative`);
 *   `INVALID_DATE`, `INVALID_TYPE`, `NOT_FINITE`, `INVALID_COUNTS`,
 *   `INVALID_OPTION` as {@link averageFirstResponseTime}.
 *
 * @example
 * ```ts
 * averageWaitTime({ sum: 500, count: 200 }); // => 2.5
 * averageWaitTime([30, 90, 0]); // => 40
 * const calls = [
 *   { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:01:30Z' },
 *   { queuedAt: '2026-11-03T09:02:00Z', answeredAt: '2026-11-03T09:02:30Z' },
 *   { queuedAt: '2026-11-03T09:05:00Z' },
 * ];
 * averageWaitTime(calls, { unit: 'seconds' }); // => 60
 * ```
 */
export function averageWaitTime(input: WaitTimeInput, options?: TimeOptions): number {
  return averageTime('averageWaitTime', WAIT, input, options);
}

/**
 * Wait times summarised, with the calls not answered left out and counted.
 *
 * @summary Wait time mean, median, p90, min, max and unanswered calls left out.
 *
 * @remarks
 * The wait of each answered call as in {@link averageWaitTime}, summarised
 * as {@link durationSummary} does; `leftOut` counts the calls not answered.
 * From totals `{ sum, count }`, only `count`, `sum` and `mean` are known.
 *
 * @param input - As for {@link averageWaitTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for calls only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageWaitTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * const calls = [
 *   { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:01:30Z' },
 *   { queuedAt: '2026-11-03T09:02:00Z', answeredAt: '2026-11-03T09:02:30Z' },
 *   { queuedAt: '2026-11-03T09:05:00Z' },
 * ];
 * waitTimeSummary(calls, { unit: 'seconds' }); // => { count: 2, sum: 120, mean: 60, median: 60, p90: 84, min: 30, max: 90, leftOut: 1 }
 * ```
 */
export function waitTimeSummary(input: WaitTimeList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function waitTimeSummary(input: WaitTimeList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function waitTimeSummary(input: WaitTimeList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function waitTimeSummary(input: WaitTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function waitTimeSummary(input: WaitTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function waitTimeSummary(input: WaitTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('waitTimeSummary', WAIT, input, options);
}
