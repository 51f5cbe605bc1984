/**
 * A deterministic (seeded) simulation: the 95% adjusted-Wald NPS interval and
 * the 95% Wilson CSAT interval must cover the true score in at least 93% of
 * 2,000 simulated samples, for several true distributions of 0–10 answers and
 * n = 30, 100 and 1,000. The table it produces is in docs/statistics.md.
 */
import { describe, expect, test } from 'vitest';
import { simulateCoverage } from '../../scripts/coverage-simulation.mjs';
import { csatInterval, npsInterval } from '../../src/index.js';

describe('coverage of 95% intervals', () => {
  const rows = simulateCoverage({ npsInterval, csatInterval });

  test('covers every true distribution and sample size asked for', () => {
    expect(rows).toHaveLength(4 * 3);
    expect(new Set(rows.map((r) => r.n))).toStrictEqual(new Set([30, 100, 1000]));
  });

  test.each(rows.map((r) => [r.distribution, r.n, r] as const))('%s, n = %s: both cover at least 93%%', (_d, _n, row) => {
    expect(row.npsCoverage).toBeGreaterThanOrEqual(0.93);
    expect(row.csatCoverage).toBeGreaterThanOrEqual(0.93);
  });
});
