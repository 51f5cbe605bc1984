import { describe, expect, test } from 'vitest';
import { isMetricError, MetricError, nps } from '../src/index.js';

describe('MetricError', () => {
  test('is an Error with the name MetricError, a code and details', () => {
    const error = new MetricError('EMPTY_INPUT', { fn: 'nps' }, 'no responses');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MetricError');
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.details).toStrictEqual({ fn: 'nps' });
  });

  test('its message starts with the function name', () => {
    expect(new MetricError('OUT_OF_RANGE', { fn: 'csat', index: 2 }, 'response 6 at index 2 is outside the scale 1–5').message).toBe(
      'csat: response 6 at index 2 is outside the scale 1–5',
    );
  });

  test('has a stack trace', () => {
    expect(new MetricError('EMPTY_INPUT', { fn: 'nps' }, 'x').stack).toContain('MetricError');
  });

  test('is what the library throws', () => {
    expect(() => nps([])).toThrow(MetricError);
  });
});

describe('isMetricError', () => {
  test('recognises a MetricError', () => {
    expect(isMetricError(new MetricError('EMPTY_INPUT', { fn: 'nps' }, 'x'))).toBe(true);
  });

  test('recognises one thrown by another copy of the library (same name, a code)', () => {
    class OtherCopy extends Error {
      override readonly name = 'MetricError';
      readonly code = 'EMPTY_INPUT';
    }
    expect(isMetricError(new OtherCopy('nps: no responses'))).toBe(true);
  });

  test('rejects other errors and non-errors', () => {
    expect(isMetricError(new Error('x'))).toBe(false);
    expect(isMetricError(new TypeError('x'))).toBe(false);
    expect(isMetricError({ name: 'MetricError', code: 'EMPTY_INPUT' })).toBe(false);
    expect(isMetricError(undefined)).toBe(false);
  });
});
