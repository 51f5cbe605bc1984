import { fc } from '@fast-check/vitest';
import type { Scale } from '../../src/index.js';

/** Whole-number scales of 4 to 16 points, some starting below zero. */
export const scaleArb: fc.Arbitrary<Scale> = fc
  .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 3, max: 15 }))
  .map(([min, span]) => ({ min, max: min + span }));

/** A non-empty array of whole answers on `scale`. */
export function answersOn(scale: Scale, maxLength = 200): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: scale.min, max: scale.max }), { minLength: 1, maxLength });
}

/** A scale together with answers on it. */
export const scaleAndAnswers: fc.Arbitrary<{ scale: Scale; answers: number[] }> = scaleArb.chain((scale) =>
  answersOn(scale).map((answers) => ({ scale, answers })),
);

/** NPS answers, 0–10. */
export const npsAnswers: fc.Arbitrary<number[]> = answersOn({ min: 0, max: 10 });

/** The same answers in another order. */
export function permutationOf<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/** The array kinds every metric must read alike. */
export type ArrayKind = 'Array' | 'Float64Array' | 'Float32Array' | 'Int16Array' | 'Int32Array';
export const arrayKindArb: fc.Arbitrary<ArrayKind> = fc.constantFrom(
  'Array',
  'Float64Array',
  'Float32Array',
  'Int16Array',
  'Int32Array',
);

export function asKind(values: readonly number[], kind: ArrayKind): ArrayLike<number> {
  switch (kind) {
    case 'Array':
      return [...values];
    case 'Float64Array':
      return Float64Array.from(values);
    case 'Float32Array':
      return Float32Array.from(values);
    case 'Int16Array':
      return Int16Array.from(values);
    case 'Int32Array':
      return Int32Array.from(values);
  }
}

/** Independent counting, straight from the definitions, for oracles. */
export function countWhere(values: readonly number[], keep: (v: number) => boolean): number {
  return values.filter(keep).length;
}

export function plainSum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
