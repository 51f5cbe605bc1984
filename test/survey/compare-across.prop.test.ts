import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareCesAcross, compareCsatAcross, compareNpsAcross, MetricError, type NpsInput } from '../../src/index.js';
import { npsAnswers } from './arbitraries.js';

const npsGroup = fc.record({ promoters: fc.nat(60), passives: fc.nat(60), detractors: fc.nat(60) }).filter((c) => c.promoters + c.passives + c.detractors > 0);
const csatGroup = fc.tuple(fc.nat(80), fc.nat(80)).filter(([a, b]) => a + b > 0).map(([positive, rest]) => ({ positive, count: positive + rest }));
const cesGroup = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 40 }).filter((g) => g.some((x) => x !== g[0]));
const names = (n: number) => Array.from({ length: n }, (_, i) => `g${i}`);

/** Named groups and a reordering of the same names. */
function namedAndShuffled<T>(group: fc.Arbitrary<T>) {
  return fc.array(group, { minLength: 2, maxLength: 6 }).chain((groups) => {
    const keys = names(groups.length);
    return fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }).map((order) => ({
      groups: Object.fromEntries(keys.map((k, i) => [k, groups[i]!])),
      shuffled: Object.fromEntries(order.map((k) => [k, groups[keys.indexOf(k)]!])),
    }));
  });
}

type Result = { statistic: number; pValue: number; pairwise: readonly { a: string; b: string; difference: number; pValue: number; adjustedPValue: number }[] };

/** Same test and the same pairs, whatever the order: each pair as an unordered set, its difference up to sign. */
function samePairs(r: Result, s: Result): void {
  expect(s.statistic).toBeCloseTo(r.statistic, 9);
  expect(Math.abs(s.pValue - r.pValue)).toBeLessThanOrEqual(1e-12);
  const key = (p: { a: string; b: string }) => [p.a, p.b].sort().join('|');
  const byKey = new Map(r.pairwise.map((p) => [key(p), p]));
  expect(s.pairwise).toHaveLength(r.pairwise.length);
  for (const p of s.pairwise) {
    const q = byKey.get(key(p))!;
    expect(Math.abs(p.difference)).toBe(Math.abs(q.difference));
    expect(p.difference === q.difference || p.a === q.b).toBe(true);
    expect(p.pValue).toBe(q.pValue);
    expect(p.adjustedPValue).toBe(q.adjustedPValue);
  }
}

describe('permuting the groups permutes nothing but the order of the pairs', () => {
  test.prop([namedAndShuffled(npsGroup)])('NPS', ({ groups, shuffled }) => { samePairs(compareNpsAcross(groups), compareNpsAcross(shuffled)); });
  test.prop([namedAndShuffled(csatGroup)])('CSAT', ({ groups, shuffled }) => { samePairs(compareCsatAcross(groups), compareCsatAcross(shuffled)); });
  test.prop([namedAndShuffled(cesGroup)])('CES', ({ groups, shuffled }) => { samePairs(compareCesAcross(groups), compareCesAcross(shuffled)); });
});

describe('every test across groups', () => {
  test.prop([fc.array(npsGroup, { minLength: 2, maxLength: 7 })])('has X² ≥ 0, a p-value in 0–1 and one entry per pair', (groups) => {
    const r = compareNpsAcross(groups);
    expect(r.statistic).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
    expect(r.pairwise).toHaveLength((groups.length * (groups.length - 1)) / 2);
  });

  test.prop([fc.array(csatGroup, { minLength: 2, maxLength: 7 })])('adjusts every pair\'s p-value upwards, keeping their order', (groups) => {
    const { pairwise } = compareCsatAcross(groups);
    for (const p of pairwise) {
      expect(p.adjustedPValue).toBeGreaterThanOrEqual(p.pValue);
      expect(p.adjustedPValue).toBeLessThanOrEqual(1);
    }
    const sorted = [...pairwise].sort((x, y) => x.pValue - y.pValue);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.adjustedPValue).toBeGreaterThanOrEqual(sorted[i - 1]!.adjustedPValue);
  });

  test.prop([fc.array(npsAnswers, { minLength: 2, maxLength: 5 })])('gives raw answers the result of their counts', (groups) => {
    const toCounts = (g: readonly number[]) => ({
      promoters: g.filter((x) => x >= 9).length,
      passives: g.filter((x) => x === 7 || x === 8).length,
      detractors: g.filter((x) => x <= 6).length,
    });
    // the same result, or the same error (a pair of single answers has no test)
    const outcome = (input: readonly NpsInput[]) => {
      try {
        return compareNpsAcross(input);
      } catch (error) {
        return error instanceof MetricError ? { code: error.code, message: error.message } : error;
      }
    };
    expect(outcome(groups)).toStrictEqual(outcome(groups.map(toCounts)));
  });

  test.prop([fc.array(cesGroup, { minLength: 2, maxLength: 5 })])('CES: raw ratings and their { sum, sumOfSquares, count } agree', (groups) => {
    const moments = groups.map((g) => ({ sum: g.reduce((s, x) => s + x, 0), sumOfSquares: g.reduce((s, x) => s + x * x, 0), count: g.length }));
    const r = compareCesAcross(groups);
    const m = compareCesAcross(moments);
    expect(Math.abs(m.statistic - r.statistic)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.statistic));
    expect(Math.abs(m.pValue - r.pValue)).toBeLessThanOrEqual(1e-9);
  });
});

/** The three tests, as functions of anything, for bad input. */
const ACROSS = [compareNpsAcross, compareCsatAcross, compareCesAcross] as unknown as ((groups: unknown) => unknown)[];
const notGroups = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.constant(new Float64Array([9, 10])), fc.constant(new Map()));
const tooFew = fc.oneof(fc.constant([]), npsGroup.map((g) => [g]), npsGroup.map((g) => ({ only: g })));

describe('every bad input throws MetricError', () => {
  test.prop([notGroups])('groups that are not an array or an object', (groups) => {
    for (const f of ACROSS) expect(() => f(groups)).toThrow(MetricError);
  });
  test.prop([tooFew])('fewer than two groups', (groups) => {
    for (const f of ACROSS) expect(() => f(groups)).toThrow(MetricError);
  });
  test.prop([fc.array(npsGroup, { minLength: 1, maxLength: 4 }), fc.anything()])('a bad group among good ones', (good, bad) => {
    fc.pre(!Array.isArray(bad) || bad.length === 0 || bad.some((x) => typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 10));
    fc.pre(!(bad !== null && typeof bad === 'object' && !Array.isArray(bad)));
    expect(() => compareNpsAcross([...good, bad as never])).toThrow(MetricError);
  });
});
