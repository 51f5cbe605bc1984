import { describe, expect, test } from 'vitest';
import { averageHandleTime, businessCalendar, handleTimeSummary } from '../../src/index.js';
import { errorOf, MINUTE } from './helpers.js';

/** 2026-11-03 (a Tuesday) at hh:mm:ss UTC. */
const t = (hhmmss: string) => `2026-11-03T${hhmmss}Z`;

describe('averageHandleTime from calls with timestamps: wrapUpEndedAt − answeredAt', () => {
  const calls = [
    // 5 minutes of talk and hold, 1 of wrap-up: 6 minutes
    { answeredAt: t('09:00:00'), endedAt: t('09:05:00'), wrapUpEndedAt: t('09:06:00') },
    // 8 and 2: 10 minutes
    { answeredAt: t('09:10:00'), endedAt: t('09:18:00'), wrapUpEndedAt: t('09:20:00') },
  ];

  test('6 and 10 minutes average 8 minutes; in milliseconds without a unit', () => {
    expect(averageHandleTime(calls, { unit: 'minutes' })).toBe(8);
    expect(averageHandleTime(calls)).toBe(8 * MINUTE);
    expect(averageHandleTime(calls, { unit: 'seconds' })).toBe(480);
  });

  test('endedAt is optional: the handle time runs from the answer to the end of the wrap-up', () => {
    expect(averageHandleTime([{ answeredAt: t('09:00:00'), wrapUpEndedAt: t('09:07:30') }], { unit: 'minutes' })).toBe(7.5);
  });

  test('a call without wrap-up gives wrapUpEndedAt equal to endedAt', () => {
    expect(averageHandleTime([{ answeredAt: t('09:00:00'), endedAt: t('09:04:00'), wrapUpEndedAt: t('09:04:00') }], { unit: 'minutes' })).toBe(4);
  });

  test('calls not answered, and calls not wrapped up yet, are left out and counted', () => {
    const all = [
      ...calls,
      { answeredAt: null, endedAt: t('09:01:00') }, // abandoned in the queue
      { answeredAt: t('09:30:00'), endedAt: t('09:33:00') }, // wrap-up still going on
      { answeredAt: t('09:40:00') }, // still talking
    ];
    expect(averageHandleTime(all, { unit: 'minutes' })).toBe(8);
    // 6 and 10: median h = 0.5 → 8; p90 h = 0.9 → 6 + 0.9 × 4 = 9.6
    expect(handleTimeSummary(all, { unit: 'minutes' })).toStrictEqual({ count: 2, sum: 16, mean: 8, median: 8, p90: 9.6, min: 6, max: 10, leftOut: 3 });
  });

  test('timestamps may be epoch milliseconds, Dates or ISO strings with an offset, mixed', () => {
    const answered = Date.UTC(2026, 10, 3, 9);
    const mixed = [
      { answeredAt: answered, endedAt: new Date(answered + 4 * MINUTE), wrapUpEndedAt: '2026-11-03T10:05:00+01:00' },
      { answeredAt: new Date(answered), wrapUpEndedAt: answered + 7 * MINUTE },
    ];
    expect(averageHandleTime(mixed, { unit: 'minutes' })).toBe(6);
  });

  test('with a calendar, each call is measured in working time', () => {
    const office = [['09:00', '17:00']] as const;
    const calendar = businessCalendar({
      timeZone: 'UTC',
      week: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
    });
    // answered 16:50, wrapped up 17:20: 10 working minutes of 30
    const late = [{ answeredAt: t('16:50:00'), endedAt: t('17:05:00'), wrapUpEndedAt: t('17:20:00') }];
    expect(averageHandleTime(late, { unit: 'minutes' })).toBe(30);
    expect(averageHandleTime(late, { unit: 'minutes', calendar })).toBe(10);
  });

  test('the records path gives what the durations path gives', () => {
    expect(handleTimeSummary(calls, { unit: 'minutes' })).toStrictEqual(handleTimeSummary([6, 10]));
  });
});

describe('averageHandleTime from totals and parts', () => {
  test('totals { sum, count }: 4500 over 10 calls is 450', () => {
    expect(averageHandleTime({ sum: 4500, count: 10 })).toBe(450);
  });

  test('the parts summed over the calls give the same: (3000 + 600 + 900) / 10', () => {
    expect(averageHandleTime({ talkTime: 3000, holdTime: 600, afterCallWork: 900, count: 10 })).toBe(450);
    expect(handleTimeSummary({ talkTime: 3000, holdTime: 600, afterCallWork: 900, count: 10 })).toStrictEqual({
      count: 10,
      sum: 4500,
      mean: 450,
      median: undefined,
      p90: undefined,
      min: undefined,
      max: undefined,
      leftOut: 0,
    });
  });

  test('calls by their parts: each call is talk + hold + after-call work', () => {
    const calls = [
      { talkTime: 240, holdTime: 30, afterCallWork: 60 },
      { talkTime: 420, holdTime: 0, afterCallWork: 90 },
      { talkTime: 100, holdTime: 20, afterCallWork: 0 },
    ];
    // 330, 510, 120: median 330; p90 h = 1.8 → 330 + 0.8 × 180 = 474
    expect(handleTimeSummary(calls)).toStrictEqual({ count: 3, sum: 960, mean: 320, median: 330, p90: 474, min: 120, max: 510, leftOut: 0 });
  });

  test('a call by its parts is read by them, also when it has timestamps', () => {
    const call = { answeredAt: t('09:00:00'), endedAt: t('09:30:00'), wrapUpEndedAt: t('09:40:00'), talkTime: 240, holdTime: 30, afterCallWork: 60 };
    expect(averageHandleTime([call])).toBe(330);
  });

  test('any iterable: a Set of handle times, a generator of calls', () => {
    expect(averageHandleTime(new Set([330, 510]))).toBe(420);
    function* calls() {
      yield { talkTime: 240, holdTime: 30, afterCallWork: 60 };
      yield { talkTime: 420, holdTime: 0, afterCallWork: 90 };
    }
    expect(averageHandleTime(calls())).toBe(420);
  });
});

describe('averageHandleTime: bad input', () => {
  test('an end of the conversation before the answer: NEGATIVE_DURATION naming both fields', () => {
    const e = errorOf(() => averageHandleTime([{ answeredAt: t('09:10:00'), endedAt: t('09:05:00'), wrapUpEndedAt: t('09:20:00') }]));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'averageHandleTime', index: 0 });
    expect(e.message).toBe(
      'averageHandleTime: calls[0].endedAt (2026-11-03T09:05:00.000Z) is before calls[0].answeredAt (2026-11-03T09:10:00.000Z)',
    );
  });

  test('a wrap-up that ends before the conversation: NEGATIVE_DURATION', () => {
    const e = errorOf(() => averageHandleTime([{ answeredAt: t('09:00:00'), endedAt: t('09:05:00'), wrapUpEndedAt: t('09:04:00') }]));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.message).toContain('calls[0].wrapUpEndedAt (2026-11-03T09:04:00.000Z) is before calls[0].endedAt');
  });

  test('a call with timestamps but no answeredAt field: INVALID_TYPE (null says not answered)', () => {
    const e = errorOf(() => averageHandleTime([{ answeredAt: t('09:00:00'), wrapUpEndedAt: t('09:05:00') }, { wrapUpEndedAt: t('09:05:00') }] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe('averageHandleTime: calls[1].answeredAt is missing; give null for a call not answered');
  });

  test('calls of both kinds: INVALID_TYPE, either way round', () => {
    const timed = { answeredAt: t('09:00:00'), wrapUpEndedAt: t('09:05:00') };
    const parts = { talkTime: 1, holdTime: 0, afterCallWork: 0 };
    expect(errorOf(() => averageHandleTime([timed, parts] as never)).message).toBe(
      'averageHandleTime: calls[1] gives talkTime, holdTime or afterCallWork, and calls[0] gives none; give every call its parts, or every call its timestamps',
    );
    expect(errorOf(() => averageHandleTime([parts, timed] as never)).message).toBe(
      'averageHandleTime: calls[1].talkTime is missing; give 0 when there was none',
    );
  });

  test('no call handled to its end: EMPTY_INPUT saying why', () => {
    const e = errorOf(() => averageHandleTime([{ answeredAt: null }, { answeredAt: t('09:00:00') }]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe(
      'averageHandleTime: no call has been handled to the end of its wrap-up (2 calls, all left out: not answered, or without wrapUpEndedAt)',
    );
  });

  test('unit and calendar apply to timestamps only', () => {
    const refusedWith = [[330, 510], { sum: 4500, count: 10 }, { talkTime: 3, holdTime: 0, afterCallWork: 0, count: 1 }, [{ talkTime: 3, holdTime: 0, afterCallWork: 0 }]];
    for (const input of refusedWith) {
      const e = errorOf(() => averageHandleTime(input as never, { unit: 'minutes' }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain('option unit applies to timestamps');
    }
    expect(errorOf(() => averageHandleTime([{ talkTime: 3, holdTime: 0, afterCallWork: 0 }], { unit: 'minutes' })).message).toBe(
      'averageHandleTime: option unit applies to timestamps; talk, hold and after-call work times are already in your unit, so leave unit out (or convert them yourself)',
    );
  });

  test.each([
    ['an unknown option', [330], { units: 'minutes' }, 'INVALID_OPTION'],
    ['null options', [330], null, 'INVALID_OPTION'],
    ['an unreadable timestamp', [{ answeredAt: 'soon', wrapUpEndedAt: t('09:05:00') }], undefined, 'INVALID_DATE'],
    ['a timestamp without an offset', [{ answeredAt: '2026-11-03 09:00', wrapUpEndedAt: t('09:05:00') }], undefined, 'INVALID_DATE'],
    ['totals { sum } without a count', { sum: 5 }, undefined, 'INVALID_COUNTS'],
    ['totals { sum, count } with a negative sum', { sum: -5, count: 1 }, undefined, 'NEGATIVE_DURATION'],
    ['parts that add up past the largest number', { talkTime: 1e308, holdTime: 1e308, afterCallWork: 0, count: 2 }, undefined, 'NOT_FINITE'],
    ['calls whose parts add up past the largest number', [{ talkTime: 1e308, holdTime: 1e308, afterCallWork: 0 }], undefined, 'NOT_FINITE'],
    ['a Map', new Map([['sum', 1]]), undefined, 'INVALID_TYPE'],
  ])('%s', (_name, input, options, code) => {
    expect(errorOf(() => averageHandleTime(input as never, options as never)).code).toBe(code);
  });
});
