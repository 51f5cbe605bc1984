import { MetricError } from '../error.js';
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatScale, sameScale, type Scale } from '../_lib/scale.js';
import { chiSquareUpperTail, fUpperTail } from '../_lib/tails.js';
import { fail, readConfidence, readOptions } from '../_lib/validate.js';
import { CES_SPREAD, cesMean, type CesCounts, type CesInput, type CesOptions } from './ces.js';
import { compareCes, compareCsat, compareNps, type CesComparison, type Comparison } from './compare.js';
import { CSAT, type CsatInput, type CsatOptions } from './csat.js';
import { cesSpread } from './interval.js';
import { NPS, npsCounts, type NpsCounts, type NpsInput } from './nps.js';
import { reduceSurvey } from './reduce.js';
import type { Tally } from './tally.js';

/**
 * One pair of groups in a test across groups: the two-sample comparison of
 * group `a` against group `b` (`compareNps`, `compareCsat` or `compareCes`
 * of the two, with its own `pValue` and `significant`), and its p-value
 * adjusted for the number of pairs.
 */
export type PairwiseComparison<K extends string | number, C extends Comparison> = C & {
  /** The first group: its name, or its index when the groups came as an array. */
  readonly a: K;
  /** The second group. */
  readonly b: K;
  /**
   * Holm's step-down adjustment of `pValue` for all the pairs: with the m
   * p-values in ascending order p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p₍ᵢ₎ is
   * max over j ≤ i of min(1, (m − j + 1) p₍ⱼ₎).
   */
  readonly adjustedPValue: number;
  /** `adjustedPValue < 1 − confidence`: the pair differs, with every pair tested at once. */
  readonly adjustedSignificant: boolean;
};

/** What every test across groups returns. */
export interface AcrossGroups<K extends string | number, C extends Comparison> {
  /** The test statistic: Pearson's X², or Welch's F. */
  readonly statistic: number;
  /** Its degrees of freedom (for Welch's F, of the numerator: groups − 1). */
  readonly degreesOfFreedom: number;
  /** The p-value of "every group has the same true score". */
  readonly pValue: number;
  /** `pValue < 1 − confidence`. */
  readonly significant: boolean;
  /** The confidence level, e.g. 0.95. */
  readonly confidence: number;
  /** The groups' names (or indices), in the order given. */
  readonly groups: readonly K[];
  /** Every pair of groups, in the order of `groups`: (0, 1), (0, 2), …, (1, 2), …. */
  readonly pairwise: readonly PairwiseComparison<K, C>[];
  /** Reasons to read the p-value with care, such as expected counts below 5; empty when there are none. */
  readonly warnings: readonly string[];
}

/** The result of {@link compareNpsAcross}: Pearson's chi-square test on promoters, passives and detractors. */
export interface NpsAcrossGroups<K extends string | number> extends AcrossGroups<K, Comparison<'wald-z'>> {
  /** The test used: Pearson's chi-square test of homogeneity. */
  readonly method: 'chi-square';
}

/** The result of {@link compareCsatAcross}: Pearson's chi-square test on positive and other answers. */
export interface CsatAcrossGroups<K extends string | number> extends AcrossGroups<K, Comparison<'two-proportion-z'>> {
  /** The test used: Pearson's chi-square test of homogeneity. */
  readonly method: 'chi-square';
}

/** The result of {@link compareCesAcross}: Welch's one-way ANOVA. */
export interface CesAcrossGroups<K extends string | number> extends AcrossGroups<K, CesComparison> {
  /** The test used: Welch's one-way ANOVA. */
  readonly method: 'welch-anova';
  /** Welch's degrees of freedom of the denominator (not a whole number). */
  readonly denominatorDegreesOfFreedom: number;
}

/** Options of {@link compareNpsAcross}. */
export interface CompareNpsAcrossOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/** Options of {@link compareCsatAcross}: the CSAT options (without weights) and the confidence. */
export interface CompareCsatAcrossOptions extends Omit<CsatOptions, 'weights' | 'frequencies'> {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/** Options of {@link compareCesAcross}: the CES options (without weights) and the confidence. */
export interface CompareCesAcrossOptions extends Omit<CesOptions, 'weights' | 'frequencies'> {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

const NPS_ACROSS_KEYS = ['confidence'] as const satisfies readonly (keyof CompareNpsAcrossOptions)[];
const CSAT_ACROSS_KEYS = ['scale', 'positiveFrom', 'confidence'] as const satisfies readonly (keyof CompareCsatAcrossOptions)[];
const CES_ACROSS_KEYS = ['scale', 'higherIs', 'confidence'] as const satisfies readonly (keyof CompareCesAcrossOptions)[];

/**
 * Tests whether several independent groups (channels, teams, regions,
 * periods) have the same NPS, and compares every pair.
 *
 * @summary Do these groups have the same NPS?
 *
 * @remarks
 * Pearson's chi-square test of homogeneity on the groups × (promoters,
 * passives, detractors) table of counts O: with row sums Rᵢ, column sums Cⱼ
 * and N answers in all, the expected counts are Eᵢⱼ = RᵢCⱼ/N and
 * X² = Σ (Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ, with (groups − 1)(categories − 1) degrees of
 * freedom; the p-value is P(χ² > X²). Equal to scipy's
 * `chi2_contingency(table, correction=False)`. A category that no group has
 * (no passives anywhere) is left out of the table, as it carries no
 * information; when only one is left, the groups cannot differ: X² = 0,
 * 0 degrees of freedom, p = 1.
 *
 * The test compares the three shares, not only the score: groups with the
 * same NPS but more passives in one differ too. When it is significant,
 * `pairwise` says which groups differ: every pair's {@link compareNps},
 * with its p-value adjusted by Holm's method for the number of pairs, so
 * that the chance of any false alarm among them stays at 1 − confidence.
 *
 * The approximation by the chi-square distribution needs expected counts
 * of 5 or more (Cochran's rule, as textbooks state it); `warnings` says when
 * some are smaller.
 *
 * @param groups - Two or more groups, each in any form {@link nps} accepts,
 *   as an array (named by their index) or an object of named groups.
 * @param options - {@link CompareNpsAcrossOptions}.
 * @returns An {@link NpsAcrossGroups}.
 * @throws {@link MetricError} `INVALID_TYPE` when `groups` is neither an
 *   array nor an object; `EMPTY_INPUT` for fewer than two groups or a group
 *   without answers; `OUT_OF_RANGE` for more than 100 groups (every pair
 *   is tested, so the cost grows with the square of the groups); as
 *   {@link nps} for a bad group (the message names it);
 *   `INVALID_OPTION` for a confidence outside (0, 1).
 *
 * @example
 * ```ts
 * const r = compareNpsAcross({
 *   email: { promoters: 60, passives: 20, detractors: 20 },
 *   chat: { promoters: 40, passives: 30, detractors: 30 },
 *   phone: { promoters: 55, passives: 25, detractors: 20 },
 * });
 * r.statistic; // ≈ 9.050691244239632
 * r.degreesOfFreedom; // => 4
 * r.significant; // => false
 * // email against chat: p = 0.0093, 0.028 after adjusting for three pairs
 * r.pairwise.map((p) => [p.a, p.b, p.adjustedSignificant]); // => [['email', 'chat', true], ['email', 'phone', false], ['chat', 'phone', false]]
 * ```
 */
export function compareNpsAcross(groups: readonly NpsInput[], options?: CompareNpsAcrossOptions): NpsAcrossGroups<number>;
export function compareNpsAcross<K extends string>(
  groups: Readonly<Record<K, NpsInput>>,
  options?: CompareNpsAcrossOptions,
): NpsAcrossGroups<K>;
export function compareNpsAcross(
  groups: readonly NpsInput[] | Readonly<Record<string, NpsInput>>,
  options?: CompareNpsAcrossOptions,
): NpsAcrossGroups<string | number> {
  const fn = 'compareNpsAcross';
  const o = readOptions(fn, options, NPS_ACROSS_KEYS);
  const confidence = readConfidence(fn, o['confidence']);
  const { keys, inputs } = readGroups(fn, groups);
  const counts = inputs.map((input, i) => inGroup(fn, keys[i]!, () => npsGroup(fn, input)));
  const table = counts.map((c) => [c.promoters, c.passives, c.detractors]);
  const test = chiSquareTest(table, keys, ['promoters', 'passives', 'detractors']);
  const pairwise = pairs(fn, keys, confidence, (i, j) => compareNps(counts[i]!, counts[j]!, { confidence }));
  return { ...test, significant: test.pValue < 1 - confidence, confidence, method: 'chi-square', groups: keys, pairwise };
}

/**
 * Tests whether several independent groups have the same CSAT, and
 * compares every pair.
 *
 * @summary Do these groups have the same CSAT?
 *
 * @remarks
 * Pearson's chi-square test of homogeneity on the groups × (positive, not
 * positive) table, as {@link compareNpsAcross} describes, with groups − 1
 * degrees of freedom; equal to scipy's `chi2_contingency(table,
 * correction=False)`. With two groups it is the square of the pooled
 * two-proportion z of {@link compareCsat}, and has its p-value. When every
 * answer of every group is positive (or none is), X² = 0 with 0 degrees of
 * freedom and p = 1. `pairwise` holds every pair's {@link compareCsat} with
 * Holm-adjusted p-values; `warnings` flags expected counts below 5.
 *
 * @param groups - Two or more groups, each in any form {@link csat} accepts,
 *   all on one scale, as an array or an object of named groups.
 * @param options - {@link CompareCsatAcrossOptions}: the CSAT options for every group, and the confidence.
 * @returns A {@link CsatAcrossGroups}.
 * @throws {@link MetricError} As {@link compareNpsAcross}; as {@link csat}
 *   for a bad group; `SCALE_MISMATCH` for groups on different scales.
 *
 * @example
 * ```ts
 * const r = compareCsatAcross([
 *   { positive: 80, count: 100 },
 *   { positive: 60, count: 100 },
 *   { positive: 75, count: 90 },
 * ]);
 * r.statistic; // ≈ 16.186046511627907
 * r.pValue < 0.001; // => true
 * r.pairwise.filter((p) => p.adjustedSignificant).map((p) => [p.a, p.b]); // => [[0, 1], [1, 2]]
 * ```
 */
export function compareCsatAcross(groups: readonly CsatInput[], options?: CompareCsatAcrossOptions): CsatAcrossGroups<number>;
export function compareCsatAcross<K extends string>(
  groups: Readonly<Record<K, CsatInput>>,
  options?: CompareCsatAcrossOptions,
): CsatAcrossGroups<K>;
export function compareCsatAcross(
  groups: readonly CsatInput[] | Readonly<Record<string, CsatInput>>,
  options?: CompareCsatAcrossOptions,
): CsatAcrossGroups<string | number> {
  const fn = 'compareCsatAcross';
  const o = readOptions(fn, options, CSAT_ACROSS_KEYS);
  const confidence = readConfidence(fn, o['confidence']);
  const { keys, inputs } = readGroups(fn, groups);
  const reduced = inputs.map((input, i) => inGroup(fn, keys[i]!, () => csatGroup(fn, input, o)));
  const scale = sharedScale(fn, keys, reduced.map((r) => r.scale));
  const table = reduced.map((r) => [r.positive, r.count - r.positive]);
  const test = chiSquareTest(table, keys, ['positive', 'not positive']);
  // every pair on the groups' one scale, so that a default positiveFrom means the same for the counts as for the answers
  const pairOptions = { ...o, scale, confidence };
  const pairwise = pairs(fn, keys, confidence, (i, j) =>
    compareCsat(reduced[i]!.counts, reduced[j]!.counts, pairOptions as CompareCsatAcrossOptions),
  );
  return { ...test, significant: test.pValue < 1 - confidence, confidence, method: 'chi-square', groups: keys, pairwise };
}

/**
 * Tests whether several independent groups have the same CES (mean
 * rating) without assuming equal variances, and compares every pair.
 *
 * @summary Do these groups have the same CES?
 *
 * @remarks
 * Welch's one-way ANOVA (Welch, Biometrika 38, 1951): with each group's
 * mean x̄ᵢ, sample variance sᵢ² (divisor nᵢ − 1) and nᵢ answers, weights
 * wᵢ = nᵢ/sᵢ², W = Σwᵢ, the weighted mean x̄ = Σwᵢx̄ᵢ/W, k groups and
 * Λ = Σ (1 − wᵢ/W)²/(nᵢ − 1) / (k² − 1):
 * F = [Σ wᵢ(x̄ᵢ − x̄)² / (k − 1)] / [1 + 2(k − 2)Λ], on k − 1 and 1/(3Λ)
 * degrees of freedom; p = P(F > F). Equal to statsmodels'
 * `anova_oneway(groups, use_var='unequal')`. With two groups F is the
 * square of Welch's t of {@link compareCes}, with its p-value.
 *
 * A group without spread (every answer the same) has an infinite weight:
 * its mean is taken as known, which is the limit of the formula as its
 * variance goes to 0, and `warnings` says so. Two such groups with different
 * means leave the test undefined (F would be +∞) and throw `EMPTY_INPUT`, as
 * {@link compareCes} does for such a pair; when every group is without spread
 * and all means are equal, F = 0 and p = 1.
 *
 * `pairwise` holds every pair's {@link compareCes} (Welch's t) with
 * Holm-adjusted p-values.
 *
 * @param groups - Two or more groups, each of raw ratings, a tally or
 *   `{ sum, sumOfSquares, count }`, all on one scale, with at least two
 *   answers each; as an array or an object of named groups.
 * @param options - {@link CompareCesAcrossOptions}: the CES options for every group, and the confidence.
 * @returns A {@link CesAcrossGroups}.
 * @throws {@link MetricError} As {@link compareNpsAcross}; as
 *   {@link cesInterval} for a bad group (fewer than two answers, counts
 *   without `sumOfSquares`); `SCALE_MISMATCH` for groups on different scales;
 *   `EMPTY_INPUT` when two groups without spread share a mean beside groups
 *   with spread, which leaves the weights undefined (merge the two), and
 *   when two groups without spread have different means.
 *
 * @example
 * ```ts
 * const r = compareCesAcross({
 *   billing: [5, 6, 7, 6, 5],
 *   returns: [3, 4, 5, 4],
 *   delivery: [6, 7, 7, 7, 6, 5],
 * });
 * r.statistic; // ≈ 9.340932391672625
 * [r.degreesOfFreedom, r.denominatorDegreesOfFreedom]; // ≈ [2, 7.359430850259322]
 * r.pValue; // ≈ 0.009561028639819778
 * ```
 */
export function compareCesAcross(groups: readonly CesInput[], options?: CompareCesAcrossOptions): CesAcrossGroups<number>;
export function compareCesAcross<K extends string>(
  groups: Readonly<Record<K, CesInput>>,
  options?: CompareCesAcrossOptions,
): CesAcrossGroups<K>;
export function compareCesAcross(
  groups: readonly CesInput[] | Readonly<Record<string, CesInput>>,
  options?: CompareCesAcrossOptions,
): CesAcrossGroups<string | number> {
  const fn = 'compareCesAcross';
  const o = readOptions(fn, options, CES_ACROSS_KEYS);
  const confidence = readConfidence(fn, o['confidence']);
  const { keys, inputs } = readGroups(fn, groups);
  const reduced = inputs.map((input, i) => inGroup(fn, keys[i]!, () => cesGroup(fn, input, o)));
  sharedScale(fn, keys, reduced.map((r) => r.scale));
  const anova = welchAnova(fn, keys, reduced);
  const pairOptions = { ...o, confidence } as CompareCesAcrossOptions;
  const pairwise = pairs(fn, keys, confidence, (i, j) => compareCes(reduced[i]!.input, reduced[j]!.input, pairOptions));
  return { ...anova, significant: anova.pValue < 1 - confidence, confidence, method: 'welch-anova', groups: keys, pairwise };
}

// ---------------------------------------------------------------------------
// The groups

type Key = string | number;

/** The groups' keys (indices of an array, or an object's own names) and their inputs. */
function readGroups(fn: string, groups: unknown): { keys: Key[]; inputs: unknown[] } {
  const shape = 'pass an array of groups, or an object of named groups';
  if (groups === null || typeof groups !== 'object') fail('INVALID_TYPE', fn, `groups is ${describeKind(groups)}; ${shape}`);
  let keys: Key[];
  let inputs: unknown[];
  if (Array.isArray(groups)) {
    refuseManyGroups(fn, groups.length);
    // Array.from, not map: a hole in a sparse array is a missing group, not one left out
    keys = Array.from(groups, (_, i) => i);
    inputs = Array.from(groups as readonly unknown[]);
  } else if (ArrayBuffer.isView(groups)) {
    fail('INVALID_TYPE', fn, `groups is a typed array, which is one group's answers; ${shape}, e.g. [a, b]`);
  } else if (groups instanceof Map || groups instanceof Set) {
    fail('INVALID_TYPE', fn, `groups is a ${groups instanceof Map ? 'Map' : 'Set'}; ${shape} (Object.fromEntries(map) turns a Map into one)`);
  } else {
    keys = Object.keys(groups);
    refuseManyGroups(fn, keys.length);
    inputs = keys.map((k) => (groups as Record<string, unknown>)[k as string]);
  }
  if (keys.length < 2) {
    fail('EMPTY_INPUT', fn, `needs at least two groups to compare, got ${keys.length}`);
  }
  return { keys, inputs };
}

/**
 * The most groups compared at once: every pair is tested, and 100 groups
 * make 4,950 pairs, so that the cost (and the size of the result) stays
 * bounded.
 */
const MAX_GROUPS = 100;

function refuseManyGroups(fn: string, count: number): void {
  if (count > MAX_GROUPS) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `${count} groups are more than the ${MAX_GROUPS} compared at once (every pair is tested: ${MAX_GROUPS} groups make ${(MAX_GROUPS * (MAX_GROUPS - 1)) / 2} pairs); compare fewer groups, or merge small ones`,
    );
  }
}

/** How a message names a group. */
function groupName(key: Key): string {
  return typeof key === 'number' ? `group ${key}` : `group ${JSON.stringify(key)}`;
}

/** Runs `read` for one group, naming the group in the message of any MetricError it throws. */
function inGroup<T>(fn: string, key: Key, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    const prefix = `${fn}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw new MetricError(error.code, error.details, `${groupName(key)}: ${message}`);
  }
}

/**
 * Runs the comparison of one pair: a MetricError of the two-sample test (a
 * pair whose test is undefined) is reported by the test across groups,
 * naming the pair.
 */
function inPair<T>(fn: string, a: Key, b: Key, compare: () => T): T {
  try {
    return compare();
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    const message = error.message.replace(/^[A-Za-z]+: /, '');
    throw new MetricError(error.code, { fn }, `${groupName(a)} against ${groupName(b)}: ${message}`);
  }
}

/** The one scale of all the groups, or SCALE_MISMATCH naming the first two that differ. */
function sharedScale(fn: string, keys: readonly Key[], scales: readonly Scale[]): Scale {
  const first = scales[0]!;
  for (let i = 1; i < scales.length; i++) {
    if (!sameScale(first, scales[i]!)) {
      fail(
        'SCALE_MISMATCH',
        fn,
        `${groupName(keys[0]!)} is on the scale ${formatScale(first)}, ${groupName(keys[i]!)} on ${formatScale(scales[i]!)}; compare groups of one question`,
      );
    }
  }
  return first;
}

// ---------------------------------------------------------------------------
// One group, by the metric's own reducer (the only calls of the reducers here)

/** A group's NPS counts. */
function npsGroup(fn: string, input: unknown): NpsCounts<number> {
  const { counts } = reduceSurvey(fn, NPS, input, {});
  if (counts.size === 0) fail('EMPTY_INPUT', fn, 'no answers');
  return npsCounts(counts);
}

/** A group's CSAT counts, in the form `compareCsat` takes, and its scale. */
function csatGroup(
  fn: string,
  input: unknown,
  o: Readonly<Record<string, unknown>>,
): { positive: number; count: number; scale: Scale; counts: CsatInput } {
  const { settings, counts } = reduceSurvey(fn, CSAT, input, o);
  if (counts.size === 0) fail('EMPTY_INPUT', fn, 'no answers');
  const positive = counts.bands![0]!;
  return { positive, count: counts.count, scale: settings.scale, counts: { positive, count: counts.count } };
}

/** A group's CES mean, sample variance and size, its scale, and an input `compareCes` reads as it would the group's own. */
interface CesGroup {
  readonly mean: number;
  readonly variance: number;
  readonly n: number;
  readonly scale: Scale;
  readonly input: CesInput;
}

function cesGroup(fn: string, input: unknown, o: Readonly<Record<string, unknown>>): CesGroup {
  const { settings, counts } = reduceSurvey(fn, CES_SPREAD, input, o);
  if (counts.size === 0) fail('EMPTY_INPUT', fn, 'no answers');
  const mean = cesMean(fn, counts);
  const { variance, n } = cesSpread(fn, counts);
  // the tally when the input has one (raw ratings are tallied), so that every pair sees the same spread;
  // cesSpread has refused counts without sumOfSquares
  const reread: Tally | CesCounts = counts.distribution ?? { sum: counts.sum!, count: counts.count, sumOfSquares: counts.sumOfSquares! };
  return { mean, variance, n, scale: settings.scale, input: reread };
}

// ---------------------------------------------------------------------------
// The tests

/** Pearson's X² on a table of counts (groups × categories), with Cochran's warning. */
function chiSquareTest(
  table: readonly (readonly number[])[],
  keys: readonly Key[],
  categories: readonly string[],
): { statistic: number; degreesOfFreedom: number; pValue: number; warnings: string[] } {
  const rows = table.map((row) => row.reduce((s, x) => s + x, 0));
  const total = rows.reduce((s, x) => s + x, 0);
  const columns = categories.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  // a category nobody chose has expected counts of 0 and no information
  const kept = columns.map((c, j) => (c > 0 ? j : -1)).filter((j) => j >= 0);
  const warnings: string[] = [];
  if (kept.length < 2) {
    const only = kept.length === 1 ? `every answer is ${categories[kept[0]!]}` : 'there are no answers';
    warnings.push(`${only} in every group: the groups cannot differ`);
    return { statistic: 0, degreesOfFreedom: 0, pValue: 1, warnings };
  }
  let statistic = 0;
  let below = 0;
  let smallest = Infinity;
  let smallestAt = '';
  for (let i = 0; i < table.length; i++) {
    for (const j of kept) {
      const expected = (rows[i]! * columns[j]!) / total;
      const d = table[i]![j]! - expected;
      statistic += (d * d) / expected;
      if (expected < 5) below++;
      if (expected < smallest) {
        smallest = expected;
        smallestAt = `${categories[j]} in ${groupName(keys[i]!)}`;
      }
    }
  }
  const degreesOfFreedom = (table.length - 1) * (kept.length - 1);
  if (below > 0) {
    warnings.push(
      `${below} of ${table.length * kept.length} expected counts are below 5 (the smallest, ${describeValue(smallest)}, for ${smallestAt}); the chi-square p-value may be inaccurate: collect more answers or merge small groups`,
    );
  }
  return { statistic, degreesOfFreedom, pValue: chiSquareUpperTail(statistic, degreesOfFreedom), warnings };
}

/** Welch's one-way ANOVA, with groups without spread taken at the limit of their weight. */
function welchAnova(
  fn: string,
  keys: readonly Key[],
  groups: readonly CesGroup[],
): { statistic: number; degreesOfFreedom: number; denominatorDegreesOfFreedom: number; pValue: number; warnings: string[] } {
  const k = groups.length;
  const warnings: string[] = [];
  const exact = groups.map((g, i) => (g.variance === 0 ? i : -1)).filter((i) => i >= 0);
  for (const i of exact) {
    warnings.push(`${groupName(keys[i]!)} has no spread (every answer ${describeValue(groups[i]!.mean)}): its mean is taken as known exactly`);
  }
  const degreesOfFreedom = k - 1;
  if (exact.length >= 2) {
    const means = exact.map((i) => groups[i]!.mean);
    if (means.some((m) => m !== means[0])) {
      // two means known exactly, and different: F would be +∞, which compareCes also refuses
      fail(
        'EMPTY_INPUT',
        fn,
        `${exact.map((i) => groupName(keys[i]!)).join(' and ')} have no spread and different means, which leaves the test undefined (an F of +∞); it needs spread in all but one group`,
      );
    }
    if (exact.length === k) return { statistic: 0, degreesOfFreedom, denominatorDegreesOfFreedom: groupsDf(groups), pValue: 1, warnings };
    fail(
      'EMPTY_INPUT',
      fn,
      `${exact.map((i) => groupName(keys[i]!)).join(' and ')} have no spread and the same mean, which leaves Welch's weights undefined; merge them into one group`,
    );
  }
  // weights nᵢ/sᵢ²; a group without spread (at most one here) has all the weight: wᵢ/W = 1, and 0 for the others
  const weights = groups.map((g) => g.n / g.variance);
  const total = exact.length === 1 ? Infinity : weights.reduce((s, w) => s + w, 0);
  const relative = weights.map((w) => (total === Infinity ? (w === Infinity ? 1 : 0) : w / total));
  let center = 0;
  for (let i = 0; i < k; i++) center += relative[i]! * groups[i]!.mean;
  let between = 0;
  let lambda = 0;
  for (let i = 0; i < k; i++) {
    const g = groups[i]!;
    if (weights[i] !== Infinity) {
      const d = g.mean - center;
      between += weights[i]! * d * d;
    }
    const r = 1 - relative[i]!;
    lambda += (r * r) / (g.n - 1);
  }
  lambda /= k * k - 1;
  const statistic = between / (k - 1) / (1 + 2 * (k - 2) * lambda);
  const denominatorDegreesOfFreedom = 1 / (3 * lambda);
  return { statistic, degreesOfFreedom, denominatorDegreesOfFreedom, pValue: fUpperTail(statistic, degreesOfFreedom, denominatorDegreesOfFreedom), warnings };
}

/** Σ (nᵢ − 1), the degrees of freedom reported when Welch's are undefined (no group has spread). */
function groupsDf(groups: readonly CesGroup[]): number {
  return groups.reduce((s, g) => s + g.n - 1, 0);
}

/** Every pair (i < j) compared, with Holm's adjusted p-values. */
function pairs<C extends Comparison>(
  fn: string,
  keys: readonly Key[],
  confidence: number,
  compare: (i: number, j: number) => C,
): PairwiseComparison<Key, C>[] {
  const found: { a: Key; b: Key; comparison: C }[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) found.push({ a: keys[i]!, b: keys[j]!, comparison: inPair(fn, keys[i]!, keys[j]!, () => compare(i, j)) });
  }
  const adjusted = holm(found.map((f) => f.comparison.pValue));
  return found.map(({ a, b, comparison }, m) => ({
    ...comparison,
    a,
    b,
    adjustedPValue: adjusted[m]!,
    adjustedSignificant: adjusted[m]! < 1 - confidence,
  }));
}

/** Holm's step-down adjustment: p₍ᵢ₎ × (m − i + 1), made monotone and capped at 1, in the input's order. */
function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
  const out = new Array<number>(m);
  let running = 0;
  for (let r = 0; r < m; r++) {
    const i = order[r]!;
    running = Math.max(running, Math.min(1, (m - r) * pValues[i]!));
    out[i] = running;
  }
  return out;
}
