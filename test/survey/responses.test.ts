import { describe, expect, test } from 'vitest';
import { ces, csat, nps, npsSummary, tally } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** Policies of the passes that read raw responses, shared by every survey metric. */
describe('reading raw responses', () => {
  test('a fraction too small to survive v − min is still rejected (scale −5–10, Float64Array)', () => {
    const scale = { min: -5, max: 10 };
    for (const read of [() => csat(Float64Array.of(3, -5e-324), { scale }), () => tally(Float64Array.of(3, 1e-17), scale)]) {
      const e = metricErrorOf(read);
      expect([e.code, e.details.index]).toStrictEqual(['NOT_INTEGER', 1]);
    }
  });

  test('an answer off the scale before a fraction is the one named, in every loop', () => {
    const scale = { min: 20, max: 33 };
    const values = [21, 19, 20.5, 22, 23, 24, 25, 26, 27, 28];
    for (const answers of [values, Float64Array.from(values), values.slice(0, 3), Float64Array.from(values.slice(0, 3))]) {
      for (const read of [() => csat(answers, { scale }), () => tally(answers, scale), () => ces(answers, { scale })]) {
        const e = metricErrorOf(read);
        expect([e.code, e.details.index]).toStrictEqual(['OUT_OF_RANGE', 1]);
      }
    }
  });

  test('fractions are rejected in float arrays on scales from zero up', () => {
    expect(() => nps(Float32Array.of(10, 9.5))).toThrow(expect.objectContaining({ code: 'NOT_INTEGER' }));
    expect(() => ces(Float64Array.of(1 + 2 ** -52))).toThrow(expect.objectContaining({ code: 'NOT_INTEGER' }));
  });

  test('integer typed arrays read negative scales', () => {
    expect(tally(Int8Array.of(-3, 3, 0, 0), { min: -3, max: 3 }).counts).toStrictEqual([1, 0, 0, 2, 0, 0, 1]);
  });

  test('array-likes that are not arrays are checked element by element', () => {
    const arrayLike = { length: 3, 0: 10, 1: '9', 2: 10 };
    expect(() => nps(arrayLike as never)).toThrow('nps: response "9" at index 1 is a string, not a number');
    expect(nps({ length: 2, 0: 10, 1: 0 })).toBe(0);
  });

  test('a value above the scale in a typed array is found after the pass, with its index', () => {
    const answers = new Uint8Array(1000).fill(10);
    answers[777] = 200;
    expect(() => nps(answers)).toThrow('nps: response 200 at index 777 is outside the scale 0–10');
    expect(() => npsSummary(answers)).toThrow('npsSummary: response 200 at index 777 is outside the scale 0–10');
  });

  test('values beyond 32 bits are out of range, not wrapped', () => {
    expect(() => nps([2 ** 32 + 5])).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => nps(Float64Array.of(2 ** 32 + 5))).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => nps(Uint32Array.of(2 ** 32 - 1))).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  test('the sum of a float typed array rejects wrapped, fractional, non-finite and off-scale answers with their index', () => {
    const cases: [number, string][] = [
      [2 ** 32 + 3, 'OUT_OF_RANGE'],
      [-(2 ** 32) + 3, 'OUT_OF_RANGE'],
      [3.5, 'NOT_INTEGER'],
      [NaN, 'NOT_FINITE'],
      [-Infinity, 'NOT_FINITE'],
      [0, 'OUT_OF_RANGE'],
      [8, 'OUT_OF_RANGE'],
    ];
    for (const [bad, code] of cases) {
      // in the unrolled part (index 5 of 9) and in the tail (index 8)
      for (const at of [5, 8]) {
        const answers = new Float64Array(9).fill(4);
        answers[at] = bad;
        const e = metricErrorOf(() => ces(answers));
        expect([e.code, e.details.index]).toStrictEqual([code, at]);
      }
    }
    expect(ces(Float64Array.of(1, 7, 7, 1, 4))).toBe(4);
  });

  test('−0 is the answer 0', () => {
    expect(npsSummary([-0]).detractors).toBe(1);
    expect(npsSummary(Float64Array.of(-0)).detractors).toBe(1);
  });

  test('a sparse array reports its first hole', () => {
    const sparse = [10, 10];
    sparse[5] = 10;
    expect(() => nps(sparse)).toThrow('nps: response at index 2 is undefined, not a number');
  });

  test('counts of more than 2^24 responses stay exact (packed counting runs in chunks)', () => {
    const n = 2 ** 24 + 3;
    const answers = new Uint8Array(n).fill(9);
    answers[0] = 0;
    answers[n - 1] = 7;
    expect(npsSummary(answers)).toMatchObject({ count: n, promoters: n - 2, passives: 1, detractors: 1 });
  });
});

describe('the packed table pass, with a lane full for a whole chunk', () => {
  // NPS packs its two 0/1 lanes (promoters, detractors) into 25 bits each, in chunks
  // of 2^24 answers: the promoters' lane of a chunk of promoters reaches 2^24, the most
  // its bits must hold without spilling into the detractors' lane
  test.each([
    [10, 100],
    [9, 100],
    [8, 0],
    [0, -100],
  ])('nps of 2^24 + 1 answers (16,777,217) all at %i is %i', (point, score) => {
    const answers = new Uint8Array(2 ** 24 + 1).fill(point);
    expect(nps(answers)).toBe(score);
    expect(nps(answers.subarray(1))).toBe(score);
  });
});
