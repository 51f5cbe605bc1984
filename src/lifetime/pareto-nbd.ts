import { hypergeometricWork, logHypergeometricShifted, type ShiftedHypergeometricDerivatives } from '../_lib/hypergeometric.js';
import { logGamma, logIntegralAway } from '../_lib/special.js';
import { fail } from '../_lib/validate.js';
import type { FitOptions } from './fit.js';
import { frequencyIndex, gammaTables, logPochhammerRatio, type FrequencyIndex } from './frequencies.js';
import { readRecency, readRecencyColumns, type Recency } from './history.js';
import { fitMaximumLikelihood, type FitStatistics } from './maximum-likelihood.js';
import { historyPatterns, type HistoryPatterns } from './patterns.js';
import { describeParameters, finitePrediction, readHorizon, readPositiveParameters, readWhole } from './parameters.js';

/**
 * The parameters of a Pareto/NBD model: while alive, a customer buys at
 * their own Poisson rate λ and stays alive an exponential time with their
 * own rate μ; λ is Gamma(r, α) and μ is Gamma(s, β) across customers.
 */
export interface ParetoNbdParameters {
  /** Shape of the Gamma distribution of purchase rates λ. */
  readonly r: number;
  /** Rate of the Gamma distribution of λ, in the time unit of the histories. */
  readonly alpha: number;
  /** Shape of the Gamma distribution of dropout rates μ. */
  readonly s: number;
  /** Rate of the Gamma distribution of μ, in the time unit of the histories. */
  readonly beta: number;
}

/** A fitted Pareto/NBD model: its parameters, log-likelihood, iterations and standard errors. */
export interface ParetoNbdFit extends ParetoNbdParameters, FitStatistics<ParetoNbdParameters> {}

const PARETO_NAMES = ['r', 'alpha', 's', 'beta'] as const satisfies readonly (keyof ParetoNbdParameters)[];

/**
 * The largest shape r or s a fit evaluates (BTYD caps every parameter at
 * 10,000 too): a Gamma distribution of shape 10,000 varies by 1% around its
 * mean, so beyond it purchase rates or lifetimes are as good as homogeneous,
 * and the data cannot tell such shapes apart. A fit that ends above half of
 * it is heading for that limit and throws NOT_CONVERGED.
 */
const SHAPE_CEILING = 1e4;

/**
 * The most evaluations of the ₂F₁ integrand a fit may make: a base and so
 * many for each distinct history, the cost of one likelihood evaluation
 * growing with them. A fit of CDNOW makes none (its z stay below 0.99); one
 * of 2,000 simulated customers with α = 2,000 and β = 5 over T = 365, whose
 * z come near 1, made 441,259 (under 300 per distinct history); a fit of
 * three customers whose parameters ran to extremes (α near 1e-313, r or s
 * near 0, where each integral has a spike of width 1 − z near 1e-54) made
 * 30 million and took 4–9 s before it failed anyway. The budget ends such a
 * fit in about 0.2 s for a few customers.
 */
const INTEGRAL_BASE = 1e6;
const INTEGRAL_PER_HISTORY = 2e4;

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo, "Counting Your
 * Customers: Who Are They and What Will They Do Next?", Management Science
 * 33, 1987) to customer histories by maximum likelihood.
 *
 * @summary Fit a Pareto/NBD model to frequency, recency and T.
 *
 * @remarks
 * A customer with x repeat purchases, the last at tₓ, observed for T,
 * contributes ln L with
 * L = Γ(r + x) αʳ βˢ / Γ(r) · (m + tₓ)^−w · [s/w · ₂F₁(w, b₁; w + 1; z₁)
 *   + (r + x)/w · ₂F₁(w, b₂; w + 1; z₂) · ((m + tₓ)/(m + T))^w],
 * w = r + s + x, m = max(α, β), zₖ = |α − β|/(m + tₓ) and |α − β|/(m + T),
 * (b₁, b₂) = (s + 1, s) when α ≥ β and (r + x, r + x + 1) when α < β. This
 * is the likelihood of Fader & Hardie, "A Note on Deriving the Pareto/NBD
 * Model and Related Expressions" (2005), rewritten by the contiguous
 * relations of ₂F₁ so that its two terms are both positive: the published
 * A₀ is a difference of two ₂F₁ terms that cancel for customers with a
 * recent purchase. As in the MATLAB note (Fader, Hardie & Lee, "A Note on
 * Implementing the Pareto/NBD Model in MATLAB", 2005), taking m = max(α, β)
 * keeps 0 ≤ z < 1, and ₂F₁ is summed as its power series (Euler's
 * transformation where that converges faster), in logs; the two terms are
 * added by log-sum-exp, so that large x or T cannot overflow. The gradient
 * is exact: the series of the derivatives of ₂F₁ is summed with it. BFGS on
 * the log-parameters, polished by Newton's method, with standard errors from
 * the observed information; options as for {@link fitBgNbd} (`initial` is
 * [r, α, s, β]). On CDNOW it gives r = 0.553, α = 10.578, s = 0.606,
 * β = 11.669 and ln L = −9594.98, the published figures.
 *
 * @param customers - Histories with `frequency`, `recency` and `T`, all in one
 *   time unit, as any array or iterable.
 * @param options - {@link FitOptions}.
 * @returns The fitted {@link ParetoNbdFit}.
 * @throws {@link MetricError} The history errors of {@link fitBgNbd}
 *   (recency greater than T included); `INVALID_OPTION` for bad options;
 *   `NOT_CONVERGED` with the last parameters and gradient norm.
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
 * const fit = fitParetoNbd(customers);
 * fit.logLikelihood < 0; // => true
 * ```
 */
export function fitParetoNbd(customers: ArrayLike<Recency> | Iterable<Recency>, options?: FitOptions): ParetoNbdFit {
  const fn = 'fitParetoNbd';
  const columns = readRecencyColumns(fn, customers);
  const patterns = historyPatterns(columns);
  const index = frequencyIndex(patterns.frequency);
  const allowed = INTEGRAL_BASE + INTEGRAL_PER_HISTORY * patterns.frequency.length;
  const budget = hypergeometricWork() + allowed;
  const fit = fitMaximumLikelihood(fn, PARETO_NAMES, options, columns.frequency.length, (p, gradient) => {
    if (hypergeometricWork() > budget) {
      fail(
        'NOT_CONVERGED',
        fn,
        `the fit stopped after ${allowed} evaluations of the ₂F₁ integrals at parameters r = ${p[0]}, alpha = ${p[1]}, s = ${p[2]}, beta = ${p[3]}: at such extremes each likelihood costs thousands of times its usual work; the data leave the Pareto/NBD without a usable maximum (try the BG/NBD)`,
      );
    }
    return paretoNbdLogLikelihood(patterns, index, p[0]!, p[1]!, p[2]!, p[3]!, gradient);
  });
  const [r, alpha, s, beta] = fit.params;
  if (r! > SHAPE_CEILING / 2 || s! > SHAPE_CEILING / 2) {
    fail(
      'NOT_CONVERGED',
      fn,
      `the fit is heading for a shape without bound: last parameters r = ${r}, alpha = ${alpha}, s = ${s}, beta = ${beta}; the data show no heterogeneity in ${r! > SHAPE_CEILING / 2 ? 'purchase rates' : 'lifetimes'} that the Pareto/NBD can fit (try the BG/NBD, or more customers)`,
    );
  }
  const [se0, se1, se2, se3] = fit.standardErrors;
  return {
    r: r!,
    alpha: alpha!,
    s: s!,
    beta: beta!,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    standardErrors: { r: se0!, alpha: se1!, s: se2!, beta: se3! },
  };
}

/**
 * The first ₂F₁ term of the last customer, kept for the next: it depends on
 * x and tₓ only (not T), and the histories come sorted by (x, tₓ, T), so that
 * all one-off buyers (x = 0, tₓ = 0, whose z₁ = |α − β|/m is the largest and
 * the slowest to sum) share one evaluation.
 */
interface FirstTerm {
  x: number;
  tx: number;
  value: number;
  readonly d: ShiftedHypergeometricDerivatives;
}

function firstTerm(): FirstTerm {
  return { x: -1, tx: -1, value: 0, d: { a: 0, b: 0, z: 0 } };
}

/** ln L of one customer, and its gradient (r, α, s, β) into `g` when given. */
function customerLogLikelihood(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  lnGammaRatio: number,
  memo: FirstTerm,
  f2: ShiftedHypergeometricDerivatives,
  g?: Float64Array,
): number {
  const w = r + s + x;
  const aWins = alpha >= beta;
  const m = aWins ? alpha : beta;
  const diff = Math.abs(alpha - beta);
  const mtx = m + tx;
  const mT = m + T;
  const z1 = diff / mtx;
  const z2 = diff / mT;
  // 1 − z = (min(α, β) + t)/(m + t), exactly, where 1 − z would lose digits
  const least = aWins ? beta : alpha;
  const b1 = aWins ? s + 1 : r + x;
  const b2 = aWins ? s : r + x + 1;
  if (memo.x !== x || memo.tx !== tx) {
    memo.x = x;
    memo.tx = tx;
    memo.value = logHypergeometricShifted(w, b1, z1, (least + tx) / mtx, g ? memo.d : undefined);
  }
  const lnF1 = memo.value;
  const f1 = memo.d;
  const lnF2 = logHypergeometricShifted(w, b2, z2, (least + T) / mT, g ? f2 : undefined);
  const lnMtx = Math.log(mtx);
  const lnShift = lnMtx - Math.log(mT);
  const lnW = Math.log(w);
  const lnP = Math.log(s) - lnW + lnF1;
  const lnQ = Math.log(r + x) - lnW + lnF2 + w * lnShift;
  const top = Math.max(lnP, lnQ);
  const eP = Math.exp(lnP - top);
  const eQ = Math.exp(lnQ - top);
  const value = lnGammaRatio + r * Math.log(alpha) + s * Math.log(beta) - w * lnMtx + top + Math.log(eP + eQ);
  if (g) {
    const wP = eP / (eP + eQ);
    const wQ = 1 - wP;
    // ∂ ln F / ∂(r or s) through a = w (with c = w + 1), and b where b depends on it
    const f1w = f1.a;
    const f2w = f2.a;
    // ∂z/∂α, ∂z/∂β for z = (α − β)/(α + t) when α ≥ β, (β − α)/(β + t) otherwise
    const dz1a = aWins ? (beta + tx) / (mtx * mtx) : -1 / mtx;
    const dz1b = aWins ? -1 / mtx : (alpha + tx) / (mtx * mtx);
    const dz2a = aWins ? (beta + T) / (mT * mT) : -1 / mT;
    const dz2b = aWins ? -1 / mT : (alpha + T) / (mT * mT);
    const dShift = 1 / mtx - 1 / mT; // ∂ ln((m + tₓ)/(m + T))/∂m
    // (the derivative of ln Γ(r + x) − ln Γ(r) is added by the caller)
    g[0]! +=
      Math.log(alpha) -
      lnMtx +
      wP * (-1 / w + f1w + (aWins ? 0 : f1.b)) +
      wQ * (1 / (r + x) - 1 / w + f2w + (aWins ? 0 : f2.b) + lnShift);
    g[1]! +=
      r / alpha -
      (aWins ? w / mtx : 0) +
      wP * f1.z * dz1a +
      wQ * (f2.z * dz2a + (aWins ? w * dShift : 0));
    g[2]! +=
      Math.log(beta) -
      lnMtx +
      wP * (1 / s - 1 / w + f1w + (aWins ? f1.b : 0)) +
      wQ * (-1 / w + f2w + (aWins ? f2.b : 0) + lnShift);
    g[3]! +=
      s / beta -
      (aWins ? 0 : w / mtx) +
      wP * f1.z * dz1b +
      wQ * (f2.z * dz2b + (aWins ? 0 : w * dShift));
  }
  return value;
}

/**
 * The Pareto/NBD log-likelihood Σ countᵢ ln Lᵢ of the distinct histories,
 * and its gradient with respect to (r, α, s, β) written into `gradient`.
 * ln Γ(r + x) − ln Γ(r) and its derivative are sums over the whole
 * frequencies, tabulated once at each distinct frequency (long gaps in
 * closed form), so that the cost does not grow with the largest.
 */
function paretoNbdLogLikelihood(
  c: HistoryPatterns,
  index: FrequencyIndex,
  r: number,
  alpha: number,
  s: number,
  beta: number,
  gradient: Float64Array,
): number {
  // shapes beyond SHAPE_CEILING mean the data show no heterogeneity the model can fit (the fit
  // is heading for a limit at infinity); the likelihood is not evaluated there, and the fit
  // ends NOT_CONVERGED at the ceiling instead of chasing the limit through ever costlier ₂F₁
  if (r > SHAPE_CEILING || s > SHAPE_CEILING) return NaN;
  const n = c.frequency.length;
  const { values, slot } = index;
  const { lnR, dR } = gammaTables(values, r);
  const memo = firstTerm();
  const f2: ShiftedHypergeometricDerivatives = { a: 0, b: 0, z: 0 };
  const one = new Float64Array(4);
  gradient.fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = c.frequency[i]!;
    const weight = c.count[i]!;
    one.fill(0);
    total += weight * customerLogLikelihood(r, alpha, s, beta, x, c.recency[i]!, c.T[i]!, lnR[slot[i]!]!, memo, f2, one);
    one[0]! += dR[slot[i]!]!;
    for (let k = 0; k < 4; k++) gradient[k]! += weight * one[k]!;
  }
  return total;
}

/** ln L of one customer at given parameters, for the predictions. */
function logLikelihoodOf(p: ParetoNbdParameters, x: number, tx: number, T: number): number {
  return customerLogLikelihood(p.r, p.alpha, p.s, p.beta, x, tx, T, logGamma(p.r + x) - logGamma(p.r), firstTerm(), { a: 0, b: 0, z: 0 });
}

/** ln P(alive | x, tₓ, T) = ln[Γ(r + x)αʳβˢ/Γ(r) · (α + T)^−(r+x) (β + T)^−s] − ln L; NaN when ₂F₁ cannot be summed. */
function logAlive(p: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const lnAliveTerm = logGamma(p.r + x) - logGamma(p.r) + p.r * Math.log(p.alpha) + p.s * Math.log(p.beta) - (p.r + x) * Math.log(p.alpha + T) - p.s * Math.log(p.beta + T);
  return lnAliveTerm - logLikelihoodOf(p, x, tx, T);
}

/**
 * The probability that a customer with this history is still active.
 *
 * @summary Pareto/NBD: P(alive | x, tₓ, T).
 *
 * @remarks
 * P(alive | x, tₓ, T) = Γ(r + x) αʳ βˢ / (Γ(r) (α + T)^(r+x) (β + T)ˢ) / L,
 * with L as in {@link fitParetoNbd} (Fader & Hardie 2005, equation 18),
 * computed in logs. Unlike the BG/NBD's, a customer without repeat purchases
 * can have died: their P(alive) falls with T.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @returns A probability in (0, 1].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; the
 *   history errors of {@link fitBgNbd}; `OUT_OF_RANGE` when |α − β| is so
 *   close to max(α, β) + tₓ that ₂F₁'s series cannot be summed (z within
 *   5e-4 of 1).
 *
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * // a customer without repeat purchases is less likely alive the longer they have been quiet
 * const quiet = paretoNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 78 });
 * const fresh = paretoNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 1 });
 * quiet < fresh && fresh < 1; // => true
 * ```
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParameters, customer: Recency): number {
  const fn = 'paretoNbdProbabilityAlive';
  const p = readPositiveParameters(fn, params, PARETO_NAMES);
  const { frequency, recency, T } = readRecency(fn, 'customer', customer);
  return Math.min(1, Math.exp(checked(fn, p, logAlive(p, frequency, recency, T))));
}

/**
 * The expected number of purchases a customer with this history makes in
 * the next `t` time units: E[Y(t) | x, tₓ, T].
 *
 * @summary Pareto/NBD: a customer's expected purchases in the next t.
 *
 * @remarks
 * E[Y(t) | x, tₓ, T] = (r + x)(β + T)/((α + T)(s − 1)) ·
 * [1 − ((β + T)/(β + T + t))^(s−1)] · P(alive | x, tₓ, T)
 * (Schmittlein, Morrison & Colombo 1987, equation 22; Fader & Hardie 2005,
 * equation 19). The bracket over s − 1 is computed as
 * −expm1(−(s − 1) ln(1 + t/(β + T)))/(s − 1), which tends to
 * ln(1 + t/(β + T)) at s = 1, so every s > 0 is allowed.
 *
 * @param params - Fitted parameters.
 * @param customer - The customer's `frequency`, `recency` and `T`.
 * @param t - The length of the future period, in the time unit of the histories; ≥ 0.
 * @returns The expected number of purchases, ≥ 0.
 * @throws {@link MetricError} The errors of {@link paretoNbdProbabilityAlive};
 *   `OUT_OF_RANGE` for a negative `t`; `NOT_FINITE` where the expectation
 *   overflows the double range, `OUT_OF_RANGE` where it cannot be computed.
 *
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * paretoNbdExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 0); // => 0
 * paretoNbdExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39) > 0.5; // => true
 * ```
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParameters, customer: Recency, t: number): number {
  const fn = 'paretoNbdExpectedPurchases';
  const p = readPositiveParameters(fn, params, PARETO_NAMES);
  const { frequency: x, recency, T } = readRecency(fn, 'customer', customer);
  readHorizon(fn, t);
  if (t === 0) return 0;
  const alive = Math.min(1, Math.exp(checked(fn, p, logAlive(p, x, recency, T))));
  const share = lifetimeShare(p.s - 1, t / (p.beta + T));
  let value = (((p.r + x) * (p.beta + T)) / (p.alpha + T)) * share * alive;
  // (r + x)(β + T) can overflow while (β + T) · share, which tends to t as β grows, does not
  if (!Number.isFinite(value)) value = ((p.r + x) / (p.alpha + T)) * ((p.beta + T) * share) * alive;
  return finitePrediction(fn, value, 'the expected number of purchases', `${describeParameters(p)}, frequency = ${x}, recency = ${recency}, T = ${T}, t = ${t}`);
}

/**
 * The expected number of purchases a new customer makes in their first `t`
 * time units: E[X(t)].
 *
 * @summary Pareto/NBD: a new customer's expected purchases in t.
 *
 * @remarks
 * E[X(t)] = rβ/(α(s − 1)) · [1 − (β/(β + t))^(s−1)] (Schmittlein, Morrison &
 * Colombo 1987, equation 17), the bracket over s − 1 computed as in
 * {@link paretoNbdExpectedPurchases}.
 *
 * @param params - Fitted parameters.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns The expected number of repeat purchases.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters; `OUT_OF_RANGE` for a negative `t`;
 *   `NOT_FINITE` where the expectation overflows the double range (a tiny α
 *   or an extreme r: the mean purchase rate r/α is beyond it), `OUT_OF_RANGE`
 *   where it cannot be computed.
 *
 * @example
 * ```ts
 * // s = 2: rβ/α · (1 − β/(β + t)) = r t/(α (1 + t/β)); r = 1, α = 2, β = 4, t = 4 gives 1
 * paretoNbdPopulationExpectedPurchases({ r: 1, alpha: 2, s: 2, beta: 4 }, 4); // ≈ 1
 * ```
 */
export function paretoNbdPopulationExpectedPurchases(params: ParetoNbdParameters, t: number): number {
  const fn = 'paretoNbdPopulationExpectedPurchases';
  const p = readPositiveParameters(fn, params, PARETO_NAMES);
  readHorizon(fn, t);
  return finitePrediction(fn, populationExpectedPurchases(p, t), 'the expected number of purchases', `${describeParameters(p)}, t = ${t}`);
}

/** E[X(t)] for parameters and a horizon that have been checked; ±Infinity or NaN where it overflows. */
export function populationExpectedPurchases(p: ParetoNbdParameters, t: number): number {
  if (t === 0) return 0;
  const share = lifetimeShare(p.s - 1, t / p.beta);
  const value = ((p.r * p.beta) / p.alpha) * share;
  // rβ can overflow while β · share, which tends to t as β grows, does not
  return Number.isFinite(value) ? value : (p.r / p.alpha) * (p.beta * share);
}

/** [1 − (1 + u)^−ε]/ε, and its limit ln(1 + u) at ε = 0, without cancellation. */
function lifetimeShare(epsilon: number, u: number): number {
  const lnGrowth = Math.log1p(u);
  return epsilon === 0 ? lnGrowth : -Math.expm1(-epsilon * lnGrowth) / epsilon;
}

/**
 * The probability that a new customer makes exactly n repeat purchases in
 * their first `t` time units: P(X(t) = n).
 *
 * @summary Pareto/NBD: P(X(t) = n), a new customer.
 *
 * @remarks
 * P(X(t) = n) is the chance to be alive at t with n purchases, plus the
 * chance to have died at some τ < t after n (Fader, Hardie & Shang,
 * "Deriving an Expression for P(X(t) = x) Under the Pareto/NBD Model",
 * 2006, the integral their equation 13 solves):
 * P(X(t) = n) = NB_t(n) (β/(β + t))ˢ + ∫₀ᵗ NB_τ(n) s βˢ/(β + τ)^(s+1) dτ,
 * NB_τ(n) = Γ(r + n)/(Γ(r) n!) (α/(α + τ))ʳ (τ/(α + τ))ⁿ. Their closed form
 * of the integral,
 * αʳ βˢ B(r + n, s + 1)/B(r, s) · [B₁ − Σᵢ₌₀..ₙ (r + s)ᵢ/i! · tⁱ B₂,ᵢ]
 * with a ₂F₁ in B₁ and in each B₂,ᵢ, is not used: B₁ is the same sum over
 * every i, so the bracket is its tail beyond n, which cancels near t = 0
 * and at extreme α or s, and the ₂F₁'s logarithms are of the size of
 * (r + s) ln max(α, β), whose rounding alone costs 1e-7 at α = s = 1e8.
 * The integral is summed instead, by Gauss–Legendre panels on either side
 * of the peak of its integrand (the root of a quadratic), with the
 * integrand's logarithm written relative to the peak, so that nothing of
 * the size of r, s or n cancels; and P(X(t) = 0) is
 * 1 − ∫₀ᵗ (β/(β + τ))ˢ r αʳ/(α + τ)^(r+1) dτ (by parts: one minus the
 * chance of a first purchase while alive, before t) while that integral is
 * below ½, so that it never passes 1. Sums to 1 over n. Against mpmath
 * (the closed form at 60 digits, and the integral by quadrature) within
 * 5e-15 for results from 1e-18 to 1 at parameters from 0.1 to 10⁸, and
 * 1e-14 at n = 10,000; a smaller result P = e^−L is right to about
 * L · 1e-16 (the rounding of its exponent: 6e-14 at P = 5e-302).
 *
 * @param params - Fitted parameters.
 * @param n - Repeat purchases, a whole number from 0 to 10,000.
 * @param t - Time since the first purchase, in the unit of the fit; ≥ 0.
 * @returns A probability in [0, 1].
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters;
 *   `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `OUT_OF_RANGE` for an `n`
 *   that is not a whole number from 0 to 10,000; `OUT_OF_RANGE` for a
 *   negative `t`, or where extreme parameters break the formula down (never
 *   NaN).
 *
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * paretoNbdProbabilityOfPurchases(params, 0, 0); // => 1
 * paretoNbdProbabilityOfPurchases(params, 0, 39) > paretoNbdProbabilityOfPurchases(params, 1, 39); // => true
 * ```
 */
export function paretoNbdProbabilityOfPurchases(params: ParetoNbdParameters, n: number, t: number): number {
  const fn = 'paretoNbdProbabilityOfPurchases';
  const p = readPositiveParameters(fn, params, PARETO_NAMES);
  const count = readWhole(fn, 'n', n, 0, { limit: 10000, why: 'the most purchases its accuracy is checked for (against mpmath)' });
  readHorizon(fn, t);
  if (t === 0) return count === 0 ? 1 : 0;
  const { r, alpha, s, beta } = p;
  const describe = () => `${describeParameters(p)}, t = ${t}`;
  if (count === 0) {
    // 1 − P(a first purchase while alive, before t): at most 1, and without cancellation while that chance is small
    const first = (r / alpha) * Math.exp(integralFromPeak(0, r + 1, alpha, s, beta, 0, 0, t));
    if (first <= 0.5) return finitePrediction(fn, 1 - first, 'P(X(t) = 0)', describe());
  }
  const lnNb = logPochhammerRatio(r, count);
  // alive at t with n purchases: NB_t(n) times P(alive at t) = (β/(β + t))^s
  const lnAlive = lnNb - r * Math.log1p(t / alpha) - (count === 0 ? 0 : count * Math.log1p(alpha / t)) - s * Math.log1p(t / beta);
  // dead at τ < t after n purchases: ∫₀ᵗ NB_τ(n) s βˢ/(β + τ)^(s+1) dτ, from the peak of its integrand
  // (for n ≥ 1 not 0, where τⁿ is: a peak below the least double is taken at it)
  const peak = Math.min(t, count === 0 ? 0 : Math.max(Number.MIN_VALUE, densityPeak(count, r, alpha, s, beta)));
  const lnAtPeak =
    lnNb + Math.log(s / beta) - r * Math.log1p(peak / alpha) - (s + 1) * Math.log1p(peak / beta) - (count === 0 ? 0 : count * Math.log1p(alpha / peak));
  const lnDead = lnAtPeak + integralFromPeak(count, r + count, alpha, s + 1, beta, peak, 0, t);
  return finitePrediction(fn, Math.exp(lnAlive) + Math.exp(lnDead), `P(X(t) = ${count})`, describe());
}

/**
 * Where τⁿ (α + τ)^−(r+n) (β + τ)^−(s+1) peaks for τ > 0, n ≥ 1: the
 * positive root of (r + s + 1) τ² − [(n − s − 1) α − r β] τ − n α β = 0
 * (where its slope n/τ − (r + n)/(α + τ) − (s + 1)/(β + τ) is 0), solved in
 * units of max(α, β) so that α β cannot overflow, and by the form of the
 * root that adds terms of one sign.
 */
function densityPeak(n: number, r: number, alpha: number, s: number, beta: number): number {
  const unit = Math.max(alpha, beta);
  const a = alpha / unit;
  const b = beta / unit;
  const quadratic = r + s + 1;
  const linear = (n - s - 1) * a - r * b;
  const root = Math.sqrt(linear * linear + 4 * quadratic * n * a * b);
  return unit * (linear >= 0 ? (linear + root) / (2 * quadratic) : (2 * n * a * b) / (root - linear));
}

/**
 * ln ∫ₗₒʷʰⁱᵍʰ of (τ/τ₀)ⁿ ((α + τ₀)/(α + τ))ᵖ ((β + τ₀)/(β + τ))^q dτ, the
 * integrand 1 at τ₀ = `peak` (where it is largest on the range), by
 * {@link logIntegralAway} from τ₀ down to `low` and up to `high`. Its
 * logarithm, at δ = τ − τ₀,
 * L = −n log1p(−α δ/(τ (α + τ₀))) − (p − n) log1p(δ/(α + τ₀)) − q log1p(δ/(β + τ₀)),
 * has no terms that cancel beyond its own size, whatever the size of n,
 * p, q (n ln(τ/τ₀) and p ln((α + τ)/(α + τ₀)) apart would: at n = 10,000
 * they are 7,000 each where τ ≫ α, and lost 1e-12 of the integrand). A
 * panel is no wider, at its near end, than 1/|L′|, 1/√|L″| (the peak's
 * width, where L′ is 0) and half the distance to the integrand's nearest
 * singularity (τ = 0 for n ≥ 1, else −min(α, β)), which bounds
 * Gauss–Legendre's error by 6^−20: a 10-point panel of τ³ from τ₀/9 to τ₀
 * was off by 4e-11. Away from the peak the integrand falls like a power of
 * τ, and the panels grow in proportion to τ.
 */
function integralFromPeak(n: number, p: number, alpha: number, q: number, beta: number, peak: number, low: number, high: number): number {
  const atAlpha = alpha + peak;
  const atBeta = beta + peak;
  const nearest = n === 0 ? Math.min(alpha, beta) : 0;
  // n ln(τ/τ₀) − p ln((α + τ)/(α + τ₀)), with the n of each taken together: n ln[τ (α + τ₀)/(τ₀ (α + τ))]
  // = −n log1p(−α δ/(τ (α + τ₀))), as the two are far larger than their difference where τ ≫ α
  // (the ratio as two factors of at most 1 in size, which cannot overflow)
  const share = alpha / atAlpha;
  const logDensity = (d: number) =>
    (n === 0 ? 0 : -n * Math.log1p(-share * (d / (peak + d)))) - (p - n) * Math.log1p(d / atAlpha) - q * Math.log1p(d / atBeta);
  // 1 / (the widest panel at δ)
  const rate = (d: number) => {
    const first = (n === 0 ? 0 : n / (peak + d)) - p / (atAlpha + d) - q / (atBeta + d);
    const second = (n === 0 ? 0 : -n / ((peak + d) * (peak + d))) + p / ((atAlpha + d) * (atAlpha + d)) + q / ((atBeta + d) * (atBeta + d));
    return Math.max(Math.abs(first), Math.sqrt(Math.abs(second)), 2 / (peak + d + nearest));
  };
  const down = peak > low ? Math.exp(logIntegralAway(logDensity, rate, 0, low - peak, Infinity)) : 0;
  const up = peak < high ? Math.exp(logIntegralAway(logDensity, rate, 0, high - peak, Infinity)) : 0;
  return Math.log(down + up);
}

/** A log-probability, or `OUT_OF_RANGE` when ₂F₁ could not be summed. */
function checked(fn: string, p: ParetoNbdParameters, value: number): number {
  if (value !== value) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `at r = ${p.r}, alpha = ${p.alpha}, s = ${p.s}, beta = ${p.beta} the hypergeometric series is too close to its radius of convergence (|alpha − beta| ≈ max(alpha, beta) + t) to be summed`,
    );
  }
  return value;
}
