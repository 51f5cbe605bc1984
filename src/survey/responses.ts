/**
 * The passes over raw survey responses. Each public metric reduces its raw
 * input with one of them to counts, validating every response in the same
 * pass: a response must be a number, whole, and on the scale. Both passes run
 * in O(n) time and O(points) memory.
 *
 * How the passes validate without a range check per response (measured, see
 * docs/performance.md):
 * - {@link weighResponses} looks every response up in a table with one entry
 *   per point of the scale, `weights[v - min]`. A value below or above the
 *   scale, a fraction, NaN or ±Infinity is not an index of the table, the
 *   lookup gives `undefined`, and the running sum becomes NaN; one test after
 *   the loop catches it.
 * - {@link countPoints} increments `counts[v - min]`; a typed array ignores
 *   writes to indices it does not have, so a bad value is simply not counted,
 *   and one comparison of the counted total with the length catches it.
 * - Elements of an `Array` (or of any array-like that is not a typed array)
 *   may be of any type: a string such as `"9"` would coerce in `v - min`.
 *   For these the passes also test `(v | 0) !== v`, which is false only for
 *   whole numbers in the 32-bit range and which V8 drops entirely for arrays
 *   it knows hold only small integers (see {@link readsUnchecked}). A bigint or
 *   symbol makes the arithmetic throw a TypeError, which {@link guarded} turns
 *   into the precise MetricError.
 * - The precise message is built only when a pass fails, by
 *   {@link rejectResponses}, which looks for the first bad response.
 * - The loops are unrolled (V8 does not unroll), and each pass exists twice,
 *   checked (for `Array`) and unchecked (for typed arrays), so that element
 *   loads stay monomorphic: one loop fed both kinds ran 2.4× slower.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readLength } from '../_lib/validate.js';
import { isMetricError } from '../error.js';
import { formatScale, type Scale } from '../_lib/scale.js';

/** Responses in two bands of a scale: at or above `from`, at or below `upTo`. */
export interface Bands {
  readonly total: number;
  readonly high: number;
  readonly low: number;
}

/** A low response weighs LOW, a high one 1: a sum s packs low = ⌊s / LOW⌋ and high = s mod LOW. */
const LOW = 2 ** 26;
/** Responses per packed sum: high ≤ CHUNK < LOW and low × LOW ≤ 2^50 < 2^53 keep both exact. */
const CHUNK = 2 ** 24;

/**
 * Counts responses `>= from` (high) and `<= upTo` (low) in one validating
 * pass. A band that should count nothing uses a bound outside the scale.
 */
export function countBands(
  fn: string,
  responses: ArrayLike<number>,
  scale: Scale,
  from: number,
  upTo: number,
): Bands {
  const n = readLength(fn, 'responses', responses);
  const weights = new Float64Array(scale.max - scale.min + 1);
  for (let k = 0; k < weights.length; k++) {
    const v = scale.min + k;
    weights[k] = (v >= from ? 1 : 0) + (v <= upTo ? LOW : 0);
  }
  let high = 0;
  let low = 0;
  for (let start = 0; start < n; start += CHUNK) {
    const packed = weighResponses(fn, responses, scale, weights, start, Math.min(n, start + CHUNK));
    const lows = Math.floor(packed / LOW);
    low += lows;
    high += packed - lows * LOW;
  }
  return { total: n, high, low };
}

/**
 * Sums the responses in one validating pass. Exact: the pass adds whole
 * offsets from the scale's minimum, at most 1,000 each.
 */
export function sumResponses(fn: string, responses: ArrayLike<number>, scale: Scale): number {
  const n = readLength(fn, 'responses', responses);
  const offsets = new Float64Array(scale.max - scale.min + 1);
  for (let k = 0; k < offsets.length; k++) offsets[k] = k;
  return weighResponses(fn, responses, scale, offsets, 0, n) + n * scale.min;
}

/**
 * Σ weights[v − min] over responses `from` to `to` (exclusive), in one
 * validating pass. `weights` has one entry per point of `scale`; sums must
 * stay below 2^53 to be exact, which callers ensure by their choice of
 * weights and ranges.
 */
export function weighResponses(
  fn: string,
  responses: ArrayLike<number>,
  scale: Scale,
  weights: Float64Array,
  from: number,
  to: number,
): number {
  const sum = guarded(fn, responses, scale, () =>
    readsUnchecked(responses, scale.min)
      ? weighTyped(responses, scale.min, weights, from, to)
      : weighArray(fn, responses, scale, weights, from, to),
  );
  if (sum !== sum) rejectResponses(fn, responses, scale, from);
  return sum;
}

/**
 * Counts the responses at each point of the scale in one validating pass:
 * `counts[k]` is the number of responses equal to `scale.min + k`.
 */
export function countPoints(fn: string, responses: ArrayLike<number>, scale: Scale): Float64Array {
  const n = readLength(fn, 'responses', responses);
  const counts = new Float64Array(scale.max - scale.min + 1);
  guarded(fn, responses, scale, () =>
    readsUnchecked(responses, scale.min)
      ? countTyped(responses, n, scale.min, counts)
      : countArray(fn, responses, n, scale, counts),
  );
  let counted = 0;
  for (let k = 0; k < counts.length; k++) counted += counts[k]!;
  if (counted !== n) rejectResponses(fn, responses, scale, 0);
  return counts;
}

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array];

/**
 * Whether the pass without the per-element test may read `a`: only a typed
 * array (its elements are numbers), and, for a float typed array, only on a
 * scale with `min >= 0`. Then `v - min` is exact for every `v >= min` (both
 * are multiples of the result's unit in the last place), so a fraction
 * survives into the index and misses the table; with `min < 0`,
 * `-5e-324 - (-5)` rounds to the valid index 5. Arrays, float arrays on such
 * scales and other array-likes take the checked pass.
 */
function readsUnchecked(a: ArrayLike<number>, min: number): boolean {
  return ArrayBuffer.isView(a) && (min >= 0 || INTEGER_ARRAYS.some((kind) => a instanceof kind));
}

/**
 * Runs a pass; arithmetic on a bigint or symbol element throws a TypeError
 * mid-loop, which becomes the MetricError naming that element.
 */
function guarded<T>(fn: string, responses: ArrayLike<number>, scale: Scale, pass: () => T): T {
  try {
    return pass();
  } catch (error) {
    if (isMetricError(error)) throw error;
    return rejectResponses(fn, responses, scale, 0, error);
  }
}

/**
 * Finds the first invalid response at or after `from` and throws the
 * MetricError that describes it. `cause` is rethrown if none is invalid.
 */
export function rejectResponses(
  fn: string,
  responses: ArrayLike<unknown>,
  scale: Scale,
  from: number,
  cause?: unknown,
): never {
  const n = responses.length;
  for (let i = from; i < n; i++) {
    const v = responses[i];
    if (typeof v !== 'number') {
      const shown = v === undefined || v === null ? '' : ` ${describeValue(v)}`;
      fail('INVALID_TYPE', fn, `response${shown} at index ${i} is ${describeKind(v)}, not a number`, i);
    }
    if (!Number.isFinite(v)) fail('NOT_FINITE', fn, `response ${v} at index ${i} is not a finite number`, i);
    if (!Number.isInteger(v)) {
      fail('NOT_INTEGER', fn, `response ${v} at index ${i} is not a whole number (the scale ${formatScale(scale)} has whole points)`, i);
    }
    if (v < scale.min || v > scale.max) {
      fail('OUT_OF_RANGE', fn, `response ${describeValue(v)} at index ${i} is outside the scale ${formatScale(scale)}`, i);
    }
  }
  throw cause ?? new Error(`${fn}: internal error: a response was rejected but none is invalid`);
}

// ---------------------------------------------------------------------------
// The passes. The checked versions (named for their main client, `Array`)
// add the test that elements are whole numbers; see the note at the top of
// the file for why each pass exists twice.

function weighArray(
  fn: string,
  a: ArrayLike<number>,
  scale: Scale,
  w: Float64Array,
  from: number,
  to: number,
): number {
  const { min } = scale;
  let s0 = 0;
  let s1 = 0;
  let i = from;
  for (; i + 7 < to; i += 8) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    const v4 = a[i + 4]!, v5 = a[i + 5]!, v6 = a[i + 6]!, v7 = a[i + 7]!;
    if (
      (v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3 ||
      (v4 | 0) !== v4 || (v5 | 0) !== v5 || (v6 | 0) !== v6 || (v7 | 0) !== v7
    ) rejectResponses(fn, a, scale, i);
    s0 += w[v0 - min]! + w[v2 - min]! + w[v4 - min]! + w[v6 - min]!;
    s1 += w[v1 - min]! + w[v3 - min]! + w[v5 - min]! + w[v7 - min]!;
  }
  for (; i < to; i++) {
    const v = a[i]!;
    if ((v | 0) !== v) rejectResponses(fn, a, scale, i);
    s0 += w[v - min]!;
  }
  return s0 + s1;
}

function weighTyped(a: ArrayLike<number>, min: number, w: Float64Array, from: number, to: number): number {
  let s0 = 0;
  let s1 = 0;
  let i = from;
  for (; i + 7 < to; i += 8) {
    s0 += w[a[i]! - min]! + w[a[i + 2]! - min]! + w[a[i + 4]! - min]! + w[a[i + 6]! - min]!;
    s1 += w[a[i + 1]! - min]! + w[a[i + 3]! - min]! + w[a[i + 5]! - min]! + w[a[i + 7]! - min]!;
  }
  for (; i < to; i++) s0 += w[a[i]! - min]!;
  return s0 + s1;
}

function countArray(fn: string, a: ArrayLike<number>, n: number, scale: Scale, counts: Float64Array): void {
  const { min } = scale;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    if ((v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3) rejectResponses(fn, a, scale, i);
    counts[v0 - min]!++;
    counts[v1 - min]!++;
    counts[v2 - min]!++;
    counts[v3 - min]!++;
  }
  for (; i < n; i++) {
    const v = a[i]!;
    if ((v | 0) !== v) rejectResponses(fn, a, scale, i);
    counts[v - min]!++;
  }
}

function countTyped(a: ArrayLike<number>, n: number, min: number, counts: Float64Array): void {
  let i = 0;
  for (; i + 3 < n; i += 4) {
    counts[a[i]! - min]!++;
    counts[a[i + 1]! - min]!++;
    counts[a[i + 2]! - min]!++;
    counts[a[i + 3]! - min]!++;
  }
  for (; i < n; i++) counts[a[i]! - min]!++;
}

/** Responses per point of a scale, weighted: the sums behind weighted scores. */
export interface WeightedPoints {
  /** `counts[k]` = Σ of the weights of the responses equal to `scale.min + k`. */
  readonly counts: number[];
  /** Σ w over all responses. */
  readonly weightSum: number;
  /** Kish's effective sample size, (Σ w)² / Σ w²; 0 when there are no responses. */
  readonly effectiveSize: number;
}

/**
 * Adds up survey weights per point of the scale in one pass that validates
 * the responses (as the unweighted passes do) and the weights: one per
 * response, each a finite number ≥ 0, not all zero (`INVALID_WEIGHTS`).
 * Not unrolled: weighted scores are not on a hot path.
 */
export function weighPoints(fn: string, responses: ArrayLike<number>, scale: Scale, weights: unknown): WeightedPoints {
  const n = readLength(fn, 'responses', responses);
  if (weights === null || typeof weights !== 'object' || typeof (weights as { length?: unknown }).length !== 'number') {
    fail('INVALID_WEIGHTS', fn, `option weights must be an array of numbers, one per response, got ${describeValue(weights)}`);
  }
  const w = weights as ArrayLike<unknown>;
  if (w.length !== n) {
    fail('INVALID_WEIGHTS', fn, `option weights has ${describeValue(w.length)} entries for ${n} responses; give one weight per response`);
  }
  const { min, max } = scale;
  const counts = new Array<number>(max - min + 1).fill(0);
  let weightSum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const v = responses[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) rejectResponses(fn, responses, scale, i);
    const weight = w[i];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      fail('INVALID_WEIGHTS', fn, `weights[${i}] is ${describeValue(weight)}; a weight must be a finite number ≥ 0`, i);
    }
    counts[v - min]! += weight;
    weightSum += weight;
    squares += weight * weight;
  }
  if (n > 0 && weightSum === 0) fail('INVALID_WEIGHTS', fn, 'all weights are zero; at least one must be positive');
  return { counts, weightSum, effectiveSize: n === 0 ? 0 : (weightSum * weightSum) / squares };
}
