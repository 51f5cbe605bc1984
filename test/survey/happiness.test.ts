import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { happinessScore, isMetricError, type HappinessRating } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('happinessScore: % great − % not good (Help Scout)', () => {
  test('60 great, 25 okay, 15 not good of 100: 60 − 15 = 45', () => {
    expect(happinessScore({ great: 60, okay: 25, notGood: 15 })).toBe(45);
  });

  test('okay answers count in the whole only: 2 great, 1 okay, 1 not good gives (2 − 1) / 4 = 25', () => {
    expect(happinessScore(['great', 'great', 'okay', 'not-good'])).toBe(25);
  });

  test('all great is 100, all not good −100, all okay 0', () => {
    expect(happinessScore({ great: 3, okay: 0, notGood: 0 })).toBe(100);
    expect(happinessScore(new Set<HappinessRating>(['not-good']))).toBe(-100);
    expect(happinessScore({ great: 0, okay: 5, notGood: 0 })).toBe(0);
  });

  test.each([
    ['no ratings', [], 'EMPTY_INPUT'],
    ['counts of zero', { great: 0, okay: 0, notGood: 0 }, 'EMPTY_INPUT'],
    ['an unknown rating', ['great', 'good'], 'INVALID_TYPE'],
    ['a negative count', { great: -1, okay: 2, notGood: 0 }, 'INVALID_COUNTS'],
    ['a missing count', { great: 1, okay: 2 }, 'INVALID_COUNTS'],
    ['a misspelt count', { great: 1, okay: 2, notgood: 0 }, 'INVALID_TYPE'],
    ['a fractional count', { great: 1.5, okay: 2, notGood: 0 }, 'NOT_INTEGER'],
  ])('%s: %s', (_, input, code) => {
    expect(metricErrorOf(() => happinessScore(input as never)).code).toBe(code);
  });

  test('counts adding up to more than 2^53 − 1 are OUT_OF_RANGE: the score of their sum would not be exact', () => {
    expect(happinessScore({ great: Number.MAX_SAFE_INTEGER, okay: 0, notGood: 0 })).toBe(100);
    const error = metricErrorOf(() => happinessScore({ great: Number.MAX_SAFE_INTEGER, okay: 1, notGood: 0 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('happinessScore: the sum of the counts 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact');
  });

  test('an unknown rating names its index', () => {
    expect(metricErrorOf(() => happinessScore(['great', 'good'] as never)).message).toBe(`happinessScore: ratings[1] is "good"; a rating is 'great', 'okay' or 'not-good'`);
  });

  prop.prop([fc.array(fc.constantFrom<HappinessRating>('great', 'okay', 'not-good'), { minLength: 1, maxLength: 50 })])(
    'ratings and their counts give the same score, within −100…100',
    (ratings) => {
      const count = (r: HappinessRating) => ratings.filter((x) => x === r).length;
      const score = happinessScore(ratings);
      expect(score).toBe(happinessScore({ great: count('great'), okay: count('okay'), notGood: count('not-good') }));
      expect(score).toBeGreaterThanOrEqual(-100);
      expect(score).toBeLessThanOrEqual(100);
    },
  );

  prop.prop([fc.anything()])('every bad input throws MetricError', (input) => {
    try {
      expect(Number.isFinite(happinessScore(input as never))).toBe(true);
    } catch (error) {
      expect(isMetricError(error)).toBe(true);
    }
  });
});
