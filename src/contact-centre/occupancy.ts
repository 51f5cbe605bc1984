import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { share } from '../_lib/rate.js';
import { formatInstant, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail, readOptions } from '../_lib/validate.js';
import { elapsed, readClock, type TimeOptions } from '../business-hours/clock.js';

/** The states {@link agentOccupancy} knows; other names are mapped onto these with option `states`. */
export type AgentState = 'available' | 'busy' | 'after-call' | 'break' | 'offline';

/** One stretch of time an agent spent in one state. */
export interface AgentStateInterval {
  /** The agent: a name or an id. */
  readonly agent: string | number;
  /** The state: one of {@link AgentState}, or a name option `states` maps onto one. */
  readonly state: string;
  /** When the state began. */
  readonly from: Timestamp;
  /** When it ended, not before `from`. */
  readonly to: Timestamp;
}

/** Options of {@link agentOccupancy}. */
export interface AgentOccupancyOptions extends TimeOptions {
  /** Your state names mapped onto the five known ones, e.g. `{ 'wrap-up': 'after-call', lunch: 'break' }`. */
  readonly states?: Readonly<Record<string, AgentState>>;
}

/** Occupancy and utilization with the time behind them, in `unit` (default milliseconds). */
export interface OccupancyFigures {
  /** handling / (handling + available) × 100; `undefined` when the agent was neither handling nor available. */
  readonly occupancy: number | undefined;
  /** handling / logged in × 100; `undefined` when the agent was never logged in. */
  readonly utilization: number | undefined;
  /** Time busy or in after-call work. */
  readonly handling: number;
  /** Time available, waiting for a contact. */
  readonly available: number;
  /** Time in every state but offline. */
  readonly loggedIn: number;
}

/** One agent's figures in {@link AgentOccupancy.byAgent}. */
export interface AgentFigures extends OccupancyFigures {
  /** The agent. */
  readonly agent: string | number;
}

/** The result of {@link agentOccupancy}: the team's figures, and each agent's. */
export interface AgentOccupancy extends OccupancyFigures {
  /** The team's occupancy, 0–100. */
  readonly occupancy: number;
  /** Every agent, in the order each first appears. */
  readonly byAgent: readonly AgentFigures[];
}

const OPTION_KEYS = ['unit', 'calendar', 'states'] as const satisfies readonly (keyof AgentOccupancyOptions)[];
const KNOWN: readonly AgentState[] = ['available', 'busy', 'after-call', 'break', 'offline'];

/** Per agent: the time in each kind of state, and the intervals for the overlap check. */
interface Ledger {
  readonly agent: string | number;
  handling: number;
  available: number;
  loggedIn: number;
  readonly intervals: number[];
}

/**
 * Occupancy and utilization of agents from their state intervals.
 *
 * @summary Agent occupancy and utilization, for the team and per agent.
 *
 * @remarks
 * From intervals `{ agent, state, from, to }`, each measured as every time
 * metric measures (elapsed time, or working time with `calendar`):
 * handling = time `busy` + time in `after-call` work;
 * occupancy = handling / (handling + `available`) × 100, the share of the
 * time ready for contacts that went to contacts; utilization = handling /
 * logged-in time × 100, logged in being every state but `offline` (so
 * `break` lowers utilization, not occupancy). Other state names are mapped
 * onto these five with option `states`. The team's figures add the time of
 * every agent; `byAgent` holds each agent's, in the order they first
 * appear. One agent's intervals may touch but not overlap. Time totals are
 * in `unit` (default milliseconds).
 *
 * @param intervals - {@link AgentStateInterval}s, an array or any iterable.
 * @param options - {@link AgentOccupancyOptions}: `states`, `unit`, `calendar`.
 * @returns An {@link AgentOccupancy}.
 * @throws {@link MetricError} `EMPTY_INPUT` when no agent was handling or
 *   available; `INVALID_TYPE` for an interval that is not an object, an
 *   agent that is not a string or number, or an unknown state;
 *   `INVALID_DATE` for a time that cannot be read; `NEGATIVE_DURATION` for
 *   an interval that ends before it begins; `OUT_OF_RANGE` for intervals of
 *   one agent that overlap; `INVALID_OPTION` for an unknown option or a
 *   mapping onto an unknown state.
 *
 * @example
 * ```ts
 * const states = [
 *   { agent: 'ana', state: 'available', from: '2026-11-03T09:00:00Z', to: '2026-11-03T09:10:00Z' },
 *   { agent: 'ana', state: 'busy', from: '2026-11-03T09:10:00Z', to: '2026-11-03T09:40:00Z' },
 *   { agent: 'ana', state: 'wrap-up', from: '2026-11-03T09:40:00Z', to: '2026-11-03T09:50:00Z' },
 *   { agent: 'ana', state: 'break', from: '2026-11-03T09:50:00Z', to: '2026-11-03T10:00:00Z' },
 *   { agent: 'ben', state: 'available', from: '2026-11-03T09:00:00Z', to: '2026-11-03T09:30:00Z' },
 *   { agent: 'ben', state: 'busy', from: '2026-11-03T09:30:00Z', to: '2026-11-03T10:00:00Z' },
 * ];
 * const o = agentOccupancy(states, { states: { 'wrap-up': 'after-call' }, unit: 'minutes' });
 * [o.occupancy, o.utilization]; // => [63.63636363636363, 58.333333333333336]
 * o.byAgent[0]; // => { agent: 'ana', occupancy: 80, utilization: 66.66666666666667, handling: 40, available: 10, loggedIn: 60 }
 * ```
 */
export function agentOccupancy(
  intervals: Iterable<AgentStateInterval> | ArrayLike<AgentStateInterval>,
  options?: AgentOccupancyOptions,
): AgentOccupancy {
  const fn = 'agentOccupancy';
  const o = readOptions(fn, options, OPTION_KEYS);
  const clock = readClock(fn, o);
  const mapping = readMapping(fn, o['states']);
  const read = readInput(fn, intervals, { records: 'agent state intervals { agent, state, from, to }' });
  const list = read.records;
  const ledgers = new Map<string | number, Ledger>();
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as AgentStateInterval | null | undefined;
    if (r === null || typeof r !== 'object') fail('INVALID_TYPE', fn, `intervals[${i}] is ${describeKind(r)}, not { agent, state, from, to }`, i);
    const agent = r.agent;
    if (typeof agent !== 'string' && !(typeof agent === 'number' && Number.isFinite(agent))) {
      fail('INVALID_TYPE', fn, `intervals[${i}].agent is ${describeValue(agent)}; an agent is a name or a finite number`, i);
    }
    const state = stateOf(fn, r.state, mapping, i);
    const from = timestampMs(r.from);
    if (from !== from) rejectTimestamp(fn, `intervals[${i}].from`, r.from, i);
    const to = timestampMs(r.to);
    if (to !== to) rejectTimestamp(fn, `intervals[${i}].to`, r.to, i);
    if (to < from) fail('NEGATIVE_DURATION', fn, `intervals[${i}].to (${formatInstant(to)}) is before intervals[${i}].from (${formatInstant(from)})`, i);
    let ledger = ledgers.get(agent);
    if (ledger === undefined) {
      ledger = { agent, handling: 0, available: 0, loggedIn: 0, intervals: [] };
      ledgers.set(agent, ledger);
    }
    ledger.intervals.push(from, to, i);
    if (state === 'offline') continue;
    const d = elapsed(clock, from, to);
    ledger.loggedIn += d;
    if (state === 'busy' || state === 'after-call') ledger.handling += d;
    else if (state === 'available') ledger.available += d;
  }
  let handling = 0;
  let available = 0;
  let loggedIn = 0;
  const byAgent: AgentFigures[] = [];
  for (const ledger of ledgers.values()) {
    refuseOverlaps(fn, ledger);
    handling += ledger.handling;
    available += ledger.available;
    loggedIn += ledger.loggedIn;
    byAgent.push({ agent: ledger.agent, ...figures(ledger.handling, ledger.available, ledger.loggedIn) });
  }
  if (handling + available === 0) {
    fail('EMPTY_INPUT', fn, list.length === 0 ? 'no agent state intervals' : 'no agent was busy, in after-call work or available: occupancy needs time ready for contacts');
  }
  const team = figures(handling, available, loggedIn);
  return { ...team, occupancy: team.occupancy as number, byAgent };
}

function figures(handling: number, available: number, loggedIn: number): OccupancyFigures {
  return {
    occupancy: handling + available > 0 ? share(handling, handling + available) : undefined,
    utilization: loggedIn > 0 ? share(handling, loggedIn) : undefined,
    handling,
    available,
    loggedIn,
  };
}

function readMapping(fn: string, value: unknown): Readonly<Record<string, AgentState>> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `option states must be an object mapping your state names onto ${KNOWN.join(', ')}; got ${describeValue(value)}`);
  }
  for (const [name, target] of Object.entries(value)) {
    if (!(KNOWN as readonly unknown[]).includes(target)) {
      fail('INVALID_OPTION', fn, `option states maps ${JSON.stringify(name)} onto ${describeValue(target)}; map onto ${KNOWN.join(', ')}`);
    }
  }
  return value as Readonly<Record<string, AgentState>>;
}

function stateOf(fn: string, state: unknown, mapping: Readonly<Record<string, AgentState>> | undefined, i: number): AgentState {
  if (typeof state === 'string') {
    if (mapping !== undefined && Object.prototype.hasOwnProperty.call(mapping, state)) return mapping[state]!;
    if ((KNOWN as readonly string[]).includes(state)) return state as AgentState;
  }
  fail(
    'INVALID_TYPE',
    fn,
    `intervals[${i}].state is ${describeValue(state)}; known states are ${KNOWN.join(', ')} (map others onto them with option states)`,
    i,
  );
}

/** Refuses two intervals of one agent that overlap (touching is fine). */
function refuseOverlaps(fn: string, ledger: Ledger): void {
  const flat = ledger.intervals;
  const order: number[] = [];
  for (let k = 0; k < flat.length; k += 3) order.push(k);
  order.sort((a, b) => flat[a]! - flat[b]! || flat[a + 1]! - flat[b + 1]!);
  for (let j = 1; j < order.length; j++) {
    const previous = order[j - 1]!;
    const next = order[j]!;
    if (flat[next]! < flat[previous + 1]!) {
      const [first, second] = flat[previous + 2]! < flat[next + 2]! ? [previous, next] : [next, previous];
      fail(
        'OUT_OF_RANGE',
        fn,
        `intervals[${flat[second + 2]}] (${formatInstant(flat[second]!)} to ${formatInstant(flat[second + 1]!)}) overlaps ` +
          `intervals[${flat[first + 2]}] (${formatInstant(flat[first]!)} to ${formatInstant(flat[first + 1]!)}) of agent ${describeValue(ledger.agent)}; an agent is in one state at a time`,
        flat[second + 2],
      );
    }
  }
}
