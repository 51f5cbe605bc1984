import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { durationSummary, isMetricError, mergeQuantileSketches, quantileSketchFromJSON, sketchSummary } from '../../src/index.js';

// durations with zeros and ties: whole milliseconds, and fractional minutes
const durationArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 86_400_000 }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
const durationsArb = fc.array(durationArb, { minLength: 1, maxLength: 200 });
const wholeDurationsArb = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 86_400_000 })), { minLength: 1, maxLength: 200 });
const accuracyArb = fc.oneof(fc.constant(0.01), fc.double({ min: 1e-3, max: 0.5, noNaN: true }));

/** `values` cut into consecutive days at the given points. */
function cut(values: readonly number[], cuts: readonly number[]): number[][] {
  const points = [...new Set(cuts.map((c) => c % (values.length + 1)))].sort((a, b) => a - b);
  const days: number[][] = [];
  let from = 0;
  for (const p of [...points, values.length]) {
    days.push(values.slice(from, p));
    from = p;
  }
  return days.filter((d) => d.length > 0);
}

describe('sketch summary properties', () => {
  test.prop([durationsArb, accuracyArb])(
    "the summary from a sketch is within α of the order statistics of ranks ⌊q(n − 1)⌋, with count, mean and extremes the summary's",
    (durations, alpha) => {
      const exact = durationSummary(durations);
      const summary = sketchSummary(durationSummary(durations, { sketch: { relativeAccuracy: alpha } }).sketch);
      expect([summary.count, summary.sum, summary.mean, summary.min, summary.max]).toStrictEqual([exact.count, exact.sum, exact.mean, exact.min, exact.max]);
      // x₍⌊q(n − 1)⌋₎, the lower of the two order statistics the linear median and p90 interpolate between
      const sorted = [...durations].sort((a, b) => a - b);
      for (const [q, estimate] of [[0.5, summary.median], [0.9, summary.p90]] as const) {
        const lower = sorted[Math.floor(q * (sorted.length - 1))]!;
        // a relative 1e-12 for the rounding of the logarithm at a bucket's edge
        expect(Math.abs(estimate - lower)).toBeLessThanOrEqual(alpha * lower * (1 + 1e-12));
      }
      // and so within α of the exact linear figure, give or take the gap to the next order statistic
      expect(summary.median).toBeLessThanOrEqual(exact.median * (1 + alpha) * (1 + 1e-12));
    },
  );

  test.prop([wholeDurationsArb, fc.array(fc.nat(), { maxLength: 6 })])(
    "merging the days' sketches, kept as JSON, gives exactly the sketch of the whole (whole milliseconds: the sums are exact)",
    (durations, cuts) => {
      const days = cut(durations, cuts).map((d) => JSON.stringify(durationSummary(d, { sketch: true }).sketch));
      const merged = mergeQuantileSketches(...days.map((json) => quantileSketchFromJSON(json)));
      expect(merged.toJSON()).toStrictEqual(durationSummary(durations, { sketch: true }).sketch.toJSON());
      expect(sketchSummary(...days)).toStrictEqual(sketchSummary(merged));
    },
  );

  test.prop([durationsArb, fc.array(fc.nat(), { maxLength: 6 })])(
    'with fractional durations the merge differs from the whole only in the last bits of the sum',
    (durations, cuts) => {
      const days = cut(durations, cuts).map((d) => durationSummary(d, { sketch: true }).sketch);
      const { sum, ...merged } = mergeQuantileSketches(...days).toJSON();
      const { sum: wholeSum, ...whole } = durationSummary(durations, { sketch: true }).sketch.toJSON();
      expect(merged).toStrictEqual(whole);
      expect(Math.abs(sum - wholeSum)).toBeLessThanOrEqual(1e-12 * wholeSum);
    },
  );

  test.prop([durationsArb, accuracyArb])('a summary sketch survives its JSON text unchanged', (durations, alpha) => {
    const sketch = durationSummary(durations, { sketch: { relativeAccuracy: alpha } }).sketch;
    const back = quantileSketchFromJSON(JSON.stringify(sketch));
    expect(back.toJSON()).toStrictEqual(sketch.toJSON());
    expect(back.quantile(0.5)).toBe(sketch.quantile(0.5));
  });

  test.prop([
    durationsArb,
    fc.oneof(fc.constant(-0.5), fc.constant(-1e-300), fc.constant(NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.double({ max: -1e-9 })),
  ])('adding a non-positive or non-finite value to any sketch throws MetricError', (durations, bad) => {
    const sketch = durationSummary(durations, { sketch: true }).sketch;
    let error: unknown;
    try {
      sketch.add(bad);
    } catch (e) {
      error = e;
    }
    expect(isMetricError(error)).toBe(true);
  });
});
