import { describe, expect, test } from 'vitest';
import { erlangA, erlangC, requiredAgents, staffingPlan } from '../../src/index.js';
import { scheduledFor } from '../../src/contact-centre/staffing.js';
import { metricErrorOf, refusalOf, TIME_SCALE } from '../helpers.js';

const TRAFFIC = { contacts: 100, interval: 1800, handleTime: 180, answerWithin: 20 };
const TARGET = { ...TRAFFIC, serviceLevel: 80 };

describe('requiredAgents with Erlang C', () => {
  // pyworkforce 0.2.1 README: ErlangC(transactions=100, asa=20/60, aht=3, interval=30, shrinkage=0.3)
  // .required_positions(service_level=0.8, max_occupancy=0.85) → raw_positions 14, positions 20, service_level 0.8883500191794669
  test("pyworkforce's example: 14 agents on the phones, 20 to schedule at 30% shrinkage", () => {
    const plan = requiredAgents({ ...TARGET, maxOccupancy: 85, shrinkage: 30 });
    expect(plan.agents).toBe(14);
    expect(plan.scheduled).toBe(20);
    expect(plan.serviceLevel.toFixed(12)).toBe((0.8883500191794669 * 100).toFixed(12));
    expect(plan.occupancy.toFixed(12)).toBe((0.7142857142857143 * 100).toFixed(12));
  });

  test('the fewest agents: one fewer misses the service level', () => {
    const plan = requiredAgents(TARGET);
    expect(erlangC({ ...TRAFFIC, agents: plan.agents }).serviceLevel).toBeGreaterThanOrEqual(80);
    expect(erlangC({ ...TRAFFIC, agents: plan.agents - 1 }).serviceLevel).toBeLessThan(80);
  });

  test('the search starts at ⌊A⌋ + 1: 1 agent at A = 0.6, where starting at round(A + 1) gives 2', () => {
    // one agent: C = A = 0.6, service level 1 − 0.6·e^(−0.4·1800/360) = 1 − 0.6·e^−2 ≈ 91.9% ≥ 80%
    const plan = requiredAgents({ contacts: 6, interval: 3600, handleTime: 360, answerWithin: 1800, serviceLevel: 80 });
    expect(plan.agents).toBe(1);
    expect(plan.serviceLevel).toBeCloseTo((1 - 0.6 * Math.exp(-2)) * 100, 12);
  });

  test('the occupancy cap: max(N_sl, ⌈A / cap⌉) with the occupancy computed as reported', () => {
    // 10 Erlangs: 14 meet 80/20; an occupancy of at most 60% needs ⌈10 / 0.6⌉ = 17
    const plan = requiredAgents({ ...TARGET, maxOccupancy: 60 });
    expect(plan.agents).toBe(17);
    expect(plan.occupancy).toBeLessThanOrEqual(60);
    expect(plan).toStrictEqual({ ...erlangC({ ...TRAFFIC, agents: 17 }), agents: 17, scheduled: 17 });
    // 8.5 Erlangs at 85%: exactly 10 (8.5 / 0.85 is 10.000000000000002 in floating point)
    expect(requiredAgents({ contacts: 85, interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 1, maxOccupancy: 85 }).agents).toBe(10);
  });

  test('a patience outside 1e-9 to 1e12 handle times is OUT_OF_RANGE, as erlangA says (NaN figures before)', () => {
    const tiny = metricErrorOf(() => requiredAgents({ ...TARGET, patience: 8.836270296068115e-263 }));
    expect(tiny.code).toBe('OUT_OF_RANGE');
    expect(tiny.message).toMatch(/^requiredAgents: patience 8\.836270296068115e-263 is below 1e-9 times the handle time 180;/);
    // a handle time of 6.5e-274 s makes a patience of 120 s about 1.8e275 handle times
    expect(metricErrorOf(() => requiredAgents({ ...TARGET, handleTime: 6.487892726797149e-274, patience: 120 })).code).toBe('OUT_OF_RANGE');
  });

  test('a cap no number of agents up to 1,000,000 can keep is OUT_OF_RANGE at once, not a count to 10^302', () => {
    // 10 Erlangs under 1e-300%: ⌈10 × 100 / 1e-300⌉ agents, far beyond 1,000,000
    const started = Date.now();
    const error = metricErrorOf(() => requiredAgents({ ...TARGET, maxOccupancy: 1e-300 }));
    expect(Date.now() - started).toBeLessThan(1000 * TIME_SCALE);
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('requiredAgents: no number of agents up to 1,000,000 keeps the occupancy at or below 1e-300%');
    // 10 Erlangs under 0.001%: exactly 1,000,000 agents keep 10 / 1,000,000 = 0.001%
    expect(requiredAgents({ ...TARGET, maxOccupancy: 0.001 }).agents).toBe(1_000_000);
  });

  test('scheduled = ⌈agents / (1 − shrinkage / 100)⌉, multiplied out', () => {
    expect(requiredAgents({ ...TARGET, shrinkage: 0 }).scheduled).toBe(14);
    expect(requiredAgents({ ...TARGET, shrinkage: 30 }).scheduled).toBe(20); // 14 / 0.7 = 20, not 21
    expect(requiredAgents({ ...TARGET, shrinkage: 35 }).scheduled).toBe(22); // 21.54 → 22
    expect(requiredAgents({ ...TARGET, shrinkage: 99.5 }).scheduled).toBe(2800);
  });

  test('scheduled is exact in the decimal digits of the shrinkage', () => {
    // 153 / 0.408 = 375 and 41 / 0.328 = 125 exactly; in doubles 375 × (100 − 59.2) falls short of 15,300 and gave 376
    expect(scheduledFor('f', 153, 59.2)).toBe(375);
    expect(scheduledFor('f', 291, 22.4)).toBe(375);
    expect(scheduledFor('f', 41, 67.2)).toBe(125);
    expect(scheduledFor('f', 14, 30)).toBe(20);
    // one more than exact is one more: 375 agents at 59.2% need 919.1… → 920
    expect(scheduledFor('f', 375, 59.2)).toBe(920);
    // the shrinkage as written: 33.333333333333336 is a little above 100/3, so 10 agents need just over 15
    expect(scheduledFor('f', 10, 33.333333333333336)).toBe(16);
    // any shrinkage above 0 needs one more agent than on the phones
    expect(scheduledFor('f', 7, 5e-324)).toBe(8);
    expect(scheduledFor('f', 7, 1e-7)).toBe(8);
    expect(scheduledFor('f', 7, 0)).toBe(7);
  });

  test('a shrinkage so near 100% that the agents to schedule exceed 2^53 − 1 is refused at once (it hung)', () => {
    // 100 − 99.9999999999999 = 1e−13: one agent is 1e15 scheduled, ten would be 1e16
    expect(scheduledFor('f', 1, 99.9999999999999)).toBe(1e15);
    expect(refusalOf(() => scheduledFor('requiredAgents', 10, 99.9999999999999))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn: 'requiredAgents' },
      message: 'requiredAgents: shrinkage 99.9999999999999 leaves too little time on the phones: 10 agents would need more than 9007199254740991 scheduled',
    });
    const started = performance.now();
    const error = metricErrorOf(() => requiredAgents({ ...TARGET, shrinkage: 99.99999999999999 }));
    expect(performance.now() - started).toBeLessThan(1000 * TIME_SCALE);
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe(
      'requiredAgents: shrinkage 99.99999999999999 leaves too little time on the phones: 14 agents would need more than 9007199254740991 scheduled',
    );
  });

  test('a service level equal to the target meets it', () => {
    const level = erlangC({ ...TRAFFIC, agents: 14 }).serviceLevel;
    expect(requiredAgents({ ...TARGET, serviceLevel: level }).agents).toBe(14);
  });

  test('large traffic: 2,000 Erlangs need a little more than 2,000 agents', () => {
    const plan = requiredAgents({ contacts: 20_000, interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80 });
    expect(plan.agents).toBeGreaterThan(2000);
    expect(plan.agents).toBeLessThan(2100);
    expect(erlangC({ contacts: 20_000, interval: 1800, handleTime: 180, answerWithin: 20, agents: plan.agents - 1 }).serviceLevel).toBeLessThan(80);
  });
});

describe('requiredAgents with Erlang A (patience)', () => {
  // test/contact-centre/erlang-reference.py: 12 agents give 82.558% answered within 20 s with a patience of
  // 120 s (11 give 74.221%), where Erlang C needs 14
  test('callers who hang up need fewer agents: 12 instead of 14', () => {
    const plan = requiredAgents({ ...TARGET, patience: 120 });
    expect(plan.agents).toBe(12);
    expect(plan.serviceLevel).toBeCloseTo(82.5582644362, 8);
    expect(plan.probabilityOfAbandoning).toBeCloseTo(0.0615973770037, 10);
    expect(plan).toStrictEqual({ ...erlangA({ ...TRAFFIC, agents: 12, patience: 120 }), agents: 12, scheduled: 12 });
  });

  test('the fewest agents that meet both the service level and the occupancy cap', () => {
    const plan = requiredAgents({ ...TARGET, patience: 120, maxOccupancy: 70 });
    expect(plan.occupancy).toBeLessThanOrEqual(70);
    const fewer = erlangA({ ...TRAFFIC, agents: plan.agents - 1, patience: 120 });
    expect(fewer.serviceLevel < 80 || fewer.occupancy > 70).toBe(true);
  });

  test('a low target can be met with fewer agents than the traffic', () => {
    const plan = requiredAgents({ ...TARGET, serviceLevel: 30, patience: 60 });
    expect(plan.agents).toBeLessThanOrEqual(10);
    expect(plan.serviceLevel).toBeGreaterThanOrEqual(30);
  });
});

describe('requiredAgents with Erlang A is the fewest agents, found by counting up', () => {
  /** The definition: the first n from 1 up whose Erlang A figures meet the level and the cap. */
  function countingUp(t: typeof TRAFFIC, level: number, patience: number, cap: number): number {
    for (let n = 1; ; n++) {
      const f = erlangA({ ...t, agents: n, patience });
      if (f.serviceLevel >= level && f.occupancy <= cap) return n;
    }
  }

  // 0.5, 2, 3, 40 and 150 Erlangs (handle time 300 s in half-hour intervals); patience short and long;
  // targets met below the traffic, near it and above it; with and without a cap on the occupancy
  const cases = [3, 12, 18, 240, 900].flatMap((contacts) =>
    [20, 600].flatMap((patience) => [5, 60, 95].flatMap((level) => [100, 80].map((cap) => ({ contacts, patience, level, cap })))),
  );

  test.each(cases)('$contacts contacts, patience $patience s, $level% within 20 s, occupancy at most $cap%', ({ contacts, patience, level, cap }) => {
    const t = { contacts, interval: 1800, handleTime: 300, answerWithin: 20 };
    const target = cap === 100 ? { ...t, serviceLevel: level, patience } : { ...t, serviceLevel: level, patience, maxOccupancy: cap };
    expect(requiredAgents(target).agents).toBe(countingUp(t, level, patience, cap));
  });
});

describe('requiredAgents refuses', () => {
  test.each([
    [{ ...TARGET, serviceLevel: 0 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, serviceLevel: 100 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, serviceLevel: 0.8 * 0 - 5 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, serviceLevel: NaN }, 'NOT_FINITE'],
    [{ ...TARGET, serviceLevel: undefined }, 'INVALID_TYPE'],
    [{ ...TARGET, shrinkage: 100 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, shrinkage: -1 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, maxOccupancy: 0 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, maxOccupancy: 101 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, patience: 0 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, contacts: 0 }, 'OUT_OF_RANGE'],
    [{ ...TARGET, handleTime: Infinity }, 'NOT_FINITE'],
    [{ ...TARGET, agents: 3 }, 'INVALID_TYPE'],
    [{ ...TARGET, contacts: 1e12 }, 'OUT_OF_RANGE'],
  ])('%j: %s', (input, code) => {
    expect(metricErrorOf(() => requiredAgents(input as never)).code).toBe(code);
  });
});

describe('staffingPlan', () => {
  const options = { interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80, shrinkage: 30 };

  test('each row is requiredAgents of its interval, with its start as a Date', () => {
    const forecast = [
      { start: '2026-11-09T09:00:00Z', contacts: 100 },
      { start: Date.UTC(2026, 10, 9, 9, 30), contacts: 60, handleTime: 240 },
      { start: new Date('2026-11-09T11:00:00Z'), contacts: 12.5 },
    ];
    const plan = staffingPlan(forecast, options);
    expect(plan.map((r) => r.start.toISOString())).toStrictEqual(['2026-11-09T09:00:00.000Z', '2026-11-09T09:30:00.000Z', '2026-11-09T11:00:00.000Z']);
    const target = { interval: 1800, answerWithin: 20, serviceLevel: 80, shrinkage: 30 };
    expect(plan[0]).toStrictEqual({ start: new Date('2026-11-09T09:00:00Z'), contacts: 100, handleTime: 180, ...requiredAgents({ ...target, contacts: 100, handleTime: 180 }) });
    expect(plan[1]).toStrictEqual({ start: new Date('2026-11-09T09:30:00Z'), contacts: 60, handleTime: 240, ...requiredAgents({ ...target, contacts: 60, handleTime: 240 }) });
    expect(plan[2]!.agents).toBe(requiredAgents({ ...target, contacts: 12.5, handleTime: 180 }).agents);
  });

  test('an interval with no contacts needs no one', () => {
    const [row] = staffingPlan([{ start: '2026-11-09T03:00:00Z', contacts: 0 }], options);
    expect(row).toStrictEqual({
      start: new Date('2026-11-09T03:00:00Z'),
      contacts: 0,
      handleTime: 180,
      agents: 0,
      scheduled: 0,
      trafficIntensity: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    });
    const [withPatience] = staffingPlan([{ start: '2026-11-09T03:00:00Z', contacts: 0 }], { ...options, patience: 90 });
    expect(withPatience!.probabilityOfAbandoning).toBe(0);
  });

  test('with patience every row is planned with Erlang A', () => {
    const plan = staffingPlan([{ start: '2026-11-09T09:00:00Z', contacts: 100 }], { ...options, patience: 120 });
    expect(plan[0]!.agents).toBe(12);
    expect(plan[0]!.scheduled).toBe(18);
  });

  test('an iterable forecast, and an empty one', () => {
    function* rows() {
      yield { start: '2026-11-09T09:00:00Z', contacts: 100 };
    }
    expect(staffingPlan(rows(), options)[0]!.agents).toBe(14);
    expect(staffingPlan([], options)).toStrictEqual([]);
  });

  test.each([
    [[{ start: '2026-11-09T09:00:00Z', contacts: 1 }, { start: '2026-11-09T09:00:00Z', contacts: 1 }], options, 'NEGATIVE_DURATION'],
    [[{ start: '2026-11-09T09:30:00Z', contacts: 1 }, { start: '2026-11-09T09:00:00Z', contacts: 1 }], options, 'NEGATIVE_DURATION'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: 1 }, { start: '2026-11-09T09:15:00Z', contacts: 1 }], options, 'OUT_OF_RANGE'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: -1 }], options, 'OUT_OF_RANGE'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: NaN }], options, 'NOT_FINITE'],
    [[{ start: '2026-11-09T09:00:00Z' }], options, 'INVALID_TYPE'],
    [[{ start: '2026-11-09 09:00', contacts: 1 }], options, 'INVALID_DATE'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: 1, handletime: 100 }], options, 'INVALID_TYPE'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: 1 }], { ...options, handleTime: undefined }, 'INVALID_TYPE'],
    [[{ start: '2026-11-09T09:00:00Z', contacts: 1, handleTime: 0 }], options, 'OUT_OF_RANGE'],
    [[1], options, 'INVALID_TYPE'],
    [[], { ...options, interval: undefined }, 'INVALID_OPTION'],
    [[], { ...options, interval: 0 }, 'INVALID_OPTION'],
    [[], { ...options, serviceLevel: 100 }, 'INVALID_OPTION'],
    [[], { ...options, serviceLevel: undefined }, 'INVALID_OPTION'],
    [[], { ...options, answerWithin: -1 }, 'INVALID_OPTION'],
    [[], { ...options, shrinkage: 100 }, 'INVALID_OPTION'],
    [[], { ...options, maxOccupancy: 0 }, 'INVALID_OPTION'],
    [[], { ...options, patience: 0 }, 'INVALID_OPTION'],
    [[], { ...options, target: 80 }, 'INVALID_OPTION'],
    ['not a forecast', options, 'INVALID_TYPE'],
  ])('forecast %j with options %j: %s', (forecast, opts, code) => {
    expect(metricErrorOf(() => staffingPlan(forecast as never, opts as never)).code).toBe(code);
  });
});
