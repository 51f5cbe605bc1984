import { countOf } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { fail, readCount, readOptions, type Count } from '../_lib/validate.js';
import { isHistory, type TicketHistory } from './history.js';
import { agentReplies, optionalTime, readConversation, requiredTime, type Ticket } from './ticket.js';
import { scanHistory } from './ticket-metrics.js';
import { readRecord, rejectOrder } from './time-metric.js';

/** The counts first contact resolution is defined on. */
export interface FcrCounts {
  /** Tickets resolved with a single agent reply. */
  readonly resolvedOnFirstContact: Count;
  /** Tickets resolved (with at least one agent reply). */
  readonly resolved: Count;
}

/** What {@link firstContactResolutionRate} accepts: tickets with messages or histories (any `ArrayLike` or iterable), or counts. */
export type FcrInput = ArrayLike<Ticket | TicketHistory> | Iterable<Ticket | TicketHistory> | FcrCounts;

/** The result of {@link firstContactResolutionSummary}. */
export interface FcrSummary {
  /** resolvedOnFirstContact / resolved × 100. */
  readonly rate: number;
  /** Tickets resolved with a single agent reply. */
  readonly resolvedOnFirstContact: number;
  /** Tickets resolved with at least one agent reply. */
  readonly resolved: number;
  /** Tickets left out: not resolved, or resolved without any agent reply. */
  readonly leftOut: number;
}

/**
 * First contact resolution rate: the share of resolved tickets that took a
 * single agent reply.
 *
 * @summary First contact resolution (FCR) rate, 0–100.
 *
 * @remarks
 * FCR = tickets resolved with a single agent reply / tickets resolved ×
 * 100. From tickets, resolved means `resolvedAt` is set, and the agent
 * replies are the agent messages of `messages`, not counting the opening
 * message of a ticket the agent created (as {@link averageFirstResponseTime}
 * does not count it as a first response). All replies count, also after a
 * reopening, so a ticket reopened and answered again is not resolved on
 * first contact; a customer's "thanks" after the solution does not change
 * it. Left out and counted: open tickets, and tickets resolved without any
 * agent reply (closed as spam, duplicate, or answered elsewhere), as Help
 * Scout counts a conversation resolved only after a reply. Zendesk's
 * "one-touch tickets" count those as one-touch (fewer than two replies), and
 * Intercom counts conversations closed once with one participating teammate,
 * so their rates can differ from this one.
 *
 * @param input - {@link Ticket}s with `messages` (unresolved tickets may
 *   omit them), or counts `{ resolvedOnFirstContact, resolved }`.
 * @returns The FCR rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when no ticket is resolved
 *   with a reply; `INVALID_TYPE` for a resolved ticket without `messages` or
 *   a bad message; `NEGATIVE_DURATION` for a resolution or a message before
 *   the creation, or messages out of time order; `INVALID_DATE` for a bad
 *   timestamp; `INVALID_COUNTS` for counts with
 *   `resolvedOnFirstContact > resolved`; `INVALID_OPTION` for a second
 *   argument (there are no options).
 *
 * @example
 * ```ts
 * firstContactResolutionRate({ resolvedOnFirstContact: 72, resolved: 90 }); // => 80
 * const at = (hour) => Date.UTC(2026, 10, 3, hour); // epoch milliseconds
 * const tickets = [
 *   { createdAt: at(9), resolvedAt: at(11), messages: [{ at: at(9), from: 'customer' }, { at: at(10), from: 'agent' }] },
 *   {
 *     createdAt: at(9),
 *     resolvedAt: at(16),
 *     messages: [
 *       { at: at(9), from: 'customer' },
 *       { at: at(10), from: 'agent' },
 *       { at: at(12), from: 'customer' },
 *       { at: at(15), from: 'agent' },
 *     ],
 *   },
 *   { createdAt: at(13), messages: [{ at: at(13), from: 'customer' }] },
 * ];
 * firstContactResolutionRate(tickets); // => 50
 * ```
 */
export function firstContactResolutionRate(input: FcrInput): number;
export function firstContactResolutionRate(input: FcrInput, options?: unknown): number {
  return fcr('firstContactResolutionRate', input, options).rate;
}

/**
 * First contact resolution with its counts and the tickets left out.
 *
 * @summary FCR rate, its counts and the tickets left out.
 *
 * @remarks
 * rate = resolvedOnFirstContact / resolved × 100, as in
 * {@link firstContactResolutionRate}; `leftOut` counts the open tickets and
 * those resolved without an agent reply (0 for counts).
 *
 * @param input - As for {@link firstContactResolutionRate}.
 * @returns An {@link FcrSummary}.
 * @throws {@link MetricError} As {@link firstContactResolutionRate}.
 *
 * @example
 * ```ts
 * firstContactResolutionSummary({ resolvedOnFirstContact: 72, resolved: 90 }); // => { rate: 80, resolvedOnFirstContact: 72, resolved: 90, leftOut: 0 }
 * ```
 */
export function firstContactResolutionSummary(input: FcrInput): FcrSummary;
export function firstContactResolutionSummary(input: FcrInput, options?: unknown): FcrSummary {
  return fcr('firstContactResolutionSummary', input, options);
}

/** An {@link FcrSummary} before its rate. */
type FcrSummaryCounts = Omit<FcrSummary, 'rate'>;

/** The one path of both functions: tickets are counted, counts read, and the rate taken once. */
function fcr(fn: string, input: unknown, options: unknown): FcrSummary {
  // no option is known: any key is refused as unknown
  readOptions(fn, options, []);
  const read = readInput(fn, input, { records: 'tickets', counts: 'counts { resolvedOnFirstContact, resolved }' });
  const { resolvedOnFirstContact, resolved, leftOut } = read.form === 'counts' ? readFcrCounts(fn, read.counts) : countTickets(fn, read.records);
  const empty = leftOut === 0 ? 'no resolved tickets' : `no ticket is resolved with an agent reply (${countOf(leftOut, 'ticket')} left out)`;
  const r = rate(fn, resolvedOnFirstContact, resolved, { part: 'counts.resolvedOnFirstContact', whole: 'counts.resolved', empty });
  return { rate: r, resolvedOnFirstContact, resolved, leftOut };
}

function readFcrCounts(fn: string, counts: object): FcrSummaryCounts {
  const c = counts as Readonly<Record<string, unknown>>;
  const resolvedOnFirstContact = readCount(fn, 'counts.resolvedOnFirstContact', c['resolvedOnFirstContact']);
  const resolved = readCount(fn, 'counts.resolved', c['resolved']);
  return { resolvedOnFirstContact, resolved, leftOut: 0 };
}

/** Counts the tickets resolved on first contact, those resolved, and those left out, checking every ticket it reads. */
function countTickets(fn: string, tickets: ArrayLike<unknown>): FcrSummaryCounts {
  const n = tickets.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no tickets');
  let first = 0;
  let resolved = 0;
  let leftOut = 0;
  for (let i = 0; i < n; i++) {
    const t = readRecord(fn, tickets, i, 'tickets') as Ticket;
    let replies: number;
    if (isHistory(t)) {
      // resolved: solved or closed at the end; replies as ticketMetrics counts them
      const scan = scanHistory(fn, t, i, 'tickets');
      if (!scan.solved) {
        leftOut++;
        continue;
      }
      replies = scan.replies;
    } else {
      const counted = conversationReplies(fn, t, i);
      if (counted < 0) {
        leftOut++;
        continue;
      }
      replies = counted;
    }
    if (replies === 0) leftOut++;
    else {
      resolved++;
      if (replies === 1) first++;
    }
  }
  return { resolvedOnFirstContact: first, resolved, leftOut };
}

/** The agent replies of resolved ticket `i`, or -1 for a ticket not resolved. */
function conversationReplies(fn: string, t: Ticket, i: number): number {
  const created = requiredTime(fn, 'tickets', i, 'createdAt', t.createdAt);
  const resolvedAt = optionalTime(fn, 'tickets', i, 'resolvedAt', t.resolvedAt);
  if (resolvedAt < created) rejectOrder(fn, created, resolvedAt, 'tickets', i, 'createdAt', 'resolvedAt');
  const conversation = readConversation(fn, t, i, created);
  if (resolvedAt !== resolvedAt) return -1;
  if (conversation === undefined) {
    fail(
      'INVALID_TYPE',
      fn,
      `tickets[${i}] is resolved but has no messages; first contact resolution counts the agent replies in messages`,
      i,
    );
  }
  return agentReplies(conversation);
}
