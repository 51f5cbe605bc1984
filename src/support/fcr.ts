import { share } from '../_lib/rate.js';
import { DEFAULT_CLOCK } from '../business-hours/clock.js';
import { countOf, describeKind } from '../_lib/describe.js';
import { fail, hasLength, readCount, readLength } from '../_lib/validate.js';
import { durationOf, readRecord } from './records.js';
import { agentReplies, optionalTime, readConversation, requiredTime, type Ticket } from './ticket.js';

/** The counts first contact resolution is defined on. */
export interface FcrCounts {
  /** Tickets resolved with a single agent reply. */
  readonly resolvedOnFirstContact: number;
  /** Tickets resolved (with at least one agent reply). */
  readonly resolved: number;
}

/** What {@link firstContactResolutionRate} accepts: tickets with messages, or counts. */
export type FcrInput = ArrayLike<Ticket> | FcrCounts;

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
 *   `resolvedOnFirstContact > resolved`.
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
export function firstContactResolutionRate(input: FcrInput): number {
  return fcr('firstContactResolutionRate', input).rate;
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
export function firstContactResolutionSummary(input: FcrInput): FcrSummary {
  return fcr('firstContactResolutionSummary', input);
}

function fcr(fn: string, input: unknown): FcrSummary {
  const { resolvedOnFirstContact, resolved, leftOut } = fcrCounts(fn, input);
  if (resolved === 0) {
    fail('EMPTY_INPUT', fn, leftOut === 0 ? 'no resolved tickets' : `no ticket is resolved with an agent reply (${countOf(leftOut, 'ticket')} left out)`);
  }
  return { rate: share(resolvedOnFirstContact, resolved), resolvedOnFirstContact, resolved, leftOut };
}

function fcrCounts(fn: string, input: unknown): FcrCounts & { readonly leftOut: number } {
  if (input === null || typeof input !== 'object') {
    fail('INVALID_TYPE', fn, `input is ${describeKind(input)}; pass tickets or counts { resolvedOnFirstContact, resolved }`);
  }
  if (!hasLength(input)) {
    const c = input as Record<string, unknown>;
    const first = readCount(fn, 'counts.resolvedOnFirstContact', c['resolvedOnFirstContact']);
    const resolved = readCount(fn, 'counts.resolved', c['resolved']);
    if (first > resolved) {
      fail('INVALID_COUNTS', fn, `counts.resolvedOnFirstContact ${first} is greater than counts.resolved ${resolved}`);
    }
    return { resolvedOnFirstContact: first, resolved, leftOut: 0 };
  }
  const n = readLength(fn, 'tickets', input);
  if (n === 0) fail('EMPTY_INPUT', fn, 'no tickets');
  const tickets = input as ArrayLike<Ticket>;
  let first = 0;
  let resolved = 0;
  let leftOut = 0;
  for (let i = 0; i < n; i++) {
    const t = readRecord(fn, tickets, i, 'tickets');
    const created = requiredTime(fn, 'tickets', i, 'createdAt', t.createdAt);
    const resolvedAt = optionalTime(fn, 'tickets', i, 'resolvedAt', t.resolvedAt);
    if (resolvedAt === resolvedAt) durationOf(fn, DEFAULT_CLOCK, created, resolvedAt, 'tickets', i, 'createdAt', 'resolvedAt');
    const conversation = readConversation(fn, t, i, created);
    if (resolvedAt !== resolvedAt) {
      leftOut++;
      continue;
    }
    if (conversation === undefined) {
      fail(
        'INVALID_TYPE',
        fn,
        `tickets[${i}] is resolved but has no messages; first contact resolution counts the agent replies in messages`,
        i,
      );
    }
    const replies = agentReplies(conversation);
    if (replies === 0) leftOut++;
    else {
      resolved++;
      if (replies === 1) first++;
    }
  }
  return { resolvedOnFirstContact: first, resolved, leftOut };
}
