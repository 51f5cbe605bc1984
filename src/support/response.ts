import { elapsed, readClock, type TimeOptions } from '../business-hours/clock.js';
import { countOf } from '../_lib/describe.js';
import type { Durations } from '../_lib/durations.js';
import { fail } from '../_lib/validate.js';
import type { TicketTimeInput, TicketTimeList } from './first-response.js';
import { isHistory } from './history.js';
import { readConversation, requiredTime, type Ticket } from './ticket.js';
import { scanHistory } from './ticket-metrics.js';
import {
  averageTime,
  durationOf,
  readRecord,
  
  timeSummary,
  type DurationTotals,
  type TimeMetric,
  type TimeOptionValues,
  type TimeSummary,
  type TimeSummaryOptions,
} from './time-metric.js';
import type { SketchRequest, WithSketch } from '../stats/duration-summary.js';

/**
 * Every response of every ticket's conversation: each run of customer
 * messages starts a clock at its first message, and the next agent message
 * stops it. A run still waiting for a reply is left out and counted.
 */
function measureResponses(fn: string, tickets: ArrayLike<unknown>, options: TimeOptionValues, into: Durations): number {
  const clock = readClock(fn, options);
  let leftOut = 0;
  for (let i = 0; i < tickets.length; i++) {
    const t = readRecord(fn, tickets, i, 'tickets') as Ticket;
    if (isHistory(t)) {
      // a history's responses are its first reply and its next replies, as ticketMetrics measures them
      const scan = scanHistory(fn, t, i, 'tickets');
      if (scan.firstReplyAt === scan.firstReplyAt) into.add(elapsed(clock, scan.created, scan.firstReplyAt));
      else leftOut++;
      for (let w = 0; w < scan.waits; w++) into.add(elapsed(clock, scan.waitStart[w]!, scan.waitEnd[w]!));
      if (scan.unanswered) leftOut++;
      continue;
    }
    const created = requiredTime(fn, 'tickets', i, 'createdAt', t.createdAt);
    const c = readConversation(fn, t, i, created);
    if (c === undefined) {
      fail(
        'INVALID_TYPE',
        fn,
        `tickets[${i}] has no messages; response times are measured on the conversation (give messages: [] for a ticket without any)`,
        i,
      );
    }
    let runStart = -1;
    // internal notes and bot and system messages neither start nor stop a wait
    for (let k = 0; k < c.at.length; k++) {
      if (c.fromCustomer[k]) {
        if (runStart < 0) runStart = k;
      } else if (c.fromAgent[k] && runStart >= 0) {
        into.add(durationOf(fn, clock, c.at[runStart]!, c.at[k]!, 'tickets', i, runStart, k));
        runStart = -1;
      }
    }
    if (runStart >= 0) leftOut++;
  }
  return leftOut;
}

const RESPONSE: TimeMetric = {
  forms: { values: 'durations', records: 'tickets', counts: 'totals { sum, count }' },
  noneMeasured: (n, leftOut) =>
    `no customer message has a reply yet (${countOf(n, 'ticket')}; ${countOf(leftOut, 'run')} of customer messages waiting, left out)`,
  measure: measureResponses,
};

/**
 * Average response time: how long customers wait for a reply at every turn
 * of a conversation, not only the first.
 *
 * @summary Average response time over every reply of every conversation.
 *
 * @remarks
 * Within a ticket's messages, each run of consecutive customer messages
 * starts a clock at its first message; the next agent message stops it and
 * is one response. Average = Σ response times / number of responses, over
 * all tickets. Customer 09:00, agent 09:10, customer 09:20, customer 09:25,
 * agent 09:45 gives responses of 10 and 25 minutes, an average of 17.5.
 * Measuring from the first message of a run is how a customer who writes
 * twice experiences the wait; a help desk that measures from the last
 * customer message before the reply (Re:amaze documents this) would give 20
 * minutes for the second response. A run still waiting for a reply is left
 * out and counted ({@link responseTimeSummary}); agent messages that follow
 * an agent message are not responses. Only public messages count:
 * internal notes (`public: false`) and bot and system messages neither
 * start nor stop a wait. Every ticket must carry `messages`, or be a
 * {@link TicketHistory}, whose responses are its first reply time and its
 * next reply times as {@link ticketMetrics} measures them.
 *
 * The denominator is the number of responses (every answered run of
 * customer messages), not the number of inquiries: a formula of Σ response
 * times / total inquiries divides by tickets, and gives a ticket of three
 * answered turns the weight of one; here every reply weighs the same,
 * and runs still waiting are left out (and counted) rather than divided
 * by. For the per-inquiry figure, divide the summary's `sum` by your count
 * of inquiries.
 * From timestamps the result is in milliseconds, or in `unit`; from
 * durations or totals, in their unit.
 *
 * @param input - Response times in your unit, totals `{ sum, count }`, or
 *   {@link Ticket}s with `messages`; lists as any `ArrayLike` or iterable.
 * @param options - {@link TimeOptions}: `unit` and `calendar` (business hours), for tickets only.
 * @returns The average response time.
 * @throws {@link MetricError} `EMPTY_INPUT` when no customer message has a
 *   reply; `NEGATIVE_DURATION` for messages out of time order or before the
 *   ticket's creation; `INVALID_TYPE` for a ticket without `messages` (or
 *   `events`), a message whose `from` is not `'customer'`, `'agent'`,
 *   `'bot'` or `'system'`, or whose `public` is not a boolean; `INVALID_DATE`,
 *   `NOT_FINITE`, `INVALID_COUNTS`, `INVALID_OPTION` as
 *   {@link averageFirstResponseTime}.
 *
 * @example
 * ```ts
 * const ticket = {
 *   createdAt: '2026-11-03T09:00:00Z',
 *   messages: [
 *     { at: '2026-11-03T09:00:00Z', from: 'customer' },
 *     { at: '2026-11-03T09:10:00Z', from: 'agent' },
 *     { at: '2026-11-03T09:20:00Z', from: 'customer' },
 *     { at: '2026-11-03T09:25:00Z', from: 'customer' },
 *     { at: '2026-11-03T09:45:00Z', from: 'agent' },
 *   ],
 * };
 * averageResponseTime([ticket], { unit: 'minutes' }); // => 17.5
 * averageResponseTime({ sum: 90, count: 4 }); // => 22.5
 * ```
 */
export function averageResponseTime(input: TicketTimeInput, options?: TimeOptions): number {
  return averageTime('averageResponseTime', RESPONSE, input, options);
}

/**
 * Response times summarised, with the customer messages still waiting for a
 * reply left out and counted.
 *
 * @summary Response time mean, median, p90, min, max and unanswered runs left out.
 *
 * @remarks
 * Every response as in {@link averageResponseTime}, summarised as
 * {@link durationSummary} does. `count` is the number of responses, and
 * `leftOut` the number of runs of customer messages without a reply yet
 * (at most one per ticket: its last). From totals, only `count`, `sum` and
 * `mean` are known.
 *
 * @param input - As for {@link averageResponseTime}.
 * @param options - {@link TimeSummaryOptions}: `unit` and `calendar` (business hours), for tickets only; `method`, the quantile definition of `median` and `p90`, and `sketch`, for the quantile sketch of the durations ({@link WithSketch}), for all but totals.
 * @returns A {@link TimeSummary}, with `sketch` when the options ask for it.
 * @throws {@link MetricError} As {@link averageResponseTime}, and `INVALID_OPTION` for an unknown `method`, a bad `sketch`, or either given with totals.
 *
 * @example
 * ```ts
 * responseTimeSummary([10, 25, 40, 5]); // => { count: 4, sum: 80, mean: 20, median: 17.5, p90: 35.5, min: 5, max: 40, leftOut: 0 }
 * ```
 */
export function responseTimeSummary(input: TicketTimeList, options: TimeSummaryOptions & SketchRequest): TimeSummary & WithSketch;
export function responseTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions & { readonly sketch?: false }): TimeSummary;
export function responseTimeSummary(input: TicketTimeList, options?: TimeSummaryOptions): TimeSummary & Partial<WithSketch>;
export function responseTimeSummary(input: DurationTotals, options?: TimeSummaryOptions): TimeSummary<undefined>;
export function responseTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch>;
export function responseTimeSummary(input: TicketTimeInput, options?: TimeSummaryOptions): TimeSummary<number | undefined> & Partial<WithSketch> {
  return timeSummary('responseTimeSummary', RESPONSE, input, options);
}
