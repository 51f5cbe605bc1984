import { describe, expectTypeOf, test } from 'vitest';
import {
  mergeQuantileSketches,
  periodStart,
  quantileSketch,
  quantileSketchFromJSON,
  type Period,
  type QuantileSketch,
  type QuantileSketchJSON,
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
