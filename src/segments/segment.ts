import { describeKind, describeValue } from '../_lib/describe.js';
import { groupBy, type GroupKey, type Grouping } from '../_lib/group.js';
import { fail, hasLength, readOptions } from '../_lib/validate.js';
import { isMetricError, MetricError } from '../error.js';

/** One group of {@link segment}'s result. */
export interface Segment<K, R> {
  /** The group's key: the property's value, or what the accessor returned. */
  readonly key: K;
  /** Number of records in the group. */
  readonly count: number;
  /** The metric computed on the group's records. */
  readonly value: R;
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /**
   * What to do when the metric finds nothing to compute from in a group
   * (`EMPTY_INPUT`: an agent none of whose tickets is answered yet).
   * `'throw'` (default) throws, naming the group; `'undefined'` gives that
   * group the value `undefined` and goes on.
   */
  readonly onEmpty?: 'throw' | 'undefined';
}

/**
 * Applies a metric to each group of records: per agent, channel, priority,
 * period, or anything a function of the record returns.
 *
 * @summary Any metric per group (agent, channel, priority, period).
 *
 * @remarks
 * Splits the records by the value of a property, or of a function of the
 * record and its index, and calls `metric` once per group with that
 * group's records (and no other argument, so a metric that takes options
 * can be passed as it is). Groups come in the order their keys first
 * appear, and records keep their order within a group, so the result is the
 * same for the same input; sort it for another order. Keys compare as in a
 * `Map` (so `1` and `'1'` are two groups); records without the property
 * form the group `undefined`. The records are grouped in one pass, O(n),
 * and each is given to the metric once.
 *
 * A `MetricError` thrown by the metric is rethrown with the same code,
 * naming the group and, for a record, its index in `records`; an
 * `EMPTY_INPUT` error gives the group `undefined` instead when
 * `onEmpty: 'undefined'`.
 *
 * @typeParam T - The type of a record.
 * @typeParam G - How records are grouped: a property name of `T`, or an accessor.
 * @typeParam R - What the metric returns.
 * @param records - The records, any `ArrayLike`.
 * @param by - A property name, or a function `(record, index) => key`.
 * @param metric - A function of a group's records, e.g.
 *   `averageFirstResponseTime` or `(g) => slaComplianceRate(g, { target })`.
 * @param options - {@link SegmentOptions}.
 * @returns One {@link Segment} `{ key, count, value }` per group, in the
 *   order the keys first appear.
 * @throws {@link MetricError} `INVALID_TYPE` when `records` is not
 *   array-like, `metric` is not a function, or a record is not an object
 *   (grouping by a property); `INVALID_OPTION` for a `by` that is neither a
 *   name nor a function, or a bad option; any error of the metric, naming
 *   the group.
 *
 * @example
 * ```ts
 * const tickets = [
 *   { agent: 'ana', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' },
 *   { agent: 'ben', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:30:00Z' },
 *   { agent: 'ana', createdAt: '2026-11-03T10:00:00Z', firstResponseAt: '2026-11-03T10:30:00Z' },
 * ];
 * segment(tickets, 'agent', (t) => averageFirstResponseTime(t, { unit: 'minutes' })); // => [{ key: 'ana', count: 2, value: 20 }, { key: 'ben', count: 1, value: 30 }]
 * segment([3, 8, 4, 9], (v) => (v > 5 ? 'slow' : 'fast'), durationSummary).map((s) => [s.key, s.value.mean]); // => [['fast', 3.5], ['slow', 8.5]]
 * ```
 */
export function segment<T, G extends Grouping<T>, R>(
  records: ArrayLike<T>,
  by: G,
  metric: (records: T[]) => R,
  options?: SegmentOptions & { readonly onEmpty?: 'throw' },
): Segment<GroupKey<T, G>, R>[];
export function segment<T, G extends Grouping<T>, R>(
  records: ArrayLike<T>,
  by: G,
  metric: (records: T[]) => R,
  options: SegmentOptions,
): Segment<GroupKey<T, G>, R | undefined>[];
export function segment<T, G extends Grouping<T>, R>(
  records: ArrayLike<T>,
  by: G,
  metric: (records: T[]) => R,
  options?: SegmentOptions,
): Segment<GroupKey<T, G>, R | undefined>[] {
  const fn = 'segment';
  if (records === null || typeof records !== 'object' || !hasLength(records)) {
    fail('INVALID_TYPE', fn, `records must be an array, got ${describeValue(records)}`);
  }
  if (typeof metric !== 'function') fail('INVALID_TYPE', fn, `metric is ${describeKind(metric)}, not a function`);
  const onEmpty = readOnEmpty(fn, options);
  if (typeof by !== 'string' && typeof by !== 'function') {
    fail('INVALID_OPTION', fn, `group by a property name or a function, not ${describeKind(by)}`);
  }
  const keyOf = keyAccessor<T>(fn, records, by);
  const indices = Array.from({ length: records.length }, (_, i) => i);
  const groups = groupBy(fn, indices, (i: number) => keyOf(i));
  const out: Segment<GroupKey<T, G>, R | undefined>[] = [];
  for (const [key, members] of groups) {
    const group = members.map((i) => records[i]!);
    let value: R | undefined;
    try {
      value = metric(group);
    } catch (error) {
      if (!isMetricError(error)) throw error;
      if (error.code === 'EMPTY_INPUT' && onEmpty === 'undefined') value = undefined;
      else throw inGroup(error, key, members);
    }
    out.push({ key: key as GroupKey<T, G>, count: members.length, value });
  }
  return out;
}

/** The key of record `i`: the accessor's result, or the property (records must then be objects). */
function keyAccessor<T>(fn: string, records: ArrayLike<T>, by: Grouping<T>): (i: number) => unknown {
  if (typeof by === 'function') return (i) => by(records[i]!, i);
  return (i) => {
    const record: unknown = records[i];
    if (record === null || typeof record !== 'object') {
      fail('INVALID_TYPE', fn, `record at index ${i} is ${describeKind(record)}, not an object`, i);
    }
    return (record as Record<string, unknown>)[by];
  };
}

function readOnEmpty(fn: string, options: unknown): 'throw' | 'undefined' {
  const given = readOptions(fn, options, ['onEmpty'])['onEmpty'];
  const onEmpty = given === undefined ? 'throw' : given;
  if (onEmpty !== 'throw' && onEmpty !== 'undefined') {
    fail('INVALID_OPTION', fn, `option onEmpty must be 'throw' or 'undefined', got ${describeValue(onEmpty)}`);
  }
  return onEmpty;
}

/** The metric's error, rethrown with the group named and the record's index mapped back to `records`. */
function inGroup(error: MetricError, key: unknown, members: readonly number[]): MetricError {
  const j = error.details.index;
  const index = j === undefined ? undefined : members[j];
  const where = index === undefined ? '' : ` (its record ${j} is records[${index}])`;
  const message = `group ${describeValue(key)}${where}: ${error.message}`;
  return new MetricError(error.code, index === undefined ? { fn: 'segment' } : { fn: 'segment', index }, message);
}
