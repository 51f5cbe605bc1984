/**
 * Tests across groups compare every pair, so their cost grows with the
 * square of the groups: at most 100 groups (4,950 pairs) are compared at
 * once, and more are refused before any pair is compared.
 */
import { describe, expect, test } from 'vitest';
import { compareCesAcross, compareCsatAcross, compareNpsAcross } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { boundedOutcome } from './bounded.js';

const csatGroups = (n: number) => Array.from({ length: n }, (_, i) => ({ positive: 60 + (i % 3) * 10, count: 100 }));

describe('the number of groups has a maximum', () => {
  test('compareCsatAcross of 1,000 groups is refused at once (OUT_OF_RANGE), naming the maximum', () => {
    const outcome = boundedOutcome(() => compareCsatAcross(csatGroups(1000)), 100);
    expect('error' in outcome && outcome.error.code).toBe('OUT_OF_RANGE');
    expect('error' in outcome && outcome.error.message).toBe(
      'compareCsatAcross: 1000 groups are more than the 100 compared at once (every pair is tested: 100 groups make 4950 pairs); compare fewer groups, or merge small ones',
    );
  });

  test('101 named groups are refused too, also by compareNpsAcross and compareCesAcross', () => {
    const named = Object.fromEntries(csatGroups(101).map((g, i) => [`g${i}`, g]));
    expect(metricErrorOf(() => compareCsatAcross(named)).code).toBe('OUT_OF_RANGE');
    const nps = Array.from({ length: 101 }, () => ({ promoters: 5, passives: 3, detractors: 2 }));
    expect(metricErrorOf(() => compareNpsAcross(nps)).message).toMatch(/^compareNpsAcross: 101 groups are more than the 100/);
    const ces = Array.from({ length: 101 }, () => [1, 2, 3, 4]);
    expect(metricErrorOf(() => compareCesAcross(ces)).message).toMatch(/^compareCesAcross: 101 groups are more than the 100/);
  });

  test('100 groups are compared: every one of the 4,950 pairs', () => {
    const outcome = boundedOutcome(() => compareCsatAcross(csatGroups(100)));
    expect('result' in outcome && outcome.result.pairwise.length).toBe(4950);
  });
});
