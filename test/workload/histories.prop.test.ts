import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { backlog, escalationRate, isMetricError, reopenRate, ticketMetrics, ticketVolume, type TicketStatus } from '../../src/index.js';

const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;
const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];
const resolvedStatus = (s: TicketStatus) => s === 'solved' || s === 'closed';

type Event = { type: 'status'; at: number; status: TicketStatus } | { type: 'assignment'; at: number; group: string | null } | { type: 'assignment'; at: number; assignee: string };
interface History {
  createdAt: number;
  status?: TicketStatus;
  events: Event[];
}

const event = (created: number) =>
  fc.oneof(
    fc.record({ type: fc.constant('status' as const), at: fc.integer({ min: 0, max: 240 }).map((h) => created + h * HOUR), status: fc.constantFrom(...STATUSES) }),
    fc.record({ type: fc.constant('assignment' as const), at: fc.integer({ min: 0, max: 240 }).map((h) => created + h * HOUR), group: fc.constantFrom('a', 'b', 'c', null) }),
    fc.record({ type: fc.constant('assignment' as const), at: fc.integer({ min: 0, max: 240 }).map((h) => created + h * HOUR), assignee: fc.constantFrom('ana', 'bo') }),
  );
const history: fc.Arbitrary<History> = fc.integer({ min: 0, max: 30 * 24 }).chain((h) => {
  const createdAt = T0 + h * HOUR;
  return fc.record(
    { createdAt: fc.constant(createdAt), status: fc.constantFrom(...STATUSES), events: fc.array(event(createdAt), { maxLength: 12 }) },
    { requiredKeys: ['createdAt', 'events'] },
  );
});
const histories = fc.array(history, { minLength: 1, maxLength: 30 });

/**
 * The life of a history read by hand: its events sorted by time (ties in the
 * given order), resolved by a change to solved or closed, reopened by a change
 * back, escalated at the first change of group (or assignment to `groups`).
 */
function lifeOf(h: History, groups?: readonly string[]) {
  const events = h.events.map((e, k) => ({ e, k })).sort((x, y) => x.e.at - y.e.at || x.k - y.k).map((x) => x.e);
  let status = h.status ?? 'new';
  const opens = [h.createdAt];
  const closes: number[] = [];
  if (resolvedStatus(status)) closes.push(h.createdAt);
  const reopenTimes: number[] = [];
  let escalatedAt: number | null = null;
  let group: string | null = null;
  for (const e of events) {
    if (e.type === 'status') {
      if (resolvedStatus(e.status) && !resolvedStatus(status)) closes.push(e.at);
      if (!resolvedStatus(e.status) && resolvedStatus(status)) {
        reopenTimes.push(e.at);
        opens.push(e.at);
      }
      status = e.status;
    } else if ('group' in e && e.group !== null && escalatedAt === null) {
      if (groups !== undefined ? groups.includes(e.group) : group !== null && e.group !== group) escalatedAt = e.at;
      group = e.group;
    }
  }
  const solved = resolvedStatus(status);
  return {
    opens,
    closes,
    reopens: reopenTimes.length,
    // the equivalent simple ticket
    ticket: {
      createdAt: h.createdAt,
      resolvedAt: solved ? closes.at(-1)! : null,
      reopens: reopenTimes.length,
      reopenedAt: reopenTimes.at(-1) ?? null,
      escalatedAt,
    },
  };
}

/** The result of a call, or the code of the MetricError it threw. */
function outcome<T>(call: () => T): T | string {
  try {
    return call();
  } catch (error) {
    if (isMetricError(error)) return error.code;
    throw error;
  }
}

describe('a history and its equivalent simple ticket give the same answer', () => {
  test.prop([histories, fc.constantFrom('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Copenhagen', 'America/Santiago')])(
    'ticketVolume of createdAt, resolvedAt, reopenedAt and escalatedAt',
    (list, every, timeZone) => {
      const simple = list.map((h) => lifeOf(h).ticket);
      for (const field of ['createdAt', 'resolvedAt', 'reopenedAt', 'escalatedAt'] as const) {
        expect(ticketVolume(list, { every, timeZone, field })).toStrictEqual(ticketVolume(simple, { every, timeZone, field }));
      }
      const escalated = list.map((h) => lifeOf(h, ['b']).ticket);
      expect(ticketVolume(list, { every, timeZone, field: 'escalatedAt', escalationGroups: ['b'] })).toStrictEqual(ticketVolume(escalated, { every, timeZone, field: 'escalatedAt' }));
    },
  );

  test.prop([histories])('reopenRate and escalationRate (by a change of group, or by escalationGroups)', (list) => {
    const simple = list.map((h) => lifeOf(h).ticket);
    expect(outcome(() => reopenRate(list))).toStrictEqual(outcome(() => reopenRate(simple)));
    expect(escalationRate(list)).toBe(escalationRate(simple));
    expect(escalationRate(list, { escalationGroups: ['b', 'c'] })).toBe(escalationRate(list.map((h) => lifeOf(h, ['b', 'c']).ticket)));
  });

  test.prop([histories, fc.array(fc.integer({ min: -24, max: 45 * 24 }).map((h) => T0 + h * HOUR), { minLength: 1, maxLength: 20 })])(
    'backlog: each span a history was open counts; never more than its simple ticket, the same without reopens',
    (list, at) => {
      const lives = list.map((h) => lifeOf(h));
      const points = backlog(list, { at }).map((p) => p.open);
      const byHand = at.map((t) => lives.reduce((n, l) => n + l.opens.filter((o) => o <= t).length - l.closes.filter((c) => c <= t).length, 0));
      expect(points).toStrictEqual(byHand);
      const simple = backlog(
        lives.map((l) => l.ticket),
        { at },
      ).map((p) => p.open);
      points.forEach((open, k) => { expect(open).toBeLessThanOrEqual(simple[k]!); });
      const neverReopened = list.filter((_, k) => lives[k]!.reopens === 0);
      expect(backlog(neverReopened, { at })).toStrictEqual(
        backlog(
          neverReopened.map((h) => lifeOf(h).ticket),
          { at },
        ),
      );
    },
  );
});

describe('histories: invariants', () => {
  test.prop([history])('a history reopens as often as ticketMetrics counts', (h) => {
    const once = reopenRate([h, { createdAt: h.createdAt, resolvedAt: h.createdAt }]);
    const reopens = ticketMetrics(h).reopens;
    // the second ticket is resolved and never reopened: the rate is 50 when h reopened, 0 when it did not
    if (reopens > 0) expect(once).toBe(50);
    else expect(once).toBe(0);
    expect(lifeOf(h).reopens).toBe(reopens);
  });

  test.prop([histories, fc.constantFrom('day', 'week', 'month', 'quarter')])('volume counts add up: every history is created once, resolved once when solved at the end', (list, every) => {
    const sum = (table: { count: number }[]) => table.reduce((s, p) => s + p.count, 0);
    expect(sum(ticketVolume(list, { every }))).toBe(list.length);
    expect(sum(ticketVolume(list, { every, field: 'resolvedAt' }))).toBe(list.filter((h) => ticketMetrics(h).solved).length);
  });

  const corrupt = fc.constantFrom<[string, (h: History) => unknown]>(
    ['an unknown status', (h) => ({ ...h, events: [...h.events, { type: 'status', at: h.createdAt, status: 'done' }] })],
    ['an event before creation', (h) => ({ ...h, events: [...h.events, { type: 'status', at: h.createdAt - 1, status: 'open' }] })],
    ['an unknown event type', (h) => ({ ...h, events: [{ type: 'escalation', at: h.createdAt }, ...h.events] })],
    ['an unreadable time', (h) => ({ ...h, events: [...h.events, { type: 'status', at: 'later', status: 'open' }] })],
    ['an assignment of nothing', (h) => ({ ...h, events: [...h.events, { type: 'assignment', at: h.createdAt }] })],
    ['a resolvedAt beside the events', (h) => ({ ...h, resolvedAt: h.createdAt })],
    ['reopens beside the events', (h) => ({ ...h, reopens: 0 })],
    ['events that are not a list', (h) => ({ ...h, events: 3 })],
  );
  test.prop([histories, fc.nat(), corrupt])('every bad history throws MetricError, naming its index, in every metric', (list, k, [, spoil]) => {
    const i = k % list.length;
    const spoilt: unknown[] = [...list];
    spoilt[i] = spoil(list[i]!);
    const calls = [
      () => ticketVolume(spoilt as never, { every: 'day' }),
      () => backlog(spoilt as never, { at: [T0] }),
      () => reopenRate(spoilt as never),
      () => escalationRate(spoilt as never),
    ];
    for (const call of calls) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isMetricError(thrown)).toBe(true);
      expect((thrown as { details: { index?: number } }).details.index).toBe(i);
    }
  });
});
