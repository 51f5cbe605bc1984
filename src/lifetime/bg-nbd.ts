import { describeKind, describeValue } from '../_lib/describe.js';
import { scaledHyp2f1 } from '../_lib/special.js';
import { fail } from '../_lib/validate.js';
import { readParameter, type FitOptions } from './fit.js';
import { betaGammaTables, frequencyIndex, type FrequencyIndex } from './frequencies.js';
import { describeParameters, finitePrediction } from './parameters.js';
import { readRecency, readRecencyColumns, type HistoryColumns, type Recency } from './history.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';

/**
 * The parameters of a BG/NBD model: purchase rates are Gamma(r, α) across
 * customers, and the probability p of dropping out after each purchase is
 * Beta(a, b).
 */
export interface BgNbdParameters {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (inverse scale) of the Gamma distribution of purchase rates, in the time unit of the histories. */
  readonly alpha: number;
  /** First shape of the Beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape of the Beta distribution of dropout probabilities. */
  readonly b: number;
}

/** A fitted BG/NBD model: its parameters and how the fit went. */
export interface BgNbdFit extends BgNbdParameters, FitStatistics<BgNbdParameters> {}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee, "Counting Your Customers the
 * Easy Way", Marketing Science 24, 2005) to customer histories by maximum
 * likelihood.
 *
 * @summary Fit a BG/NBD model to frequency, recency and T.
 *
 * @remarks
 * Each customer with x repeat purchases, the last at tₓ, observed for T,
 * contributes ln L, where
 * L = B(a, b + x)/B(a, b) · Γ(r + x) αʳ / (Γ(r) (α + T)^(r+x))
 *   + [x > 0] · B(a + 1, b + x − 1)/B(a, b) · Γ(r + x) αʳ / (Γ(r) (α + tₓ)^(r+x)).
 * The total log-likelihood is maximised by BFGS over the log-parameters with
 * the analytic gradient, from r = α = a = b = 1 unless `initial` says
 * otherwise, until no gradient component of the mean log-likelihood exceeds
 * `tolerance` (1e-8), in at most `maxIterations` (500) iterations, then
 * polished by Newton's method on the observed information, which also gives
 * the `standardErrors` (see {@link FitStatistics}): the parameters end within
 * about 1e-12 of the optimum. The fit is deterministic; reordering the
 * customers changes only the rounding of the sums, and with it the
 * parameters by about 1e-14 relative on CDNOW. On the CDNOW sample it gives r = 0.243, α = 4.414, a = 0.793,
 * b = 2.426 and a log-likelihood of −9582.4, the paper's figures.
 *
 * @param customers - Histories with `frequency`, `recency` and `T`, all in one
 *   time unit, as any array or iterable.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link BgNbdFit}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no customers; `INVALID_TYPE`
 *   for customers that are not a list; `INVALID_TYPE`, `NOT_FINITE`,
 *   `NOT_INTEGER` or `INVALID_COUNTS` for a history that cannot
 *   be (recency greater than T, a fractional or negative frequency, frequency
 *   0 with a recency, naming the customer's index); `INVALID_OPTION` for bad
 *   options; `NOT_CONVERGED`, with the last parameters and gradient norm, when
 *   the optimiser does not converge.
 *
 * @example
 * ```ts
 * // a real fit needs hundreds of customers (docs/lifetime-value.md fits CDNOW's 2,357)
 * const customers = [
 *   { frequency: 0, recency: 0, T: 30 }, { frequency: 0, recency: 0, T: 30 },
 *   { frequency: 0, recency: 0, T: 28 }, { frequency: 0, recency: 0, T: 26 },
 *   { frequency: 1, recency: 2, T: 30 }, { frequency: 1, recency: 20, T: 29 },
 *   { frequency: 2, recency: 5, T: 30 }, { frequency: 3, recency: 27, T: 28 },
 *   { frequency: 5, recency: 8, T: 30 }, { frequency: 6, recency: 29, T: 30 },
 * ];
 * const fit = fitBgNbd(customers);
 * Object.keys(fit); // => ['r', 'alpha', 'a', 'b', 'logLikelihood', 'iterations', 'standardErrors']
 * fit.logLikelihood < 0; // => true
 * ```
 */
export function fitBgNbd(customers: ArrayLike<Recency> | Iterable<Recency>, options?: FitOptions): BgNbdFit {
  const fn = 'fitBgNbd';
  const columns = readRecencyColumns(fn, customers);
  const n = columns.frequency.length;
  const index = frequencyIndex(columns.frequency);
  const { params, logLikelihood, iterations, standardErrors: se } = fitMaximumLikelihood(fn, ['r', 'alpha', 'a', 'b'], options, n, (p, gradient) =>
    bgNbdLogLikelihood(columns, index, p[0]!, p[1]!, p[2]!, p[3]!, gradient),
  );
  const standardErrors = { r: se[0]!, alpha: se[1]!, a: se[2]!, b: se[3]! };
  return { r: params[0]!, alpha: params[1]!, a: params[2]!, b: params[3]!, logLikelihood, iterations, standardErrors };
}

/**
 * The BG/NBD log-likelihood Σ ln Lᵢ of the customers, and its gradient with
 * respect to (r, α, a, b) written into `gradient` when given. The Gamma-
 * function ratios are finite sums over the whole frequencies:
 * ln Γ(r + x) − ln Γ(r) = Σⱼ<ₓ ln(r + j), and so on, tabulated once per call
 * at each distinct frequency (long gaps between them in closed form), so
 * that the cost does not grow with the largest frequency.
 */
function bgNbdLogLikelihood(
  c: HistoryColumns,
  index: FrequencyIndex,
  r: number,
  alpha: number,
  a: number,
  b: number,
  gradient?: Float64Array,
): number {
  const n = c.frequency.length;
  const { values, slot } = index;
  // at each distinct frequency x, the sums over j < x
  const { lnR, lnB, dR, dA, dB } = betaGammaTables(values, r, a, b, 0);
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
    const a1 = lnR[k]! + r * lnAlpha + lnB[k]!;
    const a3 = -rx * lnAlphaT;
    let w3 = 1;
    let w4 = 0;
    let lnAlphaTx = 0;
    let logSum = a3;
    if (x > 0) {
      lnAlphaTx = Math.log(alpha + c.recency[i]!);
      const a4 = lnA - Math.log(b + x - 1) - rx * lnAlphaTx;
      const top = Math.max(a3, a4);
      const e3 = Math.exp(a3 - top);
      const e4 = Math.exp(a4 - top);
      logSum = top + Math.log(e3 + e4);
      w3 = e3 / (e3 + e4);
      w4 = 1 - w3;
    }
    total += a1 + logSum;
    if (gradient) {
      gr += dR[k]! + lnAlpha - w3 * lnAlphaT - w4 * lnAlphaTx;
      gAlpha += r / alpha - (w3 * rx) / (alpha + c.T[i]!) - (x > 0 ? (w4 * rx) / (alpha + c.recency[i]!) : 0);
      ga += dA[k]! + (x > 0 ? w4 / a : 0);
      gb += dB[k]! - (x > 0 ? w4 / (b + x - 1) : 0);
    }
  }
  if (gradient) {
    gradient[0] = gr;
    gradient[1] = gAlpha;
    gradient[2] = ga;
    gradient[3] = gb;
  }
  return total;
}

/**
 * The expected number of purchases a customer with this history makes in the
 * next `t` time units: E[Y(t) | x, tₓ, T].
 *
 * @summary BG/NBD: a customer's expected purchases in the next t.
 *
 * @remarks
 * E[Y(t) | x, tₓ, T] = (a + b + x − 1)/(a − 1) ·
 * [1 − ((α + T)/(α + T + t))^(r+x) · ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 * / [1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x)]
 * (Fader, Hardie & Lee 2005, equation 10). Needs a ≠ 1.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @param t - The length of the future period, in the time unit of the histories; ≥ 0.
 * @returns The expected number of purchases, ≥ 0.
 * @throws {@link MetricError} For invalid parameters (`INVALID_OPTION`), an
 *   invalid history (as {@link fitBgNbd}) or a negative `t` (`OUT_OF_RANGE`);
 *   `OUT_OF_RANGE` where the formula cannot be evaluated in double precision
 *   (₂F₁ near z = 1 with c − a − b = a − 1 − r − x within 0.01 of a whole
 *   number, where neither its series in z, of at most 1,000,000 terms, nor
 *   its transformation to 1 − z can be summed), `NOT_FINITE` where the
 *   expectation overflows: never NaN or ±Infinity. Above z = 0.99 ₂F₁ is
 *   summed in 1 − z (Abramowitz & Stegun 15.3.6), so t may be as large as
 *   1e308.
 *
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdExpectedPurchases(params, { frequency: 0, recency: 0, T: 38.86 }, 0); // => 0
 * bgNbdExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39) > 1; // => true
 * ```
 */
export function bgNbdExpectedPurchases(params: BgNbdParameters, customer: Recency, t: number): number {
  const fn = 'bgNbdExpectedPurchases';
  const p = readBgNbdParameters(fn, 'params', params);
  const history = readRecency(fn, 'customer', customer);
  const horizon = readHorizon(fn, t);
  return finitePrediction(fn, expectedPurchases(p, history, horizon), 'the expected number of purchases', `${describeParameters(p)}, ${describeParameters(history)}, t = ${horizon}`);
}

/** E[Y(t) | x, tₓ, T] for parameters, a history and a horizon that have been checked. */
export function expectedPurchases(params: BgNbdParameters, customer: Recency, t: number): number {
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, T } = customer;
  if (t === 0) return 0;
  const z = t / (alpha + T + t);
  const head = (a + b + x - 1) / (a - 1);
  const body = 1 - scaledHyp2f1(r + x, r + x, b + x, a + b + x - 1, z, (alpha + T) / (alpha + T + t));
  // For a tiny t the bracket is 1 minus a number within rounding of 1, and with a near 1 its
  // rounding error, multiplied by head, can outweigh the true value: never report a count below 0.
  return Math.max(0, (head * body) / (1 + dropoutOdds(r, alpha, a, b, x, recency, T)));
}

/**
 * The expected number of purchases a new customer makes in their first `t`
 * time units: E[X(t)].
 *
 * @summary BG/NBD: a new customer's expected purchases in t.
 *
 * @remarks
 * E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))ʳ · ₂F₁(r, b; a + b − 1; t/(α + t))]
 * (Fader, Hardie & Lee 2005, equation 9). Needs a ≠ 1.
 *
 * @param params - Fitted parameters.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns The expected number of purchases (repeat purchases, as the model counts them).
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; `OUT_OF_RANGE` for a negative `t`;
 *   `OUT_OF_RANGE` or `NOT_FINITE` where the formula breaks down, as for {@link bgNbdExpectedPurchases}.
 *
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdPopulationExpectedPurchases(params, 0); // => 0
 * bgNbdPopulationExpectedPurchases(params, 39) > bgNbdPopulationExpectedPurchases(params, 13); // => true
 * ```
 */
export function bgNbdPopulationExpectedPurchases(params: BgNbdParameters, t: number): number {
  const fn = 'bgNbdPopulationExpectedPurchases';
  const { r, alpha, a, b } = readBgNbdParameters(fn, 'params', params);
  readHorizon(fn, t);
  return finitePrediction(fn, populationExpectedPurchases({ r, alpha, a, b }, t), 'the expected number of purchases', `${describeParameters({ r, alpha, a, b })}, t = ${t}`);
}

/** E[X(t)] for parameters and a horizon that have been checked; NaN or ±Infinity where the formula breaks down. */
export function populationExpectedPurchases(params: BgNbdParameters, t: number): number {
  const { r, alpha, a, b } = params;
  if (t === 0) return 0;
  // as in bgNbdExpectedPurchases, rounding near t = 0 must not make the count negative
  return Math.max(0, ((a + b - 1) / (a - 1)) * (1 - scaledHyp2f1(r, r, b, a + b - 1, t / (alpha + t), alpha / (alpha + t))));
}

/**
 * The probability that a customer with this history is still active ("alive").
 *
 * @summary BG/NBD: P(alive | x, tₓ, T).
 *
 * @remarks
 * P(alive | x, tₓ, T) = 1 / [1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x)]
 * (Fader, Hardie & Lee 2005, equation 11). A customer without repeat
 * purchases is alive with probability 1: the BG/NBD lets customers drop out
 * only just after a purchase.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @returns A probability in (0, 1].
 * @throws {@link MetricError} For invalid parameters (`INVALID_OPTION`) or an invalid history.
 *
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 38.86 }); // => 1
 * bgNbdProbabilityAlive(params, { frequency: 5, recency: 2, T: 38.86 }) < 0.01; // => true
 * ```
 */
export function bgNbdProbabilityAlive(params: BgNbdParameters, customer: Recency): number {
  const fn = 'bgNbdProbabilityAlive';
  const { r, alpha, a, b } = readBgNbdParameters(fn, 'params', params, false);
  const { frequency, recency, T } = readRecency(fn, 'customer', customer);
  return 1 / (1 + dropoutOdds(r, alpha, a, b, frequency, recency, T));
}

/** [x > 0] · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x), the odds that the customer has dropped out. */
function dropoutOdds(r: number, alpha: number, a: number, b: number, x: number, recency: number, T: number): number {
  return x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + recency), r + x) : 0;
}

/**
 * Checks BG/NBD parameters: four finite numbers > 0, and a ≠ 1 where the
 * expectations divide by a − 1. `name` is how messages name them (`params`).
 */
export function readBgNbdParameters(fn: string, name: string, params: unknown, dividesByAMinusOne = true): BgNbdParameters {
  if (params === null || typeof params !== 'object') {
    fail('INVALID_OPTION', fn, `${name} must be { r, alpha, a, b }, got ${describeKind(params)}`);
  }
  const p = params as Record<string, unknown>;
  const out = {
    r: readParameter(fn, `${name}.r`, p['r']),
    alpha: readParameter(fn, `${name}.alpha`, p['alpha']),
    a: readParameter(fn, `${name}.a`, p['a']),
    b: readParameter(fn, `${name}.b`, p['b']),
  };
  if (dividesByAMinusOne && out.a === 1) {
    fail('INVALID_OPTION', fn, `${name}.a is 1, where the BG/NBD expectations divide by a − 1 = 0`);
  }
  return out;
}

function readHorizon(fn: string, t: unknown): number {
  if (typeof t !== 'number') fail('INVALID_TYPE', fn, `t is ${describeKind(t)}, not a number`);
  if (!Number.isFinite(t)) fail('NOT_FINITE', fn, `t ${describeValue(t)} is not a finite number`);
  if (t < 0) fail('OUT_OF_RANGE', fn, `t ${describeValue(t)} is negative; the future period has a length ≥ 0`);
  return t;
}
