/**
 * The error messages of the survey scores are part of their contract: each
 * names the function, the value and, for a list, its index. Every expected
 * message below is the documented wording of the check, with the values of
 * the call filled in by hand.
 */
import { describe, expect, test } from 'vitest';
import { ces, cesSummary, csat, csatSummary, happinessScore, nps, tally } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

describe('csat: positiveFrom, counts and their sum', () => {
  test.each([1, 6, 0])('positiveFrom %i on 1–5 is refused, naming the points it may be', (from) => {
    expect(refusalOf(() => csat([4, 5], { positiveFrom: from }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'csat' },
      message: `csat: option positiveFrom ${from} must lie above the lowest point and within the scale 1–5 (2 to 5)`,
    });
  });

  test('positiveFrom may be the second point or the top one', () => {
    expect(csat([1, 2], { positiveFrom: 2 })).toBe(50);
    expect(csat([4, 5], { positiveFrom: 5 })).toBe(50);
  });

  test('by default the top two points count on scales of 4 points or more, the top one on 2 and 3 points', () => {
    expect(csat([2, 3, 4], { scale: { min: 1, max: 4 } })).toBe(200 / 3);
    expect(csat([2, 3], { scale: { min: 1, max: 3 } })).toBe(50);
    expect(csat([0, 1], { scale: { min: 0, max: 1 } })).toBe(50);
  });

  test('more positive answers than answers', () => {
    expect(refusalOf(() => csat({ positive: 3, count: 2 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'csat' }, message: 'csat: counts.positive 3 is greater than counts.count 2' });
    expect(csat({ positive: 2, count: 2 })).toBe(100);
  });

  test('a sum that n ratings on the scale cannot make', () => {
    const message = (sum: number) => `csatSummary: counts.sum ${sum} cannot come from 2 ratings on the scale 1–5 (it must lie between 2 and 10)`;
    expect(refusalOf(() => csatSummary({ positive: 1, count: 2, sum: 11 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'csatSummary' }, message: message(11) });
    expect(refusalOf(() => csatSummary({ positive: 1, count: 2, sum: 1 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'csatSummary' }, message: message(1) });
    expect(csatSummary({ positive: 1, count: 2, sum: 10 }).score).toBe(50);
    expect(csatSummary({ positive: 1, count: 2, sum: 2 }).score).toBe(50);
  });

  test('no answers', () => {
    expect(refusalOf(() => csat({ positive: 0, count: 0 }))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: 'csat' }, message: 'csat: no responses: CSAT needs at least one' });
  });
});

describe('ces: the scale, counts and their moments', () => {
  test('a scale of fewer than 4 points is refused; 4 points are enough', () => {
    expect(refusalOf(() => ces([1, 2], { scale: { min: 1, max: 3 } }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'ces' },
      message: 'ces: the scale 1–3 has 3 points; CES needs at least 4, so that its two easiest and two hardest points do not overlap',
    });
    expect(ces([1, 4], { scale: { min: 1, max: 4 } })).toBe(2.5);
  });

  test('a sum whose mean lies off the scale (1–7 by default); the ends are in it', () => {
    expect(refusalOf(() => ces({ sum: 30, count: 4 }))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn: 'ces' },
      message: 'ces: counts.sum 30 over 4 ratings gives a mean of 7.5, outside the scale 1–7',
    });
    expect(refusalOf(() => ces({ sum: 3, count: 4 }))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn: 'ces' },
      message: 'ces: counts.sum 3 over 4 ratings gives a mean of 0.75, outside the scale 1–7',
    });
    expect([ces({ sum: 28, count: 4 }), ces({ sum: 4, count: 4 })]).toStrictEqual([7, 1]);
  });

  test('a sum with no answers, and no answers', () => {
    expect(refusalOf(() => ces({ sum: 5, count: 0 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'ces' }, message: 'ces: counts.sum 5 with counts.count 0' });
    expect(refusalOf(() => ces({ sum: 0, count: 0 }))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: 'ces' }, message: 'ces: no responses: CES needs at least one' });
  });

  test('a sum of squares that two ratings summing to 4 on 1–7 cannot have: below 4²/2 = 8 or above (1 + 7)·4 − 2·1·7 = 18', () => {
    const message = (sq: number) => `cesSummary: counts.sumOfSquares ${sq} cannot come from 2 ratings summing to 4 on the scale 1–7`;
    expect(refusalOf(() => cesSummary({ sum: 4, count: 2, sumOfSquares: 7 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'cesSummary' }, message: message(7) });
    expect(refusalOf(() => cesSummary({ sum: 4, count: 2, sumOfSquares: 19 }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'cesSummary' }, message: message(19) });
    // 2 and 2: Σx² = 8, the least; the bound 18 is what the scale allows, and is accepted
    expect(cesSummary({ sum: 4, count: 2, sumOfSquares: 8 }).mean).toBe(2);
    expect(cesSummary({ sum: 4, count: 2, sumOfSquares: 18 }).mean).toBe(2);
  });
});

describe('the shared reduction: weights, frequencies and tallies', () => {
  test('weights or frequencies with counts or a tally, which are already aggregated', () => {
    expect(refusalOf(() => nps({ promoters: 1, passives: 0, detractors: 0 }, { weights: [1] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'nps' },
      message: 'nps: option weights applies to raw responses, one per response; a set of counts is already aggregated',
    });
    expect(refusalOf(() => nps(tally([9, 10], { min: 0, max: 10 }), { frequencies: [1, 1] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'nps' },
      message: 'nps: option frequencies applies to raw responses, one per response; a tally is already aggregated',
    });
  });

  test('weights and frequencies together', () => {
    expect(refusalOf(() => nps([9, 10], { weights: [1, 1], frequencies: [1, 1] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'nps' },
      message: 'nps: options weights and frequencies together; give one',
    });
  });

  test('frequencies that are not a list are a bad option; a list of another length, bad counts', () => {
    const message = 'nps: option frequencies must be one count per response, an array of 2';
    expect(refusalOf(() => nps([9, 10], { frequencies: 3 as never }))).toStrictEqual({ code: 'INVALID_OPTION', details: { fn: 'nps' }, message: message });
    expect(refusalOf(() => nps([9, 10], { frequencies: null as never }))).toStrictEqual({ code: 'INVALID_OPTION', details: { fn: 'nps' }, message: message });
    expect(refusalOf(() => nps([9, 10], { frequencies: [1, 2, 3] }))).toStrictEqual({ code: 'INVALID_COUNTS', details: { fn: 'nps' }, message: message });
  });

  test('a tally of another scale than the one asked for', () => {
    expect(refusalOf(() => csat(tally([4, 5], { min: 1, max: 5 }), { scale: { min: 1, max: 7 } }))).toStrictEqual({
      code: 'SCALE_MISMATCH',
      details: { fn: 'csat' },
      message: 'csat: tally is on the scale 1–5, but the scale here is 1–7',
    });
  });
});

describe('happinessScore', () => {
  test('a rating that is not one of the three, with its index', () => {
    expect(refusalOf(() => happinessScore(['great', 'fine'] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'happinessScore', index: 1 },
      message: `happinessScore: ratings[1] is "fine"; a rating is 'great', 'okay' or 'not-good'`,
    });
  });

  test('no ratings', () => {
    expect(refusalOf(() => happinessScore([]))).toStrictEqual({ code: 'EMPTY_INPUT', details: { fn: 'happinessScore' }, message: 'happinessScore: no ratings: the happiness score needs at least one' });
    expect(refusalOf(() => happinessScore({ great: 0, okay: 0, notGood: 0 }))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn: 'happinessScore' },
      message: 'happinessScore: no ratings: the happiness score needs at least one',
    });
  });

  test('each kind of rating is counted: (great − not good) / all × 100', () => {
    expect(happinessScore(['great', 'okay', 'not-good', 'great'])).toBe(25);
    expect(happinessScore({ great: 3, okay: 1, notGood: 0 })).toBe(75);
  });
});
