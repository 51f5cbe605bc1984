import { describe, expect, test } from 'vitest';
import { churnRate, customerMovement, customerRetentionRate, retentionSeries } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('customerRetentionRate: definition ((E − N) / S × 100)', () => {
  test('200 at the start, 200 at the end, 20 acquired give 90', () => {
    expect(customerRetentionRate({ start: 200, end: 200, acquired: 20 })).toBe(90);
  });

  test('keeping everyone and adding more gives 100', () => {
    expect(customerRetentionRate({ start: 50, end: 80, acquired: 30 })).toBe(100);
  });

  test('losing everyone gives 0, whatever was acquired', () => {
    expect(customerRetentionRate({ start: 50, end: 12, acquired: 12 })).toBe(0);
  });

  test('is not rounded: 2 of 3 retained give 200 / 3', () => {
    expect(customerRetentionRate({ start: 3, end: 2, acquired: 0 })).toBe(200 / 3);
  });

  test('a start of 0 has no rate: EMPTY_INPUT', () => {
    expect(metricErrorOf(() => customerRetentionRate({ start: 0, end: 4, acquired: 4 })).code).toBe('EMPTY_INPUT');
  });

  test('acquired greater than end is INVALID_COUNTS', () => {
    const e = metricErrorOf(() => customerRetentionRate({ start: 10, end: 5, acquired: 6 }));
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.message).toBe(
      'customerRetentionRate: counts.acquired 6 is greater than counts.end 5; the customers acquired are among those at the end',
    );
  });

  test('more customers retained than at the start is INVALID_COUNTS, also with a start of 0', () => {
    expect(metricErrorOf(() => customerRetentionRate({ start: 10, end: 25, acquired: 6 })).message).toBe(
      'customerRetentionRate: counts.end − counts.acquired = 19 customers retained, more than the 10 at the start',
    );
    expect(metricErrorOf(() => customerRetentionRate({ start: 0, end: 2, acquired: 1 })).code).toBe('INVALID_COUNTS');
  });

  test.each([
    ['a negative count', { start: -1, end: 0, acquired: 0 }, 'INVALID_COUNTS'],
    ['a missing count', { start: 5, end: 4 }, 'INVALID_COUNTS'],
    ['a fractional count', { start: 10.5, end: 5, acquired: 1 }, 'NOT_INTEGER'],
    ['an infinite count', { start: Infinity, end: 5, acquired: 1 }, 'NOT_FINITE'],
    ['a count given as a string', { start: '10', end: 5, acquired: 1 }, 'INVALID_TYPE'],
    ['no object at all', null, 'INVALID_TYPE'],
  ])('%s is rejected with %s', (_name, counts, code) => {
    expect(metricErrorOf(() => customerRetentionRate(counts as never)).code).toBe(code);
  });
});

describe('churnRate: definition (lost / start × 100)', () => {
  test('20 lost of 250 give 8', () => {
    expect(churnRate({ start: 250, lost: 20 })).toBe(8);
  });

  test('losing none gives 0 and losing all gives 100', () => {
    expect(churnRate({ start: 7, lost: 0 })).toBe(0);
    expect(churnRate({ start: 7, lost: 7 })).toBe(100);
  });

  test('lost greater than start is INVALID_COUNTS, with the message the conventions promise', () => {
    const e = metricErrorOf(() => churnRate({ start: 20, lost: 30 }));
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.message).toBe('churnRate: counts.lost 30 is greater than counts.start 20');
    expect(e.details).toStrictEqual({ fn: 'churnRate' });
  });

  test('a start of 0 is EMPTY_INPUT; a fractional count NOT_INTEGER', () => {
    expect(metricErrorOf(() => churnRate({ start: 0, lost: 0 })).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => churnRate({ start: 10, lost: 0.5 })).code).toBe('NOT_INTEGER');
  });
});

describe('customerMovement: counts from two id lists', () => {
  test('counts retained, lost and acquired, and the two rates', () => {
    // start {a, b, c, d}, end {b, c, d, e}: b, c, d stay; a leaves; e arrives
    expect(customerMovement(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'e'])).toStrictEqual({
      start: 4,
      end: 4,
      retained: 3,
      lost: 1,
      acquired: 1,
      retentionRate: 75,
      churnRate: 25,
    });
  });

  test('duplicates count once in either list', () => {
    const m = customerMovement(['a', 'a', 'b', 'b', 'b'], ['b', 'c', 'c']);
    expect(m).toMatchObject({ start: 2, end: 2, retained: 1, lost: 1, acquired: 1 });
  });

  test('its rates are those of customerRetentionRate and churnRate on its counts', () => {
    const m = customerMovement([1, 2, 3, 4, 5, 6, 7], [2, 3, 8, 9]);
    expect(m.retentionRate).toBe(customerRetentionRate({ start: m.start, end: m.end, acquired: m.acquired }));
    expect(m.churnRate).toBe(churnRate({ start: m.start, lost: m.lost }));
    expect(m.retentionRate).toBe(200 / 7);
  });

  test('reads arrays, Sets, generators and Map keys alike', () => {
    function* gen(): Generator<string> {
      yield 'a';
      yield 'b';
      yield 'a';
    }
    const expected = { start: 2, end: 2, retained: 1, lost: 1, acquired: 1, retentionRate: 50, churnRate: 50 };
    expect(customerMovement(gen(), new Set(['b', 'c']))).toStrictEqual(expected);
    expect(customerMovement(new Set(['a', 'b']), gen())).toMatchObject({ start: 2, end: 2, retained: 2 });
    expect(customerMovement(new Map([['a', 1], ['b', 2]]).keys(), ['b', 'c'])).toStrictEqual(expected);
  });

  test('numeric ids work like string ids', () => {
    expect(customerMovement([101, 102, 103, 104], [103, 104, 105])).toMatchObject({ retained: 2, lost: 2, acquired: 1, churnRate: 50 });
  });

  test('an empty end list means everyone left', () => {
    expect(customerMovement(['a', 'b'], [])).toMatchObject({ end: 0, retained: 0, lost: 2, retentionRate: 0, churnRate: 100 });
  });

  test('an empty start list has no rate: EMPTY_INPUT', () => {
    expect(metricErrorOf(() => customerMovement([], ['a'])).code).toBe('EMPTY_INPUT');
  });

  test('refuses to mix string and number ids, which would never match', () => {
    const e = metricErrorOf(() => customerMovement(['1', '2'], [1, 2]));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'customerMovement', index: 0 });
    expect(e.message).toBe(
      'customerMovement: id 1 at index 0 of endIds is a number, but the ids before it are strings; give all ids as one type, e.g. String(id)',
    );
    expect(metricErrorOf(() => customerMovement([1, '2'], [])).details).toStrictEqual({ fn: 'customerMovement', index: 1 });
  });

  test('refuses ids that are empty strings, null, objects, NaN, fractions or beyond 2^53', () => {
    expect(metricErrorOf(() => customerMovement(['a', ''], ['a'])).message).toBe(
      'customerMovement: id "" at index 1 of startIds is an empty string, not an id',
    );
    expect(metricErrorOf(() => customerMovement(['a'], ['a', null as never])).message).toBe(
      'customerMovement: id at index 1 of endIds is null, not a string or a number',
    );
    expect(metricErrorOf(() => customerMovement([{}] as never, ['a'])).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => customerMovement([1, NaN], [1])).code).toBe('NOT_FINITE');
    expect(metricErrorOf(() => customerMovement([1, 2.5], [1])).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => customerMovement([2 ** 53], [1])).code).toBe('OUT_OF_RANGE');
    expect(metricErrorOf(() => customerMovement(new Set([1, 2.5]), [1])).code).toBe('NOT_INTEGER');
  });

  test('refuses a string or a non-iterable as a list, before reading either list', () => {
    expect(metricErrorOf(() => customerMovement('abc' as never, ['a'])).message).toBe(
      'customerMovement: startIds is a string; pass an array, a Set or another iterable of ids',
    );
    expect(metricErrorOf(() => customerMovement([NaN], 5 as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => customerMovement({ length: 2 } as never, [])).code).toBe('INVALID_TYPE');
  });

  test('does not change a Set it is given', () => {
    const start = new Set(['a', 'b']);
    customerMovement(start, ['b', 'c']);
    expect([...start]).toStrictEqual(['a', 'b']);
  });
});

describe('retentionSeries: consecutive periods', () => {
  test('rows give each period its counts and rates, with the label passed through', () => {
    const series = retentionSeries([
      { label: 'Jan', start: 200, end: 210, acquired: 30 },
      { label: 'Feb', start: 210, end: 200, acquired: 11 },
    ]);
    expect(series).toStrictEqual([
      { label: 'Jan', start: 200, end: 210, retained: 180, lost: 20, acquired: 30, retentionRate: 90, churnRate: 10 },
      { label: 'Feb', start: 210, end: 200, retained: 189, lost: 21, acquired: 11, retentionRate: 90, churnRate: 10 },
    ]);
  });

  test('a row whose start is not the end of the row before is INVALID_COUNTS naming it', () => {
    const e = metricErrorOf(() =>
      retentionSeries([
        { start: 200, end: 210, acquired: 30 },
        { start: 211, end: 200, acquired: 11 },
      ]),
    );
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.details).toStrictEqual({ fn: 'retentionSeries', index: 1 });
    expect(e.message).toContain('periods[1].start 211 is not periods[0].end 210');
  });

  test("a row's own counts are checked as customerRetentionRate checks them", () => {
    expect(metricErrorOf(() => retentionSeries([{ start: 10, end: 5, acquired: 6 }])).message).toBe(
      'retentionSeries: periods[0].acquired 6 is greater than periods[0].end 5; the customers acquired are among those at the end',
    );
  });

  test('snapshots give n − 1 periods, each labelled by the snapshot that ends it', () => {
    const series = retentionSeries([
      { label: '2026-01-01', ids: ['a', 'b', 'c', 'd'] },
      { label: '2026-02-01', ids: ['a', 'b', 'c', 'e'] },
      { label: '2026-03-01', ids: ['a', 'e', 'f'] },
    ]);
    expect(series).toStrictEqual([
      { label: '2026-02-01', start: 4, end: 4, retained: 3, lost: 1, acquired: 1, retentionRate: 75, churnRate: 25 },
      { label: '2026-03-01', start: 4, end: 3, retained: 2, lost: 2, acquired: 1, retentionRate: 50, churnRate: 50 },
    ]);
  });

  test('bare id lists are snapshots without labels, and each period equals customerMovement of its two snapshots', () => {
    const snapshots = [[1, 2, 3], new Set([2, 3, 4]), [4, 4, 5]];
    const series = retentionSeries(snapshots);
    expect(series.map((p) => p.label)).toStrictEqual([undefined, undefined]);
    expect(series[0]).toStrictEqual({ label: undefined, ...customerMovement(snapshots[0]!, snapshots[1]!) });
    expect(series[1]).toStrictEqual({ label: undefined, ...customerMovement(snapshots[1]!, snapshots[2]!) });
  });

  test('labels of any type are passed through untouched', () => {
    const jan = new Date(Date.UTC(2026, 0, 31));
    const feb = new Date(Date.UTC(2026, 1, 28));
    const series = retentionSeries([
      { label: jan, ids: ['a'] },
      { label: feb, ids: ['a'] },
    ]);
    expect(series[0]!.label).toBe(feb);
  });

  test('a period that starts with no customers is EMPTY_INPUT naming it', () => {
    const e = metricErrorOf(() => retentionSeries([['a'], [], ['b']]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.details).toStrictEqual({ fn: 'retentionSeries', index: 1 });
    expect(metricErrorOf(() => retentionSeries([{ start: 0, end: 0, acquired: 0 }])).code).toBe('EMPTY_INPUT');
  });

  test('ids keep one type across all snapshots', () => {
    expect(metricErrorOf(() => retentionSeries([['a'], ['a'], [1]])).message).toBe(
      'retentionSeries: id 1 at index 0 of periods[2] is a number, but the ids before it are strings; give all ids as one type, e.g. String(id)',
    );
  });

  test('no periods, a single snapshot, a mix of rows and snapshots and unknown entries are refused', () => {
    expect(metricErrorOf(() => retentionSeries([])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => retentionSeries([['a']])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => retentionSeries([{ start: 1, end: 1, acquired: 0 }, ['a']] as never)).message).toBe(
      'retentionSeries: periods[1] is a snapshot, but periods[0] is a row; give rows or snapshots, not both',
    );
    expect(metricErrorOf(() => retentionSeries([5] as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => retentionSeries('ab' as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => retentionSeries([{ ids: 'ab' }, { ids: ['a'] }] as never)).code).toBe('INVALID_TYPE');
  });
});

describe('retentionSeries: inputs that are not arrays', () => {
  test('an object whose length no array can have is refused, not allocated', () => {
    expect(metricErrorOf(() => retentionSeries({ length: 2 ** 32 } as never)).code).toBe('INVALID_TYPE');
  });

  test('a generator of rows, as a database cursor gives them, is read like an array', () => {
    function* months(): Generator<{ label: string; start: number; end: number; acquired: number }> {
      yield { label: 'Jan', start: 200, end: 210, acquired: 30 };
      yield { label: 'Feb', start: 210, end: 200, acquired: 11 };
    }
    expect(retentionSeries(months()).map((p) => [p.label, p.retentionRate])).toStrictEqual([
      ['Jan', 90],
      ['Feb', 90],
    ]);
  });

  test('a plain object that is neither rows nor snapshots is refused', () => {
    expect(metricErrorOf(() => retentionSeries({ start: 1, end: 1, acquired: 0 } as never)).code).toBe('INVALID_TYPE');
  });
});
