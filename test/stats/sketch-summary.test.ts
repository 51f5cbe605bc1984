import { describe, expect, test } from 'vitest';
import {
  durationSummary,
  firstResponseTimeSummary,
  handleTimeSummary,
  mergeQuantileSketches,
  quantileSketch,
  quantileSketchFromJSON,
  resolutionTimeSummary,
  sketchSummary,
  waitTimeSummary,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** γ = (1 + α) / (1 − α); bucket i = ⌈log_γ x⌉ and its estimate 2γ^i / (γ + 1) (DDSketch, §2.1). */
function bucketOf(x: number, alpha: number): number {
  return Math.ceil(Math.log(x) / Math.log((1 + alpha) / (1 - alpha)));
}
function estimateOf(x: number, alpha: number): number {
  const gamma = (1 + alpha) / (1 - alpha);
  return (2 * gamma ** bucketOf(x, alpha)) / (gamma + 1);
}
function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-12);
}

describe('durationSummary and the time summaries return a sketch when asked', () => {
  test('sketch: true gives the sketch of the durations at 1%, with the summary unchanged beside it', () => {
    const durations = [30, 10, 20, 40];
    const { sketch, ...summary } = durationSummary(durations, { sketch: true });
    expect(summary).toStrictEqual({ count: 4, sum: 100, mean: 25, median: 25, p90: 37, min: 10, max: 40 });
    const byHand = quantileSketch({ relativeAccuracy: 0.01 }).add(30).add(10).add(20).add(40);
    expect(sketch.toJSON()).toStrictEqual(byHand.toJSON());
  });

  test('sketch: { relativeAccuracy } sets the accuracy; the sketch holds one bucket per value at 5% for 10, 20, 40', () => {
    const { sketch } = durationSummary([10, 20, 40], { sketch: { relativeAccuracy: 0.05 } });
    expect(sketch.relativeAccuracy).toBe(0.05);
    // buckets ⌈ln x / ln(1.05/0.95)⌉: 10 → 24 (ln 10 / 0.1001 = 23.0…), 20 → 30, 40 → 37
    expect(sketch.toJSON().offset).toBe(bucketOf(10, 0.05));
    expect(sketch.toJSON().counts.filter((c) => c > 0)).toStrictEqual([1, 1, 1]);
  });

  test('no sketch, or sketch: false, leaves the result as it was: no sketch field', () => {
    expect('sketch' in durationSummary([1, 2])).toBe(false);
    expect('sketch' in durationSummary([1, 2], { sketch: false })).toBe(false);
    expect('sketch' in firstResponseTimeSummary([1, 2], { sketch: false })).toBe(false);
  });

  test('durations of 0 go to the zero count: min 0, and quantiles whose rank falls among them are 0 exactly', () => {
    const { sketch } = durationSummary([0, 0, 5, 50], { sketch: true });
    expect([sketch.count, sketch.zeroCount, sketch.sum, sketch.min, sketch.max]).toStrictEqual([4, 2, 55, 0, 50]);
    // ranks ⌊q · 3⌋: q = 0.5 → 1 (a zero), q = 0.7 → 2 (5)
    expect(sketch.quantile(0.5)).toBe(0);
    near(sketch.quantile(0.7), estimateOf(5, 0.01));
    expect(sketch.toJSON().counts.reduce((a, b) => a + b, 0)).toBe(2);
  });

  test('durations that are all 0 give a sketch without buckets, and a summary of zeros', () => {
    const { sketch } = durationSummary([0, 0, 0], { sketch: true });
    expect(sketch.toJSON()).toStrictEqual({ relativeAccuracy: 0.01, count: 3, sum: 0, min: 0, max: 0, zeroCount: 3, offset: 0, counts: [] });
    expect(sketchSummary(sketch)).toStrictEqual({ count: 3, sum: 0, mean: 0, median: 0, p90: 0, min: 0, max: 0, relativeAccuracy: 0.01 });
  });

  test('a time summary of tickets sketches the durations in its unit, leaving out the unanswered', () => {
    const tickets = [
      { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' },
      { createdAt: '2026-11-03T09:30:00Z', firstResponseAt: '2026-11-03T10:00:00Z' },
      { createdAt: '2026-11-03T11:00:00Z' },
    ];
    const result = firstResponseTimeSummary(tickets, { unit: 'minutes', sketch: true });
    expect(result.leftOut).toBe(1);
    expect(result.sketch.toJSON()).toStrictEqual(quantileSketch().add(10).add(30).toJSON());
  });

  test('the handle, wait and resolution summaries take the option too', () => {
    expect(handleTimeSummary([300, 420], { sketch: true }).sketch.count).toBe(2);
    expect(waitTimeSummary([0, 20], { sketch: true }).sketch.zeroCount).toBe(1);
    expect(resolutionTimeSummary([60], { sketch: { relativeAccuracy: 0.02 } }).sketch.relativeAccuracy).toBe(0.02);
  });

  test.each([
    ['a string', '1%'],
    ['null', null],
    ['an unknown key', { accuracy: 0.01 }],
    ['an accuracy of 0', { relativeAccuracy: 0 }],
    ['an accuracy of 1', { relativeAccuracy: 1 }],
    ['an accuracy that is NaN', { relativeAccuracy: NaN }],
  ])('a sketch option that is %s is INVALID_OPTION', (_, sketch) => {
    expect(metricErrorOf(() => durationSummary([1], { sketch } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => waitTimeSummary([1], { sketch } as never)).code).toBe('INVALID_OPTION');
  });

  test('a sketch asked of totals is INVALID_OPTION: totals carry no durations', () => {
    const error = metricErrorOf(() => firstResponseTimeSummary({ sum: 600, count: 40 }, { sketch: true } as never));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('sketch');
  });
});

describe('sketchSummary', () => {
  test('count, sum, mean and extremes are exact; median and p90 the estimates of ranks ⌊0.5(n − 1)⌋ and ⌊0.9(n − 1)⌋', () => {
    // n = 5 sorted 3, 7, 20, 45, 130: rank 2 (20) and rank ⌊3.6⌋ = 3 (45)
    const s = durationSummary([45, 3, 130, 7, 20], { sketch: true }).sketch;
    const summary = sketchSummary(s);
    expect([summary.count, summary.sum, summary.mean, summary.min, summary.max, summary.relativeAccuracy]).toStrictEqual([5, 205, 41, 3, 130, 0.01]);
    near(summary.median, estimateOf(20, 0.01));
    near(summary.p90, estimateOf(45, 0.01));
  });

  test('the summary of day sketches is the summary of the merged sketch, from sketches, objects or JSON text alike', () => {
    const monday = durationSummary([12, 40, 300], { sketch: true }).sketch;
    const tuesday = durationSummary([0, 95], { sketch: true }).sketch;
    const fromSketches = sketchSummary(monday, tuesday);
    expect(sketchSummary(monday.toJSON(), JSON.stringify(tuesday))).toStrictEqual(fromSketches);
    const merged = mergeQuantileSketches(monday, tuesday);
    expect(fromSketches).toStrictEqual({
      count: 5,
      sum: 447,
      mean: 447 / 5,
      median: merged.quantile(0.5),
      p90: merged.quantile(0.9),
      min: 0,
      max: 300,
      relativeAccuracy: 0.01,
    });
  });

  test('merging the sketches of each day gives exactly the sketch of the whole week', () => {
    const days = [
      [61_000, 5_000, 0, 12_500],
      [300_000, 45_000],
      [0, 0, 1_000, 7_200_000, 30_000],
    ];
    const perDay = days.map((d) => JSON.stringify(durationSummary(d, { sketch: true }).sketch));
    const week = mergeQuantileSketches(...perDay.map((json) => quantileSketchFromJSON(json)));
    expect(week.toJSON()).toStrictEqual(durationSummary(days.flat(), { sketch: true }).sketch.toJSON());
  });

  test('the estimates are within 1% of the order statistics of ranks ⌊q(n − 1)⌋, and the rest equals durationSummary', () => {
    const durations = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) + 1);
    const exact = durationSummary(durations);
    const fromSketch = sketchSummary(durationSummary(durations, { sketch: true }).sketch);
    expect([fromSketch.count, fromSketch.sum, fromSketch.mean, fromSketch.min, fromSketch.max]).toStrictEqual([exact.count, exact.sum, exact.mean, exact.min, exact.max]);
    // 1..1000: the order statistics of ranks ⌊0.5 · 999⌋ = 499 and ⌊0.9 · 999⌋ = 899 are 500 and 900
    expect(Math.abs(fromSketch.median - 500)).toBeLessThanOrEqual(0.01 * 500);
    expect(Math.abs(fromSketch.p90 - 900)).toBeLessThanOrEqual(0.01 * 900);
  });

  test('no sketches, or only empty ones, is EMPTY_INPUT', () => {
    expect(metricErrorOf(() => sketchSummary()).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => sketchSummary(quantileSketch(), quantileSketch())).code).toBe('EMPTY_INPUT');
  });

  test('sketches of different accuracies are SCALE_MISMATCH, naming the index', () => {
    const error = metricErrorOf(() => sketchSummary(quantileSketch().add(1), quantileSketch({ relativeAccuracy: 0.02 }).add(1)));
    expect(error.code).toBe('SCALE_MISMATCH');
    expect(error.details.index).toBe(1);
    expect(metricErrorOf(() => mergeQuantileSketches(quantileSketch(), quantileSketch({ relativeAccuracy: 0.05 }))).code).toBe('SCALE_MISMATCH');
  });

  test.each([
    ['a number', 5, 'INVALID_TYPE'],
    ['null', null, 'INVALID_TYPE'],
    ['text that is not JSON', 'p50=3', 'INVALID_TYPE'],
    ['JSON whose counts do not add up', { relativeAccuracy: 0.01, count: 2, sum: 1, min: 1, max: 1, zeroCount: 0, offset: 0, counts: [1] }, 'INVALID_COUNTS'],
    ['JSON with a negative sum', { relativeAccuracy: 0.01, count: 1, sum: -1, min: 1, max: 1, zeroCount: 0, offset: 0, counts: [1] }, 'OUT_OF_RANGE'],
  ])('an argument that is %s is refused, naming its index', (_, bad, code) => {
    const error = metricErrorOf(() => sketchSummary(quantileSketch().add(1), bad as never));
    expect(error.code).toBe(code);
    expect(error.details.fn).toBe('sketchSummary');
    expect(error.details.index).toBe(1);
    expect(error.message).toContain('sketches[1]');
  });

  test.each([
    ['0', 0, 'OUT_OF_RANGE'],
    ['a negative value', -5, 'OUT_OF_RANGE'],
    ['Infinity', Infinity, 'NOT_FINITE'],
    ['NaN', NaN, 'NOT_FINITE'],
  ])('a sketch given %s is refused: add takes finite values > 0', (_, value, code) => {
    expect(metricErrorOf(() => quantileSketch().add(value)).code).toBe(code);
  });
});
