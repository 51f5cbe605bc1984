import { describe, expect, test } from 'vitest';
import { backlog, ticketVolume, type Period } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The expected periods of tickets created at every minute of [from, to), read
 * minute by minute from Intl: the local date of each minute, and the number
 * of its period; a period begins at the first minute whose number is higher
 * than every one before, and a minute belongs to the last period begun.
 */
function expectedByIntl(timeZone: string, every: Period, from: number, to: number, weekStart = 0) {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const periodAt = (t: number): number => {
    const [y, m, d] = format.format(t).split('-').map(Number) as [number, number, number];
    const day = Date.UTC(y, m - 1, d) / 86_400_000;
    if (every === 'day') return day;
    if (every === 'week') return Math.floor((day + 3 - weekStart) / 7);
    if (every === 'month') return y * 12 + m;
    return y * 4 + Math.floor((m - 1) / 3);
  };
  // the first period began before `from`: walk back by hours to where the period changes, then forward by minutes
  let back = from;
  while (periodAt(back - HOUR) >= periodAt(from)) back -= HOUR;
  let firstStart = back - HOUR;
  while (periodAt(firstStart) < periodAt(from)) firstStart += MINUTE;
  const rows: { start: number; count: number }[] = [{ start: firstStart, count: 0 }];
  let current = periodAt(from);
  for (let t = from; t < to; t += MINUTE) {
    const p = periodAt(t);
    if (p > current) {
      for (let k = current + 1; k < p; k++) rows.push({ start: t, count: 0 });
      rows.push({ start: t, count: 0 });
      current = p;
    }
    rows[rows.length - 1]!.count++;
  }
  return rows;
}

const CHANGES: ReadonlyArray<readonly [zone: string, date: string, what: string]> = [
  ['Europe/Copenhagen', '2026-03-29', 'clocks forward 02:00 → 03:00'],
  ['Europe/Copenhagen', '2026-10-25', 'clocks back 03:00 → 02:00'],
  ['America/Santiago', '2026-04-05', 'clocks back at midnight: 24:00 → 23:00, the last hour of the 4th shown twice'],
  ['America/Santiago', '2026-09-06', 'midnight skipped: 24:00 → 01:00'],
  ['America/Havana', '2026-03-08', 'midnight skipped'],
  ['America/Havana', '2026-11-01', 'the first hour of the day shown twice'],
  ['Asia/Beirut', '2026-10-25', 'clocks back at midnight'],
  ['Australia/Lord_Howe', '2026-04-05', 'back by half an hour'],
  ['America/Asuncion', '2023-10-01', 'midnight skipped on the first of a month and a quarter'],
];

describe('ticketVolume across daylight-saving changes, against a minute-by-minute reading of Intl', () => {
  test.each(CHANGES)('%s %s (%s): days, ISO weeks, Sunday weeks, months and quarters', (zone, date, _what) => {
    const middle = Date.parse(`${date}T12:00:00Z`);
    const from = middle - 40 * HOUR;
    const to = middle + 40 * HOUR;
    const tickets: { createdAt: number }[] = [];
    for (let t = from; t < to; t += MINUTE) tickets.push({ createdAt: t });
    const cases: [Period, 'monday' | 'sunday' | undefined, number][] = [
      ['day', undefined, 0],
      ['week', undefined, 0],
      ['week', 'sunday', 6],
      ['month', undefined, 0],
      ['quarter', undefined, 0],
    ];
    for (const [every, weekStartsOn, weekStart] of cases) {
      const got = ticketVolume(tickets, weekStartsOn === undefined ? { every, timeZone: zone } : { every, timeZone: zone, weekStartsOn });
      const expected = expectedByIntl(zone, every, from, to, weekStart);
      expect(got.map((p) => [p.start.getTime(), p.count]), `${every} ${weekStartsOn ?? ''}`).toStrictEqual(expected.map((p) => [p.start, p.count]));
      for (let k = 1; k < got.length; k++) expect(got[k - 1]!.end).toStrictEqual(got[k]!.start);
    }
  });

  test('a day on which the clocks change lasts 23 or 25 hours; on Santiago’s, the repeated hour stays in the 4th', () => {
    const copenhagen = ticketVolume([{ createdAt: '2026-03-29T10:00:00Z' }, { createdAt: '2026-10-25T10:00:00Z' }], { every: 'day', timeZone: 'Europe/Copenhagen' });
    const length = (p: { start: Date; end: Date }) => (p.end.getTime() - p.start.getTime()) / HOUR;
    expect(length(copenhagen[0]!)).toBe(23);
    expect(length(copenhagen.at(-1)!)).toBe(25);
    // 2026-04-05T03:30Z is 23:30 on the 4th, shown the second time (clocks went back at 04:00Z from 00:00 to 23:00)
    const santiago = ticketVolume([{ createdAt: '2026-04-05T03:30:00Z' }], { every: 'day', timeZone: 'America/Santiago' });
    expect(santiago).toStrictEqual([{ start: new Date('2026-04-04T03:00:00Z'), end: new Date('2026-04-05T04:00:00Z'), count: 1 }]);
  });
});

describe('ticketVolume', () => {
  test('ISO weeks start on Monday; weekStartsOn moves the start', () => {
    // 2026-01-01 is a Thursday
    const tickets = [{ createdAt: '2026-01-01T12:00:00Z' }];
    expect(ticketVolume(tickets, { every: 'week' })[0]!.start).toStrictEqual(new Date('2025-12-29T00:00:00Z'));
    expect(ticketVolume(tickets, { every: 'week', weekStartsOn: 'sunday' })[0]!.start).toStrictEqual(new Date('2025-12-28T00:00:00Z'));
    expect(ticketVolume(tickets, { every: 'week', weekStartsOn: 'thursday' })[0]!.start).toStrictEqual(new Date('2026-01-01T00:00:00Z'));
  });

  test('months and quarters from the first of the month, in the zone', () => {
    const tickets = [{ createdAt: '2026-01-31T23:30:00Z' }, { createdAt: '2026-05-10T00:00:00Z' }];
    expect(ticketVolume(tickets, { every: 'month', timeZone: 'Europe/Copenhagen' }).map((p) => [p.start.toISOString(), p.count])).toStrictEqual([
      ['2026-01-31T23:00:00.000Z', 1], // 00:30 on February 1 in Copenhagen
      ['2026-02-28T23:00:00.000Z', 0],
      ['2026-03-31T22:00:00.000Z', 0],
      ['2026-04-30T22:00:00.000Z', 1],
    ]);
    expect(ticketVolume(tickets, { every: 'quarter' }).map((p) => [p.start.toISOString(), p.end.toISOString(), p.count])).toStrictEqual([
      ['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 1],
      ['2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', 1],
    ]);
  });

  test('empty periods between the first and the last are included; no tickets make no periods', () => {
    const days = ticketVolume([{ createdAt: '2026-11-05T10:00:00Z' }, { createdAt: '2026-11-02T10:00:00Z' }], { every: 'day' });
    expect(days.map((d) => d.count)).toStrictEqual([1, 0, 0, 1]);
    expect(ticketVolume([], { every: 'day' })).toStrictEqual([]);
  });

  test('field counts another time, leaving out tickets without it', () => {
    const tickets = [
      { createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-03T10:00:00Z' },
      { createdAt: '2026-11-02T11:00:00Z', resolvedAt: null },
      { createdAt: '2026-11-02T12:00:00Z' },
    ];
    expect(ticketVolume(tickets, { every: 'day', field: 'resolvedAt' })).toStrictEqual([
      { start: new Date('2026-11-03T00:00:00Z'), end: new Date('2026-11-04T00:00:00Z'), count: 1 },
    ]);
  });

  test.each([
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'fortnight' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], {}, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'day', timeZone: 'Mars/Olympus_Mons' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'day', timeZone: 1 }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'day', weekStartsOn: 'monday' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'week', weekStartsOn: 'mon' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'day', zone: 'UTC' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z' }], { every: 'day', field: '' }, 'INVALID_OPTION'],
    [[{ resolvedAt: '2026-11-02T10:00:00Z' }], { every: 'day' }, 'INVALID_TYPE'],
    [[{ createdAt: '2026-11-02' }], { every: 'day' }, 'INVALID_DATE'],
    [[{ createdAt: '2026-11-02T10:00:00Z', resolvedAt: 'later' }], { every: 'day', field: 'resolvedAt' }, 'INVALID_DATE'],
    [[42], { every: 'day' }, 'INVALID_TYPE'],
    [[{ createdAt: 0 }, { createdAt: 8.64e15 }], { every: 'day' }, 'OUT_OF_RANGE'],
  ])('%j with %j: %s', (tickets, options, code) => {
    expect(metricErrorOf(() => ticketVolume(tickets as never, options as never)).code).toBe(code);
  });
});

describe('backlog', () => {
  const tickets = [
    { createdAt: '2026-11-02T09:00:00Z', resolvedAt: '2026-11-02T15:00:00Z' },
    { createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' },
    { createdAt: '2026-11-03T12:00:00Z', resolvedAt: null },
  ];

  test('open at an instant: created at or before it, not resolved at or before it', () => {
    const at = ['2026-11-02T08:59:59Z', '2026-11-02T09:00:00Z', '2026-11-02T15:00:00Z', '2026-11-03T12:00:00Z', '2026-11-04T10:00:00Z'];
    expect(backlog(tickets, { at })).toStrictEqual([
      { at: new Date('2026-11-02T08:59:59Z'), open: 0 },
      { at: new Date('2026-11-02T09:00:00Z'), open: 1 },
      { at: new Date('2026-11-02T15:00:00Z'), open: 1 },
      { at: new Date('2026-11-03T12:00:00Z'), open: 2 },
      { at: new Date('2026-11-04T10:00:00Z'), open: 1 },
    ]);
  });

  test('with every, at the end of each period that ticketVolume lists, in the zone', () => {
    const days = ticketVolume(tickets, { every: 'day', timeZone: 'America/New_York' });
    const points = backlog(tickets, { every: 'day', timeZone: 'America/New_York' });
    expect(points.map((p) => p.at)).toStrictEqual(days.map((d) => d.end));
    // New York midnights: Nov 3 05:00Z (ticket 2 open), Nov 4 05:00Z (2 and 3 open)
    expect(points.map((p) => [p.at.toISOString(), p.open])).toStrictEqual([
      ['2026-11-03T05:00:00.000Z', 1],
      ['2026-11-04T05:00:00.000Z', 2],
    ]);
    expect(backlog([], { every: 'week' })).toStrictEqual([]);
    expect(backlog([], { at: ['2026-11-02T00:00:00Z'] })).toStrictEqual([{ at: new Date('2026-11-02T00:00:00Z'), open: 0 }]);
  });

  test.each([
    [tickets, {}, 'INVALID_OPTION'],
    [tickets, { at: ['2026-11-02T00:00:00Z'], every: 'day' }, 'INVALID_OPTION'],
    [tickets, { at: ['2026-11-02T00:00:00Z'], timeZone: 'UTC' }, 'INVALID_OPTION'],
    [tickets, { at: '2026-11-02T00:00:00Z' }, 'INVALID_OPTION'],
    [tickets, { at: ['tomorrow'] }, 'INVALID_DATE'],
    [tickets, { every: 'year' }, 'INVALID_OPTION'],
    [[{ createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-02T09:00:00Z' }], { every: 'day' }, 'NEGATIVE_DURATION'],
    [[{ resolvedAt: '2026-11-02T09:00:00Z' }], { every: 'day' }, 'INVALID_TYPE'],
  ])('%j with %j: %s', (input, options, code) => {
    expect(metricErrorOf(() => backlog(input as never, options as never)).code).toBe(code);
  });
});
