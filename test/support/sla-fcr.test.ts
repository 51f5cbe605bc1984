import { describe, expect, test } from 'vitest';
import {
  firstContactResolutionRate,
  firstContactResolutionSummary,
  slaComplianceRate,
  slaComplianceSummary,
  type Ticket,
  type TicketMessage,
} from '../../src/index.js';
import { at, errorOf } from './helpers.js';

describe('slaComplianceRate = items within target / items measured × 100', () => {
  test('durations against one target: 3 of 4 within 60', () => {
    expect(slaComplianceRate([20, 45, 60, 75], { target: 60 })).toBe(75);
  });

  test('a duration equal to the target meets it', () => {
    expect(slaComplianceRate([60], { target: 60 })).toBe(100);
    expect(slaComplianceRate([60.000001], { target: 60 })).toBe(0);
  });

  test('an interval of exactly the target in the result unit meets it (compared in that unit)', () => {
    // 6 minutes is 0.1 hours exactly
    expect(slaComplianceRate([{ createdAt: at('09:00'), firstResponseAt: at('09:06') }], { target: 0.1, unit: 'hours' })).toBe(100);
  });

  test('counts { met, measured }: 180 of 200 is 90', () => {
    expect(slaComplianceRate({ met: 180, measured: 200 })).toBe(90);
    expect(slaComplianceSummary({ met: 180, measured: 200 })).toStrictEqual({ rate: 90, met: 180, breached: 20, measured: 200, leftOut: 0 });
  });

  test('targets by priority through a function of the record', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:45'), priority: 'high' }, // 45 > 30: breached
      { createdAt: at('09:00'), firstResponseAt: at('10:00'), priority: 'low' }, // 60 ≤ 240: met
      { createdAt: at('09:00'), firstResponseAt: at('09:20'), priority: 'high' }, // 20 ≤ 30: met
    ];
    const target = (t: { priority: string }) => (t.priority === 'high' ? 30 : 240);
    expect(slaComplianceSummary(tickets, { target, unit: 'minutes' })).toStrictEqual({ rate: 200 / 3, met: 2, breached: 1, measured: 3, leftOut: 0 });
  });

  test('the target function also sees the index', () => {
    const tickets = [{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { createdAt: at('09:00'), firstResponseAt: at('09:10') }];
    expect(slaComplianceRate(tickets, { target: (_t, i) => (i === 0 ? 5 : 15), unit: 'minutes' })).toBe(50);
  });

  test('items without a reply are left out when no asOf is given', () => {
    const tickets = [{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { createdAt: at('09:00') }];
    expect(slaComplianceSummary(tickets, { target: 60, unit: 'minutes' })).toStrictEqual({ rate: 100, met: 1, breached: 0, measured: 1, leftOut: 1 });
  });

  test('with asOf, an open item already past its target counts as breached; one within it is left out', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:10') }, // met
      { createdAt: at('10:00') }, // open 120 min at 12:00 > 60: breached
      { createdAt: at('11:30') }, // open 30 min: still within, left out
      { createdAt: at('11:00') }, // open exactly 60 min: not past the target yet, left out
    ];
    expect(slaComplianceSummary(tickets, { target: 60, unit: 'minutes', asOf: at('12:00') })).toStrictEqual({
      rate: 50,
      met: 1,
      breached: 1,
      measured: 2,
      leftOut: 2,
    });
  });

  test('asOf does not change items that already have their reply', () => {
    const tickets = [{ createdAt: at('09:00'), firstResponseAt: at('11:00') }];
    expect(slaComplianceRate(tickets, { target: 60, unit: 'minutes', asOf: at('09:30') })).toBe(0);
  });

  test('measure: resolution, wait and complaint resolution', () => {
    expect(slaComplianceRate([{ createdAt: at('09:00'), resolvedAt: at('17:00') }], { target: 8, unit: 'hours', measure: 'resolution' })).toBe(100);
    const calls = [
      { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:15Z' },
      { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:01:45Z' },
      { queuedAt: '2026-11-03T09:02:00Z' },
    ];
    expect(slaComplianceSummary(calls, { target: 20, measure: 'wait', unit: 'seconds' })).toStrictEqual({ rate: 50, met: 1, breached: 1, measured: 2, leftOut: 1 });
    expect(slaComplianceRate([{ filedAt: at('09:00', 2), resolvedAt: at('09:00', 5) }], { target: 2, unit: 'days', measure: 'complaintResolution' })).toBe(0);
  });

  test('the first response is derived from messages as for the average', () => {
    const m = (hhmm: string, from: 'customer' | 'agent'): TicketMessage => ({ at: at(hhmm), from });
    const tickets: Ticket[] = [{ createdAt: at('09:00'), messages: [m('09:00', 'agent'), m('09:30', 'customer'), m('09:50', 'agent')] }];
    // agent-created: first response at 09:50, 50 minutes after creation
    expect(slaComplianceRate(tickets, { target: 45, unit: 'minutes' })).toBe(0);
  });

  const slaCases: ReadonlyArray<readonly [string, unknown, unknown, string]> = [
    ['no target', [1], {}, 'INVALID_OPTION'],
    ['no options', [1], undefined, 'INVALID_OPTION'],
    ['a negative target', [1], { target: -1 }, 'INVALID_OPTION'],
    ['a NaN target', [1], { target: NaN }, 'INVALID_OPTION'],
    ['a target function with durations', [1], { target: () => 1 }, 'INVALID_OPTION'],
    ['a unit with durations', [1], { target: 1, unit: 'minutes' }, 'INVALID_OPTION'],
    ['options with counts', { met: 1, measured: 2 }, { target: 5 }, 'INVALID_OPTION'],
    ['met above measured', { met: 3, measured: 2 }, undefined, 'INVALID_COUNTS'],
    ['nothing measured', { met: 0, measured: 0 }, undefined, 'EMPTY_INPUT'],
    ['an unknown measure', [{ createdAt: at('09:00') }], { target: 1, measure: 'reply' }, 'INVALID_OPTION'],
    ['a target function returning a string', [{ createdAt: at('09:00'), firstResponseAt: at('09:01') }], { target: () => '5' }, 'INVALID_OPTION'],
    ['a null asOf', [{ createdAt: at('09:00') }], { target: 1, asOf: null }, 'INVALID_OPTION'],
    ['a null measure', [{ createdAt: at('09:00') }], { target: 1, measure: null }, 'INVALID_OPTION'],
    ['an asOf without an offset', [{ createdAt: at('09:00') }], { target: 1, asOf: '2026-11-03 12:00' }, 'INVALID_DATE'],
    ['an asOf before an open item', [{ createdAt: at('09:00') }], { target: 1, asOf: at('08:00') }, 'NEGATIVE_DURATION'],
    ['every item open and within target', [{ createdAt: at('09:00') }], { target: 1 }, 'EMPTY_INPUT'],
    ['a negative duration', [1, -1], { target: 1 }, 'NEGATIVE_DURATION'],
    ['an empty array', [], { target: 1 }, 'EMPTY_INPUT'],
    ['a measure with durations', [1], { target: 1, measure: 'wait' }, 'INVALID_OPTION'],
    ['an asOf with durations', [1], { target: 1, asOf: at('09:00') }, 'INVALID_OPTION'],
    ['a calendar with durations', [1], { target: 1, calendar: {} }, 'INVALID_OPTION'],
    ['an unknown option with records', [{ createdAt: at('09:00') }], { target: 1, targets: 2 }, 'INVALID_OPTION'],
    ['an unknown option with counts', { met: 1, measured: 2 }, { targets: 2 }, 'INVALID_OPTION'],
    ['a null target', [1], { target: null }, 'INVALID_OPTION'],
    ['null options', [1], null, 'INVALID_OPTION'],
    ['a Map', new Map(), { target: 1 }, 'INVALID_TYPE'],
  ];
  test.each(slaCases)('%s', (_name, input, options, code) => {
    expect(errorOf(() => slaComplianceRate(input as never, options as never)).code).toBe(code);
  });

  test('options are read once, whatever the input: the same option gives the same error with durations, records and counts', () => {
    for (const input of [[1], [{ createdAt: at('09:00') }], { met: 1, measured: 2 }]) {
      expect(errorOf(() => slaComplianceRate(input as never, { target: 1, mesure: 'wait' } as never)).message).toBe(
        'slaComplianceRate: unknown option "mesure"; known options: target, measure, asOf, unit, calendar',
      );
    }
  });

  test('durations may be a typed array or any iterable', () => {
    expect(slaComplianceRate(Float64Array.of(20, 45, 60, 75), { target: 60 })).toBe(75);
    expect(slaComplianceRate(new Set([20, 45, 60, 75]), { target: 60 })).toBe(75);
  });

  test('an option of records with durations is named as such', () => {
    expect(errorOf(() => slaComplianceRate([1], { target: 1, measure: 'wait' } as never)).message).toBe(
      'slaComplianceRate: option measure applies to records; durations were measured already, so leave measure out',
    );
  });

  test('a target function returning a bad target is named with the record', () => {
    const e = errorOf(() => slaComplianceRate([{ createdAt: at('09:00'), firstResponseAt: at('09:01') }], { target: () => -4 }));
    expect(e.message).toBe('slaComplianceRate: option target for tickets[0] is -4; a target must be a finite number ≥ 0');
    expect(e.details.index).toBe(0);
  });
});

const m = (hhmm: string, from: 'customer' | 'agent'): TicketMessage => ({ at: at(hhmm), from });

describe('firstContactResolutionRate = resolved with a single agent reply / resolved × 100', () => {
  test('counts: 72 of 90 is 80', () => {
    expect(firstContactResolutionRate({ resolvedOnFirstContact: 72, resolved: 90 })).toBe(80);
  });

  test('from tickets: one reply resolves one ticket, two replies the other: 50', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent')] },
      {
        createdAt: at('09:00'),
        resolvedAt: at('16:00'),
        messages: [m('09:00', 'customer'), m('10:00', 'agent'), m('12:00', 'customer'), m('15:00', 'agent')],
      },
    ];
    expect(firstContactResolutionRate(tickets)).toBe(50);
  });

  test('open tickets are left out and counted', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent')] },
      { createdAt: at('09:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent')] },
      { createdAt: at('09:00') },
    ];
    expect(firstContactResolutionSummary(tickets)).toStrictEqual({ rate: 100, resolvedOnFirstContact: 1, resolved: 1, leftOut: 2 });
  });

  test('tickets resolved without any agent reply are left out (Help Scout), not counted as one-touch (Zendesk)', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent')] },
      { createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent'), m('10:30', 'agent')] },
      { createdAt: at('09:00'), resolvedAt: at('09:05'), messages: [m('09:00', 'customer')] },
    ];
    expect(firstContactResolutionSummary(tickets)).toStrictEqual({ rate: 50, resolvedOnFirstContact: 1, resolved: 2, leftOut: 1 });
  });

  test('a customer thank-you after the solution does not undo first contact resolution', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('10:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent'), m('10:05', 'customer')] },
    ];
    expect(firstContactResolutionRate(tickets)).toBe(100);
  });

  test('a ticket reopened and answered again is not resolved on first contact', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('14:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent'), m('12:00', 'customer'), m('14:00', 'agent')] },
    ];
    expect(firstContactResolutionRate(tickets)).toBe(0);
  });

  test('the opening message of an agent-created ticket is not a reply', () => {
    const tickets: Ticket[] = [
      { createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'agent'), m('10:00', 'customer'), m('10:30', 'agent')] },
    ];
    expect(firstContactResolutionRate(tickets)).toBe(100);
  });

  test.each([
    ['a resolved ticket without messages', [{ createdAt: at('09:00'), resolvedAt: at('10:00') }], 'INVALID_TYPE'],
    ['a resolution before the creation', [{ createdAt: at('09:00'), resolvedAt: at('08:00'), messages: [] }], 'NEGATIVE_DURATION'],
    ['messages out of order', [{ createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('10:00', 'agent'), m('09:30', 'customer')] }], 'NEGATIVE_DURATION'],
    ['nothing resolved', [{ createdAt: at('09:00') }], 'EMPTY_INPUT'],
    ['no tickets', [], 'EMPTY_INPUT'],
    ['counts with more first-contact than resolved', { resolvedOnFirstContact: 3, resolved: 2 }, 'INVALID_COUNTS'],
    ['counts of 0', { resolvedOnFirstContact: 0, resolved: 0 }, 'EMPTY_INPUT'],
    ['a fractional count', { resolvedOnFirstContact: 1.5, resolved: 2 }, 'NOT_INTEGER'],
    ['a number', 5, 'INVALID_TYPE'],
    ['a typed array', Float64Array.of(1), 'INVALID_TYPE'],
  ])('%s', (_name, input, code) => {
    expect(errorOf(() => firstContactResolutionRate(input as never)).code).toBe(code);
  });

  test('takes no options: a second argument is refused, not ignored', () => {
    const fcr = firstContactResolutionRate as (input: unknown, options: unknown) => number;
    const e = errorOf(() => fcr({ resolvedOnFirstContact: 72, resolved: 90 }, { unit: 'minutes' }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('firstContactResolutionRate: unknown option "unit"; known options: none');
    expect(fcr({ resolvedOnFirstContact: 72, resolved: 90 }, undefined)).toBe(80);
  });

  test('tickets may be any iterable', () => {
    const tickets: Ticket[] = [{ createdAt: at('09:00'), resolvedAt: at('11:00'), messages: [m('09:00', 'customer'), m('10:00', 'agent')] }];
    expect(firstContactResolutionRate(new Set(tickets))).toBe(100);
  });
});
