/**
 * Sample sizes: the smallest n with z·√(Var/n)·100 ≤ margin, worked from the
 * formula with z(0.975) = 1.959963984540054 and z(0.995) = 2.5758293035489.
 */
import { describe, expect, test } from 'vitest';
import { csatSampleSize, npsSampleSize } from '../../src/index.js';

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

  test.each([
    [{ marginOfError: 0 }],
    [{ marginOfError: -5 }],
    [{ marginOfError: 250 }],
    [{ marginOfError: 5, promoterShare: 120 }],
    [{ marginOfError: 5, promoterShare: 70, detractorShare: 40 }],
    [{ marginOfError: 5, confidence: 1 }],
    [{ marginOfError: '5' }],
    [{}],
    [undefined],
    [{ marginOfError: 5, margin: 3 }],
  ])('%j throws INVALID_OPTION', (options) => {
    expect(() => npsSampleSize(options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
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

  test.each([[{ marginOfError: 0 }], [{ marginOfError: 101 }], [{ marginOfError: 5, expectedScore: -1 }], [{ marginOfError: 5, expectedScore: 0.8, extra: 1 }]])(
    '%j throws INVALID_OPTION',
    (options) => {
      expect(() => csatSampleSize(options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    },
  );
});
