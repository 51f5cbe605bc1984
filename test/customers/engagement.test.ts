import { describe, expect, test } from 'vitest';
import { engagementScore } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';


const pct = (weight: number) => ({ weight, map: 'percentage' as const });

describe('engagementScore: weighted mean of inputs mapped onto 0–100', () => {
  test('percentages are used as they are: equal weights give their mean', () => {
    expect(engagementScore({ loyalty: 40, training: 20 }, { loyalty: pct(1), training: pct(1) })).toBe(30);
  });

  test('weights are relative: 3 to 1 gives (3 × 80 + 1 × 40) / 4 = 70', () => {
    expect(engagementScore({ a: 80, b: 40 }, { a: pct(3), b: pct(1) })).toBe(70);
    expect(engagementScore({ a: 80, b: 40 }, { a: pct(0.75), b: pct(0.25) })).toBe(70);
  });

  test('a range maps min to 0 and max to 100 linearly: 12 logins on 0–20 are 60', () => {
    expect(engagementScore({ logins: 12 }, { logins: { weight: 1, map: { min: 0, max: 20 } } })).toBe(60);
    expect(engagementScore({ logins: 15 }, { logins: { weight: 1, map: { min: 10, max: 20 } } })).toBe(50);
  });

  test('values beyond a range are clamped to 0 and 100', () => {
    expect(engagementScore({ logins: 45 }, { logins: { weight: 1, map: { min: 0, max: 20 } } })).toBe(100);
    expect(engagementScore({ logins: -3 }, { logins: { weight: 1, map: { min: 0, max: 20 } } })).toBe(0);
  });

  test('min above max means less is better: 6 days since the last visit on 30…0 is 80', () => {
    expect(engagementScore({ days: 6 }, { days: { weight: 1, map: { min: 30, max: 0 } } })).toBe(80);
    expect(engagementScore({ days: 45 }, { days: { weight: 1, map: { min: 30, max: 0 } } })).toBe(0);
  });

  test('the worked example: loyalty 40%, training 20%, 12 logins on 0–20 weighted 2 give 45', () => {
    const score = engagementScore(
      { loyalty: 40, training: 20, loginsPerMonth: 12 },
      { loyalty: pct(1), training: pct(1), loginsPerMonth: { weight: 2, map: { min: 0, max: 20 } } },
    );
    expect(score).toBe(45);
  });

  test('a zero weight drops its component', () => {
    expect(engagementScore({ a: 10, b: 90 }, { a: pct(1), b: pct(0) })).toBe(10);
  });

  test('weights that are negative, non-finite or all zero are INVALID_WEIGHTS naming the component', () => {
    expect(metricErrorOf(() => engagementScore({ a: 1, b: 1 }, { a: pct(1), b: pct(-1) })).message).toBe(
      'engagementScore: the weight of component "b" is -1; a weight must be a finite number ≥ 0',
    );
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: pct(Infinity) })).code).toBe('INVALID_WEIGHTS');
    expect(metricErrorOf(() => engagementScore({ a: 1, b: 2 }, { a: pct(0), b: pct(0) })).code).toBe('INVALID_WEIGHTS');
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: { map: 'percentage' } } as never)).code).toBe('INVALID_WEIGHTS');
  });

  test('a percentage outside 0–100 is OUT_OF_RANGE, not clamped', () => {
    expect(metricErrorOf(() => engagementScore({ a: 150 }, { a: pct(1) })).message).toBe(
      'engagementScore: inputs.a 150 is outside 0–100, but its component maps it as a percentage',
    );
  });

  test('every component needs an input and every input a component', () => {
    expect(metricErrorOf(() => engagementScore({ a: 1 } as never, { a: pct(1), b: pct(1) })).message).toBe(
      'engagementScore: inputs.b is missing; every component needs an input',
    );
    expect(metricErrorOf(() => engagementScore({ a: 1, c: 2 } as never, { a: pct(1) })).message).toBe(
      'engagementScore: inputs.c has no component; components: a',
    );
  });

  test('bad maps and unknown component fields are INVALID_OPTION', () => {
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map: 'percent' } } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map: { min: 5, max: 5 } } })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map: { min: 0, max: NaN } } })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map: 'percentage', wieght: 2 } } as never)).code).toBe(
      'INVALID_OPTION',
    );
  });

  test('no components is EMPTY_INPUT; a value that is not a finite number is refused', () => {
    expect(metricErrorOf(() => engagementScore({}, {})).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => engagementScore({ a: '5' } as never, { a: pct(1) })).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => engagementScore({ a: NaN }, { a: pct(1) })).code).toBe('NOT_FINITE');
  });
});
