import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';
import { readAgents, readPositive, readTraffic, readTrafficSpec, erlangB, type ReadTraffic } from './traffic.js';
import type { ErlangCInput, QueueForecast } from './erlang-c.js';
import { integrateLogConcave, type LogConcave } from './integrate.js';

/** What {@link erlangA} reads: as {@link erlangC}, and how long contacts are willing to wait. Times in seconds. */
export interface ErlangAInput extends ErlangCInput {
  /** The mean patience of a waiting contact in seconds: the mean time before a caller who is not answered hangs up; from 1e-9 to 1e12 times the handle time. */
  readonly patience: number;
}

/** The Erlang A figures of {@link erlangA}. */
export interface ErlangA extends QueueForecast {
  /** The probability that a contact hangs up before it is answered, 0–1. */
  readonly probabilityOfAbandoning: number;
}

/**
 * The Erlang A figures of `n` agents for checked traffic and patience
 * (seconds), given B = Erlang B of n − 1 agents.
 *
 * With λ arrivals per second, n agents serving at rate μ = 1 / AHT each
 * and patience at rate θ = 1 / patience, the offered wait V (the wait of a
 * contact that would never hang up) is 0 with probability 1 − P(wait) and
 * otherwise has the density c·exp(λ·H(v) − nμ·v), H(v) = (1 − e^(−θv)) / θ
 * (Baccelli and Hebuterne 1981; Zeltyn and Mandelbaum 2005). A contact is
 * answered when V is below its patience, with probability e^(−θV). With
 * J = ∫₀^∞ exp(λH(v) − nμv) dv and B = Erlang B of n − 1 agents,
 * P(wait) = λJB / (1 + λJB); every other figure is an expectation under the
 * density of V, each an integral of a log-concave function computed around
 * its peak, so that the model is stable for any n, also n ≤ A.
 */
export function erlangAFigures(t: ReadTraffic, n: number, patience: number, b: number): ErlangA {
  return figures(t, n, patience, b, true);
}

/** The service level and occupancy only, which a staffing search compares: two of the five integrals. */
export function erlangATargets(t: ReadTraffic, n: number, patience: number, b: number): { readonly serviceLevel: number; readonly occupancy: number } {
  return figures(t, n, patience, b, false);
}

function figures(t: ReadTraffic, n: number, patience: number, b: number, all: true): ErlangA;
function figures(t: ReadTraffic, n: number, patience: number, b: number, all: boolean): { readonly serviceLevel: number; readonly occupancy: number };
function figures(t: ReadTraffic, n: number, patience: number, b: number, complete: boolean): ErlangA | { readonly serviceLevel: number; readonly occupancy: number } {
  const lambda = t.arrivalRate;
  const theta = 1 / patience;
  const s = n / t.handleTime;
  // H(v) = (1 − e^(−θv)) / θ, accurate also when θv is tiny (patience far above the waits)
  const h = (v: number): number => -Math.expm1(-theta * v) / theta;
  const all: LogConcave = { psi: (v) => lambda * h(v) - s * v, slope: (v) => lambda * Math.exp(-theta * v) - s };
  const served: LogConcave = { psi: (v) => lambda * h(v) - (s + theta) * v, slope: (v) => lambda * Math.exp(-theta * v) - s - theta };
  const abandoned: LogConcave = {
    psi: (v) => all.psi(v) + Math.log(-Math.expm1(-theta * v)),
    slope: (v) => all.slope(v) + theta / Math.expm1(theta * v),
  };
  const servedWait: LogConcave = { psi: (v) => served.psi(v) + Math.log(v), slope: (v) => served.slope(v) + 1 / v };
  const j = integrateLogConcave(all, 0, Infinity);
  const logJ = j.log + Math.log(j.value);
  const ratio = (f: LogConcave, to: number): number => {
    const r = integrateLogConcave(f, 0, to);
    return r.value === 0 ? 0 : Math.exp(r.log - j.log) * (r.value / j.value);
  };
  // w = λJB: P(wait) = w / (1 + w), computed from log w so that neither a huge J nor a tiny B overflows
  const logW = Math.log(lambda) + logJ + Math.log(b);
  const waits = 1 / (1 + Math.exp(-logW));
  const noWait = 1 / (1 + Math.exp(logW));
  const withinTarget = noWait + waits * ratio(served, t.answerWithin);
  const a = t.intensity;
  // busy agents: Σ_{j<n} j·p_j + n·P(wait) = A(1 − P(wait))(1 − B) + n·P(wait), as a share of n
  const occupancy = (1 - noWait * (1 - (a / n) * (1 - b))) * 100;
  if (!complete) return { serviceLevel: withinTarget * 100, occupancy };
  const abandons = waits * ratio(abandoned, Infinity);
  const answered = noWait + waits * ratio(served, Infinity);
  return {
    trafficIntensity: a,
    probabilityOfWaiting: waits,
    probabilityOfAbandoning: abandons,
    serviceLevel: withinTarget * 100,
    averageSpeedOfAnswer: (waits * ratio(servedWait, Infinity)) / answered,
    occupancy,
  };
}

/**
 * The Erlang A model of a queue whose callers hang up when they wait too
 * long: the chance of waiting and of abandoning, the service level, the
 * average speed of answer and the occupancy of `agents` agents.
 *
 * @summary Erlang A (M/M/N+M): waiting, abandoning, service level, ASA and occupancy with impatient contacts.
 *
 * @remarks
 * The M/M/N+M queue (Palm 1943; Garnett, Mandelbaum and Reiman 2002):
 * Poisson arrivals of λ = contacts / interval, N agents with exponential
 * handle times of mean AHT, and an exponential patience of mean `patience`
 * for each waiting contact, who hangs up when it runs out. The figures are
 * exact, computed from the distribution of the offered wait V (see
 * docs/contact-centre.md): with H(v) = (1 − e^(−v/patience))·patience,
 * J = ∫₀^∞ exp(λH(v) − N·v/AHT) dv and B the Erlang B formula of N − 1
 * agents, P(wait) = λJB / (1 + λJB); P(abandon) = P(wait)·E[1 − e^(−V/patience)];
 * service level = (1 − P(wait) + P(wait)·E[e^(−V/patience); V ≤ t]) × 100,
 * the contacts answered within t over all contacts, so that abandons count
 * against it; average speed of answer = the mean wait of the contacts
 * answered; occupancy = busy agents / N × 100 = A·(1 − P(abandon)) / N × 100.
 * The integrals are computed around their peaks by adaptive Gauss–Kronrod
 * quadrature, relative to the peak, so the model is stable for any N,
 * also N ≤ A, where Erlang C has no answer; as patience grows it tends to
 * {@link erlangC}. Times are in seconds.
 *
 * @param input - {@link ErlangAInput}: `{ contacts, interval, handleTime, agents, patience, answerWithin }`.
 * @returns The {@link ErlangA} figures.
 * @throws {@link MetricError} As {@link erlangC} (but any number of agents
 *   is stable), and `OUT_OF_RANGE` for a patience ≤ 0 or outside 1e-9 to
 *   1e12 times the handle time, the range the model is computed for.
 *
 * @example
 * ```ts
 * // 100 calls in 30 minutes, 3 minutes each, callers who wait 2 minutes on average
 * const a = erlangA({ contacts: 100, interval: 1800, handleTime: 180, agents: 14, patience: 120, answerWithin: 20 });
 * a.probabilityOfWaiting < 0.1741319; // => true
 * a.serviceLevel > 88.835; // => true
 * // 9 agents for 10 Erlangs: Erlang C refuses it, Erlang A says about a fifth of the callers hang up
 * erlangA({ contacts: 100, interval: 1800, handleTime: 180, agents: 9, patience: 120, answerWithin: 20 }).probabilityOfAbandoning.toFixed(2); // => '0.19'
 * ```
 */
export function erlangA(input: ErlangAInput): ErlangA {
  const fn = 'erlangA';
  const s = readTrafficSpec(fn, input, ['agents', 'patience'], '{ contacts, interval, handleTime, agents, patience, answerWithin }');
  const t = readTraffic(fn, s);
  const n = readAgents(fn, 'agents', s['agents']);
  const patience = checkPatience(fn, 'patience', readPositive(fn, 'patience', s['patience']), t.handleTime);
  return erlangAFigures(t, n, patience, erlangB(t.intensity, n - 1));
}

/**
 * Checks a positive patience against the handle time: the integrals are
 * computed for patiences from 1e-9 to 1e12 times the handle time (beyond,
 * NaN was seen), so one outside is `OUT_OF_RANGE` naming `name`.
 */
export function checkPatience(fn: string, name: string, patience: number, handleTime: number): number {
  const ratio = patience / handleTime;
  if (!(ratio >= 1e-9 && ratio <= 1e12)) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `${name} ${describeValue(patience)} is ${ratio < 1 ? 'below 1e-9' : 'above 1e12'} times the handle time ${describeValue(handleTime)}; the model is computed for patiences from 1e-9 to 1e12 times the handle time (far outside, every caller hangs up at once, or none ever does: use erlangC)`,
    );
  }
  return patience;
}
