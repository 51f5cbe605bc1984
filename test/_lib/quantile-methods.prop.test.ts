import { fc, test } from '@fast-check/vitest';
import { describe, expect, afterEach, vi } from 'vitest';
import { lerp, QUANTILE_METHODS, quantilePosition, quantilesByMethod } from '../../src/_lib/quantile-methods.js';

/** Values with many ties and wide ranges, as durations in whole minutes and as raw doubles. */
const valuesArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 300 }),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 300 }),
);
const method = fc.constantFrom(...QUANTILE_METHODS);
const q = fc.double({ min: 0, max: 1, noNaN: true });
const sortedCopy = (values: readonly number[]) => [...values].sort((x, y) => x - y);
/** −0 and 0 are the same value: a selection may return either where they tie. */
const zero = (v: number) => v + 0;

describe('every quantile method', () => {
  test.prop([method, valuesArb, q, q])('is monotone in q', (m, values, q1, q2) => {
    const [lo, hi] = q1 < q2 ? [q1, q2] : [q2, q1];
    const [a, b] = quantilesByMethod(values, [lo, hi], m);
    expect(a).toBeLessThanOrEqual(b!);
  });

  test.prop([method, valuesArb, fc.array(q, { minLength: 1, maxLength: 5 })])(
    'by selection equals the same position read off the sorted values',
    (m, values, qs) => {
      const x = sortedCopy(values);
      const expected = qs.map((p) => {
        const { lo, hi, gamma } = quantilePosition(m, x.length, p);
        return zero(gamma === 0 ? x[lo]! : lerp(x[lo]!, x[hi]!, gamma));
      });
      expect(quantilesByMethod(values, qs, m).map(zero)).toStrictEqual(expected);
    },
  );

  test.prop([method, valuesArb, q])('lies between the smallest and the largest value', (m, values, p) => {
    const v = quantilesByMethod(values, [p], m)[0]!;
    expect(v).toBeGreaterThanOrEqual(Math.min(...values));
    expect(v).toBeLessThanOrEqual(Math.max(...values));
  });

  test.prop([method, valuesArb])('gives the minimum at q = 0 and the maximum at q = 1', (m, values) => {
    const [min, max] = quantilesByMethod(values, [0, 1], m);
    expect(zero(min!)).toBe(zero(Math.min(...values)));
    expect(zero(max!)).toBe(zero(Math.max(...values)));
  });

  test.prop([method, valuesArb, q])('does not reorder the values it is given', (m, values, p) => {
    const copy = [...values];
    quantilesByMethod(values, [p], m);
    expect(values).toStrictEqual(copy);
  });
});

describe('no method sorts the values', () => {
  afterEach(() => vi.restoreAllMocks());

  test.each(QUANTILE_METHODS)('%s selects among 200,000 values; it sorts no more than a sample of n^(2/3) of them', (m) => {
    const n = 200_000;
    const values = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) / 7);
    const sizes: number[] = [];
    // the original sorts, called below with the receiver the spies are given
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const typed = Float64Array.prototype.sort;
    const plain = Array.prototype.sort;
    vi.spyOn(Float64Array.prototype, 'sort').mockImplementation(function (this: Float64Array, compare?: (a: number, b: number) => number) {
      sizes.push(this.length);
      return typed.call(this, compare);
    });
    vi.spyOn(Array.prototype, 'sort').mockImplementation(function (this: unknown[], compare?: (a: unknown, b: unknown) => number) {
      sizes.push(this.length);
      return plain.call(this, compare) as unknown[];
    });
    const [median] = quantilesByMethod(values, [0.5, 0.9], m);
    vi.restoreAllMocks();
    expect(Math.abs(median! - n / 14)).toBeLessThan(1);
    expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(Math.ceil(Math.pow(n, 2 / 3)));
  });
});
