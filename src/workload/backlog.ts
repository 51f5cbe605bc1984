import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, hasLength, readIterable, readOptions } from '../_lib/validate.js';
import type { Weekday } from '../business-hours/calendar.js';
import { grow, HistoryLife, isHistory, openSpan, readTicket, type WorkloadHistory } from './lifecycle.js';
import { localTime, PERIOD_OPTION_KEYS, periodOf, periodBegins, readPeriods, type Period } from '../business-hours/periods.js';
import { refuseSpan } from './volume.js';

/** A ticket as {@link backlog} reads it: created, and resolved once it is. */
export interface BacklogTicket {
  /** When the ticket was created. */
  readonly createdAt: Timestamp;
  /** When it was resolved; absent (or `null`) while it is open. */
  readonly resolvedAt?: Timestamp | null;
}

/** {@link backlog} at given instants. */
export interface BacklogAtOptions {
  /** The instants to count the open tickets at, in any order. */
  readonly at: Iterable<Timestamp> | ArrayLike<Timestamp>;
}

/** {@link backlog} at the end of every period from the first ticket's to the last one's. */
export interface BacklogEveryOptions {
  /** The period: `'day'`, `'week'`, `'month'` or `'quarter'`. */
  readonly every: Period;
  /** The IANA time zone of the periods; default `'UTC'`. */
  readonly timeZone?: string;
  /** The first day of a week; default `'monday'`. */
  readonly weekStartsOn?: Weekday;
}

/** The open tickets at one instant. */
export interface BacklogPoint {
  /** The instant. */
  readonly at: Date;
  /** Tickets created at or before it and not resolved at or before it. */
  readonly open: number;
}

const OPTION_KEYS = ['at', 'every', 'timeZone', 'weekStartsOn'] as const satisfies readonly (keyof BacklogAtOptions | keyof BacklogEveryOptions)[];

/**
 * The backlog: how many tickets were open at each of a list of instants,
 * or at the end of each day, week, month or quarter.
 *
 * @summary Open tickets (created, not yet resolved) at given instants or at each period's end.
 *
 * @remarks
 * A ticket is open at instant t when createdAt ≤ t < resolvedAt (or it has
 * no `resolvedAt`): open(t) = #created ≤ t − #resolved ≤ t. With `at`, the
 * result has one point per instant, in the order given. With `every` (and
 * `timeZone`, `weekStartsOn`, as {@link ticketVolume} reads them), one
 * point per period from the first ticket's creation to the last one's, at
 * the instant the period ends (the next one begins), so that it lines up
 * with {@link ticketVolume}'s table. The tickets are sorted once, and each
 * instant costs a binary search: O((n + m) log n).
 *
 * A ticket history ({@link WorkloadHistory}, a record with `events`; it
 * may be mixed with simple tickets) is open from its creation to its first
 * change to solved or closed, and again from each change back to another
 * status (a reopen) to the next resolution: a ticket solved on Monday and
 * reopened on Wednesday is not in Tuesday's backlog. A history never
 * reopened counts as the simple ticket with its `createdAt` and its
 * resolution; a reopened one as one simple ticket per span it was open.
 *
 * @param tickets - {@link BacklogTicket}s or {@link WorkloadHistory}s, an array or any iterable.
 * @param options - `{ at }` ({@link BacklogAtOptions}) or `{ every, timeZone?, weekStartsOn? }` ({@link BacklogEveryOptions}).
 * @returns One {@link BacklogPoint} per instant or period.
 * @throws {@link MetricError} `INVALID_OPTION` for neither or both of `at`
 *   and `every`, an `at` that is not a list, or bad period options (as
 *   {@link ticketVolume}); `INVALID_DATE` for an instant of `at` that cannot
 *   be read; `INVALID_TYPE` for a ticket that is not an object or misses
 *   `createdAt`, or a history that cannot be read; `NEGATIVE_DURATION`
 *   for a resolution (or a history's event) before the creation.
 *
 * @example
 * ```ts
 * const tickets = [
 *   { createdAt: '2026-11-02T09:00:00Z', resolvedAt: '2026-11-02T15:00:00Z' },
 *   { createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' },
 *   { createdAt: '2026-11-03T12:00:00Z' },
 * ];
 * backlog(tickets, { at: ['2026-11-02T12:00:00Z', '2026-11-05T00:00:00Z'] }).map((p) => p.open); // => [2, 1]
 * backlog(tickets, { every: 'day' }).map((p) => [p.at.toISOString().slice(0, 10), p.open]); // => [['2026-11-03', 1], ['2026-11-04', 2]]
 * const history = {
 *   createdAt: '2026-11-02T09:00:00Z',
 *   events: [
 *     { type: 'status', at: '2026-11-02T15:00:00Z', status: 'solved' },
 *     { type: 'status', at: '2026-11-04T08:00:00Z', status: 'open' },
 *   ],
 * };
 * backlog([history], { at: ['2026-11-02T12:00:00Z', '2026-11-03T12:00:00Z', '2026-11-04T12:00:00Z'] }).map((p) => p.open); // => [1, 0, 1]
 * ```
 */
export function backlog(
  tickets: Iterable<BacklogTicket | WorkloadHistory> | ArrayLike<BacklogTicket | WorkloadHistory>,
  options: BacklogAtOptions | BacklogEveryOptions,
): BacklogPoint[] {
  const fn = 'backlog';
  const o = readOptions(fn, options, OPTION_KEYS);
  if ((o['at'] === undefined) === (o['every'] === undefined)) {
    fail('INVALID_OPTION', fn, 'give either option at (a list of instants) or option every (a period), not both or neither');
  }
  let instants: number[] | undefined;
  if (o['at'] !== undefined) {
    for (const key of PERIOD_OPTION_KEYS) {
      if (o[key] !== undefined) fail('INVALID_OPTION', fn, `option ${key} applies to every, not to a list of instants at`);
    }
    instants = readInstants(fn, o['at']);
  }
  const periods = instants === undefined ? readPeriods(fn, o) : undefined;
  const read = readInput(fn, tickets, { records: 'tickets' });
  const list = read.records;
  // the instants tickets became open (created or reopened) and were resolved
  // sized by what is read, not by a claimed length: an array-like may claim 2^32 − 1 tickets it does not hold
  let opened: Float64Array = new Float64Array(Math.min(list.length, 1024));
  let resolved: Float64Array = new Float64Array(Math.min(list.length, 1024));
  let opens = 0;
  let closed = 0;
  let firstCreated = Infinity;
  let lastCreated = -Infinity;
  let life: HistoryLife | undefined;
  for (let i = 0; i < list.length; i++) {
    const ticket = readTicket(fn, list, i);
    let created: number;
    if (isHistory(ticket)) {
      life ??= new HistoryLife();
      life.read(fn, ticket, i);
      created = life.created;
      if (opens + 1 + life.reopens > opened.length) opened = grow(opened, opens + 1 + life.reopens);
      if (closed + life.resolutions > resolved.length) resolved = grow(resolved, closed + life.resolutions);
      opened[opens++] = created;
      for (let k = 0; k < life.reopens; k++) opened[opens++] = life.reopenTimes[k]!;
      for (let k = 0; k < life.resolutions; k++) resolved[closed++] = life.resolutionTimes[k]!;
    } else {
      const span = openSpan(fn, ticket, i);
      created = span.start;
      if (opens === opened.length) opened = grow(opened, opens + 1);
      opened[opens++] = created;
      if (span.end === span.end) {
        if (closed === resolved.length) resolved = grow(resolved, closed + 1);
        resolved[closed++] = span.end;
      }
    }
    if (created < firstCreated) firstCreated = created;
    if (created > lastCreated) lastCreated = created;
  }
  const starts = opened.subarray(0, opens).sort();
  const ends = resolved.subarray(0, closed).sort();
  if (periods !== undefined) {
    if (list.length === 0) return [];
    const first = periodOf(periods, localTime(periods.zone, firstCreated));
    const last = periodOf(periods, localTime(periods.zone, lastCreated));
    const count = refuseSpan(fn, periods, first, last);
    instants = [];
    for (let k = 1; k <= count; k++) instants.push(periodBegins(periods, first + k));
  }
  return instants!.map((t) => ({ at: new Date(t), open: atOrBefore(starts, t) - atOrBefore(ends, t) }));
}

function readInstants(fn: string, value: unknown): number[] {
  if (value === null || typeof value !== 'object' || (!hasLength(value) && typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function')) {
    fail('INVALID_OPTION', fn, `option at must be a list of instants, got ${describeValue(value)}`);
  }
  const list = hasLength(value) ? value : readIterable(fn, 'option at', value as Iterable<unknown>);
  const out: number[] = [];
  for (let k = 0; k < list.length; k++) {
    const t = timestampMs(list[k]);
    if (t !== t) rejectTimestamp(fn, `option at[${k}]`, list[k]);
    out.push(t);
  }
  return out;
}

/** How many of the sorted `values` are ≤ t: a binary search. */
function atOrBefore(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
