/**
 * The support metrics at the edges (issue: "never NaN, never a hang").
 */
import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageHandleTime,
  averageResolutionTime,
  averageWaitTime,
  businessCalendar,
  averageComplaintResolutionTime,
  complaintResolutionTimeSummary,
  firstResponseTimeSummary,
  resolutionTimeSummary,
  slaComplianceRate,
  slaComplianceSummary,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { boundedOutcome, FIRST_CALL_BOUND_MS } from './bounded.js';

const weekdays = { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] };

describe('array-likes longer than any array are refused before anything is allocated', () => {
  const ticket = { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' };
  const cases: readonly (readonly [string, () => unknown])[] = [
    ['averageHandleTime({ length: Infinity })', () => averageHandleTime({ length: Infinity } as never)],
    ['averageWaitTime of length 2^53', () => averageWaitTime({ 0: { totalWait: 500, served: 200 }, length: 2 ** 53 } as never)],
    ['averageFirstResponseTime of length 2^32', () => averageFirstResponseTime({ 0: ticket, length: 2 ** 32 } as never)],
    ['firstResponseTimeSummary of length 2^32', () => firstResponseTimeSummary({ 0: ticket, length: 2 ** 32 } as never)],
    ['averageComplaintResolutionTime of length 2^32', () => averageComplaintResolutionTime({ 0: { filedAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' }, length: 2 ** 32 } as never)],
    ['resolutionTimeSummary of length 2^32', () => resolutionTimeSummary({ 0: { createdAt: '2026-11-03T09:00:00Z', resolvedAt: '2026-11-04T09:00:00Z' }, length: 2 ** 32 } as never)],
  ];
  for (const [what, f] of cases) {
    test(`${what}: INVALID_TYPE, not a RangeError from an allocation`, () => {
      const error = metricErrorOf(f);
      expect(error.code).toBe('INVALID_TYPE');
      expect(error.message).toMatch(/has a length of (4294967296|9007199254740992|Infinity); pass an array/);
    });
  }
});

describe('array-likes of the largest array length that hold one record fail at the first hole, having reserved one chunk', () => {
  // found by the long fuzz run of 2026-12-02 (seed 50780142): the summary reserved room for 2^32 − 1 durations
  // (34 GB) before reading a record, and the allocation threw RangeError: Array buffer allocation failed
  const complaint = { filedAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' };
  const ticket = { createdAt: '2026-11-03T09:00:00Z', firstResponseAt: '2026-11-03T09:10:00Z' };
  const cases: readonly (readonly [string, () => unknown, string])[] = [
    ['complaintResolutionTimeSummary', () => complaintResolutionTimeSummary({ 0: complaint, length: 4294967295 } as never, { unit: 'days' }), 'complaints'],
    ['firstResponseTimeSummary', () => firstResponseTimeSummary({ 0: ticket, length: 4294967295 } as never), 'tickets'],
    ['averageFirstResponseTime', () => averageFirstResponseTime({ 0: ticket, length: 4294967295 } as never), 'tickets'],
  ];
  for (const [fn, f, records] of cases) {
    test(`${fn}: INVALID_TYPE naming ${records}[1], within the bound`, () => {
      const outcome = boundedOutcome(f);
      expect('error' in outcome).toBe(true);
      if ('error' in outcome) {
        expect(outcome.error.code).toBe('INVALID_TYPE');
        expect(outcome.error.details).toMatchObject({ fn, index: 1 });
        expect(outcome.error.message).toMatch(new RegExp(`^${fn}: ${records}\\[1\\] is undefined`));
      }
    });
  }
});

describe('the durations of records are measured in chunks of 65,536', () => {
  const minute = 60_000;
  const tickets = Array.from({ length: 140_000 }, (_, i) => ({ createdAt: i * minute, firstResponseAt: i * minute + (i % 97) * 1000 }));

  test('a summary across chunk boundaries is that of the durations measured one by one', () => {
    const durations = tickets.map((t) => (t.firstResponseAt - t.createdAt) / 1000);
    const summary = firstResponseTimeSummary(tickets, { unit: 'seconds' });
    // each duration is a whole number of seconds: the sum is exact
    expect(summary).toMatchObject({ count: 140_000, sum: durations.reduce((a, b) => a + b, 0), min: 0, max: 96, leftOut: 0 });
    expect(averageFirstResponseTime(tickets, { unit: 'seconds' })).toBe(summary.mean);
  });

  test.each([65_535, 65_536, 131_071, 131_072, 139_999])('a ticket answered before it was created at index %i is refused naming that index', (i) => {
    const broken = tickets.slice();
    broken[i] = { createdAt: 10 * minute, firstResponseAt: 5 * minute };
    for (const f of [() => firstResponseTimeSummary(broken), () => averageFirstResponseTime(broken)]) {
      const error = metricErrorOf(f);
      expect(error.code).toBe('NEGATIVE_DURATION');
      expect(error.details).toMatchObject({ index: i });
    }
  });

  test('open tickets are left out across chunks: every third of 140,000 unanswered', () => {
    const open = tickets.map((t, i) => (i % 3 === 0 ? { createdAt: t.createdAt } : t));
    expect(firstResponseTimeSummary(open).leftOut).toBe(46_667);
    expect(firstResponseTimeSummary(open).count).toBe(93_333);
  });
});

describe('the sum of the durations of records is compensated across blocks of 128', () => {
  // one ticket of 1.7e16 ms (from -8.5e15 to 8.5e15), then one of 1 ms at every multiple of 128, the others 0 ms:
  // 1.7e16 + 1 rounds back to 1.7e16, so a plain running sum loses every 1, while each block's own sum is exact;
  // the last block holds one ticket, in the chunk of 65,536 of the large one or in the next
  test.each([302 * 128 + 1, 514 * 128 + 1])('%i tickets: the sum is exact, and the mean is that sum over the count', (n) => {
    const tickets = Array.from({ length: n }, (_, i) => (i === 0 ? { createdAt: -8.5e15, resolvedAt: 8.5e15 } : { createdAt: 0, resolvedAt: i % 128 === 0 ? 1 : 0 }));
    const exact = tickets.reduce((sum, t) => sum + BigInt(t.resolvedAt) - BigInt(t.createdAt), 0n);
    expect(exact).toBe(17_000_000_000_000_000n + BigInt((n - 1) / 128));
    const summary = resolutionTimeSummary(tickets);
    expect(BigInt(summary.sum)).toBe(exact);
    expect(summary.count).toBe(n);
    expect(averageResolutionTime(tickets)).toBe(Number(exact) / n);
  });
});

describe('sums that overflow', () => {
  test('averageHandleTime of times near 1e308: NOT_FINITE, not Infinity', () => {
    expect(metricErrorOf(() => averageHandleTime([{ talkTime: 1e308, holdTime: 1e308, afterCallWork: 0 }])).code).toBe('NOT_FINITE');
  });
});

describe('SLA on a calendar with a far asOf', () => {
  test('an open call measured to asOf 8.64e15 ends within the bound, and has breached a target of 20 seconds', () => {
    const calendar = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays });
    const options = { target: 20, measure: 'wait', unit: 'seconds', calendar, asOf: 8.64e15 } as const;
    // the first call in the zone reads its changes of clocks up to 2100, and one 400-year cycle, from Intl
    const rate = boundedOutcome(() => slaComplianceRate([{ queuedAt: '2026-11-03T09:00:00Z' }], options), FIRST_CALL_BOUND_MS);
    expect(rate).toStrictEqual({ result: 0 });
    const summary = boundedOutcome(() => slaComplianceSummary([{ queuedAt: '2026-11-03T09:00:00Z' }], options));
    expect(summary).toStrictEqual({ result: { rate: 0, met: 0, breached: 1, measured: 1, leftOut: 0 } });
  });
});
