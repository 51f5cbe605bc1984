/**
 * The readers of tickets (src/support/ticket.ts) through the metrics that
 * use them: every refusal of a ticket's messages (the list, each message,
 * its at, from and public, and their time order) with code, details and
 * message; the timestamps in epoch milliseconds at the edges of the range
 * of a Date (±8.64e15) on the fast path and the general one; and which
 * messages count as replies and as customer messages, written from the
 * definitions in the TSDoc (Zendesk's first reply, opening messages).
 */
import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageResolutionTime,
  averageResponseTime,
  businessCalendar,
  firstContactResolutionRate,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  responseTimeSummary,
} from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

const A = '2026-11-03T09:00:00Z';
const B = '2026-11-03T09:10:00Z';
const C = '2026-11-03T09:30:00Z';
const customer = (at: unknown) => ({ at, from: 'customer' });
const agent = (at: unknown, visible?: boolean) => (visible === undefined ? { at, from: 'agent' } : { at, from: 'agent', public: visible });
const MAX = 8.64e15;
const MINUTE = 60_000;
const notATime = 'is not a time: epoch milliseconds must be finite and within ±8.64e15';

// every metric that reads a ticket's messages; the tickets are resolved, so that first contact resolution reads them too
describe.each([
  ['averageFirstResponseTime', averageFirstResponseTime],
  ['firstResponseTimeSummary', firstResponseTimeSummary],
  ['averageResponseTime', averageResponseTime],
  ['responseTimeSummary', responseTimeSummary],
  ['firstContactResolutionRate', firstContactResolutionRate],
  ['firstContactResolutionSummary', firstContactResolutionSummary],
] as const)('%s reads messages', (fn, f) => {
  const call = (tickets: unknown) => (f as (input: unknown) => unknown)(tickets);
  const ok = { createdAt: A, resolvedAt: C, messages: [customer(A), agent(B)] };
  const withMessages = (messages: unknown) => ({ createdAt: A, resolvedAt: C, messages });

  test('messages that are not a list, named with the index of the ticket', () => {
    for (const [messages, kind] of [
      ['hello', 'a string'],
      [5, 'a number'],
      [true, 'a boolean'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => call([ok, withMessages(messages)]), 'INVALID_TYPE', { fn, index: 1 }, `tickets[1].messages is ${kind}, not an array of messages`);
    }
  });

  test('messages null or left out are no conversation: a ticket without a reply, or one the metric refuses', () => {
    const none = [
      { createdAt: A, resolvedAt: C, messages: null },
      { createdAt: A, resolvedAt: C },
    ];
    const noResponse = 'tickets[0] has no messages; response times are measured on the conversation (give messages: [] for a ticket without any)';
    const noReplies = 'tickets[0] is resolved but has no messages; first contact resolution counts the agent replies in messages';
    if (fn === 'averageResponseTime' || fn === 'responseTimeSummary') expectRefusal(() => call(none), 'INVALID_TYPE', { fn, index: 0 }, noResponse);
    else if (fn === 'firstContactResolutionRate' || fn === 'firstContactResolutionSummary') expectRefusal(() => call(none), 'INVALID_TYPE', { fn, index: 0 }, noReplies);
    else expectRefusal(() => call(none), 'EMPTY_INPUT', { fn }, 'no ticket has a first response yet (2 tickets, all left out)');
  });

  test('a message that is not an object', () => {
    expectRefusal(() => call([withMessages([customer(A), null])]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].messages[1] is null, not a message { at, from }');
    expectRefusal(() => call([ok, ok, withMessages(['hi'])]), 'INVALID_TYPE', { fn, index: 2 }, 'tickets[2].messages[0] is a string, not a message { at, from }');
  });

  test('a message time that is missing or cannot be read', () => {
    expectRefusal(() => call([withMessages([customer(A), { from: 'agent' }])]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].messages[1].at is missing');
    expectRefusal(() => call([withMessages([customer(null)])]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].messages[0].at is missing');
    expectRefusal(
      () => call([ok, withMessages([customer('soon')])]),
      'INVALID_DATE',
      { fn, index: 1 },
      'tickets[1].messages[0].at "soon" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    expectRefusal(() => call([withMessages([customer(MAX + 1)])]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].messages[0].at 8640000000000001 ${notATime}`);
    expectRefusal(() => call([withMessages([customer(NaN)])]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].messages[0].at NaN ${notATime}`);
    expectRefusal(() => call([withMessages([customer(new Date(NaN))])]), 'INVALID_DATE', { fn, index: 0 }, 'tickets[0].messages[0].at is an invalid Date');
  });

  test('a sender that is not one of the four', () => {
    for (const [from, text] of [
      ['admin', '"admin"'],
      [undefined, 'undefined'],
      ['Agent', '"Agent"'],
      [1, '1'],
    ] as const) {
      expectRefusal(
        () => call([withMessages([customer(A), { at: B, from }])]),
        'INVALID_TYPE',
        { fn, index: 0 },
        `tickets[0].messages[1].from is ${text}; it must be 'customer', 'agent', 'bot' or 'system'`,
      );
    }
  });

  test('public that is given and not a boolean', () => {
    for (const [visible, text] of [
      [null, 'null'],
      [0, '0'],
      ['false', '"false"'],
    ] as const) {
      expectRefusal(
        () => call([withMessages([{ ...customer(A), public: visible }])]),
        'INVALID_TYPE',
        { fn, index: 0 },
        `tickets[0].messages[0].public is ${text}; a message is public (true, the default) or internal (false)`,
      );
    }
  });

  test('messages before the creation, or out of order; the same instant is in order', () => {
    expectRefusal(
      () => call([withMessages([customer('2026-11-03T08:59:00Z')])]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'tickets[0].messages[0].at (2026-11-03T08:59:00.000Z) is before tickets[0].createdAt (2026-11-03T09:00:00.000Z)',
    );
    expectRefusal(
      () => call([ok, withMessages([customer(A), agent(B), customer('2026-11-03T09:09:59.999Z')])]),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'tickets[1].messages[2].at (2026-11-03T09:09:59.999Z) is before tickets[1].messages[1].at (2026-11-03T09:10:00.000Z); messages must be in time order',
    );
    // at the creation, and two at one instant, are in order
    expect(() => call([withMessages([customer(A), customer(B), agent(B)])])).not.toThrow();
  });

  test('each message is checked in the order at, from, public, then its time order', () => {
    expectRefusal(() => call([withMessages([{ from: 'nobody', public: 'x' }])]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].messages[0].at is missing');
    expectRefusal(
      () => call([withMessages([{ at: '2026-11-03T08:00:00Z', from: 'nobody', public: 'x' }])]),
      'INVALID_TYPE',
      { fn, index: 0 },
      "tickets[0].messages[0].from is \"nobody\"; it must be 'customer', 'agent', 'bot' or 'system'",
    );
    expectRefusal(
      () => call([withMessages([{ at: '2026-11-03T08:00:00Z', from: 'bot', public: 'x' }])]),
      'INVALID_TYPE',
      { fn, index: 0 },
      'tickets[0].messages[0].public is "x"; a message is public (true, the default) or internal (false)',
    );
  });
});

describe('which messages are replies, and which are the customer', () => {
  test('first response: a public agent opening message is no reply; an internal one, or a bot or system opening, leaves the next public agent message the first reply', () => {
    const minutes = { unit: 'minutes' } as const;
    const first = (messages: unknown[]) => averageFirstResponseTime(untyped([{ createdAt: A, messages }]), minutes);
    // creation 09:00; the reply at 09:30 is 30 minutes after it
    expect(first([agent(A), customer(B), agent(C)])).toBe(30);
    expect(first([agent(A, false), agent(C)])).toBe(30);
    expect(first([{ at: A, from: 'bot' }, agent(C)])).toBe(30);
    expect(first([{ at: A, from: 'system' }, agent(C)])).toBe(30);
    // a first agent message at 09:10 that is public and not the first message is the reply: 10
    expect(first([customer(A), agent(B), agent(C)])).toBe(10);
    // the opening message, only: no reply yet
    expectRefusal(() => first([agent(A)]), 'EMPTY_INPUT', { fn: 'averageFirstResponseTime' }, 'no ticket has a first response yet (1 ticket, all left out)');
    expectRefusal(() => first([customer(A), agent(B, false)]), 'EMPTY_INPUT', { fn: 'averageFirstResponseTime' }, 'no ticket has a first response yet (1 ticket, all left out)');
  });

  test('first contact resolution counts the replies after an opening message', () => {
    const resolved = (...messages: unknown[]) => ({ createdAt: A, resolvedAt: C, messages });
    const s = firstContactResolutionSummary(
      untyped([
        // an opening public message, then one reply: resolved on first contact
        resolved(agent(A), customer(B), agent(C)),
        // an opening public message only: no reply, left out
        resolved(agent(A)),
        // an internal opening note, then one public reply: first contact
        resolved(agent(A, false), agent(C)),
        // two replies after the customer: resolved, not on first contact
        resolved(customer(A), agent(B), agent(C)),
        // a bot opens, an agent replies once: first contact
        resolved({ at: A, from: 'bot' }, agent(B)),
      ]),
    );
    // 3 of the 4 resolved tickets with a reply have exactly one
    expect(s).toStrictEqual({ rate: 75, resolvedOnFirstContact: 3, resolved: 4, leftOut: 1 });
  });

  test('response time: a customer message that is internal starts no wait; one that is public does', () => {
    // the wait starts at the public customer message of 09:10 and ends at the reply at 09:30: 20 minutes
    const t = { createdAt: A, messages: [{ ...customer(A), public: false }, customer(B), agent(C)] };
    expect(responseTimeSummary(untyped([t]), { unit: 'minutes' })).toMatchObject({ count: 1, sum: 20, leftOut: 0 });
    // public: true given is the default: the wait starts at 09:00, 30 minutes
    expect(averageResponseTime(untyped([{ createdAt: A, messages: [{ ...customer(A), public: true }, agent(C)] }]), { unit: 'minutes' })).toBe(30);
  });
});

describe('timestamps in epoch milliseconds, at the edges of the range of a Date', () => {
  const fn = 'averageFirstResponseTime';
  const frt = (tickets: unknown, options?: unknown) => averageFirstResponseTime(untyped(tickets), untyped(options));

  test('inside the range, on the edge: measured as given, on the fast path and with a calendar', () => {
    expect(frt([{ createdAt: 0, firstResponseAt: MINUTE }])).toBe(MINUTE);
    expect(frt([{ createdAt: -MAX, firstResponseAt: -MAX + MINUTE }])).toBe(MINUTE);
    expect(frt([{ createdAt: MAX - MINUTE, firstResponseAt: MAX }])).toBe(MINUTE);
    expect(frt([{ createdAt: 5, firstResponseAt: 5 }, { createdAt: 0, firstResponseAt: 2 * MINUTE }], { unit: 'minutes' })).toBe(1);
    // a calendar open at every hour measures elapsed time, through the general readers
    const always = businessCalendar.always();
    expect(frt([{ createdAt: 0, firstResponseAt: MINUTE }], { calendar: always })).toBe(MINUTE);
    expect(averageResolutionTime(untyped([{ createdAt: MAX - MINUTE, resolvedAt: MAX }]), { calendar: always, unit: 'minutes' })).toBe(1);
  });

  test('just outside the range, or not finite: the field that is not a time', () => {
    expectRefusal(() => frt([{ createdAt: -MAX - 1, firstResponseAt: 0 }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].createdAt -8640000000000001 ${notATime}`);
    expectRefusal(() => frt([{ createdAt: -Infinity, firstResponseAt: 0 }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].createdAt -Infinity ${notATime}`);
    // a start past the end of the range, with an end before it
    expectRefusal(() => frt([{ createdAt: MAX + 1, firstResponseAt: MAX }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].createdAt 8640000000000001 ${notATime}`);
    expectRefusal(() => frt([{ createdAt: 0, firstResponseAt: MAX + 1 }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].firstResponseAt 8640000000000001 ${notATime}`);
    expectRefusal(() => frt([{ createdAt: 0, firstResponseAt: Infinity }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].firstResponseAt Infinity ${notATime}`);
    expectRefusal(() => frt([{ createdAt: -MAX, firstResponseAt: -MAX - 1 }]), 'INVALID_DATE', { fn, index: 0 }, `tickets[0].firstResponseAt -8640000000000001 ${notATime}`);
    expectRefusal(() => frt([{ createdAt: new Date(NaN), firstResponseAt: 0 }]), 'INVALID_DATE', { fn, index: 0 }, 'tickets[0].createdAt is an invalid Date');
  });

  test('an end before its start, a start that is missing, and an end that is none', () => {
    expectRefusal(
      () => frt([{ createdAt: 0, firstResponseAt: MINUTE }, { createdAt: MINUTE, firstResponseAt: 0 }]),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'tickets[1].firstResponseAt (1970-01-01T00:00:00.000Z) is before tickets[1].createdAt (1970-01-01T00:01:00.000Z)',
    );
    expectRefusal(() => frt([{ createdAt: null, firstResponseAt: 5 }]), 'INVALID_TYPE', { fn, index: 0 }, 'tickets[0].createdAt is missing');
    expectRefusal(() => frt([{ createdAt: true, firstResponseAt: 5 }]), 'INVALID_DATE', { fn, index: 0 }, 'tickets[0].createdAt is a boolean; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset');
    // null and undefined are no response: left out, not a response at 0
    expectRefusal(() => frt([{ createdAt: 0, firstResponseAt: null }]), 'EMPTY_INPUT', { fn }, 'no ticket has a first response yet (1 ticket, all left out)');
    expectRefusal(() => frt([{ createdAt: 0 }, { createdAt: 0, firstResponseAt: undefined }]), 'EMPTY_INPUT', { fn }, 'no ticket has a first response yet (2 tickets, all left out)');
    expect(frt([{ createdAt: 0, firstResponseAt: null }, { createdAt: 0, firstResponseAt: 0 }, { createdAt: 0, firstResponseAt: 2 * MINUTE }], { unit: 'minutes' })).toBe(1);
  });

  test('the readers without a fast path (first contact resolution) read the same edges', () => {
    const fcr = (t: unknown) => firstContactResolutionRate(untyped([t]));
    const messages = [customer(-MAX), agent(MAX)];
    expect(fcr({ createdAt: -MAX, resolvedAt: MAX, messages })).toBe(100);
    expectRefusal(() => fcr({ createdAt: -MAX - 1, resolvedAt: MAX, messages }), 'INVALID_DATE', { fn: 'firstContactResolutionRate', index: 0 }, `tickets[0].createdAt -8640000000000001 ${notATime}`);
    expectRefusal(() => fcr({ createdAt: 0, resolvedAt: MAX + 1, messages }), 'INVALID_DATE', { fn: 'firstContactResolutionRate', index: 0 }, `tickets[0].resolvedAt 8640000000000001 ${notATime}`);
    expectRefusal(() => fcr({ createdAt: 0, resolvedAt: -Infinity, messages }), 'INVALID_DATE', { fn: 'firstContactResolutionRate', index: 0 }, `tickets[0].resolvedAt -Infinity ${notATime}`);
    expectRefusal(
      () => fcr({ createdAt: 0, resolvedAt: '', messages }),
      'INVALID_DATE',
      { fn: 'firstContactResolutionRate', index: 0 },
      'tickets[0].resolvedAt "" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    expectRefusal(
      () => fcr({ createdAt: 0, resolvedAt: MAX, messages: [customer(-1)] }),
      'NEGATIVE_DURATION',
      { fn: 'firstContactResolutionRate', index: 0 },
      'tickets[0].messages[0].at (1969-12-31T23:59:59.999Z) is before tickets[0].createdAt (1970-01-01T00:00:00.000Z)',
    );
  });
});
