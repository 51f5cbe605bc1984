import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isMetricError, mergeQuantileSketches, quantileSketch, quantileSketchFromJSON, type QuantileSketch } from '../../src/index.js';

const positive = fc.double({ min: 1e-9, max: 1e12, noNaN: true });
const valuesArb = fc.oneof(
  fc.array(positive, { minLength: 1, maxLength: 300 }),
  // whole-second durations with many ties
  fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 300 }),
);
const accuracyArb = fc.oneof(fc.constant(0.01), fc.double({ min: 1e-3, max: 0.5, noNaN: true }));

function sketchOf(values: readonly number[], relativeAccuracy = 0.01) {
  const s = quantileSketch({ relativeAccuracy });
  for (const v of values) s.add(v);
  return s;
}

/**
 * Two sketches are the same: equal buckets, counts and extremes, and sums
 * equal to the rounding of adding the same values in another order.
 */
function expectSameSketch(actual: QuantileSketch, expected: QuantileSketch): void {
  const { sum, ...rest } = actual.toJSON();
  const { sum: expectedSum, ...expectedRest } = expected.toJSON();
  expect(rest).toStrictEqual(expectedRest);
  expect(Math.abs(sum - expectedSum)).toBeLessThanOrEqual(1e-12 * expectedSum);
}

describe('quantile sketch properties', () => {
  test.prop([valuesArb, accuracyArb, fc.double({ min: 0, max: 1, noNaN: true })])(
    'a quantile is within α of the exact order statistic of rank ⌊q(n − 1)⌋',
    (values, alpha, q) => {
      const sorted = [...values].sort((a, b) => a - b);
      const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
      const estimate = sketchOf(values, alpha).quantile(q);
      // a relative 1e-12 for the rounding of the logarithm at a bucket's edge
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(alpha * exact * (1 + 1e-12));
    },
  );

  test.prop([valuesArb, fc.array(fc.nat(), { maxLength: 5 })])('the merge of shards is exactly the sketch of the whole', (values, cuts) => {
    const points = [...new Set(cuts.map((c) => c % (values.length + 1)))].sort((a, b) => a - b);
    const shards: number[][] = [];
    let from = 0;
    for (const p of [...points, values.length]) {
      shards.push(values.slice(from, p));
      from = p;
    }
    expectSameSketch(mergeQuantileSketches(...shards.map((s) => sketchOf(s))), sketchOf(values));
  });

  test.prop([valuesArb, valuesArb, valuesArb])('merging is associative and commutative', (x, y, z) => {
    const [a, b, c] = [sketchOf(x), sketchOf(y), sketchOf(z)];
    const left = mergeQuantileSketches(mergeQuantileSketches(a, b), c);
    expectSameSketch(mergeQuantileSketches(a, mergeQuantileSketches(b, c)), left);
    expectSameSketch(mergeQuantileSketches(c, b, a), left);
    // two sums added in either order are the same number
    expect(mergeQuantileSketches(b, a).toJSON()).toStrictEqual(mergeQuantileSketches(a, b).toJSON());
  });

  test.prop([valuesArb, accuracyArb])('JSON round-trips to the same sketch, also as text', (values, alpha) => {
    const s = sketchOf(values, alpha);
    const back = quantileSketchFromJSON(JSON.stringify(s));
    expect(back.toJSON()).toStrictEqual(s.toJSON());
    expect(back.quantile(0.9)).toBe(s.quantile(0.9));
  });

  test.prop([
    fc.oneof(
      fc.double({ max: 0, noNaN: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.bigInt(),
    ),
  ])('every bad value throws MetricError', (bad) => {
    expect(() => quantileSketch().add(bad as number)).toThrow(expect.objectContaining({ name: 'MetricError' }));
    let thrown: unknown;
    try {
      quantileSketch().add(bad as number);
    } catch (error) {
      thrown = error;
    }
    expect(isMetricError(thrown)).toBe(true);
  });
});
