import { readClock, type TimeOptions } from '../business-hours/clock.js';
import { countOf } from '../_lib/describe.js';
import type { TicketTimeInput, TicketTimeList } from './first-response.js';
import { isHistory } from './history.js';
import { epochInterval, optionalTime, requiredTime, type Ticket } from './ticket.js';
import { historySpan } from './ticket-metrics.js';
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

/** Reads the interval from creation to resolution of a ticket. */
export const resolutionReader: SpanReader<Ticket> = {
  records: 'tickets',
  startName: 'createdAt',
  epochSpan: (t) => ((t as { events?: unknown }).events === undefined ? epochInterval(t.createdAt, t.resolvedAt) : NaN),
  read(fn: string, t: Ticket, i: number, out: Span): void {
    if (isHistory(t)) {
      historySpan(fn, t, i, 'tickets', out, 'resolution');
      return;
    }
    out.start = requiredTime(fn, 'tickets', i, 'createdAt', t.createdAt);
    out.end = optionalTime(fn, 'tickets', i, 'resolvedAt', t.resolvedAt);
    out.endName = 'resolvedAt';
  },
};

const RESOLUTION: TimeMetric = {
  forms: { values: 'durations', records: 'tickets', counts: 'totals { sum, count }' },
  noneMeasured: (n) => `no ticket is resolved yet (${countOf(n, 'ticket')}, all left out)`,
  measure: (fn, records, options, into) => measureSpans(fn, records, resolutionReader, readClock(fn, options), into),
};

/**
 * Average resolution time: how long tickets take from creation to
 * resolution.
 *
 * @summary Average resolution time over resolved tickets.
 *
 * @remarks
 * Resolution time of a ticket = `resolvedAt` − `createdAt`. Average =
 * Σ resolution times / number of resolved tickets. Open tickets are left
 * out, as help desks leave them out; {@link resolutionTimeSummary} says how
 * many. `resolvedAt` is whichever resolution you report on: the latest
 * (Zendesk's "full resolution time") or the first ("first resolution time").
 * From timestamps the result is in milliseconds, or in `unit`; from
 * durations or totals, in their unit. O(n).
 *
 * @param input - Resolution times in your unit, totals `{ sum, count }`,
 *   or {@link Ticket}s; lists as any `ArrayLike` or iterable.
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for tickets only.
 * @returns The average resolution time.
 * @throws {@link MetricError} `EMPTY_INPUT` when nothing is resolved;
 *   `NEGATIVE_DURATION` for a resolution before its ticket's creation, or a
 *   negative duration or sum; `INVALID_DATE`, `INVALID_TYPE`,
 *   `NOT_FINITE`, `INVALID_COUNTS`, `INVALID_OPTION` as
 *   {@link averageFirstResponseTime}.
 *
 * @example
 * ```ts
 * averageResolutionTime([2, 4, 9]); // => 5
 * averageResolutionTime({ sum: 1200, count: 48 }); // => 25
 * const tickets = [
 *   { createdAt: '2026-11-02T09:00:00Z', resolvedAt: '2026-11-02T15:00:00Z' },
 *   { createdAt: '2026-11-02T10:00:00+01:00', resolvedAt: '2026-11-03T09:00:00Z' },
 *   { createdAt: '2026-11-03T08:00:00Z', resolvedAt: null },
 * ];
 * averageResolutionTime(tickets, { unit: 'hours' }); // => 15
 * ```
 */
export function averageResolutionTime(input: TicketTimeInput, options?: TimeOptions): number {
  return averageTime('averageResolutionTime', RESOLUTION, input, options);
}

/**
 * Resolution times summarised: mean, median, p90, range, and how many
 * tickets were left out because they are not resolved.
 *
 * @summary Resolution time mean, median, p90, min, max and open tickets left out.
 *
 * @remarks
 * The resolution time of each resolved ticket as in
 * {@link averageResolutionTime}, summarised as {@link durationSummary} does;
 * `leftOut` counts the open tickets. From totals, only `count`, `sum` and
 * `mean` are known.
 *
 * @param input - As for {@link averageResolutionTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for tickets only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageResolutionTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * resolutionTimeSummary({ sum: 1200, count: 48 }); // => { count: 48, sum: 1200, mean: 25, median: undefined, p90: undefined, min: undefined, max: undefined, leftOut: 0 }
 * ```
 */
export function resolutionTimeSummary(input: TicketTimeList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function resolutionTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function resolutionTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function resolutionTimeSummary(input: DurationTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function resolutionTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function resolutionTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('resolutionTimeSummary', RESOLUTION, input, options);
}
