import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';
import { readScale, type Scale } from '../_lib/scale.js';

/**
 * A criterion rated on a scale of whole points, such as tone on 1–5. Its
 * score is (rating − min) / (max − min) × 100: 0 at the lowest point, 100 at
 * the highest.
 */
export interface RatingCriterion {
  /** The criterion's name, the key of its rating in {@link Review.scores}. */
  readonly id: string;
  /** Its weight in the review's score: a finite number ≥ 0. */
  readonly weight: number;
  /** The points a reviewer can give, every whole number from `min` to `max`. */
  readonly scale: Scale;
  /**
   * When `true`, a rating at the lowest point of the scale fails the whole
   * review: its score becomes 0 (an auto-fail). Default `false`.
   */
  readonly critical?: boolean;
}

/** A criterion that is passed (`true`, score 100) or failed (`false`, score 0). */
export interface PassFailCriterion {
  /** The criterion's name, the key of its rating in {@link Review.scores}. */
  readonly id: string;
  /** Its weight in the review's score: a finite number ≥ 0. */
  readonly weight: number;
  /** Rated `true` (pass) or `false` (fail). */
  readonly scale: 'pass-fail';
  /**
   * When `true`, a fail fails the whole review: its score becomes 0 (an
   * auto-fail). Default `false`.
   */
  readonly critical?: boolean;
}

/** One line of a {@link Scorecard}: a rating scale or pass-fail, with a weight. */
export type Criterion = RatingCriterion | PassFailCriterion;

/**
 * The weighted criteria reviewers rate conversations on. Criterion ids are
 * unique; weights are finite, ≥ 0 and not all zero.
 */
export type Scorecard = readonly Criterion[];

/**
 * A scorecard after validation, laid out for the pass over reviews: one
 * entry per criterion in each array, in the scorecard's order.
 */
export interface CompiledScorecard {
  readonly size: number;
  readonly ids: readonly string[];
  readonly weights: Float64Array;
  /** 1 for a pass-fail criterion, 0 for a rating scale. */
  readonly passFail: Uint8Array;
  /** 1 for a critical criterion. */
  readonly critical: Uint8Array;
  /** The scale's minimum (0 for pass-fail). */
  readonly mins: Float64Array;
  /**
   * `tables[j][k]` is the score of the rating `mins[j] + k`, computed once as
   * k × 100 / (max − min) (multiplied first, so 2 of 4 is exactly 50). A
   * rating off the scale or between its points is not an index of the table
   * and reads `undefined`; pass-fail criteria have an empty table.
   */
  readonly tables: readonly Float64Array[];
  /** The scales, for messages (`undefined` for pass-fail). */
  readonly scales: readonly (Scale | undefined)[];
  /** Criterion id → position. */
  readonly positions: ReadonlyMap<string, number>;
  /**
   * Scratch for the pass over reviews: the keys of the last review read, in
   * their order, and their criteria's positions. Starts as the scorecard's
   * order.
   */
  readonly keyOrder: string[];
  readonly keyPositions: Int32Array;
}

const CRITERION_KEYS: readonly string[] = ['id', 'weight', 'scale', 'critical'] as const satisfies readonly (keyof Criterion)[];

/**
 * Validates a scorecard and lays it out for scoring. The scorecard is the
 * metric's configuration, like an option: a malformed one is
 * `INVALID_OPTION` (not an array, empty, a criterion that is not an object,
 * has an unknown key, a bad id, a duplicate id, a bad scale or `critical`),
 * except its weights, which are `INVALID_WEIGHTS` (negative, non-finite, all
 * zero, or so large that weight × 100 overflows).
 */
export function readScorecard(fn: string, scorecard: unknown): CompiledScorecard {
  if (!Array.isArray(scorecard)) {
    fail('INVALID_OPTION', fn, `the scorecard must be an array of criteria, got ${describeValue(scorecard)}`);
  }
  const size = scorecard.length;
  if (size === 0) fail('INVALID_OPTION', fn, 'the scorecard is empty; it needs at least one criterion');
  const ids: string[] = [];
  const weights = new Float64Array(size);
  const passFail = new Uint8Array(size);
  const critical = new Uint8Array(size);
  const mins = new Float64Array(size);
  const tables: Float64Array[] = [];
  const scales: (Scale | undefined)[] = [];
  const positions = new Map<string, number>();
  const noTable = new Float64Array(0); // the table of every pass-fail criterion
  let totalWeight = 0;
  for (let j = 0; j < size; j++) {
    const c: unknown = scorecard[j];
    const where = `scorecard[${j}]`;
    if (c === null || typeof c !== 'object' || Array.isArray(c)) {
      fail('INVALID_OPTION', fn, `${where} must be a criterion { id, weight, scale }, got ${describeValue(c)}`);
    }
    const { id, weight, scale, critical: isCritical } = c as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') {
      fail('INVALID_OPTION', fn, `${where}.id must be a non-empty string, got ${describeValue(id)}`);
    }
    const name = `${where} (${JSON.stringify(id)})`;
    for (const key in c) {
      if (Object.prototype.hasOwnProperty.call(c, key) && !CRITERION_KEYS.includes(key)) {
        fail('INVALID_OPTION', fn, `${name} has an unknown key ${JSON.stringify(key)}; a criterion has ${CRITERION_KEYS.join(', ')}`);
      }
    }
    if (positions.has(id)) {
      fail('INVALID_OPTION', fn, `${name} repeats the id of scorecard[${positions.get(id)}]; criterion ids must be unique`);
    }
    positions.set(id, j);
    ids.push(id);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      fail('INVALID_WEIGHTS', fn, `the weight of criterion ${JSON.stringify(id)} is ${describeValue(weight)}; a weight must be a finite number ≥ 0`);
    }
    weights[j] = weight;
    totalWeight += weight;
    if (isCritical !== undefined && typeof isCritical !== 'boolean') {
      fail('INVALID_OPTION', fn, `${name}.critical must be true or false, got ${describeValue(isCritical)}`);
    }
    critical[j] = isCritical === true ? 1 : 0;
    if (scale === 'pass-fail') {
      passFail[j] = 1;
      tables.push(noTable);
      scales.push(undefined);
    } else {
      if (scale === null || typeof scale !== 'object') {
        fail('INVALID_OPTION', fn, `${name}.scale must be 'pass-fail' or a scale { min, max }, got ${describeValue(scale)}`);
      }
      const s = readScale(fn, scale, `${name}.scale`, 'INVALID_OPTION');
      const span = s.max - s.min;
      const table = new Float64Array(span + 1);
      for (let k = 0; k <= span; k++) table[k] = (k * 100) / span;
      mins[j] = s.min;
      tables.push(table);
      scales.push(s);
    }
  }
  if (totalWeight === 0) {
    fail('INVALID_WEIGHTS', fn, 'all criteria have weight 0; at least one weight must be positive');
  }
  if (!Number.isFinite(totalWeight * 100)) {
    fail('INVALID_WEIGHTS', fn, `the criteria's weights add up to ${describeValue(totalWeight)}, too large to score with; scale them down`);
  }
  const keyOrder = ids.slice();
  const keyPositions = Int32Array.from(ids, (_, j) => j);
  return { size, ids, weights, passFail, critical, mins, tables, scales, positions, keyOrder, keyPositions };
}
