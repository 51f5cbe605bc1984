import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readBigInt } from '../_lib/validate.js';
import type { FitOptions } from './fit.js';
import { readList } from './history.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';
import { describeParameters, finitePrediction, readPositiveParameters, readWhole } from './parameters.js';

/**
 * The parameters of a BG/BB model of discrete opportunities: while alive, a
 * customer transacts at each opportunity with their own probability p, and
 * before each opportunity drops out for good with their own probability θ;
 * p is Beta(α, β) and θ is Beta(γ, δ) across customers.
 */
export interface BgBbParameters {
  /** First shape of the Beta distribution of transaction probabilities p. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of p. */
  readonly beta: number;
  /** First shape of the Beta distribution of dropout probabilities θ. */
  readonly gamma: number;
  /** Second shape of the Beta distribution of θ. */
  readonly delta: number;
}

/** A fitted BG/BB model: its parameters, log-likelihood, iterations and standard errors. */
export interface BgBbFit extends BgBbParameters, FitStatistics<BgBbParameters> {}

/**
 * One customer's history over discrete transaction opportunities (years of
 * a donor, weekly sessions…), or, with `count`, the number of customers who
 * share it, as a `GROUP BY` over (x, tₓ, n) returns them.
 */
export interface BgBbHistory {
  /** x: the opportunities with a transaction, after the first (the one that made them a customer). */
  readonly frequency: number;
  /** tₓ: the opportunity of the last transaction, 1 to n; 0 when x = 0. */
  readonly recency: number;
  /** n: the opportunities observed since the first, at most 10,000. */
  readonly periods: number;
  /** How many customers have this history: a whole number ≥ 0; 1 when omitted. */
  readonly count?: number;
}

/** A history as the predictions read it. */
export type BgBbCustomer = Omit<BgBbHistory, 'count'>;

/**
 * The most opportunities of a history, a horizon or a count: the likelihood
 * of a history sums a term per opportunity, as do the predictions.
 */
const MAX_OPPORTUNITIES = 10000;
const OPPORTUNITIES = { limit: MAX_OPPORTUNITIES, why: 'the most opportunities the BG/BB sums over' };

const BGBB_NAMES = ['alpha', 'beta', 'gamma', 'delta'] as const satisfies readonly (keyof BgBbParameters)[];

/** Patterns after reading: x, tₓ, n and the count of each. */
interface Patterns {
  readonly x: Int32Array;
  readonly tx: Int32Array;
  readonly n: Int32Array;
  readonly count: Float64Array;
  readonly customers: number;
  readonly maxPeriods: number;
}

/**
 * Fits the BG/BB model (Fader, Hardie & Shang, "Customer-Base Analysis in a
 * Discrete-Time Noncontractual Setting", Marketing Science 29, 2010) to
 * customer histories by maximum likelihood.
 *
 * @summary Fit a BG/BB model to (x, tₓ, n) histories or their counts.
 *
 * @remarks
 * A customer with x transactions in n opportunities, the last at tₓ,
 * contributes ln L, where
 * L = B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ)
 *   + Σᵢ₌₀..ₙ₋ₜₓ₋₁ B(α + x, β + tₓ − x + i)/B(α, β) · B(γ + 1, δ + tₓ + i)/B(γ, δ)
 * (the paper's equation 5): alive through n, or gone after opportunity
 * tₓ + i. The Beta-function ratios are products over whole shifts, tabulated
 * once per evaluation, so each history costs O(n). A history with a `count`
 * weighs as that many customers. BFGS on the log-parameters with the exact
 * gradient, polished by Newton's method, with standard errors from the
 * observed information; options as for {@link fitBgNbd} (`initial` is
 * [α, β, γ, δ]). On the paper's 11,104 donors it gives α = 1.204,
 * β = 0.750, γ = 0.657, δ = 2.783 and ln L = −33,225.6, as published.
 *
 * @param customers - Histories `{ frequency, recency, periods, count? }`, as any array or iterable.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link BgBbFit}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no customers (or counts that
 *   add up to 0); `INVALID_TYPE` for customers that are not a list; `INVALID_COUNTS` for a history that cannot be: x > tₓ,
 *   tₓ > n, x > n, or x = 0 with tₓ ≠ 0; `INVALID_TYPE`, `NOT_FINITE`,
 *   `NOT_INTEGER` or `OUT_OF_RANGE` for values that are not whole numbers ≥ 0
 *   (each naming the history's index); `OUT_OF_RANGE` for periods above
 *   10,000, the most opportunities the BG/BB sums over (a history costs a
 *   term per opportunity); `INVALID_OPTION` for bad options;
 *   `NOT_CONVERGED` with the last parameters and gradient norm.
 *
 * @example
 * ```ts
 * const donors = [
 *   { frequency: 0, recency: 0, periods: 6, count: 35 },
 *   { frequency: 1, recency: 1, periods: 6, count: 11 },
 *   { frequency: 2, recency: 4, periods: 6, count: 6 },
 *   { frequency: 3, recency: 6, periods: 6, count: 8 },
 *   { frequency: 5, recency: 6, periods: 6, count: 7 },
 *   { frequency: 6, recency: 6, periods: 6, count: 12 },
 * ];
 * const fit = fitBgBb(donors);
 * fit.logLikelihood < 0; // => true
 * ```
 */
export function fitBgBb(customers: ArrayLike<BgBbHistory> | Iterable<BgBbHistory>, options?: FitOptions): BgBbFit {
  const fn = 'fitBgBb';
  const patterns = readPatterns(fn, customers);
  const tables = new Tables(patterns.maxPeriods);
  const fit = fitMaximumLikelihood(fn, BGBB_NAMES, options, patterns.customers, (p, gradient) =>
    bgBbLogLikelihood(patterns, tables, p[0]!, p[1]!, p[2]!, p[3]!, gradient),
  );
  const [alpha, beta, gamma, delta] = fit.params;
  const [se0, se1, se2, se3] = fit.standardErrors;
  return {
    alpha: alpha!,
    beta: beta!,
    gamma: gamma!,
    delta: delta!,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    standardErrors: { alpha: se0!, beta: se1!, gamma: se2!, delta: se3! },
  };
}

/**
 * Prefix sums over whole shifts: ln(v)ₖ = Σⱼ<ₖ ln(v + j) and
 * d(v)ₖ = Σⱼ<ₖ 1/(v + j), for v = α, β, α + β, δ, γ + δ, up to the longest
 * history (and one opportunity beyond, for P(alive in n + 1)).
 */
class Tables {
  readonly size: number;
  readonly lnA: Float64Array;
  readonly dA: Float64Array;
  readonly lnB: Float64Array;
  readonly dB: Float64Array;
  readonly lnAB: Float64Array;
  readonly dAB: Float64Array;
  readonly lnD: Float64Array;
  readonly dD: Float64Array;
  readonly lnGD: Float64Array;
  readonly dGD: Float64Array;

  constructor(maxPeriods: number) {
    this.size = maxPeriods + 3;
    this.lnA = new Float64Array(this.size);
    this.dA = new Float64Array(this.size);
    this.lnB = new Float64Array(this.size);
    this.dB = new Float64Array(this.size);
    this.lnAB = new Float64Array(this.size);
    this.dAB = new Float64Array(this.size);
    this.lnD = new Float64Array(this.size);
    this.dD = new Float64Array(this.size);
    this.lnGD = new Float64Array(this.size);
    this.dGD = new Float64Array(this.size);
  }

  fill(alpha: number, beta: number, gamma: number, delta: number): void {
    for (let k = 1; k < this.size; k++) {
      const j = k - 1;
      this.lnA[k] = this.lnA[j]! + Math.log(alpha + j);
      this.dA[k] = this.dA[j]! + 1 / (alpha + j);
      this.lnB[k] = this.lnB[j]! + Math.log(beta + j);
      this.dB[k] = this.dB[j]! + 1 / (beta + j);
      this.lnAB[k] = this.lnAB[j]! + Math.log(alpha + beta + j);
      this.dAB[k] = this.dAB[j]! + 1 / (alpha + beta + j);
      this.lnD[k] = this.lnD[j]! + Math.log(delta + j);
      this.dD[k] = this.dD[j]! + 1 / (delta + j);
      this.lnGD[k] = this.lnGD[j]! + Math.log(gamma + delta + j);
      this.dGD[k] = this.dGD[j]! + 1 / (gamma + delta + j);
    }
  }

  /** ln[B(α + x, β + y)/B(α, β)] */
  transact(x: number, y: number): number {
    return this.lnA[x]! + this.lnB[y]! - this.lnAB[x + y]!;
  }

  /** ln[B(γ, δ + k)/B(γ, δ)]: alive through k opportunities */
  alive(k: number): number {
    return this.lnD[k]! - this.lnGD[k]!;
  }

  /** ln[B(γ + 1, δ + k)/B(γ, δ)] − ln γ: alive through k, gone at k + 1 (add ln γ) */
  leave(k: number): number {
    return this.lnD[k]! - this.lnGD[k + 1]!;
  }
}

/** The BG/BB log-likelihood Σ countᵢ ln Lᵢ and its gradient with respect to (α, β, γ, δ). */
function bgBbLogLikelihood(
  c: Patterns,
  tables: Tables,
  alpha: number,
  beta: number,
  gamma: number,
  delta: number,
  gradient: Float64Array,
): number {
  tables.fill(alpha, beta, gamma, delta);
  const { dA, dB, dAB, dD, dGD } = tables;
  const lnGamma = Math.log(gamma);
  let total = 0;
  let ga = 0;
  let gb = 0;
  let gg = 0;
  let gd = 0;
  for (let k = 0; k < c.x.length; k++) {
    const weight = c.count[k]!;
    if (weight === 0) continue;
    const x = c.x[k]!;
    const tx = c.tx[k]!;
    const n = c.n[k]!;
    // the largest log-term first, for the log-sum-exp; then weights e^(term − top)
    const main = tables.transact(x, n - x) + tables.alive(n);
    let top = main;
    for (let i = 0; i < n - tx; i++) top = Math.max(top, tables.transact(x, tx - x + i) + lnGamma + tables.leave(tx + i));
    let sum = Math.exp(main - top);
    let sa = sum * (dA[x]! - dAB[n]!);
    let sb = sum * (dB[n - x]! - dAB[n]!);
    let sg = sum * -dGD[n]!;
    let sd = sum * (dD[n]! - dGD[n]!);
    for (let i = 0; i < n - tx; i++) {
      const y = tx - x + i;
      const e = Math.exp(tables.transact(x, y) + lnGamma + tables.leave(tx + i) - top);
      sum += e;
      sa += e * (dA[x]! - dAB[x + y]!);
      sb += e * (dB[y]! - dAB[x + y]!);
      sg += e * (1 / gamma - dGD[tx + i + 1]!);
      sd += e * (dD[tx + i]! - dGD[tx + i + 1]!);
    }
    total += weight * (top + Math.log(sum));
    ga += (weight * sa) / sum;
    gb += (weight * sb) / sum;
    gg += (weight * sg) / sum;
    gd += (weight * sd) / sum;
  }
  gradient[0] = ga;
  gradient[1] = gb;
  gradient[2] = gg;
  gradient[3] = gd;
  return total;
}

/** ln L of one history, with the tables filled for its parameters. */
function logLikelihoodOf(tables: Tables, gamma: number, x: number, tx: number, n: number): number {
  const lnGamma = Math.log(gamma);
  const main = tables.transact(x, n - x) + tables.alive(n);
  let top = main;
  for (let i = 0; i < n - tx; i++) top = Math.max(top, tables.transact(x, tx - x + i) + lnGamma + tables.leave(tx + i));
  let sum = Math.exp(main - top);
  for (let i = 0; i < n - tx; i++) sum += Math.exp(tables.transact(x, tx - x + i) + lnGamma + tables.leave(tx + i) - top);
  return top + Math.log(sum);
}

/**
 * The probability that a customer with this history is alive at the next
 * opportunity, n + 1.
 *
 * @summary BG/BB: P(alive at opportunity n + 1 | x, tₓ, n).
 *
 * @remarks
 * P(alive in n + 1 | x, tₓ, n) = B(α + x, β + n − x)/B(α, β) ·
 * B(γ, δ + n + 1)/B(γ, δ) / L(α, β, γ, δ | x, tₓ, n) (Fader, Hardie & Shang
 * 2010, equation 11), with L as in {@link fitBgBb}.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `periods`.
 * @returns A probability in (0, 1).
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   history errors of {@link fitBgBb} (periods at most 10,000 included);
 *   `OUT_OF_RANGE` or `NOT_FINITE` where extreme parameters break the
 *   formula down (never NaN).
 *
 * @example
 * ```ts
 * const params = { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };
 * // a donor who gave every year is very likely still a donor
 * bgBbProbabilityAlive(params, { frequency: 6, recency: 6, periods: 6 }) > 0.9; // => true
 * ```
 */
export function bgBbProbabilityAlive(params: BgBbParameters, customer: BgBbCustomer): number {
  const fn = 'bgBbProbabilityAlive';
  const { alpha, beta, gamma, delta } = readPositiveParameters(fn, params, BGBB_NAMES);
  const { x, tx, n } = readHistory(fn, 'customer', customer);
  const tables = new Tables(n);
  tables.fill(alpha, beta, gamma, delta);
  const value = Math.exp(tables.transact(x, n - x) + tables.alive(n + 1) - logLikelihoodOf(tables, gamma, x, tx, n));
  return finitePrediction(fn, value, 'P(alive)', `${describeParameters({ alpha, beta, gamma, delta })}, frequency = ${x}, recency = ${tx}, periods = ${n}`);
}

/**
 * The expected number of transactions of a customer with this history in
 * the next k opportunities.
 *
 * @summary BG/BB: E[X(n, n + k) | x, tₓ, n].
 *
 * @remarks
 * E[X(n, n + k) | x, tₓ, n] = P(alive in n + 1 | x, tₓ, n) · (α + x)/(α + β + n)
 * · Σⱼ₌₁..ₖ B(γ, δ + n + j)/B(γ, δ + n + 1): alive now, the posterior mean of
 * p, and the expected opportunities still alive, a finite sum equal to the
 * paper's closed form (Fader, Hardie & Shang 2010, equation 13) without its
 * division by γ − 1.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `periods`.
 * @param k - Future opportunities, a whole number from 0 to 10,000.
 * @returns The expected number of transactions, ≥ 0.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   history errors of {@link fitBgBb}; `INVALID_TYPE`, `NOT_FINITE`,
 *   `NOT_INTEGER` or `OUT_OF_RANGE` for a `k` that is not a whole number ≥ 0
 *   or is above 10,000 (the sum has a term per opportunity); `OUT_OF_RANGE`
 *   or `NOT_FINITE` where extreme parameters break the formula down.
 *
 * @example
 * ```ts
 * const params = { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };
 * bgBbExpectedPurchases(params, { frequency: 3, recency: 6, periods: 6 }, 0); // => 0
 * bgBbExpectedPurchases(params, { frequency: 6, recency: 6, periods: 6 }, 5) > bgBbExpectedPurchases(params, { frequency: 1, recency: 1, periods: 6 }, 5); // => true
 * ```
 */
export function bgBbExpectedPurchases(params: BgBbParameters, customer: BgBbCustomer, k: number): number {
  const fn = 'bgBbExpectedPurchases';
  const { alpha, beta, gamma, delta } = readPositiveParameters(fn, params, BGBB_NAMES);
  const { x, tx, n } = readHistory(fn, 'customer', customer);
  const ahead = readWhole(fn, 'k', k, 0, OPPORTUNITIES);
  if (ahead === 0) return 0;
  const tables = new Tables(n);
  tables.fill(alpha, beta, gamma, delta);
  const alive = Math.exp(tables.transact(x, n - x) + tables.alive(n + 1) - logLikelihoodOf(tables, gamma, x, tx, n));
  const value = alive * ((alpha + x) / (alpha + beta + n)) * aliveOpportunities(gamma, delta, n + 1, ahead);
  return finitePrediction(fn, value, 'the expected number of transactions', `${describeParameters({ alpha, beta, gamma, delta })}, frequency = ${x}, recency = ${tx}, periods = ${n}, k = ${ahead}`);
}

/**
 * Σⱼ₌₁..ₖ B(γ, δ + m − 1 + j)/B(γ, δ + m): the expected number of the k
 * opportunities from m on that a customer alive at m is alive for, each
 * term the one before times (δ + m − 1 + j − 1)/(γ + δ + m − 1 + j − 1).
 */
function aliveOpportunities(gamma: number, delta: number, m: number, k: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 1; j < k; j++) {
    const at = delta + m + j - 1;
    term *= at / (gamma + at);
    sum += term;
  }
  return sum;
}

/**
 * The expected number of transactions of a new customer in their first n
 * opportunities.
 *
 * @summary BG/BB: E[X(n)], a new customer.
 *
 * @remarks
 * E[X(n)] = α/(α + β) · Σⱼ₌₁..ₙ B(γ, δ + j)/B(γ, δ), the mean p times the
 * expected opportunities alive; equal to the paper's
 * α/(α + β) · δ/(γ − 1) · [1 − Γ(γ + δ)Γ(1 + δ + n)/(Γ(γ + δ + n)Γ(1 + δ))]
 * (Fader, Hardie & Shang 2010, equation 7), and defined at γ = 1 too.
 *
 * @param params - Fitted parameters.
 * @param n - Opportunities, a whole number from 0 to 10,000.
 * @returns The expected number of transactions, ≥ 0.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   errors of {@link bgBbExpectedPurchases} for a bad `n`.
 *
 * @example
 * ```ts
 * // α = β = 1 (mean p ½), γ = 1, δ = 1: Σ B(1, 1 + j)/B(1, 1) = ½ + ⅓ = 5/6 over two opportunities
 * bgBbPopulationExpectedPurchases({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 2); // ≈ 5 / 12
 * ```
 */
export function bgBbPopulationExpectedPurchases(params: BgBbParameters, n: number): number {
  const fn = 'bgBbPopulationExpectedPurchases';
  const { alpha, beta, gamma, delta } = readPositiveParameters(fn, params, BGBB_NAMES);
  const periods = readWhole(fn, 'n', n, 0, OPPORTUNITIES);
  if (periods === 0) return 0;
  const value = (alpha / (alpha + beta)) * (delta / (gamma + delta)) * aliveOpportunities(gamma, delta, 1, periods);
  return finitePrediction(fn, value, 'the expected number of transactions', describeParameters({ alpha, beta, gamma, delta }));
}

/**
 * The probability that a new customer makes exactly x transactions in their
 * first n opportunities.
 *
 * @summary BG/BB: P(X(n) = x), a new customer.
 *
 * @remarks
 * P(X(n) = x) = C(n, x) B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ)
 *   + Σᵢ₌ₓ..ₙ₋₁ C(i, x) B(α + x, β + i − x)/B(α, β) · B(γ + 1, δ + i)/B(γ, δ)
 * (Fader, Hardie & Shang 2010, equation 8): alive through n with x
 * transactions, or gone after opportunity i with x of its i. Sums to 1
 * over x = 0..n.
 *
 * @param params - Fitted parameters.
 * @param x - Transactions, a whole number from 0 to 10,000.
 * @param n - Opportunities, a whole number from 0 to 10,000.
 * @returns A probability in [0, 1]; 0 for x > n.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   errors of {@link bgBbExpectedPurchases} for a bad `x` or `n`.
 *
 * @example
 * ```ts
 * // nobody transacts in no opportunities
 * bgBbProbabilityOfPurchases({ alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 }, 0, 0); // => 1
 * ```
 */
export function bgBbProbabilityOfPurchases(params: BgBbParameters, x: number, n: number): number {
  const fn = 'bgBbProbabilityOfPurchases';
  const { alpha, beta, gamma, delta } = readPositiveParameters(fn, params, BGBB_NAMES);
  const count = readWhole(fn, 'x', x, 0, OPPORTUNITIES);
  const periods = readWhole(fn, 'n', n, 0, OPPORTUNITIES);
  if (count > periods) return 0;
  const tables = new Tables(periods);
  tables.fill(alpha, beta, gamma, delta);
  const lnGamma = Math.log(gamma);
  let value = Math.exp(logChoose(periods, count) + tables.transact(count, periods - count) + tables.alive(periods));
  // ln C(i, x) from ln C(x, x) = 0, step by step: ln C(i + 1, x) = ln C(i, x) + ln((i + 1)/(i + 1 − x)),
  // summed with compensation (Neumaier), so that the sum costs O(n) and its rounding does not build up
  let lnChoose = 0;
  let lost = 0;
  for (let i = count; i < periods; i++) {
    value += Math.exp(lnChoose + lost + tables.transact(count, i - count) + lnGamma + tables.leave(i));
    const step = Math.log((i + 1) / (i + 1 - count));
    const sum = lnChoose + step;
    lost += Math.abs(lnChoose) >= Math.abs(step) ? lnChoose - sum + step : step - sum + lnChoose;
    lnChoose = sum;
  }
  return finitePrediction(fn, value, `P(X(${periods}) = ${count})`, describeParameters({ alpha, beta, gamma, delta }));
}

/** ln C(n, k) = Σⱼ<ₖ ln((n − j)/(k − j)), exact for whole n ≥ k ≥ 0 to rounding. */
function logChoose(n: number, k: number): number {
  const m = Math.min(k, n - k);
  let sum = 0;
  for (let j = 0; j < m; j++) sum += Math.log((n - j) / (m - j));
  return sum;
}

/** Reads one history: whole numbers with x ≤ tₓ ≤ n, and tₓ = 0 exactly when x = 0. */
function readHistory(fn: string, name: string, value: unknown, index?: number): { x: number; tx: number; n: number } {
  if (value === null || typeof value !== 'object') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a history { frequency, recency, periods }`, index);
  }
  const c = value as Record<string, unknown>;
  const x = readCountField(fn, `${name}.frequency`, c['frequency'], index);
  const tx = readCountField(fn, `${name}.recency`, c['recency'], index);
  const n = readCountField(fn, `${name}.periods`, c['periods'], index);
  if (n > MAX_OPPORTUNITIES) fail('OUT_OF_RANGE', fn, `${name}.periods ${n} is above ${MAX_OPPORTUNITIES}, ${OPPORTUNITIES.why}`, index);
  if (x > n) fail('INVALID_COUNTS', fn, `${name}.frequency ${x} is more than its periods ${n}: at most one transaction per opportunity`, index);
  if (tx > n) fail('INVALID_COUNTS', fn, `${name}.recency ${tx} is more than its periods ${n}: the last transaction falls within the opportunities observed`, index);
  if (x > tx) fail('INVALID_COUNTS', fn, `${name}.frequency ${x} is more than its recency ${tx}: x transactions need at least x opportunities up to the last`, index);
  if (x === 0 && tx !== 0) fail('INVALID_COUNTS', fn, `${name} has frequency 0 but recency ${tx}; without transactions recency is 0`, index);
  return { x, tx, n };
}

function readCountField(fn: string, name: string, given: unknown, index?: number): number {
  // a BigInt count (a database's count(*)) is read as the number it equals
  const value = typeof given === 'bigint' ? readBigInt(fn, name, given, index) : given;
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `${name} is ${describeKind(value)}, not a number`, index);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `${name} ${describeValue(value)} is not a finite number`, index);
  if (!Number.isSafeInteger(value)) fail('NOT_INTEGER', fn, `${name} ${describeValue(value)} is not a whole number`, index);
  if (value < 0) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(value)} is negative`, index);
  return value;
}

function readPatterns(fn: string, customers: unknown): Patterns {
  const list = readList(fn, customers);
  const k = list.length;
  // one entry per distinct (x, tₓ, n), its count summed, so that the fit
  // computes a likelihood term per pattern however many rows repeat it
  // (n opportunities allow 1 + n(n + 1)/2 patterns, where a list of
  // customers may hold millions of rows); grown as read: nothing is
  // allocated for customers not yet read
  const at = new Map<number, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const n: number[] = [];
  const count: number[] = [];
  let total = 0;
  let maxPeriods = 0;
  for (let i = 0; i < k; i++) {
    const h = readHistory(fn, `customers[${i}]`, list[i], i);
    const raw = (list[i] as Record<string, unknown>)['count'];
    const weight = raw === undefined ? 1 : readCountField(fn, `customers[${i}].count`, raw, i);
    // x ≤ tₓ ≤ n ≤ MAX_OPPORTUNITIES: a safe integer names the pattern
    const key = (h.n * (MAX_OPPORTUNITIES + 1) + h.tx) * (MAX_OPPORTUNITIES + 1) + h.x;
    const j = at.get(key);
    if (j === undefined) {
      at.set(key, x.length);
      x.push(h.x);
      tx.push(h.tx);
      n.push(h.n);
      count.push(weight);
    } else {
      count[j]! += weight;
    }
    total += weight;
    maxPeriods = Math.max(maxPeriods, h.n);
  }
  if (total === 0) fail('EMPTY_INPUT', fn, 'the counts add up to 0: no customers to fit');
  return { x: Int32Array.from(x), tx: Int32Array.from(tx), n: Int32Array.from(n), count: Float64Array.from(count), customers: total, maxPeriods };
}
