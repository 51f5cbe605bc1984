import type { BusinessCalendarSpec, WorkingInterval, WorkingWeek } from '../../src/index.js';

/** The MetricError `f` throws. */
export { metricErrorOf as errorOf } from '../helpers.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The same intervals on Monday to Friday. */
export function weekdays(...intervals: WorkingInterval[]): WorkingWeek {
  return { monday: intervals, tuesday: intervals, wednesday: intervals, thursday: intervals, friday: intervals };
}

/** The same intervals on every day of the week. */
export function everyDay(...intervals: WorkingInterval[]): WorkingWeek {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, intervals]));
}

/** Weekdays 09:00–17:00 in a zone, with holidays. */
export function officeHours(timeZone: string, holidays: string[] = []): BusinessCalendarSpec {
  return { timeZone, week: weekdays(['09:00', '17:00']), holidays };
}
