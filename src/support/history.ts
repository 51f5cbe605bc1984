/**
 * Ticket histories: a ticket as a help desk records it (its creation, then
 * its comments, status changes and assignments), and the one reader that
 * checks a history and puts its events in time order. Every metric of a
 * history reads it here.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatInstant, MAX_DATE_MS, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, hasLength, readLength } from '../_lib/validate.js';

/**
 * The status of a ticket, as Zendesk names them (Zendesk's API writes
 * on-hold as `hold`): `new` (not yet looked at), `open` (the team is on
 * it), `pending` (waiting for the customer), `on-hold` (waiting for a third
 * party), `solved`, `closed` (solved and no longer reopened).
 */
export type TicketStatus = 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed';

/**
 * Who wrote a comment: the `customer` (the requester, or anyone outside the
 * team), an `agent` (a person on the team), a `bot`, or the help desk's
 * `system` (triggers, automations). Only agents reply.
 */
export type Author = 'customer' | 'agent' | 'bot' | 'system';

/** A comment: a message to the customer (`public: true`) or an internal note (`public: false`). */
export interface CommentEvent {
  /** A comment. */
  readonly type: 'comment';
  /** When it was written. */
  readonly at: Timestamp;
  /** Who wrote it. */
  readonly author: Author;
  /** Whether the customer sees it; internal notes are `false`. */
  readonly public: boolean;
  /** The author's id in the help desk, when known. */
  readonly authorId?: string | number;
}

/** A change of the ticket's status. */
export interface StatusEvent {
  /** A status change. */
  readonly type: 'status';
  /** When the status changed. */
  readonly at: Timestamp;
  /** The status from then on. */
  readonly status: TicketStatus;
}

/**
 * A change of the ticket's assignee or group (or both). A field left out is
 * unchanged; `null` unassigns.
 */
export interface AssignmentEvent {
  /** An assignment. */
  readonly type: 'assignment';
  /** When it was assigned. */
  readonly at: Timestamp;
  /** The agent assigned from then on; `null` for nobody. */
  readonly assignee?: string | number | null;
  /** The group (team) assigned from then on; `null` for none. */
  readonly group?: string | number | null;
}

/** One event of a ticket's history. */
export type TicketEvent = CommentEvent | StatusEvent | AssignmentEvent;

/**
 * A ticket's history: when it was created, by whom and in which status, and
 * every event after that. Events may come in any order (an export often
 * lists comments and status changes apart): they are read in time order,
 * and events at the same instant keep their given order.
 */
export interface TicketHistory {
  /** The ticket's id in the help desk. */
  readonly id?: string | number;
  /** When the ticket was created. */
  readonly createdAt: Timestamp;
  /** Who created it. Default `'customer'`. */
  readonly createdBy?: Author;
  /** Its status at creation. Default `'new'`. */
  readonly status?: TicketStatus;
  /** Its priority (`'low'`, `'normal'`, `'high'`, `'urgent'` in Zendesk): what SLA targets by priority look up. */
  readonly priority?: string;
  /** The channel it came in by (`'email'`, `'web'`, `'chat'`, …). */
  readonly channel?: string;
  /** Its comments, status changes and assignments, in any order. */
  readonly events: ReadonlyArray<TicketEvent>;
}

// Codes of the read timeline. Statuses are ordered so that `code >= SOLVED` is "resolved".
export const NEW = 0;
export const OPEN = 1;
export const PENDING = 2;
export const ON_HOLD = 3;
export const SOLVED = 4;
export const CLOSED = 5;

export const CUSTOMER = 0;
export const AGENT = 1;
export const BOT = 2;
export const SYSTEM = 3;
/** The bit of a comment's code that marks it public; the author is `code & 3`. */
export const PUBLIC = 4;

export const COMMENT = 0;
export const STATUS = 1;
export const ASSIGNMENT = 2;

/** The statuses, by code. */
export const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];
const AUTHORS: readonly Author[] = ['customer', 'agent', 'bot', 'system'];

/** The code of a status, or -1. */
export function statusCode(value: unknown): number {
  switch (value) {
    case 'new':
      return NEW;
    case 'open':
      return OPEN;
    case 'pending':
      return PENDING;
    case 'on-hold':
      return ON_HOLD;
    case 'solved':
      return SOLVED;
    case 'closed':
      return CLOSED;
    default:
      return -1;
  }
}

/** The code of an author, or -1. */
export function authorCode(value: unknown): number {
  switch (value) {
    case 'customer':
      return CUSTOMER;
    case 'agent':
      return AGENT;
    case 'bot':
      return BOT;
    case 'system':
      return SYSTEM;
    default:
      return -1;
  }
}

/** Whether a record is a history (it carries `events`) rather than a {@link Ticket} with timestamps. */
export function isHistory(record: object): boolean {
  return (record as { events?: unknown }).events !== undefined;
}

/**
 * Refuses a record given to a metric of tickets that carries both `events`
 * and a field of a {@link Ticket} (`firstResponseAt`, `resolvedAt`,
 * `messages`), which a history leaves to its events: which of the two
 * should count cannot be told. A field given as `null` is absent, as a
 * ticket's missing event is, and is not refused.
 */
export function refuseTicketFields(fn: string, record: object, records: string, index: number): void {
  const h = record as Readonly<Record<string, unknown>>;
  const field = ['firstResponseAt', 'resolvedAt', 'messages'].find((f) => h[f] !== undefined && h[f] !== null);
  if (field !== undefined) {
    fail('INVALID_TYPE', fn, `${records}[${index}] has both events and ${field}; a history carries its events only (${field} belongs to a ticket)`, index);
  }
}


/** The history of a {@link Timeline} that has read none. */
const NO_HISTORY: TicketHistory = /*#__PURE__*/ Object.freeze({ createdAt: 0, events: /*#__PURE__*/ Object.freeze([]) });

/**
 * A history read and checked: its creation, and its events in time order
 * as parallel arrays (time, kind, code, and the index in the given events
 * when they came out of order).
 * One is made per call of a metric and reused for every history it reads,
 * so that reading allocates nothing per event.
 */
export class Timeline {
  /** The history read last. */
  history: TicketHistory = NO_HISTORY;
  /** Its creation, epoch milliseconds. */
  created = 0;
  /** The author code of its creator. */
  createdBy = CUSTOMER;
  /** The status code at creation. */
  status = NEW;
  /** Its number of events. */
  count = 0;
  /** The latest event's time (the creation when there are none). */
  last = 0;
  /** Each event's time, in time order. */
  at = new Float64Array(32);
  /** Each event's kind: {@link COMMENT}, {@link STATUS} or {@link ASSIGNMENT}. */
  kind = new Uint8Array(32);
  /** A comment's author code with {@link PUBLIC}; a status change's status code. */
  code = new Uint8Array(32);
  /** Whether the events came in time order, so that event `j` is `events[j]`. */
  private given = true;
  /** For events that did not come in time order, each one's index in the history's `events`. */
  private source = new Int32Array(32);
  /** Room for one time read outside the events. */
  private readonly scratch = new Float64Array(1);

  /** Lets go of the history read last. */
  forget(): void {
    this.history = NO_HISTORY;
  }

  /**
   * Reads history `index` of `records` (`histories`, `tickets`), already
   * checked to be an object, throwing for anything it cannot read; `asOf`
   * (NaN for none) must not be before the creation or any event.
   */
  read(fn: string, record: object, index: number, records: string, asOf: number): void {
    const h = record as TicketHistory & { readonly [field: string]: unknown };
    // through a typed array, as the events' times below, so that the time is never boxed
    const createdAt: unknown = h.createdAt;
    if (typeof createdAt === 'number' && createdAt >= -MAX_DATE_MS && createdAt <= MAX_DATE_MS) this.scratch[0] = createdAt;
    else this.scratch[0] = readTime(fn, createdAt, records, index, 'createdAt');
    const created = this.scratch[0];
    const events: unknown = h.events;
    if (events === null || typeof events !== 'object' || !hasLength(events)) {
      const what = events === undefined ? 'is missing' : `is ${describeKind(events)}, not an array of events`;
      fail('INVALID_TYPE', fn, `${records}[${index}].events ${what}; a history lists its comments, status changes and assignments (events: [] for none)`, index);
    }
    readHistoryFields(fn, h, index, records);
    const createdBy = h.createdBy === undefined ? CUSTOMER : authorCode(h.createdBy);
    const status = h.status === undefined ? NEW : statusCode(h.status);
    // the name of the events is built only to refuse their length, not once per history
    const length = events.length;
    const n = Array.isArray(events) && length >>> 0 === length ? length : readLength(fn, `${records}[${index}].events`, events, index);
    let { at, kind, code } = this;
    let sorted = true;
    let last = created;
    for (let k = 0; k < n; k++) {
      // the store grows as events are read, so that a length no events back up costs nothing
      if (k === at.length) ({ at, kind, code } = this.grow());
      const e: unknown = events[k];
      if (e === null || typeof e !== 'object') {
        fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}] is ${describeKind(e)}, not an event { type, at, … }`, index);
      }
      const event = e as { readonly [field: string]: unknown };
      const when = event['at'];
      if (typeof when === 'number' && when >= -MAX_DATE_MS && when <= MAX_DATE_MS) at[k] = when;
      else at[k] = readTime(fn, when, records, index, k);
      const t = at[k]!;
      if (t < created) {
        fail('NEGATIVE_DURATION', fn, `${records}[${index}].events[${k}].at (${formatInstant(t)}) is before ${records}[${index}].createdAt (${formatInstant(created)})`, index);
      }
      const type = event['type'];
      if (type === 'comment') {
        const author = authorCode(event['author']);
        if (author < 0) fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].author is ${describeValue(event['author'])}; it must be ${list(AUTHORS)}`, index);
        const visible = event['public'];
        if (typeof visible !== 'boolean') {
          fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].public is ${describeValue(visible)}; a comment is public (true) or internal (false)`, index);
        }
        const id = event['authorId'];
        if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
          fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].authorId is ${describeValue(id)}; an id is a string or a number`, index);
        }
        kind[k] = COMMENT;
        code[k] = visible ? author | PUBLIC : author;
      } else if (type === 'status') {
        const s = statusCode(event['status']);
        if (s < 0) fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].status is ${describeValue(event['status'])}; it must be ${list(STATUSES)}`, index);
        kind[k] = STATUS;
        code[k] = s;
      } else if (type === 'assignment') {
        readAssignment(fn, event, records, index, k);
        kind[k] = ASSIGNMENT;
        code[k] = 0;
      } else {
        fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].type is ${describeValue(type)}; an event is a 'comment', a 'status' change or an 'assignment'`, index);
      }
      if (t < last) sorted = false;
      else last = t;
    }
    this.given = sorted;
    if (!sorted) this.order(n);
    if (asOf === asOf) {
      if (asOf < created) {
        fail('NEGATIVE_DURATION', fn, `option asOf (${formatInstant(asOf)}) is before ${records}[${index}].createdAt (${formatInstant(created)})`, index);
      }
      if (asOf < last) {
        fail('NEGATIVE_DURATION', fn, `option asOf (${formatInstant(asOf)}) is before ${records}[${index}].events[${this.sourceOf(n - 1)}].at (${formatInstant(last)}); a report as of a time lists what had happened by then`, index);
      }
    }
    this.history = h;
    this.created = created;
    this.createdBy = createdBy;
    this.status = status;
    this.count = n;
    this.last = last;
  }

  /** The index in the history's `events` of the event at position `j` (in time order). */
  sourceOf(j: number): number {
    return this.given ? j : this.source[j]!;
  }

  /** The event at position `j` (in time order) as given. */
  event(j: number): Readonly<Record<string, unknown>> {
    return this.history.events[this.sourceOf(j)] as unknown as Readonly<Record<string, unknown>>;
  }

  /** Twice the room for events, keeping those read. */
  private grow(): this {
    const size = this.at.length * 2;
    const at = new Float64Array(size);
    const kind = new Uint8Array(size);
    const code = new Uint8Array(size);
    const source = new Int32Array(size);
    at.set(this.at);
    kind.set(this.kind);
    code.set(this.code);
    source.set(this.source);
    this.at = at;
    this.kind = kind;
    this.code = code;
    this.source = source;
    return this;
  }

  /** Puts the first `n` events in time order; events at the same instant keep their given order. */
  private order(n: number): void {
    const at = this.at;
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => at[a]! - at[b]! || a - b);
    const t = at.slice(0, n);
    const kind = this.kind.slice(0, n);
    const code = this.code.slice(0, n);
    for (let j = 0; j < n; j++) {
      const k = order[j]!;
      this.at[j] = t[k]!;
      this.kind[j] = kind[k]!;
      this.code[j] = code[k]!;
      this.source[j] = k;
    }
  }
}

/**
 * Checks the fields of history `index` other than its times and events:
 * `createdBy`, `status`, `id`, `priority` and `channel`, in that order. Every
 * reader of a history calls this after `createdAt` and `events`.
 */
export function readHistoryFields(fn: string, h: TicketHistory, index: number, records: string): void {
  if (h.createdBy !== undefined && authorCode(h.createdBy) < 0) {
    fail('INVALID_TYPE', fn, `${records}[${index}].createdBy is ${describeValue(h.createdBy)}; it must be ${list(AUTHORS)}`, index);
  }
  if (h.status !== undefined && statusCode(h.status) < 0) {
    fail('INVALID_TYPE', fn, `${records}[${index}].status is ${describeValue(h.status)}; it must be ${list(STATUSES)}`, index);
  }
  if (h.id !== undefined && typeof h.id !== 'string' && !(typeof h.id === 'number' && Number.isFinite(h.id))) {
    fail('INVALID_TYPE', fn, `${records}[${index}].id is ${describeValue(h.id)}; an id is a string or a finite number`, index);
  }
  if (h.priority !== undefined && typeof h.priority !== 'string') refuseText(fn, 'priority', h.priority, records, index);
  if (h.channel !== undefined && typeof h.channel !== 'string') refuseText(fn, 'channel', h.channel, records, index);
}

/** Whether {@link Timeline.read} accepts an assignment's fields: `assignee` or `group` (or both), each an id or `null`. */
export function isAssignment(event: Readonly<Record<string, unknown>>): boolean {
  const assignee = event['assignee'];
  const group = event['group'];
  return (assignee !== undefined || group !== undefined) && isIdOrNone(assignee) && isIdOrNone(group);
}

function refuseText(fn: string, field: string, value: unknown, records: string, index: number): never {
  fail('INVALID_TYPE', fn, `${records}[${index}].${field} is ${describeValue(value)}, not a string`, index);
}

/**
 * Reads a timestamp of history `index`: its `createdAt`, or the `at` of
 * event `k`. The field's name is built only when it cannot be read.
 */
function readTime(fn: string, value: unknown, records: string, index: number, k: number | 'createdAt'): number {
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `${records}[${index}].${k === 'createdAt' ? k : `events[${k}].at`}`, value, index);
  return ms;
}

/** Checks an assignment's fields: at least one of `assignee` and `group`, each a string, a number or `null`. */
function readAssignment(fn: string, event: Readonly<Record<string, unknown>>, records: string, index: number, k: number): void {
  const assignee = event['assignee'];
  const group = event['group'];
  if (assignee === undefined && group === undefined) {
    fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}] names neither an assignee nor a group; give assignee or group (null to unassign)`, index);
  }
  if (!isIdOrNone(assignee)) rejectId(fn, records, index, k, 'assignee', assignee);
  if (!isIdOrNone(group)) rejectId(fn, records, index, k, 'group', group);
}

function isIdOrNone(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'string' || typeof v === 'number';
}

function rejectId(fn: string, records: string, index: number, k: number, field: string, v: unknown): never {
  fail('INVALID_TYPE', fn, `${records}[${index}].events[${k}].${field} is ${describeValue(v)}; it is an id (a string or a number), or null for none`, index);
}

/** `'a', 'b' or 'c'`, for messages. */
function list(values: readonly string[]): string {
  return `${values.slice(0, -1).map((v) => `'${v}'`).join(', ')} or '${values[values.length - 1]!}'`;
}
