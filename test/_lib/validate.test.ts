/**
 * The shared re-attribution of a reader's error to an element of a list:
 * `atIndex` adds the index (and the element's name) to the function's own
 * errors that lack one, and leaves every other error as it is.
 */
import { describe, expect, test } from 'vitest';
import { atIndex } from '../../src/_lib/validate.js';
import { MetricError } from '../../src/index.js';

const own = () => new MetricError('NOT_FINITE', { fn: 'f' }, 'contacts is NaN, not a finite number');

describe('atIndex', () => {
  test('gives an error of the function itself without an index the index and the name', () => {
    const error = atIndex('f', own(), 3, 'forecast[3]') as MetricError;
    expect(error).toBeInstanceOf(MetricError);
    expect(error.code).toBe('NOT_FINITE');
    expect(error.details).toStrictEqual({ fn: 'f', index: 3 });
    expect(error.message).toBe('f: forecast[3]: contacts is NaN, not a finite number');
  });

  test('adds only the index when no name is given', () => {
    const error = atIndex('f', own(), 0) as MetricError;
    expect(error.details).toStrictEqual({ fn: 'f', index: 0 });
    expect(error.message).toBe('f: contacts is NaN, not a finite number');
  });

  test('does not name the element twice', () => {
    const named = new MetricError('OUT_OF_RANGE', { fn: 'f' }, 'forecast[1].contacts -1 is negative');
    const error = atIndex('f', named, 1, 'forecast[1]') as MetricError;
    expect(error.details).toStrictEqual({ fn: 'f', index: 1 });
    expect(error.message).toBe('f: forecast[1].contacts -1 is negative');
  });

  test('returns an error with an index, an error of another function and a non-MetricError as they are', () => {
    const indexed = new MetricError('OUT_OF_RANGE', { fn: 'f', index: 2 }, 'x');
    const other = new MetricError('OUT_OF_RANGE', { fn: 'g' }, 'x');
    const plain = new TypeError('x');
    expect(atIndex('f', indexed, 5, 'forecast[5]')).toBe(indexed);
    expect(atIndex('f', other, 5, 'forecast[5]')).toBe(other);
    expect(atIndex('f', plain, 5)).toBe(plain);
    expect(atIndex('f', 'text', 5)).toBe('text');
  });
});
