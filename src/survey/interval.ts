import { normalQuantile, studentTQuantile } from '../_lib/distributions.js';
import { PROPORTION_METHODS, proportionInterval, type ProportionMethod } from '../_lib/proportion-interval.js';
import { share, signedShare } from '../_lib/rate.js';
import { fail, readConfidence, readEnumOption, readOptions } from '../_lib/validate.js';
import { CES_SPREAD, cesMean, type CesInput, type CesOptions } from './ces.js';
import { CSAT, csatScore, type CsatInput, type CsatOptions } from './csat.js';
import { NPS, npsCounts, npsScore, type NpsCounts, type NpsInput, type NpsOptions } from './nps.js';
import { reduceSurvey, type SurveyCounts } from './reduce.js';

/** How an interval was computed. */
export type IntervalMethod = 'adjusted-wald' | 't' | ProportionMethod;

/**
 * A confidence interval around a survey score, on the score's own scale
 * (NPS −100…100, CSAT 0…100, CES its survey scale). `score` is always the
 * plain point estimate; the interval is centred on `center`, which some
 * methods move away from the score (adjusted Wald, Wilson, Agresti–Coull):
 * `lower = center − marginOfError` and `upper = center + marginOfError`,
 * then clipped to the score's range, and `clipped` says when that happened.
 * Clopper–Pearson and Jeffreys intervals are not built around an estimate:
 * their bounds are computed, `center` is their midpoint and `marginOfError`
 * half their distance, so that center ± marginOfError gives the bounds to
 * the last bit or two.
 * Error bars drawn as `center ± marginOfError` are therefore right; drawn
 * as `score ± marginOfError` they are not, for the methods that move the
 * center.
 */
export interface ConfidenceInterval<M extends IntervalMethod = IntervalMethod> {
  /** The point estimate, as {@link nps}, {@link csat} or {@link ces} give it. */
  readonly score: number;
  /** The middle of the interval before clipping: the score, or the method's adjusted estimate. */
  readonly center: number;
  /** Lower bound: center − marginOfError, clipped to the score's range. */
  readonly lower: number;
  /** Upper bound: center + marginOfError, clipped to the score's range. */
  readonly upper: number;
  /** Whether a bound was clipped to the score's range. */
  readonly clipped: boolean;
  /**
   * Standard error of the estimate on the score's scale (for adjusted Wald
   * and Agresti–Coull, of the adjusted estimate, so that marginOfError is
   * z × standardError).
   */
  readonly standardError: number;
  /** Half-width of the interval before clipping (for Wilson, Clopper–Pearson and Jeffreys, not z × standardError). */
  readonly marginOfError: number;
  /** The confidence level, e.g. 0.95. */
  readonly confidence: number;
  /** The method used. */
  readonly method: M;
  /** Number of responses. */
  readonly count: number;
  /** The sample size in the variance: `count`, or with weights Kish's (Σw)² / Σw². */
  readonly effectiveSize: number;
}

/** Options of {@link npsInterval}. */
export interface NpsIntervalOptions extends NpsOptions {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
  /** `'adjusted-wald'` (default) or `'wald'`. */
  readonly method?: 'adjusted-wald' | 'wald';
}

/** Options of {@link csatInterval}. */
export interface CsatIntervalOptions extends CsatOptions {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
  /**
   * `'wilson'` (default), `'wald'`, `'agresti-coull'`, `'clopper-pearson'`
   * or `'jeffreys'`: see {@link ProportionMethod}.
   */
  readonly method?: ProportionMethod;
}

/** Options of {@link cesInterval}. */
export interface CesIntervalOptions extends CesOptions {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
}

const NPS_KEYS = ['weights', 'frequencies', 'confidence', 'method'] as const satisfies readonly (keyof NpsIntervalOptions)[];
const CSAT_KEYS = ['scale', 'positiveFrom', 'weights', 'frequencies', 'confidence', 'method'] as const satisfies readonly (keyof CsatIntervalOptions)[];
const CES_KEYS = ['scale', 'higherIs', 'weights', 'frequencies', 'confidence'] as const satisfies readonly (keyof CesIntervalOptions)[];

/**
 * A confidence interval for the Net Promoter Score.
 *
 * @summary NPS with its confidence interval.
 *
 * @remarks
 * With n responses and p, d the shares of promoters and detractors:
 * - `'wald'`: NPS = p − d, Var = p + d − (p − d)², SE = √(Var / n),
 *   interval NPS ± z·SE.
 * - `'adjusted-wald'` (default; the best of six methods in Rocks, "Interval
 *   Estimation for the Net Promoter Score", The American Statistician 70
 *   (2016), and the one MeasuringU uses): n′ = n + 3,
 *   p′ = (promoters + ¾) / n′, d′ = (detractors + ¾) / n′, interval
 *   (p′ − d′) ± z·√((p′ + d′ − (p′ − d′)²) / n′). Its `center` is p′ − d′,
 *   not the score.
 *
 * z is the normal quantile for the confidence; results are × 100 and clipped
 * to −100…100. With `weights`, shares are weighted and n is Kish's effective
 * sample size (Σw)² / Σw².
 *
 * @param input - Raw answers 0–10, a tally of 0–10, or `{ promoters, passives, detractors }`.
 * @param options - {@link NpsIntervalOptions}.
 * @returns A {@link ConfidenceInterval}.
 * @throws {@link MetricError} As {@link nps}, and `INVALID_OPTION` for a
 *   confidence outside (0, 1 − 2^-52] or an unknown method.
 *
 * @example
 * ```ts
 * // 60 promoters, 20 passives, 20 detractors: SE = 8, 95% Wald interval 40 ± 15.68
 * npsInterval({ promoters: 60, passives: 20, detractors: 20 }, { method: 'wald' }); // ≈ { score: 40, center: 40, lower: 24.320288123679568, upper: 55.67971187632043, clipped: false, standardError: 8, marginOfError: 15.679711876320432, confidence: 0.95, method: 'wald', count: 100, effectiveSize: 100 }
 * npsInterval({ promoters: 60, passives: 20, detractors: 20 }).lower; // ≈ 23.379880423750098
 * ```
 */
export function npsInterval(input: NpsInput, options?: NpsIntervalOptions): ConfidenceInterval<'adjusted-wald' | 'wald'> {
  const fn = 'npsInterval';
  const o = readOptions(fn, options, NPS_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const method = readEnumOption(fn, 'method', o.method, ['adjusted-wald', 'wald']);
  const { counts } = reduceSurvey(fn, NPS, input, o);
  const score = npsScore(fn, counts);
  const { center, standardError } =
    method === 'wald' ? npsWald(npsCounts(counts), counts.effectiveSize) : npsAdjustedWald(npsCounts(counts), counts.effectiveSize);
  return interval({ score, center, standardError, margin: criticalZ(confidence) * standardError, range: [-100, 100], confidence, method, counts });
}

/**
 * The Wald estimate and standard error of NPS on −100…100, from counts and
 * the sample size of the variance. Var = p + d − (p − d)² is written over
 * the counts, ((P + D)·W − (P − D)²) / W², so whole counts stay exact.
 */
export function npsWald(c: NpsCounts<number>, n: number): { center: number; standardError: number } {
  const w = c.promoters + c.passives + c.detractors;
  const net = c.promoters - c.detractors;
  const spread = (c.promoters + c.detractors) * w - net * net;
  // all promoters or all detractors is ±100 exactly, as the score is
  return { center: signedShare(net, w), standardError: (100 * Math.sqrt(Math.max(0, spread))) / (w * Math.sqrt(n)) };
}

function npsAdjustedWald(c: NpsCounts<number>, n: number): { center: number; standardError: number } {
  const w = c.promoters + c.passives + c.detractors;
  // counts on the effective scale (the counts themselves when unweighted), plus ¾ each
  const promoters = (c.promoters * n) / w + 0.75;
  const detractors = (c.detractors * n) / w + 0.75;
  const adjusted = n + 3;
  const net = promoters - detractors;
  const spread = (promoters + detractors) * adjusted - net * net;
  return {
    center: (net * 100) / adjusted,
    standardError: (100 * Math.sqrt(Math.max(0, spread))) / (adjusted * Math.sqrt(adjusted)),
  };
}

/**
 * A confidence interval for CSAT, a proportion, by any of the five methods
 * of statsmodels' `proportion_confint`.
 *
 * @summary CSAT with its confidence interval: Wilson, Wald, Agresti–Coull, Clopper–Pearson or Jeffreys.
 *
 * @remarks
 * With x positive answers of n, p̂ = x/n, z = Φ⁻¹((1 + confidence)/2) and
 * α = 1 − confidence:
 * - `'wilson'` (default; Wilson's score interval, recommended by Newcombe
 *   1998 and Brown, Cai & DasGupta 2001): center (p̂ + z²/2n) / (1 + z²/n),
 *   half-width z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n). Never leaves 0…100 and
 *   is not degenerate at 0% or 100%.
 * - `'wald'`: p̂ ± z·√(p̂(1 − p̂)/n), clipped to 0…100.
 * - `'agresti-coull'` (Agresti & Coull 1998): ñ = n + z², p̃ = (x + z²/2)/ñ,
 *   p̃ ± z·√(p̃(1 − p̃)/ñ), clipped to 0…100.
 * - `'clopper-pearson'` (Clopper & Pearson 1934, "exact"): from the α/2
 *   quantile of Beta(x, n − x + 1) to the 1 − α/2 quantile of
 *   Beta(x + 1, n − x); 0 when x = 0, 100 when x = n. Covers at least
 *   `confidence` whatever the true CSAT, and is the widest.
 * - `'jeffreys'`: the α/2 and 1 − α/2 quantiles of Beta(x + ½, n − x + ½),
 *   the posterior under Jeffreys' prior; 0 when x = 0 and 100 when x = n,
 *   as Brown, Cai & DasGupta define it (statsmodels keeps the equal-tailed
 *   bound there). With weights, x = p̂·n can fall a fraction short of n (or
 *   above 0), and the equal tails can then leave the score just outside.
 *
 * Equal, as percentages, to statsmodels' `proportion_confint` with method
 * `'wilson'`, `'normal'`, `'agresti_coull'`, `'beta'` and `'jeffreys'`. The
 * Beta quantiles are the regularized incomplete beta function inverted to
 * full double precision. `standardError` is √(p̂(1 − p̂)/n) × 100, but for
 * Agresti–Coull √(p̃(1 − p̃)/ñ) × 100; `marginOfError` is the half-width
 * actually used. With `weights`, p̂ is weighted and n is Kish's effective
 * sample size (x = p̂·n, a fraction of an answer allowed).
 *
 * @param input - Raw ratings, a tally, or `{ positive, count }`.
 * @param options - {@link CsatIntervalOptions}: the CSAT options plus `confidence` and `method`.
 * @returns A {@link ConfidenceInterval}.
 * @throws {@link MetricError} As {@link csat}, and `INVALID_OPTION` for a
 *   confidence outside (0, 1 − 2^-52] or an unknown method.
 *
 * @example
 * ```ts
 * // Newcombe (1998), Table II: 81 of 263 gives the score interval 0.2553 to 0.3662
 * const { lower, upper } = csatInterval({ positive: 81, count: 263 });
 * [lower.toFixed(2), upper.toFixed(2)]; // => ['25.53', '36.62']
 * csatInterval({ positive: 30, count: 50 }, { method: 'wald' }).marginOfError; // ≈ 13.57902880891406
 * // the same table, exact method: 0.2527 to 0.3676, and 0 to 0.1684 for 0 of 20
 * const exact = csatInterval({ positive: 81, count: 263 }, { method: 'clopper-pearson' });
 * [exact.lower.toFixed(2), exact.upper.toFixed(2)]; // => ['25.27', '36.76']
 * csatInterval({ positive: 0, count: 20 }, { method: 'clopper-pearson' }).upper.toFixed(2); // => '16.84'
 * ```
 */
export function csatInterval(input: CsatInput, options?: CsatIntervalOptions): ConfidenceInterval<ProportionMethod> {
  const fn = 'csatInterval';
  const o = readOptions(fn, options, CSAT_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const method = readEnumOption(fn, 'method', o.method, PROPORTION_METHODS);
  const { counts } = reduceSurvey(fn, CSAT, input, o);
  const score = csatScore(fn, counts);
  const n = counts.effectiveSize;
  const positive = counts.bands![0]!;
  const p = positive / counts.count;
  // positives on the effective scale: the count itself when unweighted (n is then the count)
  const x = positive === counts.count ? n : Math.min(n, (positive * n) / counts.count);
  const b = proportionInterval(method, x, n, confidence);
  const plain = share(Math.sqrt((p * (1 - p)) / n), 1);
  const range = [0, 100] as const;
  switch (method) {
    case 'wald':
      // centred on the score itself, computed as csat computes it
      return interval({ score, center: score, standardError: plain, margin: b.halfWidth * 100, range, confidence, method, counts });
    case 'wilson':
      return interval({ score, center: b.center * 100, standardError: plain, margin: b.halfWidth * 100, range, confidence, method, counts });
    case 'agresti-coull': {
      const margin = b.halfWidth * 100;
      return interval({ score, center: b.center * 100, standardError: margin / criticalZ(confidence), margin, range, confidence, method, counts });
    }
    case 'clopper-pearson':
    case 'jeffreys':
      // bounds computed, not built around an estimate: kept as they are, never outside 0–100
      return {
        ...interval({ score, center: b.center * 100, standardError: plain, margin: b.halfWidth * 100, range, confidence, method, counts }),
        lower: b.lower * 100,
        upper: b.upper * 100,
        clipped: false,
      };
  }
}

/**
 * A confidence interval for CES, a mean, by Student's t.
 *
 * @summary CES with its confidence interval.
 *
 * @remarks
 * mean ± t(1 − α/2, n − 1) · s / √n, with s the sample standard deviation
 * (divisor n − 1) and t the Student quantile, clipped to the survey's scale.
 * From `{ sum, count }` counts the spread is unknown: add `sumOfSquares`
 * (Σx²) or pass the ratings or a tally. With `weights`, the mean and s are
 * weighted and n is Kish's effective sample size (s² = Σw(x − x̄)² / Σw ×
 * n/(n − 1)).
 *
 * @param input - Raw ratings, a tally, or `{ sum, count, sumOfSquares }`.
 * @param options - {@link CesIntervalOptions}: the CES options plus `confidence`.
 * @returns A {@link ConfidenceInterval} with method `'t'`.
 * @throws {@link MetricError} As {@link ces}; `EMPTY_INPUT` for fewer than two
 *   responses; `INVALID_COUNTS` for counts without `sumOfSquares` or with one
 *   the ratings cannot produce; `INVALID_OPTION` for a confidence outside (0, 1 − 2^-52].
 *
 * @example
 * ```ts
 * // ratings 5, 6, 7 on 1–7: mean 6, s = 1, SE = 1/√3, t(0.975, 2) = 0.95/√(2 · 0.975 · 0.025)
 * const { score, standardError, lower, upper } = cesInterval([5, 6, 7]);
 * score; // => 6
 * standardError; // => 0.5773502691896257
 * [lower, upper]; // ≈ [3.51586228824967, 7]
 * ```
 */
export function cesInterval(input: CesInput, options?: CesIntervalOptions): ConfidenceInterval<'t'> {
  const fn = 'cesInterval';
  const o = readOptions(fn, options, CES_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const { counts, settings } = reduceSurvey(fn, CES_SPREAD, input, o);
  const score = cesMean(fn, counts);
  const { scale } = settings;
  const { variance, n } = cesSpread(fn, counts);
  const standardError = Math.sqrt(variance / n);
  const margin = studentTQuantile((1 + confidence) / 2, n - 1) * standardError;
  return interval({ score, center: score, standardError, margin, range: [scale.min, scale.max], confidence, method: 't', counts });
}

/** The parts of a {@link ConfidenceInterval} that its method computes. */
interface IntervalParts<M extends IntervalMethod> {
  readonly score: number;
  readonly center: number;
  readonly standardError: number;
  readonly margin: number;
  /** The score's range, where the bounds are clipped. */
  readonly range: readonly [number, number];
  readonly confidence: number;
  readonly method: M;
  readonly counts: SurveyCounts;
}

/** Every interval's result, built in one place: center ± margin, clipped to the range. */
function interval<M extends IntervalMethod>(p: IntervalParts<M>): ConfidenceInterval<M> {
  const [lo, hi] = p.range;
  const lower = p.center - p.margin;
  const upper = p.center + p.margin;
  return {
    score: p.score,
    center: p.center,
    lower: clip(lower, lo, hi),
    upper: clip(upper, lo, hi),
    clipped: lower < lo || upper > hi,
    standardError: p.standardError,
    marginOfError: p.margin,
    confidence: p.confidence,
    method: p.method,
    count: p.counts.size,
    effectiveSize: p.counts.effectiveSize,
  };
}

/** The last confidence {@link criticalZ} was asked for, and its z (0 for 0, exactly): most calls ask for the same one. */
let lastConfidence = 0;
let lastZ = 0;

/** z such that P(−z ≤ Z ≤ z) = confidence for a standard normal Z. */
export function criticalZ(confidence: number): number {
  if (confidence !== lastConfidence) {
    lastZ = normalQuantile((1 + confidence) / 2);
    lastConfidence = confidence;
  }
  return lastZ;
}

/** `x` clipped to [lo, hi]. */
export function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * The sample variance of CES ratings and the sample size behind it. From a
 * (weighted) distribution: Σ c_k (x_k − x̄)² / Σc × n/(n − 1), two passes
 * over the points, exact for whole counts up to the last division; from
 * counts: (count·Σx² − (Σx)²) / (count (count − 1)).
 */
export function cesSpread(fn: string, r: SurveyCounts): { variance: number; n: number } {
  const n = r.effectiveSize;
  if (r.size < 2) fail('EMPTY_INPUT', fn, `needs at least two responses for the spread of the ratings, got ${r.size}`);
  if (!(n > 1)) {
    fail(
      'EMPTY_INPUT',
      fn,
      `the weights of the ${r.size} responses leave an effective sample size of ${n}, and the spread of the ratings needs more than 1`,
    );
  }
  const { count } = r;
  const sum = r.sum!;
  if (r.distribution !== undefined) {
    const mean = sum / count;
    const { scale, counts } = r.distribution;
    let squares = 0;
    for (let k = 0; k < counts.length; k++) {
      const dev = scale.min + k - mean;
      squares += counts[k]! * dev * dev;
    }
    return { variance: ((squares / count) * n) / (n - 1), n };
  }
  const { sumOfSquares } = r;
  if (sumOfSquares === undefined) {
    fail(
      'INVALID_COUNTS',
      fn,
      'counts { sum, count } do not say how spread the ratings are; add sumOfSquares (Σx²), or pass the ratings or a tally',
    );
  }
  return { variance: Math.max(0, count * sumOfSquares - sum * sum) / (count * (count - 1)), n };
}
