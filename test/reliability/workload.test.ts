/**
 * The workload metrics at the edges the fuzz suite's long run found: an
 * array-like claiming 2^32 − 1 tickets it does not hold, and times at the
 * ends of the range of dates, whose day, week or month begins or ends
 * outside it.
 */
import { describe, expect, test } from 'vitest';
import { backlog, escalationRate, ticketVolume } from '../../src/index.js';
import { metricErrorOf, TIME_SCALE } from '../helpers.js';

describe('a claimed length allocates nothing', () => {
  test.each([
    ['backlog', () => backlog({ length: 4294967295 } as never, { at: ['2026-11-02T12:00:00Z'] })],
    ['ticketVolume', () => ticketVolume({ length: 4294967295 } as never, { every: 'day' })],
  ])('%s({ length: 2^32 − 1 }) refuses the first missing ticket (INVALID_TYPE, index 0)', (fn, call) => {
    const error = metricErrorOf(call);
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.details).toMatchObject({ fn, index: 0 });
  });
});

describe('a claimed length of escalation groups allocates nothing (found by the long fuzz run of 2026-12-02, seed 1375433625)', () => {
  const histories = [
    { createdAt: '2026-11-02T09:00:00Z', events: [{ type: 'assignment' as const, at: '2026-11-02T09:01:00Z', group: 'support' }] },
  ];

  test('escalationGroups { length: 2^32 − 1 } is refused at its first missing id, at once (it ran for longer than 10 s)', () => {
    const started = performance.now();
    const error = metricErrorOf(() => escalationRate(histories, { escalationGroups: { length: 4294967295 } as never }));
    expect(performance.now() - started).toBeLessThan(1000 * TIME_SCALE);
    expect([error.code, error.message]).toStrictEqual([
      'INVALID_OPTION',
      'escalationRate: option escalationGroups[0] is undefined; a group id is a string or a finite number',
    ]);
  });

  test('a hole after valid ids names its index; the ids before it are read as given', () => {
    const error = metricErrorOf(() => escalationRate(histories, { escalationGroups: { length: 3, 0: 'tier-2', 1: 'billing' } as never }));
    expect([error.code, error.message]).toStrictEqual([
      'INVALID_OPTION',
      'escalationRate: option escalationGroups[2] is undefined; a group id is a string or a finite number',
    ]);
    expect(escalationRate(histories, { escalationGroups: { length: 2, 0: 'tier-2', 1: 'support' } as never })).toBe(100);
    expect(escalationRate(histories, { escalationGroups: new Set(['tier-2']) })).toBe(0);
  });
});

describe('times at the ends of the range of dates', () => {
  test('a ticket at the first instant of the Date range lies in a week that begins before it: OUT_OF_RANGE', () => {
    // −8.64e15 ms is Tuesday, 20 April −271821: its ISO week begins on the Monday before, outside the range
    const error = metricErrorOf(() => ticketVolume([{ createdAt: -8.64e15 }, { createdAt: '2026-03-31T08:00:00Z' }], { every: 'week' }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe(
      'ticketVolume: a time at the start of the range of dates (±8.64e15 ms, years −271821 to 275760) lies in a week that begins before it',
    );
  });

  test('in Copenhagen (ahead of UTC) the first instant of the range lies in a local day that begins before it', () => {
    const error = metricErrorOf(() => ticketVolume([{ createdAt: -8.64e15 }], { every: 'day', timeZone: 'Europe/Copenhagen' }));
    expect(error.code).toBe('OUT_OF_RANGE');
  });

  test('the last instant of the range lies in a day that ends after it: OUT_OF_RANGE', () => {
    expect(metricErrorOf(() => ticketVolume([{ createdAt: 8.64e15 }], { every: 'day' })).code).toBe('OUT_OF_RANGE');
    expect(metricErrorOf(() => backlog([{ createdAt: 8.64e15 }], { every: 'day' })).code).toBe('OUT_OF_RANGE');
  });

  test('the first UTC day of the range is whole inside it, and is counted', () => {
    // −8.64e15 ms is midnight UTC, so the UTC day it starts is within the range
    const table = ticketVolume([{ createdAt: -8.64e15 }], { every: 'day' });
    expect(table).toHaveLength(1);
    expect(table[0]!.start.getTime()).toBe(-8.64e15);
    expect(table[0]!.end.getTime()).toBe(-8.64e15 + 86_400_000);
    expect(table[0]!.count).toBe(1);
  });
});

describe('option escalationGroups', () => {
  test('an array-like longer than any array is INVALID_OPTION, before anything is allocated', () => {
    const history = { createdAt: '2026-11-02T09:00:00Z', events: [{ type: 'assignment', at: '2026-11-02T09:01:00Z', group: 'support' }] } as const;
    const error = metricErrorOf(() => escalationRate([history], { escalationGroups: { length: 4294967296 } as never }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toBe('escalationRate: option escalationGroups has a length of 4294967296; pass an array or a set of group ids');
  });
});
