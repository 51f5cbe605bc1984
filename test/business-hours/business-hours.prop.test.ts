import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addBusinessTime,
  businessCalendar,
  businessDuration,
  isWithinBusinessHours,
  MetricError,
  type BusinessCalendarSpec,
  type WorkingInterval,
} from '../../src/index.js';
import { instantArb, weekArb, withInstants, workingSpecArb, zoneArb } from './arbitraries.js';
import { runs } from '../helpers.js';
import { everyDay, WEEKDAYS } from './helpers.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('businessDuration', () => {
  test.prop([withInstants(3)], { numRuns: runs(100) })('is additive: d(a, c) = d(a, b) + d(b, c) for a ≤ b ≤ c', ([spec, [a, b, c]]) => {
    const cal = businessCalendar(spec);
    expect(businessDuration(cal, a!, c!)).toBe(businessDuration(cal, a!, b!) + businessDuration(cal, b!, c!));
  });

  test.prop([withInstants(2)], { numRuns: runs(100) })('lies between 0 and the elapsed time: 0 ≤ d(a, b) ≤ b − a', ([spec, [a, b]]) => {
    const d = businessDuration(businessCalendar(spec), a!, b!);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThanOrEqual(b! - a!);
  });

  test.prop([withInstants(2)], { numRuns: runs(100) })('with businessCalendar.always() is the elapsed time', ([, [a, b]]) => {
    expect(businessDuration(businessCalendar.always(), a!, b!)).toBe(b! - a!);
  });

  test.prop([zoneArb.chain((z) => fc.tuple(fc.constant(z), instantArb(z), instantArb(z)))], { numRuns: runs(100) })(
    'with every day 00:00–24:00 in any zone, across changes of clocks, is the elapsed time',
    ([timeZone, x, y]) => {
      const cal = businessCalendar({ timeZone, week: everyDay(['00:00', '24:00']) });
      const [a, b] = x <= y ? [x, y] : [y, x];
      expect(businessDuration(cal, a, b)).toBe(b - a);
    },
  );

  test.prop([withInstants(2), fc.integer({ min: 1, max: 52 })], { numRuns: runs(100) })(
    'in UTC, without holidays, does not change when the span moves by whole weeks',
    ([spec, [a, b]], weeks) => {
      const cal = businessCalendar({ timeZone: 'UTC', week: spec.week });
      expect(businessDuration(cal, a! + weeks * 7 * DAY, b! + weeks * 7 * DAY)).toBe(businessDuration(cal, a!, b!));
    },
  );

  test.prop([withInstants(2)], { numRuns: runs(100) })('holidays only remove working time: d with holidays ≤ d without', ([spec, [a, b]]) => {
    const withHolidays = businessDuration(businessCalendar(spec), a!, b!);
    expect(withHolidays).toBeLessThanOrEqual(businessDuration(businessCalendar({ ...spec, holidays: [] }), a!, b!));
  });

  test.prop([withInstants(2)], { numRuns: runs(100) })('is the same for two touching intervals as for the one interval they make', ([spec, [a, b]]) => {
    // split every interval at a whole minute inside it, within the day it starts on
    const split: Record<string, WorkingInterval[]> = {};
    for (const day of WEEKDAYS) {
      for (const [s, e] of (spec.week[day] ?? []) as WorkingInterval[]) {
        const from = minutesOf(s);
        let to = minutesOf(e);
        if (to <= from) to += 1440;
        const at = Math.min(from + Math.floor((to - from) / 2), 1439);
        if (at <= from) (split[day] ??= []).push([s, e]);
        else (split[day] ??= []).push([s, hhmm(at)], [hhmm(at), e]);
      }
    }
    const whole = businessCalendar(spec);
    expect(businessDuration(businessCalendar({ ...spec, week: split }), a!, b!)).toBe(businessDuration(whole, a!, b!));
  });
});

/** A calendar with working time, a start, and up to ten weeks of its working time to add, in whole milliseconds. */
const additionArb = workingSpecArb.chain((spec) =>
  fc.tuple(fc.constant(spec), instantArb(spec.timeZone), fc.integer({ min: 0, max: 10 * weeklyMs(spec) })),
);

describe('addBusinessTime', () => {
  test.prop([additionArb], { numRuns: runs(100) })('is the inverse of businessDuration: d(s, addBusinessTime(s, x)) = x', ([spec, start, x]) => {
    const cal = businessCalendar(spec);
    expect(businessDuration(cal, start, addBusinessTime(cal, start, x))).toBe(x);
  });

  test.prop([additionArb.filter(([, , x]) => x > 0)], { numRuns: runs(100) })(
    'is the earliest such instant: a millisecond before it, less than x has passed',
    ([spec, start, x]) => {
      const cal = businessCalendar(spec);
      const end = addBusinessTime(cal, start, x).getTime();
      expect(end).toBeGreaterThan(start);
      expect(businessDuration(cal, start, end - 1)).toBeLessThan(x);
    },
  );

  test.prop([withInstants(2), withInstants(1)], { numRuns: runs(100) })('with businessCalendar.always() adds elapsed time', ([, [a, b]]) => {
    expect(addBusinessTime(businessCalendar.always(), a!, b! - a!).getTime()).toBe(b);
  });
});

/** Milliseconds in one unit, from the definitions of the units. */
const MS_PER = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
const unitArb = fc.constantFrom<keyof typeof MS_PER>('seconds', 'minutes', 'hours', 'days');

/** A calendar with working time, a start, a unit, and up to ten weeks of working time in whole units. */
const unitAdditionArb = workingSpecArb.chain((spec) =>
  unitArb.chain((unit) =>
    fc.tuple(fc.constant(spec), instantArb(spec.timeZone), fc.constant(unit), fc.integer({ min: 0, max: Math.floor((10 * weeklyMs(spec)) / MS_PER[unit]) })),
  ),
);

describe('the unit option', () => {
  test.prop([withInstants(2), unitArb], { numRuns: runs(100) })('businessDuration in a unit is the working milliseconds divided by the unit', ([spec, [a, b]], unit) => {
    const cal = businessCalendar(spec);
    expect(businessDuration(cal, a!, b!, { unit })).toBe(businessDuration(cal, a!, b!) / MS_PER[unit]);
  });

  test.prop([unitAdditionArb], { numRuns: runs(100) })('round trip: businessDuration(s, addBusinessTime(s, x, { unit }), { unit }) = x', ([spec, start, unit, x]) => {
    const cal = businessCalendar(spec);
    expect(businessDuration(cal, start, addBusinessTime(cal, start, x, { unit }), { unit })).toBe(x);
  });

  test.prop([unitAdditionArb], { numRuns: runs(100) })('addBusinessTime of x units is addBusinessTime of x times the unit in milliseconds', ([spec, start, unit, x]) => {
    const cal = businessCalendar(spec);
    expect(addBusinessTime(cal, start, x, { unit })).toStrictEqual(addBusinessTime(cal, start, x * MS_PER[unit]));
  });
});

describe('isWithinBusinessHours', () => {
  test.prop([withInstants(1)], { numRuns: runs(100) })('is true exactly when the millisecond that starts at the instant is working time', ([spec, [t]]) => {
    const cal = businessCalendar(spec);
    expect(isWithinBusinessHours(cal, t!)).toBe(businessDuration(cal, t!, t! + 1) === 1);
  });
});

describe('the definition, counted minute by minute with Intl', () => {
  /**
   * An independent count of the definition: step through the span a minute
   * at a time, read the zone's wall clock with Intl, keep the latest
   * reading shown so far (a wall-clock time is reached the first time it
   * is shown; readings repeated after the clocks go back are not reached
   * again), and count the minute when that reading lies in a working
   * interval of its date, or in a night shift of the date before, on dates
   * that are not holidays.
   */
  function countByMinute(spec: BusinessCalendarSpec, from: number, to: number): number {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: spec.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const wall = (t: number): number => {
      const p = Object.fromEntries(format.formatToParts(t).map((x) => [x.type, Number(x.value)]));
      return Date.UTC(p['year']!, p['month']! - 1, p['day'], p['hour'], p['minute']) / MINUTE;
    };
    const holidays = new Set(spec.holidays ?? []);
    const working = (reading: number): boolean => {
      const day = Math.floor(reading / 1440);
      const minute = reading - day * 1440;
      const onDay = (d: number, shift: number): boolean => {
        const date = new Date(d * DAY).toISOString().slice(0, 10);
        if (holidays.has(date)) return false;
        const weekday = WEEKDAYS[(new Date(d * DAY).getUTCDay() + 6) % 7]!;
        return ((spec.week[weekday] ?? []) as WorkingInterval[]).some(([s, e]) => {
          const start = minutesOf(s);
          let end = minutesOf(e);
          if (end <= start) end += 1440;
          return minute + shift >= start && minute + shift < end;
        });
      };
      return onDay(day, 0) || onDay(day - 1, 1440);
    };
    let latest = -Infinity;
    let total = 0;
    for (let t = from - DAY; t < to; t += MINUTE) {
      latest = Math.max(latest, wall(t));
      if (t >= from && working(latest)) total += MINUTE;
    }
    return total;
  }

  /**
   * Each run asks Intl for thousands of wall-clock readings: about a second
   * for 25 runs on an idle machine, and over 60 s was seen with the two cores
   * shared by ten processes.
   */
  const COUNTING_TIMEOUT = 300_000;

  test.prop([withInstants(2, fc.record({ timeZone: zoneArb, week: weekArb, holidays: fc.constant([]) }), MINUTE).filter(([, [a, b]]) => b! - a! <= 3 * DAY)], {
    numRuns: runs(25),
  })('businessDuration equals the count for spans of up to 3 days around changes of clocks', ([spec, [a, b]]) => {
    expect(businessDuration(businessCalendar(spec), a!, b!)).toBe(countByMinute(spec, a!, b!));
  }, COUNTING_TIMEOUT);

  test.prop([withInstants(2, workingSpecArb, MINUTE).map(([spec, [a]]) => [spec, a!, a! + 3 * DAY] as const)], { numRuns: runs(15) })(
    'businessDuration equals the count over 3 days from any instant, with holidays',
    ([spec, a, b]) => {
      expect(businessDuration(businessCalendar(spec), a, b)).toBe(countByMinute(spec, a, b));
    },
    COUNTING_TIMEOUT,
  );
});

describe('bad input throws MetricError, never a number', () => {
  test.prop([fc.anything()], { numRuns: runs(100) })('any calendar spec either builds or throws INVALID_OPTION', (spec) => {
    try {
      businessCalendar(spec as never);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      expect((error as MetricError).code).toBe('INVALID_OPTION');
    }
  });

  test.prop([fc.anything(), fc.anything()], { numRuns: runs(100) })('any start and end either measure a duration ≥ 0 or throw MetricError', (start, end) => {
    try {
      expect(businessDuration(businessCalendar.always(), start as never, end as never)).toBeGreaterThanOrEqual(0);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
    }
  });

  test.prop([fc.oneof(fc.anything(), fc.record({ unit: fc.anything() }, { requiredKeys: [] }))], { numRuns: runs(100) })(
    'any options either measure or throw INVALID_OPTION',
    (options) => {
      const cal = businessCalendar.always();
      for (const f of [() => businessDuration(cal, 0, 1, options as never), () => addBusinessTime(cal, 0, 1, options as never)]) {
        try {
          f();
        } catch (error) {
          expect(error).toBeInstanceOf(MetricError);
          expect((error as MetricError).code).toBe('INVALID_OPTION');
        }
      }
    },
  );

  test.prop([fc.anything()], { numRuns: runs(100) })('any options of isWithinBusinessHours but none are INVALID_OPTION', (options) => {
    try {
      expect(isWithinBusinessHours(businessCalendar.always(), 0, options as never)).toBe(true);
      expect(options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options) && Object.keys(options).length === 0)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      expect((error as MetricError).code).toBe('INVALID_OPTION');
    }
  });

  test.prop([fc.anything()], { numRuns: runs(100) })('any amount either adds or throws MetricError', (amount) => {
    try {
      expect(addBusinessTime(businessCalendar.always(), 0, amount as never)).toBeInstanceOf(Date);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
    }
  });
});

function minutesOf(hhmmText: string): number {
  return Number(hhmmText.slice(0, 2)) * 60 + Number(hhmmText.slice(3));
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Working milliseconds in a week of the spec, without holidays. */
function weeklyMs(spec: BusinessCalendarSpec): number {
  let minutes = 0;
  for (const day of WEEKDAYS) {
    for (const [s, e] of (spec.week[day] ?? []) as WorkingInterval[]) {
      const length = minutesOf(e) - minutesOf(s);
      minutes += length > 0 ? length : length + 1440;
    }
  }
  return minutes * MINUTE;
}
