import { describe, expect, test } from 'vitest';
import {
  averageResolutionTime,
  averageComplaintResolutionTime,
  complaintResolutionTimeSummary,
  resolutionTimeSummary,
} from '../../src/index.js';
import { at, errorOf, HOUR } from './helpers.js';

describe('averageResolutionTime: creation to resolution', () => {
  test('6 and 24 hours average 15 hours; the open ticket is left out and counted', () => {
    const tickets = [
      { createdAt: at('09:00', 2), resolvedAt: at('15:00', 2) },
      { createdAt: '2026-11-02T10:00:00+01:00', resolvedAt: at('09:00', 3) },
      { createdAt: at('08:00', 3), resolvedAt: null },
    ];
    expect(averageResolutionTime(tickets, { unit: 'hours' })).toBe(15);
    expect(averageResolutionTime(tickets)).toBe(15 * HOUR);
    expect(resolutionTimeSummary(tickets, { unit: 'hours' })).toStrictEqual({
      count: 2,
      sum: 30,
      mean: 15,
      median: 15,
      p90: 22.2,
      min: 6,
      max: 24,
      leftOut: 1,
    });
  });

  test('durations and totals', () => {
    expect(averageResolutionTime([2, 4, 9])).toBe(5);
    expect(averageResolutionTime({ sum: 1200, count: 48 })).toBe(25);
  });

  test('a resolution before the creation: NEGATIVE_DURATION naming the ticket', () => {
    const e = errorOf(() => averageResolutionTime([{ createdAt: at('10:00'), resolvedAt: at('10:00') }, { createdAt: at('10:00'), resolvedAt: at('09:59') }]));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details.index).toBe(1);
    expect(e.message).toContain('tickets[1].resolvedAt');
  });

  test('nothing resolved: EMPTY_INPUT saying how many were left out', () => {
    const e = errorOf(() => averageResolutionTime([{ createdAt: at('10:00') }, { createdAt: at('11:00') }]));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe('averageResolutionTime: no ticket is resolved yet (2 tickets, all left out)');
  });

  test('an unreadable resolvedAt is INVALID_DATE, not a ticket left out', () => {
    expect(errorOf(() => averageResolutionTime([{ createdAt: at('10:00'), resolvedAt: 'soon' }])).code).toBe('INVALID_DATE');
  });
});

describe('averageComplaintResolutionTime: from filing or escalation to resolution', () => {
  test('filed Monday 10:00, resolved Wednesday 10:00: 2 days', () => {
    // 2026-11-02 is a Monday
    expect(averageComplaintResolutionTime({ filedAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-04T10:00:00Z' }, { unit: 'days' })).toBe(2);
  });

  test('the same complaint in another time zone is the same 2 days', () => {
    expect(averageComplaintResolutionTime({ filedAt: '2026-11-02T10:00:00-08:00', resolvedAt: '2026-11-04T18:00:00Z' }, { unit: 'days' })).toBe(2);
  });

  test('many complaints: the average of the resolved ones; open ones are left out and counted', () => {
    const complaints = [
      { filedAt: at('10:00', 2), resolvedAt: at('10:00', 4) },
      { filedAt: at('09:00', 3), resolvedAt: at('09:00', 4) },
      { filedAt: at('12:00', 5) },
    ];
    expect(averageComplaintResolutionTime(complaints, { unit: 'days' })).toBe(1.5);
    expect(complaintResolutionTimeSummary(complaints, { unit: 'days' })).toMatchObject({ count: 2, leftOut: 1 });
  });

  test('one open complaint: EMPTY_INPUT', () => {
    expect(errorOf(() => averageComplaintResolutionTime({ filedAt: at('10:00') })).message).toBe('averageComplaintResolutionTime: the complaint is not resolved yet');
  });

  test('a resolution before the filing: NEGATIVE_DURATION naming complaints[0].resolvedAt', () => {
    const e = errorOf(() => averageComplaintResolutionTime({ filedAt: at('10:00'), resolvedAt: at('09:00') }));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.message).toContain('complaints[0].resolvedAt');
  });

  test('durations and totals', () => {
    expect(averageComplaintResolutionTime([1, 2, 6])).toBe(3);
    expect(averageComplaintResolutionTime({ sum: 10, count: 4 })).toBe(2.5);
  });
});
