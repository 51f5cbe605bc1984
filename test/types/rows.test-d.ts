import { describe, expectTypeOf, test } from 'vitest';
import { nps, npsInterval, period, segment, tallyRows, type Count, type Segment, type Tally } from '../../src/index.js';

describe('rows in: tallyRows, BigInt counts, frequencies', () => {
  test('tallyRows takes row objects, pairs or a Map, and returns a Tally of numbers', () => {
    expectTypeOf(tallyRows([{ score: 9, n: 3n }], { scale: { min: 0, max: 10 }, value: 'score', count: 'n' })).toEqualTypeOf<Tally>();
    expectTypeOf(tallyRows([[9, 3]], { scale: { min: 0, max: 10 } })).toEqualTypeOf<Tally>();
    expectTypeOf(tallyRows(new Map([[9n, 3n]]), { scale: { min: 0, max: 10 } })).toEqualTypeOf<Tally>();
    expectTypeOf<Tally['counts']>().toEqualTypeOf<readonly number[]>();
    // @ts-expect-error the scale is required
    tallyRows([[9, 3]], {});
  });

  test('counts may be BigInts wherever counts are taken, tallies included', () => {
    expectTypeOf<Count>().toEqualTypeOf<number | bigint>();
    expectTypeOf(nps).toBeCallableWith({ promoters: 7n, passives: 2n, detractors: 1n });
    expectTypeOf(nps).toBeCallableWith({ scale: { min: 0, max: 10 }, counts: [1n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 3n] });
    expectTypeOf(npsInterval).toBeCallableWith([9, 3], { frequencies: [5n, 2n] });
    // @ts-expect-error a count is a number or a BigInt, not text
    nps({ promoters: '7', passives: 2, detractors: 1 });
  });
});

describe('segment by several keys, period keys', () => {
  const rows = [{ team: 'billing', channel: 'chat' as 'chat' | 'email', at: '2026-03-02T09:00:00Z', score: 9 }];

  test('a list of keys gives tuple keys, one entry per key, also for a list of one', () => {
    expectTypeOf(segment(rows, ['team', 'channel'], (g) => g.length)).toEqualTypeOf<Segment<readonly [string, 'chat' | 'email'], number>[]>();
    expectTypeOf(segment(rows, ['team'], (g) => g.length)).toEqualTypeOf<Segment<readonly [string], number>[]>();
    expectTypeOf(segment(rows, ['team', period('at', { every: 'week' })], (g) => g.length)).toEqualTypeOf<Segment<readonly [string, string], number>[]>();
    expectTypeOf(segment(rows, ['team'], (g) => g.length, { onEmpty: 'skip' })).toEqualTypeOf<Segment<readonly [string], number | undefined>[]>();
  });

  test('period is a key function of records that hold the timestamp field', () => {
    expectTypeOf(period('at', { every: 'month', timeZone: 'Europe/Berlin' })).toEqualTypeOf<(record: { readonly at: Date | number | string }, index: number) => string>();
    // @ts-expect-error the records have no field 'createdAt'
    segment(rows, [period('createdAt', { every: 'week' })], (g) => g.length);
    // @ts-expect-error 'fortnight' is not a period
    period('at', { every: 'fortnight' });
  });
});
