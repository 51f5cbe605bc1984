import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { formatScale, readScale, sameScale, scalePoints, type Scale } from '../_lib/scale.js';
import { checkCount, fail, hasLength, readCount } from '../_lib/validate.js';
import { countPoints } from './responses.js';

/**
 * How many responses fell on each point of a scale: the compact, mergeable
 * form of a set of survey answers (what `SELECT score, count(*) … GROUP BY
 * score` returns). `counts[k]` is the number of responses equal to
 * `scale.min + k`, so `counts.length` is the number of points on the scale.
 *
 * A tally is plain data: it can be stored as JSON and rebuilt by hand. Every
 * function that accepts one checks it (whole, non-negative counts, one per
 * point of the scale, adding up to at most 2^53 − 1 responses).
 */
export interface Tally {
  /** The scale the responses were given on. */
  readonly scale: Scale;
  /** `counts[k]` = responses equal to `scale.min + k`. */
  readonly counts: readonly number[];
}

/**
 * Counts survey responses per point of their scale.
 *
 * @summary Tally raw responses on a scale.
 *
 * @remarks
 * `counts[k]` = number of responses equal to `scale.min + k`. One pass, O(n)
 * time and O(points) memory; every response is checked in the same pass. An
 * empty array gives a tally of zeros (a day without responses), which merges
 * like any other; scoring it throws `EMPTY_INPUT`.
 *
 * @param responses - The answers, any `ArrayLike<number>` (`number[]`,
 *   `Uint8Array`, `Float64Array`, …) or iterable of numbers.
 * @param scale - The question's scale, e.g. `{ min: 0, max: 10 }` for NPS.
 * @returns A new {@link Tally}.
 * @throws {@link MetricError} `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE` or
 *   `INVALID_TYPE` for a bad response (naming its index), `INVALID_OPTION`
 *   for a bad scale, `INVALID_TYPE` when `responses` is not a list of numbers.
 *
 * @example
 * ```ts
 * tally([1, 5, 5, 4], { min: 1, max: 5 }); // => { scale: { min: 1, max: 5 }, counts: [1, 0, 0, 1, 2] }
 * ```
 */
export function tally(responses: ArrayLike<number> | Iterable<number>, scale: Scale): Tally {
  const fn = 'tally';
  const checked = readScale(fn, scale, 'scale', 'INVALID_OPTION');
  const { values } = readInput(fn, responses, { values: 'responses' });
  return { scale: checked, counts: Array.from(countPoints(fn, values as ArrayLike<number>, checked)) };
}

/**
 * Adds up tallies of the same scale: the tally of all their responses
 * together, so `mergeTallies(tally(a, s), tally(b, s))` equals
 * `tally([...a, ...b], s)`.
 *
 * @summary Merge tallies of one scale.
 * @param tallies - One or more tallies, all of the same scale.
 * @returns A new {@link Tally} whose counts are the sums of theirs.
 * @throws {@link MetricError} `EMPTY_INPUT` when called with no tally,
 *   `SCALE_MISMATCH` when the scales differ, `INVALID_TYPE` or
 *   `INVALID_COUNTS` (and the other count codes) for a malformed tally,
 *   `OUT_OF_RANGE` when the merged tally would hold more than 2^53 − 1
 *   responses.
 *
 * @example
 * ```ts
 * const scale = { min: 1, max: 3 };
 * mergeTallies(tally([1, 3], scale), tally([3, 3, 2], scale)); // => { scale: { min: 1, max: 3 }, counts: [1, 1, 3] }
 * ```
 */
export function mergeTallies(...tallies: readonly Tally[]): Tally {
  const fn = 'mergeTallies';
  if (tallies.length === 0) fail('EMPTY_INPUT', fn, 'no tallies to merge');
  const first = readTally(fn, tallies[0], 'tallies[0]');
  const sums = first.counts.slice();
  for (let t = 1; t < tallies.length; t++) {
    const next = readTally(fn, tallies[t], `tallies[${t}]`);
    if (!sameScale(next.scale, first.scale)) {
      fail(
        'SCALE_MISMATCH',
        fn,
        `tallies[${t}] is on the scale ${formatScale(next.scale)}, tallies[0] on ${formatScale(first.scale)}; only tallies of one scale add up`,
      );
    }
    for (let k = 0; k < sums.length; k++) sums[k]! += next.counts[k]!;
  }
  checkCount(fn, 'the responses of the merged tally', sums.reduce((a, b) => a + b, 0));
  return { scale: first.scale, counts: sums };
}

/** Validates a tally from a caller and returns a checked copy; `name` is how messages name it. */
export function readTally(fn: string, value: unknown, name = 'tally'): Tally {
  if (value === null || typeof value !== 'object') {
    fail('INVALID_TYPE', fn, `${name} must be an object { scale, counts }, got ${describeValue(value)}`);
  }
  const { scale, counts } = value as { scale?: unknown; counts?: unknown };
  // the default name's is a constant: a valid tally, read on every call of a score, builds no string
  const checked = readScale(fn, scale, name === 'tally' ? 'tally.scale' : `${name}.scale`, 'INVALID_TYPE');
  if (counts === null || typeof counts !== 'object' || !hasLength(counts)) {
    fail('INVALID_TYPE', fn, `${name}.counts must be an array of counts, got ${describeKind(counts)}`);
  }
  const points = scalePoints(checked);
  if (counts.length !== points) {
    fail(
      'INVALID_COUNTS',
      fn,
      `${name}.counts has ${describeValue(counts.length)} entries, but the scale ${formatScale(checked)} has ${points} points`,
    );
  }
  const copy = new Array<number>(points);
  let total = 0;
  for (let k = 0; k < points; k++) {
    const c: unknown = counts[k];
    // the name of a count is built only for the one that fails
    total += copy[k] = typeof c === 'number' && Number.isSafeInteger(c) && c >= 0 ? c : readCount(fn, `${name}.counts[${k}]`, c);
  }
  if (total > Number.MAX_SAFE_INTEGER) checkCount(fn, `the responses of ${name}, the sum of its counts,`, total);
  return { scale: checked, counts: copy };
}
