import { describe, expectTypeOf, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageHandleTime,
  averageResolutionTime,
  averageResponseTime,
  averageWaitTime,
  type BusinessCalendar,
  complaintResolutionTime,
  complaintResolutionTimeSummary,
  type DurationSummary,
  durationSummary,
  type FcrSummary,
  firstContactResolutionRate,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  type GroupKey,
  percentile,
  resolutionTimeSummary,
  responseTimeSummary,
  type Segment,
  segment,
  slaComplianceRate,
  slaComplianceSummary,
  type SlaSummary,
  type Ticket,
  type TimeOptions,
  type TimeSummary,
  type TimeUnit,
  type Timestamp,
  waitTimeSummary,
} from '../../src/index.js';

const tickets: Ticket[] = [{ createdAt: '2026-11-03T09:00:00Z', firstResponseAt: Date.now(), resolvedAt: new Date() }];

describe('time metrics', () => {
  test('averages return numbers and accept durations, totals and records', () => {
    expectTypeOf(averageFirstResponseTime).returns.toEqualTypeOf<number>();
    expectTypeOf(averageFirstResponseTime).toBeCallableWith([1, 2]);
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(new Float64Array(2));
    expectTypeOf(averageFirstResponseTime).toBeCallableWith({ total: 10, count: 2 });
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(tickets, { unit: 'minutes' });
    expectTypeOf(averageResponseTime).toBeCallableWith(tickets);
    expectTypeOf(averageResolutionTime).toBeCallableWith(tickets, { unit: 'days' });
    expectTypeOf(complaintResolutionTime).toBeCallableWith({ filedAt: 0, resolvedAt: null });
    expectTypeOf(complaintResolutionTime).toBeCallableWith([{ filedAt: new Date() }]);
    expectTypeOf(averageWaitTime).toBeCallableWith({ totalWait: 500, served: 200 });
    expectTypeOf(averageWaitTime).toBeCallableWith([{ queuedAt: 0, answeredAt: 10 }], { unit: 'seconds' });
    expectTypeOf(averageHandleTime).toBeCallableWith({ talkTime: 1, holdTime: 2, afterCallWork: 3, calls: 1 });
    expectTypeOf(averageHandleTime).toBeCallableWith([{ talkTime: 1, holdTime: 2, afterCallWork: 3 }]);
  });

  test('they reject other shapes and options', () => {
    // @ts-expect-error totals need a count
    averageFirstResponseTime({ total: 10 });
    // @ts-expect-error wait totals are { totalWait, served }
    averageWaitTime({ total: 10, count: 2 });
    // @ts-expect-error unknown unit
    averageFirstResponseTime(tickets, { unit: 'weeks' });
    // @ts-expect-error misspelt option
    averageResolutionTime(tickets, { units: 'hours' });
    // @ts-expect-error a timestamp is a Date, a number or a string
    averageFirstResponseTime([{ createdAt: true }]);
    // @ts-expect-error a message is from the customer or an agent
    averageResponseTime([{ createdAt: 0, messages: [{ at: 0, from: 'bot' }] }]);
    // @ts-expect-error handle time takes no options
    averageHandleTime([1], { unit: 'minutes' });
    // @ts-expect-error a call gives all three parts
    averageHandleTime([{ talkTime: 1, holdTime: 2 }]);
  });

  test('summaries have numeric order statistics except from totals', () => {
    expectTypeOf(firstResponseTimeSummary(tickets)).toEqualTypeOf<TimeSummary>();
    expectTypeOf(firstResponseTimeSummary([1, 2]).median).toEqualTypeOf<number>();
    expectTypeOf(firstResponseTimeSummary({ total: 1, count: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    expectTypeOf(resolutionTimeSummary({ total: 1, count: 1 }).p90).toEqualTypeOf<undefined>();
    expectTypeOf(responseTimeSummary(tickets).leftOut).toEqualTypeOf<number>();
    expectTypeOf(complaintResolutionTimeSummary({ filedAt: 0, resolvedAt: 1 })).toEqualTypeOf<TimeSummary>();
    expectTypeOf(waitTimeSummary({ totalWait: 5, served: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    const either = [1] as number[] | { total: number; count: number };
    expectTypeOf(firstResponseTimeSummary(either).median).toEqualTypeOf<number | undefined>();
    expectTypeOf<TimeSummary>().toEqualTypeOf<{
      readonly count: number;
      readonly total: number;
      readonly mean: number;
      readonly median: number;
      readonly p90: number;
      readonly min: number;
      readonly max: number;
      readonly leftOut: number;
    }>();
  });

  test('options and units', () => {
    expectTypeOf<TimeUnit>().toEqualTypeOf<'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days'>();
    expectTypeOf<TimeOptions>().toEqualTypeOf<{ readonly unit?: TimeUnit; readonly calendar?: BusinessCalendar }>();
    expectTypeOf<Timestamp>().toEqualTypeOf<Date | number | string>();
  });
});

describe('SLA and first contact resolution', () => {
  test('SLA compliance takes a target for durations and records, nothing for counts', () => {
    expectTypeOf(slaComplianceRate([1, 2], { target: 1 })).toEqualTypeOf<number>();
    expectTypeOf(slaComplianceRate({ met: 1, measured: 2 })).toEqualTypeOf<number>();
    expectTypeOf(slaComplianceSummary(tickets, { target: 60, unit: 'minutes', asOf: new Date() })).toEqualTypeOf<SlaSummary>();
    // @ts-expect-error durations take one target number
    slaComplianceRate([1, 2], { target: () => 1 });
    // @ts-expect-error records need a target
    slaComplianceRate(tickets, { unit: 'minutes' });
    // @ts-expect-error unknown measure
    slaComplianceRate(tickets, { target: 1, measure: 'reply' });
  });

  test('a target function sees the record with its own fields', () => {
    const withPriority = [{ createdAt: 0, firstResponseAt: 5, priority: 'high' as 'high' | 'low' }];
    slaComplianceRate(withPriority, {
      target: (t, i) => {
        expectTypeOf(t.priority).toEqualTypeOf<'high' | 'low'>();
        expectTypeOf(i).toEqualTypeOf<number>();
        return t.priority === 'high' ? 30 : 120;
      },
    });
  });

  test('first contact resolution', () => {
    expectTypeOf(firstContactResolutionRate(tickets)).toEqualTypeOf<number>();
    expectTypeOf(firstContactResolutionSummary({ resolvedOnFirstContact: 1, resolved: 2 })).toEqualTypeOf<FcrSummary>();
    // @ts-expect-error FCR takes no options
    firstContactResolutionRate(tickets, {});
  });
});

describe('statistics and segments', () => {
  test('percentile and durationSummary', () => {
    expectTypeOf(percentile).returns.toEqualTypeOf<number>();
    expectTypeOf(durationSummary(new Uint32Array(3))).toEqualTypeOf<DurationSummary>();
    // @ts-expect-error p is a number
    percentile([1], '90');
  });

  test('segment infers the key from the property or accessor, and the value from the metric', () => {
    const rows = [{ agent: 'ana', channel: 'chat' as 'chat' | 'email', createdAt: 0, firstResponseAt: 5 }];
    expectTypeOf(segment(rows, 'agent', averageFirstResponseTime)).toEqualTypeOf<Segment<string, number>[]>();
    expectTypeOf(segment(rows, 'channel', (g) => g.length)).toEqualTypeOf<Segment<'chat' | 'email', number>[]>();
    expectTypeOf(segment(rows, (r) => r.createdAt > 0, (g) => g.length)).toEqualTypeOf<Segment<boolean, number>[]>();
    expectTypeOf(segment(rows, 'agent', averageFirstResponseTime, { onEmpty: 'undefined' })).toEqualTypeOf<Segment<string, number | undefined>[]>();
    expectTypeOf<GroupKey<{ a?: number }, 'a'>>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error not a property of the rows
    segment(rows, 'team', (g) => g.length);
  });
});
