/**
 * P(X > Y) for independent X ~ Beta(a_X, b_X) and Y ~ Beta(a_Y, b_Y): the
 * probability that one proportion exceeds another under their Beta
 * posteriors. Tested against numerical integration in mpmath in
 * test/_lib/beta-comparison.test.ts.
 */
import { betaQuantile, betaUpperQuantile } from './beta-quantile.js';
import { logBeta, regularizedBeta } from './special.js';

/** The closed form sums at most this many terms; beyond, the integral is quicker. */
const MAX_TERMS = 1_000_000;

/**
 * P(X > Y) for X ~ Beta(aX, bX) and Y ~ Beta(aY, bY), all parameters > 0.
 *
 * When aX or bY is a whole number (every posterior of whole counts under a
 * prior with whole parameters, the uniform prior among them), the closed
 * form of the sum over Beta functions (Evan Miller, "Formulas for Bayesian
 * A/B testing", 2014):
 *
 *   P(X > Y) = Σ_{i=0}^{aX−1} B(aY + i, bY + bX) / ((bX + i) B(1 + i, bX) B(aY, bY)),
 *
 * exact up to rounding, each term from the one before by the ratio
 * (aY + i)(bX + i) / ((aY + bY + bX + i)(1 + i)), scaled so that it neither
 * under- nor overflows, and stopping once the remaining terms cannot change
 * the sum; or, with 1 − X and 1 − Y, the same sum over bY terms; whichever
 * is shorter. Otherwise, or beyond a million terms, the integral
 * P(X > Y) = ∫₀¹ (1 − I_{Q_Y(u)}(aX, bX)) du over the quantiles Q_Y of Y
 * (bounded whatever the parameters), by tanh-sinh quadrature, to about
 * 1e-13.
 */
export function betaProbabilityGreater(aX: number, bX: number, aY: number, bY: number): number {
  const direct = Number.isInteger(aX) && aX <= MAX_TERMS ? aX : Infinity;
  const mirrored = Number.isInteger(bY) && bY <= MAX_TERMS ? bY : Infinity;
  if (direct <= mirrored && direct !== Infinity) return betaSum(aX, bX, aY, bY);
  // X > Y exactly when 1 − Y > 1 − X, and 1 − Y ~ Beta(bY, aY)
  if (mirrored !== Infinity) return betaSum(bY, aY, bX, aX);
  // P(X > x) = 1 − I_x(aX, bX) = I_{1−x}(bX, aX), at x the u-quantile of Y, from whichever of x and 1 − x is the
  // smaller, so that it keeps its digits: near u = 0 from u, near u = 1 from q = 1 − u
  return tanhSinh(
    (u) => {
      const x = betaQuantile(u, aY, bY);
      return regularizedBeta(x > 0.5 ? betaUpperQuantile(u, bY, aY) : 1 - x, bX, aX, x);
    },
    (q) => {
      const x = betaUpperQuantile(q, aY, bY);
      return regularizedBeta(x > 0.5 ? betaQuantile(q, bY, aY) : 1 - x, bX, aX, x);
    },
  );
}

const SCALE = 1e280;
const LOG_SCALE = 644.7238260383328; // ln SCALE, written out so that a bundler can drop it

/** Σ_{i<aX} of the closed form, for whole aX. */
function betaSum(aX: number, bX: number, aY: number, bY: number): number {
  // the first term, B(aY, bY + bX) / B(aY, bY), as a logarithm; the sum is kept in units of e^logUnit
  let logUnit = logBeta(aY, bY + bX) - logBeta(aY, bY);
  let term = 1;
  let sum = 1;
  const abb = aY + bY + bX;
  for (let i = 0; i + 1 < aX; i++) {
    const ratio = ((aY + i) * (bX + i)) / ((abb + i) * (1 + i));
    term *= ratio;
    sum += term;
    if (term > SCALE) {
      term /= SCALE;
      sum /= SCALE;
      logUnit += LOG_SCALE;
    }
    // past the largest term the terms only fall (the ratio decreases in i), so aX − i − 1 more are at most that many times this one
    if (ratio < 1 && term * (aX - i - 1) < sum * 1e-17) break;
  }
  const p = Math.exp(Math.log(sum) + logUnit);
  return p > 1 ? 1 : p;
}

/**
 * ∫₀¹ g(u) du for a bounded g given as g(u) near 0 and as its mirror
 * h(q) = g(1 − q) near 1 (so that nodes within 1e-300 of either end keep
 * their precision), by the tanh-sinh rule of Takahasi and Mori (1974):
 * u = (1 + tanh(½π sinh t))/2, which clusters the nodes at both ends, where
 * the posteriors' power-law tails make g steep, and converges
 * double-exponentially there. The step is halved from 1/2 until two
 * estimates agree to 1e-13 (at most to 1/256).
 */
function tanhSinh(g: (u: number) => number, h: (q: number) => number): number {
  // the node at t and −t: q = 1/(1 + e^(π sinh t)) from either end, weight (π/4) cosh t / cosh²(½π sinh t)
  const pair = (t: number): number => {
    const s = Math.PI * Math.sinh(t);
    const q = 1 / (1 + Math.exp(s));
    const c = Math.cosh(s / 2);
    const w = ((Math.PI / 4) * Math.cosh(t)) / (c * c);
    return w === 0 || q === 0 ? 0 : w * (g(q) + h(q));
  };
  const T = 4; // beyond, the weights are below 1e-35
  let step = 0.5;
  let sum = (Math.PI / 4) * g(0.5);
  for (let k = 1; k * step <= T; k++) sum += pair(k * step);
  let estimate = sum * step;
  for (let level = 0; level < 7; level++) {
    step /= 2;
    // the new nodes are the odd multiples of the halved step
    for (let k = 1; k * step <= T; k += 2) sum += pair(k * step);
    const next = sum * step;
    const done = Math.abs(next - estimate) <= 1e-13;
    estimate = next;
    if (done) break;
  }
  return estimate < 0 ? 0 : estimate > 1 ? 1 : estimate;
}
