import { describe, expect, test } from 'vitest';
import { MetricError, mergeTallies, tally } from '../../src/index.js';

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
    expect(() => tally([1], undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => tally([1], { min: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
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
    expect(() => mergeTallies()).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  test('refuses tallies of different scales', () => {
    expect(() => mergeTallies(tally([1], scale), tally([1], { min: 1, max: 5 }))).toThrow(
      expect.objectContaining({ code: 'SCALE_MISMATCH' }),
    );
  });

  test('refuses malformed tallies', () => {
    const bad: ReadonlyArray<[unknown, string]> = [
      [null, 'INVALID_TYPE'],
      [{ scale, counts: [1, 2] }, 'INVALID_COUNTS'],
      [{ scale, counts: [1, -2, 0] }, 'INVALID_COUNTS'],
      [{ scale, counts: [1, 0.5, 0] }, 'NOT_INTEGER'],
      [{ scale, counts: [1, NaN, 0] }, 'NOT_FINITE'],
      [{ scale, counts: 'abc' }, 'INVALID_TYPE'],
      [{ scale: { min: 3, max: 1 }, counts: [1, 1, 1] }, 'INVALID_TYPE'],
    ];
    for (const [t, code] of bad) {
      expect(() => mergeTallies(tally([1], scale), t as never)).toThrow(MetricError);
      expect(() => mergeTallies(tally([1], scale), t as never)).toThrow(expect.objectContaining({ code }));
    }
  });
});
