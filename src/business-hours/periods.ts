/**
 * Calendar periods (days, weeks, months, quarters) on a time zone's wall
 * clock, and the instant each begins.
 *
 * A period begins at the first instant the zone's wall clock shows its
 * first day's midnight or later: when the clocks skip midnight, at the
 * moment they jump past it; when they show an hour twice, the first time.
 * An instant belongs to the last period begun at or before it. So periods
 * follow each other without gaps or overlaps, also when the clocks are put
 * back across midnight (the repeated readings stay in the period already
 * begun), and the same rule reads every working interval of a business
 * calendar. The offsets come from the platform's `Intl` data through the
 * business-hours family's cached {@link ZoneOffsets}; the machine's own
 * time zone is never consulted.
 */
import { describeValue } from '../_lib/describe.js';
import { civilFromDays, daysFromCivil } from '../_lib/timestamp.js';
import { fail, readEnumOption } from '../_lib/validate.js';
import type { Weekday } from './calendar.js';
import { stretchIndex, zoneOffsets, type ZoneOffsets } from './time-zone.js';

/** A calendar period. */
export type Period = 'day' | 'week' | 'month' | 'quarter';

/** Options that say how time is cut into periods. */
export interface PeriodOptions {
  /** The period: `'day'`, `'week'`, `'month'` or `'quarter'`. */
  readonly every: Period;
  /** The IANA time zone whose calendar the periods follow, e.g. `'Europe/Copenhagen'`; default `'UTC'`. */
  readonly timeZone?: string;
  /** The first day of a week, for `every: 'week'`; default `'monday'` (ISO 8601 weeks). */
  readonly weekStartsOn?: Weekday;
}

/** The option names of {@link PeriodOptions}. */
export const PERIOD_OPTION_KEYS = ['every', 'timeZone', 'weekStartsOn'] as const satisfies readonly (keyof PeriodOptions)[];

const PERIODS = ['day', 'week', 'month', 'quarter'] as const satisfies readonly Period[];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];
const DAY = 86_400_000;

/** Checked period options: how to number the period of an instant, and where a period begins. */
export interface Periods {
  readonly every: Period;
  readonly zone: ZoneOffsets;
  /** The weekday weeks start on, Monday 0 to Sunday 6. */
  readonly weekStart: number;
}

/** Reads `every`, `timeZone` and `weekStartsOn` (the options object has been checked for unknown keys). */
export function readPeriods(fn: string, o: { readonly every?: unknown; readonly timeZone?: unknown; readonly weekStartsOn?: unknown }): Periods {
  if (o.every === undefined) fail('INVALID_OPTION', fn, `option every is missing; give one of ${PERIODS.map((p) => `'${p}'`).join(', ')}`);
  const every = readEnumOption(fn, 'every', o.every, PERIODS);
  const name = o.timeZone === undefined ? 'UTC' : o.timeZone;
  if (typeof name !== 'string') fail('INVALID_OPTION', fn, `option timeZone must be the name of an IANA time zone, got ${describeValue(name)}`);
  const zone = zoneOffsets(name);
  if (zone === undefined) {
    fail('INVALID_OPTION', fn, `unknown time zone ${JSON.stringify(name)}; give an IANA time zone the platform's Intl knows, such as 'Europe/Copenhagen'`);
  }
  if (o.weekStartsOn !== undefined && every !== 'week') fail('INVALID_OPTION', fn, `option weekStartsOn applies to every: 'week', not '${every}'`);
  const weekStart = WEEKDAYS.indexOf(readEnumOption(fn, 'weekStartsOn', o.weekStartsOn, WEEKDAYS));
  return { every, zone, weekStart };
}

/**
 * The wall-clock reading of instant `t` that the periods go by, in
 * milliseconds from 1970-01-01 00:00 on the wall clock: the reading itself,
 * or, while the clocks repeat readings after being put back, the last
 * reading shown before they were (so that it never runs backwards).
 */
export function localTime(zone: ZoneOffsets, t: number): number {
  const block = zone.blockAt(t);
  const k = stretchIndex(block, t);
  const wall = t + block.offsets[k]!;
  const before = block.levels[k]! - 1;
  return wall > before ? wall : before;
}

/** The number of the period that holds local time `local` (days, weeks, months or quarters since 1970 on the wall clock). */
export function periodOf(p: Periods, local: number): number {
  let day = Math.floor(local / DAY);
  // the quotient of a large local time can round across a day boundary
  if (day * DAY > local) day--;
  else if ((day + 1) * DAY <= local) day++;
  switch (p.every) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday (weekday 3 counting from Monday)
      return Math.floor((day + 3 - p.weekStart) / 7);
    case 'month': {
      const { year, month } = civilFromDays(day);
      return year * 12 + month - 1;
    }
    default: {
      const { year, month } = civilFromDays(day);
      return year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/** The local midnight (wall-clock milliseconds) that period `index` begins at. */
export function periodStartLocal(p: Periods, index: number): number {
  switch (p.every) {
    case 'day':
      return index * DAY;
    case 'week':
      return (index * 7 - 3 + p.weekStart) * DAY;
    case 'month':
      return daysFromCivil(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1) * DAY;
    default:
      return daysFromCivil(Math.floor(index / 4), (((index % 4) + 4) % 4) * 3 + 1, 1) * DAY;
  }
}

/** The instant period `index` begins: the first instant whose {@link localTime} reaches its local start. */
export function periodBegins(p: Periods, index: number): number {
  return firstInstantAt(p.zone, periodStartLocal(p, index));
}

/** The first instant t whose {@link localTime} is `local` or later. */
function firstInstantAt(zone: ZoneOffsets, local: number): number {
  // offsets stay within a day of UTC, so two days before, the wall clock reads less
  let t = local - 2 * DAY;
  let block = zone.blockAt(t);
  let k = stretchIndex(block, t);
  for (;;) {
    const end = k + 1 < block.starts.length ? block.starts[k + 1]! : block.end;
    if (block.levels[k]! - 1 >= local) return t;
    const candidate = local - block.offsets[k]!;
    if (candidate < end) return candidate > t ? candidate : t;
    t = end;
    if (++k === block.starts.length) {
      block = zone.blockAt(block.end);
      k = 0;
    }
  }
}
