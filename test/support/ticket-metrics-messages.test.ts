/**
 * ticketMetrics and ticketMetricsSummary: the code, details and message of
 * each refusal of ticket-metrics.ts (the history and the options, the
 * summary's input, method and calendar function, the one-pass read of
 * epoch milliseconds falling back to the general read), and the figures of
 * both reads written from Zendesk's definitions in the TSDoc: status
 * changes into and out of solved, periods cut at asOf, the opening comment,
 * next reply waits, the rates of the summary and working time.
 */
import { describe, expect, test } from 'vitest';
import { businessCalendar, resolutionTimeSummary, ticketMetrics, ticketMetricsSummary, type TicketEvent, type TicketHistory, type TicketStatus } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';
import { at, MINUTE } from './helpers.js';

const minutes = { unit: 'minutes' } as const;
/** 2026-11-03 (a Tuesday) at hh:mm UTC, epoch milliseconds: the form the summary reads in one pass. */
const ms = (hhmm: string, day = 3): number => Date.parse(at(hhmm, day));

type Form = 'iso' | 'ms';
const time = (form: Form, hhmm: string, day = 3) => (form === 'iso' ? at(hhmm, day) : ms(hhmm, day));
const said = (form: Form, hhmm: string, author: 'customer' | 'agent' | 'bot' | 'system', visible = true): TicketEvent => ({
  type: 'comment',
  at: time(form, hhmm),
  author,
  public: visible,
});
const status = (form: Form, hhmm: string, s: TicketStatus, day = 3): TicketEvent => ({ type: 'status', at: time(form, hhmm, day), status: s });

describe('ticketMetrics refusals', () => {
  const fn = 'ticketMetrics';
  const history = { createdAt: at('09:00'), events: [] };

  test('a history that is not an object names its kind; an array points to the summary', () => {
    expectRefusal(() => ticketMetrics(untyped(null)), 'INVALID_TYPE', { fn }, 'history is null, not a history { createdAt, events }');
    expectRefusal(() => ticketMetrics(untyped(5)), 'INVALID_TYPE', { fn }, 'history is a number, not a history { createdAt, events }');
    expectRefusal(() => ticketMetrics(untyped('h')), 'INVALID_TYPE', { fn }, 'history is a string, not a history { createdAt, events }');
    expectRefusal(() => ticketMetrics(untyped(undefined)), 'INVALID_TYPE', { fn }, 'history is undefined, not a history { createdAt, events }');
    expectRefusal(
      () => ticketMetrics(untyped([history])),
      'INVALID_TYPE',
      { fn },
      'history is an array, not a history { createdAt, events }; for many tickets use ticketMetricsSummary',
    );
  });

  test('options: their kind, an unknown key (the three known listed), a unit, a calendar, asOf', () => {
    expectRefusal(() => ticketMetrics(history, untyped(5)), 'INVALID_OPTION', { fn }, 'options must be an object, got 5');
    expectRefusal(() => ticketMetrics(history, untyped({ method: 'linear' })), 'INVALID_OPTION', { fn }, 'unknown option "method"; known options: unit, calendar, asOf');
    expectRefusal(
      () => ticketMetrics(history, untyped({ unit: 'weeks' })),
      'INVALID_OPTION',
      { fn },
      `option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got "weeks"`,
    );
    expectRefusal(
      () => ticketMetrics(history, untyped({ calendar: {} })),
      'INVALID_OPTION',
      { fn },
      'option calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got an object',
    );
    expectRefusal(() => ticketMetrics(history, untyped({ asOf: null })), 'INVALID_OPTION', { fn }, 'option asOf is null; leave it out, or give a time');
    expectRefusal(
      () => ticketMetrics(history, { asOf: at('08:59') }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T08:59:00.000Z) is before histories[0].createdAt (2026-11-03T09:00:00.000Z)',
    );
  });

  test('the options are read before the history: a bad option is named even for a history that is not one', () => {
    expectRefusal(() => ticketMetrics(untyped(null), untyped({ units: 'minutes' })), 'INVALID_OPTION', { fn }, 'unknown option "units"; known options: unit, calendar, asOf');
  });

  test('a calendar function that returns no calendar is named with the history it was given, its index 0 in details', () => {
    expectRefusal(
      () => ticketMetrics(history, { calendar: () => untyped('UTC') }),
      'INVALID_OPTION',
      { fn, index: 0 },
      'the calendar that option calendar gives histories[0] must be a calendar made by businessCalendar({ timeZone, week, holidays }); got "UTC"',
    );
  });

  test('asOf equal to the last event is accepted; one millisecond before it is refused, naming the event', () => {
    const h = { createdAt: at('09:00'), events: [status('iso', '09:10', 'open'), status('iso', '10:00', 'pending')] };
    // new 10 + open 50; pending from 10:00 is cut at 10:00
    expect(ticketMetrics(h, { ...minutes, asOf: at('10:00') })).toMatchObject({ requesterWaitTime: 60, agentWorkTime: 60, agentWaitTime: 0 });
    expectRefusal(
      () => ticketMetrics(h, { asOf: ms('10:00') - 1 }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T09:59:59.999Z) is before histories[0].events[1].at (2026-11-03T10:00:00.000Z); a report as of a time lists what had happened by then',
    );
  });
});

describe('ticketMetricsSummary refusals', () => {
  const fn = 'ticketMetricsSummary';
  const plain = { createdAt: ms('08:00'), events: [] };

  test('no histories, input of no accepted form, a record that is not an object', () => {
    expectRefusal(() => ticketMetricsSummary([]), 'EMPTY_INPUT', { fn }, 'no histories');
    expectRefusal(() => ticketMetricsSummary(new Set()), 'EMPTY_INPUT', { fn }, 'no histories');
    expectRefusal(() => ticketMetricsSummary(untyped(5)), 'INVALID_TYPE', { fn }, 'input is a number; pass histories (an array or iterable of objects)');
    expectRefusal(() => ticketMetricsSummary(untyped(plain)), 'INVALID_TYPE', { fn }, 'input is an object that is not a list; pass histories (an array or iterable of objects)');
    expectRefusal(() => ticketMetricsSummary(untyped([plain, 7])), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1] is a number, not an object');
    expectRefusal(() => ticketMetricsSummary(untyped([plain, null])), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1] is null, not an object');
  });

  const methods = `'inverted-cdf', 'averaged-inverted-cdf', 'closest-observation', 'interpolated-inverted-cdf', 'hazen', 'weibull', 'linear', 'median-unbiased', 'normal-unbiased'`;

  test('options: an unknown key (the four known listed), the method, read before the unit', () => {
    expectRefusal(() => ticketMetricsSummary([plain], untyped({ units: 'minutes' })), 'INVALID_OPTION', { fn }, 'unknown option "units"; known options: unit, calendar, asOf, method');
    expectRefusal(() => ticketMetricsSummary([plain], untyped({ method: 'nearest', unit: 'weeks' })), 'INVALID_OPTION', { fn }, `option method must be ${methods}; got "nearest"`);
    expectRefusal(() => ticketMetricsSummary([plain], untyped({ unit: 'weeks' })), 'INVALID_OPTION', { fn }, `option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got "weeks"`);
  });

  test('the options are read before the input: a bad option is named even with no histories', () => {
    expectRefusal(() => ticketMetricsSummary([], untyped({ method: 7 })), 'INVALID_OPTION', { fn }, `option method must be ${methods}; got 7`);
  });

  test('a calendar function is called per history, and the one that returns no calendar is named, with its index in details', () => {
    const calendar = businessCalendar.always();
    const seen: number[] = [];
    const pick = (_h: TicketHistory, i: number) => {
      seen.push(i);
      return i === 2 ? untyped(null) : calendar;
    };
    expectRefusal(
      () => ticketMetricsSummary([plain, plain, plain], { calendar: pick }),
      'INVALID_OPTION',
      { fn, index: 2 },
      'the calendar that option calendar gives histories[2] must be a calendar made by businessCalendar({ timeZone, week, holidays }); got null',
    );
    expect(seen).toStrictEqual([0, 1, 2]);
  });

  test('createdAt in epoch milliseconds out of the range of a Date: the one-pass read leaves it to the general read, which refuses it', () => {
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: 8.64e15 + 1, events: [] }])),
      'INVALID_DATE',
      { fn, index: 1 },
      'histories[1].createdAt 8640000000000001 is not a time: epoch milliseconds must be finite and within ±8.64e15',
    );
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: -8.64e15 - 1, events: [] }])),
      'INVALID_DATE',
      { fn, index: 1 },
      'histories[1].createdAt -8640000000000001 is not a time: epoch milliseconds must be finite and within ±8.64e15',
    );
  });

  test('the ends of the range of a Date are times: a history created at each, with an event at the last instant', () => {
    const last = { createdAt: 8.64e15, events: [{ type: 'status' as const, at: 8.64e15, status: 'solved' as const }] };
    const first = { createdAt: -8.64e15, events: [] };
    const s = ticketMetricsSummary([last, first]);
    expect(s).toMatchObject({ count: 2, solved: 1 });
    expect(s.fullResolutionTime).toMatchObject({ count: 1, sum: 0, leftOut: 1 });
  });

  test('events of epoch milliseconds that are not an array, and an event that is a function, are refused as the general read refuses them', () => {
    // a length that is not one: the history's index, as for its events below
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: ms('09:00'), events: { length: -1 } }])),
      'INVALID_TYPE',
      { fn, index: 1 },
      'histories[1].events has a length of -1; pass an array or a typed array',
    );
    // null as the first event, before the one-pass read has read any
    expectRefusal(
      () => ticketMetricsSummary(untyped([{ createdAt: ms('09:00'), events: [null] }])),
      'INVALID_TYPE',
      { fn, index: 0 },
      'histories[0].events[0] is null, not an event { type, at, … }',
    );
    const event = Object.assign(() => 0, { type: 'status', at: ms('09:10'), status: 'open' });
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: ms('09:00'), events: [event] }])),
      'INVALID_TYPE',
      { fn, index: 1 },
      'histories[1].events[0] is a function, not an event { type, at, … }',
    );
  });

  test('an event of epoch milliseconds of an unknown type naming an assignee, and an assignment to an object, are refused as the general read refuses them', () => {
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: ms('09:00'), events: [{ type: 'merge', at: ms('09:10'), assignee: 'ana' }] }])),
      'INVALID_TYPE',
      { fn, index: 1 },
      `histories[1].events[0].type is "merge"; an event is a 'comment', a 'status' change or an 'assignment'`,
    );
    expectRefusal(
      () => ticketMetricsSummary(untyped([plain, { createdAt: ms('09:00'), events: [{ type: 'assignment', at: ms('09:10'), group: 'tech', assignee: {} }] }])),
      'INVALID_TYPE',
      { fn, index: 1 },
      'histories[1].events[0].assignee is an object; it is an id (a string or a number), or null for none',
    );
    // a valid assignment is read and changes no figure: first reply 09:00 → 09:20
    const assigned = { createdAt: ms('09:00'), events: [said('ms', '09:00', 'customer'), { type: 'assignment' as const, at: ms('09:05'), assignee: 'ana' }, said('ms', '09:20', 'agent')] };
    expect(ticketMetricsSummary([assigned], minutes).firstReplyTime).toMatchObject({ count: 1, sum: 20 });
  });

  test('the first event of an epoch-millisecond history: before the creation, with a public that is not a boolean, or at null with a creation before 1970, refused as the general read refuses them', () => {
    expectRefusal(
      () => ticketMetricsSummary([{ createdAt: ms('09:00'), events: [status('ms', '08:59', 'open')] }]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'histories[0].events[0].at (2026-11-03T08:59:00.000Z) is before histories[0].createdAt (2026-11-03T09:00:00.000Z)',
    );
    expectRefusal(
      () => ticketMetricsSummary(untyped([{ createdAt: ms('09:00'), events: [{ type: 'comment', at: ms('09:10'), author: 'agent', public: 'yes' }] }])),
      'INVALID_TYPE',
      { fn, index: 0 },
      'histories[0].events[0].public is "yes"; a comment is public (true) or internal (false)',
    );
    // null compares as 0, which is after a creation of -60000: only the type of the time tells it apart
    expectRefusal(
      () => ticketMetricsSummary(untyped([{ createdAt: -60_000, events: [{ type: 'status', at: null, status: 'open' }] }])),
      'INVALID_TYPE',
      { fn, index: 0 },
      'histories[0].events[0].at is missing',
    );
  });

  test('asOf one millisecond before the last event of an epoch-millisecond history is refused, naming that history', () => {
    const h = { createdAt: ms('09:00'), events: [status('ms', '09:10', 'open'), status('ms', '09:30', 'pending'), status('ms', '10:00', 'on-hold')] };
    expectRefusal(
      () => ticketMetricsSummary([plain, h], { asOf: ms('10:00') - 1 }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'option asOf (2026-11-03T09:59:59.999Z) is before histories[1].events[2].at (2026-11-03T10:00:00.000Z); a report as of a time lists what had happened by then',
    );
  });
});

// Each history below is read three ways: by ticketMetrics (a timeline), by the summary from ISO strings
// (a timeline, without stations) and by the summary from epoch milliseconds in order (the one-pass read).
describe.each(['iso', 'ms'] as const)('figures from %s timestamps', (form) => {
  const t = (hhmm: string, day = 3) => time(form, hhmm, day);
  const c = (hhmm: string, author: 'customer' | 'agent' | 'bot' | 'system', visible = true) => said(form, hhmm, author, visible);
  const s = (hhmm: string, st: TicketStatus, day = 3) => status(form, hhmm, st, day);

  // created solved (resolved at creation); open 09:30–10:00 (30), pending 10:00–10:20 (20), on-hold 10:20–10:50 (30),
  // open 10:50–11:00 (10), solved 11:00, closed 11:30 (no new resolution)
  const statuses: TicketHistory = {
    createdAt: t('09:00'),
    status: 'solved',
    events: [s('09:30', 'open'), s('10:00', 'pending'), s('10:20', 'on-hold'), s('10:50', 'open'), s('11:00', 'solved'), s('11:30', 'closed')],
  };

  test('created solved, reopened and solved again: first resolution 0, full 120; requester wait 30 + 30 + 10, agent work 30 + 10', () => {
    expect(ticketMetrics(statuses, minutes)).toStrictEqual({
      firstReplyTime: null,
      firstResolutionTime: 0,
      fullResolutionTime: 120,
      requesterWaitTime: 70,
      agentWorkTime: 40,
      agentWaitTime: 20,
      onHoldTime: 30,
      nextReplyTimes: [],
      replies: 0,
      reopens: 1,
      assigneeStations: 0,
      groupStations: 0,
      solved: true,
    });
    const summary = ticketMetricsSummary([statuses], minutes);
    expect(summary).toMatchObject({ count: 1, solved: 1, reopened: 1, reopenRate: 100, oneTouch: 0, oneTouchRate: 0, firstReplyTime: null, nextReplyTime: null });
    expect(summary.firstResolutionTime).toMatchObject({ count: 1, sum: 0, leftOut: 0 });
    expect(summary.fullResolutionTime).toMatchObject({ count: 1, sum: 120, leftOut: 0 });
    expect([summary.requesterWaitTime.sum, summary.agentWorkTime.sum, summary.agentWaitTime.sum, summary.onHoldTime.sum]).toStrictEqual([70, 40, 20, 30]);
  });

  test('changes between unsolved statuses are no reopens: new, open, pending, solved is solved once and never reopened', () => {
    const once: TicketHistory = { createdAt: t('09:00'), events: [s('09:10', 'open'), s('09:20', 'pending'), s('09:30', 'solved')] };
    expect(ticketMetrics(once, minutes)).toMatchObject({ reopens: 0, solved: true, fullResolutionTime: 30 });
    expect(ticketMetricsSummary([once], minutes)).toMatchObject({ solved: 1, reopened: 0, reopenRate: 0 });
  });

  test('created closed with no events: resolved at creation, no status time', () => {
    const closed: TicketHistory = { createdAt: t('09:00'), status: 'closed', events: [] };
    expect(ticketMetrics(closed, minutes)).toMatchObject({ firstResolutionTime: 0, fullResolutionTime: 0, solved: true, reopens: 0, requesterWaitTime: 0 });
    expect(ticketMetricsSummary([closed], { ...minutes, asOf: t('12:00') })).toMatchObject({ solved: 1, requesterWaitTime: { sum: 0 }, fullResolutionTime: { sum: 0 } });
  });

  // new 09:00–09:10, open 09:10–09:30, pending 09:30–10:00, on-hold from 10:00
  const running: TicketHistory = { createdAt: t('09:00'), events: [s('09:10', 'open'), s('09:30', 'pending'), s('10:00', 'on-hold')] };

  test('a period still running: not counted without asOf, counted to asOf 10:30 (on-hold 30), and nothing more at asOf equal to the last event', () => {
    const without = ticketMetrics(running, minutes);
    expect(without).toMatchObject({ requesterWaitTime: 30, agentWorkTime: 30, agentWaitTime: 30, onHoldTime: 0, solved: false });
    expect(ticketMetrics(running, { ...minutes, asOf: t('10:30') })).toMatchObject({ requesterWaitTime: 60, agentWorkTime: 30, agentWaitTime: 30, onHoldTime: 30 });
    expect(ticketMetrics(running, { ...minutes, asOf: t('10:00') })).toMatchObject({ requesterWaitTime: 30, onHoldTime: 0 });
    for (const [asOf, wait, hold] of [
      [undefined, 30, 0],
      [t('10:30'), 60, 30],
      [t('10:00'), 30, 0],
    ] as const) {
      const summary = ticketMetricsSummary([running], asOf === undefined ? minutes : { ...minutes, asOf });
      expect([summary.requesterWaitTime.sum, summary.agentWorkTime.sum, summary.agentWaitTime.sum, summary.onHoldTime.sum]).toStrictEqual([wait, 30, 30, hold]);
    }
  });

  test('a period in pending running to asOf is agent wait; time while solved is in no sum, asOf or not', () => {
    const pending: TicketHistory = { createdAt: t('09:00'), status: 'pending', events: [s('09:40', 'solved')] };
    expect(ticketMetrics(pending, { ...minutes, asOf: t('12:00') })).toMatchObject({ agentWaitTime: 40, requesterWaitTime: 0, agentWorkTime: 0 });
    const waiting: TicketHistory = { createdAt: t('09:00'), status: 'pending', events: [] };
    const summary = ticketMetricsSummary([pending, waiting], { ...minutes, asOf: t('10:00') });
    // 40 until solved, and 60 for the one still pending at 10:00
    expect(summary.agentWaitTime).toMatchObject({ count: 2, sum: 100, min: 40, max: 60 });
    expect(summary.requesterWaitTime.sum).toBe(0);
  });

  // agent-created: 09:00 the public opening comment (no reply); customer 09:05 before the first reply (no wait);
  // an internal customer comment; first reply 09:30; an internal customer comment 09:40 starts no wait; customer 09:50;
  // bot, internal note, system: none answer it; agent 10:20 (next reply 30); agent 10:30 (no wait to answer);
  // customer 10:40 and 10:45, one run; agent 11:00 (next reply 20); customer 11:10 left waiting
  const conversation: TicketHistory = {
    createdAt: t('09:00'),
    createdBy: 'agent',
    events: [
      c('09:00', 'agent'),
      c('09:05', 'customer'),
      c('09:20', 'customer', false),
      c('09:30', 'agent'),
      c('09:40', 'customer', false),
      c('09:50', 'customer'),
      c('09:55', 'bot'),
      c('10:00', 'agent', false),
      c('10:10', 'system'),
      c('10:20', 'agent'),
      c('10:30', 'agent'),
      c('10:40', 'customer'),
      c('10:45', 'customer'),
      c('11:00', 'agent'),
      c('11:10', 'customer'),
    ],
  };

  test('replies, first reply and next reply waits of a conversation opened by an agent', () => {
    expect(ticketMetrics(conversation, minutes)).toMatchObject({ firstReplyTime: 30, nextReplyTimes: [30, 20], replies: 4, solved: false });
    const summary = ticketMetricsSummary([conversation], minutes);
    expect(summary.firstReplyTime).toMatchObject({ count: 1, sum: 30, leftOut: 0 });
    // two waits answered, the one from 11:10 left out
    expect(summary.nextReplyTime).toMatchObject({ count: 2, sum: 50, min: 20, max: 30, leftOut: 1 });
    expect(summary.repliesPerSolvedTicket).toBeNull();
  });

  test('after the first reply, a bot comment and an internal agent note start no wait: no next reply', () => {
    const h: TicketHistory = { createdAt: t('09:00'), events: [c('09:00', 'customer'), c('09:10', 'agent'), c('09:20', 'bot'), c('09:25', 'agent', false), c('09:30', 'system'), c('09:40', 'agent')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstReplyTime: 10, nextReplyTimes: [], replies: 2 });
    expect(ticketMetricsSummary([h], minutes)).toMatchObject({ firstReplyTime: { sum: 10 }, nextReplyTime: null });
  });

  test('an agent-created ticket whose first comment is internal: its first public agent comment is the first reply', () => {
    const h: TicketHistory = { createdAt: t('09:00'), createdBy: 'agent', events: [c('09:00', 'agent', false), c('09:25', 'agent'), c('09:40', 'agent')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstReplyTime: 25, replies: 2 });
    expect(ticketMetricsSummary([h], minutes).firstReplyTime).toMatchObject({ sum: 25 });
  });

  test('a customer-created ticket whose first comment is a public agent comment: that is the first reply; a wait answered after it', () => {
    const h: TicketHistory = { createdAt: t('09:00'), events: [c('09:15', 'agent'), c('09:20', 'customer'), c('09:35', 'agent'), s('09:35', 'solved')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstReplyTime: 15, nextReplyTimes: [15], replies: 2 });
    const summary = ticketMetricsSummary([h], minutes);
    expect(summary).toMatchObject({ firstReplyTime: { sum: 15 }, nextReplyTime: { count: 1, sum: 15, leftOut: 0 }, oneTouch: 0, solved: 1 });
  });

  // A: one reply, solved (one touch); B: solved without a reply; C: two replies, solved, reopened, solved;
  // D: solved and reopened twice, solved; E: solved then reopened, open at the end; F: nothing yet
  const many: TicketHistory[] = [
    { id: 'A', createdAt: t('09:00'), events: [c('09:00', 'customer'), c('09:10', 'agent'), s('09:10', 'solved')] },
    { id: 'B', createdAt: t('09:00'), events: [s('09:30', 'solved')] },
    { id: 'C', createdAt: t('09:00'), events: [c('09:10', 'agent'), c('09:20', 'agent'), s('09:30', 'solved'), s('09:40', 'open'), s('09:50', 'solved')] },
    { id: 'D', createdAt: t('09:00'), events: [s('09:10', 'solved'), s('09:20', 'open'), s('09:30', 'solved'), s('09:40', 'open'), s('10:00', 'solved')] },
    { id: 'E', createdAt: t('09:00'), events: [s('09:20', 'solved'), s('09:30', 'open')] },
    { id: 'F', createdAt: t('09:00'), events: [] },
  ];

  test('the summary: solved 4 of 6, reopened 2 of 4 (D twice counts once, E is not solved), one touch 1 of 4', () => {
    const summary = ticketMetricsSummary(many, minutes);
    expect(summary).toMatchObject({ count: 6, solved: 4, reopened: 2, reopenRate: 50, oneTouch: 1, oneTouchRate: 25 });
    // replies of the solved tickets A, B, C, D: 1, 0, 2, 0; sorted 0 0 1 2, median halfway between 0 and 1
    expect(summary.repliesPerSolvedTicket).toMatchObject({ count: 4, sum: 3, mean: 0.75, median: 0.5, min: 0, max: 2 });
    // linear p90: rank 0.9 × 3 = 2.7, between 1 and 2
    expect(summary.repliesPerSolvedTicket?.p90).toBeCloseTo(1.7, 12);
  });

  test('the summary: first resolution 10, 30, 30, 10, 20 (F left out); full resolution of the 4 solved 10, 30, 50, 60 (E and F left out)', () => {
    const summary = ticketMetricsSummary(many, minutes);
    expect(summary.firstResolutionTime).toMatchObject({ count: 5, sum: 100, min: 10, max: 30, leftOut: 1 });
    expect(summary.fullResolutionTime).toMatchObject({ count: 4, sum: 150, min: 10, max: 60, leftOut: 2 });
    expect(summary.firstReplyTime).toMatchObject({ count: 2, sum: 20, leftOut: 4 });
    expect(summary.nextReplyTime).toBeNull();
  });

  test('the summary: requester wait per ticket A 10, B 30, C 30 + 10, D 10 + 10 + 20, E 20 (open since 09:30, no asOf), F 0', () => {
    const summary = ticketMetricsSummary(many, minutes);
    expect(summary.requesterWaitTime).toMatchObject({ count: 6, sum: 140, min: 0, max: 40, leftOut: 0 });
    expect(summary.agentWorkTime).toMatchObject({ count: 6, sum: 140 });
    expect(summary.agentWaitTime).toMatchObject({ count: 6, sum: 0 });
    expect(ticketMetrics(many[3]!, minutes)).toMatchObject({ reopens: 2, firstResolutionTime: 10, fullResolutionTime: 60, requesterWaitTime: 40 });
    expect(ticketMetrics(many[4]!, minutes)).toMatchObject({ reopens: 1, solved: false, firstResolutionTime: 20, fullResolutionTime: null });
  });

  test('with asOf 10:00 the tickets still open count to it: E open 09:30–10:00, F new 09:00–10:00', () => {
    const summary = ticketMetricsSummary(many, { ...minutes, asOf: t('10:00') });
    expect(summary.requesterWaitTime).toMatchObject({ count: 6, sum: 140 + 30 + 60, max: 60 });
  });

  describe('working time', () => {
    const nineToFive = [['09:00', '17:00']] as [string, string][];
    const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive } });
    // open Tuesday 16:00, replied and solved Wednesday 10:00: 16–17 and 9–10 are 2 working hours of 18
    const overnight: TicketHistory = { createdAt: t('16:00'), status: 'open', events: [said(form, '16:00', 'customer'), { ...c('10:00', 'agent'), at: t('10:00', 4) }, s('10:00', 'solved', 4)] };

    test('one calendar: the status times and the durations are working time', () => {
      const summary = ticketMetricsSummary([overnight], { unit: 'hours', calendar });
      expect([summary.firstReplyTime?.sum, summary.fullResolutionTime?.sum, summary.agentWorkTime.sum, summary.requesterWaitTime.sum]).toStrictEqual([2, 2, 2, 2]);
      expect(ticketMetricsSummary([overnight], { unit: 'hours' }).agentWorkTime.sum).toBe(18);
    });

    test('a calendar function: each history gets its own, status times included', () => {
      const pick = (h: TicketHistory) => (h.id === 'always' ? businessCalendar.always() : calendar);
      const summary = ticketMetricsSummary([overnight, { ...overnight, id: 'always' }], { unit: 'hours', calendar: pick });
      expect(summary.agentWorkTime).toMatchObject({ count: 2, sum: 20, min: 2, max: 18 });
      expect(summary.firstReplyTime).toMatchObject({ count: 2, sum: 20 });
    });
  });
});

test('stations: a group or an assignee set to null is no station; the distinct ones are counted', () => {
  const h: TicketHistory = {
    createdAt: at('09:00'),
    events: [
      { type: 'assignment', at: at('09:01'), assignee: 'ana', group: 'billing' },
      { type: 'assignment', at: at('09:02'), assignee: null, group: null },
      { type: 'assignment', at: at('09:03'), assignee: 'ana', group: 'billing' },
      { type: 'assignment', at: at('09:04'), group: 7 },
    ],
  };
  // assignees ana; groups billing and 7
  expect(ticketMetrics(h)).toMatchObject({ assigneeStations: 1, groupStations: 2 });
});

test('a history read by resolutionTimeSummary: one solved and reopened has no resolution at its end, and is left out', () => {
  const reopened = { createdAt: at('09:00'), events: [status('iso', '10:00', 'solved'), status('iso', '11:00', 'open')] };
  const solved = { createdAt: at('09:00'), events: [status('iso', '09:40', 'solved')] };
  expect(resolutionTimeSummary([reopened, solved], minutes)).toMatchObject({ count: 1, sum: 40, leftOut: 1 });
  expect(ticketMetricsSummary([reopened, solved], minutes).fullResolutionTime).toMatchObject({ count: 1, sum: 40, leftOut: 1 });
  expect(ticketMetrics(reopened).firstResolutionTime).toBe(60 * MINUTE);
});
