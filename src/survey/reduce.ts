/**
 * The one reducer of the survey family: every score, summary, interval and
 * comparison turns its input — raw answers, a tally or the counts of its
 * definition — into {@link SurveyCounts} here, and computes its result from
 * those alone.
 */
import { countOnScale, readInput, type CountedValues } from '../_lib/input.js';
import { sameScale, formatScale, type Scale } from '../_lib/scale.js';
import { fail, hasLength } from '../_lib/validate.js';
import { countPoints, sumLanes, sumResponses, timesPowerOfTwo, weighPoints } from './responses.js';
import { readTally, type Tally } from './tally.js';

/** A range of points of a scale, both ends included, whose answers are counted. */
export type Band = readonly [from: number, to: number];

/** What a metric needs from the answers, as data: the bands it counts and the moments it uses. */
export interface Reading {
  /** The scale the answers are on. */
  readonly scale: Scale;
  /** The ranges of points whose answers are counted (promoters, positive answers, easy answers). */
  readonly bands: readonly Band[];
  /**
   * The power sums used: 0 none, 1 the sum of the answers, 2 also the spread
   * (which needs the count at every point of the scale).
   */
  readonly moments: 0 | 1 | 2;
}

/**
 * What a survey metric needs from its input, whatever its form. With
 * weights, counts and sums are sums of weights.
 */
export interface SurveyCounts {
  /** The number of answers (Σ weights with weights). */
  readonly count: number;
  /** The number of answers in each band of the reading; `undefined` when counts that do not carry them were given. */
  readonly bands: readonly number[] | undefined;
  /** Σ answers; `undefined` when not read, or when counts without it were given. */
  readonly sum: number | undefined;
  /** Σ answers², when counts carry it (raw answers and tallies carry the distribution instead). */
  readonly sumOfSquares: number | undefined;
  /** The (weighted) answers at each point, when known: tallies, weighted answers, raw answers read for their spread. */
  readonly distribution: Tally | undefined;
  /** The number of answers, unweighted. */
  readonly size: number;
  /** The number of answers, or Kish's effective sample size with weights. */
  readonly effectiveSize: number;
  /**
   * With weights, `count`, `bands`, `sum` and `distribution` are in units of
   * 2^exponent weights (see {@link weighPoints}); 0 without weights.
   * {@link weighed} turns them back into sums of weights.
   */
  readonly exponent: number;
}

/** How one survey metric reads its options and its counts. */
export interface SurveyMetric<S extends { readonly scale: Scale }> {
  /**
   * Its input forms, for {@link readInput}: raw answers, and a tally or its
   * counts, named for messages (`a tally or counts { promoters, passives, detractors }`).
   */
  readonly forms: { readonly values: 'responses'; readonly counts: string };
  /** Its settings from the options; `tallyScale` is the scale of a tally given as input. */
  settings(fn: string, options: Readonly<Record<string, unknown>>, tallyScale: Scale | undefined): S;
  /** What it reads from the answers. */
  reading(settings: S): Reading;
  /** Reads the counts of its definition into {@link SurveyCounts}. */
  readCounts(fn: string, counts: Readonly<Record<string, unknown>>, settings: S): SurveyCounts;
  /**
   * The pass that reads raw answers for this reading: {@link bandPass},
   * {@link sumPass} or {@link pointPass}. Named by the metric, so that a
   * bundle holds only the passes of the metrics it uses.
   */
  readonly answers: AnswerPass;
}

/** A pass over raw answers that reduces them for a reading. */
type AnswerPass = (fn: string, responses: ArrayLike<number>, reading: Reading) => Sums;

/** A reduced input and the settings it was read with. */
export interface Reduced<S> {
  readonly settings: S;
  readonly counts: SurveyCounts;
}

/**
 * Reduces any input of a survey metric: raw answers in one validating pass
 * (survey weights in another), a tally by its counts, counts by the metric's
 * reader. `options` were checked for unknown keys by the caller.
 */
export function reduceSurvey<S extends { readonly scale: Scale }>(
  fn: string,
  metric: SurveyMetric<S>,
  input: unknown,
  options: Readonly<Record<string, unknown>>,
): Reduced<S> {
  const read = readInput(fn, input, metric.forms);
  const weights = options['weights'];
  const frequencies = options['frequencies'];
  if (read.form === 'values') {
    const responses = read.values as ArrayLike<number>;
    const settings = metric.settings(fn, options, undefined);
    const reading = metric.reading(settings);
    if (frequencies !== undefined) {
      const counts = countOnScale(fn, reading.scale, readFrequencies(fn, responses, frequencies, weights));
      const sums = fromDistribution({ scale: reading.scale, counts }, reading);
      return { settings, counts: sized(sums, sums.count, sums.count, 0) };
    }
    if (weights !== undefined) {
      const w = weighPoints(fn, responses, reading.scale, weights);
      const distribution = { scale: reading.scale, counts: w.counts };
      // the count is the weights summed point by point, as the bands are, so that no band adds up to more than it
      const sums = fromDistribution(distribution, reading);
      return { settings, counts: sized(sums, responses.length, w.effectiveSize, w.exponent) };
    }
    const n = responses.length;
    return { settings, counts: sized(metric.answers(fn, responses, reading), n, n, 0) };
  }
  if (weights !== undefined || frequencies !== undefined) {
    fail(
      'INVALID_OPTION',
      fn,
      `option ${weights !== undefined ? 'weights' : 'frequencies'} applies to raw responses, one per response; ${isTally(read.counts) ? 'a tally' : 'a set of counts'} is already aggregated`,
    );
  }
  if (isTally(read.counts)) {
    const tally = readTally(fn, read.counts);
    const settings = metric.settings(fn, options, tally.scale);
    const reading = metric.reading(settings);
    if (!sameScale(tally.scale, reading.scale)) {
      fail('SCALE_MISMATCH', fn, `tally is on the scale ${formatScale(tally.scale)}, but the scale here is ${formatScale(reading.scale)}`);
    }
    const counts = fromDistribution(tally, reading);
    return { settings, counts: sized(counts, counts.count, counts.count, 0) };
  }
  const settings = metric.settings(fn, options, undefined);
  return { settings, counts: metric.readCounts(fn, read.counts as Readonly<Record<string, unknown>>, settings) };
}

/** What a pass over answers gives: everything but the sample sizes and the unit of weights. */
export type Sums = Omit<SurveyCounts, 'size' | 'effectiveSize' | 'exponent'>;

/**
 * Σ answers / count, the mean answer. Where the answers at each point are
 * known (tallies, weighted answers) it is kept within the scale: a weighted
 * mean of points cannot leave it, but its rounded sums can pass an end by
 * a unit in the last place (one answer of 21 weighted 1 + 2^-52 gave
 * 21.000000000000004).
 */
export function surveyMean(c: SurveyCounts): number {
  const mean = c.sum! / c.count;
  const d = c.distribution;
  return d === undefined ? mean : Math.min(d.scale.max, Math.max(d.scale.min, mean));
}

/** A count, band or sum of `c` as a sum of weights (as given, without weights). */
export function weighed(c: SurveyCounts, x: number): number {
  return c.exponent === 0 ? x : timesPowerOfTwo(x, c.exponent);
}

/**
 * Sums with their sample sizes, built field by field: an object spread of
 * `Sums` measured about 4× the cost of the rest of `npsInterval` on a tally.
 */
function sized(sums: Sums, size: number, effectiveSize: number, exponent: number): SurveyCounts {
  const { count, bands, sum, sumOfSquares, distribution } = sums;
  return { count, bands, sum, sumOfSquares, distribution, size, effectiveSize, exponent };
}

/** The sum of raw answers, for a reading of no bands: one table-free validating pass. */
export function sumPass(fn: string, responses: ArrayLike<number>, reading: Reading): Sums {
  const sum = sumResponses(fn, responses, reading.scale);
  return { count: responses.length, bands: [], sum, sumOfSquares: undefined, distribution: undefined };
}

/** The answers at every point, for a reading of the spread: one counting pass. */
export function pointPass(fn: string, responses: ArrayLike<number>, reading: Reading): Sums {
  return fromDistribution({ scale: reading.scale, counts: Array.from(countPoints(fn, responses, reading.scale)) }, reading);
}

/** The bands (and, for a reading of the sum, the sum) of raw answers in one packed lookup pass. */
export function bandPass(fn: string, responses: ArrayLike<number>, reading: Reading): Sums {
  const { scale, bands, moments } = reading;
  const n = responses.length;
  const points = scale.max - scale.min + 1;
  const lanes = bands.map(([from, to]) => {
    const lane = new Float64Array(points);
    for (let k = 0; k < points; k++) lane[k] = scale.min + k >= from && scale.min + k <= to ? 1 : 0;
    return lane;
  });
  if (moments === 1) {
    // offsets from the minimum keep every lane's weights whole and ≥ 0
    const offsets = new Float64Array(points);
    for (let k = 0; k < points; k++) offsets[k] = k;
    lanes.push(offsets);
  }
  const sums = sumLanes(fn, responses, scale, lanes);
  return {
    count: n,
    bands: sums.slice(0, bands.length),
    sum: moments === 1 ? sums[bands.length]! + n * scale.min : undefined,
    sumOfSquares: undefined,
    distribution: undefined,
  };
}

/** The bands and the sum of a distribution (a tally, or weighted answers). */
function fromDistribution(distribution: Tally, reading: Reading): Sums {
  const { min } = distribution.scale;
  const counts = distribution.counts;
  let count = 0;
  let offsets = 0;
  for (let k = 0; k < counts.length; k++) {
    count += counts[k]!;
    offsets += counts[k]! * k;
  }
  // plain loops, no closure: this runs on every call with a tally
  const bands: number[] = [];
  for (let b = 0; b < reading.bands.length; b++) {
    const band = reading.bands[b]!;
    let inBand = 0;
    for (let k = Math.max(band[0], min) - min; k <= Math.min(band[1] - min, counts.length - 1); k++) inBand += counts[k]!;
    bands.push(inBand);
  }
  // Σ counts[k] · (min + k) as Σ counts[k] · k + count · min, so that the terms stay small and exact
  return { count, bands, sum: offsets + count * min, sumOfSquares: undefined, distribution };
}

/** Whether counts have the shape of a tally (they may still be malformed). */
function isTally(counts: object): boolean {
  return 'counts' in counts && 'scale' in counts;
}

/**
 * Responses with their frequencies (option `frequencies`: how many answers
 * each response stands for) as counted values; weights cannot be combined
 * with them.
 */
function readFrequencies(fn: string, responses: ArrayLike<number>, frequencies: unknown, weights: unknown): CountedValues {
  if (weights !== undefined) fail('INVALID_OPTION', fn, 'options weights and frequencies together; give one');
  const fits = frequencies !== null && typeof frequencies === 'object' && hasLength(frequencies);
  if (!fits || frequencies.length !== responses.length) {
    fail(fits ? 'INVALID_COUNTS' : 'INVALID_OPTION', fn, `option frequencies must be one count per response, an array of ${responses.length}`);
  }
  return { values: responses, counts: frequencies, name: (i: number, part: 'value' | 'count') => (part === 'value' ? `responses[${i}]` : `frequencies[${i}]`) };
}
