import { describe, expect, test } from 'vitest';
import { businessCalendar, slaAchievement, type TicketEvent, type TicketHistory, type TicketStatus } from '../../src/index.js';
import { at, errorOf } from './helpers.js';

const said = (hhmm: string, author: 'customer' | 'agent', visible = true, day = 3): TicketEvent => ({ type: 'comment', at: at(hhmm, day), author, public: visible });
const status = (hhmm: string, s: TicketStatus, day = 3): TicketEvent => ({ type: 'status', at: at(hhmm, day), status: s });

describe('slaAchievement: first reply', () => {
  const replied: TicketHistory = { id: 'A', createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:20', 'agent')] };
  const onTheDot: TicketHistory = { id: 'B', createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:30', 'agent')] };
  const waiting: TicketHistory = { id: 'C', createdAt: at('09:00'), events: [said('09:00', 'customer')] };

  test('a reply within the target and one equal to it are achieved; a ticket still waiting is active', () => {
    const sla = slaAchievement([replied, onTheDot, waiting], { targets: { firstReply: 30 }, unit: 'minutes' });
    expect(sla.firstReply).toStrictEqual({ achieved: 2, breached: 0, active: 1, achievementRate: 100 });
    expect(sla.breaches).toStrictEqual([]);
  });

  test('asOf 12:00 counts the waiting ticket as breached at 09:30, after 180 minutes: 1 achieved of 2, 50', () => {
    const sla = slaAchievement([replied, waiting], { targets: { firstReply: 30 }, unit: 'minutes', asOf: at('12:00') });
    expect(sla.firstReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
    expect(sla.breaches).toStrictEqual([{ ticketId: 'C', index: 1, metric: 'firstReply', target: 30, time: 180, breachedAt: '2026-11-03T09:30:00.000Z' }]);
  });

  test('an internal note does not fulfil the first reply: note 09:10, public reply 09:45 breaches a 30-minute target at 09:30', () => {
    const h = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent', false), said('09:45', 'agent')] };
    const sla = slaAchievement([h], { targets: { firstReply: 30 }, unit: 'minutes' });
    expect(sla.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'firstReply', target: 30, time: 45, breachedAt: '2026-11-03T09:30:00.000Z' }]);
  });

  test('targets by priority: a ticket whose priority the target does not name is not measured', () => {
    const high = { ...replied, priority: 'high' };
    const low = { ...onTheDot, priority: 'low' };
    const none = { ...waiting };
    const sla = slaAchievement([high, low, none], { targets: { firstReply: { high: 10 } }, unit: 'minutes' });
    expect(sla.firstReply).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(sla.breaches[0]).toMatchObject({ ticketId: 'A', target: 10, time: 20, breachedAt: '2026-11-03T09:10:00.000Z' });
  });

  test('a ticket solved without a reply fulfils its first reply target', () => {
    const h = { createdAt: at('09:00'), events: [said('09:00', 'customer'), status('09:10', 'solved')] };
    expect(slaAchievement([h], { targets: { firstReply: 30 }, unit: 'minutes' }).firstReply).toMatchObject({ achieved: 1, breached: 0 });
  });
});

describe('slaAchievement: next reply', () => {
  // first reply 09:10; customer 09:20 → agent 09:30 (10 minutes); customer 09:40 → agent 10:00 (20 minutes)
  const h: TicketHistory = {
    id: 7,
    createdAt: at('09:00'),
    events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:30', 'agent'), said('09:40', 'customer'), said('10:00', 'agent')],
  };

  test('two instances on one ticket, 10 and 20 minutes, against 15: one achieved, one breached at 09:55', () => {
    const sla = slaAchievement([h], { targets: { nextReply: 15 }, unit: 'minutes' });
    expect(sla.nextReply).toStrictEqual({ achieved: 1, breached: 1, active: 0, achievementRate: 50 });
    expect(sla.breaches).toStrictEqual([{ ticketId: 7, index: 0, metric: 'nextReply', target: 15, time: 20, breachedAt: '2026-11-03T09:55:00.000Z' }]);
  });

  test('a run of customer comments is one instance, from its first comment', () => {
    const run = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:30', 'customer'), said('09:40', 'agent')] };
    const sla = slaAchievement([run], { targets: { nextReply: 15 }, unit: 'minutes' });
    expect(sla.nextReply).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(sla.breaches[0]).toMatchObject({ time: 20, breachedAt: '2026-11-03T09:35:00.000Z' });
  });

  test('with asOf, a running instance within its target is active; past it, breached', () => {
    const waiting = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer')] };
    expect(slaAchievement([waiting], { targets: { nextReply: 15 }, unit: 'minutes', asOf: at('09:30') }).nextReply).toMatchObject({ active: 1, breached: 0 });
    expect(slaAchievement([waiting], { targets: { nextReply: 15 }, unit: 'minutes', asOf: at('09:40') }).nextReply).toMatchObject({ active: 0, breached: 1 });
  });
});

describe('slaAchievement: periodic and pausable updates', () => {
  // agent 09:00 and pending until the customer writes at 10:00 (open); agent 10:20, solved with it
  const h: TicketHistory = {
    createdAt: at('08:50'),
    events: [said('08:50', 'customer'), said('09:00', 'agent'), status('09:00', 'pending'), said('10:00', 'customer'), status('10:00', 'open'), said('10:20', 'agent'), status('10:20', 'solved')],
  };

  test('periodic update 09:00 → 10:20 is 80 minutes: breached at 09:30; the update the solving comment starts is not counted', () => {
    const sla = slaAchievement([h], { targets: { periodicUpdate: 30 }, unit: 'minutes' });
    expect(sla.periodicUpdate).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(sla.breaches[0]).toMatchObject({ metric: 'periodicUpdate', time: 80, breachedAt: '2026-11-03T09:30:00.000Z' });
  });

  test('pausable update pauses while pending (09:00–10:00): 20 minutes, achieved', () => {
    expect(slaAchievement([h], { targets: { pausableUpdate: 30 }, unit: 'minutes' }).pausableUpdate).toStrictEqual({
      achieved: 1,
      breached: 0,
      active: 0,
      achievementRate: 100,
    });
  });
});

describe('slaAchievement: requester wait and agent work', () => {
  // new 10, open 20, pending 60, open 30, on-hold 20, open 40; solved at 12:00
  const h: TicketHistory = {
    createdAt: at('09:00'),
    events: [status('09:10', 'open'), status('09:30', 'pending'), status('10:30', 'open'), status('11:00', 'on-hold'), status('11:20', 'open'), status('12:00', 'solved')],
  };

  test('requester wait (new, open, on-hold: 120) against 100: breached at 11:40, when 10 + 20 + 30 + 20 + 20 had passed', () => {
    const sla = slaAchievement([h], { targets: { requesterWait: 100 }, unit: 'minutes' });
    expect(sla.breaches).toStrictEqual([{ ticketId: null, index: 0, metric: 'requesterWait', target: 100, time: 120, breachedAt: '2026-11-03T11:40:00.000Z' }]);
  });

  test('agent work (new and open: 100) against 100: achieved, equal to the target', () => {
    expect(slaAchievement([h], { targets: { agentWork: 100 }, unit: 'minutes' }).agentWork).toStrictEqual({ achieved: 1, breached: 0, active: 0, achievementRate: 100 });
  });

  test('reopening resumes the one instance: open 30, solved, open 40 again is 70 against 60, breached at 10:30', () => {
    const reopened = { createdAt: at('09:00'), status: 'open' as const, events: [status('09:30', 'solved'), status('10:00', 'open'), status('10:40', 'solved')] };
    const sla = slaAchievement([reopened], { targets: { requesterWait: 60 }, unit: 'minutes' });
    expect(sla.requesterWait).toStrictEqual({ achieved: 0, breached: 1, active: 0, achievementRate: 0 });
    expect(sla.breaches[0]).toMatchObject({ time: 70, breachedAt: '2026-11-03T10:30:00.000Z' });
  });

  test('a ticket not solved yet is active', () => {
    const open = { createdAt: at('09:00'), events: [status('09:10', 'open')] };
    expect(slaAchievement([open], { targets: { requesterWait: 100 }, unit: 'minutes' }).requesterWait).toMatchObject({ active: 1 });
  });
});

describe('slaAchievement: business hours and the breach list', () => {
  const nineToFive = [['09:00', '17:00']] as [string, string][];
  const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive } });

  test('created Tuesday 16:30, replied Wednesday 10:00: 1.5 working hours, a 1-hour target breached Wednesday 09:30', () => {
    const h = { id: 'X', createdAt: at('16:30', 3), events: [said('16:30', 'customer', true, 3), said('10:00', 'agent', true, 4)] };
    const sla = slaAchievement([h], { targets: { firstReply: 1 }, unit: 'hours', calendar });
    expect(sla.breaches).toStrictEqual([{ ticketId: 'X', index: 0, metric: 'firstReply', target: 1, time: 1.5, breachedAt: '2026-11-04T09:30:00.000Z' }]);
  });

  test('breaches come in the order they happened, across tickets and metrics', () => {
    const late = { id: 'late', createdAt: at('09:00'), events: [said('09:00', 'customer'), said('10:00', 'agent')] };
    const early = { id: 'early', createdAt: at('08:00'), events: [said('08:00', 'customer'), said('09:00', 'agent')] };
    const sla = slaAchievement([late, early], { targets: { firstReply: 15 }, unit: 'minutes' });
    expect(sla.breaches.map((b) => [b.ticketId, b.breachedAt])).toStrictEqual([
      ['early', '2026-11-03T08:15:00.000Z'],
      ['late', '2026-11-03T09:15:00.000Z'],
    ]);
  });

  test('only the metrics given targets are in the result', () => {
    const h = { createdAt: at('09:00'), events: [said('09:00', 'customer')] };
    expect(Object.keys(slaAchievement([h], { targets: { nextReply: 60 } })).sort()).toStrictEqual(['breaches', 'nextReply']);
  });
});

describe('slaAchievement: bad input throws MetricError', () => {
  const h = { createdAt: at('09:00'), events: [said('09:00', 'customer')] };
  test.each([
    ['no targets', () => slaAchievement([h], {} as never), 'INVALID_OPTION'],
    ['an unknown metric', () => slaAchievement([h], { targets: { resolution: 60 } } as never), 'INVALID_OPTION'],
    ['a negative target', () => slaAchievement([h], { targets: { firstReply: -1 } }), 'INVALID_OPTION'],
    ['a target that is not a number', () => slaAchievement([h], { targets: { firstReply: '60' } } as never), 'INVALID_OPTION'],
    ['targets by priority naming none', () => slaAchievement([h], { targets: { firstReply: {} } }), 'INVALID_OPTION'],
    ['no histories', () => slaAchievement([], { targets: { firstReply: 60 } }), 'EMPTY_INPUT'],
    ['an unknown option', () => slaAchievement([h], { targets: { firstReply: 60 }, target: 60 } as never), 'INVALID_OPTION'],
    ['a bad history', () => slaAchievement([h, { createdAt: at('09:00'), events: [{ type: 'x', at: at('09:00') }] }] as never, { targets: { firstReply: 60 } }), 'INVALID_TYPE'],
  ])('%s', (_, f, code) => {
    expect(errorOf(f).code).toBe(code);
  });
});
