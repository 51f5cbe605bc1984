/**
 * The messages of the time metrics that read a start and an end from each
 * record (wait, resolution, complaint resolution, first response): the
 * list and the field they name, the record's index, and the message when
 * nothing could be measured; each written from the metric's definition.
 */
import { describe, expect, test } from 'vitest';
import {
  averageComplaintResolutionTime,
  averageFirstResponseTime,
  averageResolutionTime,
  averageResponseTime,
  averageWaitTime,
  businessCalendar,
  complaintResolutionTimeSummary,
  firstResponseTimeSummary,
  resolutionTimeSummary,
  responseTimeSummary,
  waitTimeSummary,
} from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

const A = '2026-11-03T09:00:00Z';
const B = '2026-11-03T09:10:00Z';

// [average, summary, list, start field, end field, one unmeasured, n unmeasured]
const metrics = [
  [averageWaitTime, waitTimeSummary, 'calls', 'queuedAt', 'answeredAt', 'no call was answered (1 call, all left out)', 'no call was answered (2 calls, all left out)'],
  [
    averageComplaintResolutionTime,
    complaintResolutionTimeSummary,
    'complaints',
    'filedAt',
    'resolvedAt',
    'the complaint is not resolved yet',
    'no complaint is resolved yet (2 complaints, all left out)',
  ],
  [averageResolutionTime, resolutionTimeSummary, 'tickets', 'createdAt', 'resolvedAt', 'no ticket is resolved yet (1 ticket, all left out)', 'no ticket is resolved yet (2 tickets, all left out)'],
  [
    averageFirstResponseTime,
    firstResponseTimeSummary,
    'tickets',
    'createdAt',
    'firstResponseAt',
    'no ticket has a first response yet (1 ticket, all left out)',
    'no ticket has a first response yet (2 tickets, all left out)',
  ],
] as const;

describe.each(metrics.map((m) => [m[0].name, ...m] as const))('%s and its summary', (_name, average, summary, list, start, end, one, many) => {
  const record = (fields: Record<string, unknown>) => untyped({ [start]: A, ...fields });
  for (const [f, fn] of [
    [average, average.name],
    [summary, summary.name],
  ] as const) {
    const call = (records: unknown) => (f as (input: unknown) => unknown)(records);

    test(`${fn}: a missing start names the list, the field and the index`, () => {
      expectRefusal(() => call([record({ [end]: B }), record({ [start]: undefined, [end]: B })]), 'INVALID_TYPE', { fn, index: 1 }, `${list}[1].${start} is missing`);
    });

    test(`${fn}: an end that is not a timestamp names its field`, () => {
      expectRefusal(
        () => call([record({ [end]: {} })]),
        'INVALID_DATE',
        { fn, index: 0 },
        `${list}[0].${end} is an object; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset`,
      );
    });

    test(`${fn}: an end before its start names both`, () => {
      expectRefusal(
        () => call([record({ [end]: B }), record({ [start]: B, [end]: A })]),
        'NEGATIVE_DURATION',
        { fn, index: 1 },
        `${list}[1].${end} (2026-11-03T09:00:00.000Z) is before ${list}[1].${start} (2026-11-03T09:10:00.000Z)`,
      );
    });

    test(`${fn}: nothing measured, with one record and with two`, () => {
      expectRefusal(() => call([record({})]), 'EMPTY_INPUT', { fn }, one);
      expectRefusal(() => call([record({}), record({ [end]: null })]), 'EMPTY_INPUT', { fn }, many);
    });
  }

  for (const [f, fn] of [
    [average, average.name],
    [summary, summary.name],
  ] as const) {
    const call = (input: unknown, options?: unknown) => (f as (input: unknown, options?: unknown) => unknown)(input, options);

    test(`${fn}: a record that is not an object names its index`, () => {
      expectRefusal(() => call([record({ [end]: B }), null]), 'INVALID_TYPE', { fn, index: 1 }, `${list}[1] is null, not an object`);
    });

    test(`${fn}: an empty list names both forms it could have been`, () => {
      expectRefusal(() => call([]), 'EMPTY_INPUT', { fn }, `no durations or ${list}`);
    });

    test(`${fn}: totals without a sum, with a sum of the wrong kind or negative, or a count that is negative or 0`, () => {
      expectRefusal(() => call({ count: 3 }), 'INVALID_TYPE', { fn }, 'totals.sum is missing; pass totals { sum, count }');
      expectRefusal(() => call({ sum: 'x', count: 3 }), 'INVALID_TYPE', { fn }, 'totals.sum is a string, not a number');
      expectRefusal(() => call({ sum: -5, count: 3 }), 'NEGATIVE_DURATION', { fn }, 'totals.sum -5 is negative');
      expectRefusal(() => call({ sum: 5, count: -1 }), 'INVALID_COUNTS', { fn }, 'totals.count -1 is negative');
      expectRefusal(() => call({ sum: 5, count: 0 }), 'INVALID_COUNTS', { fn }, 'totals.sum 5 with totals.count 0');
      expectRefusal(() => call({ sum: 0, count: 0 }), 'EMPTY_INPUT', { fn }, f === average ? 'totals.count is 0: nothing to average' : 'totals.count is 0: nothing to summarise');
    });

    test(`${fn}: with a calendar, epoch milliseconds are measured in working time, as ISO strings are`, () => {
      const office = [['09:00', '17:00']] as const;
      const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office } });
      // Monday 16:50 to 17:20: 10 working minutes of 30
      const late = record({ [start]: Date.UTC(2026, 10, 2, 16, 50), [end]: Date.UTC(2026, 10, 2, 17, 20) });
      expect(call([late], { unit: 'minutes', calendar })).toStrictEqual(f === average ? 10 : expect.objectContaining({ mean: 10, count: 1 }));
    });
  }

  test('a summary of totals takes sketch: false, which asks for no sketch', () => {
    expect((summary as (input: unknown, o: unknown) => unknown)({ sum: 50, count: 5 }, { sketch: false })).toStrictEqual({
      count: 5,
      sum: 50,
      mean: 10,
      median: undefined,
      p90: undefined,
      min: undefined,
      max: undefined,
      leftOut: 0,
    });
  });

  test("a summary leaves the caller's durations in their order", () => {
    const durations = new Float64Array([30, 10, 20, 0, 50]);
    expect((summary as (input: unknown) => unknown)(durations)).toMatchObject({ count: 5, sum: 110, median: 20, min: 0, max: 50 });
    expect(durations).toStrictEqual(new Float64Array([30, 10, 20, 0, 50]));
  });

  test('one record measured and one left out: the average is the measured one', () => {
    expect((average as (input: unknown, o: unknown) => number)([record({ [end]: B }), record({})], { unit: 'minutes' })).toBe(10);
  });
});

describe('averageResponseTime and responseTimeSummary messages', () => {
  const customer = (at: string) => ({ at, from: 'customer' as const });
  const agent = (at: string) => ({ at, from: 'agent' as const });
  for (const [f, fn] of [
    [averageResponseTime, 'averageResponseTime'],
    [responseTimeSummary, 'responseTimeSummary'],
  ] as const) {
    const call = (records: unknown) => (f as (input: unknown) => unknown)(records);

    test(`${fn}: a ticket without messages, and one without createdAt`, () => {
      expectRefusal(
        () => call([{ createdAt: A, messages: [customer(A), agent(B)] }, { createdAt: A }]),
        'INVALID_TYPE',
        { fn, index: 1 },
        'tickets[1] has no messages; response times are measured on the conversation (give messages: [] for a ticket without any)',
      );
      expectRefusal(() => call([{ messages: [] }]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].createdAt is missing');
    });

    test(`${fn}: no reply to any customer message counts the tickets and the runs left waiting`, () => {
      expectRefusal(() => call([{ createdAt: A, messages: [customer(A)] }]), 'EMPTY_INPUT', { fn }, 'no customer message has a reply yet (1 ticket; 1 run of customer messages waiting, left out)');
      // a ticket whose only messages are an agent's opening has no run waiting
      expectRefusal(
        () => call([{ createdAt: A, messages: [customer(A), customer(B)] }, { createdAt: A, messages: [agent(A)] }, { createdAt: A, messages: [customer(B)] }]),
        'EMPTY_INPUT',
        { fn },
        'no customer message has a reply yet (3 tickets; 2 runs of customer messages waiting, left out)',
      );
    });
  }
});
