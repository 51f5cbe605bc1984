/**
 * slaAchievement: the code, details and message of each refusal of
 * sla-policy.ts (the targets option and each of its metrics and
 * priorities, the other options, the histories), and the clocks of the
 * policy where the tests of sla-policy.test.ts leave them unasserted: a
 * ticket created solved, an instance started while solved, pausing in
 * pending but not on-hold, a breach found in an earlier stretch, a target
 * of 0, asOf at and past a target, ties in the list of breaches, and a
 * breach at the end of a working day. Each figure is written from the
 * TSDoc's definition of the metric.
 */
import { describe, expect, test } from 'vitest';
import { businessCalendar, slaAchievement, type SlaPolicyTargets, type TicketEvent, type TicketHistory, type TicketStatus } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';
import { at } from './helpers.js';

const fn = 'slaAchievement';
const said = (hhmm: string, author: 'customer' | 'agent', visible = true, day = 3): TicketEvent => ({ type: 'comment', at: at(hhmm, day), author, public: visible });
const status = (hhmm: string, s: TicketStatus, day = 3): TicketEvent => ({ type: 'status', at: at(hhmm, day), status: s });
const h: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'customer')] };
const metrics = 'firstReply, nextReply, periodicUpdate, pausableUpdate, requesterWait, agentWork';
const sla = (histories: readonly TicketHistory[], targets: SlaPolicyTargets, more: object = {}) => slaAchievement(histories, { targets, unit: 'minutes', ...more });

describe('slaAchievement refusals: the targets', () => {
  test('missing, with options or without any', () => {
    const missing = 'option targets is missing; give targets by metric, e.g. { firstReply: 60 }';
    expectRefusal(() => slaAchievement([h], untyped(undefined)), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => slaAchievement([h], untyped({})), 'INVALID_OPTION', { fn }, missing);
    expectRefusal(() => slaAchievement([h], untyped({ targets: undefined, unit: 'minutes' })), 'INVALID_OPTION', { fn }, missing);
  });

  test('not an object of targets by metric: its kind', () => {
    const notObject = 'option targets must be an object of targets by metric, got ';
    expectRefusal(() => slaAchievement([h], untyped({ targets: null })), 'INVALID_OPTION', { fn }, `${notObject}null`);
    expectRefusal(() => slaAchievement([h], untyped({ targets: 60 })), 'INVALID_OPTION', { fn }, `${notObject}60`);
    expectRefusal(() => slaAchievement([h], untyped({ targets: 'firstReply' })), 'INVALID_OPTION', { fn }, `${notObject}"firstReply"`);
    expectRefusal(() => slaAchievement([h], untyped({ targets: [60] })), 'INVALID_OPTION', { fn }, `${notObject}an array`);
  });

  test('an unknown metric is named with the six metrics, even beside a known one', () => {
    expectRefusal(
      () => slaAchievement([h], untyped({ targets: { firstReply: 60, resolution: 60 } })),
      'INVALID_OPTION',
      { fn },
      `option targets has an unknown metric "resolution"; the metrics are ${metrics}`,
    );
  });

  test('no metric named: an empty object, or metrics left undefined', () => {
    const none = 'option targets names no metric; give at least one, e.g. { firstReply: 60 }';
    expectRefusal(() => slaAchievement([h], { targets: {} }), 'INVALID_OPTION', { fn }, none);
    expectRefusal(() => slaAchievement([h], { targets: untyped({ firstReply: undefined, agentWork: undefined }) }), 'INVALID_OPTION', { fn }, none);
  });

  test('a target that is not a finite number at least 0, named by its metric', () => {
    for (const [value, shown] of [
      [-1, '-1'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      ['60', '"60"'],
      [null, 'null'],
      [true, 'true'],
    ] as const) {
      expectRefusal(
        () => slaAchievement([h], untyped({ targets: { firstReply: 60, pausableUpdate: value } })),
        'INVALID_OPTION',
        { fn },
        `option targets.pausableUpdate must be a finite number ≥ 0, got ${shown}`,
      );
    }
  });

  test('targets by priority: an array, no priority, a bad target named by metric and priority', () => {
    expectRefusal(
      () => slaAchievement([h], untyped({ targets: { nextReply: [30] } })),
      'INVALID_OPTION',
      { fn },
      'option targets.nextReply must be a number or an object of numbers by priority, got an array',
    );
    expectRefusal(() => slaAchievement([h], { targets: { agentWork: {} } }), 'INVALID_OPTION', { fn }, 'option targets.agentWork names no priority; give a number, or targets by priority');
    expectRefusal(
      () => slaAchievement([h], untyped({ targets: { firstReply: { urgent: 10, low: -5 } } })),
      'INVALID_OPTION',
      { fn },
      'option targets.firstReply.low must be a finite number ≥ 0, got -5',
    );
  });

  test('the targets are read before the histories: bad targets are named even with no histories', () => {
    expectRefusal(() => slaAchievement([], { targets: {} }), 'INVALID_OPTION', { fn }, 'option targets names no metric; give at least one, e.g. { firstReply: 60 }');
  });
});

describe('slaAchievement refusals: the other options and the histories', () => {
  const targets = { firstReply: 60 };

  test('options: their kind, an unknown key (the four known listed), unit, calendar and asOf', () => {
    expectRefusal(() => slaAchievement([h], untyped(5)), 'INVALID_OPTION', { fn }, 'options must be an object, got 5');
    expectRefusal(() => slaAchievement([h], untyped({ targets, target: 60 })), 'INVALID_OPTION', { fn }, 'unknown option "target"; known options: targets, unit, calendar, asOf');
    expectRefusal(() => slaAchievement([h], untyped({ targets, unit: 'weeks' })), 'INVALID_OPTION', { fn }, `option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got "weeks"`);
    expectRefusal(
      () => slaAchievement([h], untyped({ targets, calendar: 'UTC' })),
      'INVALID_OPTION',
      { fn },
      'option calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got "UTC"',
    );
    expectRefusal(() => slaAchievement([h], untyped({ targets, asOf: null })), 'INVALID_OPTION', { fn }, 'option asOf is null; leave it out, or give a time');
  });

  test('no histories, input of no accepted form, a history that is not an object', () => {
    expectRefusal(() => slaAchievement([], { targets }), 'EMPTY_INPUT', { fn }, 'no histories');
    expectRefusal(() => slaAchievement(untyped(5), { targets }), 'INVALID_TYPE', { fn }, 'input is a number; pass histories (an array or iterable of objects)');
    expectRefusal(() => slaAchievement([h, untyped(7)], { targets }), 'INVALID_TYPE', { fn, index: 1 }, 'histories[1] is a number, not an object');
  });

  test('a history the reader refuses, and asOf before a creation, name the index', () => {
    expectRefusal(
      () => slaAchievement([h, untyped({ createdAt: at('09:00') })], { targets }),
      'INVALID_TYPE',
      { fn, index: 1 },
      'histories[1].events is missing; a history lists its comments, status changes and assignments (events: [] for none)',
    );
    expectRefusal(
      () => slaAchievement([h, { createdAt: at('10:00'), events: [] }], { targets, asOf: at('09:30') }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'option asOf (2026-11-03T09:30:00.000Z) is before histories[1].createdAt (2026-11-03T10:00:00.000Z)',
    );
  });

  test('a calendar function that returns no calendar is named with the history it was given, its index in details', () => {
    const calendar = businessCalendar.always();
    expectRefusal(
      () => slaAchievement([h, h], { targets, calendar: (_h, i) => (i === 0 ? calendar : untyped(undefined)) }),
      'INVALID_OPTION',
      { fn, index: 1 },
      'the calendar that option calendar gives histories[1] must be a calendar made by businessCalendar({ timeZone, week, holidays }); got undefined',
    );
  });
});

describe('slaAchievement: the clocks', () => {
  test('a ticket created solved: no first reply instance (it starts and ends at creation); requester wait and agent work achieved at 0', () => {
    const solved: TicketHistory = { createdAt: at('09:00'), status: 'solved', events: [] };
    const r = sla([solved], { firstReply: 30, nextReply: 30, requesterWait: 30, agentWork: 30 });
    const none = { achieved: 0, breached: 0, active: 0, achievementRate: null };
    expect(r).toStrictEqual({
      firstReply: none,
      nextReply: none,
      requesterWait: { achieved: 1, breached: 0, active: 0, achievementRate: 100 },
      agentWork: { achieved: 1, breached: 0, active: 0, achievementRate: 100 },
      breaches: [],
    });
  });

  // first reply 09:10; customer 09:20 → agent 09:25 (5, equal to the target); solved 09:30; the customer's thanks at 09:40
  const thanked = [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:25', 'agent'), status('09:30', 'solved'), said('09:40', 'customer')];

  test('a customer comment while solved starts no counted instance when the ticket is never reopened, closing included', () => {
    const never: TicketHistory = { createdAt: at('09:00'), events: [...thanked, status('10:00', 'closed')] };
    expect(sla([never], { nextReply: 5 }).nextReply).toStrictEqual({ achieved: 1, breached: 0, active: 0, achievementRate: 100 });
  });

  test('an instance that starts and is fulfilled while solved, never reopened, is not counted', () => {
    // solved 09:30; customer 09:40 → agent 09:50 starts and fulfils a next reply while solved: not counted, so no
    // next reply is fulfilled at all (rate null). Updates: 09:10 → solved 09:30 is 20 against 5, breached at 09:15;
    // 09:50 → 09:55 began while solved: not counted, nor the one 09:55 starts
    const solvedThenTalk: TicketHistory = {
      createdAt: at('09:00'),
      events: [said('09:00', 'customer'), said('09:10', 'agent'), status('09:30', 'solved'), said('09:40', 'customer'), said('09:50', 'agent'), said('09:55', 'agent')],
    };
    const r = sla([solvedThenTalk], { nextReply: 5, periodicUpdate: 5 });
    expect(r.nextReply).toStrictEqual({ achieved: 0, breached: 0, active: 0, achievementRate: null });
    expect(r.periodicUpdate).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'periodicUpdate', target: 5, time: 20, breachedAt: '2026-11-03T09:15:00.000Z' }]);
  });

  test('reopened at 10:00, the thanks of 09:40 runs from 10:00: answered at 10:20, 20 against 5, breached at 10:05', () => {
    const reopened: TicketHistory = { createdAt: at('09:00'), events: [...thanked, status('10:00', 'open'), said('10:20', 'agent')] };
    const r = sla([reopened], { nextReply: 5 });
    expect(r.nextReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'nextReply', target: 5, time: 20, breachedAt: '2026-11-03T10:05:00.000Z' }]);
  });

  test('solved without a reply ends the first reply phase: a customer comment after reopening starts a next reply (09:30 → 09:50, 20 within 30)', () => {
    const h2: TicketHistory = { id: 0, createdAt: at('09:00'), events: [said('09:00', 'customer'), status('09:10', 'solved'), status('09:20', 'open'), said('09:30', 'customer'), said('09:50', 'agent')] };
    const r = sla([h2], { firstReply: 5, nextReply: 30 });
    // the first reply instance is fulfilled by the resolution at 09:10: 10 against 5, breached at 09:05
    expect(r.firstReply).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(r.nextReply).toStrictEqual({ achieved: 1, breached: 0, active: 0, achievementRate: 100 });
    expect(r.breaches).toStrictEqual([{ ticketId: 0, index: 0, metric: 'firstReply', target: 5, time: 10, breachedAt: '2026-11-03T09:05:00.000Z' }]);
  });

  test('customer comments before the first reply start no next reply', () => {
    const early: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:05', 'customer'), said('09:30', 'agent')] };
    expect(sla([early], { nextReply: 1 }).nextReply).toStrictEqual({ achieved: 0, breached: 0, active: 0, achievementRate: null });
  });

  test('an agent-created ticket: the opening comment starts an update but is no first reply; both breach at 09:30, listed as found', () => {
    const opened: TicketHistory = { id: 'O', createdAt: at('09:00'), createdBy: 'agent', events: [said('09:00', 'agent'), said('09:10', 'customer'), said('09:40', 'agent')] };
    const r = sla([opened], { firstReply: 30, periodicUpdate: 30 });
    expect(r.firstReply).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    // the update 09:00 → 09:40 breached; the one the 09:40 reply starts still runs
    expect(r.periodicUpdate).toStrictEqual({ achieved: 0, breached: 1, active: 1, achievementRate: 0 });
    expect(r.breaches).toStrictEqual([
      { ticketId: 'O', index: 0, metric: 'firstReply', target: 30, time: 40, breachedAt: '2026-11-03T09:30:00.000Z' },
      { ticketId: 'O', index: 0, metric: 'periodicUpdate', target: 30, time: 40, breachedAt: '2026-11-03T09:30:00.000Z' },
    ]);
  });

  test('the pausable update runs on-hold and pauses only while pending; the periodic update runs in both', () => {
    // agent 09:00, on-hold 09:10, open 09:40, agent 09:50: 50 minutes either way, breached at 09:45
    const held: TicketHistory = { createdAt: at('08:50'), events: [said('09:00', 'agent'), status('09:10', 'on-hold'), status('09:40', 'open'), said('09:50', 'agent')] };
    const r = sla([held], { pausableUpdate: 45 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'pausableUpdate', target: 45, time: 50, breachedAt: '2026-11-03T09:45:00.000Z' }]);
    // agent 09:00, pending 09:10 (10 so far), open 10:00, agent 10:20 (30 in all): a target of 15 is passed 5 minutes after 10:00
    const paused: TicketHistory = { createdAt: at('08:50'), events: [said('09:00', 'agent'), status('09:10', 'pending'), status('10:00', 'open'), said('10:20', 'agent')] };
    const both = sla([paused], { pausableUpdate: 15, periodicUpdate: 15 });
    expect(both.breaches).toStrictEqual([
      { ticketId: null, index: 0, metric: 'periodicUpdate', target: 15, time: 80, breachedAt: '2026-11-03T09:15:00.000Z' },
      { ticketId: null, index: 0, metric: 'pausableUpdate', target: 15, time: 30, breachedAt: '2026-11-03T10:05:00.000Z' },
    ]);
  });

  test('an instance paused past its target is breached at the end, with asOf and without', () => {
    // agent 09:00, pending 09:40: 40 against 30, breached at 09:30, paused since
    const pending: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'agent'), status('09:40', 'pending')] };
    const breach = { ticketId: null, index: 0, metric: 'pausableUpdate', target: 30, time: 40, breachedAt: '2026-11-03T09:30:00.000Z' };
    for (const more of [{}, { asOf: at('12:00') }]) {
      const r = sla([pending], { pausableUpdate: 30 }, more);
      expect(r.pausableUpdate).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
      expect(r.breaches).toStrictEqual([breach]);
    }
    // paused within its target: active, asOf or not
    const within: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'agent'), status('09:10', 'pending')] };
    expect(sla([within], { pausableUpdate: 30 }, { asOf: at('12:00') }).pausableUpdate).toStrictEqual({ achieved: 0, breached: 0, active: 1, achievementRate: null });
  });

  test('created solved: the first reply phase is over, so a customer comment after reopening starts a next reply (09:40 → 10:00)', () => {
    const h2: TicketHistory = { createdAt: at('09:00'), status: 'solved', events: [status('09:30', 'open'), said('09:40', 'customer'), said('10:00', 'agent')] };
    const r = sla([h2], { firstReply: 5, nextReply: 30 });
    expect(r.firstReply).toStrictEqual({ achieved: 0, breached: 0, active: 0, achievementRate: null });
    expect(r.nextReply).toStrictEqual({ achieved: 1, breached: 0, active: 0, achievementRate: 100 });
  });

  test('an update started by an agent comment while solved runs from the reopening, not from the comment', () => {
    // solved 09:30; agent 09:40 while solved; reopened 10:00; agent 10:20: 20 minutes, within 30 (40 counted from 09:40 would breach)
    const h2: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'customer'), status('09:30', 'solved'), said('09:40', 'agent'), status('10:00', 'open'), said('10:20', 'agent')] };
    const r = sla([h2], { pausableUpdate: 30, periodicUpdate: 30 });
    // the 10:20 comment starts another update of each, still running
    expect(r.pausableUpdate).toStrictEqual({ achieved: 1, breached: 0, active: 1, achievementRate: 100 });
    expect(r.periodicUpdate).toStrictEqual({ achieved: 1, breached: 0, active: 1, achievementRate: 100 });
    expect(r.breaches).toStrictEqual([]);
  });

  test('an assignment is no comment: after one at creation, the public opening comment of an agent-created ticket is still no first reply', () => {
    const assigned: TicketHistory = {
      createdAt: at('09:00'),
      createdBy: 'agent',
      events: [{ type: 'assignment', at: at('09:00'), assignee: 'ana' }, said('09:00', 'agent'), said('09:10', 'customer'), said('09:40', 'agent')],
    };
    expect(sla([assigned], { firstReply: 30 }).breaches).toMatchObject([{ metric: 'firstReply', time: 40, breachedAt: '2026-11-03T09:30:00.000Z' }]);
  });

  test('a clock running at the end, breached in an earlier stretch, is breached with the time counted so far, without asOf', () => {
    // open 09:00–09:40 passes 30 at 09:30; pending 09:40–10:00; open again from 10:00, still running
    const resumed: TicketHistory = { createdAt: at('09:00'), status: 'open', events: [status('09:40', 'pending'), status('10:00', 'open')] };
    const r = sla([resumed], { requesterWait: 30 });
    expect(r.requesterWait).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'requesterWait', target: 30, time: 40, breachedAt: '2026-11-03T09:30:00.000Z' }]);
  });

  test('only a public customer comment starts a next reply: a bot, an internal note and an internal customer comment do not', () => {
    const quiet: TicketHistory = {
      createdAt: at('09:00'),
      events: [said('09:00', 'customer'), said('09:10', 'agent'), { type: 'comment', at: at('09:20'), author: 'bot', public: true }, said('09:30', 'agent', false), said('09:35', 'customer', false)],
    };
    expect(sla([quiet], { nextReply: 1 }, { asOf: at('12:00') }).nextReply).toStrictEqual({ achieved: 0, breached: 0, active: 0, achievementRate: null });
  });

  test('each instance starts from nothing: a next reply breached (09:20 → 09:50, 30 against 15), then one achieved (10:00 → 10:05)', () => {
    const two: TicketHistory = {
      createdAt: at('09:00'),
      events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:50', 'agent'), said('10:00', 'customer'), said('10:05', 'agent')],
    };
    const r = sla([two], { nextReply: 15 });
    expect(r.nextReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'nextReply', target: 15, time: 30, breachedAt: '2026-11-03T09:35:00.000Z' }]);
  });

  test('an update paused past its target and fulfilled while pending keeps the time it had when paused', () => {
    // agent 09:00, pending 09:40 (40, breached at 09:30), agent again 09:50 while pending
    const h2: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'agent'), status('09:40', 'pending'), said('09:50', 'agent')] };
    const r = sla([h2], { pausableUpdate: 30 });
    // the update the 09:50 comment starts is paused from its start, and still running
    expect(r.pausableUpdate).toStrictEqual({ achieved: 0, breached: 1, active: 1, achievementRate: 0 });
    expect(r.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'pausableUpdate', target: 30, time: 40, breachedAt: '2026-11-03T09:30:00.000Z' }]);
  });

  test('agent work counts new and open only: new 10 + open 20, paused in pending, open again from 10:30 passes 50 at 10:50', () => {
    // new 09:00–09:10, open 09:10–09:30, pending 09:30–10:30, open 10:30–11:00, on-hold 11:00–11:20, open 11:20–12:00, solved
    const h2: TicketHistory = {
      createdAt: at('09:00'),
      events: [status('09:10', 'open'), status('09:30', 'pending'), status('10:30', 'open'), status('11:00', 'on-hold'), status('11:20', 'open'), status('12:00', 'solved')],
    };
    expect(sla([h2], { agentWork: 50 }).breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'agentWork', target: 50, time: 100, breachedAt: '2026-11-03T10:50:00.000Z' }]);
    // requester wait also runs on-hold: 10 + 20 + 30 + 20 + 40; 100 is passed at 11:40
    expect(sla([h2], { requesterWait: 100 }).breaches).toMatchObject([{ metric: 'requesterWait', time: 120, breachedAt: '2026-11-03T11:40:00.000Z' }]);
  });

  test('a breach is found once: reopened past its target, breachedAt stays where the first stretch passed it', () => {
    // open 09:00–09:30 passes 20 at 09:20; reopened 10:00–10:40; 70 in all
    const reopened: TicketHistory = { createdAt: at('09:00'), status: 'open', events: [status('09:30', 'solved'), status('10:00', 'open'), status('10:40', 'solved')] };
    expect(sla([reopened], { requesterWait: 20 }).breaches).toStrictEqual([
      { ticketId: null, index: 0, metric: 'requesterWait', target: 20, time: 70, breachedAt: '2026-11-03T09:20:00.000Z' },
    ]);
  });

  test('requester wait to asOf: past the target breached, equal to it still active', () => {
    const open: TicketHistory = { id: 'W', createdAt: at('09:00'), events: [] };
    const past = sla([open], { requesterWait: 30 }, { asOf: at('10:00') });
    expect(past.requesterWait).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(past.breaches).toStrictEqual([{ ticketId: 'W', index: 0, metric: 'requesterWait', target: 30, time: 60, breachedAt: '2026-11-03T09:30:00.000Z' }]);
    expect(sla([open], { requesterWait: 60 }, { asOf: at('10:00') }).requesterWait).toStrictEqual({ achieved: 0, breached: 0, active: 1, achievementRate: null });
    // without asOf the running clock is not counted
    expect(sla([open], { requesterWait: 0 }).requesterWait).toStrictEqual({ achieved: 0, breached: 0, active: 1, achievementRate: null });
  });

  test('a target of 0: a reply at the instant of creation achieves it; one a minute later breaches it at creation', () => {
    const now: TicketHistory = { createdAt: at('09:00'), events: [said('09:00', 'agent')] };
    const later: TicketHistory = { id: 'L', createdAt: at('09:00'), events: [said('09:01', 'agent')] };
    const r = sla([now, later], { firstReply: 0 });
    expect(r.firstReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
    expect(r.breaches).toStrictEqual([{ ticketId: 'L', index: 1, metric: 'firstReply', target: 0, time: 1, breachedAt: '2026-11-03T09:00:00.000Z' }]);
    // a target of 0 by priority is a target too
    expect(sla([{ ...now, priority: 'high' }], { firstReply: { high: 0 } }).firstReply).toStrictEqual({ achieved: 1, breached: 0, active: 0, achievementRate: 100 });
  });

  test('achievementRate = achieved / (achieved + breached) × 100, active left out: 1 of 3', () => {
    const reply = (hhmm: string): TicketHistory => ({ createdAt: at('09:00'), events: [said(hhmm, 'agent')] });
    const r = sla([reply('09:05'), reply('09:20'), reply('09:30'), { createdAt: at('09:00'), events: [] }], { firstReply: 10 });
    expect(r.firstReply).toStrictEqual({ achieved: 1, breached: 2, active: 1, achievementRate: 100 / 3 });
  });

  test('breaches at the same instant keep the order they were found in: ticket by ticket', () => {
    const a: TicketHistory = { id: 'a', createdAt: at('09:00'), events: [said('09:30', 'agent')] };
    const b: TicketHistory = { id: 'b', createdAt: at('09:00'), events: [said('09:20', 'agent')] };
    expect(sla([a, b], { firstReply: 10 }).breaches.map((x) => [x.ticketId, x.breachedAt])).toStrictEqual([
      ['a', '2026-11-03T09:10:00.000Z'],
      ['b', '2026-11-03T09:10:00.000Z'],
    ]);
  });

  test('breaches at the same instant come ticket by ticket also among 120, which the sort merges from two runs', () => {
    // 120 breaches at three instants, listed 09:12, 09:10, 09:11, 09:12, …: V8's sort orders two runs of 60 and
    // merges them, so that breaches at one instant meet from both runs
    const minutes = [2, 0, 1];
    const histories: TicketHistory[] = Array.from({ length: 120 }, (_, i) => {
      const created = `09:0${minutes[i % 3]!}`;
      return { id: `t${i}`, createdAt: at(created), events: [said(created, 'customer'), said(`09:3${minutes[i % 3]!}`, 'agent')] };
    });
    // each first reply comes 30 minutes after its creation, past the target of 10 at creation + 10
    const expected = [0, 1, 2].flatMap((m) =>
      histories.flatMap((_, i) =>
        minutes[i % 3] === m ? [{ ticketId: `t${i}`, index: i, metric: 'firstReply', target: 10, time: 30, breachedAt: `2026-11-03T09:1${m}:00.000Z` }] : [],
      ),
    );
    expect(expected).toHaveLength(120);
    expect(sla(histories, { firstReply: 10 }).breaches).toStrictEqual(expected);
  });

  describe('working time', () => {
    const nineToFive = [['09:00', '17:00']] as [string, string][];
    const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive } });
    // created Tuesday 16:30, replied Wednesday 10:00: 30 + 60 working minutes
    const overnight: TicketHistory = { id: 'N', createdAt: at('16:30'), events: [said('16:30', 'customer'), said('10:00', 'agent', true, 4)] };

    test('a 30-minute target is passed at 17:00, the end of the working day, not the next morning', () => {
      expect(sla([overnight], { firstReply: 30 }, { calendar }).breaches).toStrictEqual([
        { ticketId: 'N', index: 0, metric: 'firstReply', target: 30, time: 90, breachedAt: '2026-11-03T17:00:00.000Z' },
      ]);
    });

    test('a calendar function: each ticket is measured on its own calendar', () => {
      const pick = (history: TicketHistory) => (history.id === 'N' ? calendar : businessCalendar.always());
      const r = sla([overnight, { ...overnight, id: 'always' }], { firstReply: 100 }, { calendar: pick });
      // 90 working minutes within 100; 17.5 hours of elapsed time past it, at 18:10
      expect(r.firstReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
      expect(r.breaches).toStrictEqual([{ ticketId: 'always', index: 1, metric: 'firstReply', target: 100, time: 1050, breachedAt: '2026-11-03T18:10:00.000Z' }]);
    });
  });
});
