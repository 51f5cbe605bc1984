import { describeValue } from '../_lib/describe.js';
import { readCalendarDay, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, readEnumOption } from '../_lib/validate.js';
import { zoneOffsets, type ZoneOffsets } from '../business-hours/time-zone.js';

/** Options of {@link summarizeTransactions} that count time in days or weeks of 7 days. */
export interface DaySummaryOptions {
  /** The last day of observation (included): a calendar date or a timestamp, as a transaction's `date`. */
  readonly observationEnd: Timestamp;
  /** The time unit of recency and T: `'days'`, or `'weeks'` (days / 7). */
  readonly unit: 'days' | 'weeks';
  /**
   * The IANA time zone whose calendar days a timestamp falls on (a
   * `'YYYY-MM-DD'` date is that day anywhere); default UTC.
   */
  readonly timeZone?: string;
}

/** Options of {@link summarizeTransactions} that count time in calendar weeks or months. */
export interface PeriodSummaryOptions {
  /** The last day of observation (included); its period is the last one. */
  readonly observationEnd: Timestamp;
  /**
   * Calendar periods: purchases in the same period are one purchase, and
   * recency and T are whole numbers of periods between the periods of the
   * first purchase, the last, and `observationEnd`. `'calendar-week'` weeks
   * run Monday to Sunday (as pandas' `'W'`, the `freq` of lifetimes);
   * `'calendar-month'` months are calendar months.
   */
  readonly period: CalendarPeriod;
  /** The IANA time zone whose calendar a timestamp falls in; default UTC. */
  readonly timeZone?: string;
}

/** The calendar periods {@link summarizeTransactions} can count in. */
export type CalendarPeriod = 'calendar-week' | 'calendar-month';

/** How a summary reads time: the index of each date's day or period, and the divisor into the unit. */
export interface SummaryClock {
  /** The day (days since 1970-01-01) or period index of a date; throws as `readCalendarDay`. */
  read(fn: string, name: string, value: unknown, index?: number): number;
  /** Divides a difference of indices into the unit: 7 for `'weeks'`, 1 otherwise. */
  readonly scale: number;
}

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const PERIODS = ['calendar-week', 'calendar-month'] as const satisfies readonly CalendarPeriod[];

/**
 * Reads `unit`, `period` and `timeZone` from a summary's options: exactly one
 * of `unit` ('days' or 'weeks') and `period` ('calendar-week' or
 * 'calendar-month'), and an optional IANA `timeZone`. `INVALID_OPTION` for
 * both or neither, a bad value, or a zone the platform does not know.
 */
export function readSummaryClock(fn: string, o: { readonly unit?: unknown; readonly period?: unknown; readonly timeZone?: unknown }): SummaryClock {
  if (o.unit !== undefined && o.period !== undefined) {
    fail('INVALID_OPTION', fn, `give option unit ('days' or 'weeks') or option period ('calendar-week' or 'calendar-month'), not both`);
  }
  let zone: ZoneOffsets | undefined;
  if (o.timeZone !== undefined) {
    if (typeof o.timeZone !== 'string') fail('INVALID_OPTION', fn, `option timeZone must be an IANA time zone name, got ${describeValue(o.timeZone)}`);
    zone = zoneOffsets(o.timeZone);
    if (zone === undefined) fail('INVALID_OPTION', fn, `option timeZone ${describeValue(o.timeZone)} is not a time zone this platform knows`);
  }
  const dayOf = (fn: string, name: string, value: unknown, index?: number): number => {
    if (zone === undefined || (typeof value === 'string' && DATE_ONLY.test(value))) return readCalendarDay(fn, name, value, index);
    const ms = timestampMs(value);
    if (ms !== ms) return readCalendarDay(fn, name, value, index); // throws the message of a bad date
    return Math.floor((ms + zone.offsetAt(ms)) / DAY);
  };
  if (o.period === undefined) {
    if (o.unit !== 'days' && o.unit !== 'weeks') {
      fail('INVALID_OPTION', fn, `option unit must be 'days' or 'weeks' (or give option period), got ${describeValue(o.unit)}`);
    }
    return { read: dayOf, scale: o.unit === 'weeks' ? 7 : 1 };
  }
  const period = readEnumOption(fn, 'period', o.period, PERIODS);
  return {
    read: period === 'calendar-week' ? (fn, name, value, index) => weekOf(dayOf(fn, name, value, index)) : (fn, name, value, index) => monthOf(dayOf(fn, name, value, index)),
    scale: 1,
  };
}

/** The Monday-to-Sunday week of a day: 1970-01-01 was a Thursday, so Monday 1969-12-29 starts week 0. */
function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Months since January 1970 of a day. */
function monthOf(day: number): number {
  const date = new Date(day * DAY);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}
