/**
 * Every invalid input to the customer-base metrics throws a MetricError, with
 * the code the conventions give for it and, for arrays, the index of the bad
 * element.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  channelShares,
  churnRate,
  customerMovement,
  customerRetentionRate,
  engagementScore,
  feedbackResponseRate,
  type MetricErrorCode,
  participationRate,
  referralRate,
  retentionSeries,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';


/** Values that are not numbers at all. */
const notANumber = fc.oneof(
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  fc.object(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(Symbol('x')),
);

/** A bad count and the code it must be rejected with. */
const badCount: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
  fc.integer({ min: -1e9, max: -1 }).map((v) => [v, 'INVALID_COUNTS'] as const),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((v) => !Number.isInteger(v)).map((v) => [v, 'NOT_INTEGER'] as const),
  fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
  notANumber.map((v) => [v, 'INVALID_TYPE'] as const),
  // a BigInt count is read as the number it equals: refused when negative, or beyond 2^53 − 1 where it would be rounded
  fc.bigInt({ min: -(2n ** 60n), max: -1n }).map((v) => [v, v < -(2n ** 53n - 1n) ? 'OUT_OF_RANGE' : 'INVALID_COUNTS'] as const),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }).map((v) => [v, 'OUT_OF_RANGE'] as const),
);

describe('counts', () => {
  const counted: ReadonlyArray<readonly [string, (c: Record<string, unknown>) => unknown, Record<string, number>]> = [
    ['customerRetentionRate', (c) => customerRetentionRate(c as never), { start: 100, end: 90, acquired: 10 }],
    ['churnRate', (c) => churnRate(c as never), { start: 100, lost: 10 }],
    ['participationRate', (c) => participationRate(c as never), { participants: 10, count: 100 }],
    ['referralRate', (c) => referralRate(c as never), { referred: 10, count: 100 }],
    ['feedbackResponseRate', (c) => feedbackResponseRate(c as never), { responded: 10, count: 100 }],
    ['channelShares', (c) => channelShares(c as never), { email: 10, chat: 100 }],
  ];

  test.prop([fc.constantFrom(...counted), fc.nat(), badCount])(
    'a bad count in any field throws MetricError with the code of its kind',
    ([name, f, valid], at, [bad, code]) => {
      const keys = Object.keys(valid);
      const counts = { ...valid, [keys[at % keys.length]!]: bad };
      const e = metricErrorOf(() => f(counts));
      expect(e.details.fn).toBe(name);
      expect(e.code).toBe(code);
    },
  );

  test.prop([fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })])(
    'a part greater than its whole is INVALID_COUNTS',
    (whole, excess) => {
      const part = whole + excess;
      expect(metricErrorOf(() => churnRate({ start: whole, lost: part })).code).toBe('INVALID_COUNTS');
      expect(metricErrorOf(() => participationRate({ participants: part, count: whole })).code).toBe('INVALID_COUNTS');
      expect(metricErrorOf(() => referralRate({ referred: part, count: whole })).code).toBe('INVALID_COUNTS');
      expect(metricErrorOf(() => feedbackResponseRate({ responded: part, count: whole })).code).toBe('INVALID_COUNTS');
      expect(metricErrorOf(() => customerRetentionRate({ start: whole, end: part, acquired: 0 })).code).toBe('INVALID_COUNTS');
      expect(metricErrorOf(() => customerRetentionRate({ start: part, end: whole, acquired: part })).code).toBe('INVALID_COUNTS');
    },
  );
});

describe('customer ids', () => {
  const badId: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
    fc.constantFrom(null, undefined, true, {}, [], 1n, Symbol('id')).map((v) => [v, 'INVALID_TYPE'] as const),
    fc.constant('').map((v) => [v, 'INVALID_TYPE'] as const),
    fc.integer().map((v) => [v, 'INVALID_TYPE'] as const), // a number among string ids
  );
  const ids = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 });

  test.prop([ids, ids, badId, fc.nat(), fc.boolean(), fc.constantFrom('array', 'set', 'generator')])(
    'a bad id in either list throws MetricError naming its list and index',
    (startIds, endIds, [bad, code], at, inEnd, kind) => {
      // the start list opens with a string id, so that a number further on is a number among strings
      const start = ['x', ...startIds];
      const end = [...endIds];
      const list = inEnd ? end : start;
      const index = inEnd ? at % (list.length + 1) : 1 + (at % list.length);
      list.splice(index, 0, bad as string);
      // as a Set, duplicates before the bad id disappear and move its index
      const position = kind === 'set' ? [...new Set(list)].indexOf(bad as string) : index;
      const wrap = (xs: string[]): Iterable<string> =>
        kind === 'array' ? xs : kind === 'set' ? new Set(xs) : (function* () { yield* xs; })();
      const e = metricErrorOf(() => customerMovement(wrap(start), wrap(end)));
      expect(e.code).toBe(code);
      expect(e.details).toStrictEqual({ fn: 'customerMovement', index: position });
      expect(e.message).toContain(inEnd ? 'of endIds' : 'of startIds');
    },
  );

  const badNumberId: fc.Arbitrary<readonly [number, MetricErrorCode]> = fc.oneof(
    fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((v) => !Number.isInteger(v)).map((v) => [v, 'NOT_INTEGER'] as const),
    fc.constantFrom(2 ** 53, -(2 ** 53), 1e300).map((v) => [v, 'OUT_OF_RANGE'] as const),
  );

  test.prop([fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), badNumberId, fc.nat()])(
    'a numeric id that is not a safe integer throws MetricError with the code of its fault',
    (numbers, [bad, code], at) => {
      const list = [...numbers];
      const index = at % (list.length + 1);
      list.splice(index, 0, bad);
      const e = metricErrorOf(() => customerMovement(list, [1]));
      expect(e.code).toBe(code);
      expect(e.details.index).toBe(index);
    },
  );

  test.prop([fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.object())])(
    'a list that is not an iterable of ids throws INVALID_TYPE',
    (notAList) => {
      expect(metricErrorOf(() => customerMovement(notAList as never, ['a'])).code).toBe('INVALID_TYPE');
      expect(metricErrorOf(() => customerMovement(['a'], notAList as never)).code).toBe('INVALID_TYPE');
      // an object with a numeric `length` passes as an array, and is then empty or has bad entries
      expect(['INVALID_TYPE', 'EMPTY_INPUT']).toContain(metricErrorOf(() => retentionSeries(notAList as never)).code);
    },
  );
});

describe('values, records and components', () => {
  const badFlag: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
    fc.integer({ min: -1e6, max: -1 }).map((v) => [v, 'INVALID_COUNTS'] as const),
    fc.double({ min: 0, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)).map((v) => [v, 'NOT_INTEGER'] as const),
    fc.constantFrom(NaN, Infinity).map((v) => [v, 'NOT_FINITE'] as const),
    fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.object()).map((v) => [v, 'INVALID_TYPE'] as const),
  );

  test.prop([fc.array(fc.oneof(fc.boolean(), fc.nat(3)), { maxLength: 30 }), badFlag, fc.nat(), fc.boolean()])(
    'participation and referral: a bad value throws MetricError naming its index',
    (values, [bad, code], at, referral) => {
      const list: unknown[] = [...values];
      const index = at % (list.length + 1);
      list.splice(index, 0, bad);
      const e = metricErrorOf(() => (referral ? referralRate(list as never) : participationRate(list as never)));
      expect(e.code).toBe(code);
      expect(e.details.index).toBe(index);
    },
  );

  const time = fc.integer({ min: 0, max: 2e12 });
  const badRecord = fc.oneof(
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean()).map((r) => [r, 'INVALID_TYPE'] as const),
    fc.constant([{}, 'INVALID_TYPE'] as const),
    fc.record({ receivedAt: time, responded: fc.constant(false), respondedAt: time }).map((r) => [r, 'INVALID_TYPE'] as const),
    fc.record({ receivedAt: time, responded: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }).map((r) => [r, 'INVALID_TYPE'] as const),
    fc.record({ respondedAt: time }).map((r) => [r, 'INVALID_TYPE'] as const),
    // timestamps that cannot be read
    fc.record({ receivedAt: fc.oneof(fc.boolean(), fc.object(), fc.bigInt(), fc.constant('2026-11-02 09:00')) }).map((r) => [r, 'INVALID_DATE'] as const),
    fc.record({ receivedAt: time, respondedAt: fc.oneof(fc.boolean(), fc.object(), fc.bigInt(), fc.constant(NaN)) }).map((r) => [r, 'INVALID_DATE'] as const),
    // a response before the feedback
    fc.tuple(time, fc.integer({ min: 1, max: 1e9 })).map(([t, d]) => [{ receivedAt: t + d, respondedAt: t }, 'NEGATIVE_DURATION'] as const),
  );
  const goodRecord = fc.oneof(
    fc.tuple(time, fc.option(fc.integer({ min: 0, max: 1e9 }))).map(([t, d]) => ({ receivedAt: t, respondedAt: d === null ? null : t + d })),
    fc.record({ responded: fc.boolean() }),
  );

  test.prop([fc.array(goodRecord, { maxLength: 20 }), badRecord, fc.nat()])(
    'feedback: a malformed record throws MetricError naming its index',
    (records, [bad, code], at) => {
      const list: unknown[] = [...records];
      const index = at % (list.length + 1);
      list.splice(index, 0, bad);
      const e = metricErrorOf(() => feedbackResponseRate(list as never));
      expect(e.code).toBe(code);
      expect(e.details).toStrictEqual({ fn: 'feedbackResponseRate', index });
    },
  );

  test.prop([
    fc.array(fc.constantFrom('email', 'chat'), { maxLength: 20 }),
    fc.oneof(fc.constant(''), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean()),
    fc.nat(),
    fc.boolean(),
  ])('channels: a missing, empty or non-string channel throws INVALID_TYPE naming its index', (names, bad, at, asRecords) => {
    const list: unknown[] = ['sms', ...names];
    const index = 1 + (at % list.length);
    list.splice(index, 0, bad);
    const input = asRecords ? list.map((channel) => ({ channel })) : list;
    const e = metricErrorOf(() => channelShares(input as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'channelShares', index });
  });

  test.prop([
    fc.oneof(
      fc.oneof(fc.double({ min: -1e6, max: -1e-9, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity)).map((w) => ({ w, code: 'INVALID_WEIGHTS' as const })),
      notANumber.map((w) => ({ w, code: 'INVALID_WEIGHTS' as const })),
    ),
  ])('engagement: a bad weight throws INVALID_WEIGHTS', ({ w }) => {
    const components = { a: { weight: 1, map: 'percentage' as const }, b: { weight: w as number, map: 'percentage' as const } };
    expect(metricErrorOf(() => engagementScore({ a: 50, b: 50 }, components)).code).toBe('INVALID_WEIGHTS');
  });

  test.prop([
    fc.oneof(
      fc.oneof(fc.double({ min: -1e6, max: -1e-9, noNaN: true }), fc.double({ min: 100.000001, max: 1e6, noNaN: true })).map(
        (v) => [v, 'OUT_OF_RANGE'] as const,
      ),
      fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
      fc.oneof(notANumber, fc.constant(undefined)).map((v) => [v, 'INVALID_TYPE'] as const),
    ),
  ])('engagement: a bad percentage input throws MetricError', ([bad, code]) => {
    const e = metricErrorOf(() => engagementScore({ a: bad as number }, { a: { weight: 1, map: 'percentage' } }));
    expect(e.code).toBe(code);
  });
});

describe('inputs of no accepted form', () => {
  const notAnInput = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.constant(Symbol('x')),
  );
  const everyMetric: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
    ['participationRate', (i) => participationRate(i as never)],
    ['referralRate', (i) => referralRate(i as never)],
    ['feedbackResponseRate', (i) => feedbackResponseRate(i as never)],
    ['channelShares', (i) => channelShares(i as never)],
    ['customerRetentionRate', (i) => customerRetentionRate(i as never)],
    ['churnRate', (i) => churnRate(i as never)],
    ['retentionSeries', (i) => retentionSeries(i as never)],
    ['engagementScore', (i) => engagementScore(i as never, { a: { weight: 1, map: 'percentage' } })],
  ];

  test.prop([fc.constantFrom(...everyMetric), notAnInput])(
    'an input that is neither counts nor a list throws INVALID_TYPE naming the function',
    ([name, f], bad) => {
      const e = metricErrorOf(() => f(bad));
      expect(e.code).toBe('INVALID_TYPE');
      expect(e.details).toStrictEqual({ fn: name });
    },
  );

  test.prop([fc.constantFrom(...everyMetric.filter(([name]) => name !== 'channelShares')), fc.array(fc.tuple(fc.string(), fc.nat()))])(
    'a Map is counts for channelShares only; every other metric refuses it with INVALID_TYPE',
    ([, f], entries) => {
      expect(metricErrorOf(() => f(new Map(entries))).code).toBe('INVALID_TYPE');
    },
  );

  test.prop([
    fc.constantFrom(...everyMetric.filter(([name]) => ['customerRetentionRate', 'churnRate', 'engagementScore'].includes(name))),
    fc.oneof(fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.record({ start: fc.nat() }), { maxLength: 5 })),
  ])('a metric that takes nothing but counts refuses a list with INVALID_TYPE', ([, f], list) => {
    expect(metricErrorOf(() => f(list)).code).toBe('INVALID_TYPE');
    function* each(): Generator {
      yield* list;
    }
    expect(metricErrorOf(() => f(each())).code).toBe('INVALID_TYPE');
  });

  test.prop([
    fc.constantFrom(...everyMetric.filter(([name]) => ['feedbackResponseRate', 'channelShares', 'retentionSeries'].includes(name))),
    fc.constantFrom(Uint8Array, Float64Array, Int32Array),
    fc.nat(10),
  ])('a metric of records refuses a typed array with INVALID_TYPE', ([, f], Typed, n) => {
    expect(metricErrorOf(() => f(new Typed(n))).code).toBe('INVALID_TYPE');
  });
});
