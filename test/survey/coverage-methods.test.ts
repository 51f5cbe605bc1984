/**
 * Coverage of the five intervals for a proportion: exactly, as the sum over
 * all outcomes of small samples, and in the seeded simulation of
 * coverage.test.ts. The intervals come from the function csatInterval's
 * `method` option uses (src/_lib/proportion-interval.ts), on the 0–100 scale.
 */
import { describe, expect, test } from 'vitest';
import { coverageTable, CSAT_METHODS, exactCoverage, simulateCoverage } from '../../scripts/coverage-simulation.mjs';
import { proportionInterval, type ProportionMethod } from '../../src/_lib/proportion-interval.js';
import { npsInterval } from '../../src/index.js';

/** csatInterval for a tally, by any of the five methods (positive: the top two points of 0–10, or positiveFrom). */
const lib = {
  npsInterval,
  csatInterval(input: { scale: { min: number; max: number }; counts: number[] }, options?: { method?: string; positiveFrom?: number }) {
    const from = options?.positiveFrom ?? input.scale.max - 1;
    let positive = 0;
    let n = 0;
    input.counts.forEach((c, k) => {
      n += c;
      if (input.scale.min + k >= from) positive += c;
    });
    const r = proportionInterval((options?.method ?? 'wilson') as ProportionMethod, positive, n, 0.95);
    return { lower: r.lower * 100, upper: r.upper * 100 };
  },
};

describe('exact coverage of 95% intervals for a proportion', () => {
  const rows = coverageTable(lib);

  test('Clopper–Pearson never covers less than 95%, whatever the share and the sample size', () => {
    for (const r of rows) expect(r.coverage['clopper-pearson']).toBeGreaterThanOrEqual(0.95 - 1e-12);
  });

  test('Wald covers far less than it claims near the ends of the scale, and less than every other method at worst', () => {
    const worst = rows.filter((r) => Number.isNaN(r.share));
    for (const r of worst) {
      expect(r.coverage['wald']).toBeLessThan(0.8);
      for (const m of CSAT_METHODS.filter((x) => x !== 'wald')) expect(r.coverage[m]).toBeGreaterThan(r.coverage['wald']!);
    }
    // n = 10 and a true share of 5%: Wald covers 5% only from 1, 2 or 3 positives (0 gives the point 0, 4 gives 0.096 to 0.704)
    const binomial = (x: number, choose: number) => choose * 0.05 ** x * 0.95 ** (10 - x);
    expect(exactCoverage(lib, 'wald', 10, 0.05)).toBeCloseTo(binomial(1, 10) + binomial(2, 45) + binomial(3, 120), 12);
  });

  test('Wilson, Agresti–Coull and Jeffreys stay near 95% on average over the shares', () => {
    for (const n of [10, 30, 100]) {
      for (const m of ['wilson', 'agresti-coull', 'jeffreys']) {
        const grid = Array.from({ length: 99 }, (_, i) => exactCoverage(lib, m, n, (i + 1) / 100));
        const mean = grid.reduce((s, x) => s + x, 0) / grid.length;
        expect(mean).toBeGreaterThan(0.935);
      }
    }
  });
});

describe('the seeded simulation, by method', () => {
  const rows = simulateCoverage(lib, { csatMethods: CSAT_METHODS, samples: 1000 });

  test('counts every method on every row, and leaves the rows it had as they were', () => {
    const plain = simulateCoverage(lib, { samples: 1000 });
    expect(rows.map((r) => r.csatCoverage)).toStrictEqual(plain.map((r) => r.csatCoverage));
    expect(rows.map((r) => r.csatCoverageByMethod['wilson'])).toStrictEqual(plain.map((r) => r.csatCoverage));
    for (const r of rows) expect(Object.keys(r.csatCoverageByMethod)).toStrictEqual([...CSAT_METHODS]);
  });

  test('agrees with the exact coverage of each method to within four standard errors of 1,000 samples', () => {
    for (const r of rows) {
      for (const m of CSAT_METHODS) {
        const exact = exactCoverage(lib, m, r.n, r.trueCsat / 100);
        const se = Math.sqrt((exact * (1 - exact)) / 1000);
        expect(Math.abs(r.csatCoverageByMethod[m]! - exact)).toBeLessThanOrEqual(4 * se + 1e-9);
      }
    }
  });
});
