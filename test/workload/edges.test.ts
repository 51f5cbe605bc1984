import { describe, expect, test } from 'vitest';
import { backlog, escalationRate, reopenRate, ticketVolume } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const DAY = 86_400_000;
const MAX_DATE = 8.64e15;
const at = (hour: number, minute = 0) => `2026-11-02T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
const status = (when: string, s: 'open' | 'solved') => ({ type: 'status' as const, at: when, status: s });
const group = (when: string, g: string | number | null) => ({ type: 'assignment' as const, at: when, group: g });

describe('backlog: histories with many spans, alone and mixed with simple tickets', () => {
  // created 00:00, solved at every odd hour 01:00–09:00, reopened at every even hour 02:00–10:00:
  // five resolutions, five reopens, open from 10:00 on
  const often = {
    createdAt: at(0),
    events: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) => status(at(h), h % 2 === 1 ? 'solved' : 'open')),
  };

  test('a history with five resolutions and five reopens is open in each of its six spans', () => {
    // open in [00, 01), [02, 03), [04, 05), [06, 07), [08, 09), [10, ∞): at hh:30, open exactly for the even hours
    const instants = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) => at(h, 30));
    expect(backlog([often], { at: instants }).map((p) => p.open)).toStrictEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
  });

  test('the same history twice, and after a simple ticket', () => {
    const simple = { createdAt: at(0), resolvedAt: at(11) };
    // at 10:30 both copies are open, and the simple ticket (open until 11:00)
    expect(backlog([often, often], { at: [at(9, 30), at(10, 30)] }).map((p) => p.open)).toStrictEqual([0, 2]);
    expect(backlog([simple, often], { at: [at(9, 30), at(10, 30), at(11, 30)] }).map((p) => p.open)).toStrictEqual([1, 2, 1]);
  });

  test('simple tickets after a history that took every slot', () => {
    // the history: open [00, 01) and [02, 03), two resolutions and a reopen; the simple ticket open [04, 05)
    const twice = { createdAt: at(0), events: [status(at(1), 'solved'), status(at(2), 'open'), status(at(3), 'solved')] };
    const simple = { createdAt: at(4), resolvedAt: at(5) };
    const instants = [0, 1, 2, 3, 4, 5].map((h) => at(h, 30));
    expect(backlog([twice, simple], { at: instants }).map((p) => p.open)).toStrictEqual([1, 0, 1, 0, 1, 0]);
  });

  test('ticketVolume of the same history: its last resolution and its last reopen', () => {
    expect(ticketVolume([often], { every: 'day', field: 'reopenedAt' })).toStrictEqual([
      { start: new Date('2026-11-02T00:00:00Z'), end: new Date('2026-11-03T00:00:00Z'), count: 1 },
    ]);
    // open at the end: no resolvedAt; but resolved (and reopened) at least once
    expect(ticketVolume([often], { every: 'day', field: 'resolvedAt' })).toStrictEqual([]);
    expect(reopenRate([often])).toBe(100);
  });
});

describe('backlog: edges of the definition', () => {
  test('a ticket resolved at the instant it was created is never open', () => {
    // open at t when createdAt ≤ t < resolvedAt: no t when both are the same instant
    const instant = [{ createdAt: at(9), resolvedAt: at(9) }];
    expect(backlog(instant, { at: [at(8), at(9), at(10)] }).map((p) => p.open)).toStrictEqual([0, 0, 0]);
  });

  test('option at may be any iterable of instants', () => {
    const tickets = [{ createdAt: at(9), resolvedAt: at(15) }, { createdAt: at(10) }];
    const expected = [
      { at: new Date(at(9, 30)), open: 1 },
      { at: new Date(at(16)), open: 1 },
      { at: new Date(at(12)), open: 2 },
    ];
    expect(backlog(tickets, { at: new Set([at(9, 30), at(16), at(12)]) })).toStrictEqual(expected);
    function* instants() {
      yield at(9, 30);
      yield at(16);
      yield at(12);
    }
    expect(backlog(tickets, { at: instants() })).toStrictEqual(expected);
  });

  test.each(['day', 'week', 'month', 'quarter'] as const)('no tickets with every %s make no points', (every) => {
    expect(backlog([], { every })).toStrictEqual([]);
  });
});

describe('ticketVolume: the limits of the table', () => {
  test('exactly 1,000,000 periods are allowed', () => {
    // day 0 (1970-01-01) to day 999,999: 1,000,000 days, the first and the last with one ticket each
    const table = ticketVolume([{ createdAt: 999_999 * DAY }, { createdAt: 0 }], { every: 'day' });
    expect(table.length).toBe(1_000_000);
    expect(table[0]).toStrictEqual({ start: new Date(0), end: new Date(DAY), count: 1 });
    expect(table.at(-1)).toStrictEqual({ start: new Date(999_999 * DAY), end: new Date(1_000_000 * DAY), count: 1 });
    expect(table.reduce((sum, p) => sum + p.count, 0)).toBe(2);
  }, 30_000);

  test('a day that ends exactly at the end of the range of dates is allowed', () => {
    // 8.64e15 is a whole number of days: the last day begins one day before it and ends on it
    expect(ticketVolume([{ createdAt: MAX_DATE - 1 }], { every: 'day' })).toStrictEqual([
      { start: new Date(MAX_DATE - DAY), end: new Date(MAX_DATE), count: 1 },
    ]);
    expect(backlog([{ createdAt: MAX_DATE - 1 }], { every: 'day' })).toStrictEqual([{ at: new Date(MAX_DATE), open: 1 }]);
  });

  test('a day that begins exactly at the start of the range of dates is allowed', () => {
    expect(ticketVolume([{ createdAt: -MAX_DATE }], { every: 'day' })).toStrictEqual([
      { start: new Date(-MAX_DATE), end: new Date(-MAX_DATE + DAY), count: 1 },
    ]);
  });
});

describe('reopenRate: reopens given as null', () => {
  test('reopens null is absent: a reopenedAt then counts one reopen', () => {
    const tickets = [
      { createdAt: at(9), reopens: null, reopenedAt: at(12) },
      { createdAt: at(9), resolvedAt: at(10), reopens: null },
    ];
    // resolved at least once: both (the first was reopened); reopened: the first
    expect(reopenRate(tickets)).toBe(50);
  });
});

describe('escalationRate: edges', () => {
  const routed = { createdAt: at(9), events: [group(at(9, 1), 'support')] };
  const moved = { createdAt: at(9), events: [group(at(9, 1), 'support'), group(at(11), 'tier-2')] };

  test('simple tickets: those with an escalatedAt are escalated, the others not', () => {
    const tickets = [{ createdAt: at(9), escalatedAt: at(11) }, { createdAt: at(9), escalatedAt: null }, { createdAt: at(9) }, { createdAt: at(10) }];
    expect(escalationRate(tickets)).toBe(25);
  });

  test('an escalatedAt at the instant of creation is allowed', () => {
    expect(escalationRate([{ ...routed, escalatedAt: routed.createdAt }, routed])).toBe(50);
  });

  test('no tickets with escalationGroups: EMPTY_INPUT, as without', () => {
    const error = metricErrorOf(() => escalationRate([], { escalationGroups: ['tier-2'] }));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.details).toStrictEqual({ fn: 'escalationRate' });
    expect(error.message).toBe('escalationRate: no tickets: the escalation rate needs at least one');
  });

  test('an empty list of escalation groups: no assignment is an escalation', () => {
    expect(escalationRate([moved, routed], { escalationGroups: [] })).toBe(0);
    expect(escalationRate([moved, routed], { escalationGroups: new Set() })).toBe(0);
    expect(escalationRate([moved, routed])).toBe(50);
  });

  test('group ids may be numbers', () => {
    const numbered = { createdAt: at(9), events: [group(at(9, 1), 1), group(at(11), 7)] };
    expect(escalationRate([numbered, routed], { escalationGroups: [7] })).toBe(50);
    expect(escalationRate([numbered, routed], { escalationGroups: new Set([7, 'support']) })).toBe(100);
  });
});

describe('ticketVolume: when a history was escalated', () => {
  const days = (list: unknown[], options = {}) =>
    ticketVolume(list as never, { every: 'day', field: 'escalatedAt', ...options }).map((d) => [d.start.toISOString().slice(0, 10), d.count]);

  test('at the first change of group, not a later one', () => {
    const history = {
      createdAt: '2026-11-02T09:00:00Z',
      events: [group('2026-11-02T09:01:00Z', 'support'), group('2026-11-03T09:00:00Z', 'tier-2'), group('2026-11-05T09:00:00Z', 'billing')],
    };
    expect(days([history])).toStrictEqual([['2026-11-03', 1]]);
    // with groups: the first assignment to one of them
    expect(days([history], { escalationGroups: ['tier-2', 'billing'] })).toStrictEqual([['2026-11-03', 1]]);
  });

  test('its own escalatedAt, whatever the assignments', () => {
    const history = {
      createdAt: '2026-11-02T09:00:00Z',
      escalatedAt: '2026-11-05T09:00:00Z',
      events: [group('2026-11-02T09:01:00Z', 'support'), group('2026-11-03T09:00:00Z', 'tier-2')],
    };
    expect(days([history])).toStrictEqual([['2026-11-05', 1]]);
  });

  test('an unassignment (group null) is no change of group: the next group is', () => {
    const history = {
      createdAt: '2026-11-02T09:00:00Z',
      events: [group('2026-11-02T09:01:00Z', 'support'), group('2026-11-03T09:00:00Z', null), group('2026-11-04T09:00:00Z', 'billing')],
    };
    expect(days([history])).toStrictEqual([['2026-11-04', 1]]);
  });

  test('only assignments change the group: a group field on a comment is not one', () => {
    const comment = { type: 'comment' as const, at: '2026-11-03T09:00:00Z', author: 'agent' as const, public: true, group: 'billing' };
    const history = { createdAt: '2026-11-02T09:00:00Z', events: [group('2026-11-02T09:01:00Z', 'support'), comment] };
    expect(days([history])).toStrictEqual([]);
    expect(escalationRate([history])).toBe(0);
  });
});
