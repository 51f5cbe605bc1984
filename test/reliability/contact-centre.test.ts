/**
 * Erlang A at the edges of its patience (found by the fuzz suite): the model
 * is computed for patiences from 1e-9 to 1e12 times the handle time, and
 * refuses others.
 */
import { describe, expect, test } from 'vitest';
import { erlangA } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { expectFinite } from './bounded.js';

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
