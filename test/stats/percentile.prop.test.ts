import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { durationSummary, isMetricError, percentile, quantile } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** Values of any sign, with ties; and as many above the size from which percentiles filter instead of copying. */
const valuesArb = fc.oneof(
  fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 200 }),
);
const bigValuesArb = fc.integer({ min: 1, max: 2 ** 31 }).map((seed) => {
  const n = 40_000;
  const a = new Float64Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    a[i] = (x >>> 8) % 1000;
  }
  return a;
});

/** A value that is not a finite number, and the code it is refused with. */
const badValue = fc.constantFrom(
  [NaN, 'NOT_FINITE'] as const,
  [Infinity, 'NOT_FINITE'] as const,
  [-Infinity, 'NOT_FINITE'] as const,
  ['5', 'INVALID_TYPE'] as const,
  [null, 'INVALID_TYPE'] as const,
  [undefined, 'INVALID_TYPE'] as const,
  [{ valueOf: () => 5 }, 'INVALID_TYPE'] as const,
  [Symbol('x'), 'INVALID_TYPE'] as const,
  [5n, 'INVALID_TYPE'] as const,
);

describe('quantile(values, q) is percentile(values, 100 q)', () => {
  test.prop([valuesArb, fc.integer({ min: 1, max: 100 })])('for every whole percentage, exactly (0.07 is 7)', (values, p) => {
    expect(quantile(values, p / 100)).toBe(percentile(values, p));
  });

  test.prop([valuesArb, fc.double({ min: 0.01, max: 1, noNaN: true })])('for any q from 0.01 to 1, to rounding', (values, q) => {
    const expected = percentile(values, q * 100);
    // h = (n − 1) q and (n − 1) p / 100 round differently: the error is on the scale of the values, not of the result
    const scale = Math.max(1, ...values.map((v) => Math.abs(v)));
    expect(Math.abs(quantile(values, q) - expected)).toBeLessThanOrEqual(1e-9 * scale);
  });

  test.prop([valuesArb])('q = 0 is the minimum', (values) => {
    expect(quantile(values, 0)).toBe(Math.min(...values));
  });
});

describe('iterables give what arrays give', () => {
  test.prop([valuesArb, fc.integer({ min: 1, max: 100 })])('a Set, a generator and a Float64Array', (values, p) => {
    const expected = percentile(values, p);
    expect(percentile(values.values(), p)).toBe(expected);
    expect(percentile(Float64Array.from(values), p)).toBe(expected);
    const distinct = [...new Set(values)];
    expect(quantile(new Set(values), p / 100)).toBe(percentile(distinct, p));
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 200 })])('durationSummary of a generator', (d) => {
    expect(durationSummary(d.values())).toStrictEqual(durationSummary(d));
  });
});

describe('every value that is not a finite number is refused with MetricError, naming its index', () => {
  test.prop([fc.oneof(valuesArb, bigValuesArb.map((a) => Array.from(a))), fc.nat(), badValue, fc.constantFrom(0, 50, 90, 100)])(
    'in percentile and quantile, below and above the size from which they filter',
    (values, at, [value, code], p) => {
      const bad: unknown[] = [...values];
      const index = at % (bad.length + 1);
      bad.splice(index, 0, value);
      for (const [name, run] of [
        ['percentile', () => percentile(bad as never, p)],
        ['quantile', () => quantile(bad as never, p / 100)],
      ] as const) {
        const e = metricErrorOf(run);
        expect(e.code).toBe(code);
        expect(e.details).toStrictEqual({ fn: name, index });
      }
    },
  );

  test.prop([bigValuesArb, fc.nat(), fc.constantFrom(NaN, Infinity, -Infinity), fc.constantFrom(0, 50, 90, 100)])(
    'in typed arrays filtered without a copy',
    (values, at, value, p) => {
      const index = at % values.length;
      values[index] = value;
      const e = metricErrorOf(() => percentile(values, p));
      expect(e.code).toBe('NOT_FINITE');
      expect(e.details.index).toBe(index);
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything()])('any arguments at all: a finite number or a MetricError', (values, p, options) => {
    for (const run of [() => percentile(values as never, p as never, options as never), () => quantile(values as never, p as never, options as never)]) {
      try {
        expect(Number.isFinite(run())).toBe(true);
      } catch (error) {
        expect(isMetricError(error)).toBe(true);
      }
    }
  });
});

describe('p strictly between 0 and 1 is refused, naming quantile', () => {
  test.prop([valuesArb, fc.double({ min: Number.MIN_VALUE, max: 1, maxExcluded: true, noNaN: true })])('', (values, p) => {
    const e = metricErrorOf(() => percentile(values, p));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toContain('quantile(values, ');
  });
});
