/**
 * segment by several keys at once, and period(field, options) as a key:
 * the day, week, month or quarter of a timestamp in a time zone.
 */
import { describe, expect, test } from 'vitest';
import { nps, period, segment, type Period } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { CHANGES, expectedKeys, MINUTE } from './intl-periods.js';

const answers = [
  { team: 'billing', channel: 'chat', score: 10, at: '2026-03-02T09:00:00Z' },
  { team: 'returns', channel: 'chat', score: 3, at: '2026-03-03T09:00:00Z' },
  { team: 'billing', channel: 'email', score: 9, at: '2026-03-09T09:00:00Z' },
  { team: 'billing', channel: 'chat', score: 6, at: '2026-03-04T09:00:00Z' },
  { team: 'returns', channel: 'chat', score: 9, at: '2026-03-10T09:00:00Z' },
];
const scores = (g: readonly { score: number }[]) => nps(g.map((a) => a.score));

describe('segment by a list of keys', () => {
  test('per team and channel: groups of records equal on both keys, keyed by the tuple, in order of first appearance', () => {
    // billing/chat: 10 and 6 → (1 − 1) / 2 = 0; returns/chat: 3 and 9 → 0; billing/email: 9 → 100
    expect(segment(answers, ['team', 'channel'], scores)).toStrictEqual([
      { key: ['billing', 'chat'], count: 2, value: 0 },
      { key: ['returns', 'chat'], count: 2, value: 0 },
      { key: ['billing', 'email'], count: 1, value: 100 },
    ]);
  });

  test('per team and ISO week: a period is a key like any other', () => {
    // 2 to 4 March 2026 are in the week of Monday 2 March, 9 and 10 March in the week of the 9th
    expect(segment(answers, ['team', period('at', { every: 'week' })], (g) => g.length)).toStrictEqual([
      { key: ['billing', '2026-03-02'], count: 2, value: 2 },
      { key: ['returns', '2026-03-02'], count: 1, value: 1 },
      { key: ['billing', '2026-03-09'], count: 1, value: 1 },
      { key: ['returns', '2026-03-09'], count: 1, value: 1 },
    ]);
  });

  test('one shape whatever the number of keys: a list of one gives keys of one, no keys one group keyed []', () => {
    expect(segment(answers, ['team'], (g) => g.length)).toStrictEqual([
      { key: ['billing'], count: 3, value: 3 },
      { key: ['returns'], count: 2, value: 2 },
    ]);
    expect(segment(answers, [], (g) => g.length)).toStrictEqual([{ key: [], count: 5, value: 5 }]);
    expect(segment([], ['team'], (g) => g.length)).toStrictEqual([]);
  });

  test('accessors in the list get the record and its index; keys compare as in a Map', () => {
    expect(segment([1, '1', 1, 2], [(v) => v, (_v, i) => i % 2], (g) => g.length)).toStrictEqual([
      { key: [1, 0], count: 2, value: 2 },
      { key: ['1', 1], count: 1, value: 1 },
      { key: [2, 1], count: 1, value: 1 },
    ]);
  });

  test('records without a property fall in the group undefined of that key', () => {
    expect(segment([{ a: 1 }, { a: 1, b: 2 }], ['a', 'b'], (g) => g.length)).toStrictEqual([
      { key: [1, undefined], count: 1, value: 1 },
      { key: [1, 2], count: 1, value: 1 },
    ]);
  });

  test('a metric error names the group and maps the record index back, as with one key', () => {
    const e = metricErrorOf(() => segment(answers, ['team', 'channel'], (g) => nps(g.map((a) => (a.score === 9 ? 11 : a.score)))));
    expect([e.code, e.details, e.message]).toStrictEqual([
      'OUT_OF_RANGE',
      { fn: 'segment', index: 4 },
      'segment: group ["returns", "chat"] (its record 1 is records[4]): nps: response 11 at index 1 is outside the scale 0–10',
    ]);
  });

  test('a key that is neither a name nor a function is INVALID_OPTION naming its place; a record that is not an object INVALID_TYPE', () => {
    const e = metricErrorOf(() => segment(answers, ['team', 3 as never], (g) => g.length));
    expect([e.code, e.message]).toStrictEqual(['INVALID_OPTION', 'segment: keys[1] is a number; group by property names or functions']);
    const f = metricErrorOf(() => segment([{ a: 1 }, 5] as { a: number }[], ['a'], (g) => g.length));
    expect([f.code, f.details.index]).toStrictEqual(['INVALID_TYPE', 1]);
  });
});

describe('period: the calendar period of a timestamp as a key', () => {
  const at = (iso: string) => ({ at: iso });
  const key = (iso: string, options: Parameters<typeof period>[1]) => period('at', options)(at(iso), 0);

  test('named by the local date the period begins on, in the zone', () => {
    expect(key('2026-03-04T12:00:00Z', { every: 'week' })).toBe('2026-03-02');
    expect(key('2026-03-04T12:00:00Z', { every: 'week', weekStartsOn: 'sunday' })).toBe('2026-03-01');
    expect(key('2026-03-31T23:30:00Z', { every: 'month' })).toBe('2026-03-01');
    // 23:30 UTC on 31 March is 01:30 on 1 April in Berlin (UTC+2 since 29 March)
    expect(key('2026-03-31T23:30:00Z', { every: 'month', timeZone: 'Europe/Berlin' })).toBe('2026-04-01');
    expect(key('2026-03-31T23:30:00Z', { every: 'quarter', timeZone: 'Europe/Berlin' })).toBe('2026-04-01');
    expect(key('2026-08-15T08:00:00Z', { every: 'quarter' })).toBe('2026-07-01');
    // 03:00 UTC on 1 January is 22:00 on 31 December in New York (UTC−5)
    expect(key('2026-01-01T03:00:00Z', { every: 'day', timeZone: 'America/New_York' })).toBe('2025-12-31');
  });

  test('across the change to summer time: 22:59 and 23:00 UTC on 28 March are 23:59 and 00:00 in Berlin (UTC+1)', () => {
    expect(key('2026-03-28T22:59:00Z', { every: 'day', timeZone: 'Europe/Berlin' })).toBe('2026-03-28');
    expect(key('2026-03-28T23:00:00Z', { every: 'day', timeZone: 'Europe/Berlin' })).toBe('2026-03-29');
    // Sunday 29 March still belongs to the week of Monday 23 March
    expect(key('2026-03-29T01:30:00Z', { every: 'week', timeZone: 'Europe/Berlin' })).toBe('2026-03-23');
  });

  test('the field may be a function of the record and its index', () => {
    const byCreation = period((t: { created: number }) => t.created, { every: 'day' });
    expect(byCreation({ created: Date.UTC(2026, 1, 28, 23, 59) }, 0)).toBe('2026-02-28');
  });

  test('an unknown period or time zone is INVALID_OPTION when the key is made, before any record is read', () => {
    const e = metricErrorOf(() => period('at', { every: 'fortnight' as never }));
    expect([e.code, e.details.fn]).toStrictEqual(['INVALID_OPTION', 'period']);
    const z = metricErrorOf(() => period('at', { every: 'week', timeZone: 'Mars/Olympus' }));
    expect([z.code, z.message]).toStrictEqual([
      'INVALID_OPTION',
      "period: unknown time zone \"Mars/Olympus\"; give an IANA time zone the platform's Intl knows, such as 'Europe/Copenhagen'",
    ]);
    expect(metricErrorOf(() => period('at', { every: 'day', weekStartsOn: 'monday' })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => period('at', { every: 'day', zone: 'UTC' } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => period('at', undefined as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => period(7 as never, { every: 'day' })).code).toBe('INVALID_OPTION');
  });

  test('a record whose timestamp cannot be read is refused, naming the record', () => {
    const e = metricErrorOf(() => segment([at('2026-03-02T09:00:00Z'), at('2026-03-02 09:00')], period('at', { every: 'day' }), (g) => g.length));
    expect([e.code, e.details.index]).toStrictEqual(['INVALID_DATE', 1]);
    expect([e.details.fn, e.message]).toMatchObject(['segment', expect.stringMatching(/^segment: period: records\[1\]\.at "2026-03-02 09:00" /) as unknown]);
    const m = metricErrorOf(() => segment([{ other: 1 }], period('at', { every: 'day' }) as never, (g) => g.length));
    expect([m.code, m.message]).toStrictEqual(['INVALID_TYPE', 'segment: period: records[0].at is missing']);
  });

  test('a record that is not an object, a field that is neither a name nor a function, and an unreadable time from a function are named', () => {
    const r = metricErrorOf(() => segment([{ at: '2026-03-02T09:00:00Z' }, 5] as { at: string }[], period('at', { every: 'day' }), (g) => g.length));
    expect([r.code, r.details, r.message]).toStrictEqual(['INVALID_TYPE', { fn: 'segment', index: 1 }, 'segment: period: records[1] is a number, not an object with at']);
    const f = metricErrorOf(() => period(7 as never, { every: 'day' }));
    expect([f.code, f.details, f.message]).toStrictEqual(['INVALID_OPTION', { fn: 'period' }, 'period: field must be the name of a timestamp property or a function, got 7']);
    const t = metricErrorOf(() => segment([{ at: 1 }, { at: 2 }], period((_r, i) => (i === 1 ? 'soon' : Date.UTC(2026, 2, 2)), { every: 'day' }), (g) => g.length));
    expect([t.code, t.details]).toStrictEqual(['INVALID_DATE', { fn: 'segment', index: 1 }]);
    expect(t.message.startsWith('segment: period: the time of records[1] "soon" ')).toBe(true);
  });

  test('a field function is given each record and its index', () => {
    const seen: [unknown, number][] = [];
    const key = period(
      (r: { at: number }, i) => {
        seen.push([r.at, i]);
        return r.at;
      },
      { every: 'month' },
    );
    expect(segment([{ at: Date.UTC(2026, 0, 5) }, { at: Date.UTC(2026, 1, 5) }], key, (g) => g.length)).toStrictEqual([
      { key: '2026-01-01', count: 1, value: 1 },
      { key: '2026-02-01', count: 1, value: 1 },
    ]);
    expect(seen).toStrictEqual([
      [Date.UTC(2026, 0, 5), 0],
      [Date.UTC(2026, 1, 5), 1],
    ]);
  });
});

describe('period keys agree with a minute-by-minute reading of Intl across offset changes', () => {
  test.each(CHANGES)('%s around %s: the key of every minute is the period a person reads off the wall clock', (zone, around) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'long' });
    const centre = Date.parse(around);
    const records: { at: number; read: Record<Period, string> }[] = [];
    for (let t = centre - 24 * 60 * MINUTE; t <= centre + 24 * 60 * MINUTE; t += MINUTE) records.push({ at: t, read: expectedKeys(format, t, 0) });
    for (const every of ['day', 'week', 'month', 'quarter'] as const) {
      const groups = segment(records, period('at', { every, timeZone: zone }), (g) => g);
      // where the clocks are put back across midnight, the readings shown again stay in the period already begun
      let latest = '';
      let seen = 0;
      for (const g of groups) {
        for (const r of g.value) {
          const read = r.read[every];
          latest = read > latest ? read : latest;
          expect(g.key, `${every} ${new Date(r.at).toISOString()}`).toBe(latest);
          seen++;
        }
      }
      expect(seen).toBe(records.length);
    }
  }, 60_000);
});
