import { describeKind, describeValue } from '../_lib/describe.js';
import { digamma, logGamma } from '../_lib/special.js';
import { fail } from '../_lib/validate.js';
import { readParameter, type FitOptions } from './fit.js';
import { readList, readSpend, type Spend } from './history.js';
import { describeParameters, finitePrediction } from './parameters.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';

/**
 * The parameters of a Gamma-Gamma spend model: a customer's transaction
 * values are Gamma(p, ν), and ν varies across customers as Gamma(q, v).
 */
export interface GammaGammaParameters {
  /** Shape of each customer's Gamma distribution of transaction values. */
  readonly p: number;
  /** Shape of the Gamma distribution of ν across customers. */
  readonly q: number;
  /** Rate of the Gamma distribution of ν across customers. */
  readonly v: number;
}

/** A fitted Gamma-Gamma model: its parameters and how the fit went. */
export interface GammaGammaFit extends GammaGammaParameters, FitStatistics<GammaGammaParameters> {}

/**
 * Fits the Gamma-Gamma model of spend (Fader, Hardie & Lee, "RFM and CLV",
 * Journal of Marketing Research 42, 2005; Fader & Hardie, "The Gamma-Gamma
 * Model of Monetary Value", 2013) to repeat buyers by maximum likelihood.
 *
 * @summary Fit a Gamma-Gamma spend model to frequency and mean spend.
 *
 * @remarks
 * A customer with x repeat purchases of mean value m̄ contributes
 * ln f(m̄ | x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄
 *   + px ln x − (px + q) ln(v + x m̄).
 * Maximised by BFGS over the log-parameters with the analytic gradient
 * (digamma), from p = q = v = 1 unless `initial` says otherwise; tolerance
 * and iteration cap as in {@link fitBgNbd}. Only repeat buyers with a
 * positive mean spend carry information; leave the others out (the error
 * says so if you do not). On the CDNOW sample's 946 repeat buyers it gives
 * p = 6.25, q = 3.74, v = 15.44, the published figures.
 *
 * @param customers - Repeat buyers with `frequency` ≥ 1 and `monetaryValue` > 0,
 *   as any array or iterable.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link GammaGammaFit}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no customers; `OUT_OF_RANGE`
 *   for a customer without repeat purchases or with a mean spend ≤ 0 (naming
 *   its index); `INVALID_TYPE`, `NOT_FINITE` or `NOT_INTEGER` for malformed
 *   values, or customers that are not a list; `INVALID_OPTION` for bad options; `NOT_CONVERGED` when the
 *   optimiser does not converge.
 *
 * @example
 * ```ts
 * const buyers = [
 *   { frequency: 2, monetaryValue: 22.35 },
 *   { frequency: 1, monetaryValue: 11.77 },
 *   { frequency: 7, monetaryValue: 73.74 },
 *   { frequency: 1, monetaryValue: 11.77 },
 *   { frequency: 2, monetaryValue: 25.55 },
 *   { frequency: 5, monetaryValue: 47.38 },
 * ];
 * const fit = fitGammaGamma(buyers);
 * Object.keys(fit); // => ['p', 'q', 'v', 'logLikelihood', 'iterations', 'standardErrors']
 * ```
 */
export function fitGammaGamma(customers: ArrayLike<Spend> | Iterable<Spend>, options?: FitOptions): GammaGammaFit {
  const fn = 'fitGammaGamma';
  const list = readList(fn, customers);
  const n = list.length;
  const read = new SpendColumns();
  for (let i = 0; i < n; i++) read.add(readSpend(fn, `customers[${i}]`, list[i], i));
  const columns = read.done();
  const { params, logLikelihood, iterations, standardErrors: se } = fitMaximumLikelihood(fn, ['p', 'q', 'v'], options, n, (p, gradient) =>
    gammaGammaLogLikelihood(columns, p[0]!, p[1]!, p[2]!, gradient),
  );
  const standardErrors = { p: se[0]!, q: se[1]!, v: se[2]! };
  return { p: params[0]!, q: params[1]!, v: params[2]!, logLikelihood, iterations, standardErrors };
}

/**
 * The customers of a Gamma-Gamma fit as the log-likelihood reads them: per
 * customer x, x·m̄, ln m̄, ln x and the index of x among the distinct
 * frequencies, so that the Gamma and digamma functions of p·x, which cost
 * most, are taken once per frequency rather than once per customer. Grown
 * as read, as in readRecencyColumns: nothing is allocated for customers not
 * yet read.
 */
class SpendColumns {
  private readonly x: number[] = [];
  private readonly xm: number[] = [];
  private readonly lnM: number[] = [];
  private readonly lnX: number[] = [];
  private readonly group: number[] = [];
  private readonly at = new Map<number, number>();
  private readonly distinct: number[] = [];

  add(c: Spend): void {
    const x = c.frequency;
    const m = c.monetaryValue;
    this.x.push(x);
    this.xm.push(x * m);
    this.lnM.push(Math.log(m));
    this.lnX.push(Math.log(x));
    let j = this.at.get(x);
    if (j === undefined) {
      j = this.distinct.length;
      this.at.set(x, j);
      this.distinct.push(x);
    }
    this.group.push(j);
  }

  done(): GammaGammaColumns {
    const k = this.distinct.length;
    return {
      x: Float64Array.from(this.x),
      xm: Float64Array.from(this.xm),
      lnM: Float64Array.from(this.lnM),
      lnX: Float64Array.from(this.lnX),
      group: Int32Array.from(this.group),
      distinct: Float64Array.from(this.distinct),
      gammas: new Float64Array(k),
      psiP: new Float64Array(k),
      psiQ: new Float64Array(k),
    };
  }
}

interface GammaGammaColumns {
  readonly x: Float64Array;
  readonly xm: Float64Array;
  readonly lnM: Float64Array;
  readonly lnX: Float64Array;
  readonly group: Int32Array;
  readonly distinct: Float64Array;
  /** Per distinct frequency, filled at each evaluation: ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v. */
  readonly gammas: Float64Array;
  /** ψ(px + q) − ψ(px). */
  readonly psiP: Float64Array;
  /** ψ(px + q) − ψ(q) + ln v. */
  readonly psiQ: Float64Array;
}

/**
 * Σ ln f(m̄ᵢ | xᵢ), and its gradient with respect to (p, q, v) written into
 * `gradient` when given: per customer
 * ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄ + px ln x − (px + q) ln(v + x·m̄).
 * The terms in p·x alone are taken once per distinct frequency; each
 * customer's term is then the same sum, in the same order, as when they
 * were taken for every customer.
 */
function gammaGammaLogLikelihood(c: GammaGammaColumns, p: number, q: number, v: number, gradient?: Float64Array): number {
  const lnV = Math.log(v);
  const lnGammaQ = logGamma(q);
  const psiQ = gradient ? digamma(q) : 0;
  const { gammas, psiP: dp, psiQ: dq } = c;
  for (let j = 0; j < c.distinct.length; j++) {
    const px = p * c.distinct[j]!;
    gammas[j] = logGamma(px + q) - logGamma(px) - lnGammaQ + q * lnV;
    if (gradient) {
      const psiSum = digamma(px + q);
      dp[j] = psiSum - digamma(px);
      dq[j] = psiSum - psiQ + lnV;
    }
  }
  let total = 0;
  let gp = 0;
  let gq = 0;
  let gv = 0;
  for (let i = 0; i < c.x.length; i++) {
    const x = c.x[i]!;
    const j = c.group[i]!;
    const px = p * x;
    const lnM = c.lnM[i]!;
    const lnX = c.lnX[i]!;
    const lnTotal = Math.log(v + c.xm[i]!);
    total += gammas[j]! + (px - 1) * lnM + px * lnX - (px + q) * lnTotal;
    if (gradient) {
      gp += x * (dp[j]! + lnM + lnX - lnTotal);
      gq += dq[j]! - lnTotal;
      gv += q / v - (px + q) / (v + c.xm[i]!);
    }
  }
  if (gradient) {
    gradient[0] = gp;
    gradient[1] = gq;
    gradient[2] = gv;
  }
  return total;
}

/**
 * The expected mean transaction value of a customer, given their repeat
 * purchases: E[M | p, q, v, x, m̄].
 *
 * @summary Gamma-Gamma: a customer's expected average transaction value.
 *
 * @remarks
 * E[M | x, m̄] = p(v + x m̄)/(px + q − 1)
 *   = (q − 1)/(px + q − 1) · pv/(q − 1) + px/(px + q − 1) · m̄,
 * a weighted mean of the population mean pv/(q − 1) and the customer's own
 * mean m̄, leaning to m̄ as x grows (Fader & Hardie 2013, equation 5). A
 * customer without repeat purchases (x = 0) gets the population mean. Needs
 * q > 1 for the population mean to exist.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency` and `monetaryValue` (0 without repeats).
 * @returns The expected average transaction value.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters (q ≤ 1
 *   included); `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `OUT_OF_RANGE`
 *   for an invalid customer (a frequency above 2^53 − 1 included);
 *   `NOT_FINITE` when the expected value overflows the double range (an
 *   extreme p or v, or a mean spend near 1.8e308).
 *
 * @example
 * ```ts
 * const params = { p: 6, q: 4, v: 15 };
 * // population mean pv/(q − 1) = 30
 * gammaGammaExpectedAverageValue(params, { frequency: 0, monetaryValue: 0 }); // => 30
 * // x = 1, m̄ = 50: 6(15 + 50)/(6 + 4 − 1) = 390/9
 * gammaGammaExpectedAverageValue(params, { frequency: 1, monetaryValue: 50 }); // => 43.333333333333336
 * ```
 */
export function gammaGammaExpectedAverageValue(params: GammaGammaParameters, customer: Spend): number {
  const fn = 'gammaGammaExpectedAverageValue';
  return expectedAverageValue(fn, readGammaGammaParameters(fn, 'params', params), readSpendOrNone(fn, customer));
}

/**
 * E[M | x, m̄] for parameters and a customer that have been checked, `fn`
 * naming the function called in an error. Where p(v + x m̄) overflows, the
 * same value as (v + x m̄)/(x + (q − 1)/p); `NOT_FINITE` where the value
 * itself does (the population mean pv/(q − 1) of an extreme p or v).
 */
export function expectedAverageValue(fn: string, params: GammaGammaParameters, customer: Spend): number {
  const { p, q, v } = params;
  const { frequency: x, monetaryValue: m } = customer;
  const value = (p * (v + x * m)) / (p * x + q - 1);
  if (Number.isFinite(value)) return value;
  const rearranged = x > 0 ? (v + x * m) / (x + (q - 1) / p) : (v / (q - 1)) * p;
  return finitePrediction(fn, rearranged, 'the expected average value', `${describeParameters(params)}, frequency = ${x}, monetaryValue = ${m}`);
}

/** A customer for prediction: a repeat buyer, or frequency 0 (monetary value 0). */
export function readSpendOrNone(fn: string, customer: unknown): Spend {
  if (customer !== null && typeof customer === 'object') {
    const c = customer as Record<string, unknown>;
    if (c['frequency'] === 0) {
      if (c['monetaryValue'] !== 0) {
        fail('INVALID_COUNTS', fn, `customer has frequency 0 but monetaryValue ${describeValue(c['monetaryValue'])}; without repeat purchases it is 0`);
      }
      return { frequency: 0, monetaryValue: 0 };
    }
  }
  return readSpend(fn, 'customer', customer);
}

/**
 * Checks Gamma-Gamma parameters: three finite numbers > 0, with q > 1.
 * `name` is how messages name them (`params`).
 */
export function readGammaGammaParameters(fn: string, name: string, params: unknown): GammaGammaParameters {
  if (params === null || typeof params !== 'object') {
    fail('INVALID_OPTION', fn, `${name} must be { p, q, v }, got ${describeKind(params)}`);
  }
  const o = params as Record<string, unknown>;
  const out = {
    p: readParameter(fn, `${name}.p`, o['p']),
    q: readParameter(fn, `${name}.q`, o['q']),
    v: readParameter(fn, `${name}.v`, o['v']),
  };
  if (out.q <= 1) fail('INVALID_OPTION', fn, `${name}.q ${out.q} must be > 1 for the expected spend to exist`);
  return out;
}
