import { describeKind } from './describe.js';
import { fail } from './validate.js';

/**
 * How records are grouped: the name of a property, or a function of the
 * record (and its index) that returns the group's key.
 *
 * @group Segments
 */
export type Grouping<T> = (keyof T & string) | ((record: T, index: number) => unknown);

/**
 * The key type a {@link Grouping} produces.
 *
 * @group Segments
 */
export type GroupKey<T, G extends Grouping<T>> = G extends (record: T, index: number) => infer K
  ? K
  : G extends keyof T
    ? T[G]
    : never;

/**
 * Splits records into groups by a property or an accessor. Groups keep the
 * order in which their keys first appear, and records keep their order within
 * a group, so the result is deterministic for a given input. Keys compare as
 * in a `Map` (SameValueZero); a record without the property falls in the
 * group `undefined`. O(n).
 */
export function groupBy<T, G extends Grouping<T>>(
  fn: string,
  records: ArrayLike<T>,
  by: G,
): Map<GroupKey<T, G>, T[]> {
  const groups = new Map<GroupKey<T, G>, T[]>();
  for (const [key, indices] of groupIndices(fn, records, by)) groups.set(key, indices.map((i) => records[i]!));
  return groups;
}

/**
 * The indices of the records of each group, as {@link groupBy} groups
 * them: for callers that need to say which record of the input a group's
 * record is.
 */
export function groupIndices<T, G extends Grouping<T>>(
  fn: string,
  records: ArrayLike<T>,
  by: G,
): Map<GroupKey<T, G>, number[]> {
  if (typeof by !== 'string' && typeof by !== 'function') {
    fail('INVALID_OPTION', fn, `group by a property name or a function, not ${describeKind(by)}`);
  }
  const groups = new Map<GroupKey<T, G>, number[]>();
  for (let i = 0; i < records.length; i++) {
    const key = keyOf(fn, records, i, by);
    const group = groups.get(key as GroupKey<T, G>);
    if (group === undefined) groups.set(key as GroupKey<T, G>, [i]);
    else group.push(i);
  }
  return groups;
}

/**
 * The key tuple several {@link Grouping}s produce: one key per grouping, in their order.
 *
 * @group Segments
 */
export type GroupKeys<T, G extends readonly Grouping<T>[]> = { readonly [I in keyof G]: G[I] extends Grouping<T> ? GroupKey<T, G[I]> : never };

/**
 * {@link groupIndices} by several groupings at once: a record's key is the
 * tuple of its keys, and two tuples are one group when their keys are, one
 * by one (SameValueZero, through a `Map` per grouping, which keeps -0 as
 * 0). Groups keep the
 * order in which their tuples first appear. No groupings make one group of
 * every record, of key `[]`. O(n × groupings).
 */
export function groupIndicesByKeys<T>(fn: string, records: ArrayLike<T>, by: readonly Grouping<T>[]): [readonly unknown[], number[]][] {
  for (let j = 0; j < by.length; j++) {
    if (typeof by[j] !== 'string' && typeof by[j] !== 'function') {
      fail('INVALID_OPTION', fn, `keys[${j}] is ${describeKind(by[j])}; group by property names or functions`);
    }
  }
  const groups: [readonly unknown[], number[]][] = [];
  // nested Maps, one level per grouping; the last level holds the group's position in `groups`
  const root = new Map<unknown, unknown>();
  for (let i = 0; i < records.length; i++) {
    const key = new Array<unknown>(by.length);
    for (let j = 0; j < by.length; j++) {
      const k = keyOf(fn, records, i, by[j]!);
      // -0 is the key 0, as a Map keeps it
      key[j] = k === 0 ? 0 : k;
    }
    if (by.length === 0) {
      if (groups.length === 0) groups.push([key, []]);
      groups[0]![1].push(i);
      continue;
    }
    let level = root;
    for (let j = 0; j < by.length - 1; j++) {
      let next = level.get(key[j]) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(key[j], (next = new Map()));
      level = next;
    }
    const at = level.get(key[by.length - 1]) as number | undefined;
    if (at === undefined) {
      level.set(key[by.length - 1], groups.length);
      groups.push([key, [i]]);
    } else {
      groups[at]![1].push(i);
    }
  }
  return groups;
}

/** The key of record `i` by one grouping. */
function keyOf<T>(fn: string, records: ArrayLike<T>, i: number, by: Grouping<T>): unknown {
  if (typeof by === 'function') {
    const record = records[i];
    // a hole of a sparse list is refused before the caller's function sees it
    if (record === undefined && !(i in records)) fail('INVALID_TYPE', fn, `record at index ${i} is a hole in the list, not a record`, i);
    return by(record as T, i);
  }
  // checked whatever T says: the records come from the caller
  const record: unknown = records[i];
  if (record === null || typeof record !== 'object') {
    fail('INVALID_TYPE', fn, `record at index ${i} is ${describeKind(record)}, not an object`, i);
  }
  return (record as Record<string, unknown>)[by];
}
