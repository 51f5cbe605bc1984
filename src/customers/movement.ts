/**
 * Customer movement between two lists of ids, and the validating passes over
 * id lists that {@link retentionSeries} shares.
 *
 * Cost: one pass over each list, one `Set` insertion per id and one lookup
 * per distinct id of the end: O(n) time, O(distinct ids) memory. The check of
 * each id (its type, and that it is a usable id) happens in the same pass and
 * costs little next to the hashing (measured in docs/performance.md). A `Set`
 * given as input is read, not copied.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';
import { churnOf, retentionOf } from './retention.js';

/**
 * A customer id: a non-empty string, or a number that is a safe integer
 * (ids above 2^53 lose digits as numbers; keep those as strings). All ids
 * given to one call are of one type, so that `42` and `'42'` cannot silently
 * count as two customers.
 */
export type CustomerId = string | number;

/** The result of {@link customerMovement}: counts of distinct customers and the two rates. */
export interface CustomerMovement {
  /** Distinct customers at the start of the period. */
  readonly start: number;
  /** Distinct customers at the end of the period. */
  readonly end: number;
  /** Customers in both lists. */
  readonly retained: number;
  /** Customers at the start and not at the end (start − retained). */
  readonly lost: number;
  /** Customers at the end and not at the start (end − retained). */
  readonly acquired: number;
  /** (end − acquired) / start × 100, as {@link customerRetentionRate}. */
  readonly retentionRate: number;
  /** lost / start × 100, as {@link churnRate}. */
  readonly churnRate: number;
}

/**
 * Counts the customers kept, lost and acquired between two lists of customer
 * ids, with the retention and churn rates they give.
 *
 * @summary Retained, lost and acquired customers from two id lists.
 *
 * @remarks
 * start and end are the numbers of distinct ids in each list (an id listed
 * twice counts once); retained = ids in both; lost = start − retained;
 * acquired = end − retained. The rates are those of
 * {@link customerRetentionRate} on `{ start, end, acquired }` and of
 * {@link churnRate} on `{ start, lost }`, computed by the same code, so they
 * always agree with them (and add up to 100).
 *
 * One pass over each list, O(n) time and O(distinct ids) memory; it handles
 * millions of ids (see docs/performance.md). A `Set` is read in place.
 *
 * @param startIds - The customers at the start of the period: any iterable of
 *   ids (an array, a `Set`, a generator).
 * @param endIds - The customers at its end, of the same id type.
 * @returns A {@link CustomerMovement}.
 * @throws {@link MetricError} `EMPTY_INPUT` when `startIds` is empty (no rate
 *   exists); `INVALID_TYPE` when a list is not iterable (or is a string), for
 *   an id that is not a string or a number, for an empty string, and for an
 *   id whose type differs from the first id's (naming the list and index);
 *   `NOT_FINITE`, `NOT_INTEGER` for a numeric id that is NaN, infinite or
 *   fractional, `OUT_OF_RANGE` for one beyond ±(2^53 − 1).
 *
 * @example
 * ```ts
 * customerMovement(['ana', 'ben', 'cy', 'dee'], ['ben', 'cy', 'dee', 'eve', 'ben']); // => { start: 4, end: 4, retained: 3, lost: 1, acquired: 1, retentionRate: 75, churnRate: 25 }
 * customerMovement(new Set([1, 2]), [3]).churnRate; // => 100
 * ```
 */
export function customerMovement(startIds: Iterable<CustomerId>, endIds: Iterable<CustomerId>): CustomerMovement {
  const fn = 'customerMovement';
  checkIterable(fn, 'startIds', startIds);
  checkIterable(fn, 'endIds', endIds);
  const from = readIds(fn, 'startIds', startIds, undefined, undefined);
  const to = readIds(fn, 'endIds', endIds, from.kind, from.ids);
  return movementOf(fn, from.ids.size, to.ids.size, to.retained, 'startIds');
}

/** The counts and rates from the sizes of two id sets and their overlap; the one place the rates are taken. */
export function movementOf(fn: string, start: number, end: number, retained: number, startName: string): CustomerMovement {
  if (start === 0) fail('EMPTY_INPUT', fn, `${startName} is empty: with no customers at the start there is no retention or churn rate`);
  const lost = start - retained;
  return {
    start,
    end,
    retained,
    lost,
    acquired: end - retained,
    retentionRate: retentionOf(fn, start, retained, startName),
    churnRate: churnOf(fn, start, lost, startName),
  };
}

/** The type all ids of a call share: that of the first id found, or `undefined` while every list read so far was empty. */
export type IdKind = 'string' | 'number' | undefined;

/** The distinct ids of a list, how many of them were in the list it was compared with, and the id type. */
interface IdPass {
  readonly ids: ReadonlySet<CustomerId>;
  readonly retained: number;
  readonly kind: IdKind;
}

/** Throws `INVALID_TYPE` unless `list` is an iterable other than a string. */
export function checkIterable(fn: string, name: string, list: unknown): void {
  if (typeof list === 'string') {
    fail('INVALID_TYPE', fn, `${name} is a string; pass an array, a Set or another iterable of ids`);
  }
  if (list === null || typeof list !== 'object' || typeof (list as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    fail('INVALID_TYPE', fn, `${name} is ${describeKind(list)}; pass an array, a Set or another iterable of ids`);
  }
}

function kindOfFirst(fn: string, name: string, id: unknown): 'string' | 'number' {
  if (typeof id === 'string') {
    if (id.length === 0) rejectId(fn, name, 0, id, undefined);
    return 'string';
  }
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id)) rejectId(fn, name, 0, id, undefined);
    return 'number';
  }
  return rejectId(fn, name, 0, id, undefined);
}

/**
 * One validating pass over a list of ids (checked iterable): collects its
 * distinct ids and, when `against` is given, counts how many of them are in
 * it. `kind` is the type the ids must have; when it is `undefined` (no id
 * read yet), the list's first id decides it, and the pass returns it.
 */
export function readIds(
  fn: string,
  name: string,
  list: Iterable<unknown>,
  kind: IdKind,
  against: ReadonlySet<CustomerId> | undefined,
): IdPass {
  if (Array.isArray(list)) {
    const k = kind ?? (list.length > 0 ? kindOfFirst(fn, name, list[0]) : undefined);
    if (k === undefined) return { ids: new Set(), retained: 0, kind };
    return k === 'string' ? stringArray(fn, name, list, against) : numberArray(fn, name, list, against);
  }
  if (list instanceof Set) {
    let k = kind;
    if (k === undefined) {
      for (const id of list as Set<unknown>) {
        k = kindOfFirst(fn, name, id);
        break;
      }
    }
    if (k === undefined) return { ids: list as Set<CustomerId>, retained: 0, kind };
    return readSet(fn, name, list as Set<unknown>, k, against);
  }
  return readIterable(fn, name, list, kind, against);
}

// ---------------------------------------------------------------------------
// The passes. Each exists per id type so that the type test is one `typeof`
// against a constant and the Set sees one kind of key.

function stringArray(fn: string, name: string, a: readonly unknown[], against: ReadonlySet<CustomerId> | undefined): IdPass {
  const ids = new Set<CustomerId>();
  let retained = 0;
  const n = a.length;
  if (against === undefined) {
    for (let i = 0; i < n; i++) {
      const id = a[i];
      if (typeof id !== 'string' || id.length === 0) rejectId(fn, name, i, id, 'string');
      ids.add(id);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const id = a[i];
      if (typeof id !== 'string' || id.length === 0) rejectId(fn, name, i, id, 'string');
      const size = ids.size;
      ids.add(id);
      if (ids.size !== size && against.has(id)) retained++;
    }
  }
  return { ids, retained, kind: 'string' };
}

function numberArray(fn: string, name: string, a: readonly unknown[], against: ReadonlySet<CustomerId> | undefined): IdPass {
  const ids = new Set<CustomerId>();
  let retained = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const id = a[i];
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) rejectId(fn, name, i, id, 'number');
    const size = ids.size;
    ids.add(id);
    if (against !== undefined && ids.size !== size && against.has(id)) retained++;
  }
  return { ids, retained, kind: 'number' };
}

/** A Set's ids are distinct already: validate them and count the overlap, without copying. */
function readSet(
  fn: string,
  name: string,
  set: Set<unknown>,
  kind: 'string' | 'number',
  against: ReadonlySet<CustomerId> | undefined,
): IdPass {
  let retained = 0;
  let i = 0;
  for (const id of set) {
    if (kind === 'string' ? typeof id !== 'string' || id.length === 0 : typeof id !== 'number' || !Number.isSafeInteger(id)) {
      rejectId(fn, name, i, id, kind);
    }
    if (against !== undefined && against.has(id as CustomerId)) retained++;
    i++;
  }
  return { ids: set as Set<CustomerId>, retained, kind };
}

/** Any other iterable (a generator, a Map's keys): read once, the first id deciding the type when none is known. */
function readIterable(
  fn: string,
  name: string,
  list: Iterable<unknown>,
  kind: IdKind,
  against: ReadonlySet<CustomerId> | undefined,
): IdPass {
  const ids = new Set<CustomerId>();
  let retained = 0;
  let k = kind;
  let i = 0;
  for (const id of list) {
    if (k === undefined) k = kindOfFirst(fn, name, id);
    if (k === 'string' ? typeof id !== 'string' || id.length === 0 : typeof id !== 'number' || !Number.isSafeInteger(id)) {
      rejectId(fn, name, i, id, k);
    }
    const size = ids.size;
    ids.add(id as CustomerId);
    if (against !== undefined && ids.size !== size && against.has(id as CustomerId)) retained++;
    i++;
  }
  return { ids, retained, kind: k };
}

/** Throws the MetricError that describes a bad id; `expected` is the type the earlier ids had. */
function rejectId(fn: string, name: string, index: number, id: unknown, expected: 'string' | 'number' | undefined): never {
  const at = `id ${describeValue(id)} at index ${index} of ${name}`;
  if (typeof id === 'string') {
    if (expected === 'number') {
      fail('INVALID_TYPE', fn, `${at} is a string, but the ids before it are numbers; give all ids as one type`, index);
    }
    fail('INVALID_TYPE', fn, `${at} is an empty string, not an id`, index);
  }
  if (typeof id === 'number') {
    if (expected === 'string') {
      fail('INVALID_TYPE', fn, `${at} is a number, but the ids before it are strings; give all ids as one type, e.g. String(id)`, index);
    }
    if (!Number.isFinite(id)) fail('NOT_FINITE', fn, `${at} is not a finite number`, index);
    if (!Number.isInteger(id)) fail('NOT_INTEGER', fn, `${at} is not a whole number`, index);
    fail('OUT_OF_RANGE', fn, `${at} is beyond ±(2^53 − 1), where numbers lose digits; pass such ids as strings`, index);
  }
  const shown = id === undefined || id === null ? '' : ` ${describeValue(id)}`;
  fail('INVALID_TYPE', fn, `id${shown} at index ${index} of ${name} is ${describeKind(id)}, not a string or a number`, index);
}
