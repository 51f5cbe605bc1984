import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  ces,
  cesSummary,
  csat,
  csatSummary,
  MetricError,
  type MetricErrorCode,
  nps,
  npsSummary,
  type Scale,
  tally,
} from '../../src/index.js';
import { answersOn, scaleArb } from './arbitraries.js';
import { metricErrorOf } from '../helpers.js';


/** Every function that reads raw responses on a scale, with that scale. */
const readers: ReadonlyArray<readonly [string, (r: ArrayLike<unknown>, scale: Scale) => unknown]> = [
  ['nps', (r) => nps(r as never)],
  ['npsSummary', (r) => npsSummary(r as never)],
  ['csat', (r, scale) => csat(r as never, { scale })],
  ['csatSummary', (r, scale) => csatSummary(r as never, { scale })],
  ['ces', (r, scale) => ces(r as never, { scale })],
  ['cesSummary', (r, scale) => cesSummary(r as never, { scale })],
  ['tally', (r, scale) => tally(r as never, scale)],
];
const readerArb = fc.constantFrom(...readers);

/** A bad response and the code it must be rejected with, on `scale`. */
function badResponse(scale: Scale): fc.Arbitrary<readonly [unknown, MetricErrorCode]> {
  return fc.oneof(
    fc
      .oneof(fc.integer({ max: scale.min - 1, min: scale.min - 1e6 }), fc.integer({ min: scale.max + 1, max: scale.max + 1e6 }), fc.constantFrom(2 ** 32 + scale.min, -(2 ** 31), 2 ** 53))
      .map((v) => [v, 'OUT_OF_RANGE'] as const),
    fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
      .filter((v) => !Number.isInteger(v))
      .map((v) => [v, 'NOT_INTEGER'] as const),
    fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
    fc
      .oneof(
        fc.string(),
        fc.integer({ min: scale.min, max: scale.max }).map(String),
        fc.constant(null),
        fc.constant(undefined),
        fc.boolean(),
        fc.object(),
        fc.array(fc.integer()),
        fc.bigInt(),
        fc.constant(Symbol('x')),
        fc.constant(() => 1),
      )
      .map((v) => [v, 'INVALID_TYPE'] as const),
  );
}

/** A scale usable by every reader (NPS: 0–10), valid answers on it, a bad response and where it goes. */
const corrupted = fc.tuple(readerArb, scaleArb).chain(([reader, someScale]) => {
  const scale = reader[0].startsWith('nps') ? { min: 0, max: 10 } : someScale;
  return fc.record({
    reader: fc.constant(reader),
    scale: fc.constant(scale),
    answers: fc.array(fc.integer({ min: scale.min, max: scale.max }), { maxLength: 40 }),
    bad: badResponse(scale),
    at: fc.nat(),
  });
});

describe('every bad response throws MetricError naming its index', () => {
  test.prop([corrupted])('in an array', ({ reader: [name, read], scale, answers, bad: [value, code], at }) => {
    const index = at % (answers.length + 1);
    const input: unknown[] = [...answers];
    input.splice(index, 0, value);
    const error = metricErrorOf(() => read(input, scale));
    expect(error.code).toBe(code);
    expect(error.details).toStrictEqual({ fn: name, index });
    expect(error.message.startsWith(`${name}: response`)).toBe(true);
    expect(error.message).toContain(`at index ${index}`);
  });

  test.prop([corrupted.filter(({ bad: [v] }) => typeof v === 'number')])(
    'in a Float64Array',
    ({ reader: [name, read], scale, answers, bad: [value, code], at }) => {
      const index = at % (answers.length + 1);
      const input = [...answers];
      input.splice(index, 0, value as number);
      const error = metricErrorOf(() => read(Float64Array.from(input), scale));
      expect(error.code).toBe(code);
      expect(error.details).toStrictEqual({ fn: name, index });
    },
  );
});

describe('float typed arrays take their own loops, which must agree with the loop for arrays', () => {
  /** Answers on `scale`, some of them numbers that are not answers: near misses, −0, non-finite, off the scale. */
  const floatAnswers = (scale: Scale) =>
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: scale.min, max: scale.max }) },
        { weight: 1, arbitrary: fc.constantFrom(scale.min - 1, scale.max + 1, scale.min - 2, 0, -1) },
        { weight: 1, arbitrary: fc.integer({ min: scale.min, max: scale.max }).map((v) => v + 2 ** -30) },
        { weight: 1, arbitrary: fc.integer({ min: scale.min, max: scale.max }).map((v) => v - 0.5) },
        { weight: 1, arbitrary: fc.constantFrom(-0, 5e-324, -5e-324, NaN, Infinity, -Infinity, 2 ** 32 + scale.min, 2 ** 53) },
      ),
      { maxLength: 40 },
    );
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      const e = error as MetricError;
      return [e.code, e.message, e.details];
    }
  };
  test.prop([fc.tuple(readerArb, scaleArb).chain(([reader, someScale]) => {
    const scale = reader[0].startsWith('nps') ? { min: 0, max: 10 } : someScale;
    return fc.record({ reader: fc.constant(reader), scale: fc.constant(scale), values: floatAnswers(scale), float32: fc.boolean() });
  })], { numRuns: 300 })('the same result, or the same error for the same index, as the same numbers in an array', ({ reader: [, read], scale, values, float32 }) => {
    const typed = float32 ? Float32Array.from(values) : Float64Array.from(values);
    // a Float32Array holds its numbers rounded to single precision: the array holds the same numbers
    expect(outcome(() => read(typed, scale))).toStrictEqual(outcome(() => read(Array.from(typed), scale)));
  });
});

describe('any input at all: a score in range or a MetricError, never NaN and never another error', () => {
  const anyInput = fc.oneof(
    fc.anything(),
    fc.array(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.anything()), { maxLength: 12 }),
    fc.record({ promoters: fc.anything(), passives: fc.anything(), detractors: fc.anything() }),
    fc.record({ positive: fc.anything(), count: fc.anything(), sum: fc.anything() }, { requiredKeys: [] }),
    fc.record({ sum: fc.anything(), count: fc.anything() }),
    fc.record({ scale: fc.anything(), counts: fc.anything() }),
  );
  const scores: ReadonlyArray<readonly [string, (input: unknown) => number, number, number]> = [
    ['nps', (i) => nps(i as never), -100, 100],
    ['csat', (i) => csat(i as never), 0, 100],
    ['ces', (i) => ces(i as never), 1, 7],
  ];
  test.prop([fc.constantFrom(...scores), anyInput])('', ([, score, lo, hi], input) => {
    let result: number;
    try {
      result = score(input);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      return;
    }
    expect(Number.isFinite(result)).toBe(true);
    expect(result).toBeGreaterThanOrEqual(lo);
    expect(result).toBeLessThanOrEqual(hi);
  });

  test.prop([fc.anything()])('options that are not an object, or that have an unknown key, throw INVALID_OPTION', (options) => {
    const isObject = typeof options === 'object' && options !== null && !Array.isArray(options);
    const cases: ReadonlyArray<readonly [() => unknown, readonly string[]]> = [
      [() => csat([5], options as never), ['scale', 'positiveFrom']],
      [() => ces([5], options as never), ['scale', 'higherIs']],
      [() => csatSummary([5], options as never), ['scale', 'positiveFrom']],
      [() => cesSummary([5], options as never), ['scale', 'higherIs']],
    ];
    for (const [call, known] of cases) {
      const unknownKey = isObject && Object.keys(options).some((key) => !known.includes(key));
      fc.pre(options !== undefined && (!isObject || unknownKey));
      expect(metricErrorOf(call).code).toBe('INVALID_OPTION');
    }
  });
});

describe('bad counts throw MetricError', () => {
  const badCount: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
    fc.integer({ min: -1e9, max: -1 }).map((v) => [v, 'INVALID_COUNTS'] as const),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }).filter((v) => !Number.isInteger(v)).map((v) => [v, 'NOT_INTEGER'] as const),
    fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
    fc.oneof(fc.string(), fc.constant(null), fc.boolean(), fc.object()).map((v) => [v, 'INVALID_TYPE'] as const),
    fc.constant(undefined).map((v) => [v, 'INVALID_COUNTS'] as const),
  );

  test.prop([fc.constantFrom('promoters', 'passives', 'detractors'), badCount, fc.nat(1000), fc.nat(1000), fc.nat(1000)])(
    'NPS counts',
    (field, [value, code], promoters, passives, detractors) => {
      const counts = { promoters, passives, detractors, [field]: value };
      expect(metricErrorOf(() => nps(counts as never)).code).toBe(code);
    },
  );

  test.prop([fc.constantFrom('positive', 'count'), badCount, fc.nat(1000), fc.nat(1000)])('CSAT counts', (field, [value, code], a, b) => {
    const counts = { positive: Math.min(a, b), count: Math.max(a, b), [field]: value };
    expect(metricErrorOf(() => csat(counts as never)).code).toBe(code);
  });

  test.prop([fc.nat(1e6), fc.integer({ min: 1, max: 1e6 })])('CSAT counts with positive > count', (total, extra) => {
    expect(metricErrorOf(() => csat({ positive: total + extra, count: total })).code).toBe('INVALID_COUNTS');
  });

  test.prop([fc.integer({ min: 1, max: 1e6 }), fc.double({ noNaN: true, min: -1e9, max: 1e9 })])(
    'CES counts whose mean lies outside the scale',
    (count, mean) => {
      fc.pre(mean < 1 || mean > 7);
      expect(metricErrorOf(() => ces({ sum: mean * count, count })).code).toBe(
        Number.isFinite(mean * count) ? 'INVALID_COUNTS' : 'NOT_FINITE',
      );
    },
  );
});

describe('tallies of another scale throw SCALE_MISMATCH', () => {
  test.prop([scaleArb.chain((s) => fc.tuple(fc.constant(s), answersOn(s)))])('NPS, and CSAT and CES given a scale', ([scale, answers]) => {
    fc.pre(scale.min !== 0 || scale.max !== 10);
    const t = tally(answers, scale);
    expect(metricErrorOf(() => nps(t)).code).toBe('SCALE_MISMATCH');
    const other = { min: scale.min, max: scale.max + 1 };
    expect(metricErrorOf(() => csat(t, { scale: other })).code).toBe('SCALE_MISMATCH');
    expect(metricErrorOf(() => ces(t, { scale: other })).code).toBe('SCALE_MISMATCH');
  });
});
