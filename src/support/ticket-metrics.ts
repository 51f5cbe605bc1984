/**
 * The numbers a help desk reports for each ticket, computed from its
 * history: Zendesk's native ticket metrics (the Ticket Metrics API object,
 * and the help-centre article "About native Support time duration
 * metrics"), one ticket at a time or summarised over many. The one pass
 * over a history ({@link HistoryScan}) is also how every other time metric
 * of the family reads a history.
 */
import { elapsed, elapsedMs, readClock, type Clock, type TimeUnit } from '../business-hours/clock.js';
import { readCalendar, type BusinessCalendar, type CompiledCalendar } from '../business-hours/calendar.js';
import { describeKind } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { readQuantileMethod, type QuantileMethod } from '../_lib/quantile-methods.js';
import { withRoom } from '../_lib/durations.js';
import { sumNonNegative } from '../_lib/sum.js';
import { MAX_DATE_MS, type Timestamp } from '../_lib/timestamp.js';
import { atIndex, fail, readInstantOption, readOptions } from '../_lib/validate.js';
import { summarizeDurations, type DurationSummary } from '../stats/duration-summary.js';
import {
  AGENT,
  ASSIGNMENT,
  COMMENT,
  CUSTOMER,
  NEW,
  ON_HOLD,
  OPEN,
  PENDING,
  PUBLIC,
  SOLVED,
  STATUS,
  isAssignment,
  readHistoryFields,
  refuseTicketFields,
  statusCode,
  Timeline,
  type TicketHistory,
} from './history.js';
import { readRecord, type Span, type TimeSummary } from './time-metric.js';

/**
 * A business calendar for every ticket, or a function that picks one per
 * ticket from its history (by group, brand or priority).
 */
export type HistoryCalendar = BusinessCalendar | ((history: TicketHistory, index: number) => BusinessCalendar);

/** Options of {@link ticketMetrics} and {@link ticketMetricsSummary}. */
export interface TicketMetricsOptions {
  /** The unit of every duration. Default `'milliseconds'`. */
  readonly unit?: TimeUnit;
  /**
   * Working hours: every duration is then working time, as
   * `businessDuration` measures it. One calendar, or a function of the
   * history and its index that returns the ticket's calendar; the calendar
   * a ticket gets is applied to all of its durations.
   */
  readonly calendar?: HistoryCalendar;
  /**
   * The time of the report: a status period still running at the end of a
   * history counts up to `asOf` (without it, not at all). It must not be
   * before any history's creation or events.
   */
  readonly asOf?: Timestamp;
}

/**
 * One ticket's metrics, after Zendesk's Ticket Metrics: durations in the
 * unit asked for (milliseconds by default), of working time with a
 * calendar; `null` where the events that end them have not happened.
 */
export interface TicketMetrics {
  /** Creation → the first public comment by an agent (not an agent-created ticket's public opening comment). */
  readonly firstReplyTime: number | null;
  /** Creation → the first change to solved (or to closed, for a ticket closed without being solved). */
  readonly firstResolutionTime: number | null;
  /** Creation → the last such change; `null` while the ticket is not solved or closed. */
  readonly fullResolutionTime: number | null;
  /** Time in new, open and on-hold. */
  readonly requesterWaitTime: number;
  /** Time in new and open. */
  readonly agentWorkTime: number;
  /** Time in pending. */
  readonly agentWaitTime: number;
  /** Time in on-hold. */
  readonly onHoldTime: number;
  /** For each run of public customer comments after the first reply, the time from its first comment to the next public agent comment. */
  readonly nextReplyTimes: readonly number[];
  /** Public agent comments, not counting an agent-created ticket's public opening comment. */
  readonly replies: number;
  /** Changes from solved (or closed) back to an unsolved status. */
  readonly reopens: number;
  /** Distinct assignees the ticket had. */
  readonly assigneeStations: number;
  /** Distinct groups the ticket passed through. */
  readonly groupStations: number;
  /** Whether the ticket is solved or closed at the end of its history. */
  readonly solved: boolean;
}

/** The result of {@link ticketMetricsSummary}. */
export interface TicketMetricsSummary {
  /** Histories read. */
  readonly count: number;
  /** Histories solved or closed at their end. */
  readonly solved: number;
  /** First reply times; `leftOut` the tickets without a reply; `null` when no ticket has one. */
  readonly firstReplyTime: TimeSummary | null;
  /** First resolution times; `leftOut` the tickets never solved; `null` when none was. */
  readonly firstResolutionTime: TimeSummary | null;
  /** Full resolution times; `leftOut` the tickets not solved at their end; `null` when none is. */
  readonly fullResolutionTime: TimeSummary | null;
  /** Requester wait times, one per ticket. */
  readonly requesterWaitTime: TimeSummary;
  /** Agent work times, one per ticket. */
  readonly agentWorkTime: TimeSummary;
  /** Agent wait times, one per ticket. */
  readonly agentWaitTime: TimeSummary;
  /** On-hold times, one per ticket. */
  readonly onHoldTime: TimeSummary;
  /** Next reply times pooled over every wait of every ticket; `leftOut` the waits without a reply yet; `null` when no wait was answered. */
  readonly nextReplyTime: TimeSummary | null;
  /** Solved tickets reopened at least once. */
  readonly reopened: number;
  /** reopened / solved × 100; `null` when no ticket is solved. */
  readonly reopenRate: number | null;
  /** Solved tickets with exactly one reply. */
  readonly oneTouch: number;
  /** oneTouch / solved × 100; `null` when no ticket is solved. */
  readonly oneTouchRate: number | null;
  /** The replies of each solved ticket, summarised; `null` when no ticket is solved. */
  readonly repliesPerSolvedTicket: DurationSummary | null;
}

/** The option names of {@link TicketMetricsOptions}. */
export const TICKET_METRICS_OPTION_KEYS = ['unit', 'calendar', 'asOf'] as const satisfies readonly (keyof TicketMetricsOptions)[];
const SUMMARY_OPTION_KEYS = ['unit', 'calendar', 'asOf', 'method'] as const satisfies readonly (keyof TicketMetricsSummaryOptions)[];

/** Options of {@link ticketMetricsSummary}: those of {@link ticketMetrics}, and the quantile method of its medians and p90s. */
export interface TicketMetricsSummaryOptions extends TicketMetricsOptions {
  /** How each median and p90 is computed: one of numpy's nine definitions. Default `'linear'` (type 7). */
  readonly method?: QuantileMethod;
}

/**
 * What one pass over a history finds, in epoch milliseconds and counts: the
 * instants the metrics end at, the time in each status (of the clock's
 * time), the waits for a next reply and the stations. Reused for every
 * history of a call.
 */
export class HistoryScan {
  /** The ticket's creation. */
  created = 0;
  /** The first reply, NaN for none. */
  firstReplyAt = NaN;
  /** The first resolution, NaN for none. */
  firstResolutionAt = NaN;
  /** The last resolution, NaN for none. */
  lastResolutionAt = NaN;
  /** Whether the ticket is solved or closed at the end. */
  solved = false;
  reopens = 0;
  replies = 0;
  /** Milliseconds of the clock's time in new, open and on-hold. */
  requesterWaitMs = 0;
  /** … in new and open. */
  agentWorkMs = 0;
  /** … in pending. */
  agentWaitMs = 0;
  /** … in on-hold. */
  onHoldMs = 0;
  /** The number of answered waits after the first reply; each from `waitStart[w]` to `waitEnd[w]`. */
  waits = 0;
  waitStart = new Float64Array(8);
  waitEnd = new Float64Array(8);
  /** Whether a run of customer comments after the first reply is still waiting at the end. */
  unanswered = false;
  /** Distinct assignees and groups; counted only when the scan was made to count them. */
  assigneeStations = 0;
  groupStations = 0;
  private readonly assignees: unknown[] = [];
  private readonly groups: unknown[] = [];

  /** `stations`: whether to count the stations, which only {@link ticketMetrics} reports. */
  constructor(private readonly stations = false) {}

  /**
   * One pass over a read timeline. With a clock, the status periods are
   * measured in its time (a period still running at the end up to
   * `horizon`, NaN for none); without one they are not measured.
   */
  run(t: Timeline, clock: Clock | undefined, horizon: number): void {
    const created = t.created;
    let status = t.status;
    let resolved = status >= SOLVED;
    let firstResolution = resolved ? created : NaN;
    let lastResolution = firstResolution;
    let periodStart = created;
    let firstComment = true;
    const opening = t.createdBy === AGENT;
    let firstReply = NaN;
    let replies = 0;
    let reopens = 0;
    let waitFrom = NaN;
    let waits = 0;
    this.requesterWaitMs = 0;
    this.agentWorkMs = 0;
    this.agentWaitMs = 0;
    this.onHoldMs = 0;
    this.assigneeStations = 0;
    this.groupStations = 0;
    const { at, kind, code } = t;
    const n = t.count;
    for (let j = 0; j < n; j++) {
      const k = kind[j]!;
      const time = at[j]!;
      if (k === STATUS) {
        const s = code[j]!;
        if (s === status) continue;
        if (clock !== undefined && time > periodStart) this.addPeriod(clock, status, periodStart, time);
        const nowResolved = s >= SOLVED;
        if (nowResolved && !resolved) {
          if (firstResolution !== firstResolution) firstResolution = time;
          lastResolution = time;
        } else if (resolved && !nowResolved) reopens++;
        status = s;
        resolved = nowResolved;
        periodStart = time;
      } else if (k === COMMENT) {
        const c = code[j]!;
        if (firstComment) {
          firstComment = false;
          // an agent-created ticket's public opening comment is not a reply
          if (opening && c === (AGENT | PUBLIC)) continue;
        }
        if (c === (AGENT | PUBLIC)) {
          replies++;
          if (firstReply !== firstReply) firstReply = time;
          else if (waitFrom === waitFrom) {
            this.addWait(waits++, waitFrom, time);
            waitFrom = NaN;
          }
        } else if (c === (CUSTOMER | PUBLIC) && firstReply === firstReply && waitFrom !== waitFrom) waitFrom = time;
      } else if (k === ASSIGNMENT && this.stations) this.station(t.event(j));
    }
    if (clock !== undefined && horizon === horizon && horizon > periodStart) this.addPeriod(clock, status, periodStart, horizon);
    this.created = created;
    this.firstReplyAt = firstReply;
    this.firstResolutionAt = firstResolution;
    this.lastResolutionAt = lastResolution;
    this.solved = resolved;
    this.reopens = reopens;
    this.replies = replies;
    this.waits = waits;
    this.unanswered = waitFrom === waitFrom;
  }

  /**
   * Reads and scans history `index` in one pass, without a {@link Timeline},
   * when it is in the form an export most often has: `createdAt` and every
   * event's `at` epoch milliseconds, the events an array in time order, and
   * no calendar (`clock` measures elapsed time). Returns `false` for any
   * other history, and for one that {@link Timeline.read} would refuse,
   * having thrown nothing and kept nothing: the caller then reads it the
   * general way, which refuses it with its own message. The rules are those
   * of {@link run}, event by event.
   */
  readInOrder(fn: string, record: object, index: number, records: string, asOf: number, clock: Clock): boolean {
    if (clock.calendar !== undefined) return false;
    const h = record as TicketHistory & { readonly [field: string]: unknown };
    const created: unknown = h.createdAt;
    const events: unknown = h.events;
    if (typeof created !== 'number' || !(created >= -MAX_DATE_MS && created <= MAX_DATE_MS) || !Array.isArray(events)) return false;
    readHistoryFields(fn, h, index, records);
    const list = events as readonly unknown[];
    const n = list.length;
    let status = h.status === undefined ? NEW : statusCode(h.status);
    let resolved = status >= SOLVED;
    let firstResolution = resolved ? created : NaN;
    let lastResolution = firstResolution;
    let periodStart = created;
    let firstComment = true;
    const opening = h.createdBy === 'agent';
    let firstReply = NaN;
    let replies = 0;
    let reopens = 0;
    let waitFrom = NaN;
    let waits = 0;
    // milliseconds in the statuses, added as run() adds them, so that the sums round alike
    this.requesterWaitMs = 0;
    this.agentWorkMs = 0;
    this.agentWaitMs = 0;
    this.onHoldMs = 0;
    // `time >= last` also refuses NaN, a time before the creation and one out of order
    let last = created;
    for (let k = 0; k < n; k++) {
      const e: unknown = list[k];
      if (e === null || typeof e !== 'object') return false;
      const event = e as Readonly<Record<string, unknown>>;
      const time = event['at'];
      if (typeof time !== 'number' || !(time >= last && time <= MAX_DATE_MS)) return false;
      last = time;
      const type = event['type'];
      if (type === 'status') {
        const s = statusCode(event['status']);
        if (s < 0) return false;
        if (s === status) continue;
        if (time > periodStart) this.addMs(status, time - periodStart);
        const nowResolved = s >= SOLVED;
        if (nowResolved && !resolved) {
          if (firstResolution !== firstResolution) firstResolution = time;
          lastResolution = time;
        } else if (resolved && !nowResolved) reopens++;
        status = s;
        resolved = nowResolved;
        periodStart = time;
      } else if (type === 'comment') {
        // what Timeline.read accepts of a comment: a boolean public, an authorId that is an id or absent, an author of the four
        const visible = event['public'];
        const id = event['authorId'];
        if (typeof visible !== 'boolean' || (id !== undefined && typeof id !== 'string' && typeof id !== 'number')) return false;
        const author = event['author'];
        let reply = false;
        let customer = false;
        if (author === 'agent') reply = visible;
        else if (author === 'customer') customer = visible;
        else if (author !== 'bot' && author !== 'system') return false;
        if (firstComment) {
          firstComment = false;
          if (opening && reply) continue;
        }
        if (reply) {
          replies++;
          if (firstReply !== firstReply) firstReply = time;
          else if (waitFrom === waitFrom) {
            this.addWait(waits++, waitFrom, time);
            waitFrom = NaN;
          }
        } else if (customer && firstReply === firstReply && waitFrom !== waitFrom) waitFrom = time;
      } else if (type !== 'assignment' || !isAssignment(event)) return false;
    }
    if (asOf === asOf) {
      if (asOf < last) return false;
      if (asOf > periodStart) this.addMs(status, asOf - periodStart);
    }
    this.created = created;
    this.firstReplyAt = firstReply;
    this.firstResolutionAt = firstResolution;
    this.lastResolutionAt = lastResolution;
    this.solved = resolved;
    this.reopens = reopens;
    this.replies = replies;
    this.waits = waits;
    this.unanswered = waitFrom === waitFrom;
    return true;
  }

  private addPeriod(clock: Clock, status: number, from: number, to: number): void {
    if (status < SOLVED) this.addMs(status, elapsedMs(clock, from, to));
  }

  /** Adds `ms` spent in `status` to the status times: new and open to requester wait and agent work, on-hold to requester wait and on-hold, pending to agent wait, solved and closed to none. */
  private addMs(status: number, ms: number): void {
    if (status === NEW || status === OPEN) {
      this.requesterWaitMs += ms;
      this.agentWorkMs += ms;
    } else if (status === ON_HOLD) {
      this.requesterWaitMs += ms;
      this.onHoldMs += ms;
    } else if (status === PENDING) this.agentWaitMs += ms;
  }

  private addWait(w: number, from: number, to: number): void {
    if (w === this.waitStart.length) {
      this.waitStart = withRoom(this.waitStart, w, w + 1);
      this.waitEnd = withRoom(this.waitEnd, w, w + 1);
    }
    this.waitStart[w] = from;
    this.waitEnd[w] = to;
  }

  private station(event: Readonly<Record<string, unknown>>): void {
    const assignee = event['assignee'];
    const group = event['group'];
    if (assignee !== undefined && assignee !== null && !seen(this.assignees, this.assigneeStations, assignee)) {
      this.assignees[this.assigneeStations++] = assignee;
    }
    if (group !== undefined && group !== null && !seen(this.groups, this.groupStations, group)) this.groups[this.groupStations++] = group;
  }
}

/** Whether `value` is among the first `n` of `values`. */
function seen(values: readonly unknown[], n: number, value: unknown): boolean {
  for (let i = 0; i < n; i++) if (values[i] === value) return true;
  return false;
}

/** A reader and a scan, reused by the metrics that read one history at a time into a span. */
let shared: { readonly timeline: Timeline; readonly scan: HistoryScan } | undefined;

/**
 * Reads history `i` of `records` and scans it (without status times): the
 * readers of the other time metrics of the family call this for a record
 * that carries `events`. The scan is reused: read what you need before the
 * next call.
 */
export function scanHistory(fn: string, record: object, i: number, records: string): HistoryScan {
  refuseTicketFields(fn, record, records, i);
  shared ??= { timeline: new Timeline(), scan: new HistoryScan() };
  shared.timeline.read(fn, record, i, records, NaN);
  shared.scan.run(shared.timeline, undefined, NaN);
  return shared.scan;
}

/** Reads the interval from a history's creation to `end` of its scan into `out`. */
export function historySpan(fn: string, record: object, i: number, records: string, out: Span, end: 'firstReply' | 'resolution'): void {
  const scan = scanHistory(fn, record, i, records);
  out.start = scan.created;
  out.end = end === 'firstReply' ? scan.firstReplyAt : scan.solved ? scan.lastResolutionAt : NaN;
  out.endName = 'events';
}

/** The options of the history metrics, read once. */
export interface HistoryOptions {
  /** The clock of every ticket: its unit, and its calendar unless `calendarOf` picks one per ticket. */
  readonly clock: Clock;
  /** The function that picks each ticket's calendar. */
  readonly calendarOf: ((history: TicketHistory, index: number) => unknown) | undefined;
  /** The time of the report, NaN for none. */
  readonly asOf: number;
}

/** Reads `unit`, `calendar` (one, or a function) and `asOf`, checked for unknown keys by the caller. */
export function readHistoryOptions(fn: string, o: Readonly<Record<string, unknown>>): HistoryOptions {
  const calendar = o['calendar'];
  const calendarOf = typeof calendar === 'function' ? (calendar as (history: TicketHistory, index: number) => unknown) : undefined;
  const clock = readClock(fn, { unit: o['unit'], calendar: calendarOf === undefined ? calendar : undefined });
  return { clock, calendarOf, asOf: readInstantOption(fn, 'asOf', o['asOf']) ?? NaN };
}

/**
 * The clock of history `i`: the one clock of the options, or the clock of
 * the calendar the options' function picks for it (`last` caches the
 * clock of the calendar picked last).
 */
export function clockOf(fn: string, o: HistoryOptions, history: TicketHistory, i: number, last: { clock: Clock | undefined }): Clock {
  if (o.calendarOf === undefined) return o.clock;
  const given = o.calendarOf(history, i);
  let compiled: CompiledCalendar;
  try {
    compiled = readCalendar(fn, `the calendar that option calendar gives histories[${i}]`, given);
  } catch (error) {
    // the calendar reader takes no index; its refusal is about history `i`
    throw atIndex(fn, error, i);
  }
  if (last.clock?.calendar !== compiled) last.clock = { unit: o.clock.unit, msPerUnit: o.clock.msPerUnit, calendar: compiled };
  return last.clock;
}

/**
 * One ticket's metrics from its history, as Zendesk's Ticket Metrics
 * report them.
 *
 * @summary Zendesk's ticket metrics of one ticket, from its history.
 *
 * @remarks
 * Follows Zendesk's Ticket Metrics API object and its help-centre article
 * "About native Support time duration metrics"; docs/support-metrics.md
 * says where Intercom and Help Scout differ. Events are read in time order
 * (events at the same instant in their given order). Durations are in
 * milliseconds or `unit`, of working time with `calendar`; `null` where the
 * events that end them have not happened.
 *
 * - first reply time: creation → the first public comment by an agent.
 *   When the ticket was created by an agent and its first comment is a
 *   public agent comment (the opening comment), the first reply is the
 *   second public agent comment. Internal comments, and bot and system
 *   comments, never count.
 * - first resolution time: creation → the first change to solved, or to
 *   closed for a ticket closed without being solved; full resolution time:
 *   creation → the last such change, `null` while the ticket is neither
 *   solved nor closed. A ticket created solved is resolved at creation.
 * - requester wait time (new, open, on-hold), agent work time (new, open),
 *   agent wait time (pending), on-hold time: sums of the status periods. A
 *   period still running at the end counts up to `asOf` when given, and
 *   not at all otherwise (Zendesk records these when a ticket is solved).
 * - next reply times: for each run of public customer comments after the
 *   first reply, the time from its first comment to the next public agent
 *   comment; a run not answered yet gives none.
 * - replies (public agent comments, not the opening comment), reopens
 *   (changes from solved or closed to an unsolved status), assignee and
 *   group stations (distinct assignees and groups), solved (solved or
 *   closed at the end).
 *
 * With `calendar` as a function, each ticket gets the calendar it returns
 * for its whole history; Zendesk applies the schedule in force at each
 * event instead, which differs only for a ticket whose schedule changed
 * while it was open (docs/support-metrics.md).
 *
 * @param history - A {@link TicketHistory}.
 * @param options - {@link TicketMetricsOptions}: `unit`, `calendar`, `asOf`.
 * @returns The ticket's {@link TicketMetrics}.
 * @throws {@link MetricError} `INVALID_TYPE` for a history that is not an
 *   object, without `createdAt` or `events`, with an unknown event type,
 *   status or author, a `public` that is not a boolean, or an assignment
 *   that names neither assignee nor group; `INVALID_DATE` for a timestamp
 *   that cannot be read; `NEGATIVE_DURATION` for an event before the
 *   creation, or an `asOf` before the creation or an event;
 *   `INVALID_OPTION` for an unknown option or unit, or a calendar not made
 *   by `businessCalendar`.
 *
 * @example
 * ```ts
 * const history = {
 *   createdAt: '2026-11-03T09:00:00Z',
 *   createdBy: 'agent',
 *   events: [
 *     { type: 'comment', at: '2026-11-03T09:00:00Z', author: 'agent', public: false },
 *     { type: 'status', at: '2026-11-03T09:00:00Z', status: 'open' },
 *     { type: 'comment', at: '2026-11-03T09:30:00Z', author: 'agent', public: true },
 *     { type: 'status', at: '2026-11-03T09:30:00Z', status: 'pending' },
 *     { type: 'comment', at: '2026-11-03T10:00:00Z', author: 'customer', public: true },
 *     { type: 'status', at: '2026-11-03T10:00:00Z', status: 'open' },
 *     { type: 'comment', at: '2026-11-03T11:00:00Z', author: 'agent', public: true },
 *     { type: 'status', at: '2026-11-03T11:00:00Z', status: 'solved' },
 *   ],
 * };
 * // the opening comment is internal, so 09:30 is the first reply; open 30 + 60 min, pending 30 min
 * ticketMetrics(history, { unit: 'minutes' }); // => { firstReplyTime: 30, firstResolutionTime: 120, fullResolutionTime: 120, requesterWaitTime: 90, agentWorkTime: 90, agentWaitTime: 30, onHoldTime: 0, nextReplyTimes: [60], replies: 2, reopens: 0, assigneeStations: 0, groupStations: 0, solved: true }
 * ```
 */
export function ticketMetrics(history: TicketHistory, options?: TicketMetricsOptions): TicketMetrics {
  const fn = 'ticketMetrics';
  const o = readHistoryOptions(fn, readOptions(fn, options, TICKET_METRICS_OPTION_KEYS));
  const given: unknown = history;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    const hint = Array.isArray(given) ? '; for many tickets use ticketMetricsSummary' : '';
    fail('INVALID_TYPE', fn, `history is ${describeKind(given)}, not a history { createdAt, events }${hint}`);
  }
  const timeline = new Timeline();
  const scan = new HistoryScan(true);
  timeline.read(fn, history, 0, 'histories', o.asOf);
  const clock = clockOf(fn, o, history, 0, { clock: undefined });
  scan.run(timeline, clock, o.asOf);
  const created = timeline.created;
  const since = (instant: number): number | null => (instant === instant ? elapsed(clock, created, instant) : null);
  const nextReplyTimes: number[] = [];
  for (let w = 0; w < scan.waits; w++) nextReplyTimes.push(elapsed(clock, scan.waitStart[w]!, scan.waitEnd[w]!));
  return {
    firstReplyTime: since(scan.firstReplyAt),
    firstResolutionTime: since(scan.firstResolutionAt),
    fullResolutionTime: scan.solved ? since(scan.lastResolutionAt) : null,
    requesterWaitTime: scan.requesterWaitMs / clock.msPerUnit,
    agentWorkTime: scan.agentWorkMs / clock.msPerUnit,
    agentWaitTime: scan.agentWaitMs / clock.msPerUnit,
    onHoldTime: scan.onHoldMs / clock.msPerUnit,
    nextReplyTimes,
    replies: scan.replies,
    reopens: scan.reopens,
    assigneeStations: scan.assigneeStations,
    groupStations: scan.groupStations,
    solved: scan.solved,
  };
}

/**
 * Zendesk's ticket metrics over many tickets: a time summary of each
 * duration, the reopen and one-touch rates, and replies per solved ticket.
 *
 * @summary Ticket metrics of many histories, summarised.
 *
 * @remarks
 * Each history is measured as {@link ticketMetrics} measures it. Every
 * duration metric is summarised as {@link durationSummary} does (count,
 * sum, mean, median, p90, min, max) with `leftOut`, the tickets whose
 * ending event has not happened (no reply, not solved); it is `null` when
 * no ticket has it. Status times give one value per ticket. Next reply
 * times are pooled over every wait of every ticket, and `leftOut` counts
 * the waits not answered yet. reopenRate = solved tickets reopened at
 * least once / solved tickets × 100, and oneTouchRate = solved tickets
 * with exactly one reply / solved tickets × 100 (Zendesk's "one-touch
 * tickets" and "reopened tickets"); "solved" means solved or closed at the
 * end of the history; both rates are `null` when no ticket is solved.
 * `repliesPerSolvedTicket` summarises the replies of the solved tickets.
 * One pass over the histories.
 *
 * @param histories - {@link TicketHistory} records, as any `ArrayLike` or iterable.
 * @param options - {@link TicketMetricsSummaryOptions}: `unit`, `calendar`, `asOf`, and `method` for the medians and p90s.
 * @returns A {@link TicketMetricsSummary}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no histories; otherwise
 *   as {@link ticketMetrics}, naming the history's index.
 *
 * @example
 * ```ts
 * const histories = [
 *   {
 *     createdAt: '2026-11-03T09:00:00Z',
 *     events: [
 *       { type: 'comment', at: '2026-11-03T09:00:00Z', author: 'customer', public: true },
 *       { type: 'comment', at: '2026-11-03T09:20:00Z', author: 'agent', public: true },
 *       { type: 'status', at: '2026-11-03T09:20:00Z', status: 'solved' },
 *     ],
 *   },
 *   {
 *     createdAt: '2026-11-03T10:00:00Z',
 *     events: [
 *       { type: 'comment', at: '2026-11-03T10:00:00Z', author: 'customer', public: true },
 *       { type: 'status', at: '2026-11-03T10:10:00Z', status: 'open' },
 *       { type: 'comment', at: '2026-11-03T10:40:00Z', author: 'agent', public: true },
 *       { type: 'status', at: '2026-11-03T10:40:00Z', status: 'solved' },
 *       { type: 'status', at: '2026-11-03T11:00:00Z', status: 'open' },
 *       { type: 'comment', at: '2026-11-03T11:00:00Z', author: 'customer', public: true },
 *       { type: 'comment', at: '2026-11-03T11:30:00Z', author: 'agent', public: true },
 *       { type: 'status', at: '2026-11-03T11:30:00Z', status: 'solved' },
 *     ],
 *   },
 * ];
 * const summary = ticketMetricsSummary(histories, { unit: 'minutes' });
 * summary.firstReplyTime; // => { count: 2, sum: 60, mean: 30, median: 30, p90: 38, min: 20, max: 40, leftOut: 0 }
 * summary.fullResolutionTime.mean; // => 55
 * [summary.reopenRate, summary.oneTouchRate]; // => [50, 50]
 * ```
 */
export function ticketMetricsSummary(
  histories: ArrayLike<TicketHistory> | Iterable<TicketHistory>,
  options?: TicketMetricsSummaryOptions,
): TicketMetricsSummary {
  const fn = 'ticketMetricsSummary';
  const given = readOptions(fn, options, SUMMARY_OPTION_KEYS);
  const method = readQuantileMethod(fn, given['method']);
  const o = readHistoryOptions(fn, given);
  const records = readInput(fn, histories, { records: 'histories' }).records;
  const n = records.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no histories');
  // the tally kept from the last call, unless a call is using it (a getter of a history may call this function)
  const t = keptTally ?? new SummaryTally();
  keptTally = undefined;
  try {
    t.reset(n);
    return summarizeTally(fn, records, o, method, t);
  } finally {
    t.release();
    keptTally = t;
  }
}

/** The body of {@link ticketMetricsSummary}, gathering into `t`. */
function summarizeTally(
  fn: string,
  records: ArrayLike<unknown>,
  o: HistoryOptions,
  method: QuantileMethod,
  t: SummaryTally,
): TicketMetricsSummary {
  const n = records.length;
  const last = { clock: undefined as Clock | undefined };
  // chunks through a small function, so that its optimised code is compiled
  // once and kept (a long loop here would be compiled on the fly, and that
  // code is thrown away at the next full garbage collection)
  for (let from = 0; from < n; from += SUMMARY_CHUNK) tallyHistories(fn, records, from, Math.min(n, from + SUMMARY_CHUNK), o, last, t);
  const { firstReply, firstResolution, fullResolution, requesterWait, agentWork, agentWait, onHold, nextReply, replies } = t;
  const { unansweredWaits, reopened, oneTouch } = t;
  const solved = replies.count;
  const ofSolved = (part: number): number | null =>
    solved === 0 ? null : rate(fn, part, solved, { part: 'tickets', whole: 'solved tickets', empty: 'no solved tickets' });
  return {
    count: n,
    solved,
    firstReplyTime: summaryOf(fn, firstReply, n - firstReply.count, method),
    firstResolutionTime: summaryOf(fn, firstResolution, n - firstResolution.count, method),
    fullResolutionTime: summaryOf(fn, fullResolution, n - solved, method),
    requesterWaitTime: summaryOf(fn, requesterWait, 0, method)!,
    agentWorkTime: summaryOf(fn, agentWork, 0, method)!,
    agentWaitTime: summaryOf(fn, agentWait, 0, method)!,
    onHoldTime: summaryOf(fn, onHold, 0, method)!,
    nextReplyTime: summaryOf(fn, nextReply, unansweredWaits, method),
    reopened,
    reopenRate: ofSolved(reopened),
    oneTouch,
    oneTouchRate: ofSolved(oneTouch),
    repliesPerSolvedTicket: solved === 0 ? null : summarizeDurations(fn, replies.values(), sumNonNegative(replies.values()), true, 'no solved tickets', method),
  };
}

/** The store of a released {@link Column}. */
const EMPTY_STORE = /*#__PURE__*/ new Float64Array(0);

/** Histories read per call of {@link tallyHistories}. */
const SUMMARY_CHUNK = 4096;

/**
 * What {@link ticketMetricsSummary} gathers over the histories. One is kept
 * between calls, its columns emptied and the last history forgotten: the
 * optimised code of the scan refers to the objects it ran on, and V8 throws
 * that code away at a full garbage collection once they are gone, so a new
 * tally per call made the first call after each collection 1.4× slower.
 */
class SummaryTally {
  readonly firstReply = new Column();
  readonly firstResolution = new Column();
  readonly fullResolution = new Column();
  readonly requesterWait = new Column();
  readonly agentWork = new Column();
  readonly agentWait = new Column();
  readonly onHold = new Column();
  readonly nextReply = new Column();
  readonly replies = new Column();
  readonly timeline = new Timeline();
  readonly scan = new HistoryScan();
  unansweredWaits = 0;
  reopened = 0;
  oneTouch = 0;

  /** Ready for `n` histories. */
  reset(n: number): void {
    for (const column of this.columns()) column.reset(n);
    this.unansweredWaits = 0;
    this.reopened = 0;
    this.oneTouch = 0;
  }

  /** Lets go of the values and of the caller's last history. */
  release(): void {
    for (const column of this.columns()) column.release();
    this.timeline.forget();
  }

  private columns(): Column[] {
    return [this.firstReply, this.firstResolution, this.fullResolution, this.requesterWait, this.agentWork, this.agentWait, this.onHold, this.nextReply, this.replies];
  }
}

/** The tally of {@link ticketMetricsSummary} between calls; `undefined` while a call holds it. */
let keptTally: SummaryTally | undefined;

/** Reads and scans histories `from` to `to` (excluded) into `t`, for {@link ticketMetricsSummary}. */
function tallyHistories(
  fn: string,
  records: ArrayLike<unknown>,
  from: number,
  to: number,
  o: HistoryOptions,
  last: { clock: Clock | undefined },
  t: SummaryTally,
): void {
  const { scan, timeline } = t;
  // nothing after the loop: its optimised code may be compiled during a first, long call
  for (let i = from; i < to; i++) {
    const record = readRecord(fn, records, i, 'histories');
    let clock = o.clock;
    if (o.calendarOf !== undefined || !scan.readInOrder(fn, record, i, 'histories', o.asOf, clock)) {
      timeline.read(fn, record, i, 'histories', o.asOf);
      clock = clockOf(fn, o, record as TicketHistory, i, last);
      scan.run(timeline, clock, o.asOf);
    }
    const created = scan.created;
    if (scan.firstReplyAt === scan.firstReplyAt) t.firstReply.add(elapsed(clock, created, scan.firstReplyAt));
    if (scan.firstResolutionAt === scan.firstResolutionAt) t.firstResolution.add(elapsed(clock, created, scan.firstResolutionAt));
    const per = clock.msPerUnit;
    t.requesterWait.add(scan.requesterWaitMs / per);
    t.agentWork.add(scan.agentWorkMs / per);
    t.agentWait.add(scan.agentWaitMs / per);
    t.onHold.add(scan.onHoldMs / per);
    for (let w = 0; w < scan.waits; w++) t.nextReply.add(elapsed(clock, scan.waitStart[w]!, scan.waitEnd[w]!));
    if (scan.unanswered) t.unansweredWaits++;
    if (scan.solved) {
      t.fullResolution.add(elapsed(clock, created, scan.lastResolutionAt));
      t.replies.add(scan.replies);
      if (scan.reopens > 0) t.reopened++;
      if (scan.replies === 1) t.oneTouch++;
    }
  }
}

/** The values of one metric over the histories, in a store that grows past its first guess. */
class Column {
  count = 0;
  private store = EMPTY_STORE;

  /** Empty, with room for `capacity` values (a first guess: the number of histories, capped so that a length no records back up costs nothing). */
  reset(capacity: number): void {
    this.count = 0;
    this.store = new Float64Array(Math.min(Math.max(capacity, 8), 1 << 20));
  }

  /** Empty, holding no memory. */
  release(): void {
    this.count = 0;
    this.store = EMPTY_STORE;
  }

  add(value: number): void {
    if (this.count === this.store.length) this.store = withRoom(this.store, this.count, this.count + 1);
    this.store[this.count++] = value;
  }

  values(): Float64Array {
    return this.store.subarray(0, this.count);
  }
}

/** The summary of one metric's durations with the records left out; `null` when none were measured. */
function summaryOf(fn: string, column: Column, leftOut: number, method: QuantileMethod): TimeSummary | null {
  if (column.count === 0) return null;
  const values = column.values();
  const sum = sumNonNegative(values);
  if (!Number.isFinite(sum)) fail('NOT_FINITE', fn, 'the durations of the histories add up to more than the largest finite number');
  return { ...summarizeDurations(fn, values, sum, true, 'no durations', method), leftOut };
}
