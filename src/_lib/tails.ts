/**
 * The upper tails of the chi-square and F distributions: the p-values of
 * the tests across groups. Tested against closed forms and scipy in
 * test/_lib/tails.test.ts.
 */
import { regularizedGammaQ } from './incomplete-gamma.js';
import { regularizedBeta } from './special.js';

/**
 * P(X > x) for X chi-square with k > 0 degrees of freedom (k need not be
 * whole): Q(k/2, x/2), the regularized upper incomplete gamma function.
 * scipy's `chi2.sf(x, k)`.
 */
export function chiSquareUpperTail(x: number, k: number): number {
  if (!(x > 0)) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}

/**
 * P(F > f) for F with d₁ and d₂ > 0 degrees of freedom (either may be a
 * fraction, as Welch's d₂ is): I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2), with
 * 1 − d₂/(d₂ + d₁f) = d₁f/(d₂ + d₁f) passed to the incomplete beta function
 * so that neither side is rounded. scipy's `f.sf(f, d1, d2)`.
 */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  if (f === Infinity) return 0;
  const scaled = d1 * f;
  const denominator = d2 + scaled;
  return regularizedBeta(d2 / denominator, d2 / 2, d1 / 2, scaled / denominator);
}
