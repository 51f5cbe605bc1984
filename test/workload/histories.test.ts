import { describe, expect, test } from 'vitest';
import { backlog, contactRate, escalationRate, reopenRate, ticketMetrics, ticketVolume } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const status = (at: string, s: 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed') => ({ type: 'status' as const, at, status: s });
const group = (at: string, g: string | null) => ({ type: 'assignment' as const, at, group: g });
const reply = (at: string) => ({ type: 'comment' as const, at, author: 'agent' as const, public: true });

// Created Monday 2 November 09:00; solved 15:00; reopened Wednesday 08:00 (to open),
// pending at 10:00 (no change of resolution), solved again Thursday 12:00, closed Friday.
const reopened = {
  id: 1,
  createdAt: '2026-11-02T09:00:00Z',
  events: [
    reply('2026-11-02T10:00:00Z'),
    status('2026-11-02T15:00:00Z', 'solved'),
    status('2026-11-04T08:00:00Z', 'open'),
    status('2026-11-04T10:00:00Z', 'pending'),
    status('2026-11-05T12:00:00Z', 'solved'),
    status('2026-11-06T12:00:00Z', 'closed'),
  ],
};
// Created Tuesday 3 November 10:00, still open.
const open = { id: 2, createdAt: '2026-11-03T10:00:00Z', events: [status('2026-11-03T10:05:00Z', 'open'), reply('2026-11-03T11:00:00Z')] };
// Created Tuesday 3 November 12:00, solved the same day 14:00 and never reopened.
const once = { id: 3, createdAt: '2026-11-03T12:00:00Z', events: [status('2026-11-03T14:00:00Z', 'solved')] };
// Solved Monday 18:00, reopened Tuesday 09:00 and open now.
const openAgain = {
  id: 4,
  createdAt: '2026-11-02T17:00:00Z',
  events: [status('2026-11-02T18:00:00Z', 'solved'), status('2026-11-03T09:00:00Z', 'pending')],
};

describe('backlog of ticket histories', () => {
  test('a history is open from its creation to its resolution, and again from each reopen to the next resolution', () => {
    const at = [
      '2026-11-02T08:59:59Z', // before creation: 0
      '2026-11-02T09:00:00Z', // created at this instant: open
      '2026-11-02T15:00:00Z', // solved at this instant: no longer open
      '2026-11-03T12:00:00Z', // between the resolution and the reopen: not open
      '2026-11-04T08:00:00Z', // reopened at this instant: open
      '2026-11-04T11:00:00Z', // pending is still open
      '2026-11-05T12:00:00Z', // solved again: not open
      '2026-11-07T00:00:00Z', // closed: not open
    ];
    expect(backlog([reopened], { at }).map((p) => p.open)).toStrictEqual([0, 1, 0, 0, 1, 1, 0, 0]);
  });

  test('several histories: counted by hand at each instant', () => {
    const histories = [reopened, open, once, openAgain];
    // Mon 20:00: reopened solved (15:00), openAgain solved (18:00), the others not yet created → 0
    // Tue 13:00: open (since 10:00), once (12:00–14:00), openAgain (reopened 09:00) → 3
    // Wed 09:00: reopened (reopened 08:00), open, openAgain → 3
    // Fri 00:00: open, openAgain → 2
    const at = ['2026-11-02T20:00:00Z', '2026-11-03T13:00:00Z', '2026-11-04T09:00:00Z', '2026-11-06T00:00:00Z'];
    expect(backlog(histories, { at }).map((p) => p.open)).toStrictEqual([0, 3, 3, 2]);
  });

  test('with every, the periods run from the first creation to the last, as for simple tickets', () => {
    // created Mon and Tue: the day ends are Tue 00:00 and Wed 00:00
    const points = backlog([reopened, open, once, openAgain], { every: 'day' });
    expect(points.map((p) => p.at.toISOString())).toStrictEqual(['2026-11-03T00:00:00.000Z', '2026-11-04T00:00:00.000Z']);
    // Tue 00:00: nothing open (reopened solved Mon 15:00, openAgain solved 18:00); Wed 00:00: open, openAgain
    expect(points.map((p) => p.open)).toStrictEqual([0, 2]);
  });

  test('a history created solved is never open, as a ticket resolved when it was created', () => {
    const solved = { createdAt: '2026-11-02T09:00:00Z', status: 'solved' as const, events: [] };
    expect(backlog([solved], { at: ['2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z'] }).map((p) => p.open)).toStrictEqual([0, 0]);
    expect(reopenRate([solved])).toBe(0);
  });

  test('events in any order are read in time order', () => {
    const shuffled = { ...reopened, events: [...reopened.events].reverse() };
    const at = ['2026-11-03T12:00:00Z', '2026-11-04T11:00:00Z', '2026-11-07T00:00:00Z'];
    expect(backlog([shuffled], { at }).map((p) => p.open)).toStrictEqual([0, 1, 0]);
  });

  test('histories and simple tickets mix', () => {
    const simple = { createdAt: '2026-11-03T00:00:00Z', resolvedAt: '2026-11-05T00:00:00Z' };
    expect(backlog([simple, reopened], { at: ['2026-11-03T12:00:00Z', '2026-11-04T12:00:00Z'] }).map((p) => p.open)).toStrictEqual([1, 2]);
  });
});

describe('ticketVolume of ticket histories', () => {
  test('createdAt is the history’s; resolvedAt its last resolution while solved or closed; reopenedAt its last reopen', () => {
    const histories = [reopened, open, once, openAgain];
    const created = ticketVolume(histories, { every: 'day' });
    expect(created.map((d) => [d.start.toISOString().slice(0, 10), d.count])).toStrictEqual([
      ['2026-11-02', 2],
      ['2026-11-03', 2],
    ]);
    // reopened: last solved Thursday 5th; once: Tuesday 3rd; openAgain is open now, open never solved
    const resolved = ticketVolume(histories, { every: 'day', field: 'resolvedAt' });
    expect(resolved.map((d) => [d.start.toISOString().slice(0, 10), d.count])).toStrictEqual([
      ['2026-11-03', 1],
      ['2026-11-04', 0],
      ['2026-11-05', 1],
    ]);
    const reopenedDays = ticketVolume(histories, { every: 'day', field: 'reopenedAt' });
    expect(reopenedDays.map((d) => [d.start.toISOString().slice(0, 10), d.count])).toStrictEqual([
      ['2026-11-03', 1],
      ['2026-11-04', 1],
    ]);
  });

  test('a field that is not of the life cycle is read from the history record', () => {
    const tagged = { ...once, surveyedAt: '2026-11-10T08:00:00Z' };
    expect(ticketVolume([tagged, { ...open, surveyedAt: null }], { every: 'week', field: 'surveyedAt' })).toStrictEqual([
      { start: new Date('2026-11-09T00:00:00Z'), end: new Date('2026-11-16T00:00:00Z'), count: 1 },
    ]);
  });

  test('escalatedAt of histories, with and without escalationGroups', () => {
    const moved = { createdAt: '2026-11-02T09:00:00Z', events: [group('2026-11-02T09:00:00Z', 'support'), group('2026-11-04T09:00:00Z', 'tier-2')] };
    expect(ticketVolume([moved], { every: 'day', field: 'escalatedAt' }).map((d) => d.start.toISOString())).toStrictEqual(['2026-11-04T00:00:00.000Z']);
    expect(ticketVolume([moved], { every: 'day', field: 'escalatedAt', escalationGroups: ['billing'] })).toStrictEqual([]);
    expect(metricErrorOf(() => ticketVolume([moved], { every: 'day', escalationGroups: ['tier-2'] })).code).toBe('INVALID_OPTION');
  });
});

describe('reopenRate of ticket histories', () => {
  test('reopened (solved or closed, then another status) / resolved at least once × 100', () => {
    // resolved at least once: reopened, once, openAgain (open again now); never: open. Reopened: reopened, openAgain.
    expect(reopenRate([reopened, open, once, openAgain])).toBe((2 * 100) / 3);
    expect(reopenRate([once])).toBe(0);
    expect(metricErrorOf(() => reopenRate([open])).code).toBe('EMPTY_INPUT');
  });

  test('a history counts its reopens as ticketMetrics does', () => {
    expect(ticketMetrics(reopened).reopens).toBe(1);
    expect(ticketMetrics(openAgain).reopens).toBe(1);
    const twice = {
      createdAt: '2026-11-02T09:00:00Z',
      events: [status('2026-11-02T10:00:00Z', 'solved'), status('2026-11-02T11:00:00Z', 'open'), status('2026-11-02T12:00:00Z', 'closed'), status('2026-11-02T13:00:00Z', 'on-hold')],
    };
    expect(ticketMetrics(twice).reopens).toBe(2);
    // once reopened counts once, however often
    expect(reopenRate([twice, once])).toBe(50);
  });

  test('a history and its simple ticket give the same rate', () => {
    const simple = [
      { createdAt: reopened.createdAt, resolvedAt: '2026-11-05T12:00:00Z', reopens: 1, reopenedAt: '2026-11-04T08:00:00Z' },
      { createdAt: open.createdAt },
      { createdAt: once.createdAt, resolvedAt: '2026-11-03T14:00:00Z' },
      { createdAt: openAgain.createdAt, reopens: 1, reopenedAt: '2026-11-03T09:00:00Z' },
    ];
    expect(reopenRate([reopened, open, once, openAgain])).toBe(reopenRate(simple));
  });
});

describe('escalationRate of ticket histories', () => {
  const routed = { createdAt: '2026-11-02T09:00:00Z', events: [group('2026-11-02T09:01:00Z', 'support')] };
  const moved = { createdAt: '2026-11-02T09:00:00Z', events: [group('2026-11-02T09:01:00Z', 'support'), group('2026-11-02T11:00:00Z', 'tier-2')] };
  const direct = { createdAt: '2026-11-02T09:00:00Z', events: [group('2026-11-02T09:01:00Z', 'tier-2')] };
  const unassigned = {
    createdAt: '2026-11-02T09:00:00Z',
    events: [group('2026-11-02T09:01:00Z', 'support'), group('2026-11-02T10:00:00Z', null), group('2026-11-02T11:00:00Z', 'billing')],
  };
  const sameGroup = {
    createdAt: '2026-11-02T09:00:00Z',
    events: [group('2026-11-02T09:01:00Z', 'support'), { type: 'assignment' as const, at: '2026-11-02T10:00:00Z', assignee: 'ana' }, group('2026-11-02T11:00:00Z', 'support')],
  };

  test('by default a change from one group to another is an escalation, the first group is not', () => {
    // escalated: moved (support → tier-2), unassigned (support → none → billing); not: routed, direct, sameGroup
    expect(escalationRate([routed, moved, direct, unassigned, sameGroup])).toBe((2 * 100) / 5);
  });

  test('with escalationGroups, an assignment to one of them is an escalation, the first included', () => {
    expect(escalationRate([routed, moved, direct, unassigned, sameGroup], { escalationGroups: ['tier-2'] })).toBe((2 * 100) / 5);
    // every history but direct (tier-2 only) was assigned to support or billing
    expect(escalationRate([routed, moved, direct, unassigned, sameGroup], { escalationGroups: new Set(['billing', 'support']) })).toBe(80);
  });

  test('a history’s own escalatedAt is its escalation, whatever the assignments', () => {
    expect(escalationRate([{ ...routed, escalatedAt: '2026-11-02T12:00:00Z' }, routed])).toBe(50);
    expect(escalationRate([{ ...routed, escalatedAt: null }, moved])).toBe(50);
  });

  test('histories mix with simple tickets', () => {
    expect(escalationRate([moved, { createdAt: '2026-11-02T09:00:00Z' }, { createdAt: '2026-11-02T09:00:00Z', escalatedAt: '2026-11-02T10:00:00Z' }, routed])).toBe(50);
  });

  test.each([
    [() => escalationRate([routed], { escalationGroups: 'tier-2' as never }), 'INVALID_OPTION'],
    [() => escalationRate([routed], { escalationGroups: [null] as never }), 'INVALID_OPTION'],
    [() => escalationRate([routed], { escalationGroups: [NaN] }), 'INVALID_OPTION'],
    [() => escalationRate([routed], { escalationGroup: ['tier-2'] } as never), 'INVALID_OPTION'],
    [() => escalationRate({ escalated: 1, count: 2 }, { escalationGroups: ['tier-2'] }), 'INVALID_OPTION'],
    [() => escalationRate([{ createdAt: 0, escalatedAt: 1 }], { escalationGroups: ['tier-2'] }), 'INVALID_OPTION'],
    [() => escalationRate([{ ...routed, escalatedAt: '2026-11-01T00:00:00Z' }]), 'NEGATIVE_DURATION'],
    [() => escalationRate([{ ...routed, escalatedAt: 'soon' }]), 'INVALID_DATE'],
  ])('refuses %#', (call, code) => {
    expect(metricErrorOf(call).code).toBe(code);
  });
});

describe('contactRate of ticket histories', () => {
  test('a history is one contact, however many messages it holds', () => {
    expect(contactRate([reopened, open, once, openAgain], { customers: 8 })).toBe(0.5);
  });
});

describe('bad histories', () => {
  const bad = [
    [{ createdAt: '2026-11-02T09:00:00Z', events: [{ type: 'status', at: '2026-11-02T10:00:00Z', status: 'done' }] }, 'INVALID_TYPE', /tickets\[1\]\.events\[0\]\.status/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: [status('2026-11-01T10:00:00Z', 'solved')] }, 'NEGATIVE_DURATION', /tickets\[1\]\.events\[0\]\.at/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: [{ type: 'escalation', at: '2026-11-02T10:00:00Z' }] }, 'INVALID_TYPE', /events\[0\]\.type/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: 'none' }, 'INVALID_TYPE', /events/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: { length: -1 } }, 'INVALID_TYPE', /^\w+: tickets\[1\]\.events has a length of -1; pass an array or a typed array$/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: [], resolvedAt: '2026-11-02T10:00:00Z' }, 'INVALID_TYPE', /both events and resolvedAt/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: [], reopens: 1 }, 'INVALID_TYPE', /both events and reopens/],
    [{ createdAt: '2026-11-02T09:00:00Z', events: [], reopenedAt: '2026-11-02T10:00:00Z' }, 'INVALID_TYPE', /both events and reopenedAt/],
    [{ createdAt: 'Monday', events: [] }, 'INVALID_DATE', /createdAt/],
  ] as const;
  const metrics = [
    ['ticketVolume', (list: unknown[]) => ticketVolume(list as never, { every: 'day' })],
    ['backlog', (list: unknown[]) => backlog(list as never, { at: [0] })],
    ['reopenRate', (list: unknown[]) => reopenRate(list as never)],
    ['escalationRate', (list: unknown[]) => escalationRate(list as never)],
  ] as const;
  for (const [name, metric] of metrics) {
    test.each(bad)(`${name} refuses a history it cannot read (%#)`, (history, code, message) => {
      const error = metricErrorOf(() => metric([once, history]));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.details).toStrictEqual({ fn: name, index: 1 });
    });
  }

  test('a field of a ticket given as null is absent: the record is read as its history', () => {
    const nulls = { ...reopened, resolvedAt: null, reopens: null, reopenedAt: null };
    // reopened once and closed at the end, once solved and never reopened
    expect(reopenRate([nulls, once])).toBe(50);
    const at = ['2026-11-02T08:59:59Z', '2026-11-02T09:00:00Z', '2026-11-03T12:00:00Z', '2026-11-04T08:00:00Z', '2026-11-05T12:00:00Z'];
    expect(backlog([nulls], { at }).map((p) => p.open)).toStrictEqual([0, 1, 0, 1, 0]);
  });

  test('contactRate names the contact', () => {
    const error = metricErrorOf(() => contactRate([once, bad[0][0]] as never, { customers: 2 }));
    expect(error.code).toBe('INVALID_TYPE');
    expect(error.message).toMatch(/contacts\[1\]\.events\[0\]\.status/);
  });
});
