/**
 * The passes over raw survey responses. Each validates every response in the
 * same pass that reduces it — a response must be a number, whole, and on the
 * scale — and finds the culprit only after the pass has failed, in
 * {@link rejectResponses}. All run in O(n) time and O(points) memory. Their
 * callers have read the responses with `readInput`, which checked the length.
 *
 * Invariants the loops rely on (docs/performance.md has the measurements):
 * - a table lookup `w[v - min]` is `undefined` for anything that is not a
 *   point of the scale, which turns the running sum into NaN;
 * - elements of an `Array` or a float typed array may be anything but an
 *   int32, so their loops also test `(v | 0) !== v` and index with `v | 0`
 *   (the sums, which need no index, test `Math.floor(v) !== v` and the
 *   range instead); typed arrays of int32s skip the test; so do float
 *   typed arrays on a scale from 0 up, whose table is indexed by the
 *   response itself, where any number that is not an index reads
 *   `undefined` (on a negative minimum they take the loop of arrays);
 * - each loop exists once per element kind (int32 typed arrays, float typed
 *   arrays, other array-likes), so that V8's element loads stay monomorphic:
 *   the copies are the same loop on purpose (and compress to little).
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatScale, type Scale } from '../_lib/scale.js';
import { fail } from '../_lib/validate.js';
import { isMetricError } from '../error.js';

/** The most responses one packed sum adds before its lanes are unpacked. */
const MAX_CHUNK = 16_777_216; // 2^24, written out: a bundler keeps `2 ** 24` as a statement with effects

/**
 * Sums several per-point weights over the responses in one validating pass:
 * `lanes[j][k]` is what a response equal to `scale.min + k` adds to sum `j`.
 * Every weight is a whole number ≥ 0, so the lanes are packed into one table
 * of doubles, each lane in its own bits, and a chunk of responses is added
 * with one lookup per response; the chunk is short enough that no lane
 * overflows into the next and the packed sum stays below 2^53 (exact).
 */
export function sumLanes(fn: string, responses: ArrayLike<number>, scale: Scale, lanes: readonly Float64Array[]): number[] {
  const n = responses.length;
  const points = scale.max - scale.min + 1;
  const largest = lanes.map((lane) => {
    let max = 0;
    for (let k = 0; k < points; k++) max = Math.max(max, lane[k]!);
    return max;
  });
  // the longest chunk whose lane sums (each at most largest × chunk) fit side by side in 53 bits
  let chunk = MAX_CHUNK;
  while (chunk > 1 && largest.reduce((bits, max) => bits + Math.ceil(Math.log2(max * chunk + 1)), 0) > 53) chunk /= 2;
  const fields: number[] = [];
  let bits = 0;
  for (const max of largest) {
    fields.push(2 ** bits);
    bits += Math.ceil(Math.log2(max * chunk + 1));
  }
  const table = new Float64Array(points);
  for (let k = 0; k < points; k++) {
    let packed = 0;
    for (let j = 0; j < lanes.length; j++) packed += lanes[j]![k]! * fields[j]!;
    table[k] = packed;
  }
  const sums = lanes.map(() => 0);
  for (let start = 0; start < n; start += chunk) {
    let packed = weighResponses(fn, responses, scale, table, start, Math.min(n, start + chunk));
    for (let j = lanes.length - 1; j >= 0; j--) {
      const part = Math.floor(packed / fields[j]!);
      sums[j]! += part;
      packed -= part * fields[j]!;
    }
  }
  return sums;
}

/**
 * Σ table[v − min] over responses `from` to `to` (exclusive), in one
 * validating pass.
 */
function weighResponses(fn: string, responses: ArrayLike<number>, scale: Scale, table: Float64Array, from: number, to: number): number {
  const sum = guarded(fn, responses, scale, () => {
    switch (elementKind(responses)) {
      case 'int32':
        return weighTyped(responses, scale.min, table, from, to);
      case 'float':
        // on a negative minimum, `v − min` could round a fraction to a whole number: the checked loop below
        if (scale.min >= 0 && scale.max < 10_000) {
          // the table indexed by the answer itself, NaN below the minimum
          const byValue = new Float64Array(scale.max + 1).fill(NaN);
          byValue.set(table, scale.min);
          return weighFloat(responses, 0, byValue, from, to);
        }
    }
    return weighChecked(fn, responses, scale, table, from, to);
  });
  if (sum !== sum) rejectResponses(fn, responses, scale, from);
  return sum;
}

/**
 * The sum of the responses in one validating pass, with no table: each
 * response is added as it is, and the pass keeps the bitwise OR of
 * `v − min` and `max − v`, whose sign bit is set as soon as one response is
 * off the scale. Exact while the sum stays below 2^53 (at most 1,000 per
 * response for 9 × 10^12 responses).
 */
export function sumResponses(fn: string, responses: ArrayLike<number>, scale: Scale): number {
  const n = responses.length;
  const sum = guarded(fn, responses, scale, () => {
    switch (elementKind(responses)) {
      case 'int32':
        return sumTyped(responses, n, scale);
      case 'float':
        return sumFloat(fn, responses, n, scale);
      default:
        return sumChecked(fn, responses, n, scale);
    }
  });
  if (sum !== sum) rejectResponses(fn, responses, scale, 0);
  return sum;
}

/**
 * Counts the responses at each point of the scale in one validating pass:
 * `counts[k]` is the number of responses equal to `scale.min + k`.
 */
export function countPoints(fn: string, responses: ArrayLike<number>, scale: Scale): Float64Array {
  const n = responses.length;
  const counts = new Float64Array(scale.max - scale.min + 1);
  guarded(fn, responses, scale, () => {
    if (elementKind(responses) === 'int32') countTyped(responses, n, scale.min, counts);
    else countChecked(fn, responses, n, scale, counts);
  });
  let counted = 0;
  for (let k = 0; k < counts.length; k++) counted += counts[k]!;
  if (counted !== n) rejectResponses(fn, responses, scale, 0);
  return counts;
}

/**
 * Which loop reads `a`: `int32` for the typed arrays whose elements are
 * int32s (they need no test of each element), `float` for the float typed
 * arrays, `other` for arrays and other array-likes; the last two test each
 * element, in separate copies of the loop so that each sees one element
 * kind. A Uint32Array is `float`: its elements above 2^31 are not int32s.
 */
function elementKind(a: ArrayLike<number>): 'int32' | 'float' | 'other' {
  if (
    a instanceof Uint8Array ||
    a instanceof Int8Array ||
    a instanceof Uint16Array ||
    a instanceof Int16Array ||
    a instanceof Int32Array ||
    a instanceof Uint8ClampedArray
  ) {
    return 'int32';
  }
  return ArrayBuffer.isView(a) ? 'float' : 'other';
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
function rejectResponses(fn: string, responses: ArrayLike<unknown>, scale: Scale, from: number, cause?: unknown): never {
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
  if (cause instanceof Error) throw cause;
  throw new Error(`${fn}: internal error: a response was rejected but none is invalid`);
}

// ---------------------------------------------------------------------------
// The loops, unrolled (V8 does not unroll). The checked ones test that each
// element is an int32 (`(v | 0) === v`), which V8 drops for arrays it knows
// hold only small integers. A response off the scale before the one that
// fails that test only made the sum NaN (or a count go astray), so the
// culprit is looked for from the start of the pass, not from the failure.

function weighChecked(fn: string, a: ArrayLike<number>, scale: Scale, w: Float64Array, from: number, to: number): number {
  const { min } = scale;
  let s0 = 0;
  let s1 = 0;
  let i = from;
  for (; i + 7 < to; i += 8) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    const v4 = a[i + 4]!, v5 = a[i + 5]!, v6 = a[i + 6]!, v7 = a[i + 7]!;
    const k0 = v0 | 0, k1 = v1 | 0, k2 = v2 | 0, k3 = v3 | 0;
    const k4 = v4 | 0, k5 = v5 | 0, k6 = v6 | 0, k7 = v7 | 0;
    if (k0 !== v0 || k1 !== v1 || k2 !== v2 || k3 !== v3 || k4 !== v4 || k5 !== v5 || k6 !== v6 || k7 !== v7) {
      rejectResponses(fn, a, scale, from);
    }
    s0 += w[k0 - min]! + w[k2 - min]! + w[k4 - min]! + w[k6 - min]!;
    s1 += w[k1 - min]! + w[k3 - min]! + w[k5 - min]! + w[k7 - min]!;
  }
  for (; i < to; i++) {
    const v = a[i]!;
    const k = v | 0;
    if (k !== v) rejectResponses(fn, a, scale, from);
    s0 += w[k - min]!;
  }
  return s0 + s1;
}

/**
 * Σ w[v − min] for float typed arrays, on a scale from 0 or above, called
 * with `min` 0 and `w` indexed by the response itself: a
 * typed array's elements are numbers, and `w` read at a number that is not
 * one of its indices (a fraction, NaN, ±Infinity, a negative number, one
 * above the maximum) gives `undefined`, and below the scale's minimum NaN,
 * so the lookup alone rejects what {@link weighChecked} rejects, without
 * converting each double to an int32 and back (−0 reads `w[0]`, as it is 0
 * there). {@link weighTyped}'s loop, for another element kind.
 */
function weighFloat(a: ArrayLike<number>, min: number, w: Float64Array, from: number, to: number): number {
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

/** NaN when a response is off the scale: the OR of every `v − min` and `max − v` is negative then. */
function sumTyped(a: ArrayLike<number>, n: number, scale: Scale): number {
  // `| 0` tells the compiler the bounds are int32s, so the checks stay integer arithmetic
  const min = scale.min | 0;
  const max = scale.max | 0;
  let s0 = 0;
  let s1 = 0;
  let low = 0;
  let high = 0;
  let i = 0;
  for (; i + 7 < n; i += 8) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    const v4 = a[i + 4]!, v5 = a[i + 5]!, v6 = a[i + 6]!, v7 = a[i + 7]!;
    s0 += v0 + v2 + v4 + v6;
    s1 += v1 + v3 + v5 + v7;
    low |= (v0 - min) | (v1 - min) | (v2 - min) | (v3 - min) | (v4 - min) | (v5 - min) | (v6 - min) | (v7 - min);
    high |= (max - v0) | (max - v1) | (max - v2) | (max - v3) | (max - v4) | (max - v5) | (max - v6) | (max - v7);
  }
  for (; i < n; i++) {
    const v = a[i]!;
    s0 += v;
    low |= v - min;
    high |= max - v;
  }
  return (low | high) < 0 ? NaN : s0 + s1;
}

/**
 * The sum of the responses of an array or array-like: `Math.floor(v) === v`
 * rejects a non-number (a string, `null`, an object) and a fraction, the
 * range test the rest, and the sums are doubles. Converting each element to
 * an int32 and back to test it, with int32 sums, measured about 1.4× the
 * cost of this loop on a `Float64Array`.
 */
function sumChecked(fn: string, a: ArrayLike<number>, n: number, scale: Scale): number {
  const { min, max } = scale;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    if (
      Math.floor(v0) !== v0 || Math.floor(v1) !== v1 || Math.floor(v2) !== v2 || Math.floor(v3) !== v3 ||
      !(v0 >= min && v0 <= max && v1 >= min && v1 <= max && v2 >= min && v2 <= max && v3 >= min && v3 <= max)
    ) {
      rejectResponses(fn, a, scale, i);
    }
    s0 += v0;
    s1 += v1;
    s2 += v2;
    s3 += v3;
  }
  for (; i < n; i++) {
    const v = a[i]!;
    if (Math.floor(v) !== v || !(v >= min && v <= max)) rejectResponses(fn, a, scale, i);
    s0 += v;
  }
  return s0 + s1 + (s2 + s3);
}

/** {@link sumChecked} for float typed arrays (the same loop, another element kind). */
function sumFloat(fn: string, a: ArrayLike<number>, n: number, scale: Scale): number {
  const { min, max } = scale;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    if (
      Math.floor(v0) !== v0 || Math.floor(v1) !== v1 || Math.floor(v2) !== v2 || Math.floor(v3) !== v3 ||
      !(v0 >= min && v0 <= max && v1 >= min && v1 <= max && v2 >= min && v2 <= max && v3 >= min && v3 <= max)
    ) {
      rejectResponses(fn, a, scale, i);
    }
    s0 += v0;
    s1 += v1;
    s2 += v2;
    s3 += v3;
  }
  for (; i < n; i++) {
    const v = a[i]!;
    if (Math.floor(v) !== v || !(v >= min && v <= max)) rejectResponses(fn, a, scale, i);
    s0 += v;
  }
  return s0 + s1 + (s2 + s3);
}

function countChecked(fn: string, a: ArrayLike<number>, n: number, scale: Scale, counts: Float64Array): void {
  const { min } = scale;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = a[i]!, v1 = a[i + 1]!, v2 = a[i + 2]!, v3 = a[i + 3]!;
    if ((v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3) rejectResponses(fn, a, scale, 0);
    counts[v0 - min]!++;
    counts[v1 - min]!++;
    counts[v2 - min]!++;
    counts[v3 - min]!++;
  }
  for (; i < n; i++) {
    const v = a[i]!;
    if ((v | 0) !== v) rejectResponses(fn, a, scale, 0);
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
interface WeightedPoints {
  /** `counts[k]` = Σ of the weights of the responses equal to `scale.min + k`, in units of 2^exponent. */
  readonly counts: number[];
  /** Σ w over all responses, in units of 2^exponent. */
  readonly weightSum: number;
  /**
   * The weights are counted in units of 2^exponent, a power of two near the
   * largest weight, so that no sum or square of them overflows or underflows;
   * dividing by a power of two is exact.
   */
  readonly exponent: number;
  /** Kish's effective sample size, (Σ w)² / Σ w²; 0 when there are no responses. */
  readonly effectiveSize: number;
}

/**
 * Adds up survey weights per point of the scale in two passes: the first
 * validates the responses (as the unweighted passes do) and the weights —
 * one per response, each a finite number ≥ 0, not all zero
 * (`INVALID_WEIGHTS`) — and finds the largest weight; the second adds them
 * up in units of a power of two near it. Weights whose sum exceeds the
 * largest double are refused (`NOT_FINITE`). Not unrolled: weighted scores
 * are not on a hot path.
 */
export function weighPoints(fn: string, responses: ArrayLike<number>, scale: Scale, weights: unknown): WeightedPoints {
  const n = responses.length;
  if (weights === null || typeof weights !== 'object' || typeof (weights as { length?: unknown }).length !== 'number') {
    fail('INVALID_WEIGHTS', fn, `option weights must be an array of numbers, one per response, got ${describeValue(weights)}`);
  }
  const w = weights as ArrayLike<unknown>;
  if (w.length !== n) {
    fail('INVALID_WEIGHTS', fn, `option weights has ${describeValue(w.length)} entries for ${n} responses; give one weight per response`);
  }
  const { min, max } = scale;
  // what the first pass read, kept so that each element is read once; grown as read, never allocated from a length
  const points: number[] = [];
  const read: number[] = [];
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const v = responses[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) rejectResponses(fn, responses, scale, i);
    const weight = w[i];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      fail('INVALID_WEIGHTS', fn, `weights[${i}] is ${describeValue(weight)}; a weight must be a finite number ≥ 0`, i);
    }
    points.push(v - min);
    read.push(weight);
    if (weight > largest) largest = weight;
  }
  if (n > 0 && largest === 0) fail('INVALID_WEIGHTS', fn, 'all weights are zero; at least one must be positive');
  const exponent = n === 0 ? 0 : Math.floor(Math.log2(largest));
  const counts = new Array<number>(max - min + 1).fill(0);
  let weightSum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const weight = timesPowerOfTwo(read[i]!, -exponent);
    counts[points[i]!]! += weight;
    weightSum += weight;
    squares += weight * weight;
  }
  if (!Number.isFinite(timesPowerOfTwo(weightSum, exponent))) {
    fail('NOT_FINITE', fn, `the weights add up to more than ${Number.MAX_VALUE}, the largest number; scale them down`);
  }
  return { counts, weightSum, exponent, effectiveSize: n === 0 ? 0 : (weightSum * weightSum) / squares };
}

/** x · 2^k for any k from −1074 to 1023, in two steps, as 2^k alone may overflow or underflow. */
export function timesPowerOfTwo(x: number, k: number): number {
  const half = Math.trunc(k / 2);
  return x * 2 ** half * 2 ** (k - half);
}
