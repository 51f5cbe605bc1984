/**
 * The reader of ticket histories (src/support/history.ts) through the
 * metrics that read them: every refusal of a history's createdAt, events
 * and fields, and of each comment, status change and assignment, with
 * code, details and message, in the order the reader checks; the edges
 * (an event at the creation, asOf at the last event, the range of a
 * Date); events out of order and ties among them; histories longer than
 * the reader's first room (32 events); and the statuses and creators at
 * creation, written from the definitions in the TSDoc and
 * docs/support-metrics.md (Zendesk's ticket metrics).
 */
import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageResolutionTime,
  averageResponseTime,
  firstContactResolutionRate,
  ticketMetrics,
  ticketMetricsSummary,
  type TicketEvent,
} from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';
import { at, MINUTE } from './helpers.js';

const MAX = 8.64e15;
const said = (hhmm: string, author: string, visible = true) => ({ type: 'comment', at: at(hhmm), author, public: visible });
const status = (hhmm: string, s: string) => ({ type: 'status', at: at(hhmm), status: s });
const ok = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent')] };
const authors = "it must be 'customer', 'agent', 'bot' or 'system'";
const statuses = "it must be 'new', 'open', 'pending', 'on-hold', 'solved' or 'closed'";
const notATime = 'is not a time: epoch milliseconds must be finite and within ±8.64e15';
const minutes = { unit: 'minutes' } as const;

// ticketMetrics reads its one history as histories[0]; the summary reads the bad one second; the time metrics name it a ticket
describe.each([
  ['ticketMetrics', ticketMetrics, 'histories', 0],
  ['ticketMetricsSummary', ticketMetricsSummary, 'histories', 1],
  ['averageFirstResponseTime', averageFirstResponseTime, 'tickets', 1],
] as const)('%s reads a history', (fn, f, records, index) => {
  const call = (h: unknown) => (index === 0 ? (f as (input: unknown) => unknown)(h) : (f as (input: unknown) => unknown)([ok, h]));
  const r = `${records}[${index}]`;
  const details = { fn, index };
  const withEvents = (...events: unknown[]) => ({ createdAt: at('09:00'), events });

  test('createdAt missing, unreadable or outside the range of a Date', () => {
    expectRefusal(() => call({ events: [] }), 'INVALID_TYPE', details, `${r}.createdAt is missing`);
    expectRefusal(() => call({ createdAt: null, events: [] }), 'INVALID_TYPE', details, `${r}.createdAt is missing`);
    expectRefusal(
      () => call({ createdAt: 'Tuesday', events: [] }),
      'INVALID_DATE',
      details,
      `${r}.createdAt "Tuesday" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"`,
    );
    expectRefusal(() => call({ createdAt: MAX + 1, events: [] }), 'INVALID_DATE', details, `${r}.createdAt 8640000000000001 ${notATime}`);
    expectRefusal(() => call({ createdAt: -MAX - 1, events: [] }), 'INVALID_DATE', details, `${r}.createdAt -8640000000000001 ${notATime}`);
    expectRefusal(() => call({ createdAt: NaN, events: [] }), 'INVALID_DATE', details, `${r}.createdAt NaN ${notATime}`);
    // createdAt is read before the events
    expectRefusal(
      () => call({ createdAt: 'Tuesday', events: null }),
      'INVALID_DATE',
      details,
      `${r}.createdAt "Tuesday" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"`,
    );
    // the edges of the range are times
    expect(() => call({ createdAt: -MAX, events: [] })).not.toThrow();
    expect(() => call({ createdAt: MAX, events: [{ type: 'status', at: MAX, status: 'open' }] })).not.toThrow();
  });

  test('events that are not a list', () => {
    const why = 'a history lists its comments, status changes and assignments (events: [] for none)';
    for (const [events, kind] of [
      [null, 'null'],
      ['none', 'a string'],
      [5, 'a number'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => call({ createdAt: at('09:00'), events }), 'INVALID_TYPE', details, `${r}.events is ${kind}, not an array of events; ${why}`);
    }
    // the events are read before the other fields
    expectRefusal(() => call({ createdAt: at('09:00'), createdBy: 'robot', events: null }), 'INVALID_TYPE', details, `${r}.events is null, not an array of events; ${why}`);
  });

  test('events whose length is not one of an array, or an array of bigints, with the index of the history in details', () => {
    for (const [length, text] of [
      [-1, '-1'],
      [1.5, '1.5'],
      [2 ** 32, '4294967296'],
    ] as const) {
      expectRefusal(() => call({ createdAt: at('09:00'), events: { length } }), 'INVALID_TYPE', details, `${r}.events has a length of ${text}; pass an array or a typed array`);
    }
    expectRefusal(
      () => call({ createdAt: at('09:00'), events: new BigInt64Array(1) }),
      'INVALID_TYPE',
      details,
      `${r}.events is an array of bigints; convert it with Array.from(values, Number)`,
    );
  });

  test('the fields of a history, each of its kind, in the order createdBy, status, id, priority, channel', () => {
    const all = { createdBy: 'robot', status: 'hold', id: Infinity, priority: 5, channel: null };
    const fields = (extra: object) => ({ ...withEvents(), ...extra });
    expectRefusal(() => call(fields(all)), 'INVALID_TYPE', details, `${r}.createdBy is "robot"; ${authors}`);
    expectRefusal(() => call(fields({ ...all, createdBy: 'bot' })), 'INVALID_TYPE', details, `${r}.status is "hold"; ${statuses}`);
    expectRefusal(() => call(fields({ ...all, createdBy: 'system', status: 'closed' })), 'INVALID_TYPE', details, `${r}.id is Infinity; an id is a string or a finite number`);
    expectRefusal(() => call(fields({ ...all, status: undefined, createdBy: undefined, id: 'A' })), 'INVALID_TYPE', details, `${r}.priority is 5, not a string`);
    expectRefusal(() => call(fields({ channel: null })), 'INVALID_TYPE', details, `${r}.channel is null, not a string`);
    for (const [id, text] of [
      [NaN, 'NaN'],
      [null, 'null'],
      [true, 'true'],
      [{}, 'an object'],
    ] as const) {
      expectRefusal(() => call(fields({ id })), 'INVALID_TYPE', details, `${r}.id is ${text}; an id is a string or a finite number`);
    }
    expectRefusal(() => call(fields({ createdBy: 'Agent' })), 'INVALID_TYPE', details, `${r}.createdBy is "Agent"; ${authors}`);
    expectRefusal(() => call(fields({ status: null })), 'INVALID_TYPE', details, `${r}.status is null; ${statuses}`);
    expectRefusal(() => call(fields({ priority: null })), 'INVALID_TYPE', details, `${r}.priority is null, not a string`);
    expectRefusal(() => call(fields({ channel: ['email'] })), 'INVALID_TYPE', details, `${r}.channel is an array, not a string`);
  });

  test('an event that is not an object, and its time', () => {
    expectRefusal(() => call(withEvents(said('09:00', 'customer'), null)), 'INVALID_TYPE', details, `${r}.events[1] is null, not an event { type, at, … }`);
    expectRefusal(() => call(withEvents('comment')), 'INVALID_TYPE', details, `${r}.events[0] is a string, not an event { type, at, … }`);
    expectRefusal(() => call(withEvents({ type: 'status', status: 'open' })), 'INVALID_TYPE', details, `${r}.events[0].at is missing`);
    expectRefusal(() => call(withEvents({ type: 'status', at: null, status: 'open' })), 'INVALID_TYPE', details, `${r}.events[0].at is missing`);
    expectRefusal(
      () => call(withEvents(said('09:00', 'customer'), { ...status('09:10', 'open'), at: 'yesterday' })),
      'INVALID_DATE',
      details,
      `${r}.events[1].at "yesterday" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"`,
    );
    expectRefusal(() => call(withEvents({ ...status('09:10', 'open'), at: MAX + 1 })), 'INVALID_DATE', details, `${r}.events[0].at 8640000000000001 ${notATime}`);
    expectRefusal(() => call(withEvents({ ...status('09:10', 'open'), at: new Date(NaN) })), 'INVALID_DATE', details, `${r}.events[0].at is an invalid Date`);
    // just below the range, after a creation at its lower edge; the edge itself is a time
    const low = (when: number) => ({ createdAt: -MAX, events: [{ type: 'status', at: when, status: 'open' }] });
    expectRefusal(() => call(low(-MAX - 1)), 'INVALID_DATE', details, `${r}.events[0].at -8640000000000001 ${notATime}`);
    expectRefusal(() => call(low(-Infinity)), 'INVALID_DATE', details, `${r}.events[0].at -Infinity ${notATime}`);
    expect(() => call(low(-MAX))).not.toThrow();
  });

  test('an event before the creation, by 1 ms; at the creation is not', () => {
    expectRefusal(
      () => call(withEvents(said('09:00', 'customer'), { ...said('09:00', 'agent'), at: Date.UTC(2026, 10, 3, 9) - 1 })),
      'NEGATIVE_DURATION',
      details,
      `${r}.events[1].at (2026-11-03T08:59:59.999Z) is before ${r}.createdAt (2026-11-03T09:00:00.000Z)`,
    );
    // the time is checked before the type
    expectRefusal(
      () => call(withEvents({ type: 'merge', at: at('08:00') })),
      'NEGATIVE_DURATION',
      details,
      `${r}.events[0].at (2026-11-03T08:00:00.000Z) is before ${r}.createdAt (2026-11-03T09:00:00.000Z)`,
    );
    expect(() => call(withEvents(said('09:00', 'agent')))).not.toThrow();
  });

  test('a comment: its author, public and authorId', () => {
    for (const [author, text] of [
      ['admin', '"admin"'],
      [undefined, 'undefined'],
      ['Customer', '"Customer"'],
    ] as const) {
      expectRefusal(() => call(withEvents({ type: 'comment', at: at('09:10'), author, public: true })), 'INVALID_TYPE', details, `${r}.events[0].author is ${text}; ${authors}`);
    }
    for (const [visible, text] of [
      [undefined, 'undefined'],
      ['yes', '"yes"'],
      [0, '0'],
      [null, 'null'],
    ] as const) {
      expectRefusal(
        () => call(withEvents(said('09:00', 'customer'), { ...said('09:10', 'agent'), public: visible })),
        'INVALID_TYPE',
        details,
        `${r}.events[1].public is ${text}; a comment is public (true) or internal (false)`,
      );
    }
    for (const [authorId, text] of [
      [{}, 'an object'],
      [null, 'null'],
      [true, 'true'],
    ] as const) {
      expectRefusal(() => call(withEvents({ ...said('09:10', 'agent'), authorId })), 'INVALID_TYPE', details, `${r}.events[0].authorId is ${text}; an id is a string or a number`);
    }
    // the author is checked before public
    expectRefusal(() => call(withEvents({ type: 'comment', at: at('09:10'), author: 'admin' })), 'INVALID_TYPE', details, `${r}.events[0].author is "admin"; ${authors}`);
    // a string and a number are ids
    expect(() => call(withEvents({ ...said('09:10', 'agent'), authorId: 'a1' }, { ...said('09:20', 'agent'), authorId: 0 }))).not.toThrow();
  });

  test('a status change to a status of the six', () => {
    for (const [s, text] of [
      ['hold', '"hold"'],
      [undefined, 'undefined'],
      ['Solved', '"Solved"'],
    ] as const) {
      expectRefusal(() => call(withEvents({ type: 'status', at: at('09:10'), status: s })), 'INVALID_TYPE', details, `${r}.events[0].status is ${text}; ${statuses}`);
    }
  });

  test('an assignment: an assignee or a group, each an id or null; the assignee is checked first', () => {
    const assignment = (fields: object) => ({ type: 'assignment', at: at('09:10'), ...fields });
    expectRefusal(
      () => call(withEvents(assignment({}))),
      'INVALID_TYPE',
      details,
      `${r}.events[0] names neither an assignee nor a group; give assignee or group (null to unassign)`,
    );
    expectRefusal(
      () => call(withEvents(assignment({ assignee: true, group: {} }))),
      'INVALID_TYPE',
      details,
      `${r}.events[0].assignee is true; it is an id (a string or a number), or null for none`,
    );
    expectRefusal(
      () => call(withEvents(assignment({ assignee: null }), assignment({ group: {} }))),
      'INVALID_TYPE',
      details,
      `${r}.events[1].group is an object; it is an id (a string or a number), or null for none`,
    );
    expectRefusal(
      () => call(withEvents(assignment({ assignee: 'ana', group: false }))),
      'INVALID_TYPE',
      details,
      `${r}.events[0].group is false; it is an id (a string or a number), or null for none`,
    );
    expect(() => call(withEvents(assignment({ assignee: null }), assignment({ group: null }), assignment({ assignee: 1, group: 'g' })))).not.toThrow();
  });

  test('an event of another type', () => {
    for (const [type, text] of [
      ['merge', '"merge"'],
      [undefined, 'undefined'],
      ['Comment', '"Comment"'],
      [1, '1'],
    ] as const) {
      expectRefusal(
        () => call(withEvents(said('09:00', 'customer'), { type, at: at('09:10') })),
        'INVALID_TYPE',
        details,
        `${r}.events[1].type is ${text}; an event is a 'comment', a 'status' change or an 'assignment'`,
      );
    }
  });
});

describe('a history without events is no history to the metrics of one', () => {
  test.each([
    ['ticketMetrics', ticketMetrics, 0],
    ['ticketMetricsSummary', ticketMetricsSummary, 1],
  ] as const)('%s', (fn, f, index) => {
    const h = { createdAt: at('09:00') };
    const call = () => (index === 0 ? (f as (input: unknown) => unknown)(h) : (f as (input: unknown) => unknown)([ok, h]));
    expectRefusal(
      call,
      'INVALID_TYPE',
      { fn, index },
      `histories[${index}].events is missing; a history lists its comments, status changes and assignments (events: [] for none)`,
    );
  });
});

describe('the summary reads epoch milliseconds in one pass, and refuses there what the reader refuses', () => {
  const fn = 'ticketMetricsSummary';
  const nine = Date.UTC(2026, 10, 3, 9);
  const first = { createdAt: nine, events: [{ type: 'comment', at: nine, author: 'customer', public: true }] };
  const assignment = (fields: object) => ({ type: 'assignment', at: nine + MINUTE, ...fields });
  const summary = (...events: unknown[]) => ticketMetricsSummary(untyped([first, { createdAt: nine, events }]));

  test('an assignment with an id of the wrong kind, or naming nobody', () => {
    expectRefusal(() => summary(assignment({ assignee: true })), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].events[0].assignee is true; it is an id (a string or a number), or null for none');
    expectRefusal(() => summary(assignment({ group: {} })), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].events[0].group is an object; it is an id (a string or a number), or null for none');
    expectRefusal(() => summary(assignment({ assignee: {}, group: 'g' })), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].events[0].assignee is an object; it is an id (a string or a number), or null for none');
    expectRefusal(() => summary(assignment({ assignee: 'ana', group: [] })), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].events[0].group is an array; it is an id (a string or a number), or null for none');
    expectRefusal(
      () => summary(assignment({ assignee: undefined, group: undefined })),
      'INVALID_TYPE',
      { fn, index: 1 },
      'histories[1].events[0] names neither an assignee nor a group; give assignee or group (null to unassign)',
    );
  });

  test('assignments of ids or null are read, and count nothing in the summary', () => {
    const s = summary(assignment({ assignee: null }), assignment({ group: 'billing' }), assignment({ assignee: 7, group: null }));
    // two histories, neither answered nor solved; both new throughout, and new time counts only up to asOf
    expect(s).toMatchObject({ count: 2, solved: 0, firstReplyTime: null, requesterWaitTime: { count: 2, sum: 0 } });
  });

  test('the fields of the history, refused in the one pass with the same message', () => {
    const fields = (extra: object) => ticketMetricsSummary(untyped([first, { createdAt: nine, events: [], ...extra }]));
    expectRefusal(() => fields({ createdBy: 'robot' }), 'INVALID_TYPE', { fn, index: 1 }, `histories[1].createdBy is "robot"; ${authors}`);
    expectRefusal(() => fields({ status: 'hold' }), 'INVALID_TYPE', { fn, index: 1 }, `histories[1].status is "hold"; ${statuses}`);
    expectRefusal(() => fields({ id: -Infinity }), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].id is -Infinity; an id is a string or a finite number');
    expectRefusal(() => fields({ priority: 1 }), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].priority is 1, not a string');
    expectRefusal(() => fields({ channel: false }), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1].channel is false, not a string');
  });
});

describe('asOf against the creation and the events', () => {
  const fn = 'ticketMetrics';
  const h = { createdAt: at('09:00'), events: [status('09:10', 'open'), status('10:00', 'pending'), status('09:30', 'on-hold')] };

  test('before the creation, before the latest event (named by its index as given), and at either', () => {
    expectRefusal(
      () => ticketMetrics(untyped({ createdAt: at('09:00'), events: [] }), { asOf: Date.UTC(2026, 10, 3, 9) - 1 }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T08:59:59.999Z) is before histories[0].createdAt (2026-11-03T09:00:00.000Z)',
    );
    // before the creation is said first, though it is before every event too
    expectRefusal(
      () => ticketMetrics(untyped(h), { asOf: at('08:00') }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T08:00:00.000Z) is before histories[0].createdAt (2026-11-03T09:00:00.000Z)',
    );
    expectRefusal(
      () => ticketMetrics(untyped(h), { asOf: at('09:45') }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T09:45:00.000Z) is before histories[0].events[1].at (2026-11-03T10:00:00.000Z); a report as of a time lists what had happened by then',
    );
    // in order, the latest is the last listed
    expectRefusal(
      () => ticketMetrics(untyped({ createdAt: at('09:00'), events: [status('09:10', 'open'), status('09:30', 'pending'), status('10:00', 'open')] }), { asOf: at('09:45') }),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'option asOf (2026-11-03T09:45:00.000Z) is before histories[0].events[2].at (2026-11-03T10:00:00.000Z); a report as of a time lists what had happened by then',
    );
    expectRefusal(
      () => ticketMetricsSummary(untyped([ok, h]), { asOf: Date.UTC(2026, 10, 3, 10) - 1 }),
      'NEGATIVE_DURATION',
      { fn: 'ticketMetricsSummary', index: 1 },
      'option asOf (2026-11-03T09:59:59.999Z) is before histories[1].events[1].at (2026-11-03T10:00:00.000Z); a report as of a time lists what had happened by then',
    );
    // as of the creation of a history without events: nothing has run yet
    expect(ticketMetrics(untyped({ createdAt: at('09:00'), events: [] }), { asOf: at('09:00') }).requesterWaitTime).toBe(0);
    // as of the latest event, 10:00: new 10 + open 20 + on-hold 30 minutes of requester wait; pending from 10:00 has run 0
    expect(ticketMetrics(untyped(h), { ...minutes, asOf: at('10:00') })).toMatchObject({ requesterWaitTime: 60, onHoldTime: 30, agentWaitTime: 0 });
  });
});

describe('events out of order, ties among them, and long histories', () => {
  test('out of order with ties: the events at one instant keep their given order', () => {
    // solved then open at 10:00, listed after a comment of 09:30: reopened, not solved
    const reopened = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('10:00', 'open'), said('09:30', 'customer')] };
    expect(ticketMetrics(untyped(reopened))).toMatchObject({ solved: false, reopens: 1 });
    const solved = { createdAt: at('09:00'), events: [status('10:00', 'open'), status('10:00', 'solved'), said('09:30', 'customer')] };
    // new 09:00–10:00, then open for no time, then solved at 10:00: 60 minutes to resolution
    expect(ticketMetrics(untyped(solved), minutes)).toMatchObject({ solved: true, reopens: 0, firstResolutionTime: 60, requesterWaitTime: 60 });
  });

  test('out of order: the comments in time order decide the first reply and the waits', () => {
    // in time order: customer 09:00, agent 09:20 (first reply 20), customer 09:40, agent 10:30 (next reply 50)
    const h = { createdAt: at('09:00'), events: [said('10:30', 'agent'), said('09:40', 'customer'), said('09:20', 'agent'), said('09:00', 'customer')] };
    expect(ticketMetrics(untyped(h), minutes)).toMatchObject({ firstReplyTime: 20, nextReplyTimes: [50], replies: 2 });
  });

  // 70 events: the reader's room of 32 grows twice
  const nine = Date.UTC(2026, 10, 3, 9);
  const long: TicketEvent[] = [
    { type: 'comment', at: nine, author: 'customer', public: true },
    { type: 'status', at: nine + 5 * MINUTE, status: 'open' },
    { type: 'comment', at: nine + 10 * MINUTE, author: 'agent', public: true },
    ...Array.from({ length: 64 }, (): TicketEvent => ({ type: 'comment', at: nine + 20 * MINUTE, author: 'bot', public: true })),
    { type: 'comment', at: nine + 60 * MINUTE, author: 'customer', public: true },
    { type: 'comment', at: nine + 90 * MINUTE, author: 'agent', public: true },
    { type: 'status', at: nine + 120 * MINUTE, status: 'solved' },
  ];
  // first reply 09:10 (10); the customer at 10:00 answered at 10:30 (30); new 5 + open 115 to solved at 11:00
  const expected = {
    firstReplyTime: 10,
    firstResolutionTime: 120,
    fullResolutionTime: 120,
    requesterWaitTime: 120,
    agentWorkTime: 120,
    agentWaitTime: 0,
    onHoldTime: 0,
    nextReplyTimes: [30],
    replies: 2,
    reopens: 0,
    assigneeStations: 0,
    groupStations: 0,
    solved: true,
  };

  test('a history of 70 events in order, and the same reversed, past the first room of 32', () => {
    expect(long).toHaveLength(70);
    expect(ticketMetrics({ createdAt: nine, events: long }, minutes)).toStrictEqual(expected);
    expect(ticketMetrics({ createdAt: nine, events: [...long].reverse() }, minutes)).toStrictEqual(expected);
    // ISO strings take the general read in the summary too
    const iso = long.map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    expect(ticketMetricsSummary([{ createdAt: nine, events: iso }], minutes)).toMatchObject({ firstReplyTime: { sum: 10 }, nextReplyTime: { sum: 30 }, solved: 1 });
  });

  test('the latest of 70 events out of order is named by its index as given', () => {
    const events = [...long].reverse();
    expectRefusal(
      () => ticketMetrics({ createdAt: nine, events }, { asOf: nine + 119 * MINUTE }),
      'NEGATIVE_DURATION',
      { fn: 'ticketMetrics', index: 0 },
      'option asOf (2026-11-03T10:59:00.000Z) is before histories[0].events[0].at (2026-11-03T11:00:00.000Z); a report as of a time lists what had happened by then',
    );
  });

  test('assignments past the first room, out of order: each one read from the event it came from', () => {
    // listed latest first: events[1] is the 39th in time order, past the room of 32; it alone names ben and a group
    const assignments = Array.from({ length: 40 }, (_, k): TicketEvent => ({ type: 'assignment', at: nine + (40 - k) * MINUTE, assignee: k === 1 ? 'ben' : 'ana', group: k === 1 ? 'g' : null }));
    expect(ticketMetrics({ createdAt: nine, events: assignments })).toMatchObject({ assigneeStations: 2, groupStations: 1 });
  });
});

describe('the status and the creator at creation', () => {
  const created = (extra: object, events: unknown[] = [status('10:00', 'solved')]) => ticketMetrics(untyped({ createdAt: at('09:00'), events, ...extra }), minutes);

  test('each status at creation is the first period, up to the change at 10:00', () => {
    expect(created({ status: 'new' })).toMatchObject({ requesterWaitTime: 60, agentWorkTime: 60, agentWaitTime: 0, onHoldTime: 0 });
    expect(created({ status: 'open' })).toMatchObject({ requesterWaitTime: 60, agentWorkTime: 60, agentWaitTime: 0, onHoldTime: 0 });
    expect(created({ status: 'pending' })).toMatchObject({ requesterWaitTime: 0, agentWorkTime: 0, agentWaitTime: 60, onHoldTime: 0 });
    expect(created({ status: 'on-hold' })).toMatchObject({ requesterWaitTime: 60, agentWorkTime: 0, agentWaitTime: 0, onHoldTime: 60 });
    // created solved or closed: resolved at creation, and reopened by the change to open
    for (const s of ['solved', 'closed']) {
      expect(created({ status: s }, [status('10:00', 'open')])).toMatchObject({ firstResolutionTime: 0, reopens: 1, solved: false, requesterWaitTime: 0 });
    }
  });

  test('each status of a change, in turn', () => {
    const events = [status('09:10', 'open'), status('09:30', 'pending'), status('10:00', 'on-hold'), status('10:40', 'new'), status('11:00', 'closed')];
    // new 10 + open 20 + on-hold 40 + new 20 = 90 requester wait; pending 30; closed at 11:00 (120)
    expect(created({}, events)).toMatchObject({ requesterWaitTime: 90, agentWorkTime: 50, agentWaitTime: 30, onHoldTime: 40, firstResolutionTime: 120, solved: true });
  });

  test('only a creator that is an agent has an opening comment that is no reply', () => {
    const events = [said('09:10', 'agent'), said('09:30', 'agent')];
    expect(created({ createdBy: 'agent' }, events).firstReplyTime).toBe(30);
    for (const createdBy of ['customer', 'bot', 'system', undefined]) expect(created({ createdBy }, events).firstReplyTime).toBe(10);
  });
});

describe('a record with events and a field of a ticket is refused', () => {
  const events = [said('09:00', 'customer'), said('09:10', 'agent'), status('09:10', 'solved')];
  test.each([
    ['averageFirstResponseTime', averageFirstResponseTime],
    ['averageResolutionTime', averageResolutionTime],
    ['averageResponseTime', averageResponseTime],
    ['firstContactResolutionRate', firstContactResolutionRate],
  ] as const)('%s names the first of firstResponseAt, resolvedAt and messages', (fn, f) => {
    const call = (extra: object) => (f as (input: unknown) => unknown)([ok, { createdAt: at('09:00'), events, ...extra }]);
    const both = (field: string) => `tickets[1] has both events and ${field}; a history carries its events only (${field} belongs to a ticket)`;
    expectRefusal(() => call({ firstResponseAt: at('09:10'), resolvedAt: at('09:10'), messages: [] }), 'INVALID_TYPE', { fn, index: 1 }, both('firstResponseAt'));
    expectRefusal(() => call({ resolvedAt: at('09:10'), messages: [] }), 'INVALID_TYPE', { fn, index: 1 }, both('resolvedAt'));
    expectRefusal(() => call({ messages: [] }), 'INVALID_TYPE', { fn, index: 1 }, both('messages'));
  });

  test('a field of a ticket given as null is absent, as in a Ticket: the record is read as its history', () => {
    const nulls = { createdAt: at('09:00'), events, firstResponseAt: null, resolvedAt: null, messages: null };
    // ok: replied at 09:10, open; nulls: replied and solved at 09:10
    expect(averageFirstResponseTime(untyped([ok, nulls]), minutes)).toBe(10);
    expect(averageResolutionTime(untyped([ok, nulls]), minutes)).toBe(10);
    expect(averageResponseTime(untyped([ok, nulls]), minutes)).toBe(10);
    // ok is open and left out; nulls is solved with one reply
    expect(firstContactResolutionRate(untyped([ok, nulls]))).toBe(100);
    // a null beside a field that is given: the given one is refused
    expectRefusal(
      () => averageFirstResponseTime(untyped([ok, { ...nulls, resolvedAt: at('09:10') }])),
      'INVALID_TYPE',
      { fn: 'averageFirstResponseTime', index: 1 },
      'tickets[1] has both events and resolvedAt; a history carries its events only (resolvedAt belongs to a ticket)',
    );
  });
});
