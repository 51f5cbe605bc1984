/** What a person reading a zone's wall clock, through Intl, calls the periods of an instant: the reference for periodStart and period. */
import type { Period, Weekday } from '../../src/index.js';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MINUTE = 60_000;

/** The wall-clock date and weekday of an instant in a zone, as Intl shows it to a person. */
function intlDate(format: Intl.DateTimeFormat, t: number): { year: number; month: number; day: number; weekday: number } {
  const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    weekday: WEEKDAYS.indexOf(String(parts['weekday']).toLowerCase() as Weekday),
  };
}

/** `YYYY-MM-DD` of a civil date `shift` days away, by UTC date arithmetic. */
function isoDate(year: number, month: number, day: number, shift = 0): string {
  return new Date(Date.UTC(year, month - 1, day + shift)).toISOString().slice(0, 10);
}

/** What a person reading the wall clock would call each period of instant `t`. */
export function expectedKeys(format: Intl.DateTimeFormat, t: number, weekStart: number): Record<Period, string> {
  const { year, month, day, weekday } = intlDate(format, t);
  return {
    day: isoDate(year, month, day),
    week: isoDate(year, month, day, -((weekday - weekStart + 7) % 7)),
    month: isoDate(year, month, 1),
    quarter: isoDate(year, month - ((month - 1) % 3), 1),
  };
}

/** Daylight-saving changes and other offset changes, each read minute by minute over the two days around it. */
export const CHANGES: readonly (readonly [zone: string, around: string])[] = [
  ['Europe/Berlin', '2026-03-29T01:00:00Z'], // clocks forward 02:00 → 03:00, the night before a Monday
  ['Europe/Berlin', '2026-10-25T01:00:00Z'], // clocks back 03:00 → 02:00
  ['America/New_York', '2026-03-08T07:00:00Z'],
  ['America/New_York', '2026-11-01T06:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // half an hour back
  ['Pacific/Chatham', '2026-04-04T14:00:00Z'], // +13:45 → +12:45
  ['America/Santiago', '2026-04-05T03:00:00Z'], // back at midnight: the hour 23:00–00:00 of Saturday shows twice
  ['America/Sitka', '1867-10-19T00:00:00Z'], // Alaska's clocks went back 24 hours: the 18th of October came twice
  ['America/Sao_Paulo', '2018-11-04T03:00:00Z'], // forward at midnight: Sunday began at 01:00
  ['Pacific/Apia', '2011-12-30T10:00:00Z'], // the date line moved: Friday 30 December 2011 never happened
  ['Asia/Kathmandu', '2026-06-30T18:00:00Z'], // +05:45 all year, across a month and a quarter
  ['Europe/London', '2026-03-29T01:00:00Z'], // end of quarter on the day the clocks go forward
];

