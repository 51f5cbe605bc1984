// @ts-check
/**
 * A seeded simulation of how often 95% intervals cover the true score:
 * for each true distribution of 0–10 answers and each sample size, draw
 * `samples` samples, compute the adjusted-Wald NPS interval and the Wilson
 * CSAT interval (top-2-box, 9–10, on the 0–10 scale) from each sample's
 * tally, and count how often they contain the true NPS and CSAT.
 *
 * Deterministic: the same seed gives the same table on every machine. Used by
 * test/survey/coverage.test.ts (against the source) and by
 * `node scripts/coverage.mjs` (against the build) for docs/statistics.md.
 */
import { mulberry32 } from '../examples/lib/random.mjs';

/**
 * True distributions: probabilities of the answers 0, 1, …, 10.
 * @type {ReadonlyArray<{ name: string, probabilities: readonly number[] }>}
 */
export const DISTRIBUTIONS = [
  // promoters 45%, passives 30%, detractors 25%
  { name: 'typical', probabilities: [0.01, 0.01, 0.02, 0.02, 0.03, 0.06, 0.1, 0.14, 0.16, 0.2, 0.25] },
  // promoters 45%, passives 5%, detractors 50%
  { name: 'polarised', probabilities: [0.15, 0.1, 0.08, 0.05, 0.04, 0.04, 0.04, 0.02, 0.03, 0.15, 0.3] },
  // promoters 80%, passives 15%, detractors 5%
  { name: 'delighted', probabilities: [0, 0, 0, 0.005, 0.005, 0.01, 0.03, 0.05, 0.1, 0.3, 0.5] },
  // promoters 10%, passives 25%, detractors 65%
  { name: 'struggling', probabilities: [0.05, 0.05, 0.08, 0.1, 0.12, 0.12, 0.13, 0.13, 0.12, 0.06, 0.04] },
];


/**
 * @typedef {{ lower: number, upper: number }} Bounds
 * @typedef {{
 *   npsInterval: (input: { scale: { min: number, max: number }, counts: number[] }) => Bounds,
 *   csatInterval: (input: { scale: { min: number, max: number }, counts: number[] }) => Bounds,
 * }} Library
 * @typedef {{ distribution: string, n: number, trueNps: number, trueCsat: number, npsCoverage: number, csatCoverage: number }} CoverageRow
 */

/**
 * @param {Library} lib the library's interval functions (source or build)
 * @param {{ samples?: number, sizes?: readonly number[], seed?: number }} [options]
 * @returns {CoverageRow[]}
 */
export function simulateCoverage(lib, { samples = 2000, sizes = [30, 100, 1000], seed = 20161 } = {}) {
  const random = mulberry32(seed);
  const scale = { min: 0, max: 10 };
  /** @type {CoverageRow[]} */
  const rows = [];
  for (const { name, probabilities } of DISTRIBUTIONS) {
    const cumulative = probabilities.map(
      (_, k) => probabilities.slice(0, k + 1).reduce((a, b) => a + b, 0),
    );
    const share = (/** @type {number} */ from, /** @type {number} */ to) =>
      probabilities.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const trueNps = (share(9, 10) - share(0, 6)) * 100;
    const trueCsat = share(9, 10) * 100;
    for (const n of sizes) {
      let npsCovered = 0;
      let csatCovered = 0;
      for (let s = 0; s < samples; s++) {
        const counts = new Array(11).fill(0);
        for (let i = 0; i < n; i++) {
          const u = random() * (cumulative[10] ?? 1);
          let k = 0;
          while (k < 10 && u >= (cumulative[k] ?? 1)) k++;
          counts[k]++;
        }
        const t = { scale, counts };
        const a = lib.npsInterval(t);
        const b = lib.csatInterval(t);
        if (a.lower <= trueNps && trueNps <= a.upper) npsCovered++;
        if (b.lower <= trueCsat && trueCsat <= b.upper) csatCovered++;
      }
      rows.push({ distribution: name, n, trueNps, trueCsat, npsCoverage: npsCovered / samples, csatCoverage: csatCovered / samples });
    }
  }
  return rows;
}
