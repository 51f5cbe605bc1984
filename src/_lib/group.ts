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
    let key: unknown;
    if (typeof by === 'string') {
      // checked whatever T says: the records come from the caller
      const record: unknown = records[i];
      if (record === null || typeof record !== 'object') {
        fail('INVALID_TYPE', fn, `record at index ${i} is ${describeKind(record)}, not an object`, i);
      }
      key = (record as Record<string, unknown>)[by];
    } else {
      key = by(records[i]!, i);
    }
    const group = groups.get(key as GroupKey<T, G>);
    if (group === undefined) groups.set(key as GroupKey<T, G>, [i]);
    else group.push(i);
  }
  return groups;
}
