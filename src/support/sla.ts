import { elapsed, readClock, refuseClock, type TimeOptions } from '../business-hours/clock.js';
import { describeValue } from '../_lib/describe.js';
import { rejectDuration } from '../_lib/durations.js';
import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { formatInstant, type Timestamp } from '../_lib/timestamp.js';
import {
  fail,
  readCount,
  readEnumOption,
  readInstantOption,
  readNonNegativeOption,
  readOptions,
  type Count,
} from '../_lib/validate.js';
import { complaintReader, type Complaint } from './complaint.js';
import { firstResponseReader } from './first-response.js';
import { resolutionReader } from './resolution.js';
import type { TicketHistory } from './history.js';
import type { Ticket } from './ticket.js';
import { durationOf, fieldName, readRecord, type Span, type SpanReader } from './time-metric.js';
import { waitReader, type QueuedCall } from './wait.js';

/**
 * Which interval an SLA measures: a ticket's first response or resolution,
 * a call's wait in the queue, or a complaint's resolution.
 */
export type SlaMeasure = 'firstResponse' | 'resolution' | 'wait' | 'complaintResolution';

/** The records an SLA can be measured on: tickets (with timestamps or their histories), queued calls, complaints. */
export type SlaRecord = Ticket | TicketHistory | QueuedCall | Complaint;

/** The counts SLA compliance is defined on. */
export interface SlaCounts {
  /** Items measured within their target. */
  readonly met: Count;
  /** Items measured. */
  readonly measured: Count;
}

/** Options of {@link slaComplianceRate} for records. */
export interface SlaOptions<R = SlaRecord> extends TimeOptions {
  /**
   * The target, in the result unit (`unit`, default milliseconds), of
   * working time when `calendar` is given: one number, or a function of the
   * record and its index (targets by priority). A duration equal to the
   * target meets it.
   */
  readonly target: number | ((record: R, index: number) => number);
  /** The interval measured. Default `'firstResponse'` (tickets). */
  readonly measure?: SlaMeasure;
  /**
   * The time of the report. When given, an item whose interval has not
   * ended (no reply yet) and whose clock already exceeds its target at
   * `asOf` counts as breached; one still within its target is left out.
   * Without it, every open item is left out.
   */
  readonly asOf?: Timestamp;
}

/** Options of {@link slaComplianceRate} for durations: one target, in the unit of the durations. */
export interface SlaDurationOptions {
  /** The target; a duration equal to it meets it. */
  readonly target: number;
}

/** The result of {@link slaComplianceSummary}. */
export interface SlaSummary {
  /** met / measured × 100. */
  readonly rate: number;
  /** Items within their target. */
  readonly met: number;
  /** Items over their target, including open items already over it at `asOf`. */
  readonly breached: number;
  /** met + breached. */
  readonly measured: number;
  /** Open items left out: without `asOf`, all of them; with it, those still within their target. */
  readonly leftOut: number;
}

const SLA_OPTION_KEYS = ['target', 'measure', 'asOf', 'unit', 'calendar'] as const satisfies readonly (keyof SlaOptions)[];

const MEASURES = ['firstResponse', 'resolution', 'wait', 'complaintResolution'] as const satisfies readonly SlaMeasure[];

const READERS: Readonly<Record<SlaMeasure, SpanReader<never>>> = {
  firstResponse: firstResponseReader,
  resolution: resolutionReader,
  wait: waitReader,
  complaintResolution: complaintReader,
};

/**
 * SLA compliance: the percentage of items that met their target.
 *
 * @summary SLA compliance rate, 0–100.
 *
 * @remarks
 * Compliance = items within target / items measured × 100; a duration equal
 * to the target meets it. `target` is one number, or a function of the
 * record that returns its target (e.g. by priority). Items whose interval
 * has not ended (no reply yet) are left out, unless `asOf` is given: then
 * one whose clock has already run past its target at `asOf` counts as
 * breached, since no later reply can meet it, and one still within its
 * target is left out. `measure` picks the interval of records: first
 * response (default), resolution, queue wait or complaint resolution, each
 * measured as in its average (e.g. {@link averageFirstResponseTime}).
 * Targets are in the result unit: milliseconds, or `unit`; with durations,
 * their unit. With `calendar`, durations and targets are working time
 * (business hours), `asOf` included. Not rounded.
 *
 * @param input - Durations with `{ target }`, records with
 *   {@link SlaOptions} (lists as any `ArrayLike` or iterable), or counts
 *   `{ met, measured }` (without options).
 * @param options - {@link SlaOptions} or {@link SlaDurationOptions}.
 * @returns The compliance rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when nothing was measured;
 *   `INVALID_OPTION` for a missing or negative target, a target function
 *   that returns one, an unknown option, `measure` or `unit`, a calendar
 *   not made by `businessCalendar`, `unit`, `calendar`, `measure` or `asOf`
 *   with durations, or options with counts; `NEGATIVE_DURATION`, `INVALID_DATE`, `INVALID_TYPE`,
 *   `NOT_FINITE` for bad records, durations or `asOf`; `INVALID_COUNTS`
 *   for counts with `met > measured`.
 *
 * @example
 * ```ts
 * slaComplianceRate([20, 45, 60, 75], { target: 60 }); // => 75
 * slaComplianceRate({ met: 180, measured: 200 }); // => 90
 * const tickets = [
 *   { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:30:00Z', priority: 'high' },
 *   { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T11:00:00Z', priority: 'low' },
 *   { createdAt: '2026-11-03T10:00:00Z', priority: 'high' },
 *   { createdAt: '2026-11-03T11:30:00Z', priority: 'low' },
 * ];
 * const target = (t) => (t.priority === 'high' ? 60 : 240);
 * slaComplianceRate(tickets, { target, unit: 'minutes' }); // => 100
 * slaComplianceRate(tickets, { target, unit: 'minutes', asOf: '2026-11-03T12:00:00Z' }); // => 66.66666666666667
 * ```
 */
export function slaComplianceRate(input: ArrayLike<number> | Iterable<number>, options: SlaDurationOptions): number;
export function slaComplianceRate(input: SlaCounts): number;
export function slaComplianceRate<R extends SlaRecord>(input: ArrayLike<R> | Iterable<R>, options: SlaOptions<R>): number;
export function slaComplianceRate(input: unknown, options?: unknown): number {
  return slaSummary('slaComplianceRate', input, options).rate;
}

/**
 * SLA compliance with the counts behind it and the open items left out.
 *
 * @summary SLA compliance, met and breached counts, open items left out.
 *
 * @remarks
 * rate = met / measured × 100, measured = met + breached, as in
 * {@link slaComplianceRate}; `leftOut` counts the open items not counted
 * (all of them without `asOf`; with it, those still within target).
 *
 * @param input - As for {@link slaComplianceRate}.
 * @param options - As for {@link slaComplianceRate}.
 * @returns An {@link SlaSummary}.
 * @throws {@link MetricError} As {@link slaComplianceRate}.
 *
 * @example
 * ```ts
 * slaComplianceSummary([20, 45, 60, 75], { target: 60 }); // => { rate: 75, met: 3, breached: 1, measured: 4, leftOut: 0 }
 * const calls = [
 *   { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:15Z' },
 *   { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:01:45Z' },
 *   { queuedAt: '2026-11-03T09:02:00Z' },
 * ];
 * slaComplianceSummary(calls, { target: 20, measure: 'wait', unit: 'seconds' }); // => { rate: 50, met: 1, breached: 1, measured: 2, leftOut: 1 }
 * ```
 */
export function slaComplianceSummary(input: ArrayLike<number> | Iterable<number>, options: SlaDurationOptions): SlaSummary;
export function slaComplianceSummary(input: SlaCounts): SlaSummary;
export function slaComplianceSummary<R extends SlaRecord>(input: ArrayLike<R> | Iterable<R>, options: SlaOptions<R>): SlaSummary;
export function slaComplianceSummary(input: unknown, options?: unknown): SlaSummary {
  return slaSummary('slaComplianceSummary', input, options);
}

interface Tallied {
  readonly met: number;
  readonly breached: number;
  readonly leftOut: number;
}

type SlaOptionValues = { readonly [K in (typeof SLA_OPTION_KEYS)[number]]?: unknown };

/** The one path of both functions: options read once, the input classified once, the rate taken once. */
function slaSummary(fn: string, input: unknown, options: unknown): SlaSummary {
  const o: SlaOptionValues = readOptions(fn, options, SLA_OPTION_KEYS);
  const read = readInput(fn, input, { values: 'durations', records: 'tickets, calls or complaints', counts: 'counts { met, measured }' });
  if (read.form === 'counts') {
    if (Object.keys(o).length > 0) {
      fail('INVALID_OPTION', fn, 'counts { met, measured } were already measured against their target; pass them without options');
    }
    const c = read.counts as Readonly<Record<string, unknown>>;
    const met = readCount(fn, 'counts.met', c['met']);
    const measured = readCount(fn, 'counts.measured', c['measured']);
    const r = rate(fn, met, measured, { part: 'counts.met', whole: 'counts.measured', empty: 'nothing measured: counts.measured is 0' });
    return { rate: r, met, breached: measured - met, measured, leftOut: 0 };
  }
  if (o.target === undefined) fail('INVALID_OPTION', fn, 'option target is missing: compliance is measured against a target');
  const list = read.form === 'values' ? read.values : read.records;
  if (list.length === 0) fail('EMPTY_INPUT', fn, 'no durations or records');
  const { met, breached, leftOut } = read.form === 'values' ? tallyDurations(fn, read.values, o) : tallyRecords(fn, read.records, o);
  const measured = met + breached;
  const open = leftOut === 1 ? 'the only item is' : `all ${leftOut} items are`;
  const r = rate(fn, met, measured, { part: 'met', whole: 'measured', empty: `nothing measured: ${open} still open and within target` });
  return { rate: r, met, breached, measured, leftOut };
}

/** Durations against one target, in their unit: the options of records are refused. */
function tallyDurations(fn: string, durations: ArrayLike<unknown>, o: SlaOptionValues): Tallied {
  for (const name of ['measure', 'asOf'] as const) {
    if (o[name] !== undefined) fail('INVALID_OPTION', fn, `option ${name} applies to records; durations were measured already, so leave ${name} out`);
  }
  refuseClock(fn, o, 'durations');
  if (typeof o.target === 'function') {
    fail('INVALID_OPTION', fn, 'a target function needs records to look at; with durations give one target number');
  }
  const target = readNonNegativeOption(fn, 'target', o.target, 0);
  let met = 0;
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i];
    if (typeof d !== 'number' || !(d >= 0) || d === Infinity) rejectDuration(fn, `durations[${i}]`, d, i);
    if ((d as number) <= target) met++;
  }
  return { met, breached: durations.length - met, leftOut: 0 };
}

function tallyRecords(fn: string, records: ArrayLike<unknown>, o: SlaOptionValues): Tallied {
  const clock = readClock(fn, o);
  const reader = READERS[readEnumOption(fn, 'measure', o.measure, MEASURES)];
  const targetOf = typeof o.target === 'function' ? (o.target as (r: SlaRecord, i: number) => unknown) : undefined;
  const fixed = targetOf === undefined ? readNonNegativeOption(fn, 'target', o.target, 0) : 0;
  const asOf = readInstantOption(fn, 'asOf', o.asOf) ?? NaN;
  const out: Span = { start: 0, end: 0, endName: '' };
  let met = 0;
  let breached = 0;
  let leftOut = 0;
  for (let i = 0; i < records.length; i++) {
    const record = readRecord(fn, records, i, reader.records);
    reader.read(fn, record as never, i, out);
    const target = targetOf === undefined ? fixed : readTarget(fn, targetOf(record as SlaRecord, i), reader.records, i);
    if (out.end === out.end) {
      const d = durationOf(fn, clock, out.start, out.end, reader.records, i, reader.startName, out.endName);
      if (d <= target) met++;
      else breached++;
    } else if (asOf === asOf) {
      if (asOf < out.start) {
        fail(
          'NEGATIVE_DURATION',
          fn,
          `option asOf (${formatInstant(asOf)}) is before ${fieldName(reader.records, i, reader.startName)} (${formatInstant(out.start)})`,
          i,
        );
      }
      if (elapsed(clock, out.start, asOf) > target) breached++;
      else leftOut++;
    } else leftOut++;
  }
  return { met, breached, leftOut };
}

/** What a target function returned for record `i`: a finite number ≥ 0 (INVALID_OPTION otherwise). */
function readTarget(fn: string, value: unknown, records: string, i: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail('INVALID_OPTION', fn, `option target for ${records}[${i}] is ${describeValue(value)}; a target must be a finite number ≥ 0`, i);
  }
  return value;
}
