import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  businessCalendar,
  fromIntercom,
  fromZendesk,
  isMetricError,
  slaAchievement,
  ticketMetrics,
  ticketMetricsSummary,
  type TicketEvent,
  type TicketHistory,
} from '../../src/index.js';

const START = Date.UTC(2026, 10, 2, 8);
const MINUTE = 60_000;

/** Events at whole minutes after START (so that several share an instant), in time order. */
const eventArb: fc.Arbitrary<TicketEvent> = fc.oneof(
  fc.record({
    type: fc.constant('comment' as const),
    at: fc.integer({ min: 0, max: 3000 }).map((m) => START + m * MINUTE),
    author: fc.constantFrom('customer' as const, 'agent' as const, 'bot' as const, 'system' as const),
    public: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('status' as const),
    at: fc.integer({ min: 0, max: 3000 }).map((m) => START + m * MINUTE),
    status: fc.constantFrom('new' as const, 'open' as const, 'pending' as const, 'on-hold' as const, 'solved' as const, 'closed' as const),
  }),
  fc.record({
    type: fc.constant('assignment' as const),
    at: fc.integer({ min: 0, max: 3000 }).map((m) => START + m * MINUTE),
    assignee: fc.constantFrom('ana', 'ben', 'cy', null),
  }),
);

const historyArb: fc.Arbitrary<TicketHistory> = fc
  .record({
    createdBy: fc.constantFrom('customer' as const, 'agent' as const),
    events: fc.array(eventArb, { maxLength: 20 }),
  })
  .map(({ createdBy, events }) => ({
    createdAt: START,
    createdBy,
    // stable sort: the arbitrary's order is the order at equal instants
    events: [...events].sort((a, b) => (a.at as number) - (b.at as number)),
  }));

/**
 * A shuffle that keeps events at the same instant in their given order: the
 * events permuted by `keys`, then each instant's events put back, in order,
 * into the places that instant took.
 */
function shuffleKeepingTies(events: readonly TicketEvent[], keys: readonly number[]): TicketEvent[] {
  const shuffled = events
    .map((e, k) => ({ e, k, key: keys[k % keys.length]! }))
    .sort((a, b) => a.key - b.key || a.k - b.k)
    .map((x) => x.e);
  const byInstant = new Map<number, TicketEvent[]>();
  for (const e of events) byInstant.set(e.at as number, [...(byInstant.get(e.at as number) ?? []), e]);
  const taken = new Map<number, number>();
  return shuffled.map((e) => {
    const j = taken.get(e.at as number) ?? 0;
    taken.set(e.at as number, j + 1);
    return byInstant.get(e.at as number)![j]!;
  });
}

const nineToFive = [['09:00', '17:00']] as [string, string][];
const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive } });

describe('ticket histories: properties', () => {
  test.prop([historyArb, fc.array(fc.integer(), { minLength: 1, maxLength: 20 })])(
    'events shuffled (events at one instant keeping their order) give the same metrics',
    (h, keys) => {
      const shuffled = { ...h, events: shuffleKeepingTies(h.events, keys) };
      expect(ticketMetrics(shuffled)).toStrictEqual(ticketMetrics(h));
    },
  );

  test.prop([fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('new' as const, 'open' as const, 'pending' as const, 'on-hold' as const), { minLength: 8, maxLength: 8 })])(
    'agent work + agent wait + on-hold time = the full resolution time of a ticket solved once',
    (gaps, statuses) => {
      let t = START;
      const events: TicketEvent[] = [];
      for (let k = 0; k < gaps.length - 1; k++) {
        t += gaps[k]! * MINUTE;
        events.push({ type: 'status', at: t, status: statuses[k]! });
      }
      t += gaps[gaps.length - 1]! * MINUTE;
      events.push({ type: 'status', at: t, status: 'solved' });
      const m = ticketMetrics({ createdAt: START, events });
      expect(m.agentWorkTime + m.agentWaitTime + m.onHoldTime).toBe(m.fullResolutionTime);
      expect(m.fullResolutionTime).toBe(t - START);
    },
  );

  test.prop([historyArb])('business time ≤ calendar time, for every duration', (h) => {
    const plain = ticketMetrics(h);
    const working = ticketMetrics(h, { calendar });
    for (const key of ['firstReplyTime', 'firstResolutionTime', 'fullResolutionTime', 'requesterWaitTime', 'agentWorkTime', 'agentWaitTime', 'onHoldTime'] as const) {
      const a = plain[key];
      const b = working[key];
      expect(b === null).toBe(a === null);
      if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a);
    }
    working.nextReplyTimes.forEach((w, k) => { expect(w).toBeLessThanOrEqual(plain.nextReplyTimes[k]!); });
  });

  test.prop([fc.array(historyArb, { minLength: 1, maxLength: 8 })])('the summary agrees with ticketMetrics ticket by ticket', (histories) => {
    const each = histories.map((h) => ticketMetrics(h));
    const s = ticketMetricsSummary(histories);
    expect(s.count).toBe(histories.length);
    expect(s.solved).toBe(each.filter((m) => m.solved).length);
    expect(s.firstReplyTime?.count ?? 0).toBe(each.filter((m) => m.firstReplyTime !== null).length);
    expect(s.reopened).toBe(each.filter((m) => m.solved && m.reopens > 0).length);
    expect(s.nextReplyTime?.count ?? 0).toBe(each.reduce((n, m) => n + m.nextReplyTimes.length, 0));
    if (s.reopenRate !== null) expect(s.reopenRate).toBeGreaterThanOrEqual(0);
    if (s.oneTouchRate !== null) expect(s.oneTouchRate).toBeLessThanOrEqual(100);
  });

  test.prop([fc.array(historyArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 600 })])(
    'SLA: every instance is achieved, breached or active, and every breach is listed once',
    (histories, target) => {
      const sla = slaAchievement(histories, { targets: { firstReply: target, nextReply: target, periodicUpdate: target, pausableUpdate: target, requesterWait: target, agentWork: target }, unit: 'minutes' });
      const breached = sla.firstReply.breached + sla.nextReply.breached + sla.periodicUpdate.breached + sla.pausableUpdate.breached + sla.requesterWait.breached + sla.agentWork.breached;
      expect(sla.breaches.length).toBe(breached);
      // one first reply instance per ticket, at most
      expect(sla.firstReply.achieved + sla.firstReply.breached + sla.firstReply.active).toBeLessThanOrEqual(histories.length);
      for (const b of sla.breaches) expect(b.time).toBeGreaterThan(b.target);
      for (let k = 1; k < sla.breaches.length; k++) expect(Date.parse(sla.breaches[k]!.breachedAt)).toBeGreaterThanOrEqual(Date.parse(sla.breaches[k - 1]!.breachedAt));
    },
  );

  /**
   * Histories in the form the summary reads in one pass (epoch milliseconds,
   * events in order), and that form broken in one of the ways a reader
   * refuses or reads the general way: an event out of order or before the
   * creation, a time that is NaN, infinite, a string or missing, an unknown
   * type, author or status, a `public` or `authorId` of the wrong type, an
   * assignment naming nobody, an event that is not an object, a bad field
   * of the history.
   */
  const breakage = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    fc.record({
      k: fc.nat(),
      field: fc.constantFrom('at', 'type', 'author', 'public', 'authorId', 'status', 'assignee', 'group', 'event'),
      value: fc.oneof(
        fc.constantFrom(NaN, Infinity, -1, START - 1, START + 1e9, 8.64e15 + 1, '2026-11-02T09:00:00Z', '2026-11-02 09:00', null, undefined, 'comment', 'status', 'assignment', 'agent', 'customer', 'robot', true, 0, 'solved', 'hold', {}),
        fc.anything(),
      ),
    }),
    fc.record({ field: fc.constantFrom('createdBy', 'status', 'id', 'priority', 'channel', 'createdAt', 'events'), value: fc.anything() }),
  );
  const plainArb = fc.tuple(fc.array(historyArb, { minLength: 1, maxLength: 5 }), fc.array(breakage, { minLength: 1, maxLength: 5 })).map(([hs, breaks]) =>
    hs.map((h, i) => {
      const b = breaks[i % breaks.length];
      if (b === undefined) return h;
      if (!('k' in b)) return { ...h, [b.field]: b.value };
      if (h.events.length === 0) return h;
      const k = b.k % h.events.length;
      const events: unknown[] = [...h.events];
      events[k] = b.field === 'event' ? b.value : { ...h.events[k], [b.field]: b.value };
      return { ...h, events };
    }),
  );
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (error) {
      return isMetricError(error) ? { code: error.code, message: error.message } : error;
    }
  };

  test.prop([plainArb, fc.oneof(fc.constant(undefined), fc.integer({ min: -10, max: 4000 }).map((m) => START + m * MINUTE))])(
    'the one-pass read of epoch-millisecond histories in order gives what the general read gives, and refuses what it refuses with the same error',
    (histories, asOf) => {
      const options = asOf === undefined ? {} : { asOf };
      // events as an array-like that is not an array take the general read (a Date would drop a fraction of a millisecond)
      const general = histories.map((h) => {
        const { events } = h as { events: unknown };
        return Array.isArray(events) ? { ...h, events: Object.assign({ length: events.length }, events as unknown[]) } : h;
      });
      const fast = outcome(() => ticketMetricsSummary(histories as never, options));
      expect(fast).toStrictEqual(outcome(() => ticketMetricsSummary(general as never, options)));
      // and in the order the general read puts them: any order of valid events gives the same summary
      const valid = histories as TicketHistory[];
      if (!('code' in (fast as object)) && valid.every((h) => h.events.every((e) => typeof e.at === 'number'))) {
        const reversed = valid.map((h) => ({ ...h, events: shuffleKeepingTies(h.events, h.events.map((_, k) => -k)) }));
        expect(ticketMetricsSummary(reversed, options)).toStrictEqual(fast);
      }
    },
  );

  const anyEvent = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.oneof(fc.constantFrom('comment', 'status', 'assignment'), fc.anything()), at: fc.oneof(fc.anything(), fc.integer()), author: fc.anything(), public: fc.anything(), status: fc.anything(), assignee: fc.anything() }, { requiredKeys: [] }),
  );
  const anyHistory = fc.oneof(
    fc.anything(),
    fc.record({ createdAt: fc.oneof(fc.anything(), fc.integer()), createdBy: fc.anything(), status: fc.anything(), id: fc.anything(), events: fc.oneof(fc.anything(), fc.array(anyEvent, { maxLength: 4 })) }, { requiredKeys: [] }),
  );

  test.prop([anyHistory, fc.oneof(fc.constant(undefined), fc.anything())])('every bad input throws MetricError, and nothing yields NaN', (h, options) => {
    for (const run of [() => ticketMetrics(h as never, options as never), () => ticketMetricsSummary([h] as never, options as never), () => slaAchievement([h] as never, { targets: { firstReply: 1 } })]) {
      try {
        const result = run();
        expect(JSON.stringify(result, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN!' : v))).not.toContain('NaN!');
      } catch (error) {
        expect(isMetricError(error)).toBe(true);
      }
    }
  });
});

describe('readers of help-desk exports: properties', () => {
  const anyZendeskEvent = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.oneof(fc.constantFrom('Comment', 'Create', 'Change', 'Notification'), fc.anything()), public: fc.anything(), author_id: fc.oneof(fc.constantFrom(1, 2, -1, 9), fc.anything()), field_name: fc.oneof(fc.constantFrom('status', 'assignee_id', 'group_id', 'priority'), fc.anything()), value: fc.anything() }, { requiredKeys: [] }),
  );
  const anyAudit = fc.oneof(
    fc.anything(),
    fc.record({ created_at: fc.oneof(fc.constant('2026-11-03T09:00:00Z'), fc.anything()), author_id: fc.oneof(fc.constantFrom(1, 2, -1), fc.anything()), events: fc.oneof(fc.anything(), fc.array(anyZendeskEvent, { maxLength: 4 })) }, { requiredKeys: [] }),
  );
  const anyExport = fc.oneof(
    fc.anything(),
    fc.record({
      ticket: fc.oneof(fc.anything(), fc.record({ id: fc.oneof(fc.constant(1), fc.anything()), created_at: fc.oneof(fc.constant('2026-11-03T08:00:00Z'), fc.anything()), priority: fc.anything(), via: fc.anything(), submitter_id: fc.anything() }, { requiredKeys: [] })),
      audits: fc.oneof(fc.anything(), fc.array(anyAudit, { maxLength: 4 })),
      users: fc.oneof(fc.anything(), fc.constant([{ id: 1, role: 'agent' }, { id: 2, role: 'end-user' }]), fc.array(fc.record({ id: fc.anything(), role: fc.anything() }, { requiredKeys: [] }), { maxLength: 2 })),
    }, { requiredKeys: [] }),
  );
  const anyPart = fc.oneof(
    fc.anything(),
    fc.record({ part_type: fc.oneof(fc.constantFrom('comment', 'note', 'assignment', 'close', 'open', 'snoozed', 'unsnoozed', 'away_mode_assignment'), fc.anything()), created_at: fc.oneof(fc.integer({ min: 1793696400, max: 1793700000 }), fc.anything()), body: fc.anything(), author: fc.oneof(fc.anything(), fc.record({ type: fc.oneof(fc.constantFrom('user', 'lead', 'admin', 'bot', 'team'), fc.anything()), id: fc.anything() }, { requiredKeys: [] })), assigned_to: fc.anything() }, { requiredKeys: [] }),
  );
  const anyConversation = fc.oneof(
    fc.anything(),
    fc.record({ id: fc.oneof(fc.constant('c1'), fc.anything()), created_at: fc.oneof(fc.constant(1793696400), fc.anything()), source: fc.anything(), priority: fc.anything(), conversation_parts: fc.oneof(fc.anything(), fc.record({ conversation_parts: fc.oneof(fc.anything(), fc.array(anyPart, { maxLength: 5 })) })) }, { requiredKeys: [] }),
  );

  test.prop([anyExport])('fromZendesk: every bad input throws MetricError (from the reader or from ticketMetrics), never another error', (input) => {
    try {
      ticketMetrics(fromZendesk(input as never));
    } catch (error) {
      expect(isMetricError(error)).toBe(true);
    }
  });

  test.prop([anyConversation, fc.constantFrom(undefined, { start: 'customer' as const }, { start: 'after-bot' as const })])(
    'fromIntercom: every bad input throws MetricError (from the reader or from ticketMetrics), never another error',
    (input, options) => {
      try {
        ticketMetrics(fromIntercom(input as never, options));
      } catch (error) {
        expect(isMetricError(error)).toBe(true);
      }
    },
  );
});
