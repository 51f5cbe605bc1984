import { describe, expect, test } from 'vitest';
import { countOf, describeKind, describeValue } from '../../src/_lib/describe.js';

describe('describeValue: a value as a message shows it', () => {
  test('numbers as written, -0 and NaN included', () => {
    expect([3, -0, NaN, -Infinity, 1.5].map(describeValue)).toStrictEqual(['3', '-0', 'NaN', '-Infinity', '1.5']);
  });

  test('strings quoted, cut after 40 characters', () => {
    expect(describeValue('9')).toBe('"9"');
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
  });

  test('bigints with n, booleans, undefined and symbols as written', () => {
    expect([10n, true, undefined, Symbol('s')].map(describeValue)).toStrictEqual(['10n', 'true', 'undefined', 'Symbol(s)']);
  });

  test('everything else by its kind', () => {
    expect([null, [1], {}, () => 1, new Date(0)].map(describeValue)).toStrictEqual(['null', 'an array', 'an object', 'a function', 'an object']);
  });
});

describe('describeKind: the kind of a value that is not what was expected', () => {
  test('each typeof with its article; null, undefined and arrays by name', () => {
    expect(['s', 1, true, 1n, Symbol('s'), () => 1, {}, [], null, undefined].map(describeKind)).toStrictEqual([
      'a string',
      'a number',
      'a boolean',
      'a bigint',
      'a symbol',
      'a function',
      'an object',
      'an array',
      'null',
      'undefined',
    ]);
  });
});

describe('countOf', () => {
  test('a count with its noun, singular for 1 only', () => {
    expect([countOf(0, 'ticket'), countOf(1, 'ticket'), countOf(2, 'reply', 'replies')]).toStrictEqual(['0 tickets', '1 ticket', '2 replies']);
  });
});
