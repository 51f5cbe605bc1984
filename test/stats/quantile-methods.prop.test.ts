/**
 * Invariants of quantile, percentile and durationSummary under every
 * method, through the package's entry point: monotone in q, within the
 * data, blind to order, equal to numpy's arithmetic applied to the sorted
 * values (written out here from numpy's `_quantile`), on both sides of the
 * size from which the values are filtered rather than copied.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { durationSummary, MetricError, percentile, quantile, type QuantileMethod } from '../../src/index.js';
import { METHODS } from '../_lib/quantile-references.js';

const method = fc.constantFrom(...METHODS);
const q = fc.double({ min: 0, max: 1, noNaN: true });
const valuesArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 }),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }),
);
/** −0 and 0 are the same value: a selection may return either where they tie. */
const zero = (v: number) => v + 0;

/** (α, β) of numpy's continuous methods. */
const PLOTTING: Partial<Record<QuantileMethod, readonly [number, number]>> = {
  'interpolated-inverted-cdf': [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  'median-unbiased': [1 / 3, 1 / 3],
  'normal-unbiased': [3 / 8, 3 / 8],
};

/** numpy's quantile of sorted values `x`, step for step (numpy/lib/_function_base_impl.py, `_quantile` and `_lerp`). */
function numpyQuantile(x: readonly number[], p: number, m: QuantileMethod): number {
  const n = x.length;
  const at = (i: number) => x[Math.min(n - 1, Math.max(0, i))]!;
  const lerp = (a: number, b: number, t: number) => {
    const d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
  };
  const continuous = (h: number) => {
    if (h >= n - 1) return x[n - 1]!;
    if (h < 0) return x[0]!;
    const lo = Math.floor(h);
    const g = h - lo;
    return g === 0 ? x[lo]! : lerp(x[lo]!, x[lo + 1]!, g);
  };
  switch (m) {
    case 'inverted-cdf': {
      const h = n * p - 1;
      const f = Math.floor(h);
      return at(h - f > 0 ? f + 1 : f);
    }
    case 'averaged-inverted-cdf': {
      const h = n * p - 1;
      const f = Math.floor(h);
      if (h - f > 0) return at(f + 1);
      return f < 0 ? x[0]! : f >= n - 1 ? x[n - 1]! : lerp(x[f]!, x[f + 1]!, 0.5);
    }
    case 'closest-observation': {
      const h = n * p - 1 - 0.5;
      const f = Math.floor(h);
      const odd = ((f % 2) + 2) % 2 === 1;
      return at(h - f === 0 && odd ? f : f + 1);
    }
    case 'linear':
      return continuous((n - 1) * p);
    default: {
      const [alpha, beta] = PLOTTING[m]!;
      return continuous(n * p + (alpha + p * (1 - alpha - beta)) - 1);
    }
  }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

describe('quantile with every method', () => {
  test.prop([method, valuesArb, q, q])('is monotone in q', (m, values, q1, q2) => {
    const [lo, hi] = q1 < q2 ? [q1, q2] : [q2, q1];
    expect(quantile(values, lo, { method: m })).toBeLessThanOrEqual(quantile(values, hi, { method: m }));
  });

  test.prop([method, valuesArb, q])('lies between the smallest and the largest value, which it gives at 0 and 1', (m, values, p) => {
    const v = quantile(values, p, { method: m });
    const x = sorted(values);
    expect(v).toBeGreaterThanOrEqual(x[0]!);
    expect(v).toBeLessThanOrEqual(x[x.length - 1]!);
    expect(zero(quantile(values, 0, { method: m }))).toBe(zero(x[0]!));
    expect(zero(quantile(values, 1, { method: m }))).toBe(zero(x[x.length - 1]!));
  });

  test.prop([method, valuesArb.chain((v) => fc.tuple(fc.constant(v), fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length }))), q])(
    'does not depend on the order of the values',
    (m, [values, shuffled], p) => {
      expect(zero(quantile(shuffled, p, { method: m }))).toBe(zero(quantile(values, p, { method: m })));
    },
  );

  test.prop([method.filter((m) => m !== 'linear'), valuesArb, q])(
    'equals numpy\'s arithmetic on the sorted values, bit for bit (linear to rounding)',
    (m, values, p) => {
      expect(zero(quantile(values, p, { method: m }))).toBe(zero(numpyQuantile(sorted(values), p, m)));
    },
  );

  test.prop([valuesArb, q])('linear equals numpy\'s arithmetic to rounding', (values, p) => {
    const x = sorted(values);
    // the library interpolates on the percentage: a few units in the last place of the values apart
    const tolerance = 1e-14 * Math.max(Math.abs(x[0]!), Math.abs(x[x.length - 1]!));
    expect(Math.abs(quantile(values, p) - numpyQuantile(x, p, 'linear'))).toBeLessThanOrEqual(tolerance);
  });

  test.prop(
    [
      method,
      fc.integer({ min: 32_768, max: 70_000 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.array(q, { minLength: 1, maxLength: 3 }),
    ],
    { numRuns: 12 },
  )('on large inputs, filtered without a copy, equals numpy\'s arithmetic on the sorted values', (m, n, seed, qs) => {
    let s = seed;
    // whole minutes with many ties, as handle times are
    const values = Float64Array.from({ length: n }, () => {
      s = (s * 48_271) % 2_147_483_647;
      return s % 600;
    });
    const x = Array.from(values).sort((a, b) => a - b);
    for (const p of qs) {
      const expected = numpyQuantile(x, p, m);
      const got = quantile(values, p, { method: m });
      if (m === 'linear') expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-12);
      else expect(got).toBe(expected);
    }
  });
});

describe('percentile and durationSummary with every method', () => {
  test.prop([method.filter((m) => m !== 'linear'), valuesArb, fc.double({ min: 1, max: 100, noNaN: true })])(
    'percentile(values, p) is quantile(values, p / 100), as numpy computes it',
    (m, values, p) => {
      expect(zero(percentile(values, p, { method: m }))).toBe(zero(quantile(values, p / 100, { method: m })));
    },
  );

  test.prop([method, fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 })])(
    'durationSummary\'s median and p90 are the 50th and 90th percentiles by the same method; the rest does not depend on it',
    (m, durations) => {
      const s = durationSummary(durations, { method: m });
      expect(s.median).toBe(percentile(durations, 50, { method: m }));
      expect(s.p90).toBe(percentile(durations, 90, { method: m }));
      const plain = durationSummary(durations);
      expect([s.count, s.sum, s.mean, s.min, s.max]).toStrictEqual([plain.count, plain.sum, plain.mean, plain.min, plain.max]);
      expect(s.median).toBeLessThanOrEqual(s.p90);
    },
  );

  test.prop([fc.oneof(fc.string(), fc.integer(), fc.constant(null)).filter((m) => !(METHODS as readonly unknown[]).includes(m)), valuesArb])(
    'every other method throws MetricError INVALID_OPTION',
    (m, values) => {
      for (const f of [
        () => quantile(values, 0.5, { method: m } as never),
        () => percentile(values, 50, { method: m } as never),
        () => durationSummary(values.map(Math.abs), { method: m } as never),
      ]) {
        expect(f).toThrow(MetricError);
        expect(f).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
      }
    },
  );
});
