import { describe, expect, test } from 'vitest';
import { periodStart, ticketVolume, type Period } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { CHANGES, expectedKeys, MINUTE, WEEKDAYS } from './intl-periods.js';

describe('periodStart agrees with a minute-by-minute reading of Intl', () => {
  test.each(CHANGES)('%s around %s, for every period and every first day of the week', (zone, around) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'long' });
    const centre = Date.parse(around);
    let checked = 0;
    // where the clocks are put back across midnight, the readings shown again stay in the day already begun
    const latest = new Map<string, string>();
    const neverBack = (name: string, key: string) => {
      const before = latest.get(name);
      const kept = before !== undefined && before > key ? before : key;
      latest.set(name, kept);
      return kept;
    };
    for (let t = centre - 24 * 60 * MINUTE; t <= centre + 24 * 60 * MINUTE; t += MINUTE) {
      for (let weekStart = 0; weekStart < 7; weekStart += 3) {
        const read = expectedKeys(format, t, weekStart);
        const expected: Record<Period, string> = {
          day: neverBack('day', read.day),
          week: neverBack(`week ${weekStart}`, read.week),
          month: neverBack('month', read.month),
          quarter: neverBack('quarter', read.quarter),
        };
        expect(periodStart(t, { every: 'week', timeZone: zone, weekStartsOn: WEEKDAYS[weekStart]! }), new Date(t).toISOString()).toBe(expected.week);
        if (weekStart === 0) {
          for (const every of ['day', 'month', 'quarter'] as const) {
            expect(periodStart(t, { every, timeZone: zone }), `${every} ${new Date(t).toISOString()}`).toBe(expected[every]);
          }
          expect(periodStart(t, { every: 'week', timeZone: zone }), new Date(t).toISOString()).toBe(expected.week);
        }
        checked++;
      }
    }
    expect(checked).toBe((48 * 60 + 1) * 3);
  }, 60_000);
});

describe('periodStart: keys named by the local date the period begins on', () => {
  test('an ISO week is named by its Monday: Wednesday 4 March 2026 is in the week of 2 March', () => {
    expect(periodStart('2026-03-04T12:00:00Z', { every: 'week' })).toBe('2026-03-02');
  });

  test('the first day of a week is the weekStartsOn on or before the date', () => {
    const at = '2026-03-04T12:00:00Z'; // a Wednesday
    const starts = WEEKDAYS.map((w) => periodStart(at, { every: 'week', weekStartsOn: w }));
    expect(starts).toStrictEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
  });

  test('a week runs across a year: Thursday 1 January 2026 is in the week of Monday 29 December 2025', () => {
    expect(periodStart('2026-01-01T00:00:00Z', { every: 'week' })).toBe('2025-12-29');
  });

  test('months and quarters begin on the first of January, April, July and October', () => {
    expect(['2026-02-28', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map((d) => periodStart(`${d}T12:00:00Z`, { every: 'quarter' }))).toStrictEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
    expect(periodStart('2024-02-29T12:00:00Z', { every: 'month' })).toBe('2024-02-01');
  });

  test('the zone decides the date: 23:30 UTC on 31 March is 1 April in Berlin (UTC+2)', () => {
    expect(periodStart('2026-03-31T23:30:00Z', { every: 'month' })).toBe('2026-03-01');
    expect(periodStart('2026-03-31T23:30:00Z', { every: 'month', timeZone: 'Europe/Berlin' })).toBe('2026-04-01');
    expect(periodStart('2026-03-31T23:30:00Z', { every: 'quarter', timeZone: 'Europe/Berlin' })).toBe('2026-04-01');
  });

  test('when the clocks go back across midnight, the day shown again stays in the day already begun, as ticketVolume counts it', () => {
    // Sitka, October 1867: Alaska's clocks went from +14:58:47 to −09:01:13, and the 18th came a second time
    const zone = 'America/Sitka';
    const times = ['1867-10-18T12:00:00Z', '1867-10-19T01:00:00Z']; // Saturday the 19th 02:58, then the 18th 15:58 again
    expect(times.map((t) => periodStart(t, { every: 'day', timeZone: zone }))).toStrictEqual(['1867-10-19', '1867-10-19']);
    const volume = ticketVolume(times.map((createdAt) => ({ createdAt })), { every: 'day', timeZone: zone });
    expect(volume.map((p) => [p.start.toISOString(), p.count])).toStrictEqual([['1867-10-18T09:01:13.000Z', 2]]);
  });

  test('UTC is the default zone, never the machine\'s', () => {
    expect(periodStart('2026-01-01T03:00:00Z', { every: 'day' })).toBe('2026-01-01');
    expect(periodStart('2026-01-01T03:00:00Z', { every: 'day', timeZone: 'America/New_York' })).toBe('2025-12-31');
  });

  test('every form of timestamp reads the same instant', () => {
    const ms = Date.parse('2026-05-10T22:15:00Z');
    const keys = [ms, new Date(ms), '2026-05-10T22:15:00Z', '2026-05-11T00:15:00+02:00', '2026-05-10 22:15:00+00'].map((at) =>
      periodStart(at, { every: 'day', timeZone: 'Asia/Tokyo' }),
    );
    expect(keys).toStrictEqual(Array(5).fill('2026-05-11'));
  });

  test('years outside 0–9999 are written as toISOString writes them', () => {
    expect(periodStart(8.64e15, { every: 'day' })).toBe(new Date(8.64e15).toISOString().slice(0, 13));
    expect(periodStart(-8.64e15, { every: 'day' })).toBe(new Date(-8.64e15).toISOString().slice(0, 13));
    expect(periodStart('0005-07-07T00:00:00Z', { every: 'month' })).toBe('0005-07-01');
  });
});

describe('periodStart refuses what it cannot read', () => {
  test.each([
    ['an unknown period', { every: 'fortnight' }],
    ['a missing period', {}],
    ['no options', undefined],
    ['an unknown time zone', { every: 'day', timeZone: 'Mars/Olympus' }],
    ['a time zone that is not a string', { every: 'day', timeZone: 2 }],
    ['an unknown weekday', { every: 'week', weekStartsOn: 'mon' }],
    ['weekStartsOn with another period than a week', { every: 'month', weekStartsOn: 'sunday' }],
    ['an unknown option', { every: 'day', zone: 'UTC' }],
    ['null for an option', { every: 'day', timeZone: null }],
  ])('%s is INVALID_OPTION', (_, options) => {
    expect(metricErrorOf(() => periodStart('2026-03-04T12:00:00Z', options as never)).code).toBe('INVALID_OPTION');
  });

  test('a timestamp without an offset is INVALID_DATE, a missing one INVALID_TYPE', () => {
    expect(metricErrorOf(() => periodStart('2026-03-04 12:00', { every: 'day' })).code).toBe('INVALID_DATE');
    expect(metricErrorOf(() => periodStart(Number.NaN, { every: 'day' })).code).toBe('INVALID_DATE');
    expect(metricErrorOf(() => periodStart(undefined as never, { every: 'day' })).code).toBe('INVALID_TYPE');
  });

  test('the message of an unknown zone names it', () => {
    expect(metricErrorOf(() => periodStart(0, { every: 'day', timeZone: 'Mars/Olympus' })).message).toBe(
      'periodStart: unknown time zone "Mars/Olympus"; give an IANA time zone the platform\'s Intl knows, such as \'Europe/Copenhagen\'',
    );
  });
});

describe('periodStart names days outside years 0-9999 as toISOString writes them', () => {
  // Date.UTC reads years 0-99 as 1900-1999, so the years are set with setUTCFullYear
  const utc = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m, d);
  const days = [utc(-1, 11, 31), utc(0, 0, 1), utc(0, 0, 10), utc(9999, 11, 31), utc(10000, 0, 1), utc(2026, 9, 9), utc(2026, 9, 10), -8.64e15, 8.64e15 - 86_400_000];
  test.each(days)('the day holding %d', (t) => {
    const iso = new Date(t).toISOString();
    expect(periodStart(t, { every: 'day' })).toBe(iso.slice(0, iso.indexOf('T')));
  });
});
