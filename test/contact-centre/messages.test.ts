/**
 * The error contract of the contact-centre family: for every error path of
 * erlangC, erlangA, requiredAgents, staffingPlan, queueSummary and
 * agentOccupancy, the code, the details and the exact message (the
 * template of the source with the values filled in by hand), and for each
 * range check a value on the accepted side with its documented result.
 */
import { describe, expect, test } from 'vitest';
import { agentOccupancy, erlangA, erlangC, queueSummary, requiredAgents, staffingPlan } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

// 100 calls in 30 minutes, 3 minutes each: 10 Erlangs (the erlangC example)
const TEN_ERLANGS = { contacts: 100, interval: 1800, handleTime: 180, answerWithin: 20 };
// 1 call a minute, 30 s each: 0.5 Erlangs; on one agent C = ρ = 0.5 (the erlangC example)
const HALF_ERLANG = { contacts: 1, interval: 60, handleTime: 30, answerWithin: 0 };

describe('erlangC messages', () => {
  const fn = 'erlangC';

  test('an input that is not an object', () => {
    expectRefusal(() => erlangC(untyped(null)), 'INVALID_TYPE', { fn }, 'input is null; pass an object { contacts, interval, handleTime, agents, answerWithin }');
    expectRefusal(() => erlangC(untyped([])), 'INVALID_TYPE', { fn }, 'input is an array; pass an object { contacts, interval, handleTime, agents, answerWithin }');
  });

  test('an unknown field lists the known ones', () => {
    expectRefusal(
      () => erlangC(untyped({ ...HALF_ERLANG, agents: 1, patience: 60 })),
      'INVALID_TYPE',
      { fn },
      'input has an unknown field "patience"; known fields: contacts, interval, handleTime, answerWithin, agents',
    );
  });

  test('missing, non-number and non-finite traffic fields', () => {
    expectRefusal(() => erlangC(untyped({ interval: 60, handleTime: 30, answerWithin: 0, agents: 1 })), 'INVALID_TYPE', { fn }, 'contacts is missing');
    expectRefusal(() => erlangC(untyped({ ...HALF_ERLANG, contacts: '1', agents: 1 })), 'INVALID_TYPE', { fn }, 'contacts is a string, not a number');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, interval: NaN, agents: 1 }), 'NOT_FINITE', { fn }, 'interval NaN is not a finite number');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, handleTime: Infinity, agents: 1 }), 'NOT_FINITE', { fn }, 'handleTime Infinity is not a finite number');
    expectRefusal(() => erlangC(untyped({ contacts: 1, interval: 60, handleTime: 30, agents: 1 })), 'INVALID_TYPE', { fn }, 'answerWithin is missing');
    expectRefusal(() => erlangC(untyped({ ...HALF_ERLANG })), 'INVALID_TYPE', { fn }, 'agents is missing');
    expectRefusal(() => erlangC(untyped({ ...HALF_ERLANG, agents: null })), 'INVALID_TYPE', { fn }, 'agents is null, not a number');
  });

  test('contacts, interval and handle time must be above 0; a tiny positive one is accepted', () => {
    expectRefusal(() => erlangC({ ...HALF_ERLANG, contacts: 0, agents: 1 }), 'OUT_OF_RANGE', { fn }, 'contacts 0 must be greater than 0');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, contacts: -0, agents: 1 }), 'OUT_OF_RANGE', { fn }, 'contacts -0 must be greater than 0');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, interval: -60, agents: 1 }), 'OUT_OF_RANGE', { fn }, 'interval -60 must be greater than 0');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, handleTime: 0, agents: 1 }), 'OUT_OF_RANGE', { fn }, 'handleTime 0 must be greater than 0');
    // A = 1e-9 on one agent: B = A / (1 + A), C = B / (1 − A(1 − B)) = A, the M/M/1 ρ
    const tiny = erlangC({ contacts: 1e-9, interval: 1, handleTime: 1, answerWithin: 0, agents: 1 });
    expect(tiny.trafficIntensity).toBe(1e-9);
    expect(tiny.probabilityOfWaiting).toBeCloseTo(1e-9, 15);
  });

  test('answerWithin may be 0 but not negative', () => {
    expectRefusal(
      () => erlangC({ ...HALF_ERLANG, answerWithin: -1, agents: 1 }),
      'OUT_OF_RANGE',
      { fn },
      'answerWithin -1 is negative; it is a time in seconds',
    );
    // the example: 0.5 Erlangs on one agent wait with probability 0.5; with t = 0 the service level is (1 − C) × 100
    const c = erlangC({ ...HALF_ERLANG, agents: 1 });
    expect(c).toStrictEqual({ trafficIntensity: 0.5, probabilityOfWaiting: 0.5, serviceLevel: 50, averageSpeedOfAnswer: 30, occupancy: 50 });
  });

  test('agents: whole, from 1 to 1,000,000', () => {
    expectRefusal(() => erlangC({ ...HALF_ERLANG, agents: 1.5 }), 'NOT_INTEGER', { fn }, 'agents 1.5 is not a whole number');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, agents: 0 }), 'OUT_OF_RANGE', { fn }, 'agents 0 must be from 1 to 1,000,000');
    expectRefusal(() => erlangC({ ...HALF_ERLANG, agents: 1_000_001 }), 'OUT_OF_RANGE', { fn }, 'agents 1000001 must be from 1 to 1,000,000');
    // 1,000,000 agents for 0.5 Erlangs: no one waits, occupancy A / N × 100
    const most = erlangC({ ...HALF_ERLANG, agents: 1_000_000 });
    expect(most.probabilityOfWaiting).toBe(0);
    expect(most.serviceLevel).toBe(100);
    expect(most.occupancy).toBe((0.5 * 100) / 1_000_000);
  });

  test('agents at or below the traffic: the unstable queue is refused, one more agent is answered', () => {
    expectRefusal(
      () => erlangC({ ...TEN_ERLANGS, agents: 10 }),
      'OUT_OF_RANGE',
      { fn },
      '10 agents cannot keep up with a traffic of 10 Erlangs (contacts × handleTime / interval): without abandons the queue grows without bound; ' +
        'staff more than 10 agents, or use erlangA, where contacts abandon',
    );
    expectRefusal(
      () => erlangC({ ...HALF_ERLANG, contacts: 3, agents: 1 }),
      'OUT_OF_RANGE',
      { fn },
      '1 agents cannot keep up with a traffic of 1.5 Erlangs (contacts × handleTime / interval): without abandons the queue grows without bound; ' +
        'staff more than 1.5 agents, or use erlangA, where contacts abandon',
    );
    // 11 agents for 10 Erlangs: the ErlangC R package's 0.6821182
    expect(erlangC({ ...TEN_ERLANGS, agents: 11 }).probabilityOfWaiting.toFixed(7)).toBe('0.6821182');
  });

  test('a traffic of 1,000,000 Erlangs or more is refused; just below is computed', () => {
    expectRefusal(
      () => erlangC({ contacts: 1_000_000, interval: 1, handleTime: 1, answerWithin: 0, agents: 1_000_000 }),
      'OUT_OF_RANGE',
      { fn },
      'a traffic of 1000000 Erlangs is more than the 1,000,000 agents the models compute with',
    );
    const near = erlangC({ contacts: 999_999, interval: 1, handleTime: 1, answerWithin: 0, agents: 1_000_000 });
    expect(near.trafficIntensity).toBe(999_999);
    expect(near.probabilityOfWaiting).toBeGreaterThan(0);
    expect(near.probabilityOfWaiting).toBeLessThan(1);
    expect(Number.isFinite(near.averageSpeedOfAnswer)).toBe(true);
  });

  test('the documented example', () => {
    const c = erlangC({ ...TEN_ERLANGS, agents: 14 });
    expect(c.trafficIntensity).toBe(10);
    expect(c.probabilityOfWaiting.toFixed(7)).toBe('0.1741319');
    expect(c.serviceLevel.toFixed(4)).toBe('88.8350');
    expect(c.averageSpeedOfAnswer.toFixed(4)).toBe('7.8359');
    expect(c.occupancy).toBe(71.42857142857143);
  });
});

describe('erlangA messages', () => {
  const fn = 'erlangA';
  // 0.1 Erlangs, a handle time of 1 s: patience is compared with 1 s
  const LIGHT = { contacts: 1, interval: 10, handleTime: 1, answerWithin: 0, agents: 1 };

  test('the input and its fields are read as erlangC reads them, named erlangA', () => {
    expectRefusal(
      () => erlangA(untyped(undefined)),
      'INVALID_TYPE',
      { fn },
      'input is undefined; pass an object { contacts, interval, handleTime, agents, patience, answerWithin }',
    );
    expectRefusal(
      () => erlangA(untyped({ ...LIGHT, patience: 1, shrinkage: 0 })),
      'INVALID_TYPE',
      { fn },
      'input has an unknown field "shrinkage"; known fields: contacts, interval, handleTime, answerWithin, agents, patience',
    );
    expectRefusal(() => erlangA({ ...LIGHT, contacts: 0, patience: 1 }), 'OUT_OF_RANGE', { fn }, 'contacts 0 must be greater than 0');
    expectRefusal(() => erlangA({ ...LIGHT, agents: 0, patience: 1 }), 'OUT_OF_RANGE', { fn }, 'agents 0 must be from 1 to 1,000,000');
    expectRefusal(() => erlangA({ ...LIGHT, agents: 2.5, patience: 1 }), 'NOT_INTEGER', { fn }, 'agents 2.5 is not a whole number');
  });

  test('patience: missing, not a number, not above 0', () => {
    expectRefusal(() => erlangA(untyped({ ...LIGHT })), 'INVALID_TYPE', { fn }, 'patience is missing');
    expectRefusal(() => erlangA(untyped({ ...LIGHT, patience: '60' })), 'INVALID_TYPE', { fn }, 'patience is a string, not a number');
    expectRefusal(() => erlangA({ ...LIGHT, patience: NaN }), 'NOT_FINITE', { fn }, 'patience NaN is not a finite number');
    expectRefusal(() => erlangA({ ...LIGHT, patience: 0 }), 'OUT_OF_RANGE', { fn }, 'patience 0 must be greater than 0');
  });

  test('patience from 1e-9 to 1e12 times the handle time: both ends accepted, beyond refused', () => {
    const range =
      'the model is computed for patiences from 1e-9 to 1e12 times the handle time (far outside, every caller hangs up at once, or none ever does: use erlangC)';
    expectRefusal(() => erlangA({ ...LIGHT, patience: 5e-10 }), 'OUT_OF_RANGE', { fn }, `patience 5e-10 is below 1e-9 times the handle time 1; ${range}`);
    expectRefusal(() => erlangA({ ...LIGHT, patience: 2e12 }), 'OUT_OF_RANGE', { fn }, `patience 2000000000000 is above 1e12 times the handle time 1; ${range}`);
    expectRefusal(
      () => erlangA({ ...TEN_ERLANGS, agents: 14, patience: 1.8e14 + 1e6 }),
      'OUT_OF_RANGE',
      { fn },
      `patience 180000001000000 is above 1e12 times the handle time 180; ${range}`,
    );
    // at the lower end nearly every caller who waits hangs up: P(abandon) ≈ P(wait)
    const impatient = erlangA({ ...LIGHT, patience: 1e-9 });
    expect(impatient.probabilityOfAbandoning).toBeGreaterThan(0);
    expect(impatient.probabilityOfAbandoning).toBeLessThanOrEqual(impatient.probabilityOfWaiting);
    expect(Number.isFinite(impatient.averageSpeedOfAnswer)).toBe(true);
    // at the upper end no one hangs up: Erlang C's M/M/1 with ρ = 0.1, P(wait) = 0.1
    const patient = erlangA({ ...LIGHT, patience: 1e12 });
    expect(patient.probabilityOfWaiting).toBeCloseTo(0.1, 9);
    expect(patient.probabilityOfAbandoning).toBeCloseTo(0, 9);
  });

  test('fewer agents than Erlangs is computed (the documented example), where erlangC refuses', () => {
    const base = { ...TEN_ERLANGS, patience: 120 };
    expect(erlangA({ ...base, agents: 9 }).probabilityOfAbandoning.toFixed(2)).toBe('0.19');
    const a = erlangA({ ...base, agents: 14 });
    expect(a.probabilityOfWaiting).toBeLessThan(0.1741319);
    expect(a.serviceLevel).toBeGreaterThan(88.835);
  });
});

describe('requiredAgents messages', () => {
  const fn = 'requiredAgents';
  const TARGET = { ...TEN_ERLANGS, serviceLevel: 80 };

  test('the input: not an object, an unknown field, missing traffic', () => {
    expectRefusal(
      () => requiredAgents(untyped('target')),
      'INVALID_TYPE',
      { fn },
      'input is a string; pass an object { contacts, interval, handleTime, answerWithin, serviceLevel, maxOccupancy?, shrinkage?, patience? }',
    );
    expectRefusal(
      () => requiredAgents(untyped({ ...TARGET, agents: 14 })),
      'INVALID_TYPE',
      { fn },
      'input has an unknown field "agents"; known fields: contacts, interval, handleTime, answerWithin, serviceLevel, maxOccupancy, shrinkage, patience',
    );
    expectRefusal(() => requiredAgents(untyped({ ...TARGET, contacts: undefined })), 'INVALID_TYPE', { fn }, 'contacts is missing');
    expectRefusal(() => requiredAgents({ ...TARGET, interval: 0 }), 'OUT_OF_RANGE', { fn }, 'interval 0 must be greater than 0');
    expectRefusal(() => requiredAgents({ ...TARGET, handleTime: -180 }), 'OUT_OF_RANGE', { fn }, 'handleTime -180 must be greater than 0');
    expectRefusal(() => requiredAgents({ ...TARGET, answerWithin: -20 }), 'OUT_OF_RANGE', { fn }, 'answerWithin -20 is negative; it is a time in seconds');
    expectRefusal(
      () => requiredAgents({ contacts: 2_000_000, interval: 1, handleTime: 1, answerWithin: 0, serviceLevel: 80 }),
      'OUT_OF_RANGE',
      { fn },
      'a traffic of 2000000 Erlangs is more than the 1,000,000 agents the models compute with',
    );
  });

  test('serviceLevel: required, finite, strictly between 0 and 100', () => {
    expectRefusal(() => requiredAgents(untyped({ ...TEN_ERLANGS })), 'INVALID_TYPE', { fn }, 'serviceLevel is missing');
    expectRefusal(() => requiredAgents(untyped({ ...TARGET, serviceLevel: '80' })), 'INVALID_TYPE', { fn }, 'serviceLevel is a string, not a number');
    expectRefusal(() => requiredAgents({ ...TARGET, serviceLevel: NaN }), 'NOT_FINITE', { fn }, 'serviceLevel NaN is not a finite number');
    expectRefusal(() => requiredAgents({ ...TARGET, serviceLevel: 0 }), 'OUT_OF_RANGE', { fn }, 'serviceLevel 0 must be a percentage strictly between 0 and 100');
    expectRefusal(() => requiredAgents({ ...TARGET, serviceLevel: 100 }), 'OUT_OF_RANGE', { fn }, 'serviceLevel 100 must be a percentage strictly between 0 and 100');
    expectRefusal(() => requiredAgents({ ...TARGET, serviceLevel: -0 }), 'OUT_OF_RANGE', { fn }, 'serviceLevel -0 must be a percentage strictly between 0 and 100');
    // just above 0: the fewest stable agents, ⌊A⌋ + 1 = 11, whose service level is 38.96%
    expect(requiredAgents({ ...TARGET, serviceLevel: 0.01 }).agents).toBe(11);
    // just below 100: more agents than at 80%, and the level is met
    const high = requiredAgents({ ...TARGET, serviceLevel: 99.99 });
    expect(high.agents).toBeGreaterThan(14);
    expect(high.serviceLevel).toBeGreaterThanOrEqual(99.99);
  });

  test('maxOccupancy: above 0, at most 100', () => {
    expectRefusal(
      () => requiredAgents({ ...TARGET, maxOccupancy: 0 }),
      'OUT_OF_RANGE',
      { fn },
      'maxOccupancy 0 must be a percentage above 0 and at most 100',
    );
    expectRefusal(
      () => requiredAgents({ ...TARGET, maxOccupancy: 100.5 }),
      'OUT_OF_RANGE',
      { fn },
      'maxOccupancy 100.5 must be a percentage above 0 and at most 100',
    );
    expectRefusal(() => requiredAgents(untyped({ ...TARGET, maxOccupancy: null })), 'INVALID_TYPE', { fn }, 'maxOccupancy is null, not a number');
    // 100 is no cap: 14 agents (occupancy 71.4%); 70% needs ⌈10 / 0.7⌉ = 15
    expect(requiredAgents({ ...TARGET, maxOccupancy: 100 }).agents).toBe(14);
    const capped = requiredAgents({ ...TARGET, maxOccupancy: 70 });
    expect(capped.agents).toBe(15);
    expect(capped.occupancy).toBe((10 * 100) / 15);
  });

  test('shrinkage: from 0 to below 100', () => {
    expectRefusal(() => requiredAgents({ ...TARGET, shrinkage: -1 }), 'OUT_OF_RANGE', { fn }, 'shrinkage -1 must be a percentage from 0 to below 100');
    expectRefusal(() => requiredAgents({ ...TARGET, shrinkage: 100 }), 'OUT_OF_RANGE', { fn }, 'shrinkage 100 must be a percentage from 0 to below 100');
    expectRefusal(() => requiredAgents({ ...TARGET, shrinkage: Infinity }), 'NOT_FINITE', { fn }, 'shrinkage Infinity is not a finite number');
    // scheduled = ⌈agents / (1 − shrinkage / 100)⌉: 14 at 0%, 1400 at 99%
    expect(requiredAgents({ ...TARGET, shrinkage: 0 }).scheduled).toBe(14);
    expect(requiredAgents({ ...TARGET, shrinkage: 99 }).scheduled).toBe(1400);
  });

  test('patience: above 0 and within 1e-9 to 1e12 times the handle time', () => {
    expectRefusal(() => requiredAgents({ ...TARGET, patience: 0 }), 'OUT_OF_RANGE', { fn }, 'patience 0 must be greater than 0');
    expectRefusal(
      () => requiredAgents({ ...TARGET, patience: 1e-8 }),
      'OUT_OF_RANGE',
      { fn },
      'patience 1e-8 is below 1e-9 times the handle time 180; the model is computed for patiences from 1e-9 to 1e12 times the handle time ' +
        '(far outside, every caller hangs up at once, or none ever does: use erlangC)',
    );
    const a = requiredAgents({ ...TARGET, patience: 120 });
    expect(a.agents).toBeGreaterThanOrEqual(1);
    expect(a.serviceLevel).toBeGreaterThanOrEqual(80);
    expect(a.probabilityOfAbandoning).toBeGreaterThan(0);
  });

  test('targets no number of agents up to 1,000,000 meets', () => {
    // 999,999 Erlangs, t = 0: at 1,000,000 agents almost every contact waits
    expectRefusal(
      () => requiredAgents({ contacts: 999_999, interval: 1, handleTime: 1, answerWithin: 0, serviceLevel: 99.99 }),
      'OUT_OF_RANGE',
      { fn },
      'no number of agents up to 1,000,000 meets a service level of 99.99%',
    );
    // the same traffic with a long target is met at once, but a cap of 50% would need 1,999,998 agents
    const heavy = { contacts: 999_999, interval: 1, handleTime: 1, answerWithin: 100, serviceLevel: 80 };
    expectRefusal(
      () => requiredAgents({ ...heavy, maxOccupancy: 50 }),
      'OUT_OF_RANGE',
      { fn },
      'no number of agents up to 1,000,000 keeps the occupancy at or below 50%',
    );
    expect(requiredAgents(heavy).agents).toBe(1_000_000);
  });

  test('the documented example', () => {
    const plan = requiredAgents({ ...TARGET, maxOccupancy: 85, shrinkage: 30 });
    expect([plan.agents, plan.scheduled]).toStrictEqual([14, 20]);
    expect(plan.serviceLevel.toFixed(4)).toBe('88.8350');
    expect(requiredAgents({ contacts: 6, interval: 3600, handleTime: 360, answerWithin: 1800, serviceLevel: 80 }).agents).toBe(1);
  });
});

describe('staffingPlan messages', () => {
  const fn = 'staffingPlan';
  const OPTIONS = { interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80 };
  const NINE = '2026-11-09T09:00:00Z';
  const ROW = { start: NINE, contacts: 100 };

  test('options: not an object, unknown, missing', () => {
    expectRefusal(() => staffingPlan([ROW], untyped(null)), 'INVALID_OPTION', { fn }, 'options must be an object, got null');
    expectRefusal(
      () => staffingPlan([ROW], untyped({ ...OPTIONS, agents: 14 })),
      'INVALID_OPTION',
      { fn },
      'unknown option "agents"; known options: interval, handleTime, answerWithin, serviceLevel, maxOccupancy, shrinkage, patience',
    );
    expectRefusal(
      () => staffingPlan([ROW], untyped(undefined)),
      'INVALID_OPTION',
      { fn },
      'option interval is missing: the length of every interval in seconds, e.g. 1800',
    );
    expectRefusal(
      () => staffingPlan([ROW], untyped({ ...OPTIONS, answerWithin: undefined })),
      'INVALID_OPTION',
      { fn },
      'option answerWithin is missing: the service level is measured against it',
    );
    expectRefusal(
      () => staffingPlan([ROW], untyped({ ...OPTIONS, serviceLevel: undefined })),
      'INVALID_OPTION',
      { fn },
      'option serviceLevel is missing: a plan meets a service level',
    );
  });

  test('interval and handleTime options: finite and above 0', () => {
    expectRefusal(() => staffingPlan([ROW], { ...OPTIONS, interval: 0 }), 'INVALID_OPTION', { fn }, 'option interval must be a finite number > 0, got 0');
    expectRefusal(
      () => staffingPlan([ROW], untyped({ ...OPTIONS, interval: '1800' })),
      'INVALID_OPTION',
      { fn },
      'option interval must be a finite number > 0, got "1800"',
    );
    expectRefusal(() => staffingPlan([ROW], { ...OPTIONS, handleTime: -0 }), 'INVALID_OPTION', { fn }, 'option handleTime must be a finite number > 0, got -0');
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, handleTime: Infinity }),
      'INVALID_OPTION',
      { fn },
      'option handleTime must be a finite number > 0, got Infinity',
    );
  });

  test('answerWithin: a time ≥ 0; 0 is accepted', () => {
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, answerWithin: -1 }),
      'INVALID_OPTION',
      { fn },
      'option answerWithin must be a time in seconds ≥ 0, got -1',
    );
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, answerWithin: NaN }),
      'INVALID_OPTION',
      { fn },
      'option answerWithin must be a time in seconds ≥ 0, got NaN',
    );
    // with t = 0 the service level is (1 − C) × 100, and C falls below 20% at 14 agents (C = 0.174)
    const [row] = staffingPlan([ROW], { ...OPTIONS, answerWithin: 0 });
    expect(row?.agents).toBe(14);
    expect(row?.serviceLevel).toBeCloseTo((1 - 0.1741319) * 100, 4);
  });

  test('serviceLevel: strictly between 0 and 100', () => {
    const template = (got: string): string => `option serviceLevel must be a percentage strictly between 0 and 100, got ${got}`;
    expectRefusal(() => staffingPlan([ROW], { ...OPTIONS, serviceLevel: 0 }), 'INVALID_OPTION', { fn }, template('0'));
    expectRefusal(() => staffingPlan([ROW], { ...OPTIONS, serviceLevel: 100 }), 'INVALID_OPTION', { fn }, template('100'));
    expectRefusal(() => staffingPlan([ROW], untyped({ ...OPTIONS, serviceLevel: '80' })), 'INVALID_OPTION', { fn }, template('"80"'));
    expect(staffingPlan([ROW], { ...OPTIONS, serviceLevel: 0.01 })[0]?.agents).toBe(11);
    expect(staffingPlan([ROW], { ...OPTIONS, serviceLevel: 99.99 })[0]?.serviceLevel).toBeGreaterThanOrEqual(99.99);
  });

  test('maxOccupancy: above 0, at most 100; shrinkage below 100', () => {
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, maxOccupancy: 0 }),
      'INVALID_OPTION',
      { fn },
      'option maxOccupancy must be above 0: no agent can be busy 0% of the time and answer',
    );
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, maxOccupancy: 101 }),
      'INVALID_OPTION',
      { fn },
      'option maxOccupancy must be a percentage from 0 to 100, got 101',
    );
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, shrinkage: 100 }),
      'INVALID_OPTION',
      { fn },
      'option shrinkage must be a percentage from 0 to 100 (below 100), got 100',
    );
    expectRefusal(
      () => staffingPlan([ROW], { ...OPTIONS, shrinkage: -1 }),
      'INVALID_OPTION',
      { fn },
      'option shrinkage must be a percentage from 0 to 100 (below 100), got -1',
    );
    expect(staffingPlan([ROW], { ...OPTIONS, maxOccupancy: 100 })[0]?.agents).toBe(14);
    expect(staffingPlan([ROW], { ...OPTIONS, maxOccupancy: 70 })[0]?.agents).toBe(15);
    expect(staffingPlan([ROW], { ...OPTIONS, shrinkage: 99 })[0]?.scheduled).toBe(1400);
  });

  test('patience: a finite number above 0; with it an idle row has no abandons', () => {
    expectRefusal(() => staffingPlan([ROW], { ...OPTIONS, patience: 0 }), 'INVALID_OPTION', { fn }, 'option patience must be a finite number > 0, got 0');
    const plan = staffingPlan([{ start: NINE, contacts: 0 }], { ...OPTIONS, patience: 120 });
    expect(plan[0]).toStrictEqual({
      start: new Date(NINE),
      contacts: 0,
      handleTime: 180,
      agents: 0,
      scheduled: 0,
      trafficIntensity: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
      probabilityOfAbandoning: 0,
    });
  });

  test('a forecast that is not a list', () => {
    expectRefusal(
      () => staffingPlan(untyped(5), OPTIONS),
      'INVALID_TYPE',
      { fn },
      'input is a number; pass forecast intervals { start, contacts, handleTime? } (an array or iterable of objects)',
    );
    expectRefusal(
      () => staffingPlan(untyped({ start: NINE, contacts: 1 }), OPTIONS),
      'INVALID_TYPE',
      { fn },
      'input is an object that is not a list; pass forecast intervals { start, contacts, handleTime? } (an array or iterable of objects)',
    );
  });

  test('an interval that is not an object or has an unknown field is named with its index', () => {
    expectRefusal(() => staffingPlan(untyped([ROW, null]), OPTIONS), 'INVALID_TYPE', { fn, index: 1 }, 'forecast[1] is null; pass an object { start, contacts, handleTime? }');
    expectRefusal(
      () => staffingPlan(untyped([{ ...ROW, agents: 3 }]), OPTIONS),
      'INVALID_TYPE',
      { fn, index: 0 },
      'forecast[0] has an unknown field "agents"; known fields: start, contacts, handleTime',
    );
  });

  test('a start that is missing or cannot be read names the interval and its index', () => {
    expectRefusal(() => staffingPlan(untyped([{ contacts: 1 }]), OPTIONS), 'INVALID_TYPE', { fn, index: 0 }, 'forecast[0].start is missing');
    expectRefusal(
      () => staffingPlan([ROW, { start: '2026-11-09T09:30:00', contacts: 1 }], OPTIONS),
      'INVALID_DATE',
      { fn, index: 1 },
      'forecast[1].start "2026-11-09T09:30:00" has no offset from UTC, so the instant it names depends on a time zone; ' +
        'add Z for UTC or the offset, e.g. "2026-11-09T09:30:00Z" or "2026-11-09T09:30:00+01:00"',
    );
  });

  test('starts in order and at least an interval apart: equal and overlapping refused, exactly one interval later accepted', () => {
    expectRefusal(
      () => staffingPlan([ROW, { start: NINE, contacts: 1 }], OPTIONS),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'forecast[1].start (2026-11-09T09:00:00.000Z) is not after forecast[0].start (2026-11-09T09:00:00.000Z); intervals must be in time order',
    );
    expectRefusal(
      () => staffingPlan([ROW, { start: '2026-11-09T09:29:59Z', contacts: 1 }], OPTIONS),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      'forecast[1].start (2026-11-09T09:29:59.000Z) is less than 1800 s after forecast[0].start (2026-11-09T09:00:00.000Z): the intervals overlap',
    );
    expect(staffingPlan([ROW, { start: '2026-11-09T09:30:00Z', contacts: 60 }], OPTIONS).map((r) => r.agents)).toStrictEqual([14, 9]);
  });

  test('contacts: required, finite, not negative; 0 is an idle row', () => {
    expectRefusal(() => staffingPlan(untyped([{ start: NINE }]), OPTIONS), 'INVALID_TYPE', { fn, index: 0 }, 'forecast[0].contacts is missing');
    expectRefusal(() => staffingPlan([{ start: NINE, contacts: NaN }], OPTIONS), 'NOT_FINITE', { fn, index: 0 }, 'forecast[0].contacts NaN is not a finite number');
    expectRefusal(() => staffingPlan([{ start: NINE, contacts: -1 }], OPTIONS), 'OUT_OF_RANGE', { fn, index: 0 }, 'forecast[0].contacts -1 is negative');
    const [idle] = staffingPlan([{ start: NINE, contacts: 0 }], OPTIONS);
    expect(idle?.agents).toBe(0);
    expect(idle?.serviceLevel).toBe(100);
    expect(idle).not.toHaveProperty('probabilityOfAbandoning');
  });

  test('an interval handle time: above 0, or given by the options', () => {
    expectRefusal(
      () => staffingPlan([{ start: NINE, contacts: 1, handleTime: 0 }], OPTIONS),
      'OUT_OF_RANGE',
      { fn, index: 0 },
      'forecast[0].handleTime 0 must be greater than 0',
    );
    const { handleTime: _, ...noHandleTime } = OPTIONS;
    expectRefusal(
      () => staffingPlan([ROW], noHandleTime),
      'INVALID_TYPE',
      { fn, index: 0 },
      'forecast[0].handleTime is missing, and option handleTime is not given',
    );
    // its own 180 s without the option: the example's 14 agents
    expect(staffingPlan([{ ...ROW, handleTime: 180 }], noHandleTime)[0]?.agents).toBe(14);
  });

  test('the traffic and patience checks of an interval name it and its index', () => {
    // 1e10 contacts × 180 s / 1800 s = 1e9 Erlangs
    expectRefusal(
      () => staffingPlan([ROW, { start: '2026-11-09T09:30:00Z', contacts: 1e10 }], OPTIONS),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      'forecast[1]: a traffic of 1000000000 Erlangs is more than the 1,000,000 agents the models compute with',
    );
    // 120 / 1e-12 = 1.2e14 times the interval's own handle time
    expectRefusal(
      () => staffingPlan([ROW, { start: '2026-11-09T09:30:00Z', contacts: 1, handleTime: 1e-12 }], { ...OPTIONS, patience: 120 }),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      'forecast[1]: patience 120 is above 1e12 times the handle time 1e-12; the model is computed for patiences from 1e-9 to 1e12 times the handle time ' +
        '(far outside, every caller hangs up at once, or none ever does: use erlangC)',
    );
  });

  test('the documented example', () => {
    const forecast = [
      { start: '2026-11-09T09:00:00Z', contacts: 100 },
      { start: '2026-11-09T09:30:00Z', contacts: 60 },
      { start: '2026-11-09T10:00:00Z', contacts: 0 },
    ];
    const plan = staffingPlan(forecast, { ...OPTIONS, shrinkage: 30 });
    expect(plan.map((row) => [row.start.toISOString().slice(11, 16), row.agents, row.scheduled])).toStrictEqual([
      ['09:00', 14, 20],
      ['09:30', 9, 13],
      ['10:00', 0, 0],
    ]);
  });
});

describe('queueSummary messages', () => {
  const fn = 'queueSummary';
  const seconds = { answerWithin: 20, unit: 'seconds' } as const;
  const at = (s: number): string => new Date(Date.UTC(2026, 10, 3, 9, 0, s)).toISOString();
  const ANSWERED = { queuedAt: at(0), answeredAt: at(10) };

  test('options: not an object, unknown, rule and method', () => {
    expectRefusal(() => queueSummary([ANSWERED], untyped(null)), 'INVALID_OPTION', { fn }, 'options must be an object, got null');
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, target: 20 })),
      'INVALID_OPTION',
      { fn },
      'unknown option "target"; known options: unit, calendar, answerWithin, shortAbandon, abandoned, asOf, method',
    );
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, abandoned: 'all' })),
      'INVALID_OPTION',
      { fn },
      "option abandoned must be 'against', 'exclude', 'met-within', 'offered'; got \"all\"",
    );
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, method: 'type-7' })),
      'INVALID_OPTION',
      { fn },
      "option method must be 'inverted-cdf', 'averaged-inverted-cdf', 'closest-observation', 'interpolated-inverted-cdf', 'hazen', 'weibull', " +
        "'linear', 'median-unbiased', 'normal-unbiased'; got \"type-7\"",
    );
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, unit: 'weeks' })),
      'INVALID_OPTION',
      { fn },
      "option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got \"weeks\"",
    );
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, calendar: {} })),
      'INVALID_OPTION',
      { fn },
      'option calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got an object',
    );
  });

  test('an input that is neither contacts nor counts', () => {
    expectRefusal(
      () => queueSummary(untyped(7), seconds),
      'INVALID_TYPE',
      { fn },
      'input is a number; pass contacts (an array or iterable of objects), or counts { offered, answered, answeredWithin, abandoned, … }',
    );
  });

  test('answerWithin and shortAbandon: required and ≥ 0 for contacts; 0 accepted', () => {
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ unit: 'seconds' })),
      'INVALID_OPTION',
      { fn },
      'option answerWithin is missing: the service level is measured against a target answer time',
    );
    expectRefusal(
      () => queueSummary([ANSWERED], { ...seconds, answerWithin: -1 }),
      'INVALID_OPTION',
      { fn },
      'option answerWithin must be a finite number ≥ 0, got -1',
    );
    expectRefusal(
      () => queueSummary([ANSWERED], { ...seconds, shortAbandon: -0.5 }),
      'INVALID_OPTION',
      { fn },
      'option shortAbandon must be a finite number ≥ 0, got -0.5',
    );
    // a 10 s wait misses a target of 0 s and meets one of 10 s (a wait equal to the target meets it)
    expect(queueSummary([ANSWERED], { ...seconds, answerWithin: 0, shortAbandon: 0 }).serviceLevel).toBe(0);
    expect(queueSummary([ANSWERED], { ...seconds, answerWithin: 10 }).serviceLevel).toBe(100);
  });

  test('asOf: null and unreadable refused, before a waiting contact refused, at its queuing accepted', () => {
    expectRefusal(
      () => queueSummary([ANSWERED], untyped({ ...seconds, asOf: null })),
      'INVALID_OPTION',
      { fn },
      'option asOf is null; leave it out, or give a time',
    );
    expectRefusal(
      () => queueSummary([ANSWERED], { ...seconds, asOf: 'now' }),
      'INVALID_DATE',
      { fn },
      'option asOf "now" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    const waiting = [ANSWERED, { queuedAt: at(30) }];
    expectRefusal(
      () => queueSummary(waiting, { ...seconds, asOf: at(29) }),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'option asOf (2026-11-03T09:00:29.000Z) is before contacts[1].queuedAt (2026-11-03T09:00:30.000Z)',
    );
    // at 09:00:30 the waiting contact has waited 0 s: not late; at 09:00:51 it has waited 21 s > 20: against the target
    expect(queueSummary(waiting, { ...seconds, asOf: at(30) }).serviceLevel).toBe(100);
    expect(queueSummary(waiting, { ...seconds, asOf: at(51) }).serviceLevel).toBe(50);
  });

  test('contacts: empty, not objects, no queuedAt, both answered and abandoned', () => {
    expectRefusal(() => queueSummary([], seconds), 'EMPTY_INPUT', { fn }, 'no contacts');
    expectRefusal(
      () => queueSummary(untyped([ANSWERED, 3]), seconds),
      'INVALID_TYPE',
      { fn, index: 1 },
      'contacts[1] is a number, not a contact { queuedAt, answeredAt?, abandonedAt? }',
    );
    expectRefusal(() => queueSummary(untyped([{ answeredAt: at(1) }]), seconds), 'INVALID_TYPE', { fn, index: 0 }, 'contacts[0].queuedAt is missing');
    expectRefusal(
      () => queueSummary([ANSWERED, { queuedAt: at(0), answeredAt: at(5), abandonedAt: at(6) }], seconds),
      'INVALID_TYPE',
      { fn, index: 1 },
      'contacts[1] has both answeredAt and abandonedAt; a contact is answered or abandoned, not both',
    );
    // null stands for "not given"
    expect(queueSummary([{ queuedAt: at(0), answeredAt: at(5), abandonedAt: null }], seconds).answered).toBe(1);
  });

  test('events before the contact was queued, or unreadable; at the same instant accepted', () => {
    expectRefusal(
      () => queueSummary([ANSWERED, { queuedAt: at(40), answeredAt: at(39) }], seconds),
      'NEGATIVE_DURATION',
      { fn, index: 1 },
      'contacts[1].answeredAt (2026-11-03T09:00:39.000Z) is before contacts[1].queuedAt (2026-11-03T09:00:40.000Z)',
    );
    expectRefusal(
      () => queueSummary([{ queuedAt: at(40), abandonedAt: at(0) }], seconds),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'contacts[0].abandonedAt (2026-11-03T09:00:00.000Z) is before contacts[0].queuedAt (2026-11-03T09:00:40.000Z)',
    );
    expectRefusal(
      () => queueSummary([{ queuedAt: at(0), answeredAt: 'soon' }], seconds),
      'INVALID_DATE',
      { fn, index: 0 },
      'contacts[0].answeredAt "soon" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    expectRefusal(
      () => queueSummary([{ queuedAt: at(0), abandonedAt: 9e15 }], seconds),
      'INVALID_DATE',
      { fn, index: 0 },
      'contacts[0].abandonedAt 9000000000000000 is not a time: epoch milliseconds must be finite and within ±8.64e15',
    );
    expectRefusal(
      () => queueSummary([{ queuedAt: '2026-11-03' }], seconds),
      'INVALID_DATE',
      { fn, index: 0 },
      'contacts[0].queuedAt "2026-11-03" is a date without a time and offset, so the instant it names depends on a time zone; write the instant, e.g. "2026-11-03T00:00:00Z"',
    );
    const q = queueSummary([{ queuedAt: at(0), answeredAt: at(0) }], seconds);
    expect(q.averageSpeedOfAnswer).toBe(0);
    expect(q.wait).toStrictEqual({ median: 0, p90: 0, longest: 0 });
  });

  test('options that apply to contacts are refused with counts', () => {
    const counts = { offered: 10, answered: 8, answeredWithin: 6, abandoned: 2 };
    expectRefusal(
      () => queueSummary(counts, untyped({ unit: 'seconds' })),
      'INVALID_OPTION',
      { fn },
      'option unit applies to timestamps; counts are already in your unit, so leave unit out (or convert them yourself)',
    );
    expectRefusal(
      () => queueSummary(counts, untyped({ calendar: {} })),
      'INVALID_OPTION',
      { fn },
      'option calendar applies to timestamps; counts were measured already, so leave calendar out (or measure them with businessDuration)',
    );
    for (const key of ['answerWithin', 'shortAbandon', 'asOf']) {
      expectRefusal(
        () => queueSummary(counts, untyped({ [key]: 0 })),
        'INVALID_OPTION',
        { fn },
        `option ${key} applies to contacts; counts were measured against their target already`,
      );
    }
    expectRefusal(
      () => queueSummary(counts, untyped({ method: 'linear' })),
      'INVALID_OPTION',
      { fn },
      'option method applies to the waits of contacts; counts carry no waits to take a median of',
    );
    // 6 / (8 + 2) × 100
    expect(queueSummary(counts, { abandoned: 'against' }).serviceLevel).toBe(60);
  });

  test('count fields: unknown, missing, negative, fractional, too large', () => {
    const counts = { offered: 10, answered: 8, answeredWithin: 6, abandoned: 2 };
    expectRefusal(
      () => queueSummary(untyped({ ...counts, waiting: 0 })),
      'INVALID_TYPE',
      { fn },
      'counts has an unknown field "waiting"; known fields: offered, answered, answeredWithin, abandoned, shortAbandoned, abandonedWithin, waitSum',
    );
    expectRefusal(() => queueSummary(untyped({ ...counts, offered: undefined })), 'INVALID_COUNTS', { fn }, 'counts.offered is missing');
    expectRefusal(() => queueSummary({ ...counts, answered: -1 }), 'INVALID_COUNTS', { fn }, 'counts.answered -1 is negative');
    expectRefusal(() => queueSummary({ ...counts, abandoned: 1.5 }), 'NOT_INTEGER', { fn }, 'counts.abandoned 1.5 is not a whole number');
    expectRefusal(() => queueSummary(untyped({ ...counts, answeredWithin: '6' })), 'INVALID_TYPE', { fn }, 'counts.answeredWithin is a string, not a number');
    expectRefusal(
      () => queueSummary({ ...counts, offered: 2 ** 53 }),
      'OUT_OF_RANGE',
      { fn },
      'counts.offered 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact',
    );
    expectRefusal(
      () => queueSummary({ ...counts, offered: 2n ** 53n }),
      'OUT_OF_RANGE',
      { fn },
      'counts.offered 9007199254740992n is beyond 2^53 − 1, the largest exact count',
    );
    expectRefusal(() => queueSummary({ ...counts, shortAbandoned: -2 }), 'INVALID_COUNTS', { fn }, 'counts.shortAbandoned -2 is negative');
    expectRefusal(() => queueSummary({ ...counts, abandonedWithin: NaN }), 'NOT_FINITE', { fn }, 'counts.abandonedWithin NaN is not a finite number');
    // 2^53 − 1 and its BigInt are read exactly
    expect(queueSummary({ offered: 2n ** 53n - 1n, answered: 0, answeredWithin: 0, abandoned: 0 }).offered).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('counts that contradict each other; at the limit accepted', () => {
    const counts = { offered: 200, answered: 180, answeredWithin: 150, abandoned: 20, shortAbandoned: 5 };
    expectRefusal(() => queueSummary({ ...counts, offered: 0, answered: 0, answeredWithin: 0, abandoned: 0, shortAbandoned: 0 }), 'EMPTY_INPUT', { fn }, 'counts.offered is 0: no contacts');
    expectRefusal(
      () => queueSummary({ ...counts, answeredWithin: 181 }),
      'INVALID_COUNTS',
      { fn },
      'counts.answeredWithin 181 is greater than counts.answered 180',
    );
    expectRefusal(
      () => queueSummary({ ...counts, shortAbandoned: 21 }),
      'INVALID_COUNTS',
      { fn },
      'counts.shortAbandoned 21 is greater than counts.abandoned 20',
    );
    expectRefusal(
      () => queueSummary({ ...counts, abandoned: 21 }),
      'INVALID_COUNTS',
      { fn },
      'counts.answered + counts.abandoned 201 is greater than counts.offered 200',
    );
    expectRefusal(
      () => queueSummary({ ...counts, abandonedWithin: 16 }),
      'INVALID_COUNTS',
      { fn },
      'counts.abandonedWithin 16 is greater than counts.abandoned − counts.shortAbandoned 15',
    );
    expectRefusal(
      () => queueSummary(counts, { abandoned: 'met-within' }),
      'INVALID_COUNTS',
      { fn },
      "counts.abandonedWithin is missing: abandoned: 'met-within' counts the abandons within the target as met",
    );
    // the example: 150 / (180 + 20 − 5) × 100
    expect(queueSummary(counts).serviceLevel).toBe(76.92307692307692);
    // every limit reached: 180 within of 180, 20 short of 20, 15 within of 15
    const full = queueSummary({ offered: 200, answered: 180, answeredWithin: 180, abandoned: 20, shortAbandoned: 20 });
    expect(full.serviceLevel).toBe(100);
    expect(full.abandonmentRate).toBe(0);
    // (150 + 15) / (180 + 15) × 100
    expect(queueSummary({ ...counts, abandonedWithin: 15 }, { abandoned: 'met-within' }).serviceLevel).toBe((165 * 100) / 195);
  });

  test('waitSum: finite, not negative, and 0 when no contact was answered', () => {
    const counts = { offered: 10, answered: 8, answeredWithin: 6, abandoned: 2 };
    expectRefusal(() => queueSummary({ ...counts, waitSum: -1 }), 'NEGATIVE_DURATION', { fn }, 'counts.waitSum -1 is negative');
    expectRefusal(() => queueSummary({ ...counts, waitSum: Infinity }), 'NOT_FINITE', { fn }, 'counts.waitSum Infinity is not a finite number');
    const none = { offered: 2, answered: 0, answeredWithin: 0, abandoned: 2 };
    expectRefusal(() => queueSummary({ ...none, waitSum: 5 }), 'INVALID_COUNTS', { fn }, 'counts.waitSum 5 with counts.answered 0');
    expect(queueSummary({ ...none, waitSum: 0 }).averageSpeedOfAnswer).toBeUndefined();
    expect(queueSummary({ ...counts, waitSum: 0 }).averageSpeedOfAnswer).toBe(0);
    expect(queueSummary({ ...counts, waitSum: 100 }).averageSpeedOfAnswer).toBe(12.5);
  });

  test('the documented example', () => {
    const contacts = [
      { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:10Z' },
      { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:01:50Z' },
      { queuedAt: '2026-11-03T09:02:00Z', abandonedAt: '2026-11-03T09:03:00Z' },
      { queuedAt: '2026-11-03T09:04:00Z', abandonedAt: '2026-11-03T09:04:03Z' },
      { queuedAt: '2026-11-03T09:05:00Z', answeredAt: '2026-11-03T09:05:20Z' },
    ];
    const q = queueSummary(contacts, { ...seconds, shortAbandon: 5 });
    expect([q.offered, q.answered, q.abandoned, q.shortAbandoned]).toStrictEqual([5, 3, 2, 1]);
    expect(q.serviceLevel).toBe(50);
    expect(q.abandonmentRate).toBe(25);
    expect(q.averageSpeedOfAnswer).toBe(26.666666666666668);
    expect(q.wait).toStrictEqual({ median: 20, p90: 44, longest: 50 });
    // a short abandon of exactly 3 s with shortAbandon 3 is not short (waits below it are)
    expect(queueSummary(contacts, { ...seconds, shortAbandon: 3 }).shortAbandoned).toBe(0);
    expect(queueSummary(contacts, { ...seconds, shortAbandon: 3.001 }).shortAbandoned).toBe(1);
  });
});

describe('agentOccupancy messages', () => {
  const fn = 'agentOccupancy';
  const t = (minute: number): string => new Date(Date.UTC(2026, 10, 3, 9, minute)).toISOString();
  const AVAILABLE = { agent: 'ana', state: 'available', from: t(0), to: t(10) };

  test('options: unknown, unit, calendar, states', () => {
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ map: {} })),
      'INVALID_OPTION',
      { fn },
      'unknown option "map"; known options: unit, calendar, states',
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ unit: 'hour' })),
      'INVALID_OPTION',
      { fn },
      "option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got \"hour\"",
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ calendar: 'Europe/Copenhagen' })),
      'INVALID_OPTION',
      { fn },
      'option calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got "Europe/Copenhagen"',
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ states: null })),
      'INVALID_OPTION',
      { fn },
      'option states must be an object mapping your state names onto available, busy, after-call, break, offline; got null',
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ states: [] })),
      'INVALID_OPTION',
      { fn },
      'option states must be an object mapping your state names onto available, busy, after-call, break, offline; got an array',
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE], untyped({ states: { lunch: 'meal' } })),
      'INVALID_OPTION',
      { fn },
      'option states maps "lunch" onto "meal"; map onto available, busy, after-call, break, offline',
    );
  });

  test('no time ready for contacts', () => {
    expectRefusal(() => agentOccupancy([]), 'EMPTY_INPUT', { fn }, 'no agent state intervals');
    expectRefusal(
      () => agentOccupancy([{ agent: 'ana', state: 'break', from: t(0), to: t(10) }, { agent: 'ben', state: 'offline', from: t(0), to: t(10) }]),
      'EMPTY_INPUT',
      { fn },
      'no agent was busy, in after-call work or available: occupancy needs time ready for contacts',
    );
    expectRefusal(
      () => agentOccupancy([{ ...AVAILABLE, to: t(0) }]),
      'EMPTY_INPUT',
      { fn },
      'no agent was busy, in after-call work or available: occupancy needs time ready for contacts',
    );
    // available only: occupancy 0, utilization 0
    expect(agentOccupancy([AVAILABLE], { unit: 'minutes' })).toStrictEqual({
      occupancy: 0,
      utilization: 0,
      handling: 0,
      available: 10,
      loggedIn: 10,
      byAgent: [{ agent: 'ana', occupancy: 0, utilization: 0, handling: 0, available: 10, loggedIn: 10 }],
    });
  });

  test('an interval that is not an object, an agent that is not a name or finite number', () => {
    expectRefusal(
      () => agentOccupancy(untyped([AVAILABLE, undefined])),
      'INVALID_TYPE',
      { fn, index: 1 },
      'intervals[1] is undefined, not { agent, state, from, to }',
    );
    expectRefusal(
      () => agentOccupancy(untyped([{ ...AVAILABLE, agent: true }])),
      'INVALID_TYPE',
      { fn, index: 0 },
      'intervals[0].agent is true; an agent is a name or a finite number',
    );
    expectRefusal(
      () => agentOccupancy([AVAILABLE, { ...AVAILABLE, agent: NaN }]),
      'INVALID_TYPE',
      { fn, index: 1 },
      'intervals[1].agent is NaN; an agent is a name or a finite number',
    );
    expect(agentOccupancy([{ ...AVAILABLE, agent: 0 }]).byAgent[0]?.agent).toBe(0);
  });

  test('an unknown state, and one mapped onto a known one', () => {
    expectRefusal(
      () => agentOccupancy([{ ...AVAILABLE, state: 'lunch' }]),
      'INVALID_TYPE',
      { fn, index: 0 },
      'intervals[0].state is "lunch"; known states are available, busy, after-call, break, offline (map others onto them with option states)',
    );
    expectRefusal(
      () => agentOccupancy(untyped([AVAILABLE, { ...AVAILABLE, state: 3 }])),
      'INVALID_TYPE',
      { fn, index: 1 },
      'intervals[1].state is 3; known states are available, busy, after-call, break, offline (map others onto them with option states)',
    );
    // 'lunch' mapped onto busy: 10 minutes handling of 10 ready
    expect(agentOccupancy([{ ...AVAILABLE, state: 'lunch' }], { states: { lunch: 'busy' } }).occupancy).toBe(100);
  });

  test('times that cannot be read, and an end before the start; an end at the start accepted', () => {
    expectRefusal(() => agentOccupancy(untyped([{ ...AVAILABLE, from: null }])), 'INVALID_TYPE', { fn, index: 0 }, 'intervals[0].from is missing');
    expectRefusal(
      () => agentOccupancy([AVAILABLE, { ...AVAILABLE, to: new Date(NaN) }]),
      'INVALID_DATE',
      { fn, index: 1 },
      'intervals[1].to is an invalid Date',
    );
    expectRefusal(
      () => agentOccupancy(untyped([{ ...AVAILABLE, to: true }])),
      'INVALID_DATE',
      { fn, index: 0 },
      'intervals[0].to is a boolean; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset',
    );
    expectRefusal(
      () => agentOccupancy([{ ...AVAILABLE, from: t(10), to: t(9) }]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'intervals[0].to (2026-11-03T09:09:00.000Z) is before intervals[0].from (2026-11-03T09:10:00.000Z)',
    );
    expect(agentOccupancy([AVAILABLE, { agent: 'ana', state: 'busy', from: t(10), to: t(10) }]).occupancy).toBe(0);
  });

  test('overlapping intervals of one agent name the later one by index, in either order', () => {
    const busy = { agent: 'ana', state: 'busy', from: t(5), to: t(20) };
    const text =
      'overlaps intervals[0] (2026-11-03T09:00:00.000Z to 2026-11-03T09:10:00.000Z) of agent "ana"; an agent is in one state at a time';
    expectRefusal(
      () => agentOccupancy([AVAILABLE, busy]),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      `intervals[1] (2026-11-03T09:05:00.000Z to 2026-11-03T09:20:00.000Z) ${text}`,
    );
    expectRefusal(
      () => agentOccupancy([busy, AVAILABLE]),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      'intervals[1] (2026-11-03T09:00:00.000Z to 2026-11-03T09:10:00.000Z) overlaps intervals[0] (2026-11-03T09:05:00.000Z to 2026-11-03T09:20:00.000Z) ' +
        'of agent "ana"; an agent is in one state at a time',
    );
    expectRefusal(
      () => agentOccupancy([{ ...AVAILABLE, agent: 7 }, { ...AVAILABLE, agent: 8 }, { ...busy, agent: 7 }]),
      'OUT_OF_RANGE',
      { fn, index: 2 },
      'intervals[2] (2026-11-03T09:05:00.000Z to 2026-11-03T09:20:00.000Z) overlaps intervals[0] (2026-11-03T09:00:00.000Z to 2026-11-03T09:10:00.000Z) ' +
        'of agent 7; an agent is in one state at a time',
    );
    // touching is fine, and other agents may overlap: 10 busy of 20 ready
    const touching = agentOccupancy([AVAILABLE, { ...busy, from: t(10) }, { ...AVAILABLE, agent: 'ben' }], { unit: 'minutes' });
    expect(touching.occupancy).toBe((10 * 100) / 30);
    expect(touching.byAgent.map((a) => a.occupancy)).toStrictEqual([(10 * 100) / 20, 0]);
  });

  test('the intervals of an agent are put in order of start, then end, before they are checked for overlaps', () => {
    // given out of order, touching: 30 busy minutes of 40 ready
    const shuffled = [
      { agent: 'ana', state: 'busy', from: t(30), to: t(40) },
      AVAILABLE,
      { agent: 'ana', state: 'busy', from: t(10), to: t(30) },
    ];
    expect(agentOccupancy(shuffled, { unit: 'minutes' }).occupancy).toBe(75);
    // an interval of no length at the start of another, given after it, touches it
    const instant = [
      { agent: 'ana', state: 'busy', from: t(10), to: t(20) },
      { agent: 'ana', state: 'busy', from: t(10), to: t(10) },
      AVAILABLE,
    ];
    expect(agentOccupancy(instant, { unit: 'minutes' }).occupancy).toBe(50);
    // the overlap is between the first and the last given; the middle one, later, overlaps neither
    expectRefusal(
      () => agentOccupancy([AVAILABLE, { agent: 'ana', state: 'busy', from: t(30), to: t(40) }, { agent: 'ana', state: 'busy', from: t(5), to: t(20) }]),
      'OUT_OF_RANGE',
      { fn, index: 2 },
      'intervals[2] (2026-11-03T09:05:00.000Z to 2026-11-03T09:20:00.000Z) overlaps intervals[0] (2026-11-03T09:00:00.000Z to 2026-11-03T09:10:00.000Z) ' +
        'of agent "ana"; an agent is in one state at a time',
    );
  });

  test('the documented example', () => {
    const states = [
      { agent: 'ana', state: 'available', from: '2026-11-03T09:00:00Z', to: '2026-11-03T09:10:00Z' },
      { agent: 'ana', state: 'busy', from: '2026-11-03T09:10:00Z', to: '2026-11-03T09:40:00Z' },
      { agent: 'ana', state: 'wrap-up', from: '2026-11-03T09:40:00Z', to: '2026-11-03T09:50:00Z' },
      { agent: 'ana', state: 'break', from: '2026-11-03T09:50:00Z', to: '2026-11-03T10:00:00Z' },
      { agent: 'ben', state: 'available', from: '2026-11-03T09:00:00Z', to: '2026-11-03T09:30:00Z' },
      { agent: 'ben', state: 'busy', from: '2026-11-03T09:30:00Z', to: '2026-11-03T10:00:00Z' },
    ];
    const o = agentOccupancy(states, { states: { 'wrap-up': 'after-call' }, unit: 'minutes' });
    expect([o.occupancy, o.utilization]).toStrictEqual([63.63636363636363, 58.333333333333336]);
    expect(o.byAgent[0]).toStrictEqual({ agent: 'ana', occupancy: 80, utilization: 66.66666666666667, handling: 40, available: 10, loggedIn: 60 });
  });
});
