import { share } from '../_lib/rate.js';
import { hyp2f1, logBeta } from '../_lib/special.js';
import { fail, readOptions, readPercentageOption, readWholeOption } from '../_lib/validate.js';
import { readCohorts, type CohortInput } from './cohorts.js';
import type { FitOptions } from './fit.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';
import { readPositiveParameters, readWhole } from './parameters.js';

/**
 * The parameters of a shifted-beta-geometric (sBG) model of contractual
 * retention: each customer churns at each renewal with their own probability
 * θ, and θ varies across customers as Beta(α, β).
 */
export interface ShiftedBetaGeometricParameters {
  /** First shape of the Beta distribution of churn probabilities. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of churn probabilities. */
  readonly beta: number;
}

/** A fitted sBG model: its parameters, log-likelihood, iterations and standard errors. */
export interface ShiftedBetaGeometricFit extends ShiftedBetaGeometricParameters, FitStatistics<ShiftedBetaGeometricParameters> {}

/** Options of {@link sbgDiscountedResidualLifetime}. */
export interface DiscountedResidualLifetimeOptions {
  /** Renewals the customer has made so far: a whole number ≥ 0 (0 for a customer in their first period). */
  readonly renewals: number;
  /** The discount rate per period, a percentage (10 for 10%) from 0 to 100. */
  readonly discountRate: number;
}

const DERL_OPTION_KEYS = ['renewals', 'discountRate'] as const satisfies readonly (keyof DiscountedResidualLifetimeOptions)[];
const SBG_NAMES = ['alpha', 'beta'] as const satisfies readonly (keyof ShiftedBetaGeometricParameters)[];

/**
 * Fits the shifted-beta-geometric model (Fader & Hardie, "How to Project
 * Customer Retention", Journal of Interactive Marketing 21, 2007) to the
 * survivors of one or more cohorts by maximum likelihood.
 *
 * @summary Fit an sBG retention model to a cohort's survivors.
 *
 * @remarks
 * The time T at which a customer churns is shifted-geometric given θ, and θ
 * is Beta(α, β), so P(T = t) = B(α + 1, β + t − 1)/B(α, β) and the survival
 * S(t) = P(T > t) = B(α, β + t)/B(α, β). A cohort with survivors n₀, n₁, …, n_T
 * contributes ln L = Σₜ₌₁..T (nₜ₋₁ − nₜ) ln P(T = t) + n_T ln S(T): those who
 * left at each renewal, and those still there. Several cohorts are fitted
 * together, sharing α and β. The fit is by BFGS on the log-parameters
 * with the exact gradient, polished by Newton's method to the optimum, with
 * standard errors from the observed information; options as for
 * {@link fitBgNbd}. On the paper's "regular" cohort (1000, 631, 468, 382,
 * 326, 289, 262, 241) it gives α = 0.704 and β = 1.182, the published figures.
 *
 * @param survivors - One cohort's survivors (`survivors[0]` the cohort's
 *   size, `survivors[t]` those left after t renewals), or a list of cohorts.
 * @param options - {@link FitOptions}; `initial` is [α, β].
 * @returns The fitted {@link ShiftedBetaGeometricFit}.
 * @throws {@link MetricError} `EMPTY_INPUT` for fewer than two survivor
 *   counts or a cohort of 0; `INVALID_COUNTS` for survivors that increase or
 *   are negative; `INVALID_TYPE`, `NOT_FINITE` or `NOT_INTEGER` for counts
 *   that are not whole numbers; `INVALID_OPTION` for bad options;
 *   `NOT_CONVERGED`, with the last parameters and gradient norm, when the
 *   fit does not converge (as when no one ever leaves: then β grows without
 *   bound).
 *
 * @example
 * ```ts
 * const fit = fitShiftedBetaGeometric([1000, 631, 468, 382, 326, 289, 262, 241]);
 * fit.alpha.toFixed(3); // => '0.704'
 * fit.beta.toFixed(3); // => '1.182'
 * ```
 */
export function fitShiftedBetaGeometric(survivors: CohortInput, options?: FitOptions): ShiftedBetaGeometricFit {
  const fn = 'fitShiftedBetaGeometric';
  const cohorts = readCohorts(fn, survivors);
  const fit = fitMaximumLikelihood(fn, SBG_NAMES, options, cohorts.customers, (p, gradient) =>
    sbgLogLikelihood(cohorts.survivors, p[0]!, p[1]!, gradient),
  );
  const [alpha, beta] = fit.params;
  const [alphaError, betaError] = fit.standardErrors;
  return {
    alpha: alpha!,
    beta: beta!,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    standardErrors: { alpha: alphaError!, beta: betaError! },
  };
}

/**
 * Σ over the cohorts of Σₜ (nₜ₋₁ − nₜ) ln P(T = t) + n_T ln S(T), and its
 * gradient with respect to (α, β), by the recursions P(T = 1) = α/(α + β),
 * P(T = t) = P(T = t − 1)(β + t − 2)/(α + β + t − 1) and
 * S(t) = S(t − 1)(β + t − 1)/(α + β + t − 1), in logs.
 */
function sbgLogLikelihood(cohorts: readonly Float64Array[], alpha: number, beta: number, gradient: Float64Array): number {
  let total = 0;
  let ga = 0;
  let gb = 0;
  for (const n of cohorts) {
    // ln S(t − 1) and ln P(T = t), with their derivatives
    let lnS = 0;
    let sa = 0;
    let sb = 0;
    for (let t = 1; t < n.length; t++) {
      const ab = alpha + beta + t - 1;
      // P(T = t) = S(t − 1) · α/(α + β + t − 1)
      const lost = n[t - 1]! - n[t]!;
      if (lost > 0) {
        total += lost * (lnS + Math.log(alpha) - Math.log(ab));
        ga += lost * (sa + 1 / alpha - 1 / ab);
        gb += lost * (sb - 1 / ab);
      }
      // S(t) = S(t − 1) · (β + t − 1)/(α + β + t − 1)
      lnS += Math.log(beta + t - 1) - Math.log(ab);
      sa -= 1 / ab;
      sb += 1 / (beta + t - 1) - 1 / ab;
    }
    const kept = n[n.length - 1]!;
    if (kept > 0) {
      total += kept * lnS;
      ga += kept * sa;
      gb += kept * sb;
    }
  }
  gradient[0] = ga;
  gradient[1] = gb;
  return total;
}

/**
 * The sBG survival function: the probability that a customer is still a
 * customer after t renewal opportunities.
 *
 * @summary sBG: S(t), the probability of surviving t periods.
 *
 * @remarks
 * S(t) = B(α, β + t)/B(α, β) = Πⱼ₌₀..ₜ₋₁ (β + j)/(α + β + j) (Fader & Hardie
 * 2007, equation 5); S(0) = 1. Multiply by a cohort's size for the
 * projected survivors.
 *
 * @param params - The model's α and β.
 * @param t - Periods, a whole number ≥ 0.
 * @returns A probability in (0, 1].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters;
 *   `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `OUT_OF_RANGE` for a `t`
 *   that is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * // α = 1, β = 1: S(t) = 1/(t + 1)
 * sbgSurvival({ alpha: 1, beta: 1 }, 3); // ≈ 0.25
 * ```
 */
export function sbgSurvival(params: ShiftedBetaGeometricParameters, t: number): number {
  const fn = 'sbgSurvival';
  const { alpha, beta } = readPositiveParameters(fn, params, SBG_NAMES);
  return survival(alpha, beta, readWhole(fn, 't', t, 0));
}

/**
 * The sBG retention rate of period t: the share of the customers at the
 * start of period t who renew at its end, as a percentage.
 *
 * @summary sBG: r(t) = S(t)/S(t − 1), a percentage.
 *
 * @remarks
 * r(t) = 100 · S(t)/S(t − 1) = 100 · (β + t − 1)/(α + β + t − 1) (Fader &
 * Hardie 2007, equation 6). It rises with t for every α, β > 0: not because
 * any customer becomes more loyal, but because those with a high churn
 * probability leave first (the more heterogeneous θ, the smaller α and β,
 * the steeper the rise).
 *
 * @param params - The model's α and β.
 * @param t - The period, a whole number ≥ 1.
 * @returns A percentage in (0, 100).
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   errors of {@link sbgSurvival} for a `t` that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * // α = 1, β = 3: r(1) = 3/4, r(2) = 4/5
 * sbgRetentionRate({ alpha: 1, beta: 3 }, 1); // => 75
 * sbgRetentionRate({ alpha: 1, beta: 3 }, 2); // => 80
 * ```
 */
export function sbgRetentionRate(params: ShiftedBetaGeometricParameters, t: number): number {
  const fn = 'sbgRetentionRate';
  const { alpha, beta } = readPositiveParameters(fn, params, SBG_NAMES);
  const period = readWhole(fn, 't', t, 1);
  // β + (t − 1), not (β + t) − 1, which is 0 for a β below 2^-53 at t = 1
  const before = period - 1;
  // as a share, so that an α lost beside a huge β gives 100, not 100 plus a unit in the last place
  const value = share(beta + before, alpha + beta + before);
  // 100 (β + t − 1) overflows for β near the top of the double range; the ratio does not
  return Number.isFinite(value) ? value : 100 / (1 + alpha / (beta + before));
}

/**
 * The discounted expected residual lifetime (DERL) of a customer who has
 * renewed `renewals` times: the expected number of further periods they pay
 * for, each discounted, counted from their next renewal decision.
 *
 * @summary sBG: DERL, expected discounted periods still to come.
 *
 * @remarks
 * DERL(d | α, β, n − 1 renewals) = Σₜ₌ₙ..∞ S(t)/S(n − 1) / (1 + d)^(t − n)
 * = (β + n − 1)/(α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d))
 * (Fader & Hardie, "Customer-Base Valuation in a Contractual Setting: The
 * Perils of Ignoring Heterogeneity", Marketing Science 29, 2010, equation 6),
 * with n − 1 = `renewals` and d = `discountRate`/100. The convention is the
 * paper's: the customer is valued just before the renewal at the end of
 * their current period, and the first term, the probability of renewing once
 * more, is not discounted, because the payment it brings falls at that
 * renewal, now; each later renewal is discounted one period more. (Valuing
 * from the start of the current period instead divides the result by
 * 1 + d.) Multiply by the margin per period for the customer's expected
 * residual value. With d = 0 it is the expected number of renewals to come,
 * (β + n − 1)/(α − 1), finite only for α > 1.
 *
 * @param params - The model's α and β.
 * @param options - {@link DiscountedResidualLifetimeOptions}: `renewals` and `discountRate`.
 * @returns The discounted expected number of periods still to come, > 0.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters, a
 *   missing, fractional or negative `renewals`, a `discountRate` outside
 *   0–100, an unknown option, or a `discountRate` of 0 with α ≤ 1 (the
 *   expected lifetime is then infinite).
 *
 * @example
 * ```ts
 * // α = 2, β = 3, no discounting: (β + n − 1)/(α − 1) with n − 1 = 2 renewals
 * sbgDiscountedResidualLifetime({ alpha: 2, beta: 3 }, { renewals: 2, discountRate: 0 }); // => 5
 * sbgDiscountedResidualLifetime({ alpha: 2, beta: 3 }, { renewals: 2, discountRate: 10 }) < 5; // => true
 * ```
 */
export function sbgDiscountedResidualLifetime(params: ShiftedBetaGeometricParameters, options: DiscountedResidualLifetimeOptions): number {
  const fn = 'sbgDiscountedResidualLifetime';
  const { alpha, beta } = readPositiveParameters(fn, params, SBG_NAMES);
  const o = readOptions(fn, options, DERL_OPTION_KEYS);
  const renewals = readWholeOption(fn, 'renewals', o.renewals);
  if (renewals === undefined) fail('INVALID_OPTION', fn, 'option renewals is missing (a whole number ≥ 0: 0 for a customer in their first period)');
  const rate = readPercentageOption(fn, 'discountRate', o.discountRate);
  if (rate === undefined) fail('INVALID_OPTION', fn, 'option discountRate is missing (a percentage: 10 for 10%)');
  const d = rate / 100;
  const n = renewals + 1;
  // β + (n − 1), not (β + n) − 1, which is 0 for a β below 2^-53 before the first renewal
  const renew = (beta + renewals) / (alpha + beta + renewals);
  if (d === 0) {
    if (alpha <= 1) {
      fail('INVALID_OPTION', fn, `without discounting the expected residual lifetime is infinite for alpha ≤ 1 (alpha is ${alpha}); give a discountRate > 0`);
    }
    return (beta + renewals) / (alpha - 1);
  }
  const value = renew * hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + d));
  if (!Number.isFinite(value)) {
    fail('INVALID_OPTION', fn, `discountRate ${rate} is too close to 0 for the series to be summed at alpha = ${alpha}; give a larger rate`);
  }
  return value;
}

/** S(t) = Πⱼ<ₜ (β + j)/(α + β + j), by the product up to 10,000 periods and ln B beyond. */
export function survival(alpha: number, beta: number, t: number): number {
  if (t > 10_000) return Math.exp(logBeta(alpha, beta + t) - logBeta(alpha, beta));
  let lnS = 0;
  for (let j = 0; j < t; j++) {
    // ln((β + j)/(α + β + j)): as log1p of minus the churn share where the ratio is near 1, and as the ratio's log where it is
    // small, as for a β of 1e-300, whose share α/(α + β) rounds to 1 and would make S(1) = β/(α + β) a 0
    const q = (beta + j) / (alpha + beta + j);
    lnS += q < 0.5 ? Math.log(q) : Math.log1p(-alpha / (alpha + beta + j));
  }
  return Math.exp(lnS);
}
