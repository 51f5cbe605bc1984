/**
 * Sample sizes: the smallest n with z·√(Var/n)·100 ≤ margin, worked from the
 * formula with z(0.975) = 1.959963984540054 and z(0.995) = 2.5758293035489.
 */
import { describe, expect, test } from 'vitest';
import { csatSampleSize, npsSampleSize } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('npsSampleSize', () => {
  test('worst case (Var = 1): 1,537 for ±5 and 385 for ±10 at 95%', () => {
    // ⌈1.959963984540054² · 10⁴ / 25⌉ = ⌈1536.58⌉, ⌈384.15⌉
    expect(npsSampleSize({ marginOfError: 5 })).toBe(1537);
    expect(npsSampleSize({ marginOfError: 10 })).toBe(385);
  });

  test('with expected shares: 50% promoters and 20% detractors, Var = 0.7 − 0.09 = 0.61, need 938 for ±5', () => {
    expect(npsSampleSize({ marginOfError: 5, promoterShare: 50, detractorShare: 20 })).toBe(938);
  });

  test('one known share takes the worst case for the other', () => {
    // p = 0.6: worst d = min(1.1, 0.4) = 0.4, Var = 1 − 0.2² = 0.96 → ⌈1475.1⌉
    expect(npsSampleSize({ marginOfError: 5, promoterShare: 60 })).toBe(1476);
    // d = 0.1: worst p = 0.6, Var = 0.7 − 0.25 = 0.45 → ⌈691.5⌉
    expect(npsSampleSize({ marginOfError: 5, detractorShare: 10 })).toBe(692);
  });

  test('at 99% confidence', () => {
    // ⌈2.5758293035489² · 10⁴ / 25⌉ = ⌈2653.96⌉
    expect(npsSampleSize({ marginOfError: 5, confidence: 0.99 })).toBe(2654);
  });

  test('a certain outcome needs one response', () => {
    expect(npsSampleSize({ marginOfError: 1, promoterShare: 100, detractorShare: 0 })).toBe(1);
  });

  test('the widest margin, 200 points, needs one response: ⌈1.959963984540054² · 10⁴ / 200²⌉ = ⌈0.96⌉', () => {
    expect(npsSampleSize({ marginOfError: 200 })).toBe(1);
  });

  test('shares that add up to exactly 100 are accepted: 70% and 30%, Var = 1 − 0.4² = 0.84, need ⌈1290.73⌉ for ±5', () => {
    expect(npsSampleSize({ marginOfError: 5, promoterShare: 70, detractorShare: 30 })).toBe(1291);
  });

  const NPS_MARGIN = 'npsSampleSize: option marginOfError must be a number of points in (0, 200], got';
  test.each([
    [{ marginOfError: 0 }, `${NPS_MARGIN} 0`],
    [{ marginOfError: -5 }, `${NPS_MARGIN} -5`],
    [{ marginOfError: 250 }, `${NPS_MARGIN} 250`],
    [{ marginOfError: '5' }, `${NPS_MARGIN} "5"`],
    [{}, `${NPS_MARGIN} undefined`],
    [{ marginOfError: 5, promoterShare: 120 }, 'npsSampleSize: option promoterShare must be a percentage from 0 to 100, got 120'],
    [{ marginOfError: 5, detractorShare: -1 }, 'npsSampleSize: option detractorShare must be a percentage from 0 to 100, got -1'],
    [{ marginOfError: 5, promoterShare: 70, detractorShare: 40 }, 'npsSampleSize: promoterShare and detractorShare add up to more than 100'],
    [{ marginOfError: 5, confidence: 1 }, 'npsSampleSize: option confidence must be a number strictly between 0 and 1, got 1'],
    [undefined, 'npsSampleSize: give { marginOfError }'],
    [{ marginOfError: 5, margin: 3 }, 'npsSampleSize: unknown option "margin"; known options: marginOfError, confidence, promoterShare, detractorShare'],
  ])('%j throws INVALID_OPTION', (options, message) => {
    const e = metricErrorOf(() => npsSampleSize(options as never));
    expect([e.code, e.details, e.message]).toStrictEqual(['INVALID_OPTION', { fn: 'npsSampleSize' }, message]);
  });
});

describe('csatSampleSize', () => {
  test('worst case (p = ½): 385 for ±5 and 97 for ±10 at 95%', () => {
    expect(csatSampleSize({ marginOfError: 5 })).toBe(385);
    expect(csatSampleSize({ marginOfError: 10 })).toBe(97);
  });

  test('an expected CSAT of 80 needs 246 for ±5 (Var = 0.16)', () => {
    expect(csatSampleSize({ marginOfError: 5, expectedScore: 80 })).toBe(246);
  });

  test('±3 at 99%: ⌈2.5758293035489² · 0.25 · 10⁴ / 9⌉ = 1844', () => {
    expect(csatSampleSize({ marginOfError: 3, confidence: 0.99 })).toBe(1844);
  });

  test('the widest margin, 100 points, needs one response: ⌈1.959963984540054² · ¼ · 10⁴ / 100²⌉ = ⌈0.96⌉', () => {
    expect(csatSampleSize({ marginOfError: 100 })).toBe(1);
  });

  test('an expected CSAT of 0 or 100 has no spread: one response', () => {
    expect([csatSampleSize({ marginOfError: 1, expectedScore: 0 }), csatSampleSize({ marginOfError: 1, expectedScore: 100 })]).toStrictEqual([1, 1]);
  });

  test.each([
    [{ marginOfError: 0 }, 'csatSampleSize: option marginOfError must be a number of points in (0, 100], got 0'],
    [{ marginOfError: 101 }, 'csatSampleSize: option marginOfError must be a number of points in (0, 100], got 101'],
    [{ marginOfError: 5, expectedScore: -1 }, 'csatSampleSize: option expectedScore must be a percentage from 0 to 100, got -1'],
    [{ marginOfError: 5, expectedScore: 0.8, extra: 1 }, 'csatSampleSize: unknown option "extra"; known options: marginOfError, confidence, expectedScore'],
    [undefined, 'csatSampleSize: give { marginOfError }'],
  ])('%j throws INVALID_OPTION', (options, message) => {
    const e = metricErrorOf(() => csatSampleSize(options as never));
    expect([e.code, e.details, e.message]).toStrictEqual(['INVALID_OPTION', { fn: 'csatSampleSize' }, message]);
  });
});
