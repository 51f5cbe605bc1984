import { describe, expectTypeOf, test } from 'vitest';
import {
  type ChannelShare,
  channelShares,
  type ChannelShares,
  churnRate,
  type FeedbackCounts,
  type ParticipationCounts,
  type ReferralCounts,
  customerMovement,
  type CustomerMovement,
  customerRetentionRate,
  engagementScore,
  feedbackResponseRate,
  participationRate,
  referralRate,
  type RetentionPeriod,
  retentionSeries,
} from '../../src/index.js';

describe('retention and churn', () => {
  test('the rates take their counts and return numbers', () => {
    expectTypeOf(customerRetentionRate).toBeCallableWith({ start: 200, end: 200, acquired: 20 });
    expectTypeOf(customerRetentionRate).returns.toEqualTypeOf<number>();
    expectTypeOf(churnRate).toBeCallableWith({ start: 250, lost: 20 });
    expectTypeOf(churnRate).returns.toEqualTypeOf<number>();
    // @ts-expect-error retention needs acquired
    customerRetentionRate({ start: 200, end: 200 });
    // @ts-expect-error churn needs lost
    churnRate({ start: 250 });
  });

  test('customerMovement takes iterables of string or number ids and returns readonly counts and rates', () => {
    expectTypeOf(customerMovement).toBeCallableWith(['a'], new Set(['b']));
    expectTypeOf(customerMovement).toBeCallableWith([1, 2], new Map([[3, 'x']]).keys());
    expectTypeOf(customerMovement(['a'], ['b'])).toEqualTypeOf<CustomerMovement>();
    expectTypeOf<CustomerMovement>().toEqualTypeOf<{
      readonly start: number;
      readonly end: number;
      readonly retained: number;
      readonly lost: number;
      readonly acquired: number;
      readonly retentionRate: number;
      readonly churnRate: number;
    }>();
    // @ts-expect-error ids are strings or numbers
    customerMovement([{ id: 1 }], []);
  });

  test('retentionSeries keeps the type of the labels', () => {
    const rows = retentionSeries([{ label: 'Jan', start: 10, end: 10, acquired: 1 }]);
    expectTypeOf(rows).toEqualTypeOf<RetentionPeriod[]>();
    expectTypeOf(rows[0]!.label).toEqualTypeOf<string | undefined>();
    const dated = retentionSeries([
      { label: new Date(0), ids: ['a'] },
      { label: new Date(1), ids: ['a'] },
    ]);
    expectTypeOf(dated).toEqualTypeOf<RetentionPeriod<Date>[]>();
    expectTypeOf(retentionSeries([['a'], new Set(['a'])])).toEqualTypeOf<RetentionPeriod[]>();
    // @ts-expect-error a row needs all three counts
    retentionSeries([{ start: 10, end: 10 }]);
  });
});

describe('rates, engagement and channels', () => {
  test('the yes/no rates take counts or one value per customer', () => {
    expectTypeOf(participationRate).toBeCallableWith({ participants: 1, count: 2 });
    expectTypeOf(participationRate).toBeCallableWith([true, false]);
    expectTypeOf(participationRate).toBeCallableWith(new Uint8Array(3));
    expectTypeOf(referralRate).toBeCallableWith({ referred: 1, count: 2 });
    expectTypeOf(referralRate).toBeCallableWith([0, 2, 1]);
    // @ts-expect-error referral counts are { referred, count }
    referralRate({ participants: 1, count: 2 });
  });

  test('the counts carry count, no longer total', () => {
    // counts are numbers or BigInts, as database drivers return them
    expectTypeOf<ParticipationCounts>().toEqualTypeOf<{ readonly participants: number | bigint; readonly count: number | bigint }>();
    expectTypeOf<ReferralCounts>().toEqualTypeOf<{ readonly referred: number | bigint; readonly count: number | bigint }>();
    expectTypeOf<FeedbackCounts>().toEqualTypeOf<{ readonly responded: number | bigint; readonly count: number | bigint }>();
    // @ts-expect-error total was renamed count
    participationRate({ participants: 1, total: 2 });
    // @ts-expect-error total was renamed count
    feedbackResponseRate({ responded: 1, total: 2 });
  });

  test('values and records may come from any iterable', () => {
    expectTypeOf(participationRate).toBeCallableWith(new Set([1, 2]));
    expectTypeOf(referralRate).toBeCallableWith((function* () { yield true; })());
    expectTypeOf(feedbackResponseRate).toBeCallableWith(new Set([{ responded: true }]));
    expectTypeOf(channelShares(new Set(['a']))).toEqualTypeOf<ChannelShares>();
    expectTypeOf(retentionSeries((function* () { yield { start: 1, end: 1, acquired: 0 }; })())).toEqualTypeOf<RetentionPeriod[]>();
  });

  test('feedbackResponseRate takes counts or records with receivedAt or responded', () => {
    expectTypeOf(feedbackResponseRate).toBeCallableWith({ responded: 45, count: 60 });
    expectTypeOf(feedbackResponseRate).toBeCallableWith([
      { receivedAt: new Date(), respondedAt: null },
      { receivedAt: '2026-11-02T09:00:00Z', respondedAt: '2026-11-02T10:00:00Z' },
      { responded: true },
    ]);
    // @ts-expect-error a record needs receivedAt or responded
    feedbackResponseRate([{ respondedAt: 5 }]);
    // @ts-expect-error responded is a boolean
    feedbackResponseRate([{ responded: 'yes' }]);
  });

  test('engagementScore needs a component for every input and an input for every component', () => {
    expectTypeOf(engagementScore).returns.toEqualTypeOf<number>();
    engagementScore({ a: 1 }, { a: { weight: 1, map: 'percentage' } });
    engagementScore({ a: 1 }, { a: { weight: 1, map: { min: 0, max: 10 } } });
    // @ts-expect-error component b has no input
    engagementScore({ a: 1 }, { a: { weight: 1, map: 'percentage' }, b: { weight: 1, map: 'percentage' } });
    // @ts-expect-error map is 'percentage' or a range
    engagementScore({ a: 1 }, { a: { weight: 1, map: 'percent' } });
  });

  test('channelShares keeps the channel names of counts, and takes names or records', () => {
    const shares = channelShares({ email: 1, chat: 2 });
    expectTypeOf(shares).toEqualTypeOf<ChannelShares<'email' | 'chat'>>();
    expectTypeOf(shares.channels.email).toEqualTypeOf<ChannelShare>();
    expectTypeOf(shares.count).toEqualTypeOf<number>();
    expectTypeOf<ChannelShares>().not.toHaveProperty('total');
    expectTypeOf(channelShares(['a', 'b'])).toEqualTypeOf<ChannelShares>();
    expectTypeOf(channelShares([{ channel: 'a', id: 1 }])).toEqualTypeOf<ChannelShares>();
    expectTypeOf(channelShares([{ source: 'a' }], 'source')).toEqualTypeOf<ChannelShares>();
    expectTypeOf(channelShares([{ source: { name: 'a' } }], (r) => r.source.name)).toEqualTypeOf<ChannelShares>();
    // @ts-expect-error records without a channel field need `by`
    channelShares([{ source: 'a' }]);
    // @ts-expect-error by must name a field of the records
    channelShares([{ source: 'a' }], 'channel');
  });
});
