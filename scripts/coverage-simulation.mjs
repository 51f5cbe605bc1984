// @ts-check
/**
 * A seeded simulation of how often 95% intervals cover the true score:
 * for each true distribution of 0–10 answers and each sample size, draw
 * `samples` samples, compute the adjusted-Wald NPS interval and the Wilson
 * CSAT interval (top-2-box, 9–10, on the 0–10 scale) from each sample's
 * tally, and count how often they contain the true NPS and CSAT.
 *
 * With `csatMethods`, it also counts the coverage of csatInterval by each
 * of those methods, on the same samples.
 *
 * `exactCoverage` and `coverageTable` need no simulation: the coverage of an
 * interval for one proportion is a finite sum over the n + 1 outcomes.
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


/** The methods of csatInterval, in the order of the tables of docs/statistics.md. */
export const CSAT_METHODS = /** @type {const} */ (['wilson', 'wald', 'agresti-coull', 'clopper-pearson', 'jeffreys']);

/**
 * `csatInterval`'s options are `any` here so that the library's own options
 * type, source or build, is accepted as it is.
 * @typedef {{ lower: number, upper: number }} Bounds
 * @typedef {{
 *   npsInterval: (input: { scale: { min: number, max: number }, counts: number[] }) => Bounds,
 *   csatInterval: (input: { scale: { min: number, max: number }, counts: number[] }, options?: any) => Bounds,
 * }} Library
 * @typedef {{ distribution: string, n: number, trueNps: number, trueCsat: number, npsCoverage: number, csatCoverage: number, csatCoverageByMethod: Record<string, number> }} CoverageRow
 */

/**
 * @param {Library} lib the library's interval functions (source or build)
 * @param {{ samples?: number, sizes?: readonly number[], seed?: number, csatMethods?: readonly string[] }} [options]
 * @returns {CoverageRow[]}
 */
export function simulateCoverage(lib, { samples = 2000, sizes = [30, 100, 1000], seed = 20161, csatMethods = [] } = {}) {
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
      const byMethod = csatMethods.map(() => 0);
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
        csatMethods.forEach((method, m) => {
          const c = lib.csatInterval(t, { method });
          if (c.lower <= trueCsat && trueCsat <= c.upper) byMethod[m] = (byMethod[m] ?? 0) + 1;
        });
      }
      const csatCoverageByMethod = Object.fromEntries(csatMethods.map((method, m) => [method, (byMethod[m] ?? 0) / samples]));
      rows.push({ distribution: name, n, trueNps, trueCsat, npsCoverage: npsCovered / samples, csatCoverage: csatCovered / samples, csatCoverageByMethod });
    }
  }
  return rows;
}

/**
 * The exact coverage of csatInterval by `method` for n answers whose true
 * share of positive answers is `share` (0–1): Σₓ C(n, x) pˣ (1 − p)ⁿ⁻ˣ over
 * the outcomes x whose interval contains 100p. The answers are given as a
 * tally of a two-point scale (1 = not positive, 2 = positive).
 * @param {Library} lib
 * @param {string} method
 * @param {number} n
 * @param {number} share
 * @returns {number}
 */
export function exactCoverage(lib, method, n, share) {
  const scale = { min: 1, max: 2 };
  let covered = 0;
  for (let x = 0; x <= n; x++) {
    const { lower, upper } = lib.csatInterval({ scale, counts: [n - x, x] }, { method, positiveFrom: 2 });
    if (lower <= share * 100 && share * 100 <= upper) covered += binomialProbability(n, x, share);
  }
  return covered;
}

/** C(n, x) pˣ (1 − p)ⁿ⁻ˣ, through logarithms so that large n neither over- nor underflows. */
function binomialProbability(/** @type {number} */ n, /** @type {number} */ x, /** @type {number} */ p) {
  let logChoose = 0;
  for (let k = 1; k <= x; k++) logChoose += Math.log((n - x + k) / k);
  const logP = x === 0 ? 0 : x * Math.log(p);
  const logQ = n - x === 0 ? 0 : (n - x) * Math.log1p(-p);
  return Math.exp(logChoose + logP + logQ);
}

/**
 * @typedef {{ n: number, share: number, coverage: Record<string, number> }} ExactCoverageRow
 */

/**
 * Exact coverage of 95% CSAT intervals by each method, for small samples and
 * shares near and away from the ends, and the lowest over a fine grid of
 * shares (1% to 99% in steps of 1%) as `share: NaN`.
 * @param {Library} lib
 * @param {{ sizes?: readonly number[], shares?: readonly number[], methods?: readonly string[] }} [options]
 * @returns {ExactCoverageRow[]}
 */
export function coverageTable(lib, { sizes = [10, 30, 100], shares = [0.05, 0.2, 0.5, 0.9], methods = CSAT_METHODS } = {}) {
  /** @type {ExactCoverageRow[]} */
  const rows = [];
  for (const n of sizes) {
    for (const share of shares) {
      rows.push({ n, share, coverage: Object.fromEntries(methods.map((m) => [m, exactCoverage(lib, m, n, share)])) });
    }
    const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
    rows.push({ n, share: NaN, coverage: Object.fromEntries(methods.map((m) => [m, Math.min(...grid.map((p) => exactCoverage(lib, m, n, p)))])) });
  }
  return rows;
}
