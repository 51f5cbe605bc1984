import { describe, expect, test } from 'vitest';
import { mergeQuantileSketches, quantileSketch, quantileSketchFromJSON, type QuantileSketch } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** γ = (1 + α) / (1 − α) and the estimate 2γ^i / (γ + 1) of bucket i = ⌈log_γ x⌉ (DDSketch, §2.1). */
function bucketOf(x: number, alpha: number): number {
  return Math.ceil(Math.log(x) / Math.log((1 + alpha) / (1 - alpha)));
}
function estimateOf(bucket: number, alpha: number): number {
  const gamma = (1 + alpha) / (1 - alpha);
  return (2 * gamma ** bucket) / (gamma + 1);
}

describe('quantileSketch: DDSketch buckets', () => {
  test('an empty sketch has no count, no extremes and empty JSON', () => {
    const s = quantileSketch();
    expect([s.count, s.min, s.max, s.relativeAccuracy]).toStrictEqual([0, undefined, undefined, 0.01]);
    expect(s.toJSON()).toStrictEqual({ relativeAccuracy: 0.01, count: 0, sum: 0, min: null, max: null, zeroCount: 0, offset: 0, counts: [] });
  });

  test('a value is counted in bucket ⌈log_γ x⌉: 100 at 1% is bucket 231 (ln 100 / ln(1.01/0.99) = 230.2)', () => {
    const s = quantileSketch().add(100);
    expect(s.toJSON()).toStrictEqual({ relativeAccuracy: 0.01, count: 1, sum: 100, min: 100, max: 100, zeroCount: 0, offset: 231, counts: [1] });
  });

  test('values of one bucket share it; the JSON lists the empty buckets between two values', () => {
    // 100 and 101 are both in (γ^230, γ^231] at 1% (γ^231 = 101.1); 104.2 is two buckets up
    const s = quantileSketch().add(100).add(101).add(104.2);
    expect(s.toJSON().offset).toBe(231);
    expect(s.toJSON().counts).toStrictEqual([2, 0, 1]);
  });

  test('a quantile is the estimate 2γ^i/(γ + 1) of the bucket holding the value of rank ⌊q(n − 1)⌋', () => {
    const values = [3, 7, 20, 45, 130, 600, 2400];
    const s = quantileSketch({ relativeAccuracy: 0.02 });
    for (const v of values) s.add(v);
    // n = 7: q = 0.5 → rank 3 (45); q = 0.8 → rank ⌊4.8⌋ = 4 (130)
    const near = (actual: number, expected: number) => {
      expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-12);
    };
    near(s.quantile(0.5), estimateOf(bucketOf(45, 0.02), 0.02));
    near(s.quantile(0.8), estimateOf(bucketOf(130, 0.02), 0.02));
  });

  test('the estimate lies within α of the value: 45 → 44.9 at 2%', () => {
    const s = quantileSketch({ relativeAccuracy: 0.02 }).add(45);
    expect(Math.abs(s.quantile(0.5) - 45)).toBeLessThanOrEqual(0.02 * 45);
  });

  test('quantile(0) and quantile(1) are the exact minimum and maximum', () => {
    const s = quantileSketch({ relativeAccuracy: 0.05 }).add(3.3).add(17).add(9.1);
    expect([s.quantile(0), s.quantile(1), s.min, s.max]).toStrictEqual([3.3, 17, 3.3, 17]);
  });

  test('p50, p90 and p99 of 1..100,000 are within 1% of 50,000.5, 90,000.1 and 99,000.01 (their lower order statistics 50,000, 90,000, 99,000)', () => {
    const s = quantileSketch();
    for (let v = 1; v <= 100_000; v++) s.add(v);
    for (const [q, lowerOrderStatistic] of [[0.5, 50_000], [0.9, 90_000], [0.99, 99_000]] as const) {
      expect(Math.abs(s.quantile(q) - lowerOrderStatistic)).toBeLessThanOrEqual(0.01 * lowerOrderStatistic);
    }
  });

  test('a day of durations from 1 second to 8 hours is a few kilobytes of JSON at 1%', () => {
    const s = quantileSketch();
    for (let v = 1; v <= 28_800; v++) s.add(v * 1000);
    // ln(28,800) / ln γ = 513 buckets
    expect(s.toJSON().counts).toHaveLength(bucketOf(28_800_000, 0.01) - bucketOf(1000, 0.01) + 1);
    expect(JSON.stringify(s).length).toBeLessThan(4096);
  });

  test('add returns the sketch, for chaining', () => {
    const s = quantileSketch();
    expect(s.add(1)).toBe(s);
  });
});

describe('mergeQuantileSketches and JSON', () => {
  test('a merge adds counts and keeps the extremes; the sketches given are unchanged', () => {
    const a = quantileSketch().add(100).add(100);
    const b = quantileSketch().add(104.2).add(2);
    const m = mergeQuantileSketches(a, b);
    expect(m.toJSON()).toStrictEqual({
      relativeAccuracy: 0.01,
      count: 4,
      sum: 306.2,
      min: 2,
      max: 104.2,
      zeroCount: 0,
      offset: bucketOf(2, 0.01),
      counts: [1, ...new Array<number>(231 - bucketOf(2, 0.01) - 1).fill(0), 2, 0, 1],
    });
    expect(a.count).toBe(2);
    expect(b.count).toBe(2);
  });

  test('empty sketches merge to an empty sketch, and add nothing to others', () => {
    expect(mergeQuantileSketches(quantileSketch(), quantileSketch()).toJSON()).toStrictEqual(quantileSketch().toJSON());
    const a = quantileSketch().add(5);
    expect(mergeQuantileSketches(quantileSketch(), a).toJSON()).toStrictEqual(a.toJSON());
  });

  test('toJSON, JSON.stringify and quantileSketchFromJSON round-trip, as an object or as text', () => {
    const s = quantileSketch({ relativeAccuracy: 0.005 }).add(1.5).add(3000).add(42);
    expect(quantileSketchFromJSON(s.toJSON()).toJSON()).toStrictEqual(s.toJSON());
    const back: QuantileSketch = quantileSketchFromJSON(JSON.stringify(s));
    expect(back.toJSON()).toStrictEqual(s.toJSON());
    expect(back.quantile(0.5)).toBe(s.quantile(0.5));
    back.add(7);
    expect(back.count).toBe(4);
  });
});

describe('quantile sketches refuse bad input', () => {
  test.each([
    [0, 'OUT_OF_RANGE'],
    [-3, 'OUT_OF_RANGE'],
    [-0, 'OUT_OF_RANGE'],
    [Number.NaN, 'NOT_FINITE'],
    [Infinity, 'NOT_FINITE'],
    [-Infinity, 'NOT_FINITE'],
    ['5', 'INVALID_TYPE'],
    [undefined, 'INVALID_TYPE'],
    [5n, 'INVALID_TYPE'],
  ])('add(%s) throws %s and leaves the sketch as it was', (value, code) => {
    const s = quantileSketch().add(10);
    const error = metricErrorOf(() => s.add(value as number));
    expect(error.code).toBe(code);
    expect(error.details.fn).toBe('quantileSketch.add');
    expect(s.toJSON()).toStrictEqual(quantileSketch().add(10).toJSON());
  });

  test('the message names the value', () => {
    expect(metricErrorOf(() => quantileSketch().add(-3)).message).toBe('quantileSketch.add: value -3 is not > 0; the sketch holds positive values');
  });

  test.each([
    [1.5, 'OUT_OF_RANGE'],
    [-0.1, 'OUT_OF_RANGE'],
    [90, 'OUT_OF_RANGE'],
    [Number.NaN, 'NOT_FINITE'],
    ['0.5', 'INVALID_TYPE'],
  ])('quantile(%s) throws %s', (q, code) => {
    expect(metricErrorOf(() => quantileSketch().add(1).quantile(q as number)).code).toBe(code);
  });

  test('the quantile of an empty sketch is EMPTY_INPUT', () => {
    expect(metricErrorOf(() => quantileSketch().quantile(0.5)).code).toBe('EMPTY_INPUT');
  });

  test.each([0, 1, -0.01, 1.5, Number.NaN, '0.01', null, 5e-324, 9.9e-5])('relativeAccuracy %s is INVALID_OPTION', (alpha) => {
    expect(metricErrorOf(() => quantileSketch({ relativeAccuracy: alpha as number })).code).toBe('INVALID_OPTION');
  });

  test('the finest accuracy is 0.0001, and the message says so', () => {
    expect(quantileSketch({ relativeAccuracy: 1e-4 }).add(1).add(1e6).quantile(1)).toBeCloseTo(1e6, -2);
    const error = metricErrorOf(() => quantileSketch({ relativeAccuracy: 5e-324 }));
    expect(error.message).toBe('quantileSketch: option relativeAccuracy must be a number from 0.0001 to below 1, got 5e-324 (0.01 for 1%)');
  });

  test('an unknown option is INVALID_OPTION', () => {
    expect(metricErrorOf(() => quantileSketch({ accuracy: 0.01 } as never)).code).toBe('INVALID_OPTION');
  });

  test('sketches of different accuracies do not merge (SCALE_MISMATCH, naming the sketch)', () => {
    const error = metricErrorOf(() => mergeQuantileSketches(quantileSketch(), quantileSketch({ relativeAccuracy: 0.02 })));
    expect(error.code).toBe('SCALE_MISMATCH');
    expect(error.details).toStrictEqual({ fn: 'mergeQuantileSketches', index: 1 });
  });

  test('no sketches is EMPTY_INPUT; JSON or another object is INVALID_TYPE', () => {
    expect(metricErrorOf(() => mergeQuantileSketches()).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => mergeQuantileSketches(quantileSketch(), quantileSketch().toJSON() as never)).code).toBe('INVALID_TYPE');
  });

  const good = { relativeAccuracy: 0.01, count: 3, sum: 305.2, min: 100, max: 104.2, zeroCount: 0, offset: 231, counts: [2, 0, 1] };
  test.each([
    ['text that is not JSON', '{', 'INVALID_TYPE'],
    ['an array', [], 'INVALID_TYPE'],
    ['a missing field', { ...good, counts: undefined, offset: 231 }, 'INVALID_TYPE'],
    ['an unknown field', { ...good, total: 3 }, 'INVALID_TYPE'],
    ['a bad accuracy', { ...good, relativeAccuracy: 2 }, 'INVALID_OPTION'],
    ['counts that do not add up to count', { ...good, count: 4 }, 'INVALID_COUNTS'],
    ['a negative count', { ...good, counts: [2, -1, 2] }, 'INVALID_COUNTS'],
    ['a fractional count', { ...good, counts: [1.5, 0, 1.5] }, 'NOT_INTEGER'],
    ['a count beyond 2^53', { ...good, count: 2 ** 53 + 2, counts: [2 ** 53, 0, 2] }, 'OUT_OF_RANGE'],
    ['a count that is not a number', { ...good, count: '3' }, 'INVALID_TYPE'],
    ['a leading empty bucket', { ...good, counts: [0, 2, 1] }, 'INVALID_COUNTS'],
    ['a fractional offset', { ...good, offset: 1.5 }, 'INVALID_TYPE'],
    ['min above max', { ...good, min: 200 }, 'OUT_OF_RANGE'],
    ['a missing min', { ...good, min: null }, 'OUT_OF_RANGE'],
    ['extremes on an empty sketch', { ...good, count: 0, sum: 0, counts: [], min: 1 }, 'OUT_OF_RANGE'],
    ['a missing sum', { ...good, sum: undefined }, 'INVALID_TYPE'],
    ['a negative sum', { ...good, sum: -1 }, 'OUT_OF_RANGE'],
    ['a sum that is not finite', { ...good, sum: Infinity }, 'OUT_OF_RANGE'],
    ['a sum of 0 beside values > 0', { ...good, sum: 0 }, 'OUT_OF_RANGE'],
    ['a sum on an empty sketch', { ...good, count: 0, counts: [], min: null, max: null }, 'OUT_OF_RANGE'],
    ['zeros not counted in count', { ...good, zeroCount: 1, min: 0 }, 'INVALID_COUNTS'],
    ['a fractional zero count', { ...good, count: 3.5, zeroCount: 0.5, min: 0 }, 'NOT_INTEGER'],
    ['zeros with a minimum above 0', { ...good, count: 4, zeroCount: 1 }, 'OUT_OF_RANGE'],
    ['a minimum of 0 without zeros', { ...good, min: 0 }, 'OUT_OF_RANGE'],
    ['a maximum of 0 beside values > 0', { ...good, count: 4, zeroCount: 1, min: 0, max: 0 }, 'OUT_OF_RANGE'],
  ])('quantileSketchFromJSON refuses %s', (_, json, code) => {
    expect(metricErrorOf(() => quantileSketchFromJSON(json as never)).code).toBe(code);
  });

  test('quantileSketchFromJSON reads the good JSON these cases start from', () => {
    expect(quantileSketchFromJSON(good).toJSON()).toStrictEqual(good);
  });

  test('quantileSketchFromJSON reads a sketch of zeros only: no buckets, min = max = sum = 0', () => {
    const zeros = { relativeAccuracy: 0.01, count: 2, sum: 0, min: 0, max: 0, zeroCount: 2, offset: 0, counts: [] };
    const s = quantileSketchFromJSON(zeros);
    expect(s.toJSON()).toStrictEqual(zeros);
    expect([s.quantile(0.5), s.quantile(1)]).toStrictEqual([0, 0]);
  });
});
