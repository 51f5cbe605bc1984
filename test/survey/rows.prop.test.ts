/**
 * Invariants of counted input: tallyRows agrees with tally on the answers
 * written out; BigInt and number counts give identical results; frequencies
 * give the results of the expanded answers; every bad row throws a
 * MetricError naming its index.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csatInterval, nps, npsInterval, npsSummary, tally, tallyRows, type MetricErrorCode } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** A scale and rows of (value, count) on it; values may repeat. */
const scaleRows = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
  .map(([min, span]) => ({ min, max: min + span }))
  .chain((scale) => fc.tuple(fc.constant(scale), fc.array(fc.tuple(fc.integer({ min: scale.min, max: scale.max }), fc.nat({ max: 40 })), { maxLength: 15 })));

const expand = (rows: readonly (readonly [number, number])[]) => rows.flatMap(([v, n]) => Array<number>(n).fill(v));
const big = (rows: readonly (readonly [number, number])[]) => rows.map(([v, n]) => [v, BigInt(n)] as const);

describe('tallyRows and frequencies agree with the answers written out', () => {
  test.prop([scaleRows, fc.constantFrom('objects', 'pairs', 'map')])('tallyRows equals tally of the expanded values, in every form of rows', ([scale, rows], form) => {
    const expected = tally(expand(rows), scale);
    if (form === 'objects') expect(tallyRows(rows.map(([v, n]) => ({ v, n })), { scale, value: 'v', count: 'n' })).toStrictEqual(expected);
    else if (form === 'pairs') expect(tallyRows(rows, { scale })).toStrictEqual(expected);
    else {
      // a Map holds each value once: add up repeated rows first, as GROUP BY would
      const map = new Map<number, number>();
      for (const [v, n] of rows) map.set(v, (map.get(v) ?? 0) + n);
      expect(tallyRows(map, { scale })).toStrictEqual(expected);
    }
  });

  test.prop([scaleRows])('BigInt and number counts give identical tallies', ([scale, rows]) => {
    expect(tallyRows(big(rows), { scale })).toStrictEqual(tallyRows(rows, { scale }));
  });

  const npsRows = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.nat({ max: 30 })), { minLength: 1, maxLength: 12 }).filter((rows) => rows.some(([, n]) => n > 0));

  test.prop([npsRows])('NPS from BigInt counts, number counts, frequencies and expanded answers is one result', (rows) => {
    const values = rows.map(([v]) => v);
    const counts = rows.map(([, n]) => n);
    const expanded = expand(rows);
    const summary = npsSummary(expanded);
    expect(npsSummary(values, { frequencies: counts })).toStrictEqual(summary);
    expect(npsSummary(values, { frequencies: counts.map(BigInt) })).toStrictEqual(summary);
    const { promoters, passives, detractors } = summary;
    expect(nps({ promoters: BigInt(promoters), passives: BigInt(passives), detractors: BigInt(detractors) })).toBe(nps({ promoters, passives, detractors }));
    expect(npsInterval(values, { frequencies: counts.map(BigInt) })).toStrictEqual(npsInterval(expanded));
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.nat({ max: 30 })), { minLength: 1, maxLength: 10 }).filter((rows) => rows.some(([, n]) => n > 0))])(
    'a CSAT interval from frequencies is that of the expanded answers',
    (rows) => {
      expect(csatInterval(rows.map(([v]) => v), { frequencies: rows.map(([, n]) => BigInt(n)) })).toStrictEqual(csatInterval(expand(rows)));
    },
  );
});

describe('every bad row throws a MetricError naming tallyRows and the row', () => {
  const bad: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
    fc.integer({ min: -1e6, max: -1 }).map((n) => [n, 'INVALID_COUNTS'] as const),
    fc.bigInt({ min: -(2n ** 40n), max: -1n }).map((n) => [n, 'INVALID_COUNTS'] as const),
    fc.double({ min: 0, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)).map((n) => [n, 'NOT_INTEGER'] as const),
    fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }).map((n) => [n, 'OUT_OF_RANGE'] as const),
    fc.constantFrom(NaN, Infinity).map((n) => [n, 'NOT_FINITE'] as const),
    fc.constantFrom('3', null, true, {}).map((n) => [n, 'INVALID_TYPE'] as const),
    fc.constant(undefined).map((n) => [n, 'INVALID_COUNTS'] as const),
  );

  test.prop([scaleRows, fc.nat(), bad])('a bad count in any row', ([scale, rows], at, [count, code]) => {
    const objects: { value: number; count: unknown }[] = rows.map(([value, n]) => ({ value, count: n }));
    const index = at % (objects.length + 1);
    objects.splice(index, 0, { value: scale.min, count });
    const e = metricErrorOf(() => tallyRows(objects, { scale }));
    expect([e.code, e.details]).toStrictEqual([code, { fn: 'tallyRows', index }]);
  });

  test.prop([scaleRows, fc.nat(), fc.oneof(fc.constant(undefined), fc.integer({ min: 100, max: 1e6 }), fc.constant(0.5))])('a missing or bad value in any row', ([scale, rows], at, value) => {
    const pairs: (readonly [unknown, number])[] = rows.map(([v, n]) => [v, n] as const);
    const index = at % (pairs.length + 1);
    pairs.splice(index, 0, [value, 1]);
    const e = metricErrorOf(() => tallyRows(pairs as never, { scale }));
    expect(e.details).toStrictEqual({ fn: 'tallyRows', index });
    expect(e.code).toBe(value === undefined ? 'INVALID_TYPE' : value === 0.5 ? 'NOT_INTEGER' : 'OUT_OF_RANGE');
  });
});
