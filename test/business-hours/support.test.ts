import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageResolutionTime,
  averageResponseTime,
  averageWaitTime,
  businessCalendar,
  averageComplaintResolutionTime,
  complaintResolutionTimeSummary,
  firstResponseTimeSummary,
  resolutionTimeSummary,
  responseTimeSummary,
  segment,
  slaComplianceRate,
  slaComplianceSummary,
  waitTimeSummary,
} from '../../src/index.js';
import { errorOf, HOUR, officeHours } from './helpers.js';

/** Copenhagen, weekdays 09:00–17:00, with Christmas Eve and Day off. */
const calendar = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-24', '2026-12-25']));

/** A Friday-afternoon ticket answered on Monday morning, across the change to summer time. */
const weekend = { createdAt: '2026-03-27T16:00:00+01:00', firstResponseAt: '2026-03-30T10:00:00+02:00', resolvedAt: '2026-03-30T12:00:00+02:00' };
/** A Tuesday ticket answered within the hour. */
const tuesday = { createdAt: '2026-11-03T10:00:00+01:00', firstResponseAt: '2026-11-03T10:30:00+01:00', resolvedAt: '2026-11-03T15:00:00+01:00' };

describe('the calendar option measures every interval in working time', () => {
  test('first response: 2 working hours over the weekend where 65 elapsed', () => {
    expect(averageFirstResponseTime([weekend], { unit: 'hours' })).toBe(65);
    expect(averageFirstResponseTime([weekend], { unit: 'hours', calendar })).toBe(2);
  });

  test('results are in milliseconds without a unit', () => {
    expect(averageFirstResponseTime([weekend], { calendar })).toBe(2 * HOUR);
  });

  test('the average is taken over working times: (2 h + 0.5 h) / 2', () => {
    expect(averageFirstResponseTime([weekend, tuesday], { unit: 'hours', calendar })).toBe(1.25);
  });

  test('summaries take it too, and still count the tickets left out', () => {
    const open = { createdAt: '2026-11-03T11:00:00+01:00' };
    expect(firstResponseTimeSummary([weekend, tuesday, open], { unit: 'hours', calendar })).toStrictEqual({
      count: 2,
      sum: 2.5,
      mean: 1.25,
      median: 1.25,
      p90: 1.85,
      min: 0.5,
      max: 2,
      leftOut: 1,
    });
  });

  test('resolution: Friday 16:00 to Monday 12:00 is 4 working hours; Tuesday 10:00 to 15:00 is 5', () => {
    expect(averageResolutionTime([weekend, tuesday], { unit: 'hours', calendar })).toBe(4.5);
    expect(resolutionTimeSummary([weekend], { unit: 'hours', calendar }).max).toBe(4);
  });

  test('response times of a conversation are each measured in working time', () => {
    const ticket = {
      createdAt: '2026-12-23T16:30:00+01:00',
      messages: [
        { at: '2026-12-23T16:30:00+01:00', from: 'customer' as const },
        // over Christmas Eve, Christmas Day and the weekend: 16:30–17:00 and Monday 09:00–09:30
        { at: '2026-12-28T09:30:00+01:00', from: 'agent' as const },
        { at: '2026-12-28T10:00:00+01:00', from: 'customer' as const },
        { at: '2026-12-28T11:00:00+01:00', from: 'agent' as const },
      ],
    };
    expect(averageResponseTime([ticket], { unit: 'hours', calendar })).toBe(1);
    expect(responseTimeSummary([ticket], { unit: 'minutes', calendar })).toMatchObject({ count: 2, sum: 120, min: 60, max: 60 });
  });

  test('complaint resolution: filed on Christmas Eve, resolved on the 29th at 12:00, is Monday and 3 hours of Tuesday', () => {
    const complaint = { filedAt: '2026-12-24T10:00:00+01:00', resolvedAt: '2026-12-29T12:00:00+01:00' };
    expect(averageComplaintResolutionTime(complaint, { unit: 'hours', calendar })).toBe(11);
    expect(complaintResolutionTimeSummary([complaint], { unit: 'hours', calendar }).sum).toBe(11);
  });

  test('queue waits: a call queued before opening waits from opening', () => {
    const calls = [
      { queuedAt: '2026-11-03T08:50:00+01:00', answeredAt: '2026-11-03T09:02:00+01:00' },
      { queuedAt: '2026-11-03T10:00:00+01:00', answeredAt: '2026-11-03T10:04:00+01:00' },
    ];
    expect(averageWaitTime(calls, { unit: 'minutes', calendar })).toBe(3);
    expect(waitTimeSummary(calls, { unit: 'minutes', calendar }).max).toBe(4);
  });

  test('segment passes it through a wrapper, as any option', () => {
    const tickets = [
      { agent: 'ana', ...weekend },
      { agent: 'ben', ...tuesday },
    ];
    expect(segment(tickets, 'agent', (g) => averageFirstResponseTime(g, { unit: 'hours', calendar }))).toStrictEqual([
      { key: 'ana', count: 1, value: 2 },
      { key: 'ben', count: 1, value: 0.5 },
    ]);
  });

  test('businessCalendar.always() gives the elapsed times', () => {
    const always = businessCalendar.always();
    expect(averageFirstResponseTime([weekend, tuesday], { unit: 'hours', calendar: always })).toBe(
      averageFirstResponseTime([weekend, tuesday], { unit: 'hours' }),
    );
  });
});

describe('SLA targets in working time', () => {
  test('a target of 4 business hours is met by the weekend ticket (2 working hours), which breaches 4 elapsed hours', () => {
    expect(slaComplianceRate([weekend], { target: 4, unit: 'hours' })).toBe(0);
    expect(slaComplianceRate([weekend], { target: 4, unit: 'hours', calendar })).toBe(100);
  });

  test('resolution targets too: 4 working hours to resolve the weekend ticket meets a target of 4', () => {
    expect(slaComplianceSummary([weekend, tuesday], { target: 4, unit: 'hours', calendar, measure: 'resolution' })).toStrictEqual({
      rate: 50,
      met: 1,
      breached: 1,
      measured: 2,
      leftOut: 0,
    });
  });

  test('asOf counts the open clock in working time: a Friday 16:30 ticket is not late on Monday 08:00', () => {
    const open = [tuesday, { createdAt: '2026-11-06T16:30:00+01:00' }];
    // 30 working minutes by Monday 08:00: within a 1-hour target, so left out rather than breached
    expect(slaComplianceSummary(open, { target: 1, unit: 'hours', calendar, asOf: '2026-11-09T08:00:00+01:00' })).toMatchObject({
      met: 1,
      breached: 0,
      leftOut: 1,
    });
    // by Monday 10:00, 1.5 working hours have passed: breached
    expect(slaComplianceSummary(open, { target: 1, unit: 'hours', calendar, asOf: '2026-11-09T10:00:00+01:00' })).toMatchObject({
      met: 1,
      breached: 1,
      leftOut: 0,
    });
  });

  test('a target function sees the records, and compares with working time', () => {
    const target = (t: { priority: string }) => (t.priority === 'urgent' ? 1 : 8);
    const tickets = [
      { ...weekend, priority: 'urgent' },
      { ...tuesday, priority: 'low' },
    ];
    expect(slaComplianceRate(tickets, { target, unit: 'hours', calendar })).toBe(50);
  });
});

describe('the calendar option is refused where there are no timestamps', () => {
  test('with durations', () => {
    const e = errorOf(() => averageFirstResponseTime([1, 2], { calendar }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(
      'averageFirstResponseTime: option calendar applies to timestamps; durations were measured already, so leave calendar out (or measure them with businessDuration)',
    );
  });

  test('with totals', () => {
    const e = errorOf(() => averageResolutionTime({ sum: 10, count: 2 }, { calendar }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(
      'averageResolutionTime: option calendar applies to timestamps; totals were measured already, so leave calendar out (or measure them with businessDuration)',
    );
  });

  test('with SLA durations and SLA counts', () => {
    expect(errorOf(() => slaComplianceRate([1, 2], { target: 1, calendar } as never)).message).toBe(
      'slaComplianceRate: option calendar applies to timestamps; durations were measured already, so leave calendar out (or measure them with businessDuration)',
    );
    expect(errorOf(() => slaComplianceRate({ met: 1, measured: 2 } as never, { calendar } as never)).message).toBe(
      'slaComplianceRate: counts { met, measured } were already measured against their target; pass them without options',
    );
  });

  test('a unit with SLA durations is refused the same way', () => {
    expect(errorOf(() => slaComplianceRate([1, 2], { target: 1, unit: 'hours' } as never)).message).toBe(
      'slaComplianceRate: option unit applies to timestamps; durations are already in your unit, so leave unit out (or convert them yourself)',
    );
  });
});

describe('a bad calendar option is INVALID_OPTION', () => {
  test('a spec instead of a calendar', () => {
    const e = errorOf(() => averageFirstResponseTime([weekend], { calendar: officeHours('Europe/Copenhagen') as never }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(
      'averageFirstResponseTime: option calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got an object',
    );
  });

  test('null', () => {
    expect(errorOf(() => waitTimeSummary([{ queuedAt: 0, answeredAt: 1 }], { calendar: null as never })).code).toBe('INVALID_OPTION');
  });

  test('in SLA options', () => {
    expect(errorOf(() => slaComplianceRate([weekend], { target: 1, calendar: 'Europe/Copenhagen' as never })).code).toBe('INVALID_OPTION');
  });
});
