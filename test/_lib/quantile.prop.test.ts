import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { filterRanks, histogramRanks, orderStatistics, percentiles } from '../../src/_lib/quantile.js';
import { sumNonNegative } from '../../src/_lib/sum.js';

/** Values with many ties and wide ranges, as durations in whole minutes and as raw doubles. */
const valuesArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 400 }),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 400 }),
);

/** Distinct ascending ranks of an array of n values. */
function ranksOf(n: number): fc.Arbitrary<number[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 6 }).map((r) => r.sort((x, y) => x - y));
}

const sortedCopy = (values: readonly number[]) => [...values].sort((x, y) => x - y);
/** −0 and 0 are the same value: a selection may return either where they tie. */
const zeroes = (values: readonly (number | undefined)[]) => values.map((v) => (v === undefined ? v : v + 0));

describe('order statistics equal those of the sorted values', () => {
  test.prop([valuesArb.chain((v) => fc.tuple(fc.constant(v), ranksOf(v.length)))])('by selection', ([values, ranks]) => {
    const sorted = sortedCopy(values);
    expect(zeroes(orderStatistics(values, ranks))).toStrictEqual(zeroes(ranks.map((k) => sorted[k])));
  });

  test.prop([valuesArb.chain((v) => fc.tuple(fc.constant(v), ranksOf(v.length)))])(
    'by filtering (called directly on any size), unless it gives up because its sample cannot bracket',
    ([values, ranks]) => {
      const sorted = sortedCopy(values);
      const found = filterRanks(values, ranks);
      if (found !== undefined) expect(zeroes(found)).toStrictEqual(zeroes(ranks.map((k) => sorted[k])));
    },
  );
});

describe('order statistics by the histogram of leading bits equal those of the sorted values', () => {
  /** Values that crowd into few buckets (ties, one octave, ±0) as well as spread ones, negative and positive. */
  const crowdedArb = fc.oneof(
    valuesArb,
    fc.array(fc.constantFrom(0, -0, 1, 1.01, 1.02, 1.05, 2, -1, -1.01, 1e-310, -1e-310, 5e300), { minLength: 1, maxLength: 400 }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 1024, max: 1087 }), { minLength: 1, maxLength: 400 }),
  );
  test.prop([crowdedArb.chain((v) => fc.tuple(fc.constant(v), ranksOf(v.length)))])('called directly on a Float64Array of any size, or a view into one', ([values, ranks]) => {
    const sorted = sortedCopy(values);
    expect(zeroes(histogramRanks(Float64Array.from(values), ranks))).toStrictEqual(zeroes(ranks.map((k) => sorted[k])));
    const view = new Float64Array(values.length + 3).subarray(2, values.length + 2);
    view.set(values);
    expect(zeroes(histogramRanks(view, ranks))).toStrictEqual(zeroes(ranks.map((k) => sorted[k])));
  });

  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e12 }), { minLength: 1, maxLength: 50 }), fc.nat(), fc.integer({ min: 32_768, max: 40_000 })])(
    'and through orderStatistics on 32,768 values or more',
    (pool, seed, n) => {
      const values = Float64Array.from({ length: n }, (_, i) => pool[(i * 7919 + seed) % pool.length]!);
      const sorted = [...values].sort((x, y) => x - y);
      const ranks = [0, n >> 1, (n >> 1) + 1, Math.floor(n * 0.9), n - 1];
      expect(orderStatistics(values, ranks)).toStrictEqual(ranks.map((k) => sorted[k]));
    },
  );
});

describe('percentiles are type 7', () => {
  test.prop([valuesArb, fc.integer({ min: 0, max: 100 })])(
    'x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1) · p / 100',
    (values, p) => {
      const x = sortedCopy(values);
      const h = ((x.length - 1) * p) / 100;
      const lo = Math.floor(h);
      const expected = lo + 1 < x.length ? x[lo]! + (h - lo) * (x[lo + 1]! - x[lo]!) : x[lo]!;
      const [actual] = percentiles(values, [p]);
      expect(actual).toBeCloseTo(expected, 6);
      expect(actual).toBeGreaterThanOrEqual(x[lo]!);
      expect(actual).toBeLessThanOrEqual(x[Math.min(lo + 1, x.length - 1)]!);
    },
  );

  test.prop([valuesArb, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 5 })])(
    'are ordered as their percentages are',
    (values, ps) => {
      const sortedPs = [...ps].sort((a, b) => a - b);
      const result = percentiles(values, sortedPs);
      for (let i = 1; i < result.length; i++) expect(result[i]).toBeGreaterThanOrEqual(result[i - 1]!);
    },
  );
});

describe('sumNonNegative', () => {
  test.prop([fc.array(fc.nat({ max: 2 ** 31 }), { maxLength: 3000 })])('is exact for whole numbers', (values) => {
    expect(sumNonNegative(values)).toBe(values.reduce((a, b) => a + b, 0));
  });
});
