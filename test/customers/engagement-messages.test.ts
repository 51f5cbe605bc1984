import { describe, expect, test } from 'vitest';
import { engagementScore } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

// Error messages are part of the contract: each test below checks the code,
// the details and the exact message, filled in by hand from the templates in
// src/customers/engagement.ts (`${fn}: ${message}`).

const fn = 'engagementScore';
// components built from values of any type, bad ones included: typed as never, so that they go where a component goes
const pct = (weight: unknown) => ({ weight, map: 'percentage' }) as never;
const range = (min: unknown, max: unknown) => ({ weight: 1, map: { min, max } }) as never;

describe('engagementScore messages for the components argument', () => {
  test.each([
    ['null', null],
    ['an array', []],
    ['a number', 5],
    ['a string', 'loyalty'],
  ])('components that are %s are INVALID_OPTION', (kind, components) => {
    expect(refusalOf(() => engagementScore({ a: 1 }, components as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: `engagementScore: components is ${kind}; pass an object { name: { weight, map } }`,
    });
  });

  test('no components is EMPTY_INPUT with its message', () => {
    expect(refusalOf(() => engagementScore({}, {}))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'engagementScore: no components: the score needs at least one',
    });
  });

  test.each([
    ['null', null],
    ['a number', 5],
    ['a list', [40]],
  ])('inputs that are %s are INVALID_TYPE naming the inputs form', (kind, inputs) => {
    expect(refusalOf(() => engagementScore(inputs as never, { a: pct(1) }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: `engagementScore: input is ${kind}; pass inputs { name: value }`,
    });
  });

  test('an input without a component lists every component, comma separated', () => {
    expect(refusalOf(() => engagementScore({ a: 1, b: 2, c: 3 } as never, { a: pct(1), b: pct(1) }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'engagementScore: inputs.c has no component; components: a, b',
    });
  });

  test('a component without an input is INVALID_TYPE naming the input', () => {
    expect(refusalOf(() => engagementScore({ a: 1 } as never, { a: pct(1), b: pct(1) }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'engagementScore: inputs.b is missing; every component needs an input',
    });
  });

  test('an input that is not a number, or not finite, is named inputs.<name>', () => {
    expect(refusalOf(() => engagementScore({ a: '5' } as never, { a: pct(1) }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'engagementScore: inputs.a is a string, not a number',
    });
    expect(refusalOf(() => engagementScore({ a: NaN }, { a: pct(1) }))).toStrictEqual({
      code: 'NOT_FINITE',
      details: { fn },
      message: 'engagementScore: inputs.a NaN is not a finite number',
    });
    expect(refusalOf(() => engagementScore({ a: Infinity }, { a: range(0, 10) }))).toStrictEqual({
      code: 'NOT_FINITE',
      details: { fn },
      message: 'engagementScore: inputs.a Infinity is not a finite number',
    });
  });
});

describe('engagementScore messages for one component', () => {
  test.each([
    ['null', null],
    ['an array', []],
    ['a number', 5],
    ['a string', 'percentage'],
  ])('a component that is %s is INVALID_OPTION', (kind, component) => {
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: component } as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: `engagementScore: components.a is ${kind}; pass { weight, map }`,
    });
  });

  test('an unknown field is named with the known fields, comma separated', () => {
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map: 'percentage', wieght: 2 } } as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'engagementScore: components.a has an unknown field "wieght"; known fields: weight, map',
    });
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['"percent"', 'percent'],
    ['5', 5],
  ])('a map of %s is neither percentage nor a range', (shown, map) => {
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: { weight: 1, map } } as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: `engagementScore: components.a.map is ${shown}; use 'percentage' or a range { min, max }`,
    });
  });

  test.each([
    [NaN, 10, 'NaN and 10'],
    ['0', 10, '"0" and 10'],
    [undefined, 10, 'undefined and 10'],
    [0, Infinity, '0 and Infinity'],
    [0, '10', '0 and "10"'],
    [0, undefined, '0 and undefined'],
  ])('a range from %s to %s needs finite numbers at both ends', (min, max, shown) => {
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: range(min, max) }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: `engagementScore: components.a.map needs finite numbers min and max, got ${shown}`,
    });
  });

  test('a range with min = max is empty', () => {
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: range(5, 5) }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'engagementScore: components.a.map has min = max = 5; the range must not be empty',
    });
  });

  test('a range whose width max - min overflows is too wide to scale', () => {
    // 1e308 − (−1e308) = 2e308 is above the largest double, so Infinity
    expect(refusalOf(() => engagementScore({ a: 1 }, { a: range(-1e308, 1e308) }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'engagementScore: components.a.map from -1e+308 to 1e+308 is too wide to scale',
    });
    // a range with ends of opposite sign whose width is finite is fine: 0 on −1e305…1e305 is half way
    expect(engagementScore({ a: 0 }, { a: range(-1e305, 1e305) })).toBeCloseTo(50, 10);
  });

  test('a range whose width is finite but whose (v − min) × 100 overflows still scales: 0 on −1e307…1e307 is 50', () => {
    // (0 + 1e307) × 100 = 1e309 overflows; (1e307 / 2e307) × 100 = 50 exactly
    expect(engagementScore({ a: 0 }, { a: range(-1e307, 1e307) })).toBe(50);
    expect(engagementScore({ a: 1e307 }, { a: range(-1e307, 1e307) })).toBe(100);
    expect(engagementScore({ a: -5e306 }, { a: range(-1e307, 1e307) })).toBe(25);
    // beyond the ends, clamped: v − min itself overflows above, and is negative below
    expect(engagementScore({ a: 1.7e308 }, { a: range(-1e307, 1e307) })).toBe(100);
    expect(engagementScore({ a: -1.7e308 }, { a: range(-1e307, 1e307) })).toBe(0);
  });
});

describe('engagementScore percentages at the ends of 0–100', () => {
  test('0 and 100 are percentages and are used as they are', () => {
    expect(engagementScore({ a: 0 }, { a: pct(1) })).toBe(0);
    expect(engagementScore({ a: 100 }, { a: pct(1) })).toBe(100);
  });

  test.each([-1, -0.5, 100.5, 101])('%s is outside 0–100 and OUT_OF_RANGE', (v) => {
    expect(refusalOf(() => engagementScore({ a: v }, { a: pct(1) }))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn },
      message: `engagementScore: inputs.a ${v} is outside 0–100, but its component maps it as a percentage`,
    });
  });

  test('a raw value at either end of its range maps to 0 or 100', () => {
    expect(engagementScore({ a: 0 }, { a: range(0, 20) })).toBe(0);
    expect(engagementScore({ a: 20 }, { a: range(0, 20) })).toBe(100);
    expect(engagementScore({ a: 30 }, { a: range(30, 0) })).toBe(0);
    expect(engagementScore({ a: 0 }, { a: range(30, 0) })).toBe(100);
  });
});

describe('engagementScore weights', () => {
  test('all weights zero is INVALID_WEIGHTS with its own message', () => {
    expect(refusalOf(() => engagementScore({ a: 1, b: 2 }, { a: pct(0), b: pct(0) }))).toStrictEqual({
      code: 'INVALID_WEIGHTS',
      details: { fn },
      message: 'engagementScore: all weights are zero; at least one must be positive',
    });
  });

  test('weights near the top of the double range give the same mean as small ones', () => {
    // Σ wᵢ · sᵢ with w = 1e308 would overflow; the mean of 40 and 20 at equal weights is 30
    expect(engagementScore({ a: 40, b: 20 }, { a: pct(1e308), b: pct(1e308) })).toBeCloseTo(30, 10);
    // 3 to 1, as 1.5e308 to 0.5e308: (3 × 80 + 1 × 40) / 4 = 70
    expect(engagementScore({ a: 80, b: 40 }, { a: pct(1.5e308), b: pct(0.5e308) })).toBeCloseTo(70, 10);
    // a largest weight above 1e300 rescales all weights by one power of two: 2 to 1 gives (2 × 100 + 1 × 0) / 3
    expect(engagementScore({ a: 100, b: 0 }, { a: pct(2e300), b: pct(1e300) })).toBeCloseTo(200 / 3, 10);
  });

  test('a bad weight next to a huge one is reported as given, not rescaled', () => {
    expect(refusalOf(() => engagementScore({ a: 1, b: 1 }, { a: pct(1e308), b: pct(-1) }))).toStrictEqual({
      code: 'INVALID_WEIGHTS',
      details: { fn, index: 1 },
      message: 'engagementScore: the weight of component "b" is -1; a weight must be a finite number ≥ 0',
    });
    expect(refusalOf(() => engagementScore({ a: 1, b: 1 }, { a: pct(1e308), b: pct('1') }))).toStrictEqual({
      code: 'INVALID_WEIGHTS',
      details: { fn, index: 1 },
      message: 'engagementScore: the weight of component "b" is "1"; a weight must be a finite number ≥ 0',
    });
    expect(refusalOf(() => engagementScore({ a: 1, b: 1 }, { a: pct(1e308), b: pct(null) }))).toStrictEqual({
      code: 'INVALID_WEIGHTS',
      details: { fn, index: 1 },
      message: 'engagementScore: the weight of component "b" is null; a weight must be a finite number ≥ 0',
    });
  });

  test('a largest weight of exactly 1e300 is not rescaled: a tiny weight keeps its share', () => {
    // Only a largest weight above 1e300 rescales the weights. At exactly 1e300 the
    // weights stay as given, and a weight w = 1.5 · 2^-77 on a score of 100 next to
    // 1e300 on a score of 0 gives 100 · w / (1e300 + w) = 100 · w / 1e300, about
    // 9.9e-322. Rescaled by 2^-997 the small weight would round from 1.5 to 2 units of
    // the smallest double, a third too large.
    const w = 1.5 * 2 ** -77;
    const expected = (100 * w) / 1e300;
    const score = engagementScore({ a: 0, b: 100 }, { a: pct(1e300), b: pct(w) });
    expect(score).toBeGreaterThan(0);
    expect(score / expected).toBeCloseTo(1, 2);
  });
});
