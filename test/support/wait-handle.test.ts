import { describe, expect, test } from 'vitest';
import { averageHandleTime, averageWaitTime, waitTimeSummary } from '../../src/index.js';
import { errorOf } from './helpers.js';

const t = (mmss: string) => `2026-11-03T09:${mmss}Z`;

describe('averageWaitTime = total waiting time / customers served', () => {
  test('500 minutes over 200 calls is 2.5 minutes: totals { sum, count }', () => {
    expect(averageWaitTime({ sum: 500, count: 200 })).toBe(2.5);
  });

  test('the same from durations', () => {
    expect(averageWaitTime(Array<number>(200).fill(2.5))).toBe(2.5);
    expect(averageWaitTime([30, 90, 0])).toBe(40);
  });

  test('from call records: unanswered calls are left out of both sums and counted', () => {
    const calls = [
      { queuedAt: t('00:00'), answeredAt: t('01:30') },
      { queuedAt: t('02:00'), answeredAt: t('02:30') },
      { queuedAt: t('05:00') },
      { queuedAt: t('06:00'), answeredAt: null },
    ];
    expect(averageWaitTime(calls, { unit: 'seconds' })).toBe(60);
    expect(waitTimeSummary(calls, { unit: 'seconds' })).toStrictEqual({ count: 2, sum: 120, mean: 60, median: 60, p90: 84, min: 30, max: 90, leftOut: 2 });
  });

  test('a negative wait names its index: "averageWaitTime: durations[3] -5 is negative"', () => {
    const e = errorOf(() => averageWaitTime([1, 2, 3, -5]));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'averageWaitTime', index: 3 });
    expect(e.message).toBe('averageWaitTime: durations[3] -5 is negative');
  });

  test('an answer before the call was queued: NEGATIVE_DURATION', () => {
    expect(errorOf(() => averageWaitTime([{ queuedAt: t('05:00'), answeredAt: t('04:00') }])).message).toContain('calls[0].answeredAt');
  });

  test.each([
    ['none served, with waiting time', { sum: 5, count: 0 }, 'INVALID_COUNTS'],
    ['none served', { sum: 0, count: 0 }, 'EMPTY_INPUT'],
    ['no call answered', [{ queuedAt: t('00:00') }], 'EMPTY_INPUT'],
    ['totals of another shape (0.1: { total, count })', { total: 5, count: 1 }, 'INVALID_TYPE'],
    ['totals of another shape (0.1: { totalWait, served })', { totalWait: 5, served: 1 }, 'INVALID_TYPE'],
    ['a call without queuedAt', [{ answeredAt: t('00:00') }], 'INVALID_TYPE'],
  ])('%s', (_name, input, code) => {
    expect(errorOf(() => averageWaitTime(input as never)).code).toBe(code);
  });
});

describe('averageHandleTime = (talk + hold + after-call work) / calls', () => {
  test('from totals: (3000 + 600 + 900) / 10 = 450', () => {
    expect(averageHandleTime({ talkTime: 3000, holdTime: 600, afterCallWork: 900, count: 10 })).toBe(450);
  });

  test('from call records: (240 + 30 + 60) and (420 + 0 + 90) average 420', () => {
    const calls = [
      { talkTime: 240, holdTime: 30, afterCallWork: 60 },
      { talkTime: 420, holdTime: 0, afterCallWork: 90 },
    ];
    expect(averageHandleTime(calls)).toBe(420);
  });

  test('from handle times per call', () => {
    expect(averageHandleTime([330, 510])).toBe(420);
    expect(averageHandleTime(Uint16Array.of(330, 510))).toBe(420);
  });

  test('a missing part is an error, not a zero', () => {
    const e = errorOf(() => averageHandleTime([{ talkTime: 240, holdTime: 30 }] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe('averageHandleTime: calls[0].afterCallWork is missing; give 0 when there was none');
  });

  test.each([
    ['a negative hold time', [{ talkTime: 1, holdTime: -2, afterCallWork: 0 }], 'NEGATIVE_DURATION'],
    ['a NaN talk time', [{ talkTime: NaN, holdTime: 0, afterCallWork: 0 }], 'NOT_FINITE'],
    ['a string part', [{ talkTime: '1', holdTime: 0, afterCallWork: 0 }], 'INVALID_TYPE'],
    ['no calls', [], 'EMPTY_INPUT'],
    ['totals with 0 calls and time', { talkTime: 5, holdTime: 0, afterCallWork: 0, count: 0 }, 'INVALID_COUNTS'],
    ['totals with 0 calls', { talkTime: 0, holdTime: 0, afterCallWork: 0, count: 0 }, 'EMPTY_INPUT'],
    ['totals with a negative part', { talkTime: 5, holdTime: -1, afterCallWork: 0, count: 1 }, 'NEGATIVE_DURATION'],
    ['totals without a count', { talkTime: 5, holdTime: 0, afterCallWork: 0 }, 'INVALID_TYPE'],
    ['totals without a count (0.1: calls)', { talkTime: 5, holdTime: 0, afterCallWork: 0, calls: 1 }, 'INVALID_TYPE'],
    ['a negative handle time', [5, -5], 'NEGATIVE_DURATION'],
    ['not an object', 42, 'INVALID_TYPE'],
  ])('%s', (_name, input, code) => {
    expect(errorOf(() => averageHandleTime(input as never)).code).toBe(code);
  });
});
