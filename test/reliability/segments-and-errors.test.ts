/**
 * Holes before callbacks, and the error class itself (issue: "other errors
 * than MetricError"), with the fixes in src/_lib/group.ts and src/error.ts.
 */
import { describe, expect, test } from 'vitest';
import { MetricError, segment } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('segment', () => {
  test('a hole among the records is refused (INVALID_TYPE, naming its index) when grouping by a field', () => {
    // eslint-disable-next-line no-sparse-arrays
    const records = [, { agent: 'a' }] as { agent: string }[];
    const error = metricErrorOf(() => segment(records, 'agent', (group) => group.length));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.details).toStrictEqual({ fn: 'segment', index: 0 });
  });

  test('a hole is refused before the accessor is called with it', () => {
    const seen: unknown[] = [];
    const by = (record: { agent: string }) => {
      seen.push(record);
      return record.agent;
    };
    // eslint-disable-next-line no-sparse-arrays
    const records = [, { agent: 'a' }] as { agent: string }[];
    const error = metricErrorOf(() => segment(records, by, (group) => group.length));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toBe('segment: record at index 0 is a hole in the list, not a record');
    expect(seen).toStrictEqual([]);
  });
});

describe('MetricError', () => {
  test('constructing one without details gives an error naming an unknown function, not a TypeError', () => {
    const error = new MetricError('X' as never, undefined as never, 'm');
    expect(error.message).toBe('unknown: m');
    expect(error.details).toStrictEqual({ fn: 'unknown' });
    expect(error.code).toBe('X');
  });

  test('a Symbol for a message or a function name is written out, not a TypeError', () => {
    expect(new MetricError('X' as never, undefined as never, Symbol('fuzz') as never).message).toBe('unknown: Symbol(fuzz)');
    expect(new MetricError('X' as never, { fn: Symbol('f') } as never, 'm').message).toBe('Symbol(f): m');
    expect(new MetricError('X' as never, { fn: 'f' }, Object.create(null) as never).message).toBe('f: [object Object]');
  });
});
