/**
 * The error messages of percentiles, quantiles and sketches are part of
 * their contract: each names the function, the value and, for a list, its
 * index. Every expected message is the documented wording of the check with
 * the call's values filled in by hand; sketch states are compared with
 * sketches built value by value, which a merge must equal.
 */
import { describe, expect, test } from 'vitest';
import {
  durationSummary,
  mergeQuantileSketches,
  percentile,
  quantile,
  quantileSketch,
  quantileSketchFromJSON,
  sketchSummary,
  type QuantileSketchJSON,
} from '../../src/index.js';
import { refusalOf } from '../helpers.js';

describe('percentile and quantile', () => {
  test('p and q that are not finite numbers', () => {
    expect(refusalOf(() => percentile([1], '90' as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn: 'percentile' }, message: 'percentile: p is a string, not a number' });
    expect(refusalOf(() => percentile([1], NaN))).toStrictEqual({ code: 'NOT_FINITE', details: { fn: 'percentile' }, message: 'percentile: p NaN is not a finite number' });
    expect(refusalOf(() => quantile([1], null as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn: 'quantile' }, message: 'quantile: q is null, not a number' });
    expect(refusalOf(() => quantile([1], -Infinity))).toStrictEqual({ code: 'NOT_FINITE', details: { fn: 'quantile' }, message: 'quantile: q -Infinity is not a finite number' });
  });

  test('a p outside 0–100 is named as a percentage', () => {
    expect(refusalOf(() => percentile([1], 120))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn: 'percentile' },
      message: 'percentile: p 120 is outside 0–100; p is a percentage (90 for the 90th percentile)',
    });
  });

  test('a q above 1 and at most 100 is likely a percentage, and the message says how to write it', () => {
    const hinted = (q: number, fraction: string) =>
      `quantile: q ${q} is outside 0–1; q is a fraction: write quantile(values, ${fraction}), or percentile(values, ${q}) for a percentage`;
    expect(refusalOf(() => quantile([1], 90))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn: 'quantile' }, message: hinted(90, '0.9') });
    expect(refusalOf(() => quantile([1], 100))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn: 'quantile' }, message: hinted(100, '1') });
    expect(refusalOf(() => quantile([1], 1.5))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn: 'quantile' }, message: hinted(1.5, '0.015') });
  });

  test('a q above 100 or below 0 gets no hint', () => {
    expect(refusalOf(() => quantile([1], 101))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn: 'quantile' }, message: 'quantile: q 101 is outside 0–1' });
    expect(refusalOf(() => quantile([1], -0.5))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn: 'quantile' }, message: 'quantile: q -0.5 is outside 0–1' });
  });

  test('no values', () => {
    expect(refusalOf(() => percentile([], 50))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: 'percentile' }, message: 'percentile: no values: a percentile needs at least one' });
    expect(refusalOf(() => quantile(new Float64Array(0), 0.5))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: 'quantile' }, message: 'quantile: no values: a quantile needs at least one' });
  });

  test.each([
    ['a string', 'x', 'INVALID_TYPE', 'values[1] "x" is a string, not a number'],
    ['a boolean', true, 'INVALID_TYPE', 'values[1] true is a boolean, not a number'],
    ['null', null, 'INVALID_TYPE', 'values[1] is null, not a number'],
    ['undefined', undefined, 'INVALID_TYPE', 'values[1] is undefined, not a number'],
    ['an object', { v: 1 }, 'INVALID_TYPE', 'values[1] is an object, not a number'],
    ['a function', () => 1, 'INVALID_TYPE', 'values[1] is a function, not a number'],
    ['NaN', NaN, 'NOT_FINITE', 'values[1] NaN is not a finite number'],
    ['Infinity', Infinity, 'NOT_FINITE', 'values[1] Infinity is not a finite number'],
  ])('a value that is %s is named with its index', (_name, bad, code, message) => {
    expect(refusalOf(() => percentile([1, bad, 3] as never, 50))).toStrictEqual({ code, details: { fn: 'percentile', index: 1 }, message: `percentile: ${message}` });
    expect(refusalOf(() => quantile([1, bad, 3] as never, 0.5, { method: 'weibull' }))).toStrictEqual({ code, details: { fn: 'quantile', index: 1 }, message: `quantile: ${message}` });
  });

  test('the values are read, never reordered in place, by every method', () => {
    const values = [9, 3, 7, 1, 5];
    const typed = Float64Array.of(9, 3, 7, 1, 5);
    expect(percentile(values, 50)).toBe(5);
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(typed, 0.5, { method: 'inverted-cdf' })).toBe(5);
    expect(percentile(typed, 25, { method: 'weibull' })).toBe(2);
    expect(durationSummary(values).median).toBe(5);
    expect(values).toStrictEqual([9, 3, 7, 1, 5]);
    expect(Array.from(typed)).toStrictEqual([9, 3, 7, 1, 5]);
  });
});

describe('quantileSketch: values and quantiles', () => {
  test('a value that is not a positive finite number', () => {
    const fn = 'quantileSketch.add';
    expect(refusalOf(() => quantileSketch().add('5' as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn }, message: `${fn}: value "5" is a string, not a number` });
    expect(refusalOf(() => quantileSketch().add(null as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn }, message: `${fn}: value is null, not a number` });
    expect(refusalOf(() => quantileSketch().add(5n as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn }, message: `${fn}: value is a bigint, not a number` });
    expect(refusalOf(() => quantileSketch().add(NaN))).toStrictEqual({ code: 'NOT_FINITE', details: { fn }, message: `${fn}: value NaN is not a finite number` });
    expect(refusalOf(() => quantileSketch().add(0))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: `${fn}: value 0 is not > 0; the sketch holds positive values` });
  });

  test('a q that is not in 0–1, and an empty sketch', () => {
    const fn = 'quantileSketch.quantile';
    const sketch = quantileSketch().add(10);
    expect(refusalOf(() => sketch.quantile('0.5' as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn }, message: `${fn}: q is a string, not a number` });
    expect(refusalOf(() => sketch.quantile(NaN))).toStrictEqual({ code: 'NOT_FINITE', details: { fn }, message: `${fn}: q NaN is not a finite number` });
    expect(refusalOf(() => sketch.quantile(90))).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: `${fn}: q 90 is outside 0–1; q is a fraction (0.9 for the 90th percentile)` });
    expect(refusalOf(() => quantileSketch().quantile(0.5))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn }, message: `${fn}: the sketch is empty: add values first` });
  });

  test('a value just below 1 falls in bucket 0, not −0', () => {
    // ⌈ln(0.9999) / ln((1 + α) / (1 − α))⌉ = ⌈−0.005⌉, which is −0 in floating point
    expect(Object.is(quantileSketch().add(0.9999).toJSON().offset, 0)).toBe(true);
  });

  test('the JSON is a copy: changing it does not change the sketch', () => {
    const sketch = quantileSketch().add(10);
    const json = sketch.toJSON();
    (json.counts as number[])[0] = 99;
    expect(sketch.toJSON().counts).toStrictEqual([1]);
  });
});

describe('mergeQuantileSketches', () => {
  test('a merge is the sketch of all the values, whichever range comes first', () => {
    const all = quantileSketch().add(10).add(1000).toJSON();
    expect(mergeQuantileSketches(quantileSketch().add(1000), quantileSketch().add(10)).toJSON()).toStrictEqual(all);
    expect(mergeQuantileSketches(quantileSketch().add(10), quantileSketch().add(1000)).toJSON()).toStrictEqual(all);
    expect(all.counts[0]).toBe(1);
    expect(all.counts[all.counts.length - 1]).toBe(1);
  });

  test('zeros merge without widening the buckets', () => {
    const zeros = durationSummary([0, 0], { sketch: true }).sketch;
    const merged = mergeQuantileSketches(quantileSketch().add(1000), zeros).toJSON();
    expect(merged.counts).toStrictEqual([1]);
    expect([merged.count, merged.zeroCount, merged.min, merged.max, merged.sum]).toStrictEqual([3, 2, 0, 1000, 1000]);
    expect(mergeQuantileSketches(zeros, quantileSketch().add(1000)).toJSON()).toStrictEqual(merged);
  });

  test('the merged sketch shares no buckets with its inputs', () => {
    const one = quantileSketch().add(10);
    const merged = mergeQuantileSketches(one);
    merged.add(10);
    expect(one.toJSON().counts).toStrictEqual([1]);
    expect(merged.toJSON().counts).toStrictEqual([2]);
  });

  test('no sketches, a value that is not a sketch, and sketches of two accuracies', () => {
    const fn = 'mergeQuantileSketches';
    expect(refusalOf(() => mergeQuantileSketches())).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn }, message: `${fn}: no sketches: give at least one` });
    expect(refusalOf(() => mergeQuantileSketches(quantileSketch(), {} as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `${fn}: sketch 1 is an object, not a sketch made by quantileSketch; read JSON with quantileSketchFromJSON`,
    });
    expect(refusalOf(() => mergeQuantileSketches(quantileSketch(), quantileSketch({ relativeAccuracy: 0.02 })))).toStrictEqual({
      code: 'SCALE_MISMATCH',
      details: { fn, index: 1 },
      message: `${fn}: sketch 1 has relativeAccuracy 0.02, sketch 0 0.01; only sketches of one accuracy merge`,
    });
  });
});

describe('quantileSketchFromJSON: every field is checked, and named', () => {
  const valid: QuantileSketchJSON = quantileSketch().add(10).add(20).toJSON();
  const fn = 'quantileSketchFromJSON';
  const refused = (json: unknown) => refusalOf(() => quantileSketchFromJSON(json as never));

  test('the valid JSON reads back, as an object and as text, and the sketch does not share its buckets', () => {
    const json = { ...valid, counts: valid.counts.slice() };
    const read = quantileSketchFromJSON(json);
    expect(read.toJSON()).toStrictEqual(valid);
    expect(quantileSketchFromJSON(JSON.stringify(valid)).toJSON()).toStrictEqual(valid);
    read.add(10);
    expect(json.counts).toStrictEqual(valid.counts);
  });

  test.each([
    ['text that is not JSON', 'nope', 'INVALID_TYPE', 'json is text that is not JSON; pass what toJSON or JSON.stringify gave'],
    ['a missing sum', Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'sum')), 'INVALID_TYPE', "json.sum is missing; a sketch's JSON is { relativeAccuracy, count, sum, min, max, zeroCount, offset, counts }"],
    ['an undefined sum', { ...valid, sum: undefined }, 'INVALID_TYPE', 'json.sum is undefined, not a number'],
    ['a null accuracy', { ...valid, relativeAccuracy: null }, 'INVALID_OPTION', 'json.relativeAccuracy must be a number from 0.0001 to below 1, got null (0.01 for 1%)'],
    ['a fractional count', { ...valid, count: 1.5 }, 'NOT_INTEGER', 'json.count 1.5 is not a whole number'],
    ['a negative zero count', { ...valid, zeroCount: -1 }, 'INVALID_COUNTS', 'json.zeroCount -1 is negative'],
    ['a fractional offset', { ...valid, offset: 1.5 }, 'INVALID_TYPE', 'json.offset must be a whole number, got 1.5'],
    ['an offset as text', { ...valid, offset: '3' }, 'INVALID_TYPE', 'json.offset must be a whole number, got "3"'],
    ['counts that are not a list', { ...valid, counts: 'x' }, 'INVALID_TYPE', 'json.counts is a string, not an array'],
    ['a negative bucket', { ...valid, count: 0, counts: [1, -1] }, 'INVALID_COUNTS', 'json.counts[1] -1 is negative'],
    ['an empty first bucket', { ...valid, counts: [0, 2] }, 'INVALID_COUNTS', 'json.counts must begin and end with a bucket that holds values'],
    ['an empty last bucket', { ...valid, counts: [2, 0] }, 'INVALID_COUNTS', 'json.counts must begin and end with a bucket that holds values'],
    ['counts that do not add up', { ...valid, count: 3 }, 'INVALID_COUNTS', 'json.counts add up to 2 and json.zeroCount is 0, but json.count is 3'],
    ['a sum as text', { ...valid, sum: '30' }, 'INVALID_TYPE', 'json.sum is a string, not a number'],
    ['a zero sum of positive values', { ...valid, sum: 0 }, 'OUT_OF_RANGE', 'json.sum must be a finite number > 0, got 0'],
    ['a negative sum', { ...valid, sum: -1 }, 'OUT_OF_RANGE', 'json.sum must be a finite number > 0, got -1'],
    ['an infinite sum', { ...valid, sum: Infinity }, 'OUT_OF_RANGE', 'json.sum must be a finite number > 0, got Infinity'],
    ['a min as text', { ...valid, min: 'a' }, 'OUT_OF_RANGE', 'json.min must be a finite number > 0, got "a"'],
    ['an infinite max', { ...valid, max: Infinity }, 'OUT_OF_RANGE', 'json.max must be a finite number > 0, got Infinity'],
    ['a negative min', { ...valid, min: -1 }, 'OUT_OF_RANGE', 'json.min must be a finite number > 0, got -1'],
    ['a min of 0 with no zeros counted', { ...valid, min: 0 }, 'OUT_OF_RANGE', 'json.min must be a finite number > 0, got 0'],
    ['a min above the max', { ...valid, min: 20, max: 10 }, 'OUT_OF_RANGE', 'json.min 20 is above json.max 10'],
  ])('%s', (_name, json, code, message) => {
    expect(refused(json)).toStrictEqual({ code, details: { fn }, message: `${fn}: ${message}` });
  });

  test('zeros: the sum of a sketch of zeros only is 0, its min and max 0; the min of a sketch with zeros is 0', () => {
    const zeros = durationSummary([0, 0], { sketch: true }).sketch.toJSON();
    expect(zeros).toMatchObject({ count: 2, zeroCount: 2, counts: [], sum: 0, min: 0, max: 0 });
    expect(quantileSketchFromJSON(zeros).toJSON()).toStrictEqual(zeros);
    expect(refused({ ...zeros, sum: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: `${fn}: json.sum must be 0, as the sketch holds no value > 0, got 5` });
    expect(refused({ ...zeros, max: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: `${fn}: json.max must be 0, as the sketch counts zeros, got 5` });
    const mixed = durationSummary([0, 10], { sketch: true }).sketch.toJSON();
    expect(refused({ ...mixed, min: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: `${fn}: json.min must be 0, as the sketch counts zeros, got 5` });
  });

  test('an empty sketch has min and max null, both', () => {
    const empty = quantileSketch().toJSON();
    expect(quantileSketchFromJSON(empty).count).toBe(0);
    const message = `${fn}: an empty sketch has json.min and json.max null`;
    expect(refused({ ...empty, min: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: message });
    expect(refused({ ...empty, max: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: message });
    expect(refused({ ...empty, min: 5, max: 5 })).toStrictEqual({ code: 'OUT_OF_RANGE', details: { fn }, message: message });
  });
});

describe('sketchSummary and the sketch option', () => {
  const valid = quantileSketch().add(10).toJSON();
  const fn = 'sketchSummary';

  test('a sketch argument as JSON is named by its place among the arguments, for the shared readers too', () => {
    expect(refusalOf(() => sketchSummary(valid, 'nope'))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `${fn}: sketches[1] is text that is not JSON; pass what toJSON or JSON.stringify gave`,
    });
    expect(refusalOf(() => sketchSummary({ ...valid, count: 1.5 }))).toStrictEqual({ code: 'NOT_INTEGER', details: { fn, index: 0 }, message: `${fn}: sketches[0].count 1.5 is not a whole number` });
  });

  test('no sketches, or sketches of no durations', () => {
    const empty = quantileSketch();
    expect(refusalOf(() => sketchSummary())).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn }, message: `${fn}: no sketches: give at least one` });
    expect(refusalOf(() => sketchSummary(empty))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn }, message: `${fn}: the sketch holds no durations` });
    expect(refusalOf(() => sketchSummary(empty, empty.toJSON()))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn }, message: `${fn}: the sketches hold no durations` });
  });

  test('the sketch option of a summary', () => {
    const d = 'durationSummary';
    expect(refusalOf(() => durationSummary([1], { sketch: 5 as never }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: d },
      message: `${d}: option sketch must be true, false or { relativeAccuracy }, got 5`,
    });
    expect(refusalOf(() => durationSummary([1], { sketch: [] as never }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: d },
      message: `${d}: option sketch must be true, false or { relativeAccuracy }, got an array`,
    });
    expect(refusalOf(() => durationSummary([1], { sketch: { accuracy: 0.01 } as never }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: d },
      message: `${d}: unknown option sketch.accuracy; known: relativeAccuracy`,
    });
    expect(refusalOf(() => durationSummary([1], { sketch: { relativeAccuracy: 1 } }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: d },
      message: `${d}: option sketch.relativeAccuracy must be a number from 0.0001 to below 1, got 1 (0.01 for 1%)`,
    });
    expect(refusalOf(() => durationSummary([]))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: d }, message: `${d}: no durations: a summary needs at least one` });
  });
});
