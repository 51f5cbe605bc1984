import { describe, expect, test } from 'vitest';
import { csat, csatInterval, csatSummary, MetricError, tally } from '../../src/index.js';

function answers(spec: ReadonlyArray<readonly [answer: number, n: number]>): number[] {
  return spec.flatMap(([answer, n]) => Array<number>(n).fill(answer));
}

describe('csat: definition', () => {
  test('30 positive of 50 give 60', () => {
    expect(csat({ positive: 30, count: 50 })).toBe(60);
  });

  test('200 responses of which 160 rate 4 or 5 give 80', () => {
    const raw = answers([[5, 100], [4, 60], [3, 25], [2, 10], [1, 5]]);
    expect(raw).toHaveLength(200);
    expect(csat(raw)).toBe(80);
    expect(csat({ positive: 160, count: 200 })).toBe(80);
  });

  test('by default positive means the top two points of 1–5 (top-2-box: 4 and 5)', () => {
    expect(csat([1, 2, 3])).toBe(0);
    expect(csat([4, 5])).toBe(100);
  });

  test('top-2-box follows the scale: 6–7 on 1–7, 9–10 on 1–10', () => {
    expect(csat([5, 6, 7, 1], { scale: { min: 1, max: 7 } })).toBe(50);
    expect(csat([8, 9, 10, 10], { scale: { min: 1, max: 10 } })).toBe(75);
  });

  test('on two or three points only the top point is positive, as help desks count it: 3 on 1–3, 2 on 1–2', () => {
    expect(csat([1, 2, 3, 1], { scale: { min: 1, max: 3 } })).toBe(25);
    expect(csat([1, 2, 2, 2], { scale: { min: 1, max: 2 } })).toBe(75);
    expect(csat({ scale: { min: 0, max: 1 }, counts: [3, 1] })).toBe(25);
  });

  test('four points keep the top two: 3–4 on 1–4', () => {
    expect(csat([1, 2, 3, 4], { scale: { min: 1, max: 4 } })).toBe(50);
  });

  test('positiveFrom sets the lowest positive answer', () => {
    expect(csat([5, 4, 3, 5], { positiveFrom: 5 })).toBe(50);
    expect(csat([5, 4, 3, 2], { positiveFrom: 3 })).toBe(75);
    expect(csat([0, 1, 1, 1], { scale: { min: 0, max: 1 }, positiveFrom: 1 })).toBe(75);
  });

  test('scales may start below zero', () => {
    expect(csat([-3, 0, 2, 3], { scale: { min: -3, max: 3 } })).toBe(50);
  });

  test('is not rounded: 2 of 3 give 66.66…', () => {
    expect(csat([5, 5, 1])).toBe(200 / 3);
  });

  test('accepts typed arrays', () => {
    const raw = answers([[5, 3], [1, 2]]);
    expect(csat(Uint8Array.from(raw))).toBe(60);
    expect(csat(Float32Array.from(raw))).toBe(60);
  });

  test('a tally supplies its own scale unless one is given', () => {
    const t = tally([7, 6, 2, 1], { min: 1, max: 7 });
    expect(csat(t)).toBe(50);
    expect(csat(t, { scale: { min: 1, max: 7 }, positiveFrom: 7 })).toBe(25);
  });
});

describe('csatSummary', () => {
  test('gives the score, the counts and the mean rating', () => {
    expect(csatSummary([5, 4, 3, 2])).toStrictEqual({ score: 50, count: 4, positive: 2, mean: 3.5 });
  });

  test('counts with a sum give the mean, counts without one do not', () => {
    expect(csatSummary({ positive: 3, count: 4, sum: 17 })).toStrictEqual({ score: 75, count: 4, positive: 3, mean: 4.25 });
    expect(csatSummary({ positive: 30, count: 50 })).toStrictEqual({ score: 60, count: 50, positive: 30, mean: undefined });
  });

  test('a tally gives the same summary as its responses', () => {
    const raw = [1, 2, 2, 5, 4, 4, 3];
    expect(csatSummary(tally(raw, { min: 1, max: 5 }))).toStrictEqual(csatSummary(raw));
  });
});

describe('csat: bad input throws MetricError', () => {
  const cases: ReadonlyArray<[string, unknown, unknown, string]> = [
    ['an empty array', [], undefined, 'EMPTY_INPUT'],
    ['a count of 0', { positive: 0, count: 0 }, undefined, 'EMPTY_INPUT'],
    ['a rating of 6 on 1–5', [5, 6], undefined, 'OUT_OF_RANGE'],
    ['a rating of 0 on 1–5', [0], undefined, 'OUT_OF_RANGE'],
    ['a fractional rating', [4.5], undefined, 'NOT_INTEGER'],
    ['NaN', [NaN], undefined, 'NOT_FINITE'],
    ['a string rating', ['5'], undefined, 'INVALID_TYPE'],
    ['positive > count', { positive: 60, count: 50 }, undefined, 'INVALID_COUNTS'],
    ['a negative count', { positive: 0, count: -5 }, undefined, 'INVALID_COUNTS'],
    ['a fractional positive', { positive: 1.5, count: 5 }, undefined, 'NOT_INTEGER'],
    ['a sum the scale cannot give', { positive: 1, count: 2, sum: 11 }, undefined, 'INVALID_COUNTS'],
    ['a non-finite sum', { positive: 1, count: 2, sum: Infinity }, undefined, 'NOT_FINITE'],
    ['positiveFrom above the scale', [5], { positiveFrom: 6 }, 'INVALID_OPTION'],
    ['positiveFrom at the lowest point', [5], { positiveFrom: 1 }, 'INVALID_OPTION'],
    ['a fractional positiveFrom', [5], { positiveFrom: 4.5 }, 'INVALID_OPTION'],
    ['a string positiveFrom', [5], { positiveFrom: '4' }, 'INVALID_OPTION'],
    ['a null positiveFrom', [5], { positiveFrom: null }, 'INVALID_OPTION'],
    ['a scale with max below min', [5], { scale: { min: 5, max: 1 } }, 'INVALID_OPTION'],
    ['a scale of one point', [5], { scale: { min: 5, max: 5 } }, 'INVALID_OPTION'],
    ['a fractional scale', [5], { scale: { min: 1, max: 5.5 } }, 'INVALID_OPTION'],
    ['a scale that is not an object', [5], { scale: 5 }, 'INVALID_OPTION'],
    ['a scale too wide', [5], { scale: { min: 0, max: 5000 } }, 'INVALID_OPTION'],
    ['a misspelt option', [5], { positivefrom: 4 }, 'INVALID_OPTION'],
    ['options that are not an object', [5], 'top2', 'INVALID_OPTION'],
    ['a tally of another scale than the one given', tally([1], { min: 1, max: 7 }), { scale: { min: 1, max: 5 } }, 'SCALE_MISMATCH'],
  ];
  test.each(cases)('%s', (_name, input, options, code) => {
    for (const fn of [csat, csatSummary] as const) {
      expect(() => fn(input as never, options as never)).toThrow(MetricError);
      expect(() => fn(input as never, options as never)).toThrow(expect.objectContaining({ code }));
    }
  });

  test('the message names the function, the rating, its index and the scale', () => {
    expect(() => csat([5, 4, 6])).toThrow('csat: response 6 at index 2 is outside the scale 1–5');
    expect(() => csat([8], { scale: { min: 1, max: 7 } })).toThrow('csat: response 8 at index 0 is outside the scale 1–7');
    expect(() => csat({ positive: 60, count: 50 })).toThrow('csat: counts.positive 60 is greater than counts.count 50');
  });
});

describe('csat with weights', () => {
  test('every answer positive is 100%, however the weights round: the total is summed as the positive weights are', () => {
    // summed in answer order, 0.0608… + 0.01 + 0.01 is one unit in the last place below 0.01 + 0.01 + 0.0608…
    const weights = [0.060860544830395616, 0.01, 0.01];
    expect(csat([5, 4, 4], { weights })).toBe(100);
    expect(csatInterval([5, 4, 4], { weights }).score).toBe(100);
    expect(csatSummary([5, 4, 4], { weights }).score).toBe(100);
  });

  test('the mean rating stays on the scale: one answer of 21 on 15–21 weighted 1 + 2^-52 has the mean 21', () => {
    // (6w + 15w) / w was 21.000000000000004
    expect(csatSummary(Float64Array.of(21), { scale: { min: 15, max: 21 }, positiveFrom: 21, weights: [1.0000000000000002] }).mean).toBe(21);
  });
});
