/**
 * A reader of Zendesk exports: a ticket, its audits and its users, as the
 * Zendesk Support REST API returns them, read into a {@link TicketHistory}.
 * A pure function: no network.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { readTimestamp } from '../_lib/timestamp.js';
import { fail, hasLength, readObject } from '../_lib/validate.js';
import type { Author, TicketEvent, TicketHistory, TicketStatus } from './history.js';

/** A Zendesk id: a number, or the string the audits of some exports carry. */
export type ZendeskId = number | string;

/** How a ticket came in (the Via object). */
export interface ZendeskVia {
  /** `'email'`, `'web'`, `'chat'`, `'api'`, … */
  readonly channel?: string | null;
}

/** The fields of a ticket (Tickets API) the reader uses; others are ignored. */
export interface ZendeskTicket {
  /** The ticket's id. */
  readonly id: ZendeskId;
  /** ISO-8601, e.g. `'2026-11-03T09:00:00Z'`. */
  readonly created_at: string;
  /** `'urgent'`, `'high'`, `'normal'`, `'low'` or `null`. */
  readonly priority?: string | null;
  /** Who created the ticket (the requester, or an agent for an outbound ticket). */
  readonly submitter_id?: ZendeskId | null;
  /** How the ticket came in: `via.channel` is `'email'`, `'web'`, `'chat'`, `'api'`, … */
  readonly via?: ZendeskVia | null;
}

/**
 * One event of an audit (Ticket Audit events reference): a `Comment`, or the
 * `Create` or `Change` of a field. Events of other types (notifications,
 * tags, SLA target changes, …) are ignored.
 */
export interface ZendeskAuditEvent {
  /** `Comment`, `Create`, `Change`, or one of the other event types (which are ignored). */
  readonly type: string;
  /** A `Comment`'s author; the audit's when left out. */
  readonly author_id?: ZendeskId;
  /** Whether a `Comment` is public. */
  readonly public?: boolean;
  /** The field a `Create` or `Change` sets: `status`, `assignee_id`, `group_id`, `priority`, … */
  readonly field_name?: string;
  /** The value it sets. */
  readonly value?: unknown;
}

/** One update of a ticket (Ticket Audits API). */
export interface ZendeskAudit {
  /** ISO-8601. */
  readonly created_at: string;
  /** The user who made the update; −1 is Zendesk itself (triggers, automations). */
  readonly author_id: ZendeskId;
  /** What the update did, in order. */
  readonly events: ReadonlyArray<ZendeskAuditEvent>;
}

/** A user (Users API): its id and role. */
export interface ZendeskUser {
  /** The user's id. */
  readonly id: ZendeskId;
  /** `end-user` (a customer), `agent` or `admin` (both agents). */
  readonly role: 'end-user' | 'agent' | 'admin';
}

/** What {@link fromZendesk} reads. */
export interface ZendeskExport {
  /** The ticket, as `GET /api/v2/tickets/{id}` returns it (its `ticket`). */
  readonly ticket: ZendeskTicket;
  /** The ticket's audits, as `GET /api/v2/tickets/{id}/audits` lists them (any order). */
  readonly audits: ReadonlyArray<ZendeskAudit>;
  /** At least every user who authored an audit or a comment (system −1 aside). */
  readonly users: ReadonlyArray<ZendeskUser>;
}

/** Zendesk's statuses by their API names: Zendesk writes on-hold as `hold`. */
const STATUS: Readonly<Record<string, TicketStatus>> = {
  new: 'new',
  open: 'open',
  pending: 'pending',
  hold: 'on-hold',
  solved: 'solved',
  closed: 'closed',
};

/**
 * A ticket's history from a Zendesk export: its audits' comments, status
 * changes and assignments, with the ticket's id, priority and channel.
 *
 * @summary Reads a Zendesk ticket, its audits and users into a TicketHistory.
 *
 * @remarks
 * Follows the Ticket Audits API and its events reference. Each audit's
 * events happen at the audit's `created_at`, in the order listed:
 *
 * - a `Comment` is a comment, public or internal as its `public` says, by
 *   its `author_id` (the audit's when it has none): a user of role
 *   `end-user` is the customer, `agent` and `admin` are agents, and −1 is
 *   Zendesk's system;
 * - a `Create` or `Change` of `status` is a status change (the status set
 *   by the creating audit is the history's `status`); `hold` is read as
 *   `'on-hold'`;
 * - a `Create` or `Change` of `assignee_id` or `group_id` is an assignment
 *   (`null` unassigns).
 *
 * Other events are ignored, as Zendesk asks integrations to do with types
 * they do not know. The creator (`createdBy`) is the ticket's
 * `submitter_id`, or the author of the earliest audit when it has none.
 * `priority` is the ticket's (the last one listed in its audits when the
 * ticket has none; left out when `null`) and `channel` its
 * `via.channel`; `via` is the API's Via object, and a bare `'email'` or
 * via id in its place is refused. Times are read as epoch milliseconds.
 * Users with another role, and authors who are not among `users`, are
 * refused: the reader does not guess who wrote a comment.
 *
 * @param input - {@link ZendeskExport}: `ticket`, `audits`, `users`.
 * @returns A {@link TicketHistory}.
 * @throws {@link MetricError} `INVALID_TYPE` for a part that is not of the
 *   shape above (naming the audit, event or user by index), an unknown
 *   status or role, or an author not among `users`; `INVALID_DATE` for a
 *   `created_at` that cannot be read.
 *
 * @example
 * ```ts
 * const history = fromZendesk({
 *   ticket: { id: 35436, created_at: '2026-11-03T09:00:00Z', priority: 'high', via: { channel: 'email' } },
 *   audits: [
 *     { created_at: '2026-11-03T09:00:00Z', author_id: 7, events: [{ type: 'Comment', public: true }, { type: 'Create', field_name: 'status', value: 'new' }] },
 *     { created_at: '2026-11-03T09:10:00Z', author_id: 1, events: [{ type: 'Comment', public: false }, { type: 'Change', field_name: 'status', value: 'open' }] },
 *     { created_at: '2026-11-03T09:30:00Z', author_id: 1, events: [{ type: 'Comment', public: true }, { type: 'Change', field_name: 'status', value: 'solved' }] },
 *   ],
 *   users: [{ id: 7, role: 'end-user' }, { id: 1, role: 'agent' }],
 * });
 * [history.id, history.priority, history.channel, history.events.length]; // => [35436, 'high', 'email', 5]
 * ticketMetrics(history, { unit: 'minutes' }).firstReplyTime; // => 30
 * ```
 */
export function fromZendesk(input: ZendeskExport): TicketHistory {
  const fn = 'fromZendesk';
  const given = readObject(fn, 'input', input, '{ ticket, audits, users }');
  const ticket = readObject(fn, 'ticket', given['ticket'], '{ id, created_at, … } as the Tickets API returns it');
  const createdAt = readTimestamp(fn, 'ticket.created_at', ticket['created_at']);
  const id = ticket['id'];
  if (!isId(id)) fail('INVALID_TYPE', fn, `ticket.id is ${describeValue(id)}; a Zendesk id is a number or a string`);
  const roles = readUsers(fn, given['users']);
  const audits = readList(fn, 'audits', given['audits']);
  const history: { id: ZendeskId; createdAt: number; createdBy?: Author; status?: TicketStatus; priority?: string; channel?: string; events: TicketEvent[] } = {
    id,
    createdAt,
    events: [],
  };
  const authorOf = (value: unknown, where: string, index?: number): Author => {
    if (!isId(value)) fail('INVALID_TYPE', fn, `${where} is ${describeValue(value)}; a Zendesk id is a number or a string`, index);
    if (String(value) === '-1') return 'system';
    const role = roles.get(String(value));
    if (role === undefined) fail('INVALID_TYPE', fn, `${where} ${describeValue(value)} is not among users; give every author's role`, index);
    return role;
  };
  let earliest = Infinity;
  // the earliest audit, whose author is the creator when the ticket names no submitter: read after the loop, so that
  // which audits are checked does not depend on their order
  let earliestIndex = -1;
  let earliestAuthorId: unknown;
  let auditPriority: unknown = null;
  let auditPriorityWhere = '';
  let auditPriorityIndex = 0;
  for (let a = 0; a < audits.length; a++) {
    const audit: unknown = audits[a];
    if (audit === null || typeof audit !== 'object') fail('INVALID_TYPE', fn, `audits[${a}] is ${describeKind(audit)}, not an audit { created_at, author_id, events }`, a);
    const { created_at: when, author_id: auditAuthor, events } = audit as Readonly<Record<string, unknown>>;
    const at = readTimestamp(fn, `audits[${a}].created_at`, when, a);
    if (events === null || typeof events !== 'object' || !hasLength(events)) {
      fail('INVALID_TYPE', fn, `audits[${a}].events is ${describeKind(events)}, not an array of events`, a);
    }
    if (at < earliest) {
      earliest = at;
      earliestIndex = a;
      earliestAuthorId = auditAuthor;
    }
    for (let k = 0; k < events.length; k++) {
      const event: unknown = events[k];
      const where = `audits[${a}].events[${k}]`;
      if (event === null || typeof event !== 'object') fail('INVALID_TYPE', fn, `${where} is ${describeKind(event)}, not an event { type, … }`, a);
      const e = event as Readonly<Record<string, unknown>>;
      const type = e['type'];
      if (type === 'Comment') {
        const visible = e['public'];
        if (typeof visible !== 'boolean') fail('INVALID_TYPE', fn, `${where}.public is ${describeValue(visible)}; a Comment is public (true) or private (false)`, a);
        const own = e['author_id'];
        const by = own ?? auditAuthor;
        history.events.push({ type: 'comment', at, author: authorOf(by, own === undefined || own === null ? `audits[${a}].author_id` : `${where}.author_id`, a), public: visible, authorId: by as ZendeskId });
      } else if (type === 'Create' || type === 'Change') {
        const field = e['field_name'];
        if (typeof field !== 'string') fail('INVALID_TYPE', fn, `${where}.field_name is ${describeValue(field)}; a ${type} event names the field it sets`, a);
        const value = e['value'];
        if (field === 'status') {
          // an own key only: 'toString' or '__proto__' is not a status
          const status = typeof value === 'string' && Object.hasOwn(STATUS, value) ? STATUS[value] : undefined;
          if (status === undefined) {
            fail('INVALID_TYPE', fn, `${where}.value is ${describeValue(value)}; a Zendesk status is 'new', 'open', 'pending', 'hold', 'solved' or 'closed'`, a);
          }
          if (type === 'Create') history.status = status;
          else history.events.push({ type: 'status', at, status });
        } else if (field === 'assignee_id' || field === 'group_id') {
          if (value !== null && !isId(value)) fail('INVALID_TYPE', fn, `${where}.value is ${describeValue(value)}; ${field === 'assignee_id' ? 'an' : 'a'} ${field} is an id or null`, a);
          const id = value;
          history.events.push(field === 'assignee_id' ? { type: 'assignment', at, assignee: id } : { type: 'assignment', at, group: id });
        } else if (field === 'priority') {
          auditPriority = value;
          auditPriorityWhere = `${where}.value`;
          auditPriorityIndex = a;
        }
      }
    }
  }
  const earliestAuthor = earliestIndex < 0 ? undefined : authorOf(earliestAuthorId, `audits[${earliestIndex}].author_id`, earliestIndex);
  const submitter = ticket['submitter_id'];
  const createdBy = submitter === undefined || submitter === null ? earliestAuthor : authorOf(submitter, 'ticket.submitter_id');
  if (createdBy !== undefined) history.createdBy = createdBy;
  const ownPriority = ticket['priority'];
  const priority = ownPriority ?? auditPriority;
  if (priority !== null) {
    const fromAudit = ownPriority === undefined || ownPriority === null;
    if (typeof priority !== 'string') {
      fail('INVALID_TYPE', fn, `${fromAudit ? auditPriorityWhere : 'ticket.priority'} is ${describeValue(priority)}, not a string`, fromAudit ? auditPriorityIndex : undefined);
    }
    history.priority = priority;
  }
  const via = ticket['via'];
  if (via !== undefined && via !== null) {
    // the API gives an object; a bare 'email' is not read as the channel
    if (typeof via !== 'object' || Array.isArray(via)) fail('INVALID_TYPE', fn, `ticket.via is ${describeValue(via)}, not a Via object { channel, … }`);
    const channel = (via as Readonly<Record<string, unknown>>)['channel'];
    if (channel !== undefined && channel !== null) {
      if (typeof channel !== 'string') fail('INVALID_TYPE', fn, `ticket.via.channel is ${describeValue(channel)}, not a string`);
      history.channel = channel;
    }
  }
  return history;
}

function isId(value: unknown): value is ZendeskId {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value !== '');
}

function readList(fn: string, name: string, value: unknown): ArrayLike<unknown> {
  if (value === null || typeof value !== 'object' || !hasLength(value)) fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not an array`);
  return value;
}

/** The author of each user id: `end-user` → customer, `agent` and `admin` → agent. */
function readUsers(fn: string, value: unknown): Map<string, Author> {
  const users = readList(fn, 'users', value);
  const roles = new Map<string, Author>();
  for (let u = 0; u < users.length; u++) {
    const user: unknown = users[u];
    if (user === null || typeof user !== 'object') fail('INVALID_TYPE', fn, `users[${u}] is ${describeKind(user)}, not a user { id, role }`, u);
    const { id, role } = user as Readonly<Record<string, unknown>>;
    if (!isId(id)) fail('INVALID_TYPE', fn, `users[${u}].id is ${describeValue(id)}; a Zendesk id is a number or a string`, u);
    if (role !== 'end-user' && role !== 'agent' && role !== 'admin') {
      fail('INVALID_TYPE', fn, `users[${u}].role is ${describeValue(role)}; it must be 'end-user', 'agent' or 'admin'`, u);
    }
    roles.set(String(id), role === 'end-user' ? 'customer' : 'agent');
  }
  return roles;
}
