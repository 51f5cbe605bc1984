/**
 * slaComplianceRate and slaComplianceSummary: the code, details and message
 * of each refusal of sla.ts (counts and options given with them, a missing
 * target, the options of records given with durations, each bad duration,
 * a target function that returns no target, asOf before an open item,
 * nothing measured), and the summary's counts at the boundaries of a
 * target, written from the definition (met = within target, a duration
 * equal to it included; measured = met + breached; rate = met / measured
 * × 100; with asOf, an open item past its target is breached).
 */
import { describe, expect, test } from 'vitest';
import { slaComplianceRate, slaComplianceSummary } from '../../src/index.js';
import { expectRefusal, withHole } from '../helpers.js';
import { at } from './helpers.js';

const forms = 'pass durations (an array or iterable of numbers), or tickets, calls or complaints (an array or iterable of objects), or counts { met, measured }';

describe.each([
  ['slaComplianceRate', slaComplianceRate],
  ['slaComplianceSummary', slaComplianceSummary],
] as const)('%s', (fn, f) => {
  const call = (input: unknown, options?: unknown) => (f as (i: unknown, o?: unknown) => unknown)(input, options);

  test('input of no accepted form names the three forms', () => {
    expectRefusal(() => call(5, { target: 1 }), 'INVALID_TYPE', { fn }, `input is a number; ${forms}`);
    expectRefusal(() => call(new Map(), { target: 1 }), 'INVALID_TYPE', { fn }, `input is a Map; ${forms}`);
    expectRefusal(() => call(null), 'INVALID_TYPE', { fn }, `input is null; ${forms}`);
  });

  test('counts: given with options, each field named, the rate rule', () => {
    expectRefusal(
      () => call({ met: 1, measured: 2 }, { target: 5 }),
      'INVALID_OPTION',
      { fn },
      'counts { met, measured } were already measured against their target; pass them without options',
    );
    expectRefusal(() => call({ measured: 2 }), 'INVALID_COUNTS', { fn }, 'counts.met is missing');
    expectRefusal(() => call({ met: 1 }), 'INVALID_COUNTS', { fn }, 'counts.measured is missing');
    expectRefusal(() => call({ met: -1, measured: -1 }), 'INVALID_COUNTS', { fn }, 'counts.met -1 is negative');
    expectRefusal(() => call({ met: 1, measured: 1.5 }), 'NOT_INTEGER', { fn }, 'counts.measured 1.5 is not a whole number');
    expectRefusal(() => call({ met: '1', measured: 2 }), 'INVALID_TYPE', { fn }, 'counts.met is a string, not a number');
    expectRefusal(() => call({ met: 3, measured: 2 }), 'INVALID_COUNTS', { fn }, 'counts.met 3 is greater than counts.measured 2');
    expectRefusal(() => call({ met: 0, measured: 0 }), 'EMPTY_INPUT', { fn }, 'nothing measured: counts.measured is 0');
  });

  test('a missing target, whatever the list; it is named before an empty list', () => {
    const missing = 'option target is missing: compliance is measured against a target';
    expectRefusal(() => call([1]), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => call([1], {}), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => call([{ createdAt: at('09:00') }], { unit: 'minutes' }), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => call([], {}), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => call([], { target: 1 }), 'EMPTY_INPUT', { fn }, 'no durations or records');
    expectRefusal(() => call(new Set(), { target: 1 }), 'EMPTY_INPUT', { fn }, 'no durations or records');
  });

  test('durations: the options of records are refused, measure before asOf, then unit, then a target function', () => {
    expectRefusal(
      () => call([1], { target: 1, asOf: at('09:00'), measure: 'wait' }),
      'INVALID_OPTION',
      { fn },
      'option measure applies to records; durations were measured already, so leave measure out',
    );
    expectRefusal(() => call([1], { target: 1, asOf: at('09:00') }), 'INVALID_OPTION', { fn }, 'option asOf applies to records; durations were measured already, so leave asOf out');
    expectRefusal(
      () => call([1], { target: () => 1, unit: 'minutes' }),
      'INVALID_OPTION',
      { fn },
      'option unit applies to timestamps; durations are already in your unit, so leave unit out (or convert them yourself)',
    );
    expectRefusal(
      () => call([1], { target: () => 1 }),
      'INVALID_OPTION',
      { fn },
      'a target function needs records to look at; with durations give one target number',
    );
  });

  test('a target that is not a finite number at least 0', () => {
    for (const [value, shown] of [
      [-1, '-1'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      ['5', '"5"'],
      [null, 'null'],
    ] as const) {
      expectRefusal(() => call([1], { target: value }), 'INVALID_OPTION', { fn }, `option target must be a finite number ≥ 0, got ${shown}`);
      expectRefusal(() => call([{ createdAt: at('09:00'), firstResponseAt: at('09:01') }], { target: value }), 'INVALID_OPTION', { fn }, `option target must be a finite number ≥ 0, got ${shown}`);
    }
  });

  test('each bad duration, by its index', () => {
    expectRefusal(() => call([1, -1], { target: 1 }), 'NEGATIVE_DURATION', { fn, index: 1 }, 'durations[1] -1 is negative');
    expectRefusal(() => call([1, 2, NaN], { target: 1 }), 'NOT_FINITE', { fn, index: 2 }, 'durations[2] NaN is not a finite number');
    expectRefusal(() => call([1, Infinity], { target: 1 }), 'NOT_FINITE', { fn, index: 1 }, 'durations[1] Infinity is not a finite number');
    expectRefusal(() => call([1, -Infinity], { target: 1 }), 'NOT_FINITE', { fn, index: 1 }, 'durations[1] -Infinity is not a finite number');
    expectRefusal(() => call([1, '5'], { target: 1 }), 'INVALID_TYPE', { fn, index: 1 }, 'durations[1] "5" is a string, not a number');
    expectRefusal(() => call([1, null], { target: 1 }), 'INVALID_TYPE', { fn, index: 1 }, 'durations[1] is null, not a number');
    expectRefusal(() => call(withHole([1, 2]), { target: 1 }), 'INVALID_TYPE', { fn, index: 1 }, 'durations[1] is undefined, not a number');
  });

  test('records: an unknown measure, a record that is not an object named in the list of its measure', () => {
    expectRefusal(
      () => call([{ createdAt: at('09:00') }], { target: 1, measure: 'reply' }),
      'INVALID_OPTION',
      { fn },
      `option measure must be 'firstResponse', 'resolution', 'wait', 'complaintResolution'; got "reply"`,
    );
    expectRefusal(() => call([{ createdAt: at('09:00') }, 5], { target: 1 }), 'INVALID_TYPE', { fn, index: 1 }, 'tickets[1] is a number, not an object');
    expectRefusal(() => call([{ queuedAt: at('09:00') }, null], { target: 1, measure: 'wait' }), 'INVALID_TYPE', { fn, index: 1 }, 'calls[1] is null, not an object');
  });

  test('a target function that returns no target names the record, open records included', () => {
    const tickets = [{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { createdAt: at('09:00') }];
    for (const [value, shown] of [
      [-4, '-4'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      ['5', '"5"'],
      [undefined, 'undefined'],
    ] as const) {
      expectRefusal(
        () => call(tickets, { target: (_t: unknown, i: number) => (i === 0 ? 60 : value) }),
        'INVALID_OPTION',
        { fn, index: 1 },
        `option target for tickets[1] is ${shown}; a target must be a finite number ≥ 0`,
      );
    }
    const calls = [{ queuedAt: at('09:00'), answeredAt: at('09:01') }];
    expectRefusal(() => call(calls, { target: () => -1, measure: 'wait' }), 'INVALID_OPTION', { fn, index: 0 }, 'option target for calls[0] is -1; a target must be a finite number ≥ 0');
  });

  test('records: asOf null, and asOf that is no time', () => {
    expectRefusal(() => call([{ createdAt: at('09:00') }], { target: 1, asOf: null }), 'INVALID_OPTION', { fn }, 'option asOf is null; leave it out, or give a time');
    expectRefusal(
      () => call([{ createdAt: at('09:00') }], { target: 1, asOf: {} }),
      'INVALID_DATE',
      { fn },
      'option asOf is an object; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset',
    );
  });

  test('an end before its start names both fields of the record', () => {
    expectRefusal(
      () => call([{ createdAt: at('09:00'), firstResponseAt: at('09:05') }, { createdAt: at('09:10'), firstResponseAt: at('09:00') }], { target: 1 }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'tickets[1].firstResponseAt (2026-11-03T09:00:00.000Z) is before tickets[1].createdAt (2026-11-03T09:10:00.000Z)',
    );
  });

  test('asOf before the start of an open item names the start field of its measure', () => {
    const before = (field: string, start: string) => `option asOf (2026-11-03T08:00:00.000Z) is before ${field} (${start})`;
    const closed = { createdAt: at('09:00'), firstResponseAt: at('09:10'), resolvedAt: at('09:30') };
    expectRefusal(
      () => call([closed, { createdAt: at('09:00') }], { target: 1, asOf: at('08:00') }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      before('tickets[1].createdAt', '2026-11-03T09:00:00.000Z'),
    );
    expectRefusal(
      () => call([{ createdAt: at('08:30') }], { target: 1, asOf: at('08:00'), measure: 'resolution' }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      before('tickets[0].createdAt', '2026-11-03T08:30:00.000Z'),
    );
    expectRefusal(
      () => call([{ queuedAt: at('09:00'), answeredAt: at('09:01') }, { queuedAt: at('09:05') }], { target: 1, asOf: at('08:00'), measure: 'wait' }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      before('calls[1].queuedAt', '2026-11-03T09:05:00.000Z'),
    );
    expectRefusal(
      () => call([{ filedAt: at('09:00') }], { target: 1, asOf: at('08:00'), measure: 'complaintResolution' }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      before('complaints[0].filedAt', '2026-11-03T09:00:00.000Z'),
    );
  });

  test('nothing measured: the open items left out are counted in the message, one or more, with asOf or without', () => {
    expectRefusal(() => call([{ createdAt: at('09:00') }], { target: 1 }), 'EMPTY_INPUT', { fn }, 'nothing measured: the only item is still open and within target');
    expectRefusal(
      () => call([{ createdAt: at('09:00') }, { createdAt: at('09:30') }], { target: 60, unit: 'minutes', asOf: at('10:00') }),
      'EMPTY_INPUT',
      { fn },
      'nothing measured: all 2 items are still open and within target',
    );
  });
});

describe('slaComplianceSummary counts', () => {
  test('durations at the target, just below and just above it', () => {
    // 9.5 and 10 meet 10; 10.5 does not
    expect(slaComplianceSummary([9.5, 10, 10.5], { target: 10 })).toStrictEqual({ rate: 200 / 3, met: 2, breached: 1, measured: 3, leftOut: 0 });
    expect(slaComplianceSummary([10.5, 11], { target: 10 })).toStrictEqual({ rate: 0, met: 0, breached: 2, measured: 2, leftOut: 0 });
  });

  test('a target of 0: durations of 0 and -0 meet it, any longer one breaches it', () => {
    expect(slaComplianceSummary([0, -0, 1e-9], { target: 0 })).toStrictEqual({ rate: 200 / 3, met: 2, breached: 1, measured: 3, leftOut: 0 });
  });

  test('counts: breached is measured minus met; empty options are no options', () => {
    expect(slaComplianceSummary({ met: 0, measured: 5 })).toStrictEqual({ rate: 0, met: 0, breached: 5, measured: 5, leftOut: 0 });
    expect(slaComplianceSummary({ met: 7, measured: 7 })).toStrictEqual({ rate: 100, met: 7, breached: 0, measured: 7, leftOut: 0 });
    expect((slaComplianceSummary as (i: unknown, o: unknown) => unknown)({ met: 1, measured: 4 }, {})).toStrictEqual({ rate: 25, met: 1, breached: 3, measured: 4, leftOut: 0 });
  });

  test('records: a reply at the target meets it; with asOf an open item exactly at its target is still left out, one past it breached', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:30') }, // 30: met
      { createdAt: at('09:00'), firstResponseAt: at('09:31') }, // 31: breached
      { createdAt: at('09:30') }, // open 30 at 10:00: left out
      { createdAt: at('09:29') }, // open 31 at 10:00: breached
      { createdAt: at('10:00') }, // open 0 at 10:00, asOf at its start: left out
    ];
    expect(slaComplianceSummary(tickets, { target: 30, unit: 'minutes', asOf: at('10:00') })).toStrictEqual({ rate: 100 / 3, met: 1, breached: 2, measured: 3, leftOut: 2 });
    // without asOf every open item is left out
    expect(slaComplianceSummary(tickets, { target: 30, unit: 'minutes' })).toStrictEqual({ rate: 50, met: 1, breached: 1, measured: 2, leftOut: 3 });
  });

  test('asOf before the start of an item that has ended is no error: only open items are measured to asOf', () => {
    expect(slaComplianceSummary([{ createdAt: at('09:00'), firstResponseAt: at('09:10') }], { target: 10, unit: 'minutes', asOf: at('08:00') })).toStrictEqual({
      rate: 100,
      met: 1,
      breached: 0,
      measured: 1,
      leftOut: 0,
    });
  });

  test('a target function of 0 is a target; the function sees each record and its index, open ones included', () => {
    const calls = [
      { queuedAt: at('09:00'), answeredAt: at('09:00') },
      { queuedAt: at('09:00'), answeredAt: at('09:02') },
      { queuedAt: at('09:00') },
    ];
    const seen: unknown[] = [];
    const target = (call: unknown, i: number) => {
      seen.push([call, i]);
      return i === 0 ? 0 : 1;
    };
    // 0 within 0, 2 past 1, the open call past 1 at asOf 09:05
    expect(slaComplianceSummary(calls, { target, measure: 'wait', unit: 'minutes', asOf: at('09:05') })).toStrictEqual({ rate: 100 / 3, met: 1, breached: 2, measured: 3, leftOut: 0 });
    expect(seen).toStrictEqual(calls.map((c, i) => [c, i]));
  });

  test('measure resolution and complaint resolution, each against its own end', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:05'), resolvedAt: at('11:00') },
      { createdAt: at('09:00'), firstResponseAt: at('10:30') },
    ];
    // first responses 5 and 90 against 60; resolutions: 120 against 60, the second unresolved
    expect(slaComplianceSummary(tickets, { target: 60, unit: 'minutes' })).toStrictEqual({ rate: 50, met: 1, breached: 1, measured: 2, leftOut: 0 });
    expect(slaComplianceSummary(tickets, { target: 60, unit: 'minutes', measure: 'resolution' })).toStrictEqual({ rate: 0, met: 0, breached: 1, measured: 1, leftOut: 1 });
    const complaints = [{ filedAt: at('09:00'), resolvedAt: at('09:00', 4) }, { filedAt: at('09:00') }];
    expect(slaComplianceSummary(complaints, { target: 1, unit: 'days', measure: 'complaintResolution', asOf: at('09:00', 5) })).toStrictEqual({
      rate: 50,
      met: 1,
      breached: 1,
      measured: 2,
      leftOut: 0,
    });
  });
});
