/**
 * The shared machinery in src/_lib is private, so it is tested here directly
 * rather than through the barrel: each public family relies on it.
 */
import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/_lib/group.js';
import { neumaierSum } from '../../src/_lib/sum.js';
import { weightedMean } from '../../src/_lib/weighted-mean.js';
import { MetricError } from '../../src/index.js';

describe('neumaierSum', () => {
  test('keeps what a plain sum loses: 1e100 + 1 − 1e100 = 1', () => {
    expect(neumaierSum([1e100, 1, -1e100])).toBe(1);
  });

  test('ten times 0.1 is 1 (a plain loop gives 0.9999999999999999)', () => {
    expect(neumaierSum(Array<number>(10).fill(0.1))).toBe(1);
  });

  test('sums a range of the values', () => {
    expect(neumaierSum([1, 2, 3, 4], 1, 3)).toBe(5);
    expect(neumaierSum([], 0, 0)).toBe(0);
  });
});

describe('weightedMean', () => {
  test('is Σ w·x / Σ w: scores 100, 50, 100 with weights 1, 3, 1 give 70', () => {
    expect(weightedMean('t', [100, 50, 100], [1, 3, 1])).toBe(70);
  });

  test('stays within the values it averages, where rounding of the quotient would step outside', () => {
    // 0.1 · 100 + 0.2 · 100 = 30, over 0.30000000000000004 = 99.99999999999999 unbounded
    expect(weightedMean('t', [100, 100], [0.1, 0.2])).toBe(100);
    // 99.99999999998197 · 100 / 99.99999999998197 rounds to 100.00000000000001 unbounded
    expect(weightedMean('t', [100], [99.99999999998197])).toBe(100);
  });

  test('zero weights drop their values', () => {
    expect(weightedMean('t', [10, 1000], [1, 0])).toBe(10);
  });

  test.each([
    ['a negative weight', [1, -1]],
    ['a NaN weight', [1, NaN]],
    ['an infinite weight', [1, Infinity]],
    ['all weights zero', [0, 0]],
    ['too few weights', [1]],
  ])('%s throws INVALID_WEIGHTS', (_name, weights) => {
    expect(() => weightedMean('t', [1, 2], weights)).toThrow(MetricError);
    expect(() => weightedMean('t', [1, 2], weights)).toThrow(expect.objectContaining({ code: 'INVALID_WEIGHTS' }));
  });

  test('the message names the weight as the caller describes it', () => {
    expect(() => weightedMean('iqs', [1, 2], [1, -2], (i) => `the weight of criterion ${['a', 'b'][i]}`)).toThrow(
      'iqs: the weight of criterion b is -2; a weight must be a finite number ≥ 0',
    );
  });
});

describe('groupBy', () => {
  const records = [
    { agent: 'b', n: 1 },
    { agent: 'a', n: 2 },
    { agent: 'b', n: 3 },
    { n: 4 },
  ];

  test('groups by a property, keeping first-appearance order of keys and records', () => {
    const groups = groupBy('t', records as ReadonlyArray<{ agent?: string; n: number }>, 'agent');
    expect([...groups.keys()]).toStrictEqual(['b', 'a', undefined]);
    expect(groups.get('b')!.map((r) => r.n)).toStrictEqual([1, 3]);
  });

  test('groups by an accessor that sees the index', () => {
    const groups = groupBy('t', records, (r, i) => (i < 2 ? 'first' : r.n));
    expect([...groups.entries()].map(([k, v]) => [k, v.length])).toStrictEqual([
      ['first', 2],
      [3, 1],
      [4, 1],
    ]);
  });

  test('rejects a grouping that is neither a name nor a function, and non-object records', () => {
    expect(() => groupBy('t', records, 5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => groupBy('t', [1, 2] as never[], 'agent' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});
