import { readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { readOptions } from '../_lib/validate.js';
import { readCalendar, type BusinessCalendar } from './calendar.js';
import { stretchIndex } from './time-zone.js';

/**
 * Whether an instant falls within working hours.
 *
 * @summary `true` when the instant is working time in the business calendar.
 *
 * @remarks
 * True when the zone's wall clock at the instant lies within one of the
 * day's working intervals, the start included and the end not (09:00 is
 * within 09:00–17:00, 17:00 is not), on a date that is not a holiday; a
 * night shift counts on the day it starts. It agrees with
 * {@link businessDuration}: an instant is within business hours when the
 * moments just after it are working time. In the hour repeated when the
 * clocks go back, the instant counts as the interval that was running when
 * they went back.
 *
 * @param calendar - A {@link BusinessCalendar} from {@link businessCalendar}.
 * @param instant - A `Date`, epoch milliseconds or an ISO-8601 string with
 *   `Z` or an offset.
 * @param options - None so far: the place of options like those of
 *   {@link businessDuration}; any key is refused.
 * @returns `true` within working hours, `false` outside them.
 * @throws {@link MetricError} `INVALID_OPTION` when `calendar` was not made
 *   by {@link businessCalendar}, for any option; `INVALID_TYPE` for a
 *   missing instant;
 *   `INVALID_DATE` for one that cannot be read or has no offset.
 *
 * @example
 * ```ts
 * const newYork = businessCalendar({ timeZone: 'America/New_York', week: { saturday: [['10:00', '16:00']] }, holidays: ['2026-12-26'] });
 * isWithinBusinessHours(newYork, '2026-10-31T10:00:00-04:00'); // => true
 * isWithinBusinessHours(newYork, '2026-10-31T16:00:00-04:00'); // => false
 * isWithinBusinessHours(newYork, '2026-12-26T12:00:00-05:00'); // => false
 * ```
 */
export function isWithinBusinessHours(calendar: BusinessCalendar, instant: Timestamp, options?: Readonly<Record<string, never>>): boolean {
  const fn = 'isWithinBusinessHours';
  readOptions(fn, options, []);
  const compiled = readCalendar(fn, 'calendar', calendar);
  const t = readTimestamp(fn, 'instant', instant);
  const schedule = compiled.schedule;
  if (schedule.always) return true;
  if (schedule.empty) return false;
  const block = compiled.zone.blockAt(t);
  const k = stretchIndex(block, t);
  const offset = block.offsets[k]!;
  const level = block.levels[k]!;
  return schedule.isWorking(t + offset < level ? level - 1 : t + offset);
}
