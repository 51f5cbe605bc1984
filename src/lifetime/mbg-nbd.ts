import { regularizedBeta, scaledHyp2f1 } from '../_lib/special.js';
import { fail } from '../_lib/validate.js';
import type { FitOptions } from './fit.js';
import { betaGammaTables, frequencyIndex, logBetaShift, logPochhammerRatio, type FrequencyIndex } from './frequencies.js';
import { readRecency, readRecencyColumns, type Recency } from './history.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';
import { historyPatterns, type HistoryPatterns } from './patterns.js';
import { describeParameters, finitePrediction, readHorizon, readPositiveParameters, readWhole } from './parameters.js';

/**
 * The parameters of an MBG/NBD model: as the BG/NBD (purchase rates
 * Gamma(r, α), dropout probabilities Beta(a, b)), except that a customer may
 * also drop out right at their first purchase.
 */
export interface MbgNbdParameters {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate of the Gamma distribution of purchase rates, in the time unit of the histories. */
  readonly alpha: number;
  /** First shape of the Beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape of the Beta distribution of dropout probabilities. */
  readonly b: number;
}

/** A fitted MBG/NBD model: its parameters, log-likelihood, iterations and standard errors. */
export interface MbgNbdFit extends MbgNbdParameters, FitStatistics<MbgNbdParameters> {}

const MBG_NAMES = ['r', 'alpha', 'a', 'b'] as const satisfies readonly (keyof MbgNbdParameters)[];

/**
 * Fits the MBG/NBD model (Batislam, Denizel & Filiztekin, "Empirical
 * validation and comparison of models for customer base analysis",
 * International Journal of Research in Marketing 24, 2007; Wagner & Hoppe,
 * "Erratum on the MBG/NBD Model", 2008) to customer histories by maximum
 * likelihood.
 *
 * @summary Fit an MBG/NBD model to frequency, recency and T.
 *
 * @remarks
 * A customer drops out with probability p at the first purchase and after
 * each repeat purchase, so one with x repeat purchases, the last at tₓ,
 * observed for T, contributes ln L with
 * L = B(a, b + x + 1)/B(a, b) · Γ(r + x) αʳ / (Γ(r) (α + T)^(r+x))
 *   + B(a + 1, b + x)/B(a, b) · Γ(r + x) αʳ / (Γ(r) (α + tₓ)^(r+x)),
 * the second term present for x = 0 too (unlike the BG/NBD, whose one-off
 * buyers are all alive). The Gamma- and Beta-function ratios are sums over
 * the whole frequencies, tabulated once per evaluation at each distinct
 * frequency, so that the cost does not grow with the largest. BFGS on the
 * log-parameters with the exact gradient, polished by Newton's method, with
 * standard errors from the observed information; options as for
 * {@link fitBgNbd} (`initial` is [r, α, a, b]).
 *
 * @param customers - Histories with `frequency`, `recency` and `T`, all in one
 *   time unit, as any array or iterable.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link MbgNbdFit}.
 * @throws {@link MetricError} The history errors of {@link fitBgNbd};
 *   `INVALID_OPTION` for bad options; `NOT_CONVERGED` with the last
 *   parameters and gradient norm.
 *
 * @example
 * ```ts
 * const customers = [
 *   { frequency: 0, recency: 0, T: 30 }, { frequency: 0, recency: 0, T: 30 },
 *   { frequency: 0, recency: 0, T: 28 }, { frequency: 0, recency: 0, T: 26 },
 *   { frequency: 1, recency: 2, T: 30 }, { frequency: 1, recency: 20, T: 29 },
 *   { frequency: 2, recency: 5, T: 30 }, { frequency: 3, recency: 27, T: 28 },
 *   { frequency: 5, recency: 8, T: 30 }, { frequency: 6, recency: 29, T: 30 },
 * ];
 * const fit = fitMbgNbd(customers);
 * fit.logLikelihood < 0; // => true
 * ```
 */
export function fitMbgNbd(customers: ArrayLike<Recency> | Iterable<Recency>, options?: FitOptions): MbgNbdFit {
  const fn = 'fitMbgNbd';
  const columns = readRecencyColumns(fn, customers);
  const patterns = historyPatterns(columns);
  const index = frequencyIndex(patterns.frequency);
  const fit = fitMaximumLikelihood(fn, MBG_NAMES, options, columns.frequency.length, (p, gradient) =>
    mbgNbdLogLikelihood(patterns, index, p[0]!, p[1]!, p[2]!, p[3]!, gradient),
  );
  const [r, alpha, a, b] = fit.params;
  const [se0, se1, se2, se3] = fit.standardErrors;
  return {
    r: r!,
    alpha: alpha!,
    a: a!,
    b: b!,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    standardErrors: { r: se0!, alpha: se1!, a: se2!, b: se3! },
  };
}

/**
 * Σ countᵢ ln Lᵢ over the distinct histories, and its gradient with respect to (r, α, a, b). With
 * B(a, b + x + 1)/B(a, b) = Πⱼ≤ₓ (b + j)/(a + b + j) and the second term
 * a/(b + x) times the first's Beta ratio, ln L = A₁ + ln(e^A₃ + e^A₄), where
 * A₁ = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x + 1) − ln B(a, b),
 * A₃ = −(r + x) ln(α + T), A₄ = ln a − ln(b + x) − (r + x) ln(α + tₓ).
 */
function mbgNbdLogLikelihood(c: HistoryPatterns, index: FrequencyIndex, r: number, alpha: number, a: number, b: number, gradient: Float64Array): number {
  const n = c.frequency.length;
  const { values, slot } = index;
  // at each distinct frequency x, the sums over j < x, and over j ≤ x for the Beta part
  const { lnR, lnB, dR, dA, dB } = betaGammaTables(values, r, a, b, 1);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < n; i++) {
    const x = c.frequency[i]!;
    const k = slot[i]!;
    const rx = r + x;
    const lnAlphaT = Math.log(alpha + c.T[i]!);
    const lnAlphaTx = Math.log(alpha + c.recency[i]!);
    const a3 = -rx * lnAlphaT;
    const a4 = lnA - Math.log(b + x) - rx * lnAlphaTx;
    const top = Math.max(a3, a4);
    const e3 = Math.exp(a3 - top);
    const e4 = Math.exp(a4 - top);
    const w4 = e4 / (e3 + e4);
    const w3 = 1 - w4;
    const weight = c.count[i]!;
    total += weight * (lnR[k]! + r * lnAlpha + lnB[k]! + top + Math.log(e3 + e4));
    gr += weight * (dR[k]! + lnAlpha - w3 * lnAlphaT - w4 * lnAlphaTx);
    gAlpha += weight * (r / alpha - (w3 * rx) / (alpha + c.T[i]!) - (w4 * rx) / (alpha + c.recency[i]!));
    ga += weight * (dA[k]! + w4 / a);
    gb += weight * (dB[k]! - w4 / (b + x));
  }
  gradient[0] = gr;
  gradient[1] = gAlpha;
  gradient[2] = ga;
  gradient[3] = gb;
  return total;
}

/** a/(b + x) · ((α + T)/(α + tₓ))^(r+x), the odds that the customer has dropped out. */
function dropoutOdds(p: MbgNbdParameters, x: number, recency: number, T: number): number {
  return (p.a / (p.b + x)) * Math.pow((p.alpha + T) / (p.alpha + recency), p.r + x);
}

/**
 * The probability that a customer with this history is still active.
 *
 * @summary MBG/NBD: P(alive | x, tₓ, T).
 *
 * @remarks
 * P(alive | x, tₓ, T) = 1 / [1 + a/(b + x) · ((α + T)/(α + tₓ))^(r+x)]
 * (Batislam, Denizel & Filiztekin 2007, appendix, equation 5). A customer
 * without repeat purchases may have dropped out at the first purchase, so
 * their P(alive) is below 1 and falls with T.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @returns A probability in (0, 1).
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the history errors of {@link fitBgNbd}.
 *
 * @example
 * ```ts
 * // r = 1, α = 1, a = 1, b = 1, x = 0, T = 1: 1/(1 + 1 · 2) = 1/3
 * mbgNbdProbabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: 0, recency: 0, T: 1 }); // ≈ 1 / 3
 * ```
 */
export function mbgNbdProbabilityAlive(params: MbgNbdParameters, customer: Recency): number {
  const fn = 'mbgNbdProbabilityAlive';
  const p = readPositiveParameters(fn, params, MBG_NAMES);
  const { frequency, recency, T } = readRecency(fn, 'customer', customer);
  return 1 / (1 + dropoutOdds(p, frequency, recency, T));
}

/**
 * The expected number of purchases a customer with this history makes in
 * the next `t` time units: E[Y(t) | x, tₓ, T].
 *
 * @summary MBG/NBD: a customer's expected purchases in the next t.
 *
 * @remarks
 * E[Y(t) | x, tₓ, T] = (a + b + x)/(a − 1) ·
 * [1 − ((α + T)/(α + T + t))^(r+x) · ₂F₁(r + x, b + x + 1; a + b + x; t/(α + T + t))]
 * · P(alive | x, tₓ, T) (Wagner & Hoppe 2008). Needs a ≠ 1.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @param t - The length of the future period, in the time unit of the histories; ≥ 0.
 * @returns The expected number of purchases, ≥ 0.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters (a = 1
 *   included); the history errors of {@link fitBgNbd}; `OUT_OF_RANGE` for a
 *   negative `t`; `OUT_OF_RANGE` or `NOT_FINITE` where the formula breaks
 *   down, as for {@link bgNbdExpectedPurchases}.
 *
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgNbdExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 0); // => 0
 * mbgNbdExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39) > 0.5; // => true
 * ```
 */
export function mbgNbdExpectedPurchases(params: MbgNbdParameters, customer: Recency, t: number): number {
  const fn = 'mbgNbdExpectedPurchases';
  const p = readMbgNbdParameters(fn, params);
  const { frequency: x, recency, T } = readRecency(fn, 'customer', customer);
  readHorizon(fn, t);
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const head = (a + b + x) / (a - 1);
  const body = 1 - scaledHyp2f1(r + x, r + x, b + x + 1, a + b + x, t / (alpha + T + t), (alpha + T) / (alpha + T + t));
  // as for the BG/NBD: near t = 0 the bracket is rounding, which must not make the count negative
  const value = Math.max(0, (head * body) / (1 + dropoutOdds(p, x, recency, T)));
  return finitePrediction(fn, value, 'the expected number of purchases', `${describeParameters(p)}, frequency = ${x}, recency = ${recency}, T = ${T}, t = ${t}`);
}

/**
 * The expected number of purchases a new customer makes in their first `t`
 * time units: E[X(t)].
 *
 * @summary MBG/NBD: a new customer's expected purchases in t.
 *
 * @remarks
 * E[X(t)] = b/(a − 1) · [1 − (α/(α + t))ʳ · ₂F₁(r, b + 1; a + b; t/(α + t))]
 * (Batislam, Denizel & Filiztekin 2007). Needs a ≠ 1.
 *
 * @param params - Fitted parameters.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns The expected number of repeat purchases.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters (a = 1 included); `OUT_OF_RANGE` for a negative `t`;
 *   `OUT_OF_RANGE` or `NOT_FINITE` where the formula breaks down, as for {@link bgNbdExpectedPurchases}.
 *
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgNbdPopulationExpectedPurchases(params, 0); // => 0
 * mbgNbdPopulationExpectedPurchases(params, 78) > mbgNbdPopulationExpectedPurchases(params, 39); // => true
 * ```
 */
export function mbgNbdPopulationExpectedPurchases(params: MbgNbdParameters, t: number): number {
  const fn = 'mbgNbdPopulationExpectedPurchases';
  const { r, alpha, a, b } = readMbgNbdParameters(fn, params);
  readHorizon(fn, t);
  return finitePrediction(fn, populationExpectedPurchases({ r, alpha, a, b }, t), 'the expected number of purchases', `${describeParameters({ r, alpha, a, b })}, t = ${t}`);
}

/** E[X(t)] for parameters and a horizon that have been checked; NaN or ±Infinity where the formula breaks down. */
export function populationExpectedPurchases(params: MbgNbdParameters, t: number): number {
  const { r, alpha, a, b } = params;
  if (t === 0) return 0;
  return Math.max(0, (b / (a - 1)) * (1 - scaledHyp2f1(r, r, b + 1, a + b, t / (alpha + t), alpha / (alpha + t))));
}

/**
 * The probability that a new customer makes exactly n repeat purchases in
 * their first `t` time units: P(X(t) = n).
 *
 * @summary MBG/NBD: P(X(t) = n), a new customer.
 *
 * @remarks
 * P(X(t) = n) = B(a, b + n + 1)/B(a, b) · NB(n) + B(a + 1, b + n)/B(a, b) · P(N ≥ n),
 * with NB(n) = Γ(r + n)/(Γ(r) n!) (α/(α + t))ʳ (t/(α + t))ⁿ the negative
 * binomial count of purchases of a customer who never drops out, and
 * P(N ≥ n) = I_{t/(α+t)}(n, r) its upper tail (1 for n = 0), by the
 * regularized incomplete beta function rather than 1 − Σ, which would cancel:
 * alive after n purchases with no more by t, or dropped out right after the
 * n-th. Sums to 1 over n.
 *
 * @param params - Fitted parameters.
 * @param n - Repeat purchases, a whole number ≥ 0.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns A probability in [0, 1].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters;
 *   `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `OUT_OF_RANGE` for an `n`
 *   that is not a whole number ≥ 0; `OUT_OF_RANGE` for a negative `t`.
 *
 * @example
 * ```ts
 * // at t = 0 the customer has either dropped out at once (a/(a + b)) or not: no purchases either way
 * mbgNbdProbabilityOfPurchases({ r: 1, alpha: 1, a: 1, b: 3 }, 0, 0); // => 1
 * ```
 */
export function mbgNbdProbabilityOfPurchases(params: MbgNbdParameters, n: number, t: number): number {
  const fn = 'mbgNbdProbabilityOfPurchases';
  const { r, alpha, a, b } = readPositiveParameters(fn, params, MBG_NAMES);
  const count = readWhole(fn, 'n', n, 0);
  readHorizon(fn, t);
  if (t === 0) return count === 0 ? 1 : 0;
  const q = alpha / (alpha + t);
  const lnNb = logPochhammerRatio(r, count) + r * Math.log(q) + count * Math.log1p(-q);
  // B(a, b + n + 1)/B(a, b) = Πⱼ≤ₙ (b + j)/(a + b + j); B(a + 1, b + n)/B(a, b) = a/(b + n) of it
  const lnStay = logBetaShift(a, b, count + 1);
  const tail = count === 0 ? 1 : regularizedBeta(1 - q, count, r, q);
  const value = Math.exp(lnStay + lnNb) + Math.exp(lnStay) * (a / (b + count)) * tail;
  return finitePrediction(fn, value, `P(X(t) = ${count})`, `${describeParameters({ r, alpha, a, b })}, t = ${t}`);
}

/** Checks MBG/NBD parameters: four finite numbers > 0, with a ≠ 1 where the expectations divide by a − 1. */
export function readMbgNbdParameters(fn: string, params: unknown): MbgNbdParameters {
  const p = readPositiveParameters(fn, params, MBG_NAMES);
  if (p.a === 1) fail('INVALID_OPTION', fn, 'params.a is 1, where the MBG/NBD expectations divide by a − 1 = 0');
  return p;
}
