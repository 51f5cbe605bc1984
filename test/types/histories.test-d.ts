import { describe, expectTypeOf, test } from 'vitest';
import {
  averageFirstResponseTime,
  fromIntercom,
  fromZendesk,
  happinessScore,
  type FromIntercomOptions,
  slaAchievement,
  ticketMetrics,
  ticketMetricsSummary,
  type SlaBreach,
  type SlaMetricAchievement,
  type TicketEvent,
  type TicketHistory,
  type TicketMetrics,
  type TicketMetricsSummary,
  type TimeSummary,
} from '../../src/index.js';

const history: TicketHistory = {
  createdAt: '2026-11-03T09:00:00Z',
  events: [
    { type: 'comment', at: '2026-11-03T09:00:00Z', author: 'customer', public: true },
    { type: 'status', at: '2026-11-03T09:10:00Z', status: 'on-hold' },
    { type: 'assignment', at: '2026-11-03T09:10:00Z', assignee: 42, group: null },
  ],
};

describe('ticket histories: public signatures', () => {
  test('ticketMetrics returns TicketMetrics, durations number | null', () => {
    expectTypeOf(ticketMetrics(history)).toEqualTypeOf<TicketMetrics>();
    expectTypeOf(ticketMetrics(history).firstReplyTime).toEqualTypeOf<number | null>();
    expectTypeOf(ticketMetrics(history).requesterWaitTime).toEqualTypeOf<number>();
    expectTypeOf(ticketMetrics(history).nextReplyTimes).toEqualTypeOf<readonly number[]>();
  });

  test('ticketMetricsSummary returns TicketMetricsSummary', () => {
    expectTypeOf(ticketMetricsSummary([history], { unit: 'hours' })).toEqualTypeOf<TicketMetricsSummary>();
    expectTypeOf(ticketMetricsSummary([history], { method: 'hazen' })).toEqualTypeOf<TicketMetricsSummary>();
    // @ts-expect-error an unknown quantile method
    ticketMetricsSummary([history], { method: 'nearest' });
    expectTypeOf(ticketMetricsSummary(new Set([history])).firstReplyTime).toEqualTypeOf<TimeSummary | null>();
  });

  test('slaAchievement has a field per metric given a target, and the breaches', () => {
    const sla = slaAchievement([history], { targets: { firstReply: 60, nextReply: { high: 30 } } });
    expectTypeOf(sla.firstReply).toEqualTypeOf<SlaMetricAchievement>();
    expectTypeOf(sla.nextReply).toEqualTypeOf<SlaMetricAchievement>();
    expectTypeOf(sla.breaches).toEqualTypeOf<readonly SlaBreach[]>();
    expectTypeOf(sla).not.toHaveProperty('agentWork');
  });

  test('the time metrics accept histories', () => {
    expectTypeOf(averageFirstResponseTime([history])).toEqualTypeOf<number>();
  });

  test('events are discriminated by type; an unknown status or author does not type-check', () => {
    expectTypeOf<Extract<TicketEvent, { type: 'status' }>['status']>().toEqualTypeOf<'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed'>();
    // @ts-expect-error 'hold' is Zendesk's API name; the model says 'on-hold'
    ticketMetrics({ createdAt: 0, events: [{ type: 'status', at: 0, status: 'hold' }] });
    // @ts-expect-error an author is customer, agent, bot or system
    ticketMetrics({ createdAt: 0, events: [{ type: 'comment', at: 0, author: 'admin', public: true }] });
  });
});

describe('readers and the happiness score: public signatures', () => {
  test('fromZendesk and fromIntercom return a TicketHistory', () => {
    expectTypeOf(fromZendesk).returns.toEqualTypeOf<TicketHistory>();
    expectTypeOf(fromIntercom).returns.toEqualTypeOf<TicketHistory>();
    expectTypeOf(fromIntercom).parameter(1).toEqualTypeOf<FromIntercomOptions | undefined>();
  });

  test('happinessScore takes ratings or counts and returns a number', () => {
    expectTypeOf(happinessScore(['great', 'okay'])).toEqualTypeOf<number>();
    expectTypeOf(happinessScore({ great: 1, okay: 2, notGood: 0 })).toEqualTypeOf<number>();
    // @ts-expect-error a rating is great, okay or not-good
    happinessScore(['good']);
  });
});
