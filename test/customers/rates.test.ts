import { describe, expect, test } from 'vitest';
import { feedbackResponseRate, participationRate, referralRate } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('participationRate: participants / count × 100', () => {
  test('120 of 480 customers in the loyalty programme give 25', () => {
    expect(participationRate({ participants: 120, count: 480 })).toBe(25);
  });

  test('one boolean per customer counts the true ones', () => {
    expect(participationRate([true, false, false, true])).toBe(50);
  });

  test('one count per customer counts those with 1 or more, from any array kind', () => {
    expect(participationRate([0, 3, 1, 0, 0])).toBe(40);
    expect(participationRate(Uint8Array.from([0, 3, 1, 0, 0]))).toBe(40);
    expect(participationRate(Float64Array.from([2, 0]))).toBe(50);
  });

  test('is not rounded: 1 of 3 gives 100 / 3', () => {
    expect(participationRate({ participants: 1, count: 3 })).toBe(100 / 3);
  });

  test('reads any iterable of values, such as a generator: 1 of 4 gives 25', () => {
    function* visits(): Generator<number> {
      yield 0;
      yield 2;
      yield 0;
      yield 0;
    }
    expect(participationRate(visits())).toBe(25);
  });

  test('the counts are { participants, count }: a 0.1 total is not read as the count', () => {
    expect(metricErrorOf(() => participationRate({ participants: 1, total: 2 } as never)).message).toBe(
      'participationRate: counts.count is missing',
    );
  });

  test('participants greater than count is INVALID_COUNTS; a count of 0 and no values are EMPTY_INPUT', () => {
    expect(metricErrorOf(() => participationRate({ participants: 5, count: 4 })).message).toBe(
      'participationRate: counts.participants 5 is greater than counts.count 4',
    );
    expect(metricErrorOf(() => participationRate({ participants: 0, count: 0 })).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => participationRate([])).code).toBe('EMPTY_INPUT');
  });

  test('a value that is not a boolean or a whole count ≥ 0 is refused, naming its index', () => {
    const e = metricErrorOf(() => participationRate([true, 2, 0, -1]));
    expect(e.code).toBe('INVALID_COUNTS');
    expect(e.details).toStrictEqual({ fn: 'participationRate', index: 3 });
    expect(metricErrorOf(() => participationRate([1, 0.5])).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => participationRate([1, NaN])).code).toBe('NOT_FINITE');
    expect(metricErrorOf(() => participationRate([1, 'yes'] as never)).message).toBe(
      'participationRate: value "yes" at index 1 is a string, not a boolean or a count',
    );
    expect(metricErrorOf(() => participationRate('yes' as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => participationRate(new Map() as never)).code).toBe('INVALID_TYPE');
  });
});

describe('referralRate: customers who referred / all customers × 100', () => {
  test('25 of 500 give 5', () => {
    expect(referralRate({ referred: 25, count: 500 })).toBe(5);
  });

  test('counts customers, not referrals: one who referred two people counts once', () => {
    expect(referralRate([0, 2, 0, 0, 1, 0, 0, 0])).toBe(25);
  });

  test('referred greater than count is INVALID_COUNTS; a missing count too', () => {
    expect(metricErrorOf(() => referralRate({ referred: 6, count: 5 })).code).toBe('INVALID_COUNTS');
    expect(metricErrorOf(() => referralRate({ count: 5 } as never)).message).toBe('referralRate: counts.referred is missing');
  });
});

describe('feedbackResponseRate: feedback answered / feedback received × 100', () => {
  test('45 answered of 60 give 75', () => {
    expect(feedbackResponseRate({ responded: 45, count: 60 })).toBe(75);
  });

  test('a record counts as answered with a respondedAt or responded: true', () => {
    expect(
      feedbackResponseRate([
        { receivedAt: '2026-11-02T09:00:00Z', respondedAt: '2026-11-02T11:30:00Z' },
        { receivedAt: '2026-11-03T14:00:00Z', respondedAt: null },
        { receivedAt: new Date(0) },
        { receivedAt: 1_700_000_000_000, respondedAt: 1_700_000_360_000, responded: true },
        { responded: true },
        { responded: false },
      ]),
    ).toBe(50);
  });

  test('reads records from any iterable, such as a Set', () => {
    expect(feedbackResponseRate(new Set([{ responded: true }, { receivedAt: 1 }]))).toBe(50);
  });

  test('respondedAt undefined or null means no response', () => {
    expect(feedbackResponseRate([{ receivedAt: 1, respondedAt: undefined }, { receivedAt: 1, respondedAt: 2 }])).toBe(50);
  });

  test('responded: false with a respondedAt contradicts itself and is refused, naming the record', () => {
    const e = metricErrorOf(() => feedbackResponseRate([{ receivedAt: 1 }, { receivedAt: 1, responded: false, respondedAt: 2 }]));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'feedbackResponseRate', index: 1 });
    expect(e.message).toBe(
      'feedbackResponseRate: record at index 1 has responded false but a respondedAt; the two contradict each other',
    );
  });

  test('a record needs a receivedAt or a boolean responded', () => {
    expect(metricErrorOf(() => feedbackResponseRate([{} as never])).message).toBe(
      'feedbackResponseRate: record at index 0 has neither receivedAt nor responded; give one of them',
    );
    expect(metricErrorOf(() => feedbackResponseRate([{ respondedAt: 5 } as never])).code).toBe('INVALID_TYPE');
  });

  test('responded must be a boolean, a record an object, a timestamp a Date, epoch ms or an ISO string with an offset', () => {
    expect(metricErrorOf(() => feedbackResponseRate([{ receivedAt: 1, responded: 'yes' } as never])).message).toBe(
      'feedbackResponseRate: record at index 0 has responded "yes"; it must be true or false',
    );
    expect(metricErrorOf(() => feedbackResponseRate([{ receivedAt: 1 }, null as never])).details).toStrictEqual({
      fn: 'feedbackResponseRate',
      index: 1,
    });
    expect(metricErrorOf(() => feedbackResponseRate([{ receivedAt: {} } as never])).code).toBe('INVALID_DATE');
    expect(metricErrorOf(() => feedbackResponseRate([{ receivedAt: 1, respondedAt: true } as never])).code).toBe('INVALID_DATE');
    expect(metricErrorOf(() => feedbackResponseRate([{ receivedAt: '2026-11-02 09:00' }])).code).toBe('INVALID_DATE');
  });

  test('a response before the feedback it answers is refused', () => {
    const e = metricErrorOf(() =>
      feedbackResponseRate([{ receivedAt: '2026-11-02T09:00:00Z', respondedAt: '2026-11-02T08:59:00Z' }]),
    );
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'feedbackResponseRate', index: 0 });
    expect(feedbackResponseRate([{ receivedAt: '2026-11-02T09:00:00Z', respondedAt: '2026-11-02T10:00:00+01:00' }])).toBe(100);
  });

  test('no records, a count of 0 and responded > count are refused', () => {
    expect(metricErrorOf(() => feedbackResponseRate([])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => feedbackResponseRate({ responded: 0, count: 0 })).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => feedbackResponseRate({ responded: 61, count: 60 })).code).toBe('INVALID_COUNTS');
  });
});
