import { describeKind, describeValue } from '../_lib/describe.js';
import { countOnScale, readCountedRows, readInput } from '../_lib/input.js';
import { formatScale, readScale, sameScale, scalePoints, type Scale } from '../_lib/scale.js';
import { checkCount, fail, hasLength, readCount, readOptions, type Count } from '../_lib/validate.js';
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
export interface Tally<C extends Count = number> {
  /** The scale the responses were given on. */
  readonly scale: Scale;
  /**
   * `counts[k]` = responses equal to `scale.min + k`. Numbers in the
   * tallies this package returns; a tally given to it may hold BigInts
   * (`Tally<Count>`), read exactly up to 2^53 − 1.
   */
  readonly counts: readonly C[];
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

/** A `[value, count]` pair: a point of the scale and how many answers fell on it. */
export type CountPair = readonly [value: number | bigint, count: number | bigint];

/**
 * What {@link tallyRows} reads: rows with a value and a count column, as a
 * database driver returns `SELECT score, count(*) … GROUP BY score`,
 * `[value, count]` pairs, or a `Map` of value → count.
 */
export type CountRows = ArrayLike<object> | Iterable<object> | ReadonlyMap<number | bigint, number | bigint>;

/** Options of {@link tallyRows}. */
export interface TallyRowsOptions {
  /** The question's scale, e.g. `{ min: 0, max: 10 }` for NPS. */
  readonly scale: Scale;
  /** The name of the rows' value column; default `'value'`. Only for row objects. */
  readonly value?: string;
  /** The name of the rows' count column; default `'count'`. Only for row objects. */
  readonly count?: string;
}

const TALLY_ROWS_OPTION_KEYS = ['scale', 'value', 'count'] as const satisfies readonly (keyof TallyRowsOptions)[];

/**
 * Builds a tally from counted values: the rows of a `GROUP BY` over the
 * answers, `[value, count]` pairs, or a `Map` of value → count.
 *
 * @summary Tally from `(value, count)` rows, pairs or a Map.
 *
 * @remarks
 * `counts[k]` = Σ of the counts of the rows whose value is `scale.min + k`
 * (a value that comes twice adds up; a point without a row counts 0), so
 * `tallyRows(rows, { scale })` equals {@link tally} of the answers the rows
 * count. Counts may be numbers or BigInts (DuckDB's and node-postgres'
 * `count(*)`): each is read exactly, up to 2^53 − 1. One pass, O(rows).
 *
 * @param rows - Row objects with a value and a count column, `[value,
 *   count]` pairs, or a `Map` of value → count; any array or iterable.
 * @param options - {@link TallyRowsOptions}: the `scale`, and the names of
 *   the `value` and `count` columns of row objects.
 * @returns A new {@link Tally}.
 * @throws {@link MetricError} naming the row: `INVALID_TYPE` for a row
 *   without its value column or a value that is not a number;
 *   `INVALID_COUNTS` for a row without its count column or a negative
 *   count; `NOT_INTEGER` for a fractional value or count; `OUT_OF_RANGE`
 *   for a value off the scale or a count (or a sum of counts) above
 *   2^53 − 1; `INVALID_OPTION` for a bad scale or option.
 *
 * @example
 * ```ts
 * const rows = [{ score: 10, n: 3n }, { score: 7, n: 1n }, { score: 2, n: 1n }];
 * tallyRows(rows, { scale: { min: 0, max: 10 }, value: 'score', count: 'n' }); // => { scale: { min: 0, max: 10 }, counts: [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 3] }
 * tallyRows([[5, 2], [4, 1]], { scale: { min: 1, max: 5 } }); // => { scale: { min: 1, max: 5 }, counts: [0, 0, 0, 1, 2] }
 * tallyRows(new Map([[1, 4], [3, 1]]), { scale: { min: 1, max: 3 } }); // => { scale: { min: 1, max: 3 }, counts: [4, 0, 1] }
 * ```
 */
export function tallyRows(rows: CountRows, options: TallyRowsOptions): Tally {
  const fn = 'tallyRows';
  const o = readOptions(fn, options, TALLY_ROWS_OPTION_KEYS);
  if (o.scale === undefined) fail('INVALID_OPTION', fn, 'option scale is missing; give the scale of the values, e.g. { min: 0, max: 10 }');
  const scale = readScale(fn, o.scale, 'option scale', 'INVALID_OPTION');
  const value = readColumn(fn, 'value', o.value);
  const count = readColumn(fn, 'count', o.count);
  return { scale, counts: countOnScale(fn, scale, readCountedRows(fn, rows, value, count)) };
}

function readColumn(fn: string, name: string, column: unknown): string | undefined {
  if (column !== undefined && (typeof column !== 'string' || column === '')) {
    fail('INVALID_OPTION', fn, `option ${name} must be the name of a column, got ${describeValue(column)}`);
  }
  return column;
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
export function mergeTallies(...tallies: readonly Tally<Count>[]): Tally {
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
