import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agentOccupancy, erlangA, erlangC, isMetricError, percentile, queueSummary, requiredAgents, staffingPlan } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

/** An interval's traffic: 0.05 to 500 Erlangs, half-hour intervals, a target of 0–60 s. */
const traffic = fc.record({
  contacts: fc.double({ min: 1, max: 5000, noNaN: true }),
  interval: fc.constantFrom(900, 1800, 3600),
  handleTime: fc.double({ min: 30, max: 900, noNaN: true }),
  answerWithin: fc.double({ min: 0, max: 60, noNaN: true }),
}).filter((t) => (t.contacts * t.handleTime) / t.interval >= 0.05 && (t.contacts * t.handleTime) / t.interval <= 500);
const patience = fc.double({ min: 5, max: 1200, noNaN: true });
const intensity = (t: { contacts: number; interval: number; handleTime: number }) => (t.contacts * t.handleTime) / t.interval;

describe('Erlang C: every added agent helps', () => {
  test.prop([traffic, fc.integer({ min: 1, max: 30 })], { numRuns: 150 })('the service level rises and the ASA falls with each agent', (t, extra) => {
    const n = Math.floor(intensity(t)) + extra;
    const fewer = erlangC({ ...t, agents: n });
    const more = erlangC({ ...t, agents: n + 1 });
    expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel);
    expect(more.averageSpeedOfAnswer).toBeLessThanOrEqual(fewer.averageSpeedOfAnswer);
    expect(more.probabilityOfWaiting).toBeLessThanOrEqual(fewer.probabilityOfWaiting);
    for (const f of [fewer, more]) {
      expect(f.occupancy).toBeLessThanOrEqual(100);
      expect(f.serviceLevel).toBeGreaterThanOrEqual(0);
      expect(f.serviceLevel).toBeLessThanOrEqual(100);
      expect(f.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
      expect(f.probabilityOfWaiting).toBeLessThanOrEqual(1);
    }
  });
});

describe('Erlang A', () => {
  test.prop([traffic, patience, fc.integer({ min: 1, max: 600 })], { numRuns: 100 })(
    'the service level rises, the ASA and abandons fall with each agent; every figure in range, also below the traffic',
    (t, p, agents) => {
      const fewer = erlangA({ ...t, agents, patience: p });
      const more = erlangA({ ...t, agents: agents + 1, patience: p });
      // within a rounding error of the quadrature
      expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - 1e-9);
      expect(more.averageSpeedOfAnswer).toBeLessThanOrEqual(fewer.averageSpeedOfAnswer * (1 + 1e-9) + 1e-12);
      expect(more.probabilityOfAbandoning).toBeLessThanOrEqual(fewer.probabilityOfAbandoning + 1e-12);
      for (const f of [fewer, more]) {
        for (const v of Object.values(f)) expect(Number.isFinite(v)).toBe(true);
        expect(f.occupancy).toBeGreaterThanOrEqual(0);
        expect(f.occupancy).toBeLessThanOrEqual(100);
        expect(f.serviceLevel).toBeGreaterThanOrEqual(0);
        expect(f.serviceLevel).toBeLessThanOrEqual(100 + 1e-9);
        expect(f.probabilityOfAbandoning).toBeLessThanOrEqual(f.probabilityOfWaiting + 1e-12);
      }
    },
  );

  test.prop([traffic, fc.integer({ min: 1, max: 20 })], { numRuns: 100 })('tends to Erlang C as patience grows', (t, extra) => {
    const agents = Math.floor(intensity(t)) + extra;
    const c = erlangC({ ...t, agents });
    const distance = (p: number) => {
      const a = erlangA({ ...t, agents, patience: p });
      return Math.abs(a.serviceLevel - c.serviceLevel) + Math.abs(a.probabilityOfWaiting - c.probabilityOfWaiting) * 100;
    };
    // The gap closes as 1/patience, and more slowly the longer the queue's
    // waits and the more agents: abandons are about the ASA over the patience,
    // per agent. So "far" is a million times agents × the longer of ASA and
    // handle time (a gap of about 1e-4 points was seen at 17 to 500 agents),
    // at most the largest patience the model takes, 1e12 handle times (a load
    // within 1e-6 of one agent's capacity has an ASA above 1e6 handle times).
    const far = distance(Math.min(1e6 * agents * Math.max(c.averageSpeedOfAnswer, t.handleTime), 1e12 * t.handleTime));
    expect(far).toBeLessThan(1e-3);
    expect(far).toBeLessThanOrEqual(distance(1e4) + 1e-9);
  });
});

describe('requiredAgents', () => {
  test.prop([traffic, fc.double({ min: 1, max: 99, noNaN: true }), fc.option(fc.double({ min: 30, max: 100, noNaN: true }), { nil: undefined })], {
    numRuns: 100,
  })('meets the target and the cap with the fewest agents', (t, level, cap) => {
    const target = cap === undefined ? { ...t, serviceLevel: level } : { ...t, serviceLevel: level, maxOccupancy: cap };
    const plan = requiredAgents(target);
    expect(plan.serviceLevel).toBeGreaterThanOrEqual(level);
    if (cap !== undefined) expect(plan.occupancy).toBeLessThanOrEqual(cap);
    const n = plan.agents - 1;
    if (n > intensity(t)) {
      const fewer = erlangC({ ...t, agents: n });
      expect(fewer.serviceLevel < level || (cap !== undefined && fewer.occupancy > cap)).toBe(true);
    }
  });

  test.prop([traffic, fc.double({ min: 1, max: 99, noNaN: true }), patience], { numRuns: 40 })(
    'with patience meets the target with the fewest agents',
    (t, level, p) => {
      const plan = requiredAgents({ ...t, serviceLevel: level, patience: p });
      expect(plan.serviceLevel).toBeGreaterThanOrEqual(level);
      if (plan.agents > 1) expect(erlangA({ ...t, agents: plan.agents - 1, patience: p }).serviceLevel).toBeLessThan(level);
    },
  );
});

/** Contacts with whole-second times: answered, abandoned or still waiting. */
const contacts = fc.array(
  fc.record({
    at: fc.integer({ min: 0, max: 86_400 }),
    wait: fc.integer({ min: 0, max: 600 }),
    outcome: fc.constantFrom('answered', 'abandoned', 'waiting'),
  }),
  { minLength: 1, maxLength: 60 },
);
const T0 = Date.UTC(2026, 10, 3);
const toContacts = (cs: { at: number; wait: number; outcome: string }[]) =>
  cs.map(({ at, wait, outcome }) => {
    const queuedAt = T0 + at * 1000;
    if (outcome === 'answered') return { queuedAt, answeredAt: queuedAt + wait * 1000 };
    if (outcome === 'abandoned') return { queuedAt, abandonedAt: queuedAt + wait * 1000 };
    return { queuedAt };
  });

describe('queueSummary', () => {
  test.prop([contacts, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('against', 'exclude', 'met-within', 'offered')])(
    'counts add up, rates stay in 0–100, and the counts path gives the records path',
    (cs, within, short, rule) => {
      const records = toContacts(cs);
      const q = queueSummary(records, { answerWithin: within, shortAbandon: short, unit: 'seconds', abandoned: rule });
      expect(q.answered + q.abandoned + q.waiting).toBe(q.offered);
      for (const r of [q.serviceLevel, q.abandonmentRate]) {
        if (r === undefined) continue;
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(100);
      }
      const answeredWaits = cs.filter((c) => c.outcome === 'answered').map((c) => c.wait);
      const abandons = cs.filter((c) => c.outcome === 'abandoned');
      const counts = {
        offered: q.offered,
        answered: q.answered,
        answeredWithin: answeredWaits.filter((w) => w <= within).length,
        abandoned: q.abandoned,
        shortAbandoned: abandons.filter((c) => c.wait < short).length,
        abandonedWithin: abandons.filter((c) => c.wait >= short && c.wait <= within).length,
        waitSum: answeredWaits.reduce((s, w) => s + w, 0),
      };
      expect(queueSummary(counts, { abandoned: rule as never })).toStrictEqual({ ...q, wait: undefined });
    },
  );

  test.prop([
    contacts,
    fc.constantFrom('inverted-cdf', 'averaged-inverted-cdf', 'closest-observation', 'interpolated-inverted-cdf', 'hazen', 'weibull', 'linear', 'median-unbiased', 'normal-unbiased'),
  ])("the wait summary is the answered waits' median, p90 and 100th percentile (the longest), by every method", (cs, method) => {
    const answeredWaits = cs.filter((c) => c.outcome === 'answered').map((c) => c.wait);
    const q = queueSummary(toContacts(cs), { answerWithin: 20, unit: 'seconds', method });
    if (answeredWaits.length === 0) {
      expect(q.wait).toBeUndefined();
      return;
    }
    expect(q.wait).toStrictEqual({
      median: percentile(answeredWaits, 50, { method }),
      p90: percentile(answeredWaits, 90, { method }),
      longest: percentile(answeredWaits, 100, { method }),
    });
    expect(q.wait!.longest).toBe(Math.max(...answeredWaits));
  });

  test.prop([contacts, fc.integer({ min: 0, max: 120 })])('does not depend on the order of the contacts', (cs, within) => {
    const records = toContacts(cs);
    const reversed = [...records].reverse();
    expect(queueSummary(reversed, { answerWithin: within, unit: 'seconds' })).toStrictEqual(queueSummary(records, { answerWithin: within, unit: 'seconds' }));
  });
});

describe('queueSummary over lists longer than one chunk of its loop (4,096 contacts)', () => {
  const rules = fc.constantFrom('against', 'exclude', 'met-within', 'offered');
  test.prop([contacts, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 30 }), rules], { numRuns: 25 })(
    'the figures of a list repeated past a chunk are those its counts and waits give',
    (cs, extra, within, short, rule) => {
      const copies = Math.ceil(4097 / cs.length) + Math.floor(extra / cs.length);
      const long = Array.from({ length: copies }, () => cs).flat();
      const q = queueSummary(toContacts(long), { answerWithin: within, shortAbandon: short, unit: 'seconds', abandoned: rule });
      const answeredWaits = long.filter((c) => c.outcome === 'answered').map((c) => c.wait);
      const abandons = long.filter((c) => c.outcome === 'abandoned');
      const counts = {
        offered: long.length,
        answered: answeredWaits.length,
        answeredWithin: answeredWaits.filter((w) => w <= within).length,
        abandoned: abandons.length,
        shortAbandoned: abandons.filter((c) => c.wait < short).length,
        abandonedWithin: abandons.filter((c) => c.wait >= short && c.wait <= within).length,
        waitSum: answeredWaits.reduce((s, w) => s + w, 0),
      };
      const wait =
        answeredWaits.length === 0
          ? undefined
          : { median: percentile(answeredWaits, 50), p90: percentile(answeredWaits, 90), longest: Math.max(...answeredWaits) };
      expect(q).toStrictEqual({ ...queueSummary(counts, { abandoned: rule as never }), wait });
    },
  );

  const badContacts = fc.constantFrom<unknown>(
    null,
    'a contact',
    { answeredAt: T0 },
    { queuedAt: T0, answeredAt: T0 + 1000, abandonedAt: T0 + 2000 },
    { queuedAt: T0, answeredAt: T0 - 1 },
    { queuedAt: T0, abandonedAt: T0 - 1 },
    { queuedAt: '2026-11-03 09:00' },
    { queuedAt: T0, answeredAt: 'soon' },
    { queuedAt: NaN, abandonedAt: T0 },
    { queuedAt: 9e15 },
  );
  test.prop([badContacts, fc.integer({ min: 4097, max: 12_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })], { numRuns: 40 })(
    'a bad contact anywhere in a long list is refused with the code and message it has as the first contact, at its own index',
    (bad, n, where) => {
      const at = Math.floor(where * n);
      const list: unknown[] = Array.from({ length: n }, (_, i) => ({ queuedAt: T0 + i * 1000, answeredAt: T0 + i * 1000 + 5000 }));
      list[at] = bad;
      const alone = metricErrorOf(() => queueSummary([bad] as never, { answerWithin: 20_000 }));
      const error = metricErrorOf(() => queueSummary(list as never, { answerWithin: 20_000 }));
      expect(error.code).toBe(alone.code);
      expect(error.message).toBe(alone.message.replaceAll('contacts[0]', `contacts[${at}]`));
      expect(error.details).toStrictEqual({ fn: 'queueSummary', index: at });
    },
  );
});

describe('agentOccupancy', () => {
  const states = fc.array(
    fc.record({ agent: fc.constantFrom('ana', 'ben', 'cy'), state: fc.constantFrom('available', 'busy', 'after-call', 'break', 'offline'), length: fc.integer({ min: 0, max: 3600 }) }),
    { minLength: 1, maxLength: 40 },
  );
  test.prop([states])('occupancy and utilization stay in 0–100, utilization ≤ occupancy, and the team adds up its agents', (list) => {
    const clock: Record<string, number> = {};
    const intervals = list.map(({ agent, state, length }) => {
      const from = clock[agent] ?? T0;
      clock[agent] = from + length * 1000;
      return { agent, state, from, to: from + length * 1000 };
    });
    let result;
    try {
      result = agentOccupancy(intervals, { unit: 'seconds' });
    } catch (error) {
      expect(isMetricError(error) && error.code === 'EMPTY_INPUT').toBe(true);
      return;
    }
    expect(result.occupancy).toBeGreaterThanOrEqual(0);
    expect(result.occupancy).toBeLessThanOrEqual(100);
    expect(result.utilization!).toBeLessThanOrEqual(result.occupancy + 1e-12);
    expect(result.byAgent.reduce((s, a) => s + a.loggedIn, 0)).toBe(result.loggedIn);
    for (const a of result.byAgent) if (a.occupancy !== undefined) expect(a.occupancy).toBeLessThanOrEqual(100);
  });
});

describe('every bad input throws MetricError, never another error, NaN or Infinity', () => {
  const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, NaN, Infinity, 1e300), fc.anything());
  const anySpec = fc.oneof(
    fc.anything(),
    fc.record(
      { contacts: anyNumber, interval: anyNumber, handleTime: anyNumber, agents: anyNumber, answerWithin: anyNumber, patience: anyNumber, serviceLevel: anyNumber, maxOccupancy: anyNumber, shrinkage: anyNumber },
      { requiredKeys: [] },
    ),
  );
  const models: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
    ['erlangC', (i) => erlangC(i as never)],
    ['erlangA', (i) => erlangA(i as never)],
    ['requiredAgents', (i) => requiredAgents(i as never)],
    ['staffingPlan', (i) => staffingPlan([{ start: T0, contacts: 10 }], i as never)],
    ['queueSummary', (i) => queueSummary(i as never, { answerWithin: 20 })],
    ['agentOccupancy', (i) => agentOccupancy(i as never)],
  ];
  test.prop([fc.constantFrom(...models), anySpec], { numRuns: 500 })('', ([name, model], input) => {
    let result: unknown;
    try {
      result = model(input);
    } catch (error) {
      expect(isMetricError(error), String(error)).toBe(true);
      expect((error as { details: { fn: string } }).details.fn).toBe(name);
      return;
    }
    const values: unknown[] = Array.isArray(result) ? (result as unknown[]).flatMap((r) => Object.values(r as object) as unknown[]) : Object.values(result as object);
    for (const v of values) if (typeof v === 'number') expect(Number.isFinite(v), `${name}: ${v}`).toBe(true);
  });
});
