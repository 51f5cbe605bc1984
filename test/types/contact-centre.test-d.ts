import { describe, expectTypeOf, test } from 'vitest';
import {
  agentOccupancy,
  type AgentOccupancy,
  backlog,
  type BacklogPoint,
  contactRate,
  type ErlangA,
  erlangA,
  type ErlangC,
  erlangC,
  escalationRate,
  type PlannedInterval,
  queueSummary,
  type QueueSummary,
  reopenRate,
  requiredAgents,
  type Staffing,
  staffingPlan,
  ticketVolume,
  type VolumePeriod,
  type WorkloadHistory,
  type TicketHistory,
} from '../../src/index.js';

const traffic = { contacts: 100, interval: 1800, handleTime: 180, answerWithin: 20 };

describe('staffing models', () => {
  test('erlangC and erlangA return their figures; erlangA needs patience', () => {
    expectTypeOf(erlangC({ ...traffic, agents: 14 })).toEqualTypeOf<ErlangC>();
    expectTypeOf(erlangA({ ...traffic, agents: 14, patience: 120 })).toEqualTypeOf<ErlangA>();
    expectTypeOf(erlangA({ ...traffic, agents: 14, patience: 120 }).probabilityOfAbandoning).toEqualTypeOf<number>();
    // @ts-expect-error patience is required
    erlangA({ ...traffic, agents: 14 });
    // @ts-expect-error agents is required
    erlangC(traffic);
  });

  test('requiredAgents: Erlang A figures exactly when patience is given', () => {
    expectTypeOf(requiredAgents({ ...traffic, serviceLevel: 80 })).toEqualTypeOf<Staffing>();
    expectTypeOf(requiredAgents({ ...traffic, serviceLevel: 80, patience: 90 })).toEqualTypeOf<Staffing<ErlangA>>();
    expectTypeOf(requiredAgents({ ...traffic, serviceLevel: 80 }).scheduled).toEqualTypeOf<number>();
    // @ts-expect-error serviceLevel is required
    requiredAgents(traffic);
  });

  test('staffingPlan returns rows with a Date start', () => {
    const forecast = [{ start: '2026-11-09T09:00:00Z', contacts: 100 }];
    const options = { interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80 };
    expectTypeOf(staffingPlan(forecast, options)).toEqualTypeOf<PlannedInterval[]>();
    expectTypeOf(staffingPlan(forecast, { ...options, patience: 60 })).toEqualTypeOf<PlannedInterval<ErlangA>[]>();
    expectTypeOf(staffingPlan(forecast, options)[0]!.start).toEqualTypeOf<Date>();
  });
});

describe('queue and agents', () => {
  test('queueSummary takes contacts with options or counts', () => {
    const contacts = [{ queuedAt: '2026-11-03T09:00:00Z', answeredAt: null }];
    expectTypeOf(queueSummary(contacts, { answerWithin: 20, unit: 'seconds' })).toEqualTypeOf<QueueSummary>();
    expectTypeOf(queueSummary({ offered: 10, answered: 9, answeredWithin: 8, abandoned: 1 })).toEqualTypeOf<QueueSummary>();
    expectTypeOf(queueSummary(contacts, { answerWithin: 20 }).serviceLevel).toEqualTypeOf<number | undefined>();
    // @ts-expect-error contacts need answerWithin
    queueSummary(contacts);
    // @ts-expect-error an unknown rule
    queueSummary(contacts, { answerWithin: 20, abandoned: 'ignore' });
  });

  test('agentOccupancy: the team occupancy is a number, an agent’s may be undefined', () => {
    const o = agentOccupancy([{ agent: 'ana', state: 'busy', from: 0, to: 1000 }]);
    expectTypeOf(o).toEqualTypeOf<AgentOccupancy>();
    expectTypeOf(o.occupancy).toEqualTypeOf<number>();
    expectTypeOf(o.byAgent[0]!.occupancy).toEqualTypeOf<number | undefined>();
    // @ts-expect-error a state mapped onto an unknown state
    agentOccupancy([], { states: { lunch: 'eating' } });
  });
});

describe('workload', () => {
  test('ticketVolume and backlog', () => {
    const tickets = [{ createdAt: '2026-11-02T10:00:00Z', resolvedAt: null }];
    expectTypeOf(ticketVolume(tickets, { every: 'day', timeZone: 'Europe/Copenhagen' })).toEqualTypeOf<VolumePeriod[]>();
    expectTypeOf(ticketVolume([{ solvedAt: 0 }], { every: 'week', field: 'solvedAt' })).toEqualTypeOf<VolumePeriod[]>();
    // @ts-expect-error an unknown period
    ticketVolume(tickets, { every: 'year' });
    // @ts-expect-error records without createdAt need a field
    ticketVolume([{ solvedAt: 0 }], { every: 'day' });
    expectTypeOf(backlog(tickets, { at: [new Date()] })).toEqualTypeOf<BacklogPoint[]>();
    expectTypeOf(backlog(tickets, { every: 'month' })).toEqualTypeOf<BacklogPoint[]>();
  });

  test('rates return numbers', () => {
    expectTypeOf(reopenRate({ reopened: 1, resolved: 2 })).toEqualTypeOf<number>();
    expectTypeOf(escalationRate({ escalated: 1, count: 2 })).toEqualTypeOf<number>();
    expectTypeOf(contactRate({ contacts: 1, customers: 2 })).toEqualTypeOf<number>();
    expectTypeOf(contactRate([{}], { orders: 3 })).toEqualTypeOf<number>();
    // @ts-expect-error records need a base
    contactRate([{}]);
  });

  test('ticket histories are read as tickets', () => {
    const history: TicketHistory = { createdAt: '2026-11-02T10:00:00Z', events: [{ type: 'status', at: '2026-11-02T11:00:00Z', status: 'solved' }] };
    const marked: WorkloadHistory = { ...history, escalatedAt: '2026-11-02T10:30:00Z' };
    const mixed = [history, marked, { createdAt: 0, resolvedAt: 1, reopens: 1 }];
    expectTypeOf(ticketVolume([history], { every: 'day' })).toEqualTypeOf<VolumePeriod[]>();
    expectTypeOf(ticketVolume(mixed, { every: 'day', field: 'resolvedAt' })).toEqualTypeOf<VolumePeriod[]>();
    expectTypeOf(ticketVolume([history], { every: 'week', field: 'escalatedAt', escalationGroups: ['tier-2', 7] })).toEqualTypeOf<VolumePeriod[]>();
    expectTypeOf(backlog(mixed, { at: [0] })).toEqualTypeOf<BacklogPoint[]>();
    expectTypeOf(reopenRate(mixed)).toEqualTypeOf<number>();
    expectTypeOf(escalationRate(mixed)).toEqualTypeOf<number>();
    expectTypeOf(escalationRate([history], { escalationGroups: new Set(['tier-2']) })).toEqualTypeOf<number>();
    expectTypeOf(contactRate([history], { customers: 10 })).toEqualTypeOf<number>();
    // @ts-expect-error escalation groups are a list of ids
    escalationRate([history], { escalationGroups: 'tier-2' });
    // @ts-expect-error a history's escalatedAt is a time
    const wrong: WorkloadHistory = { ...history, escalatedAt: true };
    expectTypeOf(wrong).toEqualTypeOf<WorkloadHistory>();
  });
});
