import { describeValue } from '../_lib/describe.js';
import { fail, readConfidence, readOptions, readPercentageOption } from '../_lib/validate.js';
import { criticalZ } from './interval.js';

/** What {@link npsSampleSize} needs. Shares are percentages 0–100, as {@link npsSummary} gives them. */
export interface NpsSampleSizeOptions {
  /** The largest acceptable margin of error (half-width), in NPS points, e.g. 5 for ±5. */
  readonly marginOfError: number;
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
  /** Expected percentage of promoters; unknown means the worst case. */
  readonly promoterShare?: number;
  /** Expected percentage of detractors; unknown means the worst case. */
  readonly detractorShare?: number;
}

/** What {@link csatSampleSize} needs. */
export interface CsatSampleSizeOptions {
  /** The largest acceptable margin of error (half-width), in percentage points, e.g. 5 for ±5. */
  readonly marginOfError: number;
  /** Confidence level, above 0 and at most 1 − 2^-52 (0.9999999999999998). Default 0.95. */
  readonly confidence?: number;
  /** The CSAT you expect, 0–100; unknown means the worst case, 50. */
  readonly expectedScore?: number;
}

const NPS_SAMPLE_KEYS = ['marginOfError', 'confidence', 'promoterShare', 'detractorShare'] as const satisfies readonly (keyof NpsSampleSizeOptions)[];
const CSAT_SAMPLE_KEYS = ['marginOfError', 'confidence', 'expectedScore'] as const satisfies readonly (keyof CsatSampleSizeOptions)[];

/**
 * How many responses an NPS survey needs for a given margin of error.
 *
 * @summary Sample size for a target NPS margin of error.
 *
 * @remarks
 * The smallest n with z·√(Var / n) × 100 ≤ marginOfError, the Wald
 * half-width, where Var = p + d − (p − d)² for the expected shares p and d
 * (as fractions). Unknown shares take the worst case: with neither known,
 * Var = 1 (half promoters, half detractors); with one known, the other is the
 * value in 0…(1 − known) that maximises Var. So n = ⌈z² · Var · 100² /
 * marginOfError²⌉. For ±5 points at 95%, the worst case needs 1,537.
 *
 * @param options - {@link NpsSampleSizeOptions}.
 * @returns The number of responses, a whole number from 1 to 2^53 − 1.
 * @throws {@link MetricError} `INVALID_OPTION` for a margin of error not in
 *   (0, 200] or so narrow that it needs more than 2^53 − 1 responses, a
 *   confidence outside (0, 1 − 2^-52], or shares outside 0–100 or adding up to more
 *   than 100.
 *
 * @example
 * ```ts
 * npsSampleSize({ marginOfError: 5 }); // => 1537
 * npsSampleSize({ marginOfError: 10 }); // => 385
 * npsSampleSize({ marginOfError: 5, promoterShare: 50, detractorShare: 20 }); // => 938
 * ```
 */
export function npsSampleSize(options: NpsSampleSizeOptions): number {
  const fn = 'npsSampleSize';
  const o = readOptions(fn, required(fn, options), NPS_SAMPLE_KEYS);
  const margin = readMargin(fn, o.marginOfError, 200);
  const z = criticalZ(readConfidence(fn, o.confidence));
  const p = fraction(readPercentageOption(fn, 'promoterShare', o.promoterShare));
  const d = fraction(readPercentageOption(fn, 'detractorShare', o.detractorShare));
  if (p !== undefined && d !== undefined && p + d > 1 + 1e-12) {
    fail('INVALID_OPTION', fn, `promoterShare and detractorShare add up to more than 100`);
  }
  return smallestSample(fn, z, npsWorstVariance(p, d), margin);
}

/**
 * Var = p + d − (p − d)², maximised over whichever share is unknown: ∂Var/∂d
 * = 1 + 2(p − d) vanishes at d = p + ½, so with p known the worst d is
 * min(p + ½, 1 − p) (and symmetrically); with neither, p = d = ½ gives 1.
 */
function npsWorstVariance(p: number | undefined, d: number | undefined): number {
  const variance = (a: number, b: number) => a + b - (a - b) ** 2;
  if (p === undefined && d === undefined) return 1;
  if (p !== undefined && d !== undefined) return variance(p, d);
  const known = (p ?? d)!;
  return variance(known, Math.min(known + 0.5, 1 - known));
}

/**
 * How many responses a CSAT survey needs for a given margin of error.
 *
 * @summary Sample size for a target CSAT margin of error.
 *
 * @remarks
 * The smallest n with z·√(p(1 − p) / n) × 100 ≤ marginOfError, the Wald
 * half-width, for the expected score p (as a fraction); unknown means the
 * worst case p = ½. n = ⌈z² · p(1 − p) · 100² / marginOfError²⌉: 385 for ±5
 * points at 95% in the worst case.
 *
 * @param options - {@link CsatSampleSizeOptions}.
 * @returns The number of responses, a whole number from 1 to 2^53 − 1.
 * @throws {@link MetricError} `INVALID_OPTION` for a margin of error not in
 *   (0, 100] or so narrow that it needs more than 2^53 − 1 responses, a
 *   confidence outside (0, 1 − 2^-52], or an expected score outside 0–100.
 *
 * @example
 * ```ts
 * csatSampleSize({ marginOfError: 5 }); // => 385
 * csatSampleSize({ marginOfError: 5, expectedScore: 80 }); // => 246
 * csatSampleSize({ marginOfError: 3, confidence: 0.99 }); // => 1844
 * ```
 */
export function csatSampleSize(options: CsatSampleSizeOptions): number {
  const fn = 'csatSampleSize';
  const o = readOptions(fn, required(fn, options), CSAT_SAMPLE_KEYS);
  const margin = readMargin(fn, o.marginOfError, 100);
  const z = criticalZ(readConfidence(fn, o.confidence));
  const p = fraction(readPercentageOption(fn, 'expectedScore', o.expectedScore)) ?? 0.5;
  return smallestSample(fn, z, p * (1 - p), margin);
}

/**
 * The smallest n ≥ 1 with z·√(variance / n)·100 ≤ margin, in closed form:
 * n = ⌈z² · variance · 100² / margin²⌉, then checked a step either way, as the
 * rounded bound can be one off. At most 2^53 − 1 (`Number.MAX_SAFE_INTEGER`):
 * a margin that needs more is refused, naming the narrowest one possible.
 */
function smallestSample(fn: string, z: number, variance: number, margin: number): number {
  // no spread (all promoters, a CSAT of 0 or 100): one response tells all
  if (!(variance > 0)) return 1;
  const fits = (n: number) => z * Math.sqrt(variance / n) * 100 <= margin;
  const bound = (z * z * variance * 10000) / (margin * margin);
  if (!(bound < Number.MAX_SAFE_INTEGER)) refuseMargin(fn, z, variance, margin, bound);
  let n = Math.max(1, Math.ceil(bound));
  // the rounding error of the bound is far below one response: these steps run at most once or twice
  for (let step = 0; step < 4 && n > 1 && fits(n - 1); step++) n--;
  for (let step = 0; step < 4 && !fits(n); step++) n++;
  if (n > Number.MAX_SAFE_INTEGER) refuseMargin(fn, z, variance, margin, n);
  return n;
}

function refuseMargin(fn: string, z: number, variance: number, margin: number, needed: number): never {
  const narrowest = z * Math.sqrt(variance / Number.MAX_SAFE_INTEGER) * 100;
  fail(
    'INVALID_OPTION',
    fn,
    `option marginOfError ${describeValue(margin)} needs ${needed === Infinity ? 'infinitely many' : `about ${needed.toPrecision(3)}`} responses, more than 2^53 − 1; the narrowest margin at this confidence and these shares is ${narrowest.toPrecision(3)}`,
  );
}

function readMargin(fn: string, value: unknown, widest: number): number {
  if (typeof value !== 'number' || !(value > 0 && value <= widest)) {
    fail(
      'INVALID_OPTION',
      fn,
      `option marginOfError must be a number of points in (0, ${widest}], got ${describeValue(value)}`,
    );
  }
  return value;
}

/** The options of a sample size, which are required: JavaScript callers may still leave them out. */
function required(fn: string, options: unknown): unknown {
  if (options === undefined) fail('INVALID_OPTION', fn, 'give { marginOfError }');
  return options;
}

/** A percentage as the fraction the variance formulas use; undefined stays undefined. */
function fraction(percentage: number | undefined): number | undefined {
  return percentage === undefined ? undefined : percentage / 100;
}
