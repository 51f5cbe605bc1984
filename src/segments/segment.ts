import { describeKind, describeValue } from '../_lib/describe.js';
import { groupIndices, groupIndicesByKeys, type GroupKey, type GroupKeys, type Grouping } from '../_lib/group.js';
import { readInput } from '../_lib/input.js';
import { fail, readEnumOption, readOptions } from '../_lib/validate.js';
import { isMetricError, MetricError } from '../error.js';

/** One group of {@link segment}'s result. */
export interface Segment<K, R> {
  /**
   * The group's key: the property's value, or what the accessor returned;
   * grouping by a list of keys, the tuple of the group's keys, one per
   * entry of the list (also for a list of one).
   */
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
   * `'throw'` (default) throws, naming the group; `'skip'` skips the metric
   * for that group, which keeps its key and count with the value
   * `undefined`, and goes on.
   */
  readonly onEmpty?: 'throw' | 'skip';
}

const SEGMENT_OPTION_KEYS = ['onEmpty'] as const satisfies readonly (keyof SegmentOptions)[];

/**
 * Applies a metric to each group of records: per agent, channel, priority,
 * period, or anything a function of the record returns; by one key or by
 * several at once (per team and week).
 *
 * @summary Any metric per group (agent, channel, priority, period), by one key or several.
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
 * With a list of keys (property names, functions, or {@link period}s),
 * a group is the records whose keys are all equal, and its `key` is the
 * tuple of those keys in the order of the list, whatever the length of the
 * list: `['team']` gives keys `['billing']`, `['team', period(…)]` keys
 * `['billing', '2026-03-02']`; an empty list makes one group of all the
 * records, keyed `[]`. Every result has the one shape `{ key, count, value }`.
 *
 * A `MetricError` thrown by the metric is rethrown with the same code,
 * naming the group and, for a record, its index in `records`; an
 * `EMPTY_INPUT` error gives the group the value `undefined` instead when
 * `onEmpty: 'skip'`.
 *
 * @typeParam T - The type of a record.
 * @typeParam G - How records are grouped: a property name of `T`, an
 *   accessor, or a list of them.
 * @typeParam R - What the metric returns.
 * @param records - The records, any `ArrayLike` or iterable (a `Set`, a generator).
 * @param by - A property name, a function `(record, index) => key` (such as
 *   a {@link period}), or a list of them.
 * @param metric - A function of a group's records, e.g.
 *   `averageFirstResponseTime` or `(g) => slaComplianceRate(g, { target })`.
 * @param options - {@link SegmentOptions}.
 * @returns One {@link Segment} `{ key, count, value }` per group, in the
 *   order the keys first appear.
 * @throws {@link MetricError} `INVALID_TYPE` when `records` is not a
 *   list, `metric` is not a function, or a record is not an object
 *   (grouping by a property); `INVALID_OPTION` for a `by` that is neither a
 *   name nor a function (nor a list of them), or a bad option; any error of
 *   the metric, naming the group.
 *
 * @example
 * ```ts
 * const tickets = [
 *   { agent: 'ana', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' },
 *   { agent: 'ben', createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:30:00Z' },
 *   { agent: 'ana', createdAt: '2026-11-10T10:00:00Z', firstResponseAt: '2026-11-10T10:30:00Z' },
 * ];
 * segment(tickets, 'agent', (t) => averageFirstResponseTime(t, { unit: 'minutes' })); // => [{ key: 'ana', count: 2, value: 20 }, { key: 'ben', count: 1, value: 30 }]
 * segment([3, 8, 4, 9], (v) => (v > 5 ? 'slow' : 'fast'), durationSummary).map((s) => [s.key, s.value.mean]); // => [['fast', 3.5], ['slow', 8.5]]
 * segment(tickets, ['agent', period('createdAt', { every: 'week' })], (t) => t.length); // => [{ key: ['ana', '2026-11-02'], count: 1, value: 1 }, { key: ['ben', '2026-11-02'], count: 1, value: 1 }, { key: ['ana', '2026-11-09'], count: 1, value: 1 }]
 * ```
 */
export function segment<T, G extends Grouping<T>, R>(
  records: ArrayLike<T> | Iterable<T>,
  by: G,
  metric: (records: T[]) => R,
  options?: SegmentOptions & { readonly onEmpty?: 'throw' },
): Segment<GroupKey<T, G>, R>[];
export function segment<T, G extends Grouping<T>, R>(
  records: ArrayLike<T> | Iterable<T>,
  by: G,
  metric: (records: T[]) => R,
  options: SegmentOptions,
): Segment<GroupKey<T, G>, R | undefined>[];
export function segment<T, const G extends readonly Grouping<T>[], R>(
  records: ArrayLike<T> | Iterable<T>,
  keys: G,
  metric: (records: T[]) => R,
  options?: SegmentOptions & { readonly onEmpty?: 'throw' },
): Segment<GroupKeys<T, G>, R>[];
export function segment<T, const G extends readonly Grouping<T>[], R>(
  records: ArrayLike<T> | Iterable<T>,
  keys: G,
  metric: (records: T[]) => R,
  options: SegmentOptions,
): Segment<GroupKeys<T, G>, R | undefined>[];
export function segment<T, R>(
  input: ArrayLike<T> | Iterable<T>,
  by: Grouping<T> | readonly Grouping<T>[],
  metric: (records: T[]) => R,
  options?: SegmentOptions,
): Segment<unknown, R | undefined>[] {
  const fn = 'segment';
  // any list is records here, also one of numbers (durations to split by value); there is no counts form
  const read = readInput(fn, input, { values: 'records', records: 'records' });
  const records = (read.form === 'records' ? read.records : read.values) as ArrayLike<T>;
  if (typeof metric !== 'function') fail('INVALID_TYPE', fn, `metric is ${describeKind(metric)}, not a function`);
  const onEmpty = readEnumOption(fn, 'onEmpty', readOptions(fn, options, SEGMENT_OPTION_KEYS).onEmpty, ['throw', 'skip']);
  const out: Segment<unknown, R | undefined>[] = [];
  let groups: Iterable<readonly [unknown, number[]]>;
  try {
    groups = Array.isArray(by) ? groupIndicesByKeys(fn, records, by as readonly Grouping<T>[]) : groupIndices(fn, records, by as Grouping<T>);
  } catch (error) {
    // a key's own error (a period's unreadable timestamp) is segment's, with the record's index
    if (!isMetricError(error) || error.details.fn === fn) throw error;
    const { index } = error.details;
    throw new MetricError(error.code, index === undefined ? { fn } : { fn, index }, error.message);
  }
  for (const [key, members] of groups) {
    const group = members.map((i) => records[i]!);
    let value: R | undefined;
    try {
      value = metric(group);
    } catch (error) {
      if (!isMetricError(error)) throw error;
      if (error.code === 'EMPTY_INPUT' && onEmpty === 'skip') value = undefined;
      else throw inGroup(error, key, members);
    }
    out.push({ key, count: members.length, value });
  }
  return out;
}

/** The metric's error, rethrown with the group named and the record's index mapped back to `records`. */
function inGroup(error: MetricError, key: unknown, members: readonly number[]): MetricError {
  const j = error.details.index;
  const index = j === undefined ? undefined : members[j];
  const where = index === undefined ? '' : ` (its record ${j} is records[${index}])`;
  const name = Array.isArray(key) ? `[${key.map((k) => describeValue(k)).join(', ')}]` : describeValue(key);
  const message = `group ${name}${where}: ${error.message}`;
  return new MetricError(error.code, index === undefined ? { fn: 'segment' } : { fn: 'segment', index }, message);
}
