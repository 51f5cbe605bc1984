/**
 * Erlang A at the edges of its patience (found by the fuzz suite). The fix
 * belongs in src/contact-centre: until it lands this is `test.fails`, and it
 * becomes a plain test with the fix.
 */
import { describe, test } from 'vitest';
import { erlangA } from '../../src/index.js';
import { expectFiniteOrMetricError } from './bounded.js';

describe('erlangA', () => {
  for (const patience of [1e154, 5e-324]) {
    test.fails(`a mean patience of ${patience}: finite probabilities or a MetricError (today NaN; fix in src/contact-centre)`, () => {
      expectFiniteOrMetricError(() => erlangA({ contacts: 100, interval: 1800, handleTime: 180, agents: 9, patience, answerWithin: 20 }));
    });
  }
});
