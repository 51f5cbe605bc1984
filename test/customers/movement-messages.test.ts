import { describe, expect, test } from 'vitest';
import { customerMovement } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

// Error messages are part of the contract: each test below checks the code,
// the details and the exact message, filled in by hand from the templates in
// src/customers/movement.ts (`${fn}: ${message}`; a bad id is named
// `id <value> at index <i> of <list>`).

const fn = 'customerMovement';

/** The ids one at a time, as a generator: neither an array nor a Set. */
function* lazily<T>(ids: readonly T[]): Generator<T> {
  yield* ids;
}

describe('customerMovement lists that are not iterables of ids', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
    ['an object', { length: 1, 0: 'a' }],
  ])('a start list that is %s is INVALID_TYPE', (kind, list) => {
    expect(refusalOf(() => customerMovement(list as never, ['a']))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: `customerMovement: startIds is ${kind}; pass an array, a Set or another iterable of ids`,
    });
  });

  test.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'abc'],
  ])('an end list that is %s is INVALID_TYPE naming endIds', (kind, list) => {
    expect(refusalOf(() => customerMovement(['a'], list as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: `customerMovement: endIds is ${kind}; pass an array, a Set or another iterable of ids`,
    });
  });

  test.each([
    ['an array', () => []],
    ['a Set', () => new Set<string>()],
    ['a generator', () => lazily<string>([])],
  ])('an empty start list given as %s is EMPTY_INPUT', (_form, start) => {
    expect(refusalOf(() => customerMovement(start(), ['a']))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'customerMovement: startIds is empty: with no customers at the start there is no retention or churn rate',
    });
  });
});

describe('customerMovement counts', () => {
  test('a numeric id listed twice at the end is retained once', () => {
    // start {1, 2, 3, 4}; end {2, 3, 5}: retained 2, lost 4 − 2 = 2, acquired 3 − 2 = 1
    const expected = { start: 4, end: 3, retained: 2, lost: 2, acquired: 1, retentionRate: 50, churnRate: 50 };
    expect(customerMovement([1, 2, 3, 4], [2, 2, 3, 3, 5])).toStrictEqual(expected);
    expect(customerMovement(lazily([1, 2, 3, 4]), lazily([2, 2, 3, 3, 5]))).toStrictEqual(expected);
    expect(customerMovement(new Set([1, 2, 3, 4]), new Set([2, 3, 5]))).toStrictEqual(expected);
  });

  test('a string id listed twice at the end of a generator is retained once', () => {
    const expected = { start: 2, end: 2, retained: 1, lost: 1, acquired: 1, retentionRate: 50, churnRate: 50 };
    expect(customerMovement(lazily(['a', 'b']), lazily(['b', 'b', 'c']))).toStrictEqual(expected);
  });
});

describe('customerMovement ids of the other type', () => {
  const numberAfterStrings = (at: string) =>
    `customerMovement: ${at} is a number, but the ids before it are strings; give all ids as one type, e.g. String(id)`;
  const stringAfterNumbers = (at: string) =>
    `customerMovement: ${at} is a string, but the ids before it are numbers; give all ids as one type`;

  test.each([
    ['an array', () => ['a', 5]],
    ['a Set', () => new Set<unknown>(['a', 5])],
    ['a generator', () => lazily<unknown>(['a', 5])],
  ])('a number after strings in a start list given as %s', (_form, start) => {
    expect(refusalOf(() => customerMovement(start() as never, ['a']))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: numberAfterStrings('id 5 at index 1 of startIds'),
    });
  });

  test.each([
    ['an array', () => [1, '2']],
    ['a Set', () => new Set<unknown>([1, '2'])],
    ['a generator', () => lazily<unknown>([1, '2'])],
  ])('a string after numbers in a start list given as %s', (_form, start) => {
    expect(refusalOf(() => customerMovement(start() as never, [1]))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: stringAfterNumbers('id "2" at index 1 of startIds'),
    });
  });

  test.each([
    ['an array', () => [1, 2]],
    ['a Set', () => new Set([1, 2])],
    ['a generator', () => lazily([1, 2])],
  ])('numbers at the start given as %s, then strings at the end', (_form, start) => {
    for (const end of [['a'], new Set(['a']), lazily(['a'])]) {
      expect(refusalOf(() => customerMovement(start(), end as never))).toStrictEqual({
        code: 'INVALID_TYPE',
        details: { fn, index: 0 },
        message: stringAfterNumbers('id "a" at index 0 of endIds'),
      });
    }
  });

  test.each([
    ['an array', () => ['a', 'b']],
    ['a Set', () => new Set(['a', 'b'])],
    ['a generator', () => lazily(['a', 'b'])],
  ])('strings at the start given as %s, then numbers at the end', (_form, start) => {
    for (const end of [[1], new Set([1]), lazily([1])]) {
      expect(refusalOf(() => customerMovement(start(), end as never))).toStrictEqual({
        code: 'INVALID_TYPE',
        details: { fn, index: 0 },
        message: numberAfterStrings('id 1 at index 0 of endIds'),
      });
    }
  });
});

describe('customerMovement ids that are not usable', () => {
  test.each([
    ['an array', () => ['a', 'b', '']],
    ['a Set', () => new Set(['a', 'b', ''])],
    ['a generator', () => lazily(['a', 'b', ''])],
  ])('an empty string in a start list given as %s, at index 2', (_form, start) => {
    expect(refusalOf(() => customerMovement(start(), ['a']))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 2 },
      message: 'customerMovement: id "" at index 2 of startIds is an empty string, not an id',
    });
  });

  test.each([
    ['an array', () => ['a', 'b', '']],
    ['a Set', () => new Set(['a', 'b', ''])],
    ['a generator', () => lazily(['a', 'b', ''])],
  ])('an empty string in an end list given as %s, at index 2', (_form, end) => {
    expect(refusalOf(() => customerMovement(['a'], end()))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 2 },
      message: 'customerMovement: id "" at index 2 of endIds is an empty string, not an id',
    });
  });

  test.each([
    ['an array', () => ['']],
    ['a Set', () => new Set([''])],
    ['a generator', () => lazily([''])],
  ])('an empty string as the first id of a list given as %s', (_form, start) => {
    expect(refusalOf(() => customerMovement(start(), ['a']))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 0 },
      message: 'customerMovement: id "" at index 0 of startIds is an empty string, not an id',
    });
  });

  const badNumbers: [number, string, string][] = [
    [NaN, 'NOT_FINITE', 'is not a finite number'],
    [Infinity, 'NOT_FINITE', 'is not a finite number'],
    [2.5, 'NOT_INTEGER', 'is not a whole number'],
    [2 ** 53, 'OUT_OF_RANGE', 'is beyond ±(2^53 − 1), where numbers lose digits; pass such ids as strings'],
    [-(2 ** 53), 'OUT_OF_RANGE', 'is beyond ±(2^53 − 1), where numbers lose digits; pass such ids as strings'],
  ];

  test.each(badNumbers)('the numeric id %s after a good one', (id, code, says) => {
    const shown = String(id);
    const message = `customerMovement: id ${shown} at index 1 of startIds ${says}`;
    for (const start of [[7, id], new Set([7, id]), lazily([7, id])]) {
      expect(refusalOf(() => customerMovement(start, [7]))).toStrictEqual({ code, details: { fn, index: 1 }, message });
    }
    const atEnd = `customerMovement: id ${shown} at index 1 of endIds ${says}`;
    for (const end of [[7, id], new Set([7, id]), lazily([7, id])]) {
      expect(refusalOf(() => customerMovement([7], end))).toStrictEqual({ code, details: { fn, index: 1 }, message: atEnd });
    }
  });

  test.each(badNumbers)('the numeric id %s as the first id', (id, code, says) => {
    const message = `customerMovement: id ${String(id)} at index 0 of startIds ${says}`;
    for (const start of [[id], new Set([id]), lazily([id])]) {
      expect(refusalOf(() => customerMovement(start, [7]))).toStrictEqual({ code, details: { fn, index: 0 }, message });
    }
  });

  test('the largest safe integers are ids', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(customerMovement(lazily([max, -max]), new Set([max]))).toStrictEqual({
      start: 2,
      end: 1,
      retained: 1,
      lost: 1,
      acquired: 0,
      retentionRate: 50,
      churnRate: 50,
    });
  });

  test.each([
    ['undefined', undefined, 'id at index 0 of startIds is undefined'],
    ['null', null, 'id at index 0 of startIds is null'],
    ['true', true, 'id true at index 0 of startIds is a boolean'],
    ['a bigint', 5n, 'id 5n at index 0 of startIds is a bigint'],
  ])('a first id that is %s is neither a string nor a number', (_kind, id, says) => {
    for (const start of [[id], new Set([id]), lazily([id])]) {
      expect(refusalOf(() => customerMovement(start as never, ['a']))).toStrictEqual({
        code: 'INVALID_TYPE',
        details: { fn, index: 0 },
        message: `customerMovement: ${says}, not a string or a number`,
      });
    }
  });

  test.each([
    ['undefined', undefined, 'id at index 1 of endIds is undefined'],
    ['false', false, 'id false at index 1 of endIds is a boolean'],
  ])('a later id that is %s, after strings or numbers', (_kind, id, says) => {
    const message = `customerMovement: ${says}, not a string or a number`;
    for (const end of [['a', id], new Set(['a', id]), lazily(['a', id])]) {
      expect(refusalOf(() => customerMovement(['a'], end as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn, index: 1 }, message });
    }
    for (const end of [[1, id], new Set([1, id]), lazily([1, id])]) {
      expect(refusalOf(() => customerMovement([1], end as never))).toStrictEqual({ code: 'INVALID_TYPE', details: { fn, index: 1 }, message });
    }
  });
});
