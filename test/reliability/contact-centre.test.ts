/**
 * Erlang A at the edges of its patience (found by the fuzz suite): the model
 * is computed for patiences from 1e-9 to 1e12 times the handle time, and
 * refuses others.
 */
import { describe, expect, test } from 'vitest';
import { erlangA, queueSummary } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { boundedOutcome, expectFinite } from './bounded.js';

const queue = { contacts: 100, interval: 1800, handleTime: 180, agents: 9, answerWithin: 20 };

describe('erlangA', () => {
  for (const [patience, side] of [
    [1e154, 'above 1e12'],
    [5e-324, 'below 1e-9'],
  ] as const) {
    test(`a mean patience of ${patience} is refused (OUT_OF_RANGE), naming the range`, () => {
      const error = metricErrorOf(() => erlangA({ ...queue, patience }));
      expect(error.code).toBe('OUT_OF_RANGE');
      expect(error.message).toBe(
        `erlangA: patience ${patience} is ${side} times the handle time 180; the model is computed for patiences from 1e-9 to 1e12 times the handle time (far outside, every caller hangs up at once, or none ever does: use erlangC)`,
      );
    });
  }

  for (const patience of [180e-9, 180e12]) {
    test(`a patience at the edge of the range (${patience} s, handle time 180 s) gives finite probabilities`, () => {
      const a = erlangA({ ...queue, patience });
      expectFinite(a);
      expect(a.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
      expect(a.probabilityOfWaiting).toBeLessThanOrEqual(1);
    });
  }

  test('a very impatient queue: nearly every caller who waits hangs up at once', () => {
    const a = erlangA({ ...queue, patience: 180e-9 });
    expect(a.probabilityOfAbandoning / a.probabilityOfWaiting).toBeCloseTo(1, 6);
  });
});

describe('queueSummary: the store of waits grows as the contacts are read', () => {
  test('contacts { 0: contact, length: 2^32 − 1 }: INVALID_TYPE naming contacts[1] within the bound, not a RangeError from allocating 34 GB', () => {
    const outcome = boundedOutcome(() => queueSummary({ 0: { queuedAt: 0, answeredAt: 1000 }, length: 4294967295 } as never, { answerWithin: 20, unit: 'seconds' }));
    expect('error' in outcome && [outcome.error.code, outcome.error.details.index]).toStrictEqual(['INVALID_TYPE', 1]);
  });

  test('1,100,000 contacts, past the first store of 2^20 waits: every wait kept (1 to 100 s, the longest 100 s)', () => {
    const contacts = Array.from({ length: 1_100_000 }, (_, i) => ({ queuedAt: i * 1000, answeredAt: i * 1000 + (1 + (i % 100)) * 1000 }));
    const s = queueSummary(contacts, { answerWithin: 20, unit: 'seconds' });
    // 20 of every 100 contacts wait 1–20 s; the mean wait is 50.5 s
    expect(s).toMatchObject({ offered: 1_100_000, answered: 1_100_000, serviceLevel: 20, averageSpeedOfAnswer: 50.5 });
    // each wait of 1–100 s 11,000 times: type 7 at (n − 1) × 0.5 = 549,999.5 lies between ranks holding 50 and 51,
    // at (n − 1) × 0.9 = 989,999.1 between 90 and 91
    expect(s.wait).toStrictEqual({ median: 50.5, p90: 90.1, longest: 100 });
  });
});
