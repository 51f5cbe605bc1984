/**
 * Order statistics and quantiles by selection, never by a full sort: a
 * quantile needs one or two order statistics, and Floyd–Rivest selection
 * places one in expected O(n) time where sorting costs O(n log n).
 *
 * Everything here works in place on a `Float64Array` the caller owns (a
 * validated copy of the user's values), so the user's array is never
 * reordered, and comparisons are plain `<` on numbers (no comparator calls).
 */

/** Partitioning rounds of one {@link select} call before it falls back to sorting the rest. */
const MAX_ROUNDS = 32;

/**
 * Rearranges `a[left..right]` so that `a[k]` holds the value it would hold if
 * that range were sorted, with no larger value before it and no smaller one
 * after it. Floyd–Rivest selection (as in d3-array and simple-statistics):
 * each round partitions around a pivot chosen by first selecting within a
 * small sample around k, so that the round leaves few values on k's side;
 * expected time O(n), about 1.5n comparisons for a median. A range that has
 * not closed in on k after 32 rounds, which needs crafted input, is sorted
 * instead, which bounds the worst case by O(n log n).
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  let rounds = 0;
  while (right > left) {
    if (++rounds > MAX_ROUNDS) {
      a.subarray(left, right + 1).sort();
      return;
    }
    if (right - left > 600) {
      // select k within a sample whose k-th value is, with high probability,
      // close to the k-th of the range: it becomes the pivot below
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const sampleRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, sampleLeft, sampleRight);
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Where the p-th percentile of n values falls: h = (n − 1) · p / 100 split
 * into its whole part `lo` and the weight `r` of the next value in
 * hundredths (0 ≤ r < 100). When p is a whole percentage, (n − 1) · p is a
 * whole number and `r` is exact, so interpolation can multiply before it
 * divides (see {@link interpolate}).
 */
export function percentilePosition(n: number, p: number): { readonly lo: number; readonly r: number } {
  const h100 = (n - 1) * p;
  let lo = Math.floor(h100 / 100);
  let r = h100 - lo * 100;
  if (r < 0) {
    lo--;
    r += 100;
  } else if (r >= 100) {
    lo++;
    r -= 100;
  }
  if (lo >= n - 1) return { lo: n - 1, r: 0 };
  return { lo, r };
}

/**
 * x + (y − x) · r / 100 for order statistics x ≤ y, computed as
 * (x · (100 − r) + y · r) / 100: for whole-number data and a whole
 * percentage every step before the one division is exact, so the 90th
 * percentile of [1, 2, 3, 4, 100] is exactly 61.6 (the usual
 * x + (h − ⌊h⌋)(y − x) gives 61.60000000000001). Kept within [x, y].
 */
export function interpolate(x: number, y: number, r: number): number {
  if (r === 0 || x === y) return x;
  let v = (x * (100 - r) + y * r) / 100;
  if (!Number.isFinite(v)) v = x * (1 - r / 100) + y * (r / 100);
  return v < x ? x : v > y ? y : v;
}

/**
 * Type 7 percentiles (linear interpolation between order statistics, the
 * default of R, numpy and simple-statistics) of `values`, for percentages
 * `percents` in ascending order, each 0–100. `values` is not modified
 * unless `owned` says the caller lends it for reordering.
 *
 * `reject` is for values the caller has not validated: the pass that copies
 * or filters them also tests that each is a finite number, and calls
 * `reject` (which throws the caller's error) when one is not, before any
 * result is used. Without it the values are trusted to be finite numbers.
 */
export function percentiles(
  values: ArrayLike<number>,
  percents: readonly number[],
  owned = false,
  reject?: () => never,
): number[] {
  const n = values.length;
  const positions = percents.map((p) => percentilePosition(n, p));
  const ranks: number[] = [];
  for (const { lo, r } of positions) {
    // ascending and distinct: positions only grow with p
    if (ranks.length === 0 || lo > ranks[ranks.length - 1]!) ranks.push(lo);
    if (r !== 0 && lo + 1 > ranks[ranks.length - 1]!) ranks.push(lo + 1);
  }
  const at = orderStatistics(values, ranks, owned, reject);
  const valueAt = (rank: number): number => at[ranks.indexOf(rank)]!;
  return positions.map(({ lo, r }) => (r === 0 ? valueAt(lo) : interpolate(valueAt(lo), valueAt(lo + 1), r)));
}

/** From this many values on, {@link orderStatistics} filters instead of copying and selecting. */
const FILTER_FROM = 1 << 15;

/**
 * The values of rank `ranks[j]` (0-based, ascending, distinct) among
 * `values`, as if sorted. Below 32,768 values, a copy (or the array itself,
 * when `owned`) is rearranged by selection. From there on, a `Float64Array`
 * of which the least or greatest value is wanted too is read twice without
 * a copy ({@link histogramRanks}), and other values
 * are filtered without a copy ({@link filterRanks}), which reads them once
 * and selects only among the few near each rank; if the filter's sample
 * misled it (rare, and only slower), the copy-and-select path runs.
 * `reject` as for {@link percentiles}.
 */
export function orderStatistics(
  values: ArrayLike<number>,
  ranks: readonly number[],
  owned = false,
  reject?: () => never,
): number[] {
  const n = values.length;
  // The histogram pays for itself only where a filter cannot help: when the
  // least or the greatest value is wanted too (a summary), every value is
  // near a rank, and the filter would keep them all.
  if (n >= FILTER_FROM && values instanceof Float64Array && (ranks[0] === 0 || ranks[ranks.length - 1] === n - 1)) {
    return histogramRanks(values, ranks, reject);
  }
  if (n >= FILTER_FROM) {
    const found = filterRanks(values, ranks, reject);
    // the filter has read every value: the copy below need not check them again
    if (found !== undefined) return found;
    reject = undefined;
  }
  let a: Float64Array;
  if (owned && values instanceof Float64Array) a = values;
  else if (reject === undefined) a = Float64Array.from(values);
  else a = copyFinite(values) ?? reject();
  return selectRanks(a, n, ranks);
}

/** Buckets of {@link histogramRanks}: the sign, the exponent and the first four bits of the fraction of a double. */
const BUCKETS = 65_536;

/**
 * The counts of {@link histogramRanks} (256 KB), made on its first call and
 * reused, so that a summary of many metrics does not map fresh memory for
 * each one: on a busy machine the page faults cost more than the counting.
 */
let histogram: Int32Array | undefined;

/**
 * The values of ascending, distinct `ranks` among `values`, by a histogram
 * of their leading bits (a radix selection, one digit deep): the first pass
 * counts the values in each of 65,536 buckets (the high 16 bits of each
 * double, mapped so that the buckets are in the order of the values: a
 * sixteenth of an octave each) and finds the minimum and the maximum; the
 * counts give the bucket of each wanted rank, and the second pass keeps the
 * values of those buckets only, among which the ranks are selected. Two
 * passes and no copy, O(n); when all the values fall in one bucket the
 * selection is among all of them, as without the histogram. The values are
 * not reordered. With `reject`, the first pass also tests that each value
 * is finite, and `reject` is called before any result is used.
 */
export function histogramRanks(values: Float64Array, ranks: readonly number[], reject?: () => never): number[] {
  const n = values.length;
  // the 32-bit words of the doubles: the high word of value i is words[2i + high]
  const words = new Int32Array(values.buffer, values.byteOffset, 2 * n);
  const high = new Int32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;
  const count = (histogram ??= new Int32Array(BUCKETS)).fill(0);
  const extremes = new Float64Array(3);
  countBuckets(values, words, high, count, extremes);
  const [min, max, bad] = extremes as unknown as [number, number, number];
  if (bad !== 0 && reject !== undefined) reject();
  const out: number[] = [];
  if (min === max) {
    for (let j = 0; j < ranks.length; j++) out.push(min);
    return out;
  }
  // the bucket of each inner rank, and how many values lie below it
  const wanted: number[] = [];
  const belowOf: number[] = [];
  findBuckets(count, ranks, n, wanted, belowOf);
  const kept = wanted.map((w) => new Float64Array(count[w]!));
  if (wanted.length > 0) {
    // the counts become the marks of the wanted buckets: 1 + the bucket's index in `wanted`, 0 for the others
    const slot = count.fill(0);
    for (let w = 0; w < wanted.length; w++) slot[wanted[w]!] = w + 1;
    keepBuckets(values, words, high, slot, kept);
  }
  for (let j = 0; j < ranks.length; ) {
    const k = ranks[j]!;
    if (k === 0 || k === n - 1) {
      out.push(k === 0 ? min : max);
      j++;
      continue;
    }
    // the ranks that fall in this bucket, selected together among its values
    let w = 0;
    while (!(belowOf[w]! <= k && k < belowOf[w]! + kept[w]!.length)) w++;
    const inBucket: number[] = [];
    for (; j < ranks.length && ranks[j]! !== n - 1 && ranks[j]! < belowOf[w]! + kept[w]!.length; j++) inBucket.push(ranks[j]! - belowOf[w]!);
    for (const value of selectRanks(kept[w]!, kept[w]!.length, inBucket)) out.push(value);
  }
  return out;
}

/*
 * Every loop of histogramRanks over the values or the buckets is a function
 * of its own, so that each is optimised once and stays so: a long loop in
 * histogramRanks itself is compiled on the fly (on-stack replacement) on the
 * first call, before the code after it has run, and that code then falls
 * back to the interpreter on every later call.
 */

/** For each rank other than the first and the last, its bucket (into `wanted`, once each) and the count of values below that bucket (into `belowOf`). */
function findBuckets(count: Int32Array, ranks: readonly number[], n: number, wanted: number[], belowOf: number[]): void {
  let b = 0;
  let below = 0;
  for (const k of ranks) {
    if (k === 0 || k === n - 1) continue;
    while (below + count[b]! <= k) below += count[b++]!;
    if (wanted[wanted.length - 1] !== b) {
      wanted.push(b);
      belowOf.push(below);
    }
  }
}

/** Counts the values of each bucket into `count`; `out` gets the minimum, the maximum, and 1 when a value is not finite. */
function countBuckets(values: Float64Array, words: Int32Array, high: number, count: Int32Array, out: Float64Array): void {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    const hi = words[2 * i + high]!;
    // a positive double's bits grow with it, a negative one's shrink: flip them so that buckets ascend
    count[(hi ^ ((hi >> 31) | 0x80000000)) >>> 16]!++;
    // x − x is 0 for finite numbers, NaN for NaN and ±Infinity
    bad |= +(x - x !== 0);
    min = x < min ? x : min;
    max = x > max ? x : max;
  }
  out[0] = min;
  out[1] = max;
  out[2] = bad;
}

/** Copies the values of the buckets marked in `slot` (1 + their index in `kept`) into `kept`, each sized to its count. */
function keepBuckets(values: Float64Array, words: Int32Array, high: number, slot: Int32Array, kept: readonly Float64Array[]): void {
  const n = values.length;
  const filled = new Int32Array(kept.length);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + high]!;
    const s = slot[(hi ^ ((hi >> 31) | 0x80000000)) >>> 16]!;
    if (s !== 0) kept[s - 1]![filled[s - 1]!++] = values[i]!;
  }
}

/**
 * A copy of `values` as a `Float64Array`, or `undefined` when one is not a
 * finite number; the test is in the copying loop, before the value is
 * converted (a `Float64Array` would turn `'5'` into 5 and `null` into 0).
 */
function copyFinite(values: ArrayLike<number>): Float64Array | undefined {
  const n = values.length;
  const a = new Float64Array(n);
  // v − v is 0 for finite numbers, NaN for NaN and ±Infinity
  if (ArrayBuffer.isView(values)) {
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      bad |= +(v - v !== 0);
      a[i] = v;
    }
    return bad === 0 ? a : undefined;
  }
  for (let i = 0; i < n; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || v - v !== 0) return undefined;
    a[i] = v;
  }
  return a;
}

/**
 * The values of ascending, distinct `ranks` among `a[0..n)`, rearranging `a`:
 * each rank is selected within the part of the array above the previous
 * one, so a median and a 90th percentile cost about one selection and a
 * half; a rank that is the smallest (or the largest) of what remains is
 * found by a scan instead.
 */
export function selectRanks(a: Float64Array, n: number, ranks: readonly number[]): number[] {
  // invariant: a[left..n) holds the n − left largest values, and a[left − 1]
  // (when left > 0) is in its sorted place
  let left = 0;
  const out: number[] = [];
  for (const k of ranks) {
    if (k === left) {
      placeMinimum(a, left, n);
      left = k + 1;
    } else if (k === n - 1 && k > left) {
      placeMaximum(a, left, n);
      left = n;
    } else if (k > left) {
      select(a, k, left, n - 1);
      left = k + 1;
    }
    out.push(a[k]!);
  }
  return out;
}

/**
 * Order statistics by filtering, after Floyd and Rivest's idea of
 * bracketing the wanted rank with a sample: of a sample of about n^(2/3)
 * values (drawn at fixed pseudo-random positions, so the work done is the
 * same on every run), select for each rank the sample values a safe margin
 * (3√s sample ranks) below and above where it should fall, then read the
 * values once, counting those below each bracket and keeping only those
 * inside it. The wanted value is then selected among the few kept (about
 * 6/√s of n: 3% for 10 million). The minimum and maximum, when asked for,
 * come from one more scan. Returns `undefined` when a rank fell outside its
 * bracket or a bracket overflowed (an unlucky sample, or crafted input), for
 * the caller to fall back to selection. No copy of the values: O(n).
 *
 * With `reject`, the one pass also tests every value (a number, finite) and
 * `reject` is called when one fails; values that are not numbers are never
 * compared or converted, so no `valueOf` of the caller's runs.
 */
export function filterRanks(values: ArrayLike<number>, ranks: readonly number[], reject?: () => never): number[] | undefined {
  const n = values.length;
  const typed = ArrayBuffer.isView(values);
  const s = Math.min(n, Math.ceil(Math.pow(n, 2 / 3)));
  const sample = new Float64Array(s);
  let seed = 0x2545f491;
  for (let j = 0; j < s; j++) {
    // xorshift32: it picks positions only, so the results never depend on it
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const v: unknown = values[(seed >>> 0) % n];
    if (!typed && typeof v !== 'number') return reject === undefined ? undefined : reject();
    sample[j] = v as number;
  }
  const margin = Math.ceil(3 * Math.sqrt(s)) + 1;
  // the sample ranks of the brackets' ends, selected rather than sorted for (the sort cost
  // about a sixth of a percentile of a million values; docs/performance.md)
  const ends: number[] = [];
  for (const k of ranks) {
    if (k === 0 || k === n - 1) continue;
    const q = (k * (s - 1)) / (n - 1);
    ends.push(Math.max(0, Math.floor(q) - margin), Math.min(s - 1, Math.ceil(q) + margin));
  }
  const order = [...new Set(ends)].sort((x, y) => x - y);
  const at = selectRanks(sample, s, order);
  const sampleAt = (j: number): number => at[order.indexOf(j)]!;
  // brackets [lo, hi] around the inner ranks, merged where they overlap
  const lo: number[] = [];
  const hi: number[] = [];
  const bracketOf: number[] = [];
  let wantsExtremes = false;
  for (const k of ranks) {
    if (k === 0 || k === n - 1) {
      wantsExtremes = true;
      bracketOf.push(-1);
      continue;
    }
    const q = (k * (s - 1)) / (n - 1);
    const l = sampleAt(Math.max(0, Math.floor(q) - margin));
    const h = sampleAt(Math.min(s - 1, Math.ceil(q) + margin));
    const b = lo.length - 1;
    if (b >= 0 && l <= hi[b]!) hi[b] = Math.max(hi[b]!, h);
    else {
      lo.push(l);
      hi.push(h);
    }
    bracketOf.push(lo.length - 1);
  }
  const capacity = Math.ceil(((2 * margin + 2) / s) * n * 2) + 64;
  const brackets: Bracket[] = [];
  // the first pass checks the values, so that one that fails is reported before any result is used
  let extremes: readonly [number, number] | undefined;
  let checked = reject === undefined;
  for (let b = 0; b < lo.length; b += 2) {
    const pair =
      b + 1 < lo.length
        ? countAndKeep(values, typed, !checked, lo[b]!, hi[b]!, lo[b + 1]!, hi[b + 1]!, capacity)
        : countAndKeepOne(values, typed, !checked, lo[b]!, hi[b]!, capacity);
    if (pair === NOT_FINITE) return reject === undefined ? undefined : reject();
    checked = true;
    if (pair === undefined) return undefined;
    brackets.push(pair[0]);
    if (b + 1 < lo.length) brackets.push(pair[1]);
  }
  if (wantsExtremes) {
    const found = minMax(values, typed, !checked);
    if (found === NOT_FINITE) return reject === undefined ? undefined : reject();
    extremes = found;
  }
  const out: number[] = [];
  for (let j = 0; j < ranks.length; ) {
    const k = ranks[j]!;
    const b = bracketOf[j]!;
    if (b < 0) {
      out.push(k === 0 ? extremes![0] : extremes![1]);
      j++;
      continue;
    }
    // the ranks of this bracket, those among the kept values selected together
    const { below, atLo, inside, atHi, kept } = brackets[b]!;
    const keptRanks: number[] = [];
    const slots: number[] = [];
    for (; j < ranks.length && bracketOf[j] === b; j++) {
      const r = ranks[j]! - below;
      if (r < 0 || r >= atLo + inside + atHi) return undefined;
      if (r < atLo) out.push(lo[b]!);
      else if (r >= atLo + inside) out.push(hi[b]!);
      else {
        keptRanks.push(r - atLo);
        slots.push(out.length);
        out.push(NaN);
      }
    }
    if (keptRanks.length > 0) {
      const found = selectRanks(kept, inside, keptRanks);
      for (let m = 0; m < slots.length; m++) out[slots[m]!] = found[m]!;
    }
  }
  return out;
}

/** What one pass learnt about one bracket [lo, hi]. */
interface Bracket {
  /** Values below lo. */
  readonly below: number;
  /** Values equal to lo. */
  readonly atLo: number;
  /** Values strictly between lo and hi, kept in `kept`. */
  readonly inside: number;
  /** Values equal to hi (0 when hi is lo). */
  readonly atHi: number;
  readonly kept: Float64Array;
}

/** What {@link countAndKeep} and {@link minMax} return when a value is not a finite number. */
const NOT_FINITE = 0;

/**
 * One pass over the values for two brackets. Counting is branch-free
 * (`+(x < lo)`): a branch on a comparison that is true for half the values
 * mispredicts half the time, and measured 6× slower; the test for being
 * inside a bracket is rarely true, so its branch is predicted. With `check`,
 * every value is tested to be a finite number in the same pass.
 */
function countAndKeep(
  a: ArrayLike<number>,
  typed: boolean,
  check: boolean,
  lo0: number,
  hi0: number,
  lo1: number,
  hi1: number,
  capacity: number,
): [Bracket, Bracket] | undefined | typeof NOT_FINITE {
  const n = a.length;
  const kept0 = new Float64Array(capacity);
  const kept1 = new Float64Array(capacity);
  let below0 = 0, atLo0 = 0, in0 = 0, atHi0 = 0;
  let below1 = 0, atLo1 = 0, in1 = 0, atHi1 = 0;
  // x − x is 0 for finite numbers, NaN for NaN and ±Infinity
  let bad = 0;
  const untyped = check && !typed;
  for (let i = 0; i < n; i++) {
    const v: unknown = a[i];
    if (untyped && typeof v !== 'number') return NOT_FINITE;
    const x = v as number;
    bad |= +(x - x !== 0);
    below0 += +(x < lo0);
    below1 += +(x < lo1);
    if (+(x >= lo0) & +(x <= hi0)) {
      if (x === lo0) atLo0++;
      else if (x === hi0) atHi0++;
      else {
        if (in0 === capacity) return check && (bad !== 0 || !restFinite(a, i, typed)) ? NOT_FINITE : undefined;
        kept0[in0++] = x;
      }
    } else if (+(x >= lo1) & +(x <= hi1)) {
      if (x === lo1) atLo1++;
      else if (x === hi1) atHi1++;
      else {
        if (in1 === capacity) return check && (bad !== 0 || !restFinite(a, i, typed)) ? NOT_FINITE : undefined;
        kept1[in1++] = x;
      }
    }
  }
  if (check && bad !== 0) return NOT_FINITE;
  return [
    { below: below0, atLo: atLo0, inside: in0, atHi: atHi0, kept: kept0 },
    { below: below1, atLo: atLo1, inside: in1, atHi: atHi1, kept: kept1 },
  ];
}

/**
 * {@link countAndKeep} for one bracket, the pass of a single percentile: the
 * same loop without the second bracket's tests, which it measured slower
 * for (docs/performance.md).
 */
function countAndKeepOne(
  a: ArrayLike<number>,
  typed: boolean,
  check: boolean,
  lo: number,
  hi: number,
  capacity: number,
): [Bracket, Bracket] | undefined | typeof NOT_FINITE {
  const n = a.length;
  const kept = new Float64Array(capacity);
  let below = 0, atLo = 0, inside = 0, atHi = 0;
  let bad = 0;
  const untyped = check && !typed;
  for (let i = 0; i < n; i++) {
    const v: unknown = a[i];
    if (untyped && typeof v !== 'number') return NOT_FINITE;
    const x = v as number;
    bad |= +(x - x !== 0);
    below += +(x < lo);
    if (+(x >= lo) & +(x <= hi)) {
      if (x === lo) atLo++;
      else if (x === hi) atHi++;
      else {
        if (inside === capacity) return check && (bad !== 0 || !restFinite(a, i, typed)) ? NOT_FINITE : undefined;
        kept[inside++] = x;
      }
    }
  }
  if (check && bad !== 0) return NOT_FINITE;
  const one = { below, atLo, inside, atHi, kept };
  return [one, one];
}

/**
 * Whether `a[from..]` are all finite numbers: when a pass that checks gives
 * up early, it checks the values it has not seen, so that its caller may
 * trust them all.
 */
function restFinite(a: ArrayLike<number>, from: number, typed: boolean): boolean {
  for (let i = from; i < a.length; i++) {
    const x: unknown = a[i];
    if ((!typed && typeof x !== 'number') || (x as number) - (x as number) !== 0) return false;
  }
  return true;
}

/**
 * The smallest and largest value, in two lanes so that the comparisons do
 * not wait for one another; with `check`, {@link NOT_FINITE} when a value
 * is not a finite number.
 */
function minMax(a: ArrayLike<number>, typed: boolean, check: boolean): readonly [number, number] | typeof NOT_FINITE {
  const n = a.length;
  const untyped = check && !typed;
  let min0 = Infinity, min1 = Infinity, max0 = -Infinity, max1 = -Infinity;
  let bad = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const u: unknown = a[i];
    const w: unknown = a[i + 1];
    if (untyped && (typeof u !== 'number' || typeof w !== 'number')) return NOT_FINITE;
    const x = u as number;
    const y = w as number;
    bad |= +(x - x !== 0) | +(y - y !== 0);
    min0 = x < min0 ? x : min0;
    max0 = x > max0 ? x : max0;
    min1 = y < min1 ? y : min1;
    max1 = y > max1 ? y : max1;
  }
  if (i < n) {
    const u: unknown = a[i];
    if (untyped && typeof u !== 'number') return NOT_FINITE;
    const x = u as number;
    bad |= +(x - x !== 0);
    min0 = x < min0 ? x : min0;
    max0 = x > max0 ? x : max0;
  }
  if (check && bad !== 0) return NOT_FINITE;
  return [Math.min(min0, min1), Math.max(max0, max1)];
}

/** Moves the smallest of `a[from..n)` to `a[from]`: one scan, where selection would partition. */
function placeMinimum(a: Float64Array, from: number, n: number): void {
  let at = from;
  for (let i = from + 1; i < n; i++) if (a[i]! < a[at]!) at = i;
  swap(a, from, at);
}

/** Moves the largest of `a[from..n)` to `a[n − 1]`. */
function placeMaximum(a: Float64Array, from: number, n: number): void {
  let at = from;
  for (let i = from + 1; i < n; i++) if (a[i]! > a[at]!) at = i;
  swap(a, n - 1, at);
}
