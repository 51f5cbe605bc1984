/**
 * What the workload metrics read from a ticket: when it was created and
 * resolved, whether it was reopened or escalated, and the spans during
 * which it was open. Every workload metric reads a ticket through these
 * functions and no other: a simple ticket through the field readers, a
 * ticket history (a record with `events`) through {@link HistoryLife}.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatInstant, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, hasLength, readIterable } from '../_lib/validate.js';
import { ASSIGNMENT, isHistory, refuseTicketFields, SOLVED, STATUS, Timeline, type TicketHistory } from '../support/history.js';

/**
 * A ticket as the workload metrics read it: the support family's `Ticket`
 * (`createdAt`, `resolvedAt`) with the events of its life that a simple
 * export carries. A missing event may be left out or given as `null`.
 */
export interface WorkloadTicket {
  /** When the ticket was created. */
  readonly createdAt: Timestamp;
  /** When it was (last) resolved; absent while it is open. */
  readonly resolvedAt?: Timestamp | null;
  /** How many times it was reopened after being resolved, a whole number ≥ 0. */
  readonly reopens?: number | null;
  /** When it was (last) reopened; a ticket with `reopenedAt` was reopened at least once. */
  readonly reopenedAt?: Timestamp | null;
  /** When it was escalated (to a second line, a specialist, a manager). */
  readonly escalatedAt?: Timestamp | null;
}

/** Checks that ticket `i` is an object and returns it for field access. */
export function readTicket(fn: string, tickets: ArrayLike<unknown>, i: number): Record<string, unknown> {
  const t = tickets[i];
  if (t === null || typeof t !== 'object') fail('INVALID_TYPE', fn, `tickets[${i}] is ${describeKind(t)}, not a ticket`, i);
  return t as Record<string, unknown>;
}

/** A required time of ticket `i`, in epoch milliseconds (`INVALID_TYPE` when missing). */
export function requiredEvent(fn: string, ticket: Record<string, unknown>, i: number, field: string): number {
  const value = ticket[field];
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `tickets[${i}].${field}`, value, i);
  return ms;
}

/** An optional time of ticket `i`: NaN when absent (`undefined` or `null`). */
export function optionalEvent(fn: string, ticket: Record<string, unknown>, i: number, field: string, records = 'tickets'): number {
  const value = ticket[field];
  if (value === undefined || value === null) return NaN;
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `${records}[${i}].${field}`, value, i);
  return ms;
}

/** The span during which ticket `i` was open: [createdAt, resolvedAt), `end` NaN while it is open. */
export function openSpan(fn: string, ticket: Record<string, unknown>, i: number): { start: number; end: number } {
  const start = requiredEvent(fn, ticket, i, 'createdAt');
  const end = optionalEvent(fn, ticket, i, 'resolvedAt');
  if (end < start) {
    fail('NEGATIVE_DURATION', fn, `tickets[${i}].resolvedAt (${formatInstant(end)}) is before tickets[${i}].createdAt (${formatInstant(start)})`, i);
  }
  return { start, end };
}

/**
 * How often ticket `i` was reopened: `reopens`, or 1 for a `reopenedAt`
 * without `reopens`; 0 when neither is given. `reopens: 0` with a
 * `reopenedAt` contradicts itself (`INVALID_COUNTS`).
 */
export function reopenCount(fn: string, ticket: Record<string, unknown>, i: number): number {
  const at = optionalEvent(fn, ticket, i, 'reopenedAt');
  const value = ticket['reopens'];
  if (value === undefined || value === null) return at === at ? 1 : 0;
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `tickets[${i}].reopens is ${describeKind(value)}, not a number`, i);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `tickets[${i}].reopens ${describeValue(value)} is not a finite number`, i);
  if (!Number.isInteger(value)) fail('NOT_INTEGER', fn, `tickets[${i}].reopens ${describeValue(value)} is not a whole number`, i);
  if (value < 0) fail('INVALID_COUNTS', fn, `tickets[${i}].reopens ${describeValue(value)} is negative`, i);
  if (value === 0 && at === at) fail('INVALID_COUNTS', fn, `tickets[${i}] has reopens 0 and a reopenedAt (${formatInstant(at)})`, i);
  return value;
}

/** Whether ticket `i` was escalated: it has an `escalatedAt`. */
export function wasEscalated(fn: string, ticket: Record<string, unknown>, i: number): boolean {
  const at = optionalEvent(fn, ticket, i, 'escalatedAt');
  return at === at;
}

/**
 * A ticket history as the workload metrics read it: the support family's
 * `TicketHistory`, and, where the help desk marks escalations outside the
 * events (a tag, a custom field), when the ticket was escalated.
 */
export interface WorkloadHistory extends TicketHistory {
  /**
   * When the ticket was escalated. When given, it is the escalation,
   * whatever the assignments; when absent (or `null`), the escalation is
   * read from the assignments (see {@link EscalationOptions}).
   */
  readonly escalatedAt?: Timestamp | null;
}

/** How a history's escalation is read from its assignments. */
export interface EscalationOptions {
  /**
   * The groups (teams) that are escalation: a second line, specialists,
   * managers. A history is escalated at its first assignment to one of
   * them. Without it, at its first change from one group to another (the
   * first group a ticket is given is its routing, not an escalation).
   * Applies to histories only.
   */
  readonly escalationGroups?: readonly (string | number)[] | ReadonlySet<string | number>;
}

export { isHistory };

/** The length of option `escalationGroups` when it is a list: at most 2^32 − 1, as an array's. */
function listLength(fn: string, value: ArrayLike<unknown>): number {
  const n = value.length;
  if (!(Number.isInteger(n) && n >= 0 && n <= 4294967295)) {
    fail('INVALID_OPTION', fn, `option escalationGroups has a length of ${describeValue(n)}; pass an array or a set of group ids`);
  }
  return n;
}

/** Reads option `escalationGroups`: a list of group ids, or `undefined`. */
export function readEscalationGroups(fn: string, value: unknown): ReadonlySet<unknown> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || (!hasLength(value) && typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function')) {
    fail('INVALID_OPTION', fn, `option escalationGroups must be a list of group ids (strings or numbers), got ${describeValue(value)}`);
  }
  const groups = new Set<unknown>();
  // each id checked as it is read, so that a long list with a hole stops at the hole, having allocated nothing for the rest
  if (hasLength(value)) {
    const n = listLength(fn, value);
    for (let k = 0; k < n; k++) groups.add(readGroupId(fn, value[k], k));
  } else {
    const list = readIterable(fn, 'option escalationGroups', value as Iterable<unknown>);
    for (let k = 0; k < list.length; k++) groups.add(readGroupId(fn, list[k], k));
  }
  return groups;
}

/** Item `k` of option `escalationGroups`: a string or a finite number. */
function readGroupId(fn: string, id: unknown, k: number): unknown {
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    fail('INVALID_OPTION', fn, `option escalationGroups[${k}] is ${describeValue(id)}; a group id is a string or a finite number`);
  }
  return id;
}

/**
 * What a ticket history says about its life, read from its status changes
 * and assignments: one reader per call, reused for every history.
 *
 * - Resolved: a change to `solved` or `closed` (or a ticket created so);
 *   reopened: a change from either back to any other status, as Zendesk's
 *   `reopens` counts them. The ticket is open from its creation to its
 *   first resolution, and from each reopen to the next resolution.
 * - `resolvedAt` is the last resolution while the ticket is solved or
 *   closed at the end of its history (as the full resolution time ends),
 *   NaN while it is open; `reopenedAt` the last reopen.
 * - `escalatedAt`: the history's own `escalatedAt` when it has one; else
 *   its first assignment to one of the escalation groups, when they are
 *   given; else its first change from one group to another.
 */
export class HistoryLife {
  /** The creation. */
  created = 0;
  /** The last resolution while solved or closed at the end; NaN while open. */
  resolvedAt = NaN;
  /** Whether it was resolved at least once (also when open again now). */
  everResolved = false;
  /** Changes from solved or closed back to another status. */
  reopens = 0;
  /** The last reopen; NaN for none. */
  reopenedAt = NaN;
  /** The escalation; NaN for none. */
  escalatedAt = NaN;
  /** The instants the ticket became open again (its reopens), `reopens` of them. */
  reopenTimes: Float64Array = new Float64Array(4);
  /** Its resolutions, in time order, `resolutions` of them. */
  resolutionTimes: Float64Array = new Float64Array(4);
  /** The number of resolutions. */
  resolutions = 0;
  private readonly timeline = new Timeline();

  constructor(private readonly escalationGroups?: ReadonlySet<unknown>) {}

  /**
   * Reads and checks history `i` (an object with `events`), through the
   * support family's reader: events in time order, each one checked. A
   * history that also carries a simple ticket's `resolvedAt`, `reopens` or
   * `reopenedAt` is refused, as its events say when those happened; one of
   * them given as `null` is absent.
   */
  read(fn: string, ticket: Record<string, unknown>, i: number, records = 'tickets'): void {
    refuseTicketFields(fn, ticket, records, i);
    for (const field of ['reopens', 'reopenedAt'] as const) {
      if (ticket[field] !== undefined && ticket[field] !== null) {
        fail('INVALID_TYPE', fn, `${records}[${i}] has both events and ${field}; a history carries its events only (${field} belongs to a ticket)`, i);
      }
    }
    const t = this.timeline;
    t.read(fn, ticket, i, records, NaN);
    const created = t.created;
    const own = optionalEvent(fn, ticket, i, 'escalatedAt', records);
    if (own < created) {
      fail('NEGATIVE_DURATION', fn, `${records}[${i}].escalatedAt (${formatInstant(own)}) is before ${records}[${i}].createdAt (${formatInstant(created)})`, i);
    }
    let status = t.status;
    let resolved = status >= SOLVED;
    let reopens = 0;
    let resolutions = 0;
    if (resolved) this.resolutionTimes[resolutions++] = created;
    let escalated = own;
    let group: unknown = undefined;
    const groups = this.escalationGroups;
    const { at, kind, code } = t;
    for (let j = 0; j < t.count; j++) {
      const k = kind[j]!;
      if (k === STATUS) {
        const s = code[j]!;
        if (s === status) continue;
        const now = s >= SOLVED;
        if (now && !resolved) {
          if (resolutions === this.resolutionTimes.length) this.resolutionTimes = grow(this.resolutionTimes);
          this.resolutionTimes[resolutions++] = at[j]!;
        } else if (resolved && !now) {
          if (reopens === this.reopenTimes.length) this.reopenTimes = grow(this.reopenTimes);
          this.reopenTimes[reopens++] = at[j]!;
        }
        status = s;
        resolved = now;
      } else if (k === ASSIGNMENT && escalated !== escalated) {
        const to = t.event(j)['group'];
        if (to === undefined || to === null) continue;
        if (groups !== undefined ? groups.has(to) : group !== undefined && to !== group) escalated = at[j]!;
        group = to;
      }
    }
    this.created = created;
    this.everResolved = resolutions > 0;
    this.resolutions = resolutions;
    this.resolvedAt = resolved ? this.resolutionTimes[resolutions - 1]! : NaN;
    this.reopens = reopens;
    this.reopenedAt = reopens > 0 ? this.reopenTimes[reopens - 1]! : NaN;
    this.escalatedAt = escalated;
  }

  /** The time of a lifecycle field after {@link HistoryLife.read}, or of any other field of the record; NaN when absent. */
  field(fn: string, ticket: Record<string, unknown>, i: number, name: string): number {
    switch (name) {
      case 'createdAt':
        return this.created;
      case 'resolvedAt':
        return this.resolvedAt;
      case 'reopenedAt':
        return this.reopenedAt;
      case 'escalatedAt':
        return this.escalatedAt;
      default:
        return optionalEvent(fn, ticket, i, name);
    }
  }
}

/** A copy of `values` with room for at least `size` (default: twice as many): lists are sized by what is read, not by a claimed length. */
export function grow(values: Float64Array, size = 0): Float64Array {
  const out = new Float64Array(Math.max(size, values.length * 2));
  out.set(values);
  return out;
}
