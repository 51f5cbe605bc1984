import { describe, expect, test } from 'vitest';
import { ces, cesSummary, MetricError, tally } from '../../src/index.js';

describe('ces: definition', () => {
  test('is the sum of ratings divided by their number', () => {
    expect(ces([7, 6, 6, 5])).toBe(6);
    expect(ces([1, 2])).toBe(1.5);
    expect(ces({ sum: 55, count: 10 }, { scale: { min: 1, max: 10 } })).toBe(5.5);
  });

  test('the default scale is 1–7', () => {
    expect(ces([7, 1])).toBe(4);
    expect(() => ces([8])).toThrow('ces: response 8 at index 0 is outside the scale 1–7');
  });

  test('takes any whole scale of at least four points', () => {
    expect(ces([10, 1, 4], { scale: { min: 1, max: 10 } })).toBe(5);
    expect(ces([5, 4], { scale: { min: 1, max: 5 } })).toBe(4.5);
    expect(ces([0, 3], { scale: { min: 0, max: 3 } })).toBe(1.5);
  });

  test('the direction does not change the mean', () => {
    expect(ces([7, 6, 2], { higherIs: 'harder' })).toBe(5);
  });

  test('accepts typed arrays and tallies', () => {
    expect(ces(Uint8Array.of(7, 6, 6, 5))).toBe(6);
    expect(ces(tally([7, 6, 6, 5], { min: 1, max: 7 }))).toBe(6);
  });
});

describe('cesSummary', () => {
  test('easy and difficult shares are the two easiest and two hardest points (1–7, higher is easier)', () => {
    // 6–7 easy: 3 of 8; 1–2 difficult: 2 of 8
    const s = cesSummary([7, 7, 6, 5, 4, 3, 2, 1]);
    expect(s.easyShare).toBe(37.5);
    expect(s.difficultShare).toBe(25);
    expect(s.mean).toBe(35 / 8);
    expect(s.count).toBe(8);
  });

  test("with higherIs 'harder' the shares flip", () => {
    const s = cesSummary([7, 7, 6, 5, 4, 3, 2, 1], { higherIs: 'harder' });
    expect(s.easyShare).toBe(25);
    expect(s.difficultShare).toBe(37.5);
  });

  test('the ease index maps the mean onto 0–100 with 100 the easiest', () => {
    expect(cesSummary([7, 7]).easeIndex).toBe(100);
    expect(cesSummary([1, 1]).easeIndex).toBe(0);
    expect(cesSummary([4]).easeIndex).toBe(50);
    expect(cesSummary([1, 1], { higherIs: 'harder' }).easeIndex).toBe(100);
    expect(cesSummary([7], { higherIs: 'harder' }).easeIndex).toBe(0);
    // mean 2 on 1–5: (2 − 1) / 4 × 100 = 25, and (5 − 2) / 4 × 100 = 75 when higher is harder
    expect(cesSummary([2], { scale: { min: 1, max: 5 } }).easeIndex).toBe(25);
    expect(cesSummary([2], { scale: { min: 1, max: 5 }, higherIs: 'harder' }).easeIndex).toBe(75);
  });

  test('counts give the mean and ease index but no shares', () => {
    expect(cesSummary({ sum: 20, count: 4 })).toStrictEqual({
      mean: 5,
      count: 4,
      easyShare: undefined,
      difficultShare: undefined,
      // (5 − 1) / (7 − 1) × 100 = 200/3, correctly rounded
      easeIndex: 200 / 3,
    });
  });

  test('a tally gives the same summary as its responses', () => {
    const raw = [1, 2, 7, 7, 5, 4, 4, 3];
    expect(cesSummary(tally(raw, { min: 1, max: 7 }))).toStrictEqual(cesSummary(raw));
  });
});

describe('ces with weights', () => {
  test('the mean stays on the scale: answers of 7 alone, however weighted, are never above 7', () => {
    // Σ w·x is rounded apart from Σ w: 7 weighted 1.2627170015134734 gave 7.000000000000001
    expect(ces([7], { weights: [1.2627170015134734] })).toBeLessThanOrEqual(7);
    expect(ces([7, 7, 7], { weights: [1.2627170015134734, 0.1, 3] })).toBeLessThanOrEqual(7);
  });

  test('the ease index stays within 0–100: a tiny weight beside answers at the easiest point gives 100', () => {
    // harder on 16–19: 18 weighted 8.4e-323 beside 16 weighted 10 is a mean of 16 to double precision, an index of 100 (was 100.00000000000003)
    const s = cesSummary([18, 19, 17, 16, 19], { scale: { min: 16, max: 19 }, higherIs: 'harder', weights: [8.4e-323, 0, 0, 9.999999999999968, 0] });
    expect(s.mean).toBe(16);
    expect(s.easeIndex).toBe(100);
  });
});

describe('ces: bad input throws MetricError', () => {
  const cases: ReadonlyArray<[string, unknown, unknown, string]> = [
    ['an empty array', [], undefined, 'EMPTY_INPUT'],
    ['a count of 0', { sum: 0, count: 0 }, undefined, 'EMPTY_INPUT'],
    ['a rating outside the scale', [7, 8], undefined, 'OUT_OF_RANGE'],
    ['a fractional rating', [3.5], undefined, 'NOT_INTEGER'],
    ['-Infinity', [-Infinity], undefined, 'NOT_FINITE'],
    ['null', [null], undefined, 'INVALID_TYPE'],
    ['a sum whose mean is outside the scale', { sum: 80, count: 10 }, undefined, 'INVALID_COUNTS'],
    ['a sum with no ratings', { sum: 5, count: 0 }, undefined, 'INVALID_COUNTS'],
    ['a fractional count', { sum: 10, count: 2.5 }, undefined, 'NOT_INTEGER'],
    ['a NaN sum', { sum: NaN, count: 2 }, undefined, 'NOT_FINITE'],
    ['a missing count', { sum: 10 }, undefined, 'INVALID_COUNTS'],
    ['a scale of three points', [1], { scale: { min: 1, max: 3 } }, 'INVALID_OPTION'],
    ['an unknown direction', [1], { higherIs: 'lower' }, 'INVALID_OPTION'],
    ['a null direction', [1], { higherIs: null }, 'INVALID_OPTION'],
    ['an unknown option', [1], { direction: 'harder' }, 'INVALID_OPTION'],
    ['a tally of another scale', tally([1], { min: 1, max: 5 }), { scale: { min: 1, max: 7 } }, 'SCALE_MISMATCH'],
  ];
  test.each(cases)('%s', (_name, input, options, code) => {
    for (const fn of [ces, cesSummary] as const) {
      expect(() => fn(input as never, options as never)).toThrow(MetricError);
      expect(() => fn(input as never, options as never)).toThrow(expect.objectContaining({ code }));
    }
  });
});
