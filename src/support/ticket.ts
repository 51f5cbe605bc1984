/**
 * Tickets as the support metrics read them, and the readers of their fields.
 * Each metric reads the fields it uses and checks them as it reads.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatInstant, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, hasLength } from '../_lib/validate.js';

/**
 * One message of a ticket's conversation. Internal notes (`public: false`)
 * and bot and system messages may stay in: they are never replies, and
 * keeping an agent's internal opening note tells the metrics that the
 * ticket's first public agent message is a reply (as Zendesk counts it).
 */
export interface TicketMessage {
  /** When it was sent. */
  readonly at: Timestamp;
  /**
   * Who sent it: the customer, an agent (a person on the support team), a
   * bot, or the help desk's system (triggers, automations).
   */
  readonly from: 'customer' | 'agent' | 'bot' | 'system';
  /** Whether the customer sees it; an internal note is `false`. Default `true`. */
  readonly public?: boolean;
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

/**
 * A ticket's messages, read and checked: their times, which are public
 * replies by an agent, which are public customer messages, and whether the
 * first message is an agent's public opening message (not a reply).
 */
interface Conversation {
  readonly at: readonly number[];
  /** Public agent messages. */
  readonly fromAgent: readonly boolean[];
  /** Public customer messages. */
  readonly fromCustomer: readonly boolean[];
  /** 1 when the first message is a public agent message (an agent-created ticket's opening message), else 0. */
  readonly opening: number;
}

/**
 * Reads the messages of ticket `i`, created at `created`; `undefined` when it
 * has none. Checks every message: an object, a readable `at` not before the
 * ticket's creation nor before the previous message (NEGATIVE_DURATION),
 * `from` of `'customer'`, `'agent'`, `'bot'` or `'system'`, and `public`, when
 * given, a boolean.
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
  const fromCustomer: boolean[] = [];
  let opening = 0;
  let previous = created;
  for (let k = 0; k < n; k++) {
    const m: unknown = messages[k];
    if (m === null || typeof m !== 'object') {
      fail('INVALID_TYPE', fn, `tickets[${i}].messages[${k}] is ${describeKind(m)}, not a message { at, from }`, i);
    }
    const { at: when, from, public: visible } = m as { at?: unknown; from?: unknown; public?: unknown };
    const t = requiredTime(fn, 'tickets', i, `messages[${k}].at`, when);
    if (from !== 'customer' && from !== 'agent' && from !== 'bot' && from !== 'system') {
      fail('INVALID_TYPE', fn, `tickets[${i}].messages[${k}].from is ${describeValue(from)}; it must be 'customer', 'agent', 'bot' or 'system'`, i);
    }
    if (visible !== undefined && typeof visible !== 'boolean') {
      fail(
        'INVALID_TYPE',
        fn,
        `tickets[${i}].messages[${k}].public is ${describeValue(visible)}; a message is public (true, the default) or internal (false)`,
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
    const seen = visible !== false;
    fromAgent.push(seen && from === 'agent');
    fromCustomer.push(seen && from === 'customer');
    if (k === 0 && seen && from === 'agent') opening = 1;
  }
  return { at, fromAgent, fromCustomer, opening };
}

/**
 * The index of the first agent reply, or -1: the first public agent
 * message. A ticket whose first message is an agent's public message was
 * created by the agent (an outbound or logged ticket): that opening message
 * is not a reply, so the first reply is the agent's next public message, as
 * Zendesk counts it. An internal opening note is no reply either, and the
 * first public agent message after it is the first reply.
 */
export function firstReplyIndex(c: Conversation): number {
  for (let k = c.opening; k < c.fromAgent.length; k++) if (c.fromAgent[k]) return k;
  return -1;
}

/** The number of agent replies: public agent messages, not counting the opening message of an agent-created ticket. */
export function agentReplies(c: Conversation): number {
  let replies = 0;
  for (let k = c.opening; k < c.fromAgent.length; k++) if (c.fromAgent[k]) replies++;
  return replies;
}
