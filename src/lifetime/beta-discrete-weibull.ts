import { digamma, logBeta, logGamma } from '../_lib/special.js';
import { readCohorts, type CohortInput } from './cohorts.js';
import type { FitOptions } from './fit.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';
import { describeParameters, finitePrediction, readPositiveParameters, readWhole } from './parameters.js';

/**
 * The parameters of a beta-discrete-Weibull (BdW) model of contractual
 * retention: the sBG with duration dependence. A customer with churn
 * parameter θ survives t periods with probability (1 − θ)^(t^c), and θ is
 * Beta(α, β) across customers.
 */
export interface BetaDiscreteWeibullParameters {
  /** First shape of the Beta distribution of θ. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of θ. */
  readonly beta: number;
  /**
   * The Weibull shape: c < 1, each customer grows less likely to churn the
   * longer they stay; c > 1, more likely; c = 1 is the sBG.
   */
  readonly c: number;
}

/** A fitted BdW model: its parameters, log-likelihood, iterations and standard errors. */
export interface BetaDiscreteWeibullFit extends BetaDiscreteWeibullParameters, FitStatistics<BetaDiscreteWeibullParameters> {}

const BDW_NAMES = ['alpha', 'beta', 'c'] as const satisfies readonly (keyof BetaDiscreteWeibullParameters)[];

/**
 * Fits the beta-discrete-Weibull model (Fader, Hardie, Liu, Davin &
 * Steenburgh, "How to Project Customer Retention Revisited: The Role of
 * Duration Dependence", Journal of Interactive Marketing 43, 2018) to the
 * survivors of one or more cohorts by maximum likelihood.
 *
 * @summary Fit a BdW retention model to a cohort's survivors.
 *
 * @remarks
 * S(t) = B(α, β + t^c)/B(α, β) and P(T = t) = S(t − 1) − S(t); a cohort
 * with survivors n₀, …, n_T contributes Σₜ (nₜ₋₁ − nₜ) ln P(T = t) +
 * n_T ln S(T), as in {@link fitShiftedBetaGeometric}, which is the case c = 1.
 * The gradient uses the digamma function; fit, polish, standard errors and
 * options as for {@link fitShiftedBetaGeometric} (`initial` is [α, β, c],
 * default 1 each). With only a few periods, c and the heterogeneity of θ
 * are hard to tell apart: the standard errors say how well c is determined.
 *
 * @param survivors - One cohort's survivors (`survivors[0]` the cohort's size), or a list of cohorts.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link BetaDiscreteWeibullFit}.
 * @throws {@link MetricError} The input errors of {@link fitShiftedBetaGeometric};
 *   `INVALID_OPTION` for bad options; `NOT_CONVERGED` with the last
 *   parameters and gradient norm when the fit does not converge.
 *
 * @example
 * ```ts
 * // the "high end" cohort of Fader & Hardie (2007): c > 1, customers grow likelier to leave
 * const fit = fitBetaDiscreteWeibull([1000, 869, 743, 653, 593, 551, 517, 491]);
 * fit.c.toFixed(2); // => '1.72'
 * ```
 */
export function fitBetaDiscreteWeibull(survivors: CohortInput, options?: FitOptions): BetaDiscreteWeibullFit {
  const fn = 'fitBetaDiscreteWeibull';
  const cohorts = readCohorts(fn, survivors);
  const fit = fitMaximumLikelihood(fn, BDW_NAMES, options, cohorts.customers, (p, gradient) =>
    bdwLogLikelihood(cohorts.survivors, p[0]!, p[1]!, p[2]!, gradient),
  );
  const [alpha, beta, c] = fit.params;
  const [alphaError, betaError, cError] = fit.standardErrors;
  return {
    alpha: alpha!,
    beta: beta!,
    c: c!,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    standardErrors: { alpha: alphaError!, beta: betaError!, c: cError! },
  };
}

/** ln S(t) and its gradient (α, β, c) into `out`, for t ≥ 0. */
function logSurvival(alpha: number, beta: number, c: number, t: number, out: Float64Array): number {
  if (t === 0) {
    out.fill(0);
    return 0;
  }
  const u = Math.pow(t, c);
  const psiAll = digamma(alpha + beta + u);
  const psiB = digamma(beta + u);
  const psiAB = digamma(alpha + beta);
  out[0] = psiAB - psiAll;
  out[1] = psiB - psiAll - digamma(beta) + psiAB;
  out[2] = (psiB - psiAll) * u * Math.log(t);
  return logBeta(alpha, beta + u) - logBeta(alpha, beta);
}

/** The BdW log-likelihood of the cohorts and its gradient with respect to (α, β, c). */
function bdwLogLikelihood(cohorts: readonly Float64Array[], alpha: number, beta: number, c: number, gradient: Float64Array): number {
  const before = new Float64Array(3);
  const after = new Float64Array(3);
  let total = 0;
  gradient.fill(0);
  for (const n of cohorts) {
    let lnBefore = logSurvival(alpha, beta, c, 0, before);
    for (let t = 1; t < n.length; t++) {
      const lnAfter = logSurvival(alpha, beta, c, t, after);
      const lost = n[t - 1]! - n[t]!;
      if (lost > 0) {
        // P(T = t) = S(t − 1) − S(t) = S(t − 1)(1 − e^(ln S(t) − ln S(t − 1)))
        const ratio = Math.exp(lnAfter - lnBefore);
        const share = -Math.expm1(lnAfter - lnBefore);
        total += lost * (lnBefore + Math.log(share));
        // ∂ ln P = (∂ ln S(t−1) − ratio ∂ ln S(t)) / (1 − ratio)
        for (let k = 0; k < 3; k++) gradient[k]! += (lost * (before[k]! - ratio * after[k]!)) / share;
      }
      lnBefore = lnAfter;
      before.set(after);
    }
    const kept = n[n.length - 1]!;
    if (kept > 0) {
      total += kept * lnBefore;
      for (let k = 0; k < 3; k++) gradient[k]! += kept * before[k]!;
    }
  }
  return total;
}

/**
 * The BdW survival function: the probability that a customer is still a
 * customer after t renewal opportunities.
 *
 * @summary BdW: S(t) = B(α, β + t^c)/B(α, β).
 *
 * @remarks
 * S(t) = B(α, β + t^c)/B(α, β) (Fader, Hardie, Liu, Davin & Steenburgh
 * 2018); S(0) = 1. With c = 1 it is {@link sbgSurvival}. Where t^c
 * overflows the double range (c above about 1e173 at t = 3), ln B(α, β + t^c)
 * is its limit ln Γ(α) − α c ln t.
 *
 * @param params - The model's α, β and c.
 * @param t - Periods, a whole number ≥ 0.
 * @returns A probability in [0, 1] (0 where S underflows).
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   errors of {@link sbgSurvival} for a bad `t`; `OUT_OF_RANGE` where the
 *   parameters are too extreme for ln B to be computed (never NaN).
 *
 * @example
 * ```ts
 * // α = β = c = 1: S(t) = 1/(t + 1), as the sBG
 * bdwSurvival({ alpha: 1, beta: 1, c: 1 }, 3); // ≈ 0.25
 * ```
 */
export function bdwSurvival(params: BetaDiscreteWeibullParameters, t: number): number {
  const fn = 'bdwSurvival';
  const { alpha, beta, c } = readPositiveParameters(fn, params, BDW_NAMES);
  const periods = readWhole(fn, 't', t, 0);
  const value = periods === 0 ? 1 : atMostOne(Math.exp(logShiftedBeta(alpha, beta, c, periods) - logBeta(alpha, beta)));
  return finitePrediction(fn, value, `S(${periods})`, describeParameters({ alpha, beta, c }));
}

/**
 * S(t), or S(t)/S(t − 1), which cannot pass 1, taken down to 1 where it
 * does by rounding: the difference of two ln B of up to 745 (a tiny α) is
 * off by up to about 1e-13. A larger excess is not rounding, and is left
 * as it is.
 */
function atMostOne(x: number): number {
  return x > 1 && x - 1 < 1e-12 ? 1 : x;
}

/**
 * ln B(α, β + t^c), for t ≥ 1. Where t^c overflows, its limit for a large
 * shift: ln B(α, β + u) = ln Γ(α) − α ln u + O(1/u), with ln u = c ln t.
 */
function logShiftedBeta(alpha: number, beta: number, c: number, t: number): number {
  const u = Math.pow(t, c);
  return u === Infinity ? logGamma(alpha) - alpha * c * Math.log(t) : logBeta(alpha, beta + u);
}

/**
 * The BdW retention rate of period t: the share of the customers at the
 * start of period t who renew at its end, as a percentage.
 *
 * @summary BdW: r(t) = S(t)/S(t − 1), a percentage.
 *
 * @remarks
 * r(t) = 100 · S(t)/S(t − 1). Unlike the sBG's, it can fall with t when
 * c > 1: the customers who stay grow likelier to leave faster than the
 * likely leavers are sorted out.
 *
 * @param params - The model's α, β and c.
 * @param t - The period, a whole number ≥ 1.
 * @returns A percentage in [0, 100].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   errors of {@link sbgSurvival} for a `t` that is not a whole number ≥ 1;
 *   `OUT_OF_RANGE` where the parameters are too extreme for ln B to be
 *   computed, as {@link bdwSurvival}.
 *
 * @example
 * ```ts
 * // α = 1, β = 3, c = 1: the sBG's 3/4 in period 1
 * bdwRetentionRate({ alpha: 1, beta: 3, c: 1 }, 1); // ≈ 75
 * ```
 */
export function bdwRetentionRate(params: BetaDiscreteWeibullParameters, t: number): number {
  const fn = 'bdwRetentionRate';
  const { alpha, beta, c } = readPositiveParameters(fn, params, BDW_NAMES);
  const period = readWhole(fn, 't', t, 1);
  const lnBefore = period === 1 ? logBeta(alpha, beta) : logShiftedBeta(alpha, beta, c, period - 1);
  return finitePrediction(fn, 100 * atMostOne(Math.exp(logShiftedBeta(alpha, beta, c, period) - lnBefore)), `r(${period})`, describeParameters({ alpha, beta, c }));
}
