import { readClock, type TimeOptions } from '../business-hours/clock.js';
import { countOf } from '../_lib/describe.js';
import { isHistory, type TicketHistory } from './history.js';
import { epochInterval, firstReplyIndex, optionalTime, readConversation, requiredTime, type Ticket } from './ticket.js';
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

/** Durations in your unit, or tickets with timestamps or with their histories, as any list or iterable. */
export type TicketTimeList =
  | ArrayLike<number>
  | Iterable<number>
  | ArrayLike<Ticket | TicketHistory>
  | Iterable<Ticket | TicketHistory>;

/**
 * What the ticket time metrics accept: durations in your unit, totals
 * `{ sum, count }`, or tickets with timestamps or with their histories.
 */
export type TicketTimeInput = TicketTimeList | DurationTotals;

/** Reads the interval from creation to the first agent reply of a ticket. */
export const firstResponseReader: SpanReader<Ticket> = {
  records: 'tickets',
  startName: 'createdAt',
  // a history carries `events` and is read by its scan
  epochSpan: (t) => ((t as { events?: unknown }).events === undefined ? epochInterval(t.createdAt, t.firstResponseAt) : NaN),
  read(fn: string, t: Ticket, i: number, out: Span): void {
    if (isHistory(t)) {
      historySpan(fn, t, i, 'tickets', out, 'firstReply');
      return;
    }
    out.start = requiredTime(fn, 'tickets', i, 'createdAt', t.createdAt);
    const given = t.firstResponseAt;
    if (given !== undefined && given !== null) {
      out.end = optionalTime(fn, 'tickets', i, 'firstResponseAt', given);
      out.endName = 'firstResponseAt';
      return;
    }
    const conversation = readConversation(fn, t, i, out.start);
    const k = conversation === undefined ? -1 : firstReplyIndex(conversation);
    out.end = k < 0 ? NaN : conversation!.at[k]!;
    out.endName = k;
  },
};

const FIRST_RESPONSE: TimeMetric = {
  forms: { values: 'durations', records: 'tickets', counts: 'totals { sum, count }' },
  noneMeasured: (n) => `no ticket has a first response yet (${countOf(n, 'ticket')}, all left out)`,
  measure: (fn, records, options, into) => measureSpans(fn, records, firstResponseReader, readClock(fn, options), into),
};

/**
 * Average first response time: how long customers wait for the first reply.
 *
 * @summary Average first response time (FRT) over answered tickets.
 *
 * @remarks
 * FRT of a ticket = first agent reply − creation. Average = Σ FRT / number
 * of tickets with a first response. Tickets without a reply yet are left
 * out, as Zendesk, Intercom and Help Scout leave them out; the summary
 * ({@link firstResponseTimeSummary}) says how many.
 *
 * The formula Σ FRT / resolved tickets divides by the resolved tickets;
 * help desks divide by the tickets that were answered, and so does this
 * function (an answered ticket has a first response whether or not it is
 * resolved, and a ticket resolved without a reply has none).
 *
 * The first reply is `firstResponseAt` when given; otherwise the first
 * public agent message of `messages` (internal notes, `public: false`, and
 * bot and system messages are never replies). When the first message is
 * the agent's public message (a ticket the agent created), that message is
 * not a reply, and the first response is the agent's next public message,
 * as in Zendesk; keep an internal opening note in `messages`, so that the
 * public message after it counts. A {@link TicketHistory} (a record with
 * `events`) gives its first reply time as {@link ticketMetrics} measures
 * it. The clock starts at `createdAt`.
 *
 * From timestamps the result is in milliseconds, or in `unit`, of elapsed
 * time, or of working time with `calendar` (see {@link businessDuration});
 * from durations or totals it is in their unit. O(n), in one pass over the
 * tickets, without storing their durations.
 *
 * @param input - First response times in your unit, totals
 *   `{ sum, count }`, {@link Ticket}s or {@link TicketHistory} records; lists
 *   as any `ArrayLike` or iterable (a `Set`, a generator).
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for tickets only.
 * @returns The average first response time.
 * @throws {@link MetricError} `EMPTY_INPUT` when nothing was answered;
 *   `NEGATIVE_DURATION` for a reply before its ticket's creation or
 *   messages out of time order, and for a negative duration or sum;
 *   `INVALID_DATE` for a timestamp that cannot be read or has no offset;
 *   `INVALID_TYPE`, `NOT_FINITE` for a bad value (naming its index);
 *   `INVALID_COUNTS` for inconsistent totals; `INVALID_OPTION` for an
 *   unknown unit, a calendar not made by `businessCalendar`, or a unit or
 *   calendar given with durations or totals.
 *
 * @example
 * ```ts
 * averageFirstResponseTime([5, 15, 40]); // => 20
 * averageFirstResponseTime({ sum: 600, count: 40 }); // => 15
 * const tickets = [
 *   { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' },
 *   { createdAt: '2026-11-03T09:30:00Z', firstResponseAt: '2026-11-03T10:00:00Z' },
 *   { createdAt: '2026-11-03T11:00:00Z' },
 * ];
 * averageFirstResponseTime(tickets, { unit: 'minutes' }); // => 20
 * ```
 */
export function averageFirstResponseTime(input: TicketTimeInput, options?: TimeOptions): number {
  return averageTime('averageFirstResponseTime', FIRST_RESPONSE, input, options);
}

/**
 * First response times summarised: mean, median, p90, range, and how many
 * tickets were left out for want of a reply.
 *
 * @summary FRT mean, median, p90, min, max and tickets left out.
 *
 * @remarks
 * The first response time of each answered ticket as in
 * {@link averageFirstResponseTime}, summarised as {@link durationSummary}
 * does; `leftOut` counts the tickets without a first response. From totals,
 * only `count`, `sum` and `mean` are known.
 *
 * @param input - As for {@link averageFirstResponseTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for tickets only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageFirstResponseTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * const tickets = [
 *   { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' },
 *   { createdAt: '2026-11-03T09:30:00Z', firstResponseAt: '2026-11-03T10:00:00Z' },
 *   { createdAt: '2026-11-03T11:00:00Z' },
 * ];
 * firstResponseTimeSummary(tickets, { unit: 'minutes' }); // => { count: 2, sum: 40, mean: 20, median: 20, p90: 28, min: 10, max: 30, leftOut: 1 }
 * // the day's sketch, to keep in a column and merge with other days
 * firstResponseTimeSummary(tickets, { unit: 'minutes', sketch: true }).sketch.count; // => 2
 * ```
 */
export function firstResponseTimeSummary(input: TicketTimeList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function firstResponseTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function firstResponseTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function firstResponseTimeSummary(input: DurationTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function firstResponseTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function firstResponseTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('firstResponseTimeSummary', FIRST_RESPONSE, input, options);
}
