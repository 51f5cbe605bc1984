import { readClock, type TimeOptions } from '../business-hours/clock.js';
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

/** A complaint, or an escalated issue: when it was filed or escalated, and when it was resolved. */
export interface Complaint {
  /** When the complaint was filed, or the issue escalated. */
  readonly filedAt: Timestamp;
  /** When it was resolved to the customer's satisfaction; absent (or `null`) while open. */
  readonly resolvedAt?: Timestamp | null;
}

/** Durations in your unit, one complaint, or many, as any list or iterable. */
export type ComplaintList = ArrayLike<number> | Iterable<number> | Complaint | ArrayLike<Complaint> | Iterable<Complaint>;

/** What {@link averageComplaintResolutionTime} accepts: durations, totals, one complaint, or many. */
export type ComplaintInput = ComplaintList | DurationTotals;

/** Reads the interval from filing to resolution of a complaint. */
export const complaintReader: SpanReader<Complaint> = {
  records: 'complaints',
  startName: 'filedAt',
  epochSpan: (c) => epochInterval(c.filedAt, c.resolvedAt),
  read(fn: string, c: Complaint, i: number, out: Span): void {
    out.start = requiredTime(fn, 'complaints', i, 'filedAt', c.filedAt);
    out.end = optionalTime(fn, 'complaints', i, 'resolvedAt', c.resolvedAt);
    out.endName = 'resolvedAt';
  },
};

const COMPLAINT: TimeMetric = {
  forms: { values: 'durations', records: 'complaints', counts: 'totals { sum, count }', singleRecordField: 'filedAt' },
  noneMeasured: (n) => (n === 1 ? 'the complaint is not resolved yet' : `no complaint is resolved yet (${n} complaints, all left out)`),
  measure: (fn, records, options, into) => measureSpans(fn, records, complaintReader, readClock(fn, options), into),
};

/**
 * Average complaint resolution time: from the moment a complaint is filed
 * or escalated until it is resolved; for one complaint, its resolution time.
 *
 * @summary Average resolution time of complaints (of one: its resolution time).
 *
 * @remarks
 * Complaint resolution time = `resolvedAt` − `filedAt`; for many,
 * Σ resolution times / number of resolved complaints. Open complaints are
 * left out ({@link complaintResolutionTimeSummary} says how many). A
 * complaint filed Monday 10:00 and resolved Wednesday 10:00 took 2 days.
 * From timestamps the result is in milliseconds, or in `unit` (a day is 24
 * hours of elapsed time); from durations or totals, in their unit.
 *
 * @param input - One {@link Complaint}, a list of them, resolution times
 *   in your unit, or totals `{ sum, count }`; lists as any `ArrayLike` or
 *   iterable.
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for complaints only.
 * @returns The resolution time, or the average resolution time.
 * @throws {@link MetricError} `EMPTY_INPUT` when no complaint is resolved;
 *   `NEGATIVE_DURATION` for a resolution before the filing; `INVALID_DATE`,
 *   `INVALID_TYPE`, `NOT_FINITE`, `INVALID_COUNTS`, `INVALID_OPTION` as
 *   {@link averageFirstResponseTime}.
 *
 * @example
 * ```ts
 * averageComplaintResolutionTime({ filedAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' }, { unit: 'days' }); // => 2
 * averageComplaintResolutionTime([1, 2, 6]); // => 3
 * ```
 */
export function averageComplaintResolutionTime(input: ComplaintInput, options?: TimeOptions): number {
  return averageTime('averageComplaintResolutionTime', COMPLAINT, input, options);
}

/**
 * Complaint resolution times summarised, with the open complaints left out
 * and counted.
 *
 * @summary Complaint resolution time mean, median, p90, min, max and open complaints left out.
 *
 * @remarks
 * Each resolved complaint's resolution time as in
 * {@link averageComplaintResolutionTime}, summarised as
 * {@link durationSummary} does; `leftOut` counts the open complaints. From
 * totals, only `count`, `sum` and `mean` are known.
 *
 * @param input - As for {@link averageComplaintResolutionTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for complaints only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageComplaintResolutionTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * const complaints = [
 *   { filedAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' },
 *   { filedAt: '2026-11-03T09:00:00Z', resolvedAt: '2026-11-04T09:00:00Z' },
 *   { filedAt: '2026-11-05T12:00:00Z' },
 * ];
 * complaintResolutionTimeSummary(complaints, { unit: 'days' }); // => { count: 2, sum: 3, mean: 1.5, median: 1.5, p90: 1.9, min: 1, max: 2, leftOut: 1 }
 * ```
 */
export function complaintResolutionTimeSummary(input: ComplaintList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function complaintResolutionTimeSummary(input: ComplaintList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function complaintResolutionTimeSummary(input: ComplaintList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function complaintResolutionTimeSummary(input: DurationTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function complaintResolutionTimeSummary(input: ComplaintInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function complaintResolutionTimeSummary(input: ComplaintInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('complaintResolutionTimeSummary', COMPLAINT, input, options);
}
