/**
 * A mergeable quantile sketch with a relative-error guarantee: DDSketch
 * (Masson, Rim & Lee, "DDSketch: a fast and fully-mergeable quantile sketch
 * with relative-error guarantees", PVLDB 12(12), 2019).
 *
 * Values go into buckets whose bounds grow geometrically: with
 * γ = (1 + α) / (1 − α), bucket i holds the values in (γ^(i−1), γ^i], and
 * every value of the bucket is within a relative distance α of
 * 2γ^i / (γ + 1). A sketch is its bucket counts, so merging sketches adds
 * counts: the merge of shards is exactly the sketch of the whole. Zeros,
 * which no bucket holds, are counted apart (the zero bucket of DDSketch);
 * only the duration summaries put them there.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { atIndex, fail, readCount, readObject, readOptions, rejectUnknownFields } from '../_lib/validate.js';

/** Options of {@link quantileSketch}. */
export interface QuantileSketchOptions {
  /**
   * α, the largest relative error of a quantile, from 0.0001 to below 1.
   * Default 0.01: every quantile within 1% of the exact one.
   */
  readonly relativeAccuracy?: number;
}

const SKETCH_OPTION_KEYS = ['relativeAccuracy'] as const satisfies readonly (keyof QuantileSketchOptions)[];

/**
 * A sketch as plain JSON, for a database column or a file: the accuracy,
 * the count and the sum, the exact extremes (`null` when empty), the count
 * of zeros and the bucket counts from bucket `offset` on.
 * `JSON.stringify(sketch)` gives it.
 */
export interface QuantileSketchJSON {
  /** α of the sketch. */
  readonly relativeAccuracy: number;
  /** How many values were added. */
  readonly count: number;
  /** The sum of the values added (0 for an empty sketch). */
  readonly sum: number;
  /** The smallest value added, or `null` for an empty sketch. */
  readonly min: number | null;
  /** The largest value added, or `null` for an empty sketch. */
  readonly max: number | null;
  /** How many of the values are 0 (only a duration summary's sketch holds zeros). */
  readonly zeroCount: number;
  /** The index of the first bucket of `counts`. */
  readonly offset: number;
  /** Values per bucket, from bucket `offset` on; the first and the last are > 0. */
  readonly counts: readonly number[];
}

/** A quantile sketch made by {@link quantileSketch}. */
export interface QuantileSketch {
  /** α: every quantile is within this relative distance of the exact one. */
  readonly relativeAccuracy: number;
  /** How many values were added. */
  readonly count: number;
  /** The sum of the values added, for their mean (sum / count); 0 while the sketch is empty. */
  readonly sum: number;
  /**
   * How many of the values are 0: the durations of 0 that a summary's
   * sketch counts apart (`add` takes values > 0 only).
   */
  readonly zeroCount: number;
  /** The smallest value added (exact); `undefined` while the sketch is empty. */
  readonly min: number | undefined;
  /** The largest value added (exact); `undefined` while the sketch is empty. */
  readonly max: number | undefined;
  /**
   * Adds a value: a finite number > 0.
   * @throws {@link MetricError} `INVALID_TYPE` for a non-number, `NOT_FINITE`, `OUT_OF_RANGE` for 0 or less.
   */
  add(value: number): this;
  /**
   * The q-quantile, q in 0–1 (0.5 the median, 0.9 the 90th percentile).
   * @throws {@link MetricError} `EMPTY_INPUT` for an empty sketch; `OUT_OF_RANGE` for q outside 0–1.
   */
  quantile(q: number): number;
  /** The sketch as plain JSON; {@link quantileSketchFromJSON} reads it back. */
  toJSON(): QuantileSketchJSON;
}

const DEFAULT_ACCURACY = 0.01;
const JSON_KEYS = ['relativeAccuracy', 'count', 'sum', 'min', 'max', 'zeroCount', 'offset', 'counts'] as const satisfies readonly (keyof QuantileSketchJSON)[];

class Sketch implements QuantileSketch {
  readonly relativeAccuracy: number;
  count = 0;
  sum = 0;
  zeroCount = 0;
  min: number | undefined = undefined;
  max: number | undefined = undefined;
  /** 1 / ln γ: a value's bucket is ⌈ln x / ln γ⌉. */
  private readonly inverseLogGamma: number;
  private readonly logGamma: number;
  /** counts[k] is the count of bucket offset + k; empty until the first value. */
  private counts: number[] = [];
  private offset = 0;

  constructor(relativeAccuracy: number) {
    this.relativeAccuracy = relativeAccuracy;
    // ln((1 + α) / (1 − α)) without the cancellation of 1 ± α for small α
    this.logGamma = Math.log1p(relativeAccuracy) - Math.log1p(-relativeAccuracy);
    this.inverseLogGamma = 1 / this.logGamma;
  }

  add(value: number): this {
    if (typeof value !== 'number' || !(value > 0) || value === Infinity) rejectValue('quantileSketch.add', value);
    // + 0 turns the −0 of ⌈−0.3⌉ into 0, so that JSON and comparisons see one zero
    const index = Math.ceil(Math.log(value) * this.inverseLogGamma) + 0;
    const counts = this.counts;
    const k = index - this.offset;
    if (k >= 0 && k < counts.length) counts[k]!++;
    else this.grow(index);
    this.count++;
    this.sum += value;
    if (this.min === undefined || value < this.min) this.min = value;
    if (this.max === undefined || value > this.max) this.max = value;
    return this;
  }

  /** Counts a value in a bucket outside the current range, widening it. */
  private grow(index: number): void {
    const counts = this.counts;
    if (counts.length === 0) {
      this.offset = index;
      counts.push(1);
    } else if (index < this.offset) {
      const widened = new Array<number>(this.offset - index + counts.length).fill(0);
      for (let k = 0; k < counts.length; k++) widened[this.offset - index + k] = counts[k]!;
      widened[0] = 1;
      this.counts = widened;
      this.offset = index;
    } else {
      while (counts.length < index - this.offset) counts.push(0);
      counts.push(1);
    }
  }

  quantile(q: number): number {
    const fn = 'quantileSketch.quantile';
    if (typeof q !== 'number') fail('INVALID_TYPE', fn, `q is ${describeKind(q)}, not a number`);
    if (!Number.isFinite(q)) fail('NOT_FINITE', fn, `q ${describeValue(q)} is not a finite number`);
    if (q < 0 || q > 1) {
      fail('OUT_OF_RANGE', fn, `q ${describeValue(q)} is outside 0–1; q is a fraction (0.9 for the 90th percentile)`);
    }
    if (this.count === 0) fail('EMPTY_INPUT', fn, 'the sketch is empty: add values first');
    if (q === 0) return this.min!;
    if (q === 1) return this.max!;
    const rank = q * (this.count - 1);
    // zeros come first in the order, and are exact
    if (rank < this.zeroCount) return 0;
    const counts = this.counts;
    let seen = this.zeroCount;
    let k = 0;
    // the first bucket whose running count passes the rank holds x₍⌊q(n−1)⌋₎
    for (; k < counts.length - 1; k++) {
      seen += counts[k]!;
      if (seen > rank) break;
    }
    const estimate = (2 * Math.exp((this.offset + k) * this.logGamma)) / (1 + Math.exp(this.logGamma));
    // the exact extremes bound every quantile; clamping only moves the estimate closer
    return Math.min(Math.max(estimate, this.min!), this.max!);
  }

  /** Adds validated durations (finite, ≥ 0), zeros to the zero count, and sets the sum to `sum`. */
  addDurations(values: ArrayLike<number>, sum: number): void {
    const n = values.length;
    let zeros = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v === 0) zeros++;
      else this.add(v);
    }
    if (zeros > 0) {
      this.zeroCount += zeros;
      this.count += zeros;
      this.min = 0;
      this.max ??= 0;
    }
    this.sum = sum;
  }

  toJSON(): QuantileSketchJSON {
    return {
      relativeAccuracy: this.relativeAccuracy,
      count: this.count,
      sum: this.sum,
      min: this.min ?? null,
      max: this.max ?? null,
      zeroCount: this.zeroCount,
      offset: this.offset,
      counts: this.counts.slice(),
    };
  }

  /** Adds the buckets and extremes of `other`, a sketch of the same accuracy. */
  absorb(other: Sketch): void {
    if (other.count === 0) return;
    const from = other.offset;
    const theirs = other.counts;
    if (theirs.length === 0) {
      // zeros only: no buckets to add
    } else if (this.counts.length === 0) {
      this.counts = theirs.slice();
      this.offset = from;
    } else {
      const start = Math.min(this.offset, from);
      const end = Math.max(this.offset + this.counts.length, from + theirs.length);
      const sum = new Array<number>(end - start).fill(0);
      for (let k = 0; k < this.counts.length; k++) sum[this.offset - start + k] = this.counts[k]!;
      for (let k = 0; k < theirs.length; k++) sum[from - start + k]! += theirs[k]!;
      this.counts = sum;
      this.offset = start;
    }
    this.count += other.count;
    this.sum += other.sum;
    this.zeroCount += other.zeroCount;
    if (this.min === undefined || other.min! < this.min) this.min = other.min;
    if (this.max === undefined || other.max! > this.max) this.max = other.max;
  }

  /** Sets the state read from JSON (already validated). */
  restore(json: QuantileSketchJSON): void {
    this.counts = json.counts.slice();
    this.offset = json.offset;
    this.count = json.count;
    this.sum = json.sum;
    this.zeroCount = json.zeroCount;
    this.min = json.min ?? undefined;
    this.max = json.max ?? undefined;
  }
}

function rejectValue(fn: string, value: unknown): never {
  if (typeof value !== 'number') {
    const shown = typeof value === 'string' ? ` ${describeValue(value)}` : '';
    fail('INVALID_TYPE', fn, `value${shown} is ${describeKind(value)}, not a number`);
  }
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `value ${describeValue(value)} is not a finite number`);
  fail('OUT_OF_RANGE', fn, `value ${describeValue(value)} is not > 0; the sketch holds positive values`);
}

function readAccuracy(fn: string, name: string, value: unknown): number {
  if (value === undefined) return DEFAULT_ACCURACY;
  if (typeof value !== 'number' || !(value >= 1e-4 && value < 1)) {
    fail('INVALID_OPTION', fn, `${name} must be a number from 0.0001 to below 1, got ${describeValue(value)} (0.01 for 1%)`);
  }
  return value;
}

/**
 * A new, empty quantile sketch: a summary of positive values, of a size
 * that grows with the logarithm of their spread and not with their count,
 * from which any quantile is within a chosen relative error of the exact one.
 *
 * @summary A mergeable quantile sketch (DDSketch) with a relative-error guarantee.
 *
 * @remarks
 * DDSketch (Masson, Rim & Lee, PVLDB 2019). With α the relative accuracy and
 * γ = (1 + α) / (1 − α), a value x > 0 is counted in bucket
 * i = ⌈log_γ x⌉, which holds the values in (γ^(i−1), γ^i]. The q-quantile
 * of n values is estimated from the bucket that holds the value of rank
 * ⌊q(n − 1)⌋ (counted from 0) as 2γ^i / (γ + 1), kept within the exact
 * minimum and maximum; it is within α · x of that value x, the lower of
 * the two order statistics that {@link percentile} interpolates between.
 * `quantile(0)` and `quantile(1)` are the exact minimum and maximum.
 * The sketch also keeps the count and the sum of the values, so that their
 * mean (sum / count) is exact, as a summary's is. `add` takes values > 0: a
 * bucket of a DDSketch holds positive values. The sketches that
 * {@link durationSummary} and the time summaries return (option `sketch`)
 * count durations of 0 apart, in `zeroCount`, as DDSketch's zero bucket
 * does; zeros are the first values in the order, so a quantile whose rank
 * falls among them is exactly 0.
 * `add` costs one logarithm; `quantile` one pass over the buckets. The
 * sketch holds about ln(max / min) / (2α) buckets: 1,036 for values from
 * 1 ms to a week at α = 1%.
 *
 * Merging ({@link mergeQuantileSketches}) adds bucket counts, so the merge of
 * the sketches of a day's shards is exactly the sketch of the whole day, in
 * any order and grouping. `toJSON` gives plain JSON for a database column;
 * {@link quantileSketchFromJSON} reads it back. A sketch of a day of
 * durations from 1 second to 8 hours at 1% is a few kilobytes of JSON.
 *
 * @param options - `relativeAccuracy` α, from 0.0001 to below 1 (default 0.01).
 *   Below 0.0001 a sketch would need millions of buckets (about
 *   ln(max / min) / (2α)), and below about 1e-16 its bucket width is lost
 *   to rounding: such accuracies are refused.
 * @returns An empty {@link QuantileSketch}.
 * @throws {@link MetricError} `INVALID_OPTION` for an unknown option or an
 *   accuracy outside [0.0001, 1).
 *
 * @example
 * ```ts
 * const sketch = quantileSketch({ relativeAccuracy: 0.01 });
 * for (let s = 1; s <= 1000; s++) sketch.add(s);
 * sketch.count; // => 1000
 * sketch.quantile(0); // => 1
 * sketch.quantile(1); // => 1000
 * Math.abs(sketch.quantile(0.9) - 900) <= 0.01 * 900; // => true
 * ```
 */
export function quantileSketch(options?: QuantileSketchOptions): QuantileSketch {
  const fn = 'quantileSketch';
  const o = readOptions(fn, options, SKETCH_OPTION_KEYS);
  return new Sketch(readAccuracy(fn, 'option relativeAccuracy', o.relativeAccuracy));
}

/**
 * Merges quantile sketches of the same accuracy into a new one; the
 * sketches given are left as they are.
 *
 * @summary The sketch of the union of the values of several sketches.
 *
 * @remarks
 * Bucket counts, counts, zero counts and sums are added; the minimum and maximum are the
 * least and the greatest. The result is exactly the sketch that adding
 * every value to one sketch gives, whatever the order and grouping of the
 * merges: merging is associative and commutative.
 *
 * @param sketches - One or more sketches made by {@link quantileSketch} or
 *   {@link quantileSketchFromJSON}, all of the same `relativeAccuracy`.
 * @returns A new {@link QuantileSketch}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no sketches; `INVALID_TYPE`
 *   for an argument that is not a sketch (naming its index);
 *   `SCALE_MISMATCH` for sketches of different accuracies, whose buckets
 *   do not line up.
 *
 * @example
 * ```ts
 * const monday = quantileSketch().add(30).add(60);
 * const tuesday = quantileSketch().add(90);
 * const both = mergeQuantileSketches(monday, tuesday);
 * [both.count, both.sum, both.min, both.max]; // => [3, 180, 30, 90]
 * ```
 */
export function mergeQuantileSketches(...sketches: readonly QuantileSketch[]): QuantileSketch {
  const fn = 'mergeQuantileSketches';
  if (sketches.length === 0) fail('EMPTY_INPUT', fn, 'no sketches: give at least one');
  for (let i = 0; i < sketches.length; i++) readSketch(fn, sketches[i], i);
  return mergeSketches(fn, sketches);
}

function readSketch(fn: string, value: unknown, index: number): Sketch {
  if (!(value instanceof Sketch)) {
    fail('INVALID_TYPE', fn, `sketch ${index} is ${describeKind(value)}, not a sketch made by quantileSketch; read JSON with quantileSketchFromJSON`, index);
  }
  return value;
}

/**
 * Reads a sketch back from the JSON that `toJSON` (or `JSON.stringify`)
 * gave, as an object or as the JSON text.
 *
 * @summary A quantile sketch from its JSON.
 *
 * @remarks
 * The JSON is checked as input is: known fields only, a valid accuracy, whole
 * non-negative bucket counts whose first and last are > 0 and which, with
 * `zeroCount`, add up to `count`, a finite sum ≥ 0 (0 exactly when no value
 * is > 0), and extremes that are finite numbers ≥ 0 with min ≤ max (`null`
 * exactly when the sketch is empty; min 0 exactly when zeros were counted).
 *
 * @param json - A {@link QuantileSketchJSON} object, or its JSON text.
 * @returns A {@link QuantileSketch} equal to the one that was saved.
 * @throws {@link MetricError} `INVALID_TYPE` for text that is not JSON, a
 *   missing or unknown field or a field of the wrong type; `INVALID_OPTION`
 *   for a bad accuracy; `INVALID_COUNTS` for counts that are negative or
 *   do not add up to `count`; `NOT_INTEGER` for a fractional count;
 *   `OUT_OF_RANGE` for a count beyond 2^53 − 1 (as every count of the
 *   package) and for a bad sum or bad extremes.
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(quantileSketch().add(10).add(20));
 * const sketch = quantileSketchFromJSON(saved);
 * [sketch.count, sketch.sum, sketch.quantile(0), sketch.quantile(1)]; // => [2, 30, 10, 20]
 * ```
 */
export function quantileSketchFromJSON(json: QuantileSketchJSON | string): QuantileSketch {
  return readSketchJSON('quantileSketchFromJSON', 'json', json);
}

/** A sketch from its JSON (object or text), checked; `name` is how messages name it (`json`, `sketches[2]`). */
function readSketchJSON(fn: string, name: string, json: unknown, index?: number): Sketch {
  // annotated, so that a call narrows as fail's does
  const bad: (code: 'INVALID_TYPE' | 'INVALID_COUNTS' | 'OUT_OF_RANGE', message: string) => never = (code, message) => fail(code, fn, message, index);
  let parsed: unknown = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json);
    } catch {
      bad('INVALID_TYPE', `${name} is text that is not JSON; pass what toJSON or JSON.stringify gave`);
    }
  }
  const shape = '{ relativeAccuracy, count, sum, min, max, zeroCount, offset, counts }';
  const o = readObject(fn, name, parsed, shape);
  rejectUnknownFields(fn, name, o, JSON_KEYS);
  for (const key of JSON_KEYS) if (!(key in o)) bad('INVALID_TYPE', `${name}.${key} is missing; a sketch's JSON is ${shape}`);
  const relativeAccuracy = readAccuracy(fn, `${name}.relativeAccuracy`, o['relativeAccuracy'] ?? null);
  const count = readCount(fn, `${name}.count`, o['count']);
  const zeroCount = readCount(fn, `${name}.zeroCount`, o['zeroCount']);
  const offset = o['offset'];
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset)) {
    bad('INVALID_TYPE', `${name}.offset must be a whole number, got ${describeValue(offset)}`);
  }
  const counts = o['counts'];
  if (!Array.isArray(counts)) bad('INVALID_TYPE', `${name}.counts is ${describeKind(counts)}, not an array`);
  let inBuckets = 0;
  for (let k = 0; k < counts.length; k++) {
    inBuckets += readCount(fn, `${name}.counts[${k}]`, counts[k]);
  }
  if (counts.length > 0 && (counts[0] === 0 || counts[counts.length - 1] === 0)) {
    bad('INVALID_COUNTS', `${name}.counts must begin and end with a bucket that holds values`);
  }
  if (zeroCount + inBuckets !== count) {
    bad('INVALID_COUNTS', `${name}.counts add up to ${inBuckets} and ${name}.zeroCount is ${zeroCount}, but ${name}.count is ${count}`);
  }
  const sum = o['sum'];
  if (typeof sum !== 'number') bad('INVALID_TYPE', `${name}.sum is ${describeKind(sum)}, not a number`);
  if (!Number.isFinite(sum) || sum < 0 || (sum === 0) !== (inBuckets === 0)) {
    const needed = inBuckets === 0 ? '0, as the sketch holds no value > 0' : 'a finite number > 0';
    bad('OUT_OF_RANGE', `${name}.sum must be ${needed}, got ${describeValue(sum)}`);
  }
  const min = o['min'];
  const max = o['max'];
  if (count === 0) {
    if (min !== null || max !== null) bad('OUT_OF_RANGE', `an empty sketch has ${name}.min and ${name}.max null`);
  } else {
    // min is 0 exactly when zeros were counted, max exactly when nothing else was
    for (const [field, x, zero] of [['min', min, zeroCount > 0], ['max', max, inBuckets === 0]] as const) {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || (x === 0) !== zero) {
        const needed = zero ? '0, as the sketch counts zeros' : 'a finite number > 0';
        bad('OUT_OF_RANGE', `${name}.${field} must be ${needed}, got ${describeValue(x)}`);
      }
    }
    if ((min as number) > (max as number)) bad('OUT_OF_RANGE', `${name}.min ${describeValue(min)} is above ${name}.max ${describeValue(max)}`);
  }
  const sketch = new Sketch(relativeAccuracy);
  sketch.restore({ relativeAccuracy, count, sum, min: min as number | null, max: max as number | null, zeroCount, offset, counts: counts as number[] });
  return sketch;
}

/**
 * A sketch given as a sketch or as its JSON (object or text), for the
 * functions that take either; `index` is its place among the arguments.
 */
export function readSketchArgument(fn: string, value: unknown, index: number): QuantileSketch {
  if (value instanceof Sketch) return value;
  try {
    return readSketchJSON(fn, `sketches[${index}]`, value, index);
  } catch (error) {
    // the shared readers do not take an index; every error here is about argument `index`
    throw atIndex(fn, error, index);
  }
}

/**
 * Reads the `sketch` option of a summary: `true` for the default accuracy,
 * `{ relativeAccuracy }`, or `false`/`undefined` for no sketch. Returns the
 * accuracy, or `undefined` for none.
 */
export function readSketchOption(fn: string, value: unknown): number | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return DEFAULT_ACCURACY;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `option sketch must be true, false or { relativeAccuracy }, got ${describeValue(value)}`);
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !(SKETCH_OPTION_KEYS as readonly string[]).includes(key)) {
      fail('INVALID_OPTION', fn, `unknown option sketch.${key}; known: ${SKETCH_OPTION_KEYS.join(', ')}`);
    }
  }
  return readAccuracy(fn, 'option sketch.relativeAccuracy', (value as QuantileSketchOptions).relativeAccuracy);
}

/**
 * The sketch of validated durations (finite, ≥ 0) whose sum is `sum`, at
 * accuracy `relativeAccuracy`: zeros in the zero count, the others in
 * their buckets. The sketch's sum is `sum`, the summary's own.
 */
export function sketchDurations(relativeAccuracy: number, values: ArrayLike<number>, sum: number): QuantileSketch {
  const sketch = new Sketch(relativeAccuracy);
  sketch.addDurations(values, sum);
  return sketch;
}

/**
 * The sketch of the union of `sketches` (already read), checking that
 * they share one accuracy; the one merge of the package.
 */
export function mergeSketches(fn: string, sketches: readonly QuantileSketch[]): QuantileSketch {
  const first = sketches[0]!;
  const merged = new Sketch(first.relativeAccuracy);
  for (let i = 0; i < sketches.length; i++) {
    const sketch = sketches[i] as Sketch;
    if (sketch.relativeAccuracy !== first.relativeAccuracy) {
      fail(
        'SCALE_MISMATCH',
        fn,
        `sketch ${i} has relativeAccuracy ${describeValue(sketch.relativeAccuracy)}, sketch 0 ${describeValue(first.relativeAccuracy)}; only sketches of one accuracy merge`,
        i,
      );
    }
    merged.absorb(sketch);
  }
  return merged;
}
