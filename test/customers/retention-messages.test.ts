import { describe, expect, test } from 'vitest';
import { churnRate, customerRetentionRate, retentionSeries } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

// Error messages are part of the contract: each test below checks the code,
// the details and the exact message, filled in by hand from the templates in
// src/customers/retention.ts and retention-series.ts (`${fn}: ${message}`).

/** The ids one at a time, as a generator: neither an array nor a Set. */
function* lazily<T>(ids: readonly T[]): Generator<T> {
  yield* ids;
}

describe('customerRetentionRate and churnRate messages', () => {
  test('counts that are not an object name the counts each metric takes', () => {
    expect(refusalOf(() => customerRetentionRate(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'customerRetentionRate' },
      message: 'customerRetentionRate: input is a number; pass counts { start, end, acquired }',
    });
    expect(refusalOf(() => churnRate([1] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'churnRate' },
      message: 'churnRate: input is a list; pass counts { start, lost }',
    });
  });

  test.each([
    [{ end: 5, acquired: 0 }, 'counts.start'],
    [{ start: 5, acquired: 0 }, 'counts.end'],
    [{ start: 5, end: 5 }, 'counts.acquired'],
  ])('customerRetentionRate with %o names the missing count', (counts, name) => {
    expect(refusalOf(() => customerRetentionRate(counts as never))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn: 'customerRetentionRate' },
      message: `customerRetentionRate: ${name} is missing`,
    });
  });

  test.each([
    [{ lost: 1 }, 'counts.start'],
    [{ start: 5 }, 'counts.lost'],
  ])('churnRate with %o names the missing count', (counts, name) => {
    expect(refusalOf(() => churnRate(counts as never))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn: 'churnRate' },
      message: `churnRate: ${name} is missing`,
    });
  });

  test('a start of 0 has no rate: EMPTY_INPUT saying which rate', () => {
    expect(refusalOf(() => customerRetentionRate({ start: 0, end: 0, acquired: 0 }))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn: 'customerRetentionRate' },
      message: 'customerRetentionRate: counts.start is 0: with no customers at the start there is no retention rate',
    });
    expect(refusalOf(() => churnRate({ start: 0, lost: 0 }))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn: 'churnRate' },
      message: 'churnRate: counts.start is 0: with no customers at the start there is no churn rate',
    });
  });
});

describe('retentionSeries messages for the list of periods', () => {
  const fn = 'retentionSeries';
  const entryKinds = 'each entry is a row { start, end, acquired, label? }, a snapshot { ids, label? } or an iterable of ids';

  test('periods that are not a list name the accepted form', () => {
    expect(refusalOf(() => retentionSeries(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message:
        'retentionSeries: input is a number; pass periods (rows { start, end, acquired } or snapshots of ids) (an array or iterable of objects)',
    });
  });

  test('no periods, and a single snapshot, are EMPTY_INPUT with their own messages', () => {
    expect(refusalOf(() => retentionSeries([]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'retentionSeries: no periods: pass at least one row or two snapshots',
    });
    for (const one of [[['a']], [{ ids: ['a'] }]]) {
      expect(refusalOf(() => retentionSeries(one))).toStrictEqual({
        code: 'EMPTY_INPUT',
        details: { fn },
        message: 'retentionSeries: one snapshot makes no period: pass at least two',
      });
    }
  });

  test('a mix of rows and snapshots names the entry and both forms', () => {
    const row = { start: 1, end: 1, acquired: 0 };
    expect(refusalOf(() => retentionSeries([row, row, ['a']] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 2 },
      message: 'retentionSeries: periods[2] is a snapshot, but periods[0] is a row; give rows or snapshots, not both',
    });
    expect(refusalOf(() => retentionSeries([['a'], { ids: ['a'] }, row] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 2 },
      message: 'retentionSeries: periods[2] is a row, but periods[0] is a snapshot; give rows or snapshots, not both',
    });
  });

  test('bare id lists and snapshots { ids } are one form and mix freely', () => {
    expect(retentionSeries([['a', 'b'], { label: 'Feb', ids: ['a'] }]).map((p) => [p.label, p.retentionRate])).toStrictEqual([['Feb', 50]]);
  });

  test.each([
    [0, [5], 'a number'],
    [1, [{ start: 1, end: 1, acquired: 0 }, null], 'null'],
    [0, [{}], 'an object'],
    [0, [{ label: 'Jan' }], 'an object'],
    [0, ['ab'], 'a string'],
  ])('an entry at index %s that is neither a row nor a snapshot', (index, periods, kind) => {
    expect(refusalOf(() => retentionSeries(periods as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index },
      message: `retentionSeries: periods[${index}] is ${kind}; ${entryKinds}`,
    });
  });
});

describe('retentionSeries rows', () => {
  const fn = 'retentionSeries';

  test.each([
    [{ start: 5 }, 'periods[0].end'],
    [{ end: 5 }, 'periods[0].start'],
    [{ acquired: 0 }, 'periods[0].start'],
    [{ start: 5, end: 5 }, 'periods[0].acquired'],
    [{ end: 5, acquired: 0 }, 'periods[0].start'],
  ])('an object with any of start, end or acquired is a row: %o has its missing count named', (row, name) => {
    expect(refusalOf(() => retentionSeries([row] as never))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn },
      message: `retentionSeries: ${name} is missing`,
    });
  });

  test('a row that starts with no customers is EMPTY_INPUT naming the row', () => {
    expect(refusalOf(() => retentionSeries([{ start: 0, end: 0, acquired: 0 }]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn, index: 0 },
      message: 'retentionSeries: periods[0].start is 0: a period that starts with no customers has no retention or churn rate',
    });
    // all 5 customers lost in the first period, so the second starts with none
    expect(
      refusalOf(() =>
        retentionSeries([
          { start: 5, end: 0, acquired: 0 },
          { start: 0, end: 3, acquired: 3 },
        ]),
      ),
    ).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn, index: 1 },
      message: 'retentionSeries: periods[1].start is 0: a period that starts with no customers has no retention or churn rate',
    });
  });
});

describe('retentionSeries snapshots', () => {
  const fn = 'retentionSeries';

  test('an empty snapshot names the period it starts, as a bare list or as ids', () => {
    expect(refusalOf(() => retentionSeries([['a'], [], ['b']]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn, index: 1 },
      message: 'retentionSeries: periods[1] is empty: the period it starts has no customers, so no retention or churn rate',
    });
    expect(refusalOf(() => retentionSeries([{ ids: [] }, { ids: ['a'] }]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn, index: 0 },
      message: 'retentionSeries: periods[0].ids is empty: the period it starts has no customers, so no retention or churn rate',
    });
  });

  test('a bad id is named by its snapshot: periods[k] for a bare list, periods[k].ids for a snapshot', () => {
    expect(refusalOf(() => retentionSeries([['a'], ['a', '']]))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'retentionSeries: id "" at index 1 of periods[1] is an empty string, not an id',
    });
    expect(refusalOf(() => retentionSeries([{ ids: ['a'] }, { ids: ['a', ''] }]))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'retentionSeries: id "" at index 1 of periods[1].ids is an empty string, not an id',
    });
  });

  test('every snapshot is checked to be iterable before any snapshot is read', () => {
    const first = lazily(['a', 'b']);
    expect(refusalOf(() => retentionSeries([first, { ids: ['a'] }, { ids: 5 }] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'retentionSeries: periods[2].ids is a number; pass an array, a Set or another iterable of ids',
    });
    // the first snapshot, a generator, was not consumed
    expect([...first]).toStrictEqual(['a', 'b']);
    // and a bad id in an earlier snapshot is not reported before a later snapshot that is not iterable
    expect(refusalOf(() => retentionSeries([['a', ''], ['a'], { ids: null }] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'retentionSeries: periods[2].ids is null; pass an array, a Set or another iterable of ids',
    });
  });

  test('a bare iterable of ids is a snapshot without a label, even if it has a label property', () => {
    const labelled = Object.assign(new Set(['a']), { label: 'not a snapshot label' });
    expect(retentionSeries([['a', 'b'], labelled] as never)).toStrictEqual([
      { label: undefined, start: 2, end: 1, retained: 1, lost: 1, acquired: 0, retentionRate: 50, churnRate: 50 },
    ]);
  });
});
