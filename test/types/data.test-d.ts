import { describe, expectTypeOf, test } from 'vitest';
import {
  complaintResolutionTimeSummary,
  durationSummary,
  firstResponseTimeSummary,
  handleTimeSummary,
  resolutionTimeSummary,
  responseTimeSummary,
  sketchSummary,
  waitTimeSummary,
  mergeQuantileSketches,
  periodStart,
  quantileSketch,
  quantileSketchFromJSON,
  type Period,
  type QuantileSketch,
  type QuantileSketchJSON,
  type QuantileSketchOptions,
  type DurationSummary,
  type SketchRequest,
  type SketchSummary,
  type TimeSummary,
  type TimeSummaryOptions,
  type WithSketch,
} from '../../src/index.js';

describe('quantile sketch types', () => {
  test('quantileSketch returns a QuantileSketch whose add chains and whose quantile is a number', () => {
    const s = quantileSketch({ relativeAccuracy: 0.01 });
    expectTypeOf(s).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(s.add(1)).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(s.quantile(0.5)).toEqualTypeOf<number>();
    expectTypeOf(s.count).toEqualTypeOf<number>();
    expectTypeOf(s.min).toEqualTypeOf<number | undefined>();
    expectTypeOf(s.toJSON()).toEqualTypeOf<QuantileSketchJSON>();
    expectTypeOf(s.toJSON().min).toEqualTypeOf<number | null>();
  });

  test('merging and reading JSON give sketches; JSON text is accepted', () => {
    expectTypeOf(mergeQuantileSketches(quantileSketch(), quantileSketch())).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(quantileSketchFromJSON('{}')).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(quantileSketchFromJSON(quantileSketch().toJSON())).toEqualTypeOf<QuantileSketch>();
    // @ts-expect-error a sketch's JSON is not a sketch
    mergeQuantileSketches(quantileSketch().toJSON());
    // @ts-expect-error relativeAccuracy is a number
    quantileSketch({ relativeAccuracy: '1%' });
  });
});

describe('period types', () => {
  test('periodStart takes a period and returns the date as a string', () => {
    expectTypeOf(periodStart('2026-03-04T12:00:00Z', { every: 'week', timeZone: 'Europe/Berlin', weekStartsOn: 'sunday' })).toEqualTypeOf<string>();
    expectTypeOf<Period>().toEqualTypeOf<'day' | 'week' | 'month' | 'quarter'>();
    // @ts-expect-error every is required
    periodStart(0, {});
    // @ts-expect-error weekdays are named
    periodStart(0, { every: 'week', weekStartsOn: 1 });
  });
});

describe('sketch option and sketchSummary types', () => {
  test('sketch: true or { relativeAccuracy } adds a QuantileSketch to durationSummary and the time summaries', () => {
    expectTypeOf(durationSummary([1], { sketch: true })).toEqualTypeOf<DurationSummary & WithSketch>();
    expectTypeOf(durationSummary([1], { sketch: true }).sketch).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(durationSummary([1], { sketch: { relativeAccuracy: 0.02 }, method: 'hazen' }).sketch).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(firstResponseTimeSummary([1], { sketch: true })).toEqualTypeOf<TimeSummary & WithSketch>();
    expectTypeOf(waitTimeSummary([1], { unit: 'seconds', sketch: true }).sketch).toEqualTypeOf<QuantileSketch>();
    expectTypeOf(handleTimeSummary([1], { sketch: { relativeAccuracy: 0.05 } }).sketch).toEqualTypeOf<QuantileSketch>();
  });

  test('without the option, or with false, there is no sketch; an option of unknown value may give one', () => {
    expectTypeOf(durationSummary([1])).toEqualTypeOf<DurationSummary>();
    expectTypeOf(durationSummary([1], { sketch: false })).toEqualTypeOf<DurationSummary>();
    expectTypeOf(resolutionTimeSummary([1], { method: 'hazen' })).toEqualTypeOf<TimeSummary>();
    const options: TimeSummaryOptions = {};
    expectTypeOf(responseTimeSummary([1], options).sketch).toEqualTypeOf<QuantileSketch | undefined>();
    expectTypeOf(complaintResolutionTimeSummary([1], options)).toEqualTypeOf<TimeSummary & Partial<WithSketch>>();
  });

  test('the options are typed: sketch is a boolean or the sketch options', () => {
    expectTypeOf<SketchRequest['sketch']>().toEqualTypeOf<true | QuantileSketchOptions>();
    // @ts-expect-error sketch takes true, false or { relativeAccuracy }
    durationSummary([1], { sketch: 0.01 });
    // @ts-expect-error an unknown key of the sketch options
    durationSummary([1], { sketch: { accuracy: 0.01 } });
    // totals give no sketch, so the result has none
    expectTypeOf(firstResponseTimeSummary({ sum: 1, count: 1 })).not.toHaveProperty('sketch');
  });

  test('sketchSummary takes sketches, their JSON or JSON text, and returns a SketchSummary of numbers', () => {
    const s = quantileSketch().add(1);
    expectTypeOf(sketchSummary(s, s.toJSON(), JSON.stringify(s))).toEqualTypeOf<SketchSummary>();
    expectTypeOf(sketchSummary(s).median).toEqualTypeOf<number>();
    expectTypeOf(sketchSummary(s).relativeAccuracy).toEqualTypeOf<number>();
    expectTypeOf<SketchSummary>().toExtend<DurationSummary>();
    expectTypeOf(s.sum).toEqualTypeOf<number>();
    expectTypeOf(s.zeroCount).toEqualTypeOf<number>();
    // @ts-expect-error a list of durations is not a sketch
    sketchSummary([1, 2, 3]);
  });
});
