import { describeValue } from '../_lib/describe.js';
import { share } from '../_lib/rate.js';
import { fail } from '../_lib/validate.js';
import { erlangB, readAgents, readTraffic, readTrafficSpec, type ReadTraffic, type Traffic } from './traffic.js';

/** What {@link erlangC} reads: an interval's traffic and the agents answering it. Times in seconds. */
export interface ErlangCInput extends Traffic {
  /** Agents answering contacts in the interval (on the phones, after shrinkage): a whole number ≥ 1. */
  readonly agents: number;
}

/** What a queue model predicts for one interval. */
export interface QueueForecast {
  /** A = contacts × handleTime / interval, in Erlangs: how many agents the work would keep busy without a break. */
  readonly trafficIntensity: number;
  /** The probability that a contact waits at all, 0–1. */
  readonly probabilityOfWaiting: number;
  /** The percentage of contacts answered within `answerWithin`, 0–100. */
  readonly serviceLevel: number;
  /** The mean wait of the contacts answered, in seconds. */
  readonly averageSpeedOfAnswer: number;
  /** The percentage of the agents' time spent handling contacts, 0–100. */
  readonly occupancy: number;
}

/** The Erlang C figures of {@link erlangC}. */
export type ErlangC = QueueForecast;

/**
 * The Erlang C figures of `n` agents for checked traffic, given B = Erlang B
 * of n agents (n > A, which the caller has checked).
 */
export function erlangCFigures(t: ReadTraffic, n: number, b: number): ErlangC {
  const a = t.intensity;
  const c = (n * b) / (n - a * (1 - b));
  return {
    trafficIntensity: a,
    probabilityOfWaiting: c,
    serviceLevel: (1 - c * Math.exp((-(n - a) * t.answerWithin) / t.handleTime)) * 100,
    averageSpeedOfAnswer: (c * t.handleTime) / (n - a),
    occupancy: share(a, n),
  };
}

/** Refuses n ≤ A: a queue that grows without bound has no Erlang C figures. */
export function refuseUnstable(fn: string, t: ReadTraffic, n: number): void {
  if (n <= t.intensity) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `${n} agents cannot keep up with a traffic of ${describeValue(t.intensity)} Erlangs ` +
        `(contacts × handleTime / interval): without abandons the queue grows without bound; ` +
        `staff more than ${describeValue(t.intensity)} agents, or use erlangA, where contacts abandon`,
    );
  }
}

/**
 * The Erlang C model of a queue: the chance of waiting, the service level,
 * the average speed of answer and the occupancy of `agents` agents.
 *
 * @summary Erlang C (M/M/N): probability of waiting, service level, ASA and occupancy.
 *
 * @remarks
 * A = contacts × handleTime / interval (Erlangs, the traffic intensity).
 * The Erlang C formula, the probability that a contact waits, is
 * C = N·B / (N − A·(1 − B)) with B the Erlang B formula of N agents,
 * computed by its stable recursion B(k) = A·B(k − 1) / (k + A·B(k − 1)),
 * which stays exact for thousands of agents where Aᴺ/N! would overflow.
 * Then service level = (1 − C·e^(−(N − A)·t / AHT)) × 100 for the target
 * answer time t, average speed of answer = C·AHT / (N − A) seconds and
 * occupancy = A / N × 100. The model (Erlang 1917; the M/M/N queue) assumes
 * Poisson arrivals, exponential handle times, first come first served, and
 * customers who never hang up: see docs/contact-centre.md for when that
 * overstaffs and {@link erlangA} does better. N ≤ A is an unstable queue
 * (it grows without bound) and is refused. Times are in seconds. Cost: N
 * steps.
 *
 * @param input - {@link ErlangCInput}: `{ contacts, interval, handleTime, agents, answerWithin }`.
 * @returns The {@link ErlangC} figures.
 * @throws {@link MetricError} `INVALID_TYPE` for an input that is not an
 *   object, a missing field or an unknown one; `NOT_FINITE`; `OUT_OF_RANGE`
 *   for contacts, interval or handle time ≤ 0, a negative `answerWithin`,
 *   agents below 1 or above 1,000,000, and agents ≤ A (an unstable queue);
 *   `NOT_INTEGER` for fractional agents.
 *
 * @example
 * ```ts
 * // 100 calls in 30 minutes, 3 minutes each: 10 Erlangs; 14 agents (pyworkforce's and the ErlangC R package's example)
 * const c = erlangC({ contacts: 100, interval: 1800, handleTime: 180, agents: 14, answerWithin: 20 });
 * c.trafficIntensity; // => 10
 * c.probabilityOfWaiting.toFixed(7); // => '0.1741319'
 * c.serviceLevel.toFixed(4); // => '88.8350'
 * c.averageSpeedOfAnswer.toFixed(4); // => '7.8359'
 * c.occupancy; // => 71.42857142857143
 * erlangC({ contacts: 1, interval: 60, handleTime: 30, agents: 1, answerWithin: 0 }).probabilityOfWaiting; // => 0.5
 * ```
 */
export function erlangC(input: ErlangCInput): ErlangC {
  const fn = 'erlangC';
  const s = readTrafficSpec(fn, input, ['agents'], '{ contacts, interval, handleTime, agents, answerWithin }');
  const t = readTraffic(fn, s);
  const n = readAgents(fn, 'agents', s['agents']);
  refuseUnstable(fn, t, n);
  return erlangCFigures(t, n, erlangB(t.intensity, n));
}
