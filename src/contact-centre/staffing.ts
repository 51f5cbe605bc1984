import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { share } from '../_lib/rate.js';
import { formatInstant, readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import {
  atIndex,
  fail,
  readFinite,
  readObject,
  readOptions,
  readPercentageOption,
  readPositiveOption,
  rejectUnknownFields,
} from '../_lib/validate.js';
import { checkPatience, erlangAFigures, erlangATargets, type ErlangA } from './erlang-a.js';
import { erlangCFigures, type ErlangC } from './erlang-c.js';
import { erlangB, MAX_AGENTS, nextErlangB, readPositive, readSeconds, trafficOf, type ReadTraffic, type Traffic } from './traffic.js';

/** The staffing target of {@link requiredAgents}: the traffic, the service level to meet, and the limits. */
export interface StaffingTarget extends Traffic {
  /** The service level to meet, a percentage strictly between 0 and 100: 80 for "80% answered within `answerWithin`". */
  readonly serviceLevel: number;
  /** The highest occupancy allowed, a percentage above 0 and at most 100; default: no cap. */
  readonly maxOccupancy?: number;
  /**
   * The share of paid time agents are not on the phones (breaks, training,
   * absence), a percentage from 0 to below 100; default 0. It turns the
   * agents needed into the agents to schedule.
   */
  readonly shrinkage?: number;
}

/** A staffing target planned with Erlang A: contacts that wait too long hang up. */
export interface StaffingTargetWithPatience extends StaffingTarget {
  /** The mean patience of a waiting contact in seconds; with it, {@link requiredAgents} plans with {@link erlangA}; from 1e-9 to 1e12 times the handle time. */
  readonly patience: number;
}

/** What a staffing plan needs for one interval: the model's figures at `agents`, and the agents to schedule. */
export type Staffing<F extends ErlangC = ErlangC> = F & {
  /** The fewest agents on the phones that meet the service level and the occupancy cap. */
  readonly agents: number;
  /** The agents to schedule: ⌈agents / (1 − shrinkage / 100)⌉, exact in the shrinkage's decimal digits. */
  readonly scheduled: number;
};

const TARGET_FIELDS = ['serviceLevel', 'maxOccupancy', 'shrinkage', 'patience'] as const;

/** A checked staffing target, without its traffic. */
interface Goal {
  readonly serviceLevel: number;
  /** The occupancy cap as a percentage; 100 when none is given. */
  readonly maxOccupancy: number;
  readonly shrinkage: number;
  /** The mean patience in seconds, or NaN for Erlang C. */
  readonly patience: number;
}

/**
 * The fewest agents that meet a service level, with an occupancy cap and
 * shrinkage: what to staff in one interval.
 *
 * @summary Agents needed for a service level (Erlang C, or Erlang A with `patience`), and agents to schedule.
 *
 * @remarks
 * With Erlang C ({@link erlangC}): the service level rises with every
 * agent, so the search starts at ⌊A⌋ + 1, the fewest agents for which the
 * queue is stable, and adds one agent at a time (one step of the Erlang B
 * recursion each) until the service level is met: N_sl. (pyworkforce
 * starts at round(A + 1), so at A = 0.6 it returns 2 agents where 1
 * suffices.) With `maxOccupancy`, agents = max(N_sl, ⌈A / (maxOccupancy / 100)⌉),
 * the fewest for which A / N × 100 ≤ maxOccupancy. Then
 * scheduled = ⌈agents / (1 − shrinkage / 100)⌉, computed exactly in the
 * decimal digits of `shrinkage` (153 agents at 59.2% are 375 scheduled,
 * not the 376 of doubles). With `patience`, the same
 * with {@link erlangA}, whose service level counts abandons against it and
 * which is stable for any number of agents, so the search starts at 1 (by
 * doubling, then bisection). A service level equal to the target meets it.
 * The result holds the model's figures at `agents`. Times are in seconds.
 *
 * @param target - {@link StaffingTarget}: `{ contacts, interval, handleTime, answerWithin, serviceLevel, maxOccupancy?, shrinkage?, patience? }`.
 * @returns The {@link Staffing}: `agents`, `scheduled` and the model's figures at `agents`.
 * @throws {@link MetricError} As {@link erlangC} for the traffic; `OUT_OF_RANGE`
 *   for a service level outside (0, 100), a `maxOccupancy` outside (0, 100],
 *   a shrinkage outside [0, 100), or one so near 100% that the agents to schedule exceed 2^53 − 1,
 *   a patience ≤ 0 or outside 1e-9 to 1e12 times the handle time; `INVALID_TYPE` for an
 *   unknown field.
 *
 * @example
 * ```ts
 * // pyworkforce's example: 100 calls in 30 minutes, 3 minutes each, 80% within 20 s, occupancy at most 85%, 30% shrinkage
 * const plan = requiredAgents({ contacts: 100, interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80, maxOccupancy: 85, shrinkage: 30 });
 * [plan.agents, plan.scheduled]; // => [14, 20]
 * plan.serviceLevel.toFixed(4); // => '88.8350'
 * // A = 0.6 Erlangs: one agent answers 80% within 30 minutes
 * requiredAgents({ contacts: 6, interval: 3600, handleTime: 360, answerWithin: 1800, serviceLevel: 80 }).agents; // => 1
 * ```
 */
export function requiredAgents(target: StaffingTargetWithPatience): Staffing<ErlangA>;
export function requiredAgents(target: StaffingTarget): Staffing;
export function requiredAgents(target: StaffingTarget | StaffingTargetWithPatience): Staffing | Staffing<ErlangA> {
  const fn = 'requiredAgents';
  const s = readObject(fn, 'input', target, '{ contacts, interval, handleTime, answerWithin, serviceLevel, maxOccupancy?, shrinkage?, patience? }');
  rejectUnknownFields(fn, 'input', s, ['contacts', 'interval', 'handleTime', 'answerWithin', ...TARGET_FIELDS]);
  const traffic = trafficOf(
    fn,
    readPositive(fn, 'contacts', s['contacts']),
    readPositive(fn, 'interval', s['interval']),
    readPositive(fn, 'handleTime', s['handleTime']),
    readSeconds(fn, 'answerWithin', s['answerWithin']),
  );
  return staff(fn, traffic, readGoal(fn, s, ''));
}

/** Reads the target fields; `where` names their owner in messages (`input.` or `option `). */
function readGoal(fn: string, s: Readonly<Record<string, unknown>>, where: string): Goal {
  const level = readFinite(fn, `${where}serviceLevel`, required(fn, `${where}serviceLevel`, s['serviceLevel']));
  if (!(level > 0 && level < 100)) {
    fail('OUT_OF_RANGE', fn, `${where}serviceLevel ${describeValue(level)} must be a percentage strictly between 0 and 100`);
  }
  let cap = 100;
  if (s['maxOccupancy'] !== undefined) {
    cap = readFinite(fn, `${where}maxOccupancy`, s['maxOccupancy']);
    if (!(cap > 0 && cap <= 100)) fail('OUT_OF_RANGE', fn, `${where}maxOccupancy ${describeValue(cap)} must be a percentage above 0 and at most 100`);
  }
  let shrinkage = 0;
  if (s['shrinkage'] !== undefined) {
    shrinkage = readFinite(fn, `${where}shrinkage`, s['shrinkage']);
    if (!(shrinkage >= 0 && shrinkage < 100)) {
      fail('OUT_OF_RANGE', fn, `${where}shrinkage ${describeValue(shrinkage)} must be a percentage from 0 to below 100`);
    }
  }
  const patience = s['patience'] === undefined ? NaN : readPositive(fn, `${where}patience`, s['patience']);
  return { serviceLevel: level, maxOccupancy: cap, shrinkage, patience };
}

function required(fn: string, name: string, value: unknown): unknown {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  return value;
}

/** Plans one interval of checked traffic. */
function staff(fn: string, t: ReadTraffic, goal: Goal): Staffing | Staffing<ErlangA> {
  const figures = goal.patience === goal.patience ? staffErlangA(fn, t, goal) : staffErlangC(fn, t, goal);
  const staffing = figures as { agents: number; scheduled?: number };
  staffing.scheduled = scheduledFor(fn, figures.agents, goal.shrinkage);
  return staffing as Staffing | Staffing<ErlangA>;
}

function staffErlangC(fn: string, t: ReadTraffic, goal: Goal): ErlangC & { readonly agents: number } {
  const a = t.intensity;
  let n = Math.floor(a) + 1;
  let b = erlangB(a, n);
  // the service level of n agents, as erlangCFigures computes it, without building the figures for every n
  for (;;) {
    const c = (n * b) / (n - a * (1 - b));
    if ((1 - c * Math.exp((-(n - a) * t.answerWithin) / t.handleTime)) * 100 >= goal.serviceLevel) break;
    if (n >= MAX_AGENTS) unreachable(fn, goal);
    n++;
    b = nextErlangB(a, n, b);
  }
  const capped = fewestUnderCap(fn, a, goal.maxOccupancy);
  while (n < capped) {
    n++;
    b = nextErlangB(a, n, b);
  }
  const figures = erlangCFigures(t, n, b);
  return {
    agents: n,
    trafficIntensity: figures.trafficIntensity,
    probabilityOfWaiting: figures.probabilityOfWaiting,
    serviceLevel: figures.serviceLevel,
    averageSpeedOfAnswer: figures.averageSpeedOfAnswer,
    occupancy: figures.occupancy,
  };
}

/** The fewest agents N with A / N × 100 ≤ cap, as {@link share} computes the occupancy. */
function fewestUnderCap(fn: string, a: number, cap: number): number {
  let n = Math.max(1, Math.ceil((a * 100) / cap));
  if (!(n <= MAX_AGENTS)) {
    fail('OUT_OF_RANGE', fn, `no number of agents up to ${MAX_AGENTS.toLocaleString('en')} keeps the occupancy at or below ${describeValue(cap)}%`);
  }
  while (share(a, n) > cap) n++;
  while (n > 1 && share(a, n - 1) <= cap) n--;
  return n;
}

function staffErlangA(fn: string, t: ReadTraffic, goal: Goal): ErlangA & { readonly agents: number } {
  checkPatience(fn, 'patience', goal.patience, t.handleTime);
  const meets = (n: number): boolean => {
    const f = erlangATargets(t, n, goal.patience, erlangB(t.intensity, n - 1));
    return f.serviceLevel >= goal.serviceLevel && f.occupancy <= goal.maxOccupancy;
  };
  // the service level rises and the occupancy falls with every agent: from a guess near the traffic,
  // step by doubling until the answer is bracketed (lo fails, hi meets), then bisect
  let lo: number;
  let hi = Math.max(1, Math.round(t.intensity));
  if (meets(hi)) {
    let step = 1;
    for (; hi - step >= 1 && meets(hi - step); step *= 2) hi -= step;
    // hi − step fails, or is below 1 agent (0 stands for "fails")
    lo = Math.max(0, hi - step);
  } else {
    lo = hi;
    for (let step = 1; ; step *= 2) {
      if (hi >= MAX_AGENTS) unreachable(fn, goal);
      hi = Math.min(lo + step, MAX_AGENTS);
      if (meets(hi)) break;
      lo = hi;
    }
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return { agents: hi, ...erlangAFigures(t, hi, goal.patience, erlangB(t.intensity, hi - 1)) };
}

function unreachable(fn: string, goal: Goal): never {
  fail('OUT_OF_RANGE', fn, `no number of agents up to ${MAX_AGENTS.toLocaleString('en')} meets a service level of ${goal.serviceLevel}%`);
}

/**
 * The agents to schedule: the fewest m with m × (1 − shrinkage / 100) ≥
 * agents, in exact arithmetic on the shrinkage's decimal digits (its
 * shortest form, as `String` writes it), so that 14 agents at 30% give 20
 * and 153 at 59.2% give 375, where doubles give 21 and 376. Refuses a count
 * above 2^53 − 1, which no double holds exactly (at a shrinkage of
 * 99.99999999999%, more than 900 agents).
 */
export function scheduledFor(fn: string, agents: number, shrinkage: number): number {
  if (shrinkage === 0) return agents;
  // shrinkage = digits / 10^scale; 100 − shrinkage = onPhones / 10^scale, above 0
  const [, whole, fraction = '', exponent = '0'] = /^(\d+)(?:\.(\d+))?(?:e-(\d+))?$/.exec(String(shrinkage))!;
  const unit = 10n ** BigInt(fraction.length + Number(exponent));
  const onPhones = 100n * unit - BigInt(whole! + fraction);
  const need = BigInt(agents) * 100n * unit;
  const m = (need + onPhones - 1n) / onPhones;
  if (m > BigInt(Number.MAX_SAFE_INTEGER)) {
    fail(
      'OUT_OF_RANGE',
      fn,
      `shrinkage ${describeValue(shrinkage)} leaves too little time on the phones: ${agents} agents would need more than ${Number.MAX_SAFE_INTEGER} scheduled`,
    );
  }
  return Number(m);
}

// ---------------------------------------------------------------------------
// A day's plan

/** One interval of a forecast: when it starts, the contacts expected, and optionally its own handle time. */
export interface ForecastInterval {
  /** When the interval starts: a `Date`, epoch milliseconds or an ISO-8601 string with an offset. */
  readonly start: Timestamp;
  /** Contacts expected in the interval, ≥ 0 (a forecast may be fractional). */
  readonly contacts: number;
  /** The interval's average handle time in seconds; default: option `handleTime`. */
  readonly handleTime?: number;
}

/** Options of {@link staffingPlan}: what {@link requiredAgents} takes besides the contacts. */
export interface StaffingPlanOptions {
  /** The length of every interval in seconds, e.g. 1800. */
  readonly interval: number;
  /** The average handle time in seconds, for intervals that do not give their own. */
  readonly handleTime?: number;
  /** The target answer time in seconds. */
  readonly answerWithin: number;
  /** The service level to meet in every interval, 0–100 (exclusive). */
  readonly serviceLevel: number;
  /** The highest occupancy allowed, 0–100; default: no cap. */
  readonly maxOccupancy?: number;
  /** Shrinkage, 0 to below 100; default 0. */
  readonly shrinkage?: number;
  /** The mean patience in seconds: plan with Erlang A instead of Erlang C. */
  readonly patience?: number;
}

/** Options of {@link staffingPlan} that plan with Erlang A. */
export interface StaffingPlanOptionsWithPatience extends StaffingPlanOptions {
  readonly patience: number;
}

/** One row of a {@link staffingPlan}: the interval, its traffic, and its staffing. */
export type PlannedInterval<F extends ErlangC = ErlangC> = Staffing<F> & {
  /** When the interval starts. */
  readonly start: Date;
  /** The contacts forecast. */
  readonly contacts: number;
  /** The handle time planned with, in seconds. */
  readonly handleTime: number;
};

const PLAN_OPTION_KEYS = [
  'interval',
  'handleTime',
  'answerWithin',
  'serviceLevel',
  'maxOccupancy',
  'shrinkage',
  'patience',
] as const satisfies readonly (keyof StaffingPlanOptions)[];

/**
 * A day's staffing: {@link requiredAgents} for every interval of a
 * forecast, as a table a scheduler can read.
 *
 * @summary Agents needed and to schedule per interval of a forecast.
 *
 * @remarks
 * Each row holds the interval's start (a `Date`), its contacts and handle
 * time, and {@link requiredAgents} of that traffic with the options'
 * targets: `agents`, `scheduled` and the model's figures. An interval gives
 * its own `handleTime` or takes option `handleTime`. An interval with no
 * contacts forecast needs no one: its row has 0 agents, 0 scheduled, a
 * traffic and occupancy of 0, no waiting (and no abandons), and a service
 * level of 100. Intervals must be in time order and may not overlap (each
 * starts at least `interval` seconds after the one before); gaps (closed
 * hours) are fine. Rows come in the forecast's order. Times are in seconds.
 *
 * @param forecast - {@link ForecastInterval}s `{ start, contacts, handleTime? }`, an array or any iterable.
 * @param options - {@link StaffingPlanOptions}: `{ interval, handleTime?, answerWithin, serviceLevel, maxOccupancy?, shrinkage?, patience? }`.
 * @returns One {@link PlannedInterval} per forecast interval.
 * @throws {@link MetricError} `INVALID_OPTION` for a missing, unknown or
 *   out-of-range option; `INVALID_TYPE` for a forecast that is not a list,
 *   an interval that is not an object, has an unknown field, or misses
 *   `start` or `contacts` (or a handle time, when the options give none);
 *   `INVALID_DATE` for a start that cannot be read; `NOT_FINITE`;
 *   `OUT_OF_RANGE` for negative contacts, a handle time ≤ 0, or an interval
 *   that starts less than `interval` seconds after the one before;
 *   `NEGATIVE_DURATION` for one that starts before it.
 *
 * @example
 * ```ts
 * const forecast = [
 *   { start: '2026-11-09T09:00:00Z', contacts: 100 },
 *   { start: '2026-11-09T09:30:00Z', contacts: 60 },
 *   { start: '2026-11-09T10:00:00Z', contacts: 0 },
 * ];
 * const plan = staffingPlan(forecast, { interval: 1800, handleTime: 180, answerWithin: 20, serviceLevel: 80, shrinkage: 30 });
 * plan.map((row) => [row.start.toISOString().slice(11, 16), row.agents, row.scheduled]); // => [['09:00', 14, 20], ['09:30', 9, 13], ['10:00', 0, 0]]
 * ```
 */
export function staffingPlan(
  forecast: Iterable<ForecastInterval> | ArrayLike<ForecastInterval>,
  options: StaffingPlanOptionsWithPatience,
): PlannedInterval<ErlangA>[];
export function staffingPlan(forecast: Iterable<ForecastInterval> | ArrayLike<ForecastInterval>, options: StaffingPlanOptions): PlannedInterval[];
export function staffingPlan(
  forecast: Iterable<ForecastInterval> | ArrayLike<ForecastInterval>,
  options: StaffingPlanOptions,
): PlannedInterval[] | PlannedInterval<ErlangA>[] {
  const fn = 'staffingPlan';
  const o = readOptions(fn, options, PLAN_OPTION_KEYS);
  if (o['interval'] === undefined) fail('INVALID_OPTION', fn, 'option interval is missing: the length of every interval in seconds, e.g. 1800');
  const interval = readPositiveOption(fn, 'interval', o['interval'], 0);
  const handleTime = readPositiveOption(fn, 'handleTime', o['handleTime']);
  const answerWithin = readNonNegativeSeconds(fn, o['answerWithin']);
  const level = o['serviceLevel'];
  if (level === undefined) fail('INVALID_OPTION', fn, 'option serviceLevel is missing: a plan meets a service level');
  if (typeof level !== 'number' || !(level > 0 && level < 100)) {
    fail('INVALID_OPTION', fn, `option serviceLevel must be a percentage strictly between 0 and 100, got ${describeValue(level)}`);
  }
  const cap = readPercentageOption(fn, 'maxOccupancy', o['maxOccupancy'], 100);
  if (!(cap > 0)) fail('INVALID_OPTION', fn, 'option maxOccupancy must be above 0: no agent can be busy 0% of the time and answer');
  const goal: Goal = {
    serviceLevel: level,
    maxOccupancy: cap,
    shrinkage: readPercentageOption(fn, 'shrinkage', o['shrinkage'], 0, true),
    patience: readPositiveOption(fn, 'patience', o['patience'], NaN),
  };
  const input = readInput(fn, forecast, { records: 'forecast intervals { start, contacts, handleTime? }' });
  const rows = input.records;
  const plan: (PlannedInterval | PlannedInterval<ErlangA>)[] = [];
  let previous = NaN;
  for (let i = 0; i < rows.length; i++) {
    const name = `forecast[${i}]`;
    try {
      const row = readObject(fn, name, rows[i], '{ start, contacts, handleTime? }');
      rejectUnknownFields(fn, name, row, ['start', 'contacts', 'handleTime']);
      const start = readTimestamp(fn, `${name}.start`, row['start'], i);
      if (start <= previous) {
        fail('NEGATIVE_DURATION', fn, `${name}.start (${formatInstant(start)}) is not after forecast[${i - 1}].start (${formatInstant(previous)}); intervals must be in time order`, i);
      }
      if (start < previous + interval * 1000) {
        fail('OUT_OF_RANGE', fn, `${name}.start (${formatInstant(start)}) is less than ${interval} s after forecast[${i - 1}].start (${formatInstant(previous)}): the intervals overlap`, i);
      }
      previous = start;
      const contacts = readFinite(fn, `${name}.contacts`, required(fn, `${name}.contacts`, row['contacts']));
      if (contacts < 0) fail('OUT_OF_RANGE', fn, `${name}.contacts ${describeValue(contacts)} is negative`, i);
      const aht = row['handleTime'] === undefined ? handleTime : readPositive(fn, `${name}.handleTime`, row['handleTime']);
      if (aht === undefined) fail('INVALID_TYPE', fn, `${name}.handleTime is missing, and option handleTime is not given`, i);
      const staffing = contacts === 0 ? idle(goal) : staff(fn, trafficOf(fn, contacts, interval, aht, answerWithin), goal);
      plan.push({ start: new Date(start), contacts, handleTime: aht, ...staffing });
    } catch (error) {
      // the shared readers, the traffic and patience checks do not name the interval
      throw atIndex(fn, error, i, name);
    }
  }
  return plan;
}

function readNonNegativeSeconds(fn: string, value: unknown): number {
  if (value === undefined) fail('INVALID_OPTION', fn, 'option answerWithin is missing: the service level is measured against it');
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail('INVALID_OPTION', fn, `option answerWithin must be a time in seconds ≥ 0, got ${describeValue(value)}`);
  }
  return value;
}

/** The staffing of an interval with no contacts: no one needed, no one waits. */
function idle(goal: Goal): Staffing | Staffing<ErlangA> {
  const figures: Staffing = {
    agents: 0,
    scheduled: 0,
    trafficIntensity: 0,
    probabilityOfWaiting: 0,
    serviceLevel: 100,
    averageSpeedOfAnswer: 0,
    occupancy: 0,
  };
  return goal.patience === goal.patience ? { ...figures, probabilityOfAbandoning: 0 } : figures;
}
