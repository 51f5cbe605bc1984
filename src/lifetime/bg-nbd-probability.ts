import { regularizedBeta } from '../_lib/special.js';
import { readBgNbdParameters, type BgNbdParameters } from './bg-nbd.js';
import { logBetaShift, logPochhammerRatio } from './frequencies.js';
import { describeParameters, finitePrediction, readHorizon, readWhole } from './parameters.js';

/**
 * The probability that a new customer makes exactly n repeat purchases in
 * their first `t` time units, under the BG/NBD: P(X(t) = n).
 *
 * @summary BG/NBD: P(X(t) = n), a new customer.
 *
 * @remarks
 * P(X(t) = n) = B(a, b + n)/B(a, b) · NB(n)
 *   + [n > 0] · B(a + 1, b + n − 1)/B(a, b) · P(N ≥ n)
 * (Fader, Hardie & Lee 2005, equation 8), with
 * NB(n) = Γ(r + n)/(Γ(r) n!) (α/(α + t))ʳ (t/(α + t))ⁿ and its upper tail
 * P(N ≥ n) = 1 − Σⱼ<ₙ NB(j) = I_{t/(α+t)}(n, r), by the regularized
 * incomplete beta function, which keeps its precision where the sum would
 * cancel: still active after n purchases with no more by t, or dropped out
 * right after the n-th. Sums to 1 over n. At a tiny r the tail is of the
 * size of r and keeps its relative accuracy (about 1e-14, against 1 − Σ NB
 * at 400 digits, for r from 1e-300 to 1e-8; a result below 2.2e-308 to its
 * last place).
 *
 * @param params - Fitted parameters.
 * @param n - Repeat purchases, a whole number ≥ 0.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns A probability in [0, 1].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters;
 *   `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `OUT_OF_RANGE` for an `n`
 *   that is not a whole number ≥ 0; `OUT_OF_RANGE` for a negative `t`;
 *   `OUT_OF_RANGE` or `NOT_FINITE` where the formula breaks down at extreme
 *   parameters. The products over n are summed term by term up to
 *   n = 1,000 and by ln B beyond, so any n costs the same.
 *
 * @example
 * ```ts
 * // r = 1, α = 1, t = 1 (α/(α + t) = ½), a = 1, b = 3: P(X = 0) = NB(0) = ½, and
 * // P(X = 1) = B(1, 4)/B(1, 3) · NB(1) + B(2, 3)/B(1, 3) · P(N ≥ 1) = ¾ · ¼ + ¼ · ½ = 5/16
 * bgNbdProbabilityOfPurchases({ r: 1, alpha: 1, a: 1, b: 3 }, 0, 1); // ≈ 0.5
 * bgNbdProbabilityOfPurchases({ r: 1, alpha: 1, a: 1, b: 3 }, 1, 1); // ≈ 5 / 16
 * ```
 */
export function bgNbdProbabilityOfPurchases(params: BgNbdParameters, n: number, t: number): number {
  const fn = 'bgNbdProbabilityOfPurchases';
  const { r, alpha, a, b } = readBgNbdParameters(fn, 'params', params, false);
  const count = readWhole(fn, 'n', n, 0);
  readHorizon(fn, t);
  if (t === 0) return count === 0 ? 1 : 0;
  const q = alpha / (alpha + t);
  const lnNb = logPochhammerRatio(r, count) + r * Math.log(q) + count * Math.log1p(-q);
  // B(a, b + n)/B(a, b) = Πⱼ<ₙ (b + j)/(a + b + j)
  const lnStay = logBetaShift(a, b, count);
  const active = Math.exp(lnStay + lnNb);
  // B(a + 1, b + n − 1)/B(a, b) = a/(b + n − 1) · B(a, b + n)/B(a, b)
  const value = count === 0 ? active : active + Math.exp(lnStay) * (a / (b + count - 1)) * regularizedBeta(1 - q, count, r, q);
  return finitePrediction(fn, value, `P(X(t) = ${count})`, `${describeParameters({ r, alpha, a, b })}, t = ${t}`);
}
