/**
 * The shared machinery of src/_lib at the edges its callers' tests did not
 * reach (found by the mutation run of 2026-12-04): messages with their
 * defaults, a sum of weights that needs its compensation, keys of -0, a null
 * record, the length at which a string is cut in a message, the sign of a
 * net share of 0, and the largest scale. Expected values come from the
 * definitions and the message templates, filled in by hand.
 */
import { describe, expect, test } from 'vitest';
import { groupIndicesByKeys } from '../../src/_lib/group.js';
import { weightedMean } from '../../src/_lib/weighted-mean.js';
import { csat, nps, tally } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

describe('weightedMean', () => {
  test('a weight of the wrong count or a bad weight is named, by default as weights[i]', () => {
    expectRefusal(() => weightedMean('t', [1, 2], [1]), 'INVALID_WEIGHTS', { fn: 't' }, '1 weights for 2 values; give one weight per value');
    expectRefusal(() => weightedMean('t', [1, 2], [1, -1]), 'INVALID_WEIGHTS', { fn: 't', index: 1 }, 'weights[1] is -1; a weight must be a finite number ≥ 0');
  });

  test('the sum of weights is compensated: ten weights of 1e-16 beside a weight of 1 are not lost', () => {
    // Σ w = 1 + 10 · 1e-16; a plain sum stays at 1 (each 1e-16 is below half an ulp of 1) and gives 100
    const values = [100, ...Array.from({ length: 10 }, () => 0)];
    const weights = [1, ...Array.from({ length: 10 }, () => 1e-16)];
    const mean = weightedMean('t', values, weights);
    expect(mean).toBe(100 / (1 + 1e-15));
    expect(mean).toBeLessThan(100);
  });
});

describe('groupIndicesByKeys', () => {
  test('a key of -0 is the key 0, in the tuple it returns as in the grouping', () => {
    const groups = groupIndicesByKeys('t', [{ k: -0 }, { k: 0 }], ['k']);
    expect(groups).toHaveLength(1);
    expect(Object.is(groups[0]![0][0], 0)).toBe(true);
    expect(groups[0]![1]).toStrictEqual([0, 1]);
  });

  test('a null record grouped by name is INVALID_TYPE naming its index', () => {
    expectRefusal(() => groupIndicesByKeys('t', untyped([{ k: 1 }, null]), ['k']), 'INVALID_TYPE', { fn: 't', index: 1 }, 'record at index 1 is null, not an object');
  });
});

describe('describeValue, through a message', () => {
  test('a string of 40 characters is shown whole, one of 41 cut at 40 with an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expectRefusal(() => csat([4], untyped({ scale: forty })), 'INVALID_OPTION', { fn: 'csat' }, `option scale must be an object { min, max }, got "${forty}"`);
    expectRefusal(() => csat([4], untyped({ scale: `${forty}y` })), 'INVALID_OPTION', { fn: 'csat' }, `option scale must be an object { min, max }, got "${forty}…"`);
  });
});

describe('signedShare, through nps', () => {
  test('as many promoters as detractors is an NPS of +0, not -0', () => {
    expect(Object.is(nps([10, 0]), 0)).toBe(true);
  });
});

describe('readScale, through tally', () => {
  test('a null scale is refused as not an object', () => {
    expectRefusal(() => tally([1], untyped(null)), 'INVALID_OPTION', { fn: 'tally' }, 'scale must be an object { min, max }, got null');
  });

  test('a scale of 1,001 points is the largest: 1–1001 is taken, 1–1002 refused with its count of points', () => {
    expect(tally([1, 1001], { min: 1, max: 1001 }).counts).toHaveLength(1001);
    expectRefusal(() => tally([1], { min: 1, max: 1002 }), 'INVALID_OPTION', { fn: 'tally' }, 'scale 1–1002 has 1002 points; at most 1001 are supported');
  });
});
