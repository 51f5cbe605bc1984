import { fc } from '@fast-check/vitest';
import type { BusinessCalendarSpec, WorkingInterval, WorkingWeek } from '../../src/index.js';
import { WEEKDAYS } from './helpers.js';

const DAY = 86_400_000;
const MINUTES_A_DAY = 1440;
const MINUTES_A_WEEK = 7 * MINUTES_A_DAY;

/**
 * Zones with and without daylight saving, whole-hour, half-hour and
 * 45-minute offsets, changes at 01:00Z, at local 02:00 and 03:00, and at
 * local midnight; with the instants of their 2026 changes (as the zone
 * database has them), around which spans are drawn.
 */
export const ZONES: Readonly<Record<string, readonly string[]>> = {
  'Europe/Copenhagen': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/New_York': ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z'],
  'America/St_Johns': ['2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z'],
  'America/Santiago': ['2026-04-05T03:00:00Z', '2026-09-06T04:00:00Z'],
  'Australia/Adelaide': ['2026-04-04T16:30:00Z', '2026-10-03T16:30:00Z'],
  'Australia/Lord_Howe': ['2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'],
  'Pacific/Auckland': ['2026-04-04T14:00:00Z', '2026-09-26T14:00:00Z'],
  'Pacific/Chatham': ['2026-04-04T14:00:00Z', '2026-09-26T14:00:00Z'],
  'Asia/Kolkata': [],
  'Asia/Kathmandu': [],
  'Asia/Tokyo': [],
  UTC: [],
};

export const zoneArb = fc.constantFrom(...Object.keys(ZONES));

/** 'HH:MM' of minutes 0–1440. */
function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Marks where the zones above change their clocks, on the wall clock: from
 * Saturday 23:00 to Sunday 04:00, on the hour and the half hour (the
 * changes themselves, and the readings they skip or repeat).
 */
const changeMarkArb = fc.integer({ min: 0, max: 10 }).map((k) => 6 * MINUTES_A_DAY - 60 + k * 30);

/**
 * A working week: distinct minute marks around the week, paired into
 * intervals (possibly starting the pairing at the second mark, so that the
 * last interval wraps from Sunday into Monday); intervals of a day or more
 * are dropped. Each interval belongs to the day it starts on; one that ends
 * after midnight becomes a night shift.
 */
export const weekArb: fc.Arbitrary<WorkingWeek> = fc
  .tuple(
    fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: MINUTES_A_WEEK - 1 }), changeMarkArb), { minLength: 0, maxLength: 16 }),
    fc.boolean(),
    fc.constantFrom(1, 15, 30),
  )
  .map(([raw, wrap, grain]) => {
    const marks = [...new Set(raw.map((m) => m - (m % grain)))].sort((a, b) => a - b);
    if (marks.length % 2 === 1) marks.pop();
    const week: Record<string, WorkingInterval[]> = {};
    const pairs: [number, number][] = [];
    if (!wrap || marks.length < 2) for (let i = 0; i + 1 < marks.length; i += 2) pairs.push([marks[i]!, marks[i + 1]!]);
    else {
      for (let i = 1; i + 1 < marks.length; i += 2) pairs.push([marks[i]!, marks[i + 1]!]);
      pairs.push([marks.at(-1)!, marks[0]! + MINUTES_A_WEEK]);
    }
    for (const [from, to] of pairs) {
      const day = Math.floor(from / MINUTES_A_DAY);
      const start = from - day * MINUTES_A_DAY;
      const end = to - day * MINUTES_A_DAY;
      if (end - start > MINUTES_A_DAY || (end - start === MINUTES_A_DAY && start !== 0)) continue;
      const interval: WorkingInterval = [hhmm(start), end <= MINUTES_A_DAY ? hhmm(end) : hhmm(end - MINUTES_A_DAY)];
      (week[WEEKDAYS[day % 7]!] ??= []).push(interval);
    }
    return week;
  });

/** A week with at least one working interval. */
export const workingWeekArb = weekArb.filter((w) => Object.values(w).some((d) => d !== undefined && d.length > 0));

/** Up to 6 holidays in the weeks around 2026's changes of clocks, and around the new year. */
export const holidaysArb = fc.uniqueArray(
  fc.constantFrom(
    '2026-01-01', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30',
    '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-09-05', '2026-09-06', '2026-09-26', '2026-09-27',
    '2026-10-03', '2026-10-04', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-31', '2026-11-01', '2026-11-02',
  ),
  { maxLength: 6 },
);

export const specArb: fc.Arbitrary<BusinessCalendarSpec> = fc.record({ timeZone: zoneArb, week: weekArb, holidays: holidaysArb });
export const workingSpecArb: fc.Arbitrary<BusinessCalendarSpec> = fc.record({ timeZone: zoneArb, week: workingWeekArb, holidays: holidaysArb });

/** An instant in 2026: anywhere in the year, or within 3 days of one of the zone's changes of clocks. */
export function instantArb(timeZone: string, grain = 1): fc.Arbitrary<number> {
  const changes = ZONES[timeZone]!.map((c) => Date.parse(c));
  const anywhere = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) });
  const near = changes.map((c) => fc.integer({ min: c - 3 * DAY, max: c + 3 * DAY }));
  return fc.oneof(anywhere, ...near).map((t) => t - (((t % grain) + grain) % grain));
}

/** A spec and ordered instants in its zone. */
export function withInstants(count: number, spec: fc.Arbitrary<BusinessCalendarSpec> = specArb, grain = 1) {
  return spec.chain((s) =>
    fc.tuple(fc.constant(s), fc.array(instantArb(s.timeZone, grain), { minLength: count, maxLength: count }).map((xs) => xs.sort((a, b) => a - b))),
  );
}
