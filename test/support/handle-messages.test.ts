/**
 * averageHandleTime and handleTimeSummary: the code, details and message of
 * each refusal of calls by parts, calls by timestamps and totals, written
 * from the definition (talk + hold + after-call work, or answer to the end
 * of the wrap-up).
 */
import { describe, expect, test } from 'vitest';
import { averageHandleTime, handleTimeSummary } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

const A = '2026-11-03T09:00:00Z';
const B = '2026-11-03T09:10:00Z';
const C = '2026-11-03T09:12:00Z';
const parts = { talkTime: 300, holdTime: 60, afterCallWork: 40 };

describe.each([
  ['averageHandleTime', averageHandleTime],
  ['handleTimeSummary', handleTimeSummary],
] as const)('%s', (fn, f) => {
  const call = (input: unknown, options?: unknown) => (f as (i: unknown, o?: unknown) => unknown)(input, options);

  test('calls by parts: each part of each call, by index', () => {
    expectRefusal(() => call([parts, { ...parts, holdTime: undefined }]), 'INVALID_TYPE', { fn, index: 1 }, 'calls[1].holdTime is missing; give 0 when there was none');
    expectRefusal(() => call([parts, { ...parts, talkTime: '300' }]), 'INVALID_TYPE', { fn, index: 1 }, 'calls[1].talkTime "300" is a string, not a number');
    expectRefusal(() => call([{ ...parts, afterCallWork: Infinity }]), 'NOT_FINITE', { fn, index: 0 }, 'calls[0].afterCallWork Infinity is not a finite number');
    expectRefusal(() => call([{ ...parts, afterCallWork: NaN }]), 'NOT_FINITE', { fn, index: 0 }, 'calls[0].afterCallWork NaN is not a finite number');
    expectRefusal(() => call([parts, parts, { ...parts, holdTime: -1 }]), 'NEGATIVE_DURATION', { fn, index: 2 }, 'calls[2].holdTime -1 is negative');
    // 0 is a part that was not there
    expect(call([{ ...parts, holdTime: 0 }]) as number | { mean: number }).toStrictEqual(fn === 'averageHandleTime' ? 340 : expect.objectContaining({ mean: 340 }));
  });

  test('calls by timestamps: the answer, the end of the call and the end of the wrap-up, in order', () => {
    const timed = { answeredAt: A, endedAt: B, wrapUpEndedAt: C };
    expectRefusal(
      () => call([timed, parts]),
      'INVALID_TYPE',
      { fn, index: 1 },
      'calls[1] gives talkTime, holdTime or afterCallWork, and calls[0] gives none; give every call its parts, or every call its timestamps',
    );
    expectRefusal(() => call([timed, { endedAt: B }]), 'INVALID_TYPE', { fn, index: 1 }, 'calls[1].answeredAt is missing; give null for a call not answered');
    expectRefusal(
      () => call([{ answeredAt: B, endedAt: A, wrapUpEndedAt: C }]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'calls[0].endedAt (2026-11-03T09:00:00.000Z) is before calls[0].answeredAt (2026-11-03T09:10:00.000Z)',
    );
    expectRefusal(
      () => call([timed, { answeredAt: A, endedAt: C, wrapUpEndedAt: B }]),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'calls[1].wrapUpEndedAt (2026-11-03T09:10:00.000Z) is before calls[1].endedAt (2026-11-03T09:12:00.000Z)',
    );
    expectRefusal(
      () => call([{ answeredAt: null }, { answeredAt: A, endedAt: B }]),
      'EMPTY_INPUT',
      { fn },
      'no call has been handled to the end of its wrap-up (2 calls, all left out: not answered, or without wrapUpEndedAt)',
    );
    // a call not answered is left out even with an end; the other is 12 minutes
    expect(call([{ answeredAt: null, endedAt: A }, timed], { unit: 'minutes' }) as number | { mean: number }).toStrictEqual(
      fn === 'averageHandleTime' ? 12 : expect.objectContaining({ mean: 12, count: 1 }),
    );
  });

  test('calls by timestamps: a timestamp that cannot be read names its call and field', () => {
    const timed = { answeredAt: A, endedAt: B, wrapUpEndedAt: C };
    for (const field of ['answeredAt', 'endedAt', 'wrapUpEndedAt']) {
      expectRefusal(
        () => call([timed, { ...timed, [field]: {} }]),
        'INVALID_DATE',
        { fn, index: 1 },
        `calls[1].${field} is an object; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset`,
      );
    }
  });

  test('calls by timestamps: without endedAt, a wrap-up that ends before the answer names both', () => {
    expectRefusal(
      () => call([{ answeredAt: B, wrapUpEndedAt: A }]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'calls[0].wrapUpEndedAt (2026-11-03T09:00:00.000Z) is before calls[0].answeredAt (2026-11-03T09:10:00.000Z)',
    );
  });

  test('calls by timestamps: a call not answered is left out even when wrapped up, and one that ended as it was answered is measured', () => {
    const unanswered = { answeredAt: null, endedAt: A, wrapUpEndedAt: B };
    // answered and ended at 09:00, wrapped up at 09:12: 12 minutes, all of it after-call work
    const instant = { answeredAt: A, endedAt: A, wrapUpEndedAt: C };
    expect(call([unanswered, instant], { unit: 'minutes' }) as number | { mean: number }).toStrictEqual(
      fn === 'averageHandleTime' ? 12 : expect.objectContaining({ mean: 12, count: 1, leftOut: 1 }),
    );
  });

  test('calls by parts: handle times that add up past the largest finite number', () => {
    const long = { talkTime: 1e308, holdTime: 0, afterCallWork: 0 };
    expectRefusal(() => call([long, long]), 'NOT_FINITE', { fn }, 'the durations of the calls add up to more than the largest finite number');
  });

  test('calls by parts: a call that is not an object names its index', () => {
    expectRefusal(() => call([parts, null]), 'INVALID_TYPE', { fn, index: 1 }, 'calls[1] is null, not an object');
  });

  test('totals of the parts: count, each part, and their sum', () => {
    expectRefusal(
      () => call({ ...parts }),
      'INVALID_TYPE',
      { fn },
      'totals.count is missing: pass { talkTime, holdTime, afterCallWork, count } with the number of calls',
    );
    expectRefusal(() => call({ ...parts, holdTime: -5, count: 2 }), 'NEGATIVE_DURATION', { fn }, 'totals.holdTime -5 is negative');
    expectRefusal(() => call({ ...parts, talkTime: 'x', count: 2 }), 'INVALID_TYPE', { fn }, 'totals.talkTime is a string, not a number');
    expectRefusal(() => call({ ...parts, count: 0 }), 'INVALID_COUNTS', { fn }, 'totals of talk, hold or after-call work time with totals.count 0');
    expectRefusal(() => call({ ...parts, count: 1.5 }), 'NOT_INTEGER', { fn }, 'totals.count 1.5 is not a whole number');
    expectRefusal(
      () => call({ talkTime: 1.7e308, holdTime: 1.7e308, afterCallWork: 0, count: 2 }),
      'NOT_FINITE',
      { fn },
      'the talk, hold and after-call work times add up to more than the largest finite number',
    );
    expect(call(untyped({ ...parts, count: 2 })) as number | { mean: number }).toStrictEqual(fn === 'averageHandleTime' ? 200 : expect.objectContaining({ mean: 200, count: 2 }));
  });
});
