import { describe, expect, test } from 'vitest';
import { MetricError, nps, npsSummary, tally } from '../../src/index.js';
import { metricErrorOf, withHole } from '../helpers.js';

/** Builds raw answers: `n` copies of each given answer. */
function answers(spec: ReadonlyArray<readonly [answer: number, n: number]>): number[] {
  return spec.flatMap(([answer, n]) => Array<number>(n).fill(answer));
}

describe('nps: definition', () => {
  test('70% promoters and 10% detractors give 60', () => {
    expect(nps({ promoters: 70, passives: 20, detractors: 10 })).toBe(60);
  });

  test('60% promoters and 20% detractors give 40', () => {
    expect(nps({ promoters: 60, passives: 20, detractors: 20 })).toBe(40);
  });

  test('promoters are 9 and 10, passives 7 and 8, detractors 0 to 6', () => {
    // one answer per point: promoters 2, passives 2, detractors 7 of 11
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(npsSummary(all)).toMatchObject({ promoters: 2, passives: 2, detractors: 7, count: 11 });
    expect(nps(all)).toBe(((2 - 7) * 100) / 11);
  });

  test('raw answers give the score of their counts (7 promoters, 2 passives, 1 detractor → 60)', () => {
    expect(nps(answers([[10, 4], [9, 3], [8, 1], [7, 1], [3, 1]]))).toBe(60);
  });

  test('all promoters give 100 and all detractors −100', () => {
    expect(nps([9, 10, 10])).toBe(100);
    expect(nps([0, 6, 3])).toBe(-100);
  });

  test('passives count in the total but on neither side', () => {
    expect(nps([7, 8, 7, 8])).toBe(0);
    expect(nps([10, 7, 7, 7])).toBe(25);
  });

  test('is computed from counts, not rounded percentages: 1 promoter of 3 gives 33.33…', () => {
    expect(nps([10, 8, 8])).toBe(100 / 3);
  });

  test('accepts typed arrays', () => {
    const raw = answers([[10, 7], [7, 2], [0, 1]]);
    expect(nps(Uint8Array.from(raw))).toBe(60);
    expect(nps(Float64Array.from(raw))).toBe(60);
    expect(nps(Int16Array.from(raw))).toBe(60);
  });

  test('accepts a tally of the scale 0–10', () => {
    expect(nps(tally([10, 10, 9, 0], { min: 0, max: 10 }))).toBe(50);
    expect(nps({ scale: { min: 0, max: 10 }, counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3] })).toBe(50);
  });

  test('lengths that are not a multiple of four count every answer', () => {
    for (let n = 1; n <= 9; n++) {
      expect(npsSummary(Array<number>(n).fill(9)).promoters).toBe(n);
      expect(npsSummary(Array<number>(n).fill(0)).detractors).toBe(n);
    }
  });
});

describe('npsSummary', () => {
  test('gives the score, the counts and the shares', () => {
    expect(npsSummary({ promoters: 60, passives: 20, detractors: 20 })).toStrictEqual({
      score: 40,
      count: 100,
      promoters: 60,
      passives: 20,
      detractors: 20,
      promoterShare: 60,
      passiveShare: 20,
      detractorShare: 20,
    });
  });

  test('score is promoterShare − detractorShare', () => {
    const s = npsSummary(answers([[9, 5], [8, 3], [2, 4]]));
    expect(s.promoterShare).toBe(500 / 12);
    expect(s.detractorShare).toBe(400 / 12);
    expect(s.score).toBe(100 / 12);
  });

  test('shares add up to 100 when nothing is rounded', () => {
    const s = npsSummary({ promoters: 1, passives: 1, detractors: 2 });
    expect(s.promoterShare + s.passiveShare + s.detractorShare).toBe(100);
  });
});

describe('nps with weights', () => {
  test('all promoters are 100 and all detractors −100, whatever the weight: (Σw promoters) × 100 / Σw can pass 100 by a unit in the last place', () => {
    // 1.835…e-134 counts as 1.6673589422413504 in units of 2^-445, and 166.73589422413505 / 1.6673589422413504 is 100.00000000000001
    expect(nps([10], { weights: [1.8351899936065948e-134] })).toBe(100);
    expect(npsSummary([10, 9], { weights: [1.8351899936065948e-134, 1.8351899936065948e-134] })).toMatchObject({ score: 100, promoterShare: 100 });
    expect(nps(Int32Array.of(6), { weights: [1.3012962479193795e-239] })).toBe(-100);
    expect(npsSummary([6], { weights: [1.3012962479193795e-239] })).toMatchObject({ score: -100, detractorShare: 100 });
  });

  test('passives are the weights of the answers of 7 and 8: 0 without any, however the other weights round', () => {
    // the sum 1 + 3e-323 (in units of 2) is 1, and 1 − 1 − 3e-323 would be −3e-323
    expect(npsSummary([4, 4, 9, 1], { weights: [0, 6e-323, 2, 0] })).toMatchObject({ passives: 0, passiveShare: 0 });
    // a passive whose weight the sum absorbs still counts as its weight
    expect(npsSummary([8, 9], { weights: [1e-300, 1] }).passives).toBe(1e-300);
  });
});

describe('nps: bad input throws MetricError', () => {
  const cases: ReadonlyArray<[string, unknown, string]> = [
    ['an empty array', [], 'EMPTY_INPUT'],
    ['counts that are all zero', { promoters: 0, passives: 0, detractors: 0 }, 'EMPTY_INPUT'],
    ['an answer above 10', [10, 9, 11], 'OUT_OF_RANGE'],
    ['a negative answer', [-1], 'OUT_OF_RANGE'],
    ['a fractional answer', [7.5], 'NOT_INTEGER'],
    ['NaN', [NaN], 'NOT_FINITE'],
    ['Infinity', [Infinity], 'NOT_FINITE'],
    ['-Infinity', [-Infinity], 'NOT_FINITE'],
    ['a numeric string', [9, '9'], 'INVALID_TYPE'],
    ['null', [null], 'INVALID_TYPE'],
    ['undefined', [undefined], 'INVALID_TYPE'],
    ['a hole', withHole([9, 9]), 'INVALID_TYPE'],
    ['a boolean', [true], 'INVALID_TYPE'],
    ['an object', [{ valueOf: () => 9 }], 'INVALID_TYPE'],
    ['a bigint', [9n], 'INVALID_TYPE'],
    ['a symbol', [1, 2, 3, 4, Symbol('x')], 'INVALID_TYPE'],
    ['a BigInt64Array', new BigInt64Array(3), 'INVALID_TYPE'],
    ['a string input', '9,10', 'INVALID_TYPE'],
    ['a number input', 9, 'INVALID_TYPE'],
    ['null input', null, 'INVALID_TYPE'],
    ['undefined input', undefined, 'INVALID_TYPE'],
    ['a missing count', { promoters: 1, detractors: 1 }, 'INVALID_COUNTS'],
    ['a negative count', { promoters: 5, passives: -1, detractors: 1 }, 'INVALID_COUNTS'],
    ['a fractional count', { promoters: 2.5, passives: 1, detractors: 1 }, 'NOT_INTEGER'],
    ['a NaN count', { promoters: NaN, passives: 1, detractors: 1 }, 'NOT_FINITE'],
    ['a string count', { promoters: '5', passives: 1, detractors: 1 }, 'INVALID_TYPE'],
    ['a tally of another scale', { scale: { min: 1, max: 10 }, counts: new Array<number>(10).fill(1) }, 'SCALE_MISMATCH'],
    ['a tally with too few counts', { scale: { min: 0, max: 10 }, counts: [1, 2] }, 'INVALID_COUNTS'],
    ['a tally with a negative count', { scale: { min: 0, max: 10 }, counts: [-1, ...new Array<number>(10).fill(1)] }, 'INVALID_COUNTS'],
  ];
  test.each(cases)('%s', (_name, input, code) => {
    for (const fn of [nps, npsSummary] as const) {
      expect(() => fn(input as never)).toThrow(MetricError);
      expect(() => fn(input as never)).toThrow(expect.objectContaining({ code }));
    }
  });

  test('the message names the function, the answer and its index', () => {
    expect(() => nps([10, 9, 8, 11])).toThrow('nps: response 11 at index 3 is outside the scale 0–10');
    expect(() => npsSummary([10, '9'] as never)).toThrow('npsSummary: response "9" at index 1 is a string, not a number');
  });

  test('the error records the index of the first bad answer', () => {
    try {
      nps([9, 9, 9, 9, 9, 9, 12, 13]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      expect((error as MetricError).details).toStrictEqual({ fn: 'nps', index: 6 });
    }
  });
});

describe('nps: the messages name the function, the count and the value', () => {
  test('a negative passives count is INVALID_COUNTS naming counts.passives and its value', () => {
    const e = metricErrorOf(() => nps({ promoters: 1, passives: -1, detractors: 0 }));
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.message).toBe('nps: counts.passives -1 is negative');
  });

  test('a detractors count that is a string is INVALID_TYPE naming counts.detractors', () => {
    const e = metricErrorOf(() => nps({ promoters: 1, passives: 0, detractors: 'a' as never }));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe('nps: counts.detractors is a string, not a number');
  });

  test('no responses is EMPTY_INPUT, saying NPS needs at least one', () => {
    const e = metricErrorOf(() => nps([]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe('nps: no responses: NPS needs at least one');
  });
});
