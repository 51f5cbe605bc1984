import { describe, expect, test } from 'vitest';
import { mergeTallies, tally } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('tally', () => {
  test('counts the responses at each point, lowest first', () => {
    expect(tally([1, 5, 5, 4], { min: 1, max: 5 })).toStrictEqual({ scale: { min: 1, max: 5 }, counts: [1, 0, 0, 1, 2] });
  });

  test('works on scales that start below zero', () => {
    expect(tally([-2, 2, 0, 0], { min: -2, max: 2 }).counts).toStrictEqual([1, 0, 2, 0, 1]);
  });

  test('an empty array gives zeros', () => {
    expect(tally([], { min: 0, max: 3 }).counts).toStrictEqual([0, 0, 0, 0]);
  });

  test('typed arrays tally like arrays', () => {
    const raw = [0, 10, 10, 3, 7, 7, 7];
    const expected = [1, 0, 0, 1, 0, 0, 0, 3, 0, 0, 2];
    expect(tally(raw, { min: 0, max: 10 }).counts).toStrictEqual(expected);
    expect(tally(Uint8Array.from(raw), { min: 0, max: 10 }).counts).toStrictEqual(expected);
    expect(tally(Float64Array.from(raw), { min: 0, max: 10 }).counts).toStrictEqual(expected);
  });

  test('the result is a plain array, independent of the input', () => {
    const t = tally([1, 2], { min: 1, max: 3 });
    expect(Array.isArray(t.counts)).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);
  });

  test('rejects a bad response with its index', () => {
    expect(() => tally([1, 2, 3, 9], { min: 1, max: 5 })).toThrow('tally: response 9 at index 3 is outside the scale 1–5');
  });

  test('rejects a missing or bad scale', () => {
    const refused = (scale: unknown) => {
      const e = metricErrorOf(() => tally([1], scale as never));
      return [e.code, e.message];
    };
    expect(refused(undefined)).toStrictEqual(['INVALID_OPTION', 'tally: scale must be an object { min, max }, got undefined']);
    expect(refused({ min: 1 })).toStrictEqual(['INVALID_OPTION', 'tally: scale.max must be a whole number within ±2^31, got undefined']);
    expect(refused({ min: 0.5, max: 5 })).toStrictEqual(['INVALID_OPTION', 'tally: scale.min must be a whole number within ±2^31, got 0.5']);
  });

  test('rejects input that is not array-like', () => {
    expect(() => tally('123' as never, { min: 1, max: 5 })).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => tally({ length: -1 } as never, { min: 1, max: 5 })).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});

describe('mergeTallies', () => {
  const scale = { min: 1, max: 3 };

  test('adds the counts point by point', () => {
    expect(mergeTallies(tally([1, 3], scale), tally([3, 3, 2], scale))).toStrictEqual({ scale, counts: [1, 1, 3] });
  });

  test('one tally merges to a copy of itself', () => {
    const t = tally([1, 2], scale);
    const merged = mergeTallies(t);
    expect(merged).toStrictEqual(t);
    expect(merged.counts).not.toBe(t.counts);
  });

  test('accepts hand-built tallies, as stored in a database', () => {
    expect(mergeTallies({ scale, counts: [5, 0, 1] }, { scale, counts: [0, 2, 2] }).counts).toStrictEqual([5, 2, 3]);
  });

  test('needs at least one tally', () => {
    const e = metricErrorOf(() => mergeTallies());
    expect([e.code, e.message]).toStrictEqual(['EMPTY_INPUT', 'mergeTallies: no tallies to merge']);
  });

  test('refuses tallies of different scales', () => {
    const e = metricErrorOf(() => mergeTallies(tally([1], scale), tally([1], { min: 1, max: 5 })));
    expect([e.code, e.message]).toStrictEqual(['SCALE_MISMATCH', 'mergeTallies: tallies[1] is on the scale 1–5, tallies[0] on 1–3; only tallies of one scale add up']);
  });

  test.each([
    [null, 'INVALID_TYPE', 'tallies[1] must be an object { scale, counts }, got null'],
    [{ scale, counts: [1, 2] }, 'INVALID_COUNTS', 'tallies[1].counts has 2 entries, but the scale 1–3 has 3 points'],
    [{ scale, counts: [1, -2, 0] }, 'INVALID_COUNTS', 'tallies[1].counts[1] -2 is negative'],
    [{ scale, counts: [1, 0.5, 0] }, 'NOT_INTEGER', 'tallies[1].counts[1] 0.5 is not a whole number'],
    [{ scale, counts: [1, NaN, 0] }, 'NOT_FINITE', 'tallies[1].counts[1] NaN is not a finite number'],
    [{ scale, counts: [1, 0, undefined] }, 'INVALID_COUNTS', 'tallies[1].counts[2] is missing'],
    [{ scale, counts: 'abc' }, 'INVALID_TYPE', 'tallies[1].counts must be an array of counts, got a string'],
    [{ scale, counts: null }, 'INVALID_TYPE', 'tallies[1].counts must be an array of counts, got null'],
    [{ scale, counts: { 0: 1 } }, 'INVALID_TYPE', 'tallies[1].counts must be an array of counts, got an object'],
    [{ scale: { min: 3, max: 1 }, counts: [1, 1, 1] }, 'INVALID_TYPE', 'tallies[1].scale 3–1 is empty or has one point; max must be greater than min'],
    [
      { scale, counts: [Number.MAX_SAFE_INTEGER, 1, 0] },
      'OUT_OF_RANGE',
      'the responses of tallies[1], the sum of its counts, 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact',
    ],
  ])('refuses the malformed tally %j: %s, naming it', (t, code, message) => {
    const e = metricErrorOf(() => mergeTallies(tally([1], scale), t as never));
    expect([e.code, e.details, e.message]).toStrictEqual([code, { fn: 'mergeTallies' }, `mergeTallies: ${message}`]);
  });

  test('the first tally is named tallies[0]', () => {
    expect(metricErrorOf(() => mergeTallies({ scale, counts: [1] })).message).toBe('mergeTallies: tallies[0].counts has 1 entries, but the scale 1–3 has 3 points');
  });

  test('a merged tally of more than 2^53 − 1 responses is OUT_OF_RANGE', () => {
    const half = { scale, counts: [2 ** 52, 0, 0] };
    const e = metricErrorOf(() => mergeTallies(half, half));
    expect([e.code, e.message]).toStrictEqual([
      'OUT_OF_RANGE',
      'mergeTallies: the responses of the merged tally 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact',
    ]);
    expect(mergeTallies({ scale, counts: [2 ** 52, 0, 0] }, { scale, counts: [0, 2 ** 52 - 1, 0] }).counts).toStrictEqual([2 ** 52, 2 ** 52 - 1, 0]);
  });
});
