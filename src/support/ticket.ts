/**
 * Tickets as the support metrics read them, and the readers of their fields.
 * Each metric reads the fields it uses and checks them as it reads.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatInstant, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, hasLength } from '../_lib/validate.js';

/** One message of a ticket's conversation. Leave out bot, system and internal messages. */
export interface TicketMessage {
  /** When it was sent. */
  readonly at: Timestamp;
  /** Who sent it: the customer, or an agent (a person on the support team). */
  readonly from: 'customer' | 'agent';
}

/**
 * A support ticket (or conversation). Only `createdAt` is required; each
 * metric reads the fields it needs. A missing event may be left out or given
 * as `null`, as JSON exports write it.
 */
export interface Ticket {
  /** When the ticket was created. */
  readonly createdAt: Timestamp;
  /**
   * When an agent first replied. When absent, the first response is derived
   * from `messages`.
   */
  readonly firstResponseAt?: Timestamp | null;
  /** When the ticket was resolved (solved, closed); absent while it is open. */
  readonly resolvedAt?: Timestamp | null;
  /** The public conversation, in time order. */
  readonly messages?: ReadonlyArray<TicketMessage> | null;
}

/**
 * The range of a `Date` in epoch milliseconds, as {@link timestampMs} reads
 * numbers: tested here first so that the common case costs no call (a call
 * returns its number boxed, one allocation per timestamp).
 */
const MAX_MS = 8.64e15;

/**
 * `end` − `start` when both are epoch milliseconds and `end` is not before
 * `start`, else NaN: the fast path of the readers, which give the same
 * interval when it is not NaN ({@link requiredTime} and {@link optionalTime}
 * return such numbers as they are).
 */
export function epochInterval(start: unknown, end: unknown): number {
  return typeof start === 'number' && typeof end === 'number' && start >= -MAX_MS && end <= MAX_MS && end >= start ? end - start : NaN;
}

/** Reads a required timestamp field of record `i`; no string is built unless it fails. */
export function requiredTime(fn: string, records: string, i: number, field: string, value: unknown): number {
  if (typeof value === 'number' && value >= -MAX_MS && value <= MAX_MS) return value;
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `${records}[${i}].${field}`, value, i);
  return ms;
}

/** Reads an optional timestamp field: NaN when it is absent (`undefined` or `null`). */
export function optionalTime(fn: string, records: string, i: number, field: string, value: unknown): number {
  if (typeof value === 'number' && value >= -MAX_MS && value <= MAX_MS) return value;
  if (value === undefined || value === null) return NaN;
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `${records}[${i}].${field}`, value, i);
  return ms;
}

/** A ticket's messages, read and checked: their times and who sent each. */
interface Conversation {
  readonly at: readonly number[];
  readonly fromAgent: readonly boolean[];
}

/**
 * Reads the messages of ticket `i`, created at `created`; `undefined` when it
 * has none. Checks every message: an object, a readable `at` not before the
 * ticket's creation nor before the previous message (NEGATIVE_DURATION), and
 * `from` of `'customer'` or `'agent'`.
 */
export function readConversation(fn: string, ticket: Ticket, i: number, created: number): Conversation | undefined {
  const messages: unknown = ticket.messages;
  if (messages === undefined || messages === null) return undefined;
  if (typeof messages !== 'object' || !hasLength(messages)) {
    fail('INVALID_TYPE', fn, `tickets[${i}].messages is ${describeKind(messages)}, not an array of messages`, i);
  }
  const n = messages.length;
  const at: number[] = [];
  const fromAgent: boolean[] = [];
  let previous = created;
  for (let k = 0; k < n; k++) {
    const m: unknown = messages[k];
    if (m === null || typeof m !== 'object') {
      fail('INVALID_TYPE', fn, `tickets[${i}].messages[${k}] is ${describeKind(m)}, not a message { at, from }`, i);
    }
    const { at: when, from } = m as { at?: unknown; from?: unknown };
    const t = requiredTime(fn, 'tickets', i, `messages[${k}].at`, when);
    if (from !== 'customer' && from !== 'agent') {
      fail(
        'INVALID_TYPE',
        fn,
        `tickets[${i}].messages[${k}].from is ${describeValue(from)}; it must be 'customer' or 'agent' (leave out bot, system and internal messages)`,
        i,
      );
    }
    if (t < previous) {
      const before = k === 0 ? `tickets[${i}].createdAt` : `tickets[${i}].messages[${k - 1}].at`;
      fail(
        'NEGATIVE_DURATION',
        fn,
        `tickets[${i}].messages[${k}].at (${formatInstant(t)}) is before ${before} (${formatInstant(previous)})` +
          (k === 0 ? '' : '; messages must be in time order'),
        i,
      );
    }
    previous = t;
    at.push(t);
    fromAgent.push(from === 'agent');
  }
  return { at, fromAgent };
}

/**
 * The index of the first agent reply, or -1. A ticket whose first message is
 * an agent's was created by the agent (an outbound or logged ticket): that
 * opening message is not a reply, so the first reply is the agent's next
 * message, as Zendesk counts it.
 */
export function firstReplyIndex(c: Conversation): number {
  for (let k = c.fromAgent[0] === true ? 1 : 0; k < c.fromAgent.length; k++) if (c.fromAgent[k]) return k;
  return -1;
}

/** The number of agent replies: agent messages, not counting the opening message of an agent-created ticket. */
export function agentReplies(c: Conversation): number {
  let replies = 0;
  for (let k = c.fromAgent[0] === true ? 1 : 0; k < c.fromAgent.length; k++) if (c.fromAgent[k]) replies++;
  return replies;
}
