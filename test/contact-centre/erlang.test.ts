import { describe, expect, test } from 'vitest';
import { erlangA, erlangC } from '../../src/index.js';
import { mulberry32 } from '../../examples/lib/random.mjs';
import { metricErrorOf } from '../helpers.js';

/** Relative closeness: |actual − expected| ≤ tolerance × |expected|. */
function close(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const TEN_ERLANGS = { contacts: 100, interval: 1800, handleTime: 180, answerWithin: 20 };

describe('erlangC against published values', () => {
  // pyworkforce 0.2.1 README (ErlangC(transactions=100, aht=3, asa=20/60, interval=30)):
  // service_level 0.8883500191794669, occupancy 0.7142857142857143, waiting_probability 0.1741319335950498 at 14 positions;
  // the ErlangC R package's README (erlang_c(100, 30 min, 180 s, 20 s, 14)): average_speed_of_answer 7.83593701177724 s
  test('10 Erlangs on 14 agents: pyworkforce and the ErlangC R package', () => {
    const c = erlangC({ ...TEN_ERLANGS, agents: 14 });
    expect(c.trafficIntensity).toBe(10);
    close(c.probabilityOfWaiting, 0.1741319335950498);
    close(c.serviceLevel, 88.83500191794669);
    close(c.averageSpeedOfAnswer, 7.83593701177724, 1e-13);
    close(c.occupancy, 71.42857142857143);
  });

  // the ErlangC R package's README, calculate_agents()$process, first row: 11 agents
  test('10 Erlangs on 11 agents: wait probability 0.6821182 and service level 0.3896138 (ErlangC R package)', () => {
    const c = erlangC({ ...TEN_ERLANGS, agents: 11 });
    expect(c.probabilityOfWaiting.toFixed(7)).toBe('0.6821182');
    expect((c.serviceLevel / 100).toFixed(7)).toBe('0.3896138');
  });
});

describe('erlangC closed forms', () => {
  test('one agent (M/M/1): C = ρ, ASA = ρ·AHT / (1 − ρ), service level 1 − ρ·e^(−(1 − ρ)t/AHT)', () => {
    const c = erlangC({ contacts: 6, interval: 3600, handleTime: 360, agents: 1, answerWithin: 1800 });
    const rho = (6 * 360) / 3600;
    close(c.probabilityOfWaiting, rho, 1e-15);
    close(c.averageSpeedOfAnswer, (rho * 360) / (1 - rho), 1e-14);
    close(c.serviceLevel, (1 - rho * Math.exp((-(1 - rho) * 1800) / 360)) * 100, 1e-14);
  });

  test('two agents (M/M/2): C = 2ρ² / (1 + ρ), ρ = A / 2', () => {
    const c = erlangC({ contacts: 18, interval: 3600, handleTime: 300, agents: 2, answerWithin: 0 });
    const rho = (18 * 300) / 3600 / 2;
    close(c.probabilityOfWaiting, (2 * rho * rho) / (1 + rho), 1e-14);
    close(c.serviceLevel, (1 - (2 * rho * rho) / (1 + rho)) * 100, 1e-14);
  });

  test('exact to thousands of agents: 1,900 Erlangs on 2,000 agents against exact rational arithmetic', () => {
    // C = Aᴺ·N / ((N − A)·Σ_{k<N} Aᵏ·N!/k! + Aᴺ·N), every term a whole number for whole A
    const a = 1900n;
    const n = 2000n;
    let sum = 0n;
    let factorialRatio = 1n; // N!/k!, from k = N down
    let power = a ** n;
    for (let k = n - 1n; k >= 0n; k--) {
      factorialRatio *= k + 1n;
      power /= a;
      sum += power * factorialRatio;
    }
    const top = a ** n * n;
    const exact = ratio(top, (n - a) * sum + top);
    const c = erlangC({ contacts: 1900, interval: 3600, handleTime: 3600, agents: 2000, answerWithin: 0 });
    close(c.probabilityOfWaiting, exact, 1e-12);
    // far above the traffic, hardly anyone waits; B underflows to 0 without a NaN
    const spare = erlangC({ contacts: 10, interval: 3600, handleTime: 360, agents: 5000, answerWithin: 0 });
    expect(spare.probabilityOfWaiting).toBe(0);
    expect(spare.serviceLevel).toBe(100);
  });
});

/** num / den as a double, for big integers. */
function ratio(num: bigint, den: bigint): number {
  const shift = den.toString(2).length - num.toString(2).length + 64;
  const q = shift >= 0 ? (num << BigInt(shift)) / den : num / (den << BigInt(-shift));
  return Number(q) / 2 ** shift;
}

describe('erlangC refuses an unstable queue', () => {
  test('agents ≤ A is OUT_OF_RANGE with a message that names the traffic and erlangA', () => {
    for (const agents of [9, 10]) {
      const error = metricErrorOf(() => erlangC({ ...TEN_ERLANGS, agents }));
      expect(error.code).toBe('OUT_OF_RANGE');
      expect(error.message).toContain('10 Erlangs');
      expect(error.message).toContain('erlangA');
    }
  });
});

// reference values from test/contact-centre/erlang-reference.py: the state probabilities of the M/M/N+M
// queue at 50 digits (mpmath), not the integrals the library computes
const ERLANG_A: ReadonlyArray<readonly [input: readonly number[], expected: readonly number[]]> = [
  [[100, 1800, 180, 14, 120, 20], [0.12697634007979537, 0.022839286531818771, 93.272958069805967, 2.3453752341521703, 69.797193819155802]],
  [[100, 1800, 180, 9, 120, 20], [0.61330713324998495, 0.19215603801258681, 52.406605918990282, 20.942652914219242, 89.760440220823688]],
  [[100, 1800, 180, 11, 120, 20], [0.38281649147993199, 0.094155034237456464, 74.220898438938926, 9.7825175186690994, 82.349542342049412]],
  [[10, 3600, 300, 1, 60, 30], [0.48935762830759103, 0.41277084603089076, 54.369645313461616, 6.7936824130913785, 48.935762830759103]],
  [[2000, 1800, 180, 210, 30, 15], [0.15363177479491472, 0.017776130640491235, 98.184317041035085, 0.4900413012321492, 93.545130415191311]],
  [[50, 900, 240, 12, 600, 60], [0.8017131619965224, 0.13965678359225504, 40.941350433558866, 84.234453963792011, 95.593690711971662]],
  [[100, 1800, 180, 6, 20, 10], [0.65870186353142292, 0.4559565724307155, 43.120979079428153, 5.7524630835870487, 90.67390459488075]],
];

describe('erlangA against an independent computation', () => {
  test.each(ERLANG_A)('%j', (input, expected) => {
    const [contacts, interval, handleTime, agents, patience, answerWithin] = input as [number, number, number, number, number, number];
    const a = erlangA({ contacts, interval, handleTime, agents, patience, answerWithin });
    const [waiting, abandoning, serviceLevel, asa, occupancy] = expected as [number, number, number, number, number];
    close(a.probabilityOfWaiting, waiting, 1e-11);
    close(a.probabilityOfAbandoning, abandoning, 1e-11);
    close(a.serviceLevel, serviceLevel, 1e-11);
    close(a.averageSpeedOfAnswer, asa, 1e-10);
    close(a.occupancy, occupancy, 1e-11);
  });

  test('the agents are busy A·(1 − P(abandon)) on average: occupancy from throughput equals occupancy from busy agents', () => {
    for (const [input] of ERLANG_A) {
      const [contacts, interval, handleTime, agents, patience, answerWithin] = input as [number, number, number, number, number, number];
      const a = erlangA({ contacts, interval, handleTime, agents, patience, answerWithin });
      close(a.occupancy, (a.trafficIntensity * (1 - a.probabilityOfAbandoning) * 100) / agents, 1e-11);
    }
  });

  test('with patience far beyond every wait, the figures are Erlang C', () => {
    const c = erlangC({ ...TEN_ERLANGS, agents: 14 });
    const a = erlangA({ ...TEN_ERLANGS, agents: 14, patience: 1e12 });
    close(a.probabilityOfWaiting, c.probabilityOfWaiting, 1e-9);
    close(a.serviceLevel, c.serviceLevel, 1e-9);
    close(a.averageSpeedOfAnswer, c.averageSpeedOfAnswer, 1e-9);
    expect(a.probabilityOfAbandoning).toBeLessThan(1e-10);
  });

  test('stable where Erlang C is not: 5 agents for 10 Erlangs and patient callers lose half of them', () => {
    // throughput is at most 5 agents' worth of work, so at least half of the 10 Erlangs offered abandon
    const a = erlangA({ ...TEN_ERLANGS, agents: 5, patience: 1e6 });
    close(a.probabilityOfAbandoning, 0.5, 1e-6);
    expect(a.occupancy).toBeLessThanOrEqual(100);
    expect(a.occupancy).toBeGreaterThan(99.99);
  });
});

/**
 * A discrete-event simulation of the M/M/N+M queue, first come first served:
 * each arrival's offered wait is the time until the earliest agent is free
 * after all earlier answered contacts started (earlier abandons free no one);
 * it is answered when that wait is below its patience. Figures per batch, for
 * batch-means standard errors.
 */
function simulate(contacts: number, interval: number, handleTime: number, agents: number, patience: number, answerWithin: number, seed: number) {
  const random = mulberry32(seed);
  const draw = (mean: number): number => -Math.log(1 - random()) * mean;
  const free = new Float64Array(agents); // a binary min-heap of the times the agents are free
  const batches = 24;
  const perBatch = 12_500;
  const warmUp = 5_000;
  const figures: { waiting: number; abandoning: number; serviceLevel: number; asa: number }[] = [];
  let now = 0;
  for (let b = -1; b < batches; b++) {
    const size = b < 0 ? warmUp : perBatch;
    let waited = 0;
    let abandoned = 0;
    let within = 0;
    let answered = 0;
    let waitSum = 0;
    for (let i = 0; i < size; i++) {
      now += draw(interval / contacts);
      const service = draw(handleTime);
      const patienceDraw = draw(patience);
      const wait = free[0]! > now ? free[0]! - now : 0;
      if (wait > 0) waited++;
      if (wait < patienceDraw) {
        answered++;
        waitSum += wait;
        if (wait <= answerWithin) within++;
        siftDown(free, now + wait + service);
      } else abandoned++;
    }
    if (b >= 0) figures.push({ waiting: waited / size, abandoning: abandoned / size, serviceLevel: (within / size) * 100, asa: waitSum / answered });
  }
  const summary = (key: keyof (typeof figures)[number]) => {
    const xs = figures.map((f) => f[key]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    return { mean, standardError: Math.sqrt(variance / xs.length) };
  };
  return { waiting: summary('waiting'), abandoning: summary('abandoning'), serviceLevel: summary('serviceLevel'), asa: summary('asa') };
}

/** Replaces the heap's smallest value by `value` and restores the heap. */
function siftDown(heap: Float64Array, value: number): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && heap[r]! < heap[l]! ? r : l;
    if (heap[c]! >= value) break;
    heap[i] = heap[c]!;
    i = c;
  }
  heap[i] = value;
}

describe('erlangA against a seeded simulation of 300,000 contacts', () => {
  test.each([
    ['10 Erlangs, 11 agents, patience 2 minutes', [100, 1800, 180, 11, 120, 20], 1],
    ['10 Erlangs, 8 agents (overloaded), patience 1 minute', [100, 1800, 180, 8, 60, 20], 2],
    ['a small queue: 1.7 Erlangs, 2 agents, patience 30 s', [20, 3600, 300, 2, 30, 15], 3],
  ] as const)('%s: every figure within 4 standard errors', (_name, input, seed) => {
    const [contacts, interval, handleTime, agents, patience, answerWithin] = input;
    const model = erlangA({ contacts, interval, handleTime, agents, patience, answerWithin });
    const sim = simulate(contacts, interval, handleTime, agents, patience, answerWithin, seed);
    const within = (s: { mean: number; standardError: number }, value: number): void => {
      expect(Math.abs(s.mean - value), `simulated ${s.mean} ± ${s.standardError}, model ${value}`).toBeLessThanOrEqual(4 * s.standardError);
    };
    within(sim.waiting, model.probabilityOfWaiting);
    within(sim.abandoning, model.probabilityOfAbandoning);
    within(sim.serviceLevel, model.serviceLevel);
    within(sim.asa, model.averageSpeedOfAnswer);
  });
});

describe('bad input', () => {
  test.each([
    [{ ...TEN_ERLANGS, agents: 14, contacts: 0 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 14, contacts: -1 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 14, contacts: Infinity }, 'NOT_FINITE'],
    [{ ...TEN_ERLANGS, agents: 14, contacts: NaN }, 'NOT_FINITE'],
    [{ ...TEN_ERLANGS, agents: 14, interval: 0 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 14, handleTime: -180 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 14, handleTime: '180' }, 'INVALID_TYPE'],
    [{ ...TEN_ERLANGS, agents: 14, answerWithin: -1 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 0 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 12.5 }, 'NOT_INTEGER'],
    [{ ...TEN_ERLANGS }, 'INVALID_TYPE'],
    [{ ...TEN_ERLANGS, agents: 14, aht: 180 }, 'INVALID_TYPE'],
    [null, 'INVALID_TYPE'],
    [[1, 2], 'INVALID_TYPE'],
  ])('erlangC(%j) throws %s', (input, code) => {
    expect(metricErrorOf(() => erlangC(input as never)).code).toBe(code);
  });

  test.each([
    [{ ...TEN_ERLANGS, agents: 14 }, 'INVALID_TYPE'],
    [{ ...TEN_ERLANGS, agents: 14, patience: 0 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 14, patience: Infinity }, 'NOT_FINITE'],
    [{ ...TEN_ERLANGS, agents: 14, patience: -5 }, 'OUT_OF_RANGE'],
    [{ ...TEN_ERLANGS, agents: 2_000_000, patience: 60 }, 'OUT_OF_RANGE'],
  ])('erlangA(%j) throws %s', (input, code) => {
    expect(metricErrorOf(() => erlangA(input as never)).code).toBe(code);
  });

  test('the message names the function and the field', () => {
    expect(metricErrorOf(() => erlangC({ ...TEN_ERLANGS, agents: 12.5 })).message).toBe('erlangC: agents 12.5 is not a whole number');
  });
});
