import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  MetricError,
  durationSummary,
  firstResponseTimeSummary,
  nps,
  segment,
  slaComplianceRate,
  type Ticket,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const at = (hhmm: string) => `2026-11-03T${hhmm}:00Z`;
const tickets = [
  { agent: 'ben', priority: 'low', createdAt: at('09:00'), firstResponseAt: at('09:30') },
  { agent: 'ana', priority: 'high', createdAt: at('09:00'), firstResponseAt: at('09:10') },
  { agent: 'ben', priority: 'high', createdAt: at('10:00'), firstResponseAt: at('10:50') },
  { agent: 'ana', priority: 'low', createdAt: at('10:00'), firstResponseAt: at('10:30') },
  { agent: 'cy', priority: 'low', createdAt: at('11:00') },
];


describe('segment: any metric per group', () => {
  test('per agent, in the order the agents first appear, with the records counted', () => {
    expect(segment(tickets.slice(0, 4), 'agent', (g) => averageFirstResponseTime(g, { unit: 'minutes' }))).toStrictEqual([
      { key: 'ben', count: 2, value: 40 },
      { key: 'ana', count: 2, value: 20 },
    ]);
  });

  test('a metric that takes options can be passed as it is (it is called with the records only)', () => {
    // low: ben 30 and ana 30 minutes; high: ana 10 and ben 50 minutes
    expect(segment(tickets.slice(0, 4), 'priority', averageFirstResponseTime)).toStrictEqual([
      { key: 'low', count: 2, value: 30 * 60_000 },
      { key: 'high', count: 2, value: 30 * 60_000 },
    ]);
  });

  test('by an accessor of the record and its index: per hour of creation', () => {
    const byHour = segment(tickets.slice(0, 4), (t) => t.createdAt.slice(11, 13), (g) => slaComplianceRate(g, { target: 30, unit: 'minutes' }));
    expect(byHour).toStrictEqual([
      { key: '09', count: 2, value: 100 },
      { key: '10', count: 2, value: 50 },
    ]);
    expect(segment([1, 2, 3, 4], (_v, i) => i % 2, (g) => g.length)).toStrictEqual([
      { key: 0, count: 2, value: 2 },
      { key: 1, count: 2, value: 2 },
    ]);
  });

  test('works with every metric of the library, e.g. NPS per channel and duration summaries', () => {
    const answers = [
      { channel: 'chat', score: 10 },
      { channel: 'email', score: 3 },
      { channel: 'chat', score: 9 },
      { channel: 'chat', score: 6 },
    ];
    expect(segment(answers, 'channel', (g) => nps(g.map((a) => a.score)))).toStrictEqual([
      { key: 'chat', count: 3, value: 100 / 3 },
      { key: 'email', count: 1, value: -100 },
    ]);
    expect(segment([3, 8, 4, 9], (v) => (v > 5 ? 'slow' : 'fast'), durationSummary).map((s) => [s.key, s.value.median])).toStrictEqual([
      ['fast', 3.5],
      ['slow', 8.5],
    ]);
  });

  test('records without the property form the group undefined; keys compare as in a Map', () => {
    const rows = [{ k: 1 }, { k: '1' }, {}, { k: 1 }] as { k?: number | string }[];
    expect(segment(rows, 'k', (g) => g.length).map((s) => [s.key, s.value])).toStrictEqual([
      [1, 2],
      ['1', 1],
      [undefined, 1],
    ]);
  });

  test('records may be any iterable, and values a typed array', () => {
    const rows = new Set([{ k: 'a' }, { k: 'b' }, { k: 'a' }]);
    expect(segment(rows, 'k', (g) => g.length).map((s) => [s.key, s.value])).toStrictEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(segment(Float64Array.of(3, 8, 4, 9), (v) => v > 5, durationSummary).map((s) => [s.key, s.value.mean])).toStrictEqual([
      [false, 3.5],
      [true, 8.5],
    ]);
  });

  test('no records: no groups', () => {
    expect(segment([] as Ticket[], 'createdAt', averageFirstResponseTime)).toStrictEqual([]);
  });

  test("an empty group throws EMPTY_INPUT naming the group, or gives undefined with onEmpty: 'skip'", () => {
    const e = metricErrorOf(() => segment(tickets, 'agent', averageFirstResponseTime));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe('segment: group "cy": averageFirstResponseTime: no ticket has a first response yet (1 ticket, all left out)');
    expect(segment(tickets, 'agent', firstResponseTimeSummary, { onEmpty: 'skip' }).map((s) => [s.key, s.value?.count])).toStrictEqual([
      ['ben', 2],
      ['ana', 2],
      ['cy', undefined],
    ]);
  });

  test("a record's error keeps its code and is named by its index in the records", () => {
    const bad = [...tickets.slice(0, 3), { agent: 'ana', createdAt: at('12:00'), firstResponseAt: at('11:00') }];
    const e = metricErrorOf(() => segment(bad, 'agent', averageFirstResponseTime));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'segment', index: 3 });
    expect(e.message).toContain('group "ana" (its record 1 is records[3]): averageFirstResponseTime: tickets[1].firstResponseAt');
  });

  test('errors that are not MetricErrors pass through unchanged', () => {
    const boom = new RangeError('boom');
    expect(() =>
      segment([{ x: 1 }], 'x', () => {
        throw boom;
      }),
    ).toThrow(boom);
  });

  test.each([
    ['records that are not an array', 5, 'agent', (g: unknown) => g, undefined, 'INVALID_TYPE', 'segment: input is a number'],
    ['a metric that is not a function', [], 'agent', 'mean', undefined, 'INVALID_TYPE', 'segment: metric is a string, not a function'],
    ['a grouping that is neither a name nor a function', [], 5, (g: unknown) => g, undefined, 'INVALID_OPTION', 'segment: group by a property name or a function, not a number'],
    ['a record that is not an object, grouped by name', [1], 'agent', (g: unknown) => g, undefined, 'INVALID_TYPE', 'segment: record at index 0 is a number, not an object'],
    ['an unknown option', [], 'agent', (g: unknown) => g, { onempty: 'skip' }, 'INVALID_OPTION', 'segment: unknown option "onempty"; known options: onEmpty'],
    ['a bad onEmpty', [], 'agent', (g: unknown) => g, { onEmpty: 'undefined' }, 'INVALID_OPTION', `segment: option onEmpty must be 'throw', 'skip'; got "undefined"`],
    ['a null onEmpty', [], 'agent', (g: unknown) => g, { onEmpty: null }, 'INVALID_OPTION', `segment: option onEmpty must be 'throw', 'skip'; got null`],
    ['null options', [], 'agent', (g: unknown) => g, null, 'INVALID_OPTION', 'segment: options must be an object, got null'],
    ['counts instead of records', { a: 1 }, 'agent', (g: unknown) => g, undefined, 'INVALID_TYPE', 'segment: input is an object'],
  ])('%s throws', (_name, records, by, metric, options, code, message) => {
    const e = metricErrorOf(() => segment(records as never, by as never, metric as never, options as never));
    expect(e.code).toBe(code);
    expect(e.details.fn).toBe('segment');
    expect(e.message.startsWith(message)).toBe(true);
  });

  test('a record that is not an object, grouped by name, is named by its index', () => {
    const e = metricErrorOf(() => segment([{ agent: 'ana' }, 7] as { agent: string }[], 'agent', (g) => g.length));
    expect([e.code, e.details]).toStrictEqual(['INVALID_TYPE', { fn: 'segment', index: 1 }]);
    expect(e.message).toBe('segment: record at index 1 is a number, not an object');
  });

  test("onEmpty: 'skip' leaves out empty groups only: any other error of the metric still throws", () => {
    const bad = [...tickets.slice(0, 3), { agent: 'ana', createdAt: at('12:00'), firstResponseAt: at('11:00') }];
    const e = metricErrorOf(() => segment(bad, 'agent', averageFirstResponseTime, { onEmpty: 'skip' }));
    expect([e.code, e.details]).toStrictEqual(['NEGATIVE_DURATION', { fn: 'segment', index: 3 }]);
  });

  test('an error of the metric with no index is rethrown naming the group and no index', () => {
    const e = metricErrorOf(() =>
      segment(tickets, 'agent', () => {
        throw new MetricError('OUT_OF_RANGE', { fn: 'mine' }, 'too few');
      }),
    );
    expect([e.code, e.details, e.message]).toStrictEqual(['OUT_OF_RANGE', { fn: 'segment' }, 'segment: group "ben": mine: too few']);
  });

  test("a grouping function's MetricError becomes segment's, with the record's index when it had one", () => {
    const noIndex = metricErrorOf(() =>
      segment([{ x: 1 }], () => {
        throw new MetricError('INVALID_DATE', { fn: 'mine' }, 'unreadable');
      }, (g) => g.length),
    );
    expect([noIndex.code, noIndex.details, noIndex.message]).toStrictEqual(['INVALID_DATE', { fn: 'segment' }, 'segment: mine: unreadable']);
    const withIndex = metricErrorOf(() =>
      segment([{ x: 1 }, { x: 2 }], (_r, i) => {
        if (i === 1) throw new MetricError('INVALID_DATE', { fn: 'mine', index: 1 }, 'unreadable');
        return 'k';
      }, (g) => g.length),
    );
    expect([withIndex.code, withIndex.details, withIndex.message]).toStrictEqual(['INVALID_DATE', { fn: 'segment', index: 1 }, 'segment: mine: unreadable']);
    const own = new MetricError('INVALID_TYPE', { fn: 'segment', index: 0 }, 'already named');
    expect(() =>
      segment([{ x: 1 }], () => {
        throw own;
      }, (g) => g.length),
    ).toThrow(own);
  });
});
