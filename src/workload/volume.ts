import { readInput } from '../_lib/input.js';
import { formatInstant, type Timestamp } from '../_lib/timestamp.js';
import { fail, readOptions } from '../_lib/validate.js';
import { grow, HistoryLife, isHistory, optionalEvent, readEscalationGroups, readTicket, requiredEvent, type EscalationOptions, type WorkloadHistory, type WorkloadTicket } from './lifecycle.js';
import { localTime, periodOf, periodBegins, readPeriods, type PeriodOptions, type Periods } from '../business-hours/periods.js';

/** Options of {@link ticketVolume}. */
export interface TicketVolumeOptions<K extends string = 'createdAt'> extends PeriodOptions, EscalationOptions {
  /**
   * The time field counted; default `'createdAt'` (tickets created per
   * period). Another field (`'resolvedAt'`: tickets resolved per period)
   * leaves out the tickets that do not have it. Of a history,
   * `'resolvedAt'`, `'reopenedAt'` and `'escalatedAt'` are read from its
   * events, as {@link WorkloadTicket}'s fields of the same names mean.
   */
  readonly field?: K;
}

/** The fields of a ticket's life that a history's events give: {@link WorkloadTicket}'s times. */
export type LifecycleField = 'createdAt' | 'resolvedAt' | 'reopenedAt' | 'escalatedAt';

/** One period of a {@link ticketVolume} or {@link backlog} table. */
export interface VolumePeriod {
  /** The instant the period begins on the zone's wall clock. */
  readonly start: Date;
  /** The instant the next period begins. */
  readonly end: Date;
  /** Tickets whose time falls in [start, end). */
  readonly count: number;
}

/** Records with the time field `K`. */
export type RecordsWith<K extends string> = Iterable<{ readonly [F in K]?: Timestamp | null }> | ArrayLike<{ readonly [F in K]?: Timestamp | null }>;

const OPTION_KEYS = ['every', 'timeZone', 'weekStartsOn', 'field', 'escalationGroups'] as const satisfies readonly (keyof TicketVolumeOptions)[];

/** The most periods a table holds: far more than any report, and a guard against a mistyped year. */
export const MAX_PERIODS = 1_000_000;

/** The largest distance of a date from 1970, in milliseconds (ECMAScript's time values). */
const MAX_DATE = 8.64e15;

/**
 * Tickets per calendar period: created per day, week, month or quarter in
 * a time zone.
 *
 * @summary Ticket volume per day, week, month or quarter in a time zone.
 *
 * @remarks
 * A ticket counts in the period its `createdAt` (or `field`) falls in, on
 * the wall clock of `timeZone` (default UTC): days from local midnight,
 * weeks from `weekStartsOn` (default Monday, as ISO 8601), months and
 * quarters from the first of the month. `start` is the instant the local
 * period begins: on a day the clocks skip midnight, the moment they jump
 * past it; when they show an hour twice, the first time (so a day is 23 or
 * 25 hours long when the clocks change). Every period from the first
 * ticket's to the last one's is in the table, empty ones with a count of 0,
 * in time order; the counts add up to the tickets counted. No tickets give
 * an empty table. Zone rules come from the platform's `Intl` data, never
 * from the machine's time zone.
 *
 * Ticket histories ({@link WorkloadHistory}, records with `events`) are
 * read and checked as the support family reads them, and may be mixed with
 * simple tickets: `createdAt` is theirs, `resolvedAt` their last
 * resolution while they are solved or closed at the end, `reopenedAt`
 * their last reopen and `escalatedAt` their escalation (their own
 * `escalatedAt`, else their first assignment to one of
 * `escalationGroups`, else their first change of group), so that a history
 * and its equivalent simple ticket count alike.
 *
 * @param tickets - Tickets (any records with the time field) or {@link WorkloadHistory}s, an array or any iterable.
 * @param options - {@link TicketVolumeOptions}: `every` (required), `timeZone`, `weekStartsOn`, `field`,
 *   `escalationGroups` (with `field: 'escalatedAt'`, for histories).
 * @returns One {@link VolumePeriod} per period, in time order.
 * @throws {@link MetricError} `INVALID_OPTION` for a missing or unknown
 *   period, an unknown time zone or weekday, `weekStartsOn` with another
 *   period than `'week'`, `escalationGroups` with another field than
 *   `'escalatedAt'` or not a list of ids, or an unknown option;
 *   `INVALID_TYPE` for a ticket that is not an object or misses
 *   `createdAt`, or a history that cannot be read; `INVALID_DATE` for a
 *   time that cannot be read; `NEGATIVE_DURATION` for a history's event
 *   before its creation; `OUT_OF_RANGE` for tickets that span more than
 *   1,000,000 periods.
 *
 * @example
 * ```ts
 * const tickets = [
 *   { createdAt: '2026-03-28T23:30:00Z' }, // Sunday 00:30 in Copenhagen
 *   { createdAt: '2026-03-29T21:59:00Z' }, // Sunday 23:59, summer time
 *   { createdAt: '2026-03-31T08:00:00Z' },
 * ];
 * const days = ticketVolume(tickets, { every: 'day', timeZone: 'Europe/Copenhagen' });
 * days.map((d) => [d.start.toISOString(), d.count]); // => [['2026-03-28T23:00:00.000Z', 2], ['2026-03-29T22:00:00.000Z', 0], ['2026-03-30T22:00:00.000Z', 1]]
 * days[0].end.getTime() - days[0].start.getTime(); // => 23 * 3_600_000
 * ticketVolume(tickets, { every: 'week' }); // => [{ start: new Date('2026-03-23T00:00:00Z'), end: new Date('2026-03-30T00:00:00Z'), count: 2 }, { start: new Date('2026-03-30T00:00:00Z'), end: new Date('2026-04-06T00:00:00Z'), count: 1 }]
 * const history = {
 *   createdAt: '2026-03-30T08:00:00Z',
 *   events: [
 *     { type: 'status', at: '2026-03-30T09:00:00Z', status: 'solved' },
 *     { type: 'status', at: '2026-04-01T10:00:00Z', status: 'open' },
 *     { type: 'status', at: '2026-04-02T10:00:00Z', status: 'solved' },
 *   ],
 * };
 * ticketVolume([history], { every: 'day', field: 'resolvedAt' }).map((d) => d.count); // => [1]
 * ticketVolume([history], { every: 'day', field: 'resolvedAt' })[0].start; // => new Date('2026-04-02T00:00:00Z')
 * ```
 */
export function ticketVolume(tickets: RecordsWith<'createdAt'>, options: TicketVolumeOptions): VolumePeriod[];
export function ticketVolume(
  tickets: Iterable<WorkloadTicket | WorkloadHistory> | ArrayLike<WorkloadTicket | WorkloadHistory>,
  options: TicketVolumeOptions<LifecycleField>,
): VolumePeriod[];
export function ticketVolume<K extends string>(tickets: RecordsWith<K>, options: TicketVolumeOptions<K> & { readonly field: K }): VolumePeriod[];
export function ticketVolume(tickets: Iterable<object> | ArrayLike<object>, options: TicketVolumeOptions<string>): VolumePeriod[] {
  const fn = 'ticketVolume';
  const o = readOptions(fn, options, OPTION_KEYS);
  const periods = readPeriods(fn, o);
  const field = o['field'] === undefined ? 'createdAt' : o['field'];
  if (typeof field !== 'string' || field === '') fail('INVALID_OPTION', fn, `option field must be the name of a time field, e.g. 'resolvedAt'`);
  if (o['escalationGroups'] !== undefined && field !== 'escalatedAt') {
    fail('INVALID_OPTION', fn, `option escalationGroups applies to field 'escalatedAt' (histories' escalations), not to '${field}'`);
  }
  const groups = readEscalationGroups(fn, o['escalationGroups']);
  const read = readInput(fn, tickets, { records: 'tickets' });
  const list = read.records;
  // sized by what is read, not by a claimed length: an array-like may claim 2^32 − 1 tickets it does not hold
  let index: Float64Array = new Float64Array(Math.min(list.length, 1024));
  let life: HistoryLife | undefined;
  let counted = 0;
  for (let i = 0; i < list.length; i++) {
    const ticket = readTicket(fn, list, i);
    let t: number;
    if (isHistory(ticket)) {
      life ??= new HistoryLife(groups);
      life.read(fn, ticket, i);
      t = life.field(fn, ticket, i, field);
    } else t = field === 'createdAt' ? requiredEvent(fn, ticket, i, field) : optionalEvent(fn, ticket, i, field);
    if (t !== t) continue;
    if (counted === index.length) index = grow(index, counted + 1);
    index[counted++] = periodOf(periods, localTime(periods.zone, t));
  }
  return tabulate(fn, periods, index.subarray(0, counted));
}

/** Counts per period from the period numbers of the items, every period from the first to the last. */
export function tabulate(fn: string, periods: Periods, index: Float64Array): VolumePeriod[] {
  if (index.length === 0) return [];
  let first = index[0]!;
  let last = first;
  for (let i = 1; i < index.length; i++) {
    const k = index[i]!;
    if (k < first) first = k;
    else if (k > last) last = k;
  }
  const count = refuseSpan(fn, periods, first, last);
  const counts = new Float64Array(count);
  for (let i = 0; i < index.length; i++) counts[index[i]! - first]! += 1;
  const table: VolumePeriod[] = [];
  let start = periodBegins(periods, first);
  for (let k = 0; k < count; k++) {
    const end = periodBegins(periods, first + k + 1);
    table.push({ start: new Date(start), end: new Date(end), count: counts[k]! });
    start = end;
  }
  return table;
}

/** The number of periods from `first` to `last`, refused above {@link MAX_PERIODS}. */
export function refuseSpan(fn: string, periods: Periods, first: number, last: number): number {
  const count = last - first + 1;
  const begins = periodBegins(periods, first);
  const ends = periodBegins(periods, last + 1);
  if (!(begins >= -MAX_DATE && ends <= MAX_DATE)) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `a time ${begins < -MAX_DATE ? 'at the start' : 'at the end'} of the range of dates (±8.64e15 ms, years −271821 to 275760) ` +
        `lies in a ${periods.every} that ${begins < -MAX_DATE ? 'begins before' : 'ends after'} it`,
    );
  }
  if (count > MAX_PERIODS) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `the times run from ${formatInstant(begins)} to ${formatInstant(periodBegins(periods, last))}: ` +
        `${count} periods of a ${periods.every}, more than ${MAX_PERIODS.toLocaleString('en')}; is a year mistyped?`,
    );
  }
  return count;
}
