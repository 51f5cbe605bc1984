/**
 * SLA policies on ticket histories, after Zendesk's: targets for reply,
 * update and resolution metrics, each a clock that starts, pauses and is
 * fulfilled by a ticket's events, and the breaches they produce.
 */
import { elapsedMs, reachedAt, type Clock } from '../business-hours/clock.js';
import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { share } from '../_lib/rate.js';
import { formatInstant } from '../_lib/timestamp.js';
import { fail, readNonNegativeOption, readOptions } from '../_lib/validate.js';
import { AGENT, COMMENT, CUSTOMER, NEW, ON_HOLD, OPEN, PENDING, PUBLIC, SOLVED, STATUS, Timeline, type TicketHistory } from './history.js';
import { clockOf, readHistoryOptions, type TicketMetricsOptions } from './ticket-metrics.js';
import { readRecord } from './time-metric.js';

/**
 * The metrics of an SLA policy, as Zendesk names them: `firstReply`
 * (creation → first reply), `nextReply` (a customer's comment → the next
 * agent reply), `periodicUpdate` (between public agent comments),
 * `pausableUpdate` (the same, paused while pending), `requesterWait`
 * (time in new, open and on-hold), `agentWork` (time in new and open).
 */
export type SlaPolicyMetric = 'firstReply' | 'nextReply' | 'periodicUpdate' | 'pausableUpdate' | 'requesterWait' | 'agentWork';

/**
 * A target in the unit of the options (milliseconds by default; working
 * time with a calendar): one number, or one per priority
 * (`{ urgent: 1, high: 4, normal: 8, low: 24 }`).
 */
export type SlaPolicyTarget = number | { readonly [priority: string]: number };

/** The targets of a policy, by metric; a metric left out is not measured. */
export type SlaPolicyTargets = { readonly [M in SlaPolicyMetric]?: SlaPolicyTarget };

/** Options of {@link slaAchievement}: the targets, and `unit`, `calendar` and `asOf` as for {@link ticketMetrics}. */
export interface SlaAchievementOptions<T extends SlaPolicyTargets = SlaPolicyTargets> extends TicketMetricsOptions {
  /** The policy's targets. */
  readonly targets: T;
}

/** How one metric of a policy did over the tickets. */
export interface SlaMetricAchievement {
  /** Instances fulfilled within their target. */
  readonly achieved: number;
  /** Instances that ran past their target. */
  readonly breached: number;
  /** Instances still running within their target at the end of their history (or at `asOf`). */
  readonly active: number;
  /** achieved / (achieved + breached) × 100; `null` when no instance was fulfilled or breached. */
  readonly achievementRate: number | null;
}

/** One breached target. */
export interface SlaBreach {
  /** The ticket's `id`, `null` when its history has none. */
  readonly ticketId: string | number | null;
  /** The ticket's index in the input. */
  readonly index: number;
  /** The metric whose target was breached. */
  readonly metric: SlaPolicyMetric;
  /** The target, in the options' unit. */
  readonly target: number;
  /** The instance's time when it was fulfilled, or so far (to `asOf`) while it runs. */
  readonly time: number;
  /** When the target was breached, as an ISO-8601 string in UTC. */
  readonly breachedAt: string;
}

/** The result of {@link slaAchievement}: one {@link SlaMetricAchievement} per metric given a target, and the breaches. */
export type SlaAchievement<T extends SlaPolicyTargets = SlaPolicyTargets> = {
  readonly [M in keyof T as M extends SlaPolicyMetric ? M : never]: SlaMetricAchievement;
} & {
  /** Every breach, in the order they happened; those at the same instant in the order of the histories. */
  readonly breaches: readonly SlaBreach[];
};

const SLA_ACHIEVEMENT_OPTION_KEYS = ['targets', 'unit', 'calendar', 'asOf'] as const satisfies readonly (keyof SlaAchievementOptions)[];

const METRICS = [
  'firstReply',
  'nextReply',
  'periodicUpdate',
  'pausableUpdate',
  'requesterWait',
  'agentWork',
] as const satisfies readonly SlaPolicyMetric[];

const FIRST_REPLY = 0;
const NEXT_REPLY = 1;
const PERIODIC = 2;
const PAUSABLE = 3;
const REQUESTER_WAIT = 4;
const AGENT_WORK = 5;
/** Metrics below this are fulfilled by a resolution; the two at and above it are paused by it. */
const FULFILLED_BY_RESOLUTION = 4;

/** Whether metric `m`'s clock runs in status `s`. */
function runs(m: number, s: number): boolean {
  if (m === REQUESTER_WAIT) return s === NEW || s === OPEN || s === ON_HOLD;
  if (m === AGENT_WORK) return s === NEW || s === OPEN;
  if (m === PAUSABLE) return s < SOLVED && s !== PENDING;
  return s < SOLVED;
}

/**
 * SLA achievement over ticket histories, after Zendesk's SLA policies:
 * each metric's instances achieved, breached and still active, and the
 * list of breaches.
 *
 * @summary SLA policy achievement and breaches, from ticket histories.
 *
 * @remarks
 * Each metric with a target is a clock, as in Zendesk's SLA policies
 * ("Defining SLA policies"; the Ticket Metric Events API's activate, pause
 * and fulfill events):
 *
 * - `firstReply`: from creation to the first reply (as
 *   {@link ticketMetrics} finds it); one instance per ticket.
 * - `nextReply`: from a public customer comment, once the first reply has
 *   come (or the ticket was solved without one), to the next public agent
 *   comment; a run of customer comments is one instance.
 * - `periodicUpdate`: from each public agent comment to the next;
 *   `pausableUpdate`: the same, paused while the ticket is pending.
 * - `requesterWait`: the time in new, open and on-hold; `agentWork`: the
 *   time in new and open; one instance per ticket, over its whole life
 *   (reopening resumes it), fulfilled when the ticket is solved or closed.
 *
 * Solving (or closing) a ticket fulfils the reply and update instances
 * that are running, except one that started at that very instant (the
 * update the solving comment starts), which is not counted; one that
 * starts while the ticket is solved (a customer's "thanks") runs only if
 * the ticket is reopened, and is not counted if it never is. An instance is achieved when fulfilled within
 * its target (equal to it included), breached when its time passes the
 * target (`breachedAt` is the instant it did, of working time with a
 * calendar), and active when still running within it at the end of its
 * history. A clock still running at the end counts up to `asOf` when
 * given (so an instance already past its target is breached), and not at
 * all otherwise, as in {@link ticketMetrics}. Targets are in `unit`
 * (default milliseconds), of working time with `calendar`; a target by
 * priority applies to the tickets whose `priority` it names, and the others
 * are not measured on that metric (as a Zendesk policy sets targets per
 * priority). achievementRate = achieved / (achieved + breached) × 100.
 * Breaches come in the order they happened, those at the same instant in
 * the order of the histories.
 *
 * @param histories - {@link TicketHistory} records, as any `ArrayLike` or iterable.
 * @param options - {@link SlaAchievementOptions}: `targets`, and `unit`, `calendar`, `asOf`.
 * @returns An {@link SlaAchievement}: a result per metric with a target, and `breaches`.
 * @throws {@link MetricError} `INVALID_OPTION` for missing or empty
 *   targets, an unknown metric, a target that is not a finite number ≥ 0;
 *   `EMPTY_INPUT` for no histories; otherwise as {@link ticketMetrics},
 *   naming the history's index.
 *
 * @example
 * ```ts
 * const histories = [
 *   {
 *     id: 'A',
 *     priority: 'high',
 *     createdAt: '2026-11-03T09:00:00Z',
 *     events: [
 *       { type: 'comment', at: '2026-11-03T09:00:00Z', author: 'customer', public: true },
 *       { type: 'comment', at: '2026-11-03T09:45:00Z', author: 'agent', public: true },
 *       { type: 'status', at: '2026-11-03T09:45:00Z', status: 'solved' },
 *     ],
 *   },
 *   {
 *     id: 'B',
 *     priority: 'low',
 *     createdAt: '2026-11-03T09:00:00Z',
 *     events: [
 *       { type: 'comment', at: '2026-11-03T09:00:00Z', author: 'customer', public: true },
 *       { type: 'comment', at: '2026-11-03T10:00:00Z', author: 'agent', public: true },
 *       { type: 'comment', at: '2026-11-03T10:30:00Z', author: 'customer', public: true },
 *       { type: 'comment', at: '2026-11-03T12:00:00Z', author: 'agent', public: true },
 *       { type: 'status', at: '2026-11-03T12:00:00Z', status: 'solved' },
 *     ],
 *   },
 * ];
 * const sla = slaAchievement(histories, { targets: { firstReply: { high: 30, low: 120 }, nextReply: 60 }, unit: 'minutes' });
 * sla.firstReply; // => { achieved: 1, breached: 1, active: 0, achievementRate: 50 }
 * sla.nextReply; // => { achieved: 0, breached: 1, active: 0, achievementRate: 0 }
 * sla.breaches[0]; // => { ticketId: 'A', index: 0, metric: 'firstReply', target: 30, time: 45, breachedAt: '2026-11-03T09:30:00.000Z' }
 * sla.breaches[1].breachedAt; // => '2026-11-03T11:30:00.000Z'
 * ```
 */
export function slaAchievement<const T extends SlaPolicyTargets>(
  histories: ArrayLike<TicketHistory> | Iterable<TicketHistory>,
  options: SlaAchievementOptions<T>,
): SlaAchievement<T>;
export function slaAchievement(histories: unknown, options?: unknown): Record<string, unknown> {
  const fn = 'slaAchievement';
  const raw = readOptions(fn, options, SLA_ACHIEVEMENT_OPTION_KEYS);
  const targets = readTargets(fn, raw.targets);
  const o = readHistoryOptions(fn, raw);
  const records = readInput(fn, histories, { records: 'histories' }).records;
  const n = records.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no histories');
  const pass = new PolicyPass(targets);
  const timeline = new Timeline();
  const last = { clock: undefined as Clock | undefined };
  for (let i = 0; i < n; i++) {
    const record = readRecord(fn, records, i, 'histories');
    timeline.read(fn, record, i, 'histories', o.asOf);
    pass.run(timeline, clockOf(fn, o, record as TicketHistory, i, last), o.asOf, i);
  }
  const result: Record<string, unknown> = {};
  for (let m = 0; m < METRICS.length; m++) {
    if (targets[m] === undefined) continue;
    const achieved = pass.achieved[m]!;
    const breached = pass.breached[m]!;
    const fulfilled = achieved + breached;
    result[METRICS[m]!] = { achieved, breached, active: pass.active[m]!, achievementRate: fulfilled === 0 ? null : share(achieved, fulfilled) };
  }
  result['breaches'] = pass.breaches.sort((a, b) => a.ms - b.ms || a.order - b.order).map((b) => b.breach);
  return result;
}

/** A metric's target: one for every ticket, or one per priority. */
type Target = number | ReadonlyMap<string, number>;

/** Reads option targets: by metric, a finite number ≥ 0 or an object of them by priority. */
function readTargets(fn: string, value: unknown): (Target | undefined)[] {
  if (value === undefined) fail('INVALID_OPTION', fn, `option targets is missing; give targets by metric, e.g. { firstReply: 60 }`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `option targets must be an object of targets by metric, got ${describeValue(value)}`);
  }
  const given = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(given)) {
    if (!(METRICS as readonly string[]).includes(key)) {
      fail('INVALID_OPTION', fn, `option targets has an unknown metric ${JSON.stringify(key)}; the metrics are ${METRICS.join(', ')}`);
    }
  }
  const targets = METRICS.map((metric): Target | undefined => {
    const t = given[metric];
    if (t === undefined) return undefined;
    if (t === null || typeof t !== 'object') return readNonNegativeOption(fn, `targets.${metric}`, t, 0);
    if (Array.isArray(t)) fail('INVALID_OPTION', fn, `option targets.${metric} must be a number or an object of numbers by priority, got an array`);
    const byPriority = new Map<string, number>();
    for (const [priority, target] of Object.entries(t as Readonly<Record<string, unknown>>)) {
      byPriority.set(priority, readNonNegativeOption(fn, `targets.${metric}.${priority}`, target, 0));
    }
    if (byPriority.size === 0) fail('INVALID_OPTION', fn, `option targets.${metric} names no priority; give a number, or targets by priority`);
    return byPriority;
  });
  if (targets.every((t) => t === undefined)) fail('INVALID_OPTION', fn, 'option targets names no metric; give at least one, e.g. { firstReply: 60 }');
  return targets;
}

/** A breach, with the instant it happened and the order it was found in, for sorting. */
interface Found {
  readonly ms: number;
  readonly order: number;
  readonly breach: SlaBreach;
}

/**
 * The clocks of a policy over one history at a time, with the tallies of
 * every history passed so far. Per metric, at most one instance runs at a
 * time: its accumulated time (milliseconds of the clock's time), the start
 * of the stretch it is running in (NaN while paused) and the instant it
 * breached (NaN until it does).
 */
class PolicyPass {
  readonly achieved = [0, 0, 0, 0, 0, 0];
  readonly breached = [0, 0, 0, 0, 0, 0];
  readonly active = [0, 0, 0, 0, 0, 0];
  readonly breaches: Found[] = [];
  private readonly running = [false, false, false, false, false, false];
  private readonly accumulated = [0, 0, 0, 0, 0, 0];
  private readonly since = [NaN, NaN, NaN, NaN, NaN, NaN];
  /** When each running instance started. */
  private readonly started = [NaN, NaN, NaN, NaN, NaN, NaN];
  /** Whether each running reply or update instance started on a solved ticket not reopened since: it is not counted. */
  private readonly whileSolved = [false, false, false, false, false, false];
  private readonly breachedAt = [NaN, NaN, NaN, NaN, NaN, NaN];
  /** Each metric's target for the history at hand, in the unit; NaN when it is not measured. */
  private readonly target = [NaN, NaN, NaN, NaN, NaN, NaN];
  private clock: Clock = { unit: 'milliseconds', msPerUnit: 1, calendar: undefined };
  private history: TicketHistory = { createdAt: 0, events: [] };
  private index = 0;

  constructor(private readonly targets: readonly (Target | undefined)[]) {}

  run(t: Timeline, clock: Clock, horizon: number, index: number): void {
    this.clock = clock;
    this.history = t.history;
    this.index = index;
    const priority = t.history.priority;
    for (let m = 0; m < METRICS.length; m++) {
      const target = this.targets[m];
      this.running[m] = false;
      this.target[m] = target === undefined ? NaN : typeof target === 'number' ? target : priority === undefined ? NaN : (target.get(priority) ?? NaN);
    }
    let status = t.status;
    const created = t.created;
    this.start(FIRST_REPLY, created, status);
    this.start(REQUESTER_WAIT, created, status);
    this.start(AGENT_WORK, created, status);
    // the reply phase ends with the first reply, or a resolution before it
    let firstOver = false;
    if (status >= SOLVED) {
      this.fulfilAll(created);
      firstOver = true;
    }
    let firstComment = true;
    const opening = t.createdBy === AGENT;
    const { at, kind, code } = t;
    for (let j = 0; j < t.count; j++) {
      const time = at[j]!;
      if (kind[j] === STATUS) {
        const s = code[j]!;
        if (s === status) continue;
        for (let m = 0; m < METRICS.length; m++) {
          if (!this.running[m]) continue;
          const before = runs(m, status);
          const after = runs(m, s);
          if (before && !after) this.pause(m, time);
          else if (!before && after) this.since[m] = time;
        }
        if (s >= SOLVED && status < SOLVED) {
          this.fulfilAll(time);
          firstOver = true;
        }
        // reopened: an instance that began while solved now runs, and counts
        if (s < SOLVED) this.whileSolved.fill(false);
        status = s;
      } else if (kind[j] === COMMENT) {
        const c = code[j]!;
        const isOpening = firstComment && opening && c === (AGENT | PUBLIC);
        firstComment = false;
        if (c === (AGENT | PUBLIC)) {
          if (!isOpening) {
            this.fulfil(FIRST_REPLY, time);
            this.fulfil(NEXT_REPLY, time);
            firstOver = true;
          }
          this.fulfil(PERIODIC, time);
          this.fulfil(PAUSABLE, time);
          this.start(PERIODIC, time, status);
          this.start(PAUSABLE, time, status);
        } else if (c === (CUSTOMER | PUBLIC) && firstOver && !this.running[NEXT_REPLY]) this.start(NEXT_REPLY, time, status);
      }
    }
    for (let m = 0; m < METRICS.length; m++) {
      if (!this.running[m]) continue;
      // a reply or update instance still running on a solved ticket began after the resolution
      if (status >= SOLVED) {
        if (m < FULFILLED_BY_RESOLUTION) this.running[m] = false;
        else this.fulfil(m, NaN);
        continue;
      }
      if (horizon === horizon && this.since[m] === this.since[m]) this.pause(m, horizon);
      this.running[m] = false;
      if (this.breachedAt[m] === this.breachedAt[m]) this.addBreach(m);
      else this.active[m]!++;
    }
  }

  /** Starts an instance of metric `m` at `at`, in status `status`, when the ticket is measured on it. */
  private start(m: number, at: number, status: number): void {
    if (this.target[m] !== this.target[m]) return;
    this.running[m] = true;
    this.started[m] = at;
    this.whileSolved[m] = m < FULFILLED_BY_RESOLUTION && status >= SOLVED;
    this.accumulated[m] = 0;
    this.breachedAt[m] = NaN;
    this.since[m] = runs(m, status) ? at : NaN;
  }

  /** Ends the stretch metric `m` is running in at `to`, noting the instant it passed its target. */
  private pause(m: number, to: number): void {
    const from = this.since[m]!;
    this.since[m] = NaN;
    const clock = this.clock;
    const before = this.accumulated[m]!;
    const after = before + elapsedMs(clock, from, to);
    this.accumulated[m] = after;
    const target = this.target[m]!;
    if (this.breachedAt[m] !== this.breachedAt[m] && after / clock.msPerUnit > target) {
      const instant = reachedAt(clock, from, Math.max(0, target * clock.msPerUnit - before));
      this.breachedAt[m] = instant < from ? from : instant > to ? to : instant;
    }
  }

  /**
   * Fulfils the running instance of metric `m` at `at` (NaN: already
   * paused): achieved, or breached; not counted when it began on a solved
   * ticket that was not reopened since.
   */
  private fulfil(m: number, at: number): void {
    if (!this.running[m]) return;
    if (this.whileSolved[m]) {
      this.running[m] = false;
      return;
    }
    if (this.since[m] === this.since[m]) this.pause(m, at);
    this.running[m] = false;
    if (this.breachedAt[m] === this.breachedAt[m]) this.addBreach(m);
    else this.achieved[m]!++;
  }

  /**
   * A resolution at `at` fulfils every reply and update instance; one that
   * started at that same instant (the public comment a ticket is solved
   * with starts an update) is not counted.
   */
  private fulfilAll(at: number): void {
    for (let m = 0; m < FULFILLED_BY_RESOLUTION; m++) {
      if (this.running[m] && this.started[m] === at) this.running[m] = false;
      else this.fulfil(m, at);
    }
  }

  private addBreach(m: number): void {
    this.breached[m]!++;
    const ms = this.breachedAt[m]!;
    const id = this.history.id;
    this.breaches.push({
      ms,
      order: this.breaches.length,
      breach: {
        ticketId: id ?? null,
        index: this.index,
        metric: METRICS[m]!,
        target: this.target[m]!,
        time: this.accumulated[m]! / this.clock.msPerUnit,
        breachedAt: formatInstant(ms),
      },
    });
  }
}
