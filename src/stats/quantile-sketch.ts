/**
 * A mergeable quantile sketch with a relative-error guarantee: DDSketch
 * (Masson, Rim & Lee, "DDSketch: a fast and fully-mergeable quantile sketch
 * with relative-error guarantees", PVLDB 12(12), 2019).
 *
 * Values go into buckets whose bounds grow geometrically: with
 * γ = (1 + α) / (1 − α), bucket i holds the values in (γ^(i−1), γ^i], and
 * every value of the bucket is within a relative distance α of
 * 2γ^i / (γ + 1). A sketch is its bucket counts, so merging sketches adds
 * counts: the merge of shards is exactly the sketch of the whole.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readCount, readObject, readOptions, rejectUnknownFields } from '../_lib/validate.js';

/** Options of {@link quantileSketch}. */
export interface QuantileSketchOptions {
  /**
   * α, the largest relative error of a quantile, strictly between 0 and 1.
   * Default 0.01: every quantile within 1% of the exact one.
   */
  readonly relativeAccuracy?: number;
}

const SKETCH_OPTION_KEYS = ['relativeAccuracy'] as const satisfies readonly (keyof QuantileSketchOptions)[];

/**
 * A sketch as plain JSON, for a database column or a file: the accuracy,
 * the count, the exact extremes (`null` when empty) and the bucket counts
 * from bucket `offset` on. `JSON.stringify(sketch)` gives it.
 */
export interface QuantileSketchJSON {
  /** α of the sketch. */
  readonly relativeAccuracy: number;
  /** How many values were added. */
  readonly count: number;
  /** The smallest value added, or `null` for an empty sketch. */
  readonly min: number | null;
  /** The largest value added, or `null` for an empty sketch. */
  readonly max: number | null;
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
const JSON_KEYS = ['relativeAccuracy', 'count', 'min', 'max', 'offset', 'counts'] as const satisfies readonly (keyof QuantileSketchJSON)[];

class Sketch implements QuantileSketch {
  readonly relativeAccuracy: number;
  count = 0;
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
    const counts = this.counts;
    let seen = 0;
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

  toJSON(): QuantileSketchJSON {
    return {
      relativeAccuracy: this.relativeAccuracy,
      count: this.count,
      min: this.min ?? null,
      max: this.max ?? null,
      offset: this.offset,
      counts: this.counts.slice(),
    };
  }

  /** Adds the buckets and extremes of `other`, a sketch of the same accuracy. */
  absorb(other: Sketch): void {
    if (other.count === 0) return;
    const from = other.offset;
    const theirs = other.counts;
    if (this.counts.length === 0) {
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
    if (this.min === undefined || other.min! < this.min) this.min = other.min;
    if (this.max === undefined || other.max! > this.max) this.max = other.max;
  }

  /** Sets the state read from JSON (already validated). */
  restore(json: QuantileSketchJSON): void {
    this.counts = json.counts.slice();
    this.offset = json.offset;
    this.count = json.count;
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
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail('INVALID_OPTION', fn, `${name} must be a number strictly between 0 and 1, got ${describeValue(value)} (0.01 for 1%)`);
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
 * @param options - `relativeAccuracy` α, strictly between 0 and 1 (default 0.01).
 * @returns An empty {@link QuantileSketch}.
 * @throws {@link MetricError} `INVALID_OPTION` for an unknown option or an
 *   accuracy outside (0, 1).
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
 * Bucket counts and counts are added; the minimum and maximum are the
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
 * [both.count, both.min, both.max]; // => [3, 30, 90]
 * ```
 */
export function mergeQuantileSketches(...sketches: readonly QuantileSketch[]): QuantileSketch {
  const fn = 'mergeQuantileSketches';
  if (sketches.length === 0) fail('EMPTY_INPUT', fn, 'no sketches: give at least one');
  const first = readSketch(fn, sketches[0], 0);
  const merged = new Sketch(first.relativeAccuracy);
  for (let i = 0; i < sketches.length; i++) {
    const sketch = readSketch(fn, sketches[i], i);
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
 * non-negative bucket counts whose first and last are > 0 and whose sum is
 * `count`, and extremes that are finite numbers > 0 with min ≤ max (`null`
 * exactly when the sketch is empty).
 *
 * @param json - A {@link QuantileSketchJSON} object, or its JSON text.
 * @returns A {@link QuantileSketch} equal to the one that was saved.
 * @throws {@link MetricError} `INVALID_TYPE` for text that is not JSON, a
 *   missing or unknown field or a field of the wrong type; `INVALID_OPTION`
 *   for a bad accuracy; `INVALID_COUNTS` for counts that are negative or
 *   do not add up to `count`; `NOT_INTEGER` for a fractional count;
 *   `OUT_OF_RANGE` for a count beyond 2^53 − 1 (as every count of the
 *   package) and for bad extremes.
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(quantileSketch().add(10).add(20));
 * const sketch = quantileSketchFromJSON(saved);
 * [sketch.count, sketch.quantile(0), sketch.quantile(1)]; // => [2, 10, 20]
 * ```
 */
export function quantileSketchFromJSON(json: QuantileSketchJSON | string): QuantileSketch {
  const fn = 'quantileSketchFromJSON';
  let parsed: unknown = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json);
    } catch {
      fail('INVALID_TYPE', fn, 'the text is not JSON; pass what toJSON or JSON.stringify gave');
    }
  }
  const shape = '{ relativeAccuracy, count, min, max, offset, counts }';
  const o = readObject(fn, 'json', parsed, shape);
  rejectUnknownFields(fn, 'json', o, JSON_KEYS);
  for (const key of JSON_KEYS) if (!(key in o)) fail('INVALID_TYPE', fn, `json.${key} is missing; a sketch's JSON is ${shape}`);
  const relativeAccuracy = readAccuracy(fn, 'json.relativeAccuracy', o['relativeAccuracy'] ?? null);
  const count = readCount(fn, 'json.count', o['count']);
  const offset = o['offset'];
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset)) {
    fail('INVALID_TYPE', fn, `json.offset must be a whole number, got ${describeValue(offset)}`);
  }
  const counts = o['counts'];
  if (!Array.isArray(counts)) fail('INVALID_TYPE', fn, `json.counts is ${describeKind(counts)}, not an array`);
  let sum = 0;
  for (let k = 0; k < counts.length; k++) {
    sum += readCount(fn, `json.counts[${k}]`, counts[k]);
  }
  if (counts.length > 0 && (counts[0] === 0 || counts[counts.length - 1] === 0)) {
    fail('INVALID_COUNTS', fn, 'json.counts must begin and end with a bucket that holds values');
  }
  if (sum !== count) fail('INVALID_COUNTS', fn, `json.counts add up to ${sum}, json.count is ${count}`);
  const min = o['min'];
  const max = o['max'];
  if (count === 0) {
    if (min !== null || max !== null) fail('OUT_OF_RANGE', fn, 'an empty sketch has min and max null');
  } else {
    for (const [name, x] of [['min', min], ['max', max]] as const) {
      if (typeof x !== 'number' || !(x > 0) || x === Infinity) {
        fail('OUT_OF_RANGE', fn, `json.${name} must be a finite number > 0, got ${describeValue(x)}`);
      }
    }
    if ((min as number) > (max as number)) fail('OUT_OF_RANGE', fn, `json.min ${describeValue(min)} is above json.max ${describeValue(max)}`);
  }
  const sketch = new Sketch(relativeAccuracy);
  sketch.restore({ relativeAccuracy, count, min: min as number | null, max: max as number | null, offset, counts: counts as number[] });
  return sketch;
}

