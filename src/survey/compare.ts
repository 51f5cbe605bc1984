import { normalTwoSided, studentTQuantile, studentTTwoSided } from '../_lib/distributions.js';
import { formatScale, sameScale } from '../_lib/scale.js';
import { fail, readConfidence, readOptions } from '../_lib/validate.js';
import { CES_SPREAD, cesMean, type CesInput, type CesOptions } from './ces.js';
import { CSAT, csatScore, type CsatInput, type CsatOptions } from './csat.js';
import { cesSpread, clip, criticalZ, npsWald } from './interval.js';
import { NPS, npsCounts, npsScore, type NpsInput } from './nps.js';
import { reduceSurvey } from './reduce.js';

/** How a comparison was tested. */
export type ComparisonMethod = 'wald-z' | 'two-proportion-z' | 'welch-t';

/**
 * The difference between two independent samples' scores, a ± interval
 * around it, and a two-sided test of "no difference". Values are on the
 * score's scale (NPS points, CSAT percentage points, CES scale points).
 */
export interface Comparison<M extends ComparisonMethod = ComparisonMethod> {
  /** score(a) − score(b), sign kept. */
  readonly difference: number;
  /** Standard error of the difference (the one behind `lower` and `upper`). */
  readonly standardError: number;
  /** The test statistic (z, or Welch's t). */
  readonly statistic: number;
  /** Two-sided p-value of the test of no difference. */
  readonly pValue: number;
  /** Lower bound of the interval on the difference. */
  readonly lower: number;
  /** Upper bound of the interval on the difference. */
  readonly upper: number;
  /** `pValue < 1 − confidence`. */
  readonly significant: boolean;
  /** The confidence level, e.g. 0.95. */
  readonly confidence: number;
  /** The test used. */
  readonly method: M;
}

/** A {@link Comparison} by Welch's t-test, with its degrees of freedom. */
export interface CesComparison extends Comparison<'welch-t'> {
  /** Welch–Satterthwaite degrees of freedom. */
  readonly degreesOfFreedom: number;
}

/** Options of {@link compareNps}. */
export interface CompareNpsOptions {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
}

/** Options of {@link compareCsat}: the CSAT options (without weights) and the confidence. */
export interface CompareCsatOptions extends Omit<CsatOptions, 'weights' | 'frequencies'> {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
}

/** Options of {@link compareCes}: the CES options (without weights) and the confidence. */
export interface CompareCesOptions extends Omit<CesOptions, 'weights' | 'frequencies'> {
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
}

const COMPARE_NPS_KEYS = ['confidence'] as const satisfies readonly (keyof CompareNpsOptions)[];
const COMPARE_CSAT_KEYS = ['scale', 'positiveFrom', 'confidence'] as const satisfies readonly (keyof CompareCsatOptions)[];
const COMPARE_CES_KEYS = ['scale', 'higherIs', 'confidence'] as const satisfies readonly (keyof CompareCesOptions)[];

/**
 * Compares the NPS of two independent samples (two periods, two channels).
 *
 * @summary Is NPS(a) different from NPS(b)?
 *
 * @remarks
 * difference = NPS₁ − NPS₂; each sample's Var = p + d − (p − d)² (p, d the
 * shares of promoters and detractors); SE = √(Var₁/n₁ + Var₂/n₂) × 100;
 * z = difference / SE; two-sided p-value 2(1 − Φ(|z|)); interval
 * difference ± z_{1−α/2}·SE, clipped to −200…200. When neither sample
 * varies (each is all promoters, all passives or all detractors), SE is 0:
 * equal scores give z = 0 and p = 1; different ones leave the test undefined
 * and throw `EMPTY_INPUT`, never a z of ±∞.
 *
 * @param a - The first sample, in any form {@link nps} accepts.
 * @param b - The second sample.
 * @param options - {@link CompareNpsOptions}.
 * @returns A {@link Comparison}.
 * @throws {@link MetricError} As {@link nps} for either sample;
 *   `EMPTY_INPUT` when neither sample varies and their scores differ;
 *   `INVALID_OPTION` for a confidence outside (0, 1 − 2^-52].
 *
 * @example
 * ```ts
 * const r = compareNps({ promoters: 60, passives: 20, detractors: 20 }, { promoters: 40, passives: 30, detractors: 30 });
 * // SE = √(8² + 8.3066²): the samples' Wald standard errors combined
 * r.difference; // => 30
 * r.standardError; // => 11.532562594670797
 * r.statistic; // => 2.60132990857236
 * r.significant; // => true
 * ```
 */
export function compareNps(a: NpsInput, b: NpsInput, options?: CompareNpsOptions): Comparison<'wald-z'> {
  const fn = 'compareNps';
  const o = readOptions(fn, options, COMPARE_NPS_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const first = reduceSurvey(fn, NPS, a, o).counts;
  const second = reduceSurvey(fn, NPS, b, o).counts;
  const scores = [npsScore(fn, first), npsScore(fn, second)] as const;
  const difference = scores[0] - scores[1];
  const se1 = npsWald(npsCounts(first), first.effectiveSize).standardError;
  const se2 = npsWald(npsCounts(second), second.effectiveSize).standardError;
  const standardError = Math.sqrt(se1 * se1 + se2 * se2);
  return zComparison(fn, scores, { difference, standardError, nullStandardError: standardError, confidence, range: 200, method: 'wald-z' });
}

/**
 * Compares the CSAT of two independent samples with the two-proportion
 * z-test.
 *
 * @summary Is CSAT(a) different from CSAT(b)?
 *
 * @remarks
 * difference = CSAT₁ − CSAT₂. The test pools the samples under the null:
 * p̄ = (x₁ + x₂)/(n₁ + n₂), z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)). The
 * interval on the difference is unpooled: difference ± z_{1−α/2}·SE with
 * SE = √(p̂₁(1 − p̂₁)/n₁ + p̂₂(1 − p̂₂)/n₂) × 100, the `standardError`
 * reported. `significant` follows the test, so near the threshold it can
 * disagree with whether the interval contains 0.
 *
 * @param a - The first sample, in any form {@link csat} accepts.
 * @param b - The second sample.
 * @param options - {@link CompareCsatOptions}: the CSAT options for both samples, and the confidence.
 * @returns A {@link Comparison}.
 * @throws {@link MetricError} As {@link csat} for either sample;
 *   `SCALE_MISMATCH` when the samples are tallies of different scales;
 *   `INVALID_OPTION` for a confidence outside (0, 1 − 2^-52].
 *
 * @example
 * ```ts
 * // 80 of 100 against 60 of 100: pooled p̄ = 0.7, z = 0.2 / √(0.7 · 0.3 · 0.02)
 * const r = compareCsat({ positive: 80, count: 100 }, { positive: 60, count: 100 });
 * r.difference; // => 20
 * r.statistic; // => 3.086066999241838
 * r.pValue < 0.01; // => true
 * ```
 */
export function compareCsat(a: CsatInput, b: CsatInput, options?: CompareCsatOptions): Comparison<'two-proportion-z'> {
  const fn = 'compareCsat';
  const o = readOptions(fn, options, COMPARE_CSAT_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const first = reduceSurvey(fn, CSAT, a, o);
  const second = reduceSurvey(fn, CSAT, b, o);
  if (!sameScale(first.settings.scale, second.settings.scale)) {
    fail('SCALE_MISMATCH', fn, `sample a is on the scale ${formatScale(first.settings.scale)}, sample b on ${formatScale(second.settings.scale)}`);
  }
  const scores = [csatScore(fn, first.counts), csatScore(fn, second.counts)] as const;
  const difference = scores[0] - scores[1];
  const n1 = first.counts.effectiveSize;
  const n2 = second.counts.effectiveSize;
  const p1 = first.counts.bands![0]! / first.counts.count;
  const p2 = second.counts.bands![0]! / second.counts.count;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const nullStandardError = 100 * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const standardError = 100 * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return zComparison(fn, scores, { difference, standardError, nullStandardError, confidence, range: 100, method: 'two-proportion-z' });
}

/**
 * Compares the CES of two independent samples with Welch's t-test.
 *
 * @summary Is CES(a) different from CES(b)?
 *
 * @remarks
 * difference = mean₁ − mean₂; SE = √(s₁²/n₁ + s₂²/n₂) (sample variances,
 * divisor n − 1); t = difference / SE with the Welch–Satterthwaite degrees of
 * freedom ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)); two-sided
 * p-value from Student's t; interval difference ± t(1 − α/2, ν)·SE, clipped to
 * ±(max − min). Both samples must be on one scale; each needs at least two
 * responses, and counts need `sumOfSquares`. When neither sample varies, SE
 * is 0: equal means give t = 0 and p = 1; different ones leave the test
 * undefined and throw `EMPTY_INPUT`, never a t of ±∞.
 *
 * @param a - The first sample, in any form {@link cesInterval} accepts.
 * @param b - The second sample.
 * @param options - {@link CompareCesOptions}: the CES options for both samples, and the confidence.
 * @returns A {@link CesComparison}.
 * @throws {@link MetricError} As {@link cesInterval} for either sample;
 *   `EMPTY_INPUT` when neither sample varies and their means differ;
 *   `SCALE_MISMATCH` for samples on different scales.
 *
 * @example
 * ```ts
 * // means 6 and 4, both with s = 1 and n = 3: SE = √(2/3), ν = 4
 * const r = compareCes([5, 6, 7], [3, 4, 5]);
 * r.difference; // => 2
 * r.degreesOfFreedom; // => 4
 * r.statistic; // => 2.449489742783178
 * ```
 */
export function compareCes(a: CesInput, b: CesInput, options?: CompareCesOptions): CesComparison {
  const fn = 'compareCes';
  const o = readOptions(fn, options, COMPARE_CES_KEYS);
  const confidence = readConfidence(fn, o.confidence);
  const first = reduceSurvey(fn, CES_SPREAD, a, o);
  const second = reduceSurvey(fn, CES_SPREAD, b, o);
  const scale = first.settings.scale;
  if (!sameScale(scale, second.settings.scale)) {
    fail(
      'SCALE_MISMATCH',
      fn,
      `sample a is on the scale ${formatScale(scale)}, sample b on ${formatScale(second.settings.scale)}`,
    );
  }
  const means = [cesMean(fn, first.counts), cesMean(fn, second.counts)] as const;
  const difference = means[0] - means[1];
  const s1 = cesSpread(fn, first.counts);
  const s2 = cesSpread(fn, second.counts);
  const v1 = s1.variance / s1.n;
  const v2 = s2.variance / s2.n;
  const standardError = Math.sqrt(v1 + v2);
  const range = scale.max - scale.min;
  if (standardError === 0) {
    const { statistic, pValue } = withoutSpread(fn, ...means);
    const result = comparison({ difference, standardError: 0, statistic, pValue, margin: 0, confidence, range, method: 'welch-t' });
    return { ...result, degreesOfFreedom: s1.n + s2.n - 2 };
  }
  const degreesOfFreedom = (v1 + v2) ** 2 / ((v1 * v1) / (s1.n - 1) + (v2 * v2) / (s2.n - 1));
  const statistic = difference / standardError;
  const pValue = studentTTwoSided(statistic, degreesOfFreedom);
  const margin = studentTQuantile((1 + confidence) / 2, degreesOfFreedom) * standardError;
  return { ...comparison({ difference, standardError, statistic, pValue, margin, confidence, range, method: 'welch-t' }), degreesOfFreedom };
}

/** What a z-test comparison is computed from: the statistic uses `nullStandardError`, the interval `standardError`. */
interface ZTest<M extends ComparisonMethod> {
  readonly difference: number;
  readonly standardError: number;
  readonly nullStandardError: number;
  readonly confidence: number;
  /** The widest the difference can be, where the interval is clipped. */
  readonly range: number;
  readonly method: M;
}

function zComparison<M extends ComparisonMethod>(fn: string, scores: readonly [number, number], t: ZTest<M>): Comparison<M> {
  const { difference, nullStandardError } = t;
  const { statistic, pValue } =
    nullStandardError === 0
      ? withoutSpread(fn, ...scores)
      : { statistic: difference / nullStandardError, pValue: normalTwoSided(difference / nullStandardError) };
  const margin = criticalZ(t.confidence) * t.standardError;
  return comparison({ difference, standardError: t.standardError, statistic, pValue, margin, confidence: t.confidence, range: t.range, method: t.method });
}

/** The parts of a comparison that its test computes. */
interface ComparisonParts<M extends ComparisonMethod> {
  readonly difference: number;
  readonly standardError: number;
  readonly statistic: number;
  readonly pValue: number;
  /** Half-width of the interval on the difference. */
  readonly margin: number;
  readonly confidence: number;
  /** The widest the difference can be, where the interval is clipped. */
  readonly range: number;
  readonly method: M;
}

/** The result of every comparison: the interval difference ± margin clipped to ±range, significant when p < 1 − confidence. */
function comparison<M extends ComparisonMethod>(p: ComparisonParts<M>): Comparison<M> {
  return {
    difference: p.difference,
    standardError: p.standardError,
    statistic: p.statistic,
    pValue: p.pValue,
    lower: clip(p.difference - p.margin, -p.range, p.range),
    upper: clip(p.difference + p.margin, -p.range, p.range),
    significant: p.pValue < 1 - p.confidence,
    confidence: p.confidence,
    method: p.method,
  };
}

/**
 * The test when neither sample varies, so that the standard error is 0:
 * equal scores give a statistic of 0 and p = 1; different ones leave the
 * test undefined (a statistic of ±∞), and `EMPTY_INPUT` says so.
 */
function withoutSpread(fn: string, first: number, second: number): { statistic: number; pValue: number } {
  if (first === second) return { statistic: 0, pValue: 1 };
  fail(
    'EMPTY_INPUT',
    fn,
    `neither sample varies (scores ${first} and ${second}), so the standard error of their difference is 0 and the test is undefined; it needs spread in at least one sample`,
  );
}
