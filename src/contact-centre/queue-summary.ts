import { describeKind, describeValue } from '../_lib/describe.js';
import { withRoom } from '../_lib/durations.js';
import { readInput } from '../_lib/input.js';
import { percentilesByMethod, readQuantileMethod, type QuantileMethod } from '../_lib/quantile-methods.js';
import { share } from '../_lib/rate.js';
import { sumNonNegative } from '../_lib/sum.js';
import { formatInstant, MAX_DATE_MS, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import {
  fail,
  readCount,
  readEnumOption,
  readFinite,
  readInstantOption,
  readNonNegativeOption,
  readOptions,
  rejectUnknownFields,
  type Count,
} from '../_lib/validate.js';
import { elapsed, readClock, refuseClock, type Clock, type TimeOptions } from '../business-hours/clock.js';

/**
 * A contact (a call, a chat) that joined a queue. It is answered or
 * abandoned, not both; neither means it is still waiting. A missing event
 * may be left out or given as `null`.
 */
export interface Contact {
  /** When it joined the queue. */
  readonly queuedAt: Timestamp;
  /** When an agent answered it. */
  readonly answeredAt?: Timestamp | null;
  /** When the customer hung up (or left the chat) before an agent answered. */
  readonly abandonedAt?: Timestamp | null;
  /** When the conversation ended; not read by the queue metrics. */
  readonly endedAt?: Timestamp | null;
  /** Who answered it; not read by the queue metrics. */
  readonly agent?: string | number | null;
}

/**
 * How the service level counts abandoned contacts; short abandons are left
 * out of every one.
 * - `'against'` (default): answered within / (answered + abandoned) × 100; an abandon misses the target.
 * - `'exclude'`: answered within / answered × 100; abandons are left out.
 * - `'met-within'`: (answered within + abandoned within) / (answered + abandoned) × 100; a contact that
 *   abandoned within the target answer time counts as met, one that waited longer as missed.
 * - `'offered'`: answered within / offered × 100; every contact offered (still waiting included) is in the denominator.
 */
export type AbandonedRule = 'against' | 'exclude' | 'met-within' | 'offered';

/** Options of {@link queueSummary} for contact records. */
export interface QueueSummaryOptions extends TimeOptions {
  /** The target answer time of the service level, in `unit` (default milliseconds); a wait equal to it meets it. */
  readonly answerWithin: number;
  /**
   * Abandons that waited less than this (in `unit`) are short abandons
   * (misdials, callers who hang up at once): counted, and left out of the
   * abandonment rate and the service level. Default 0: none.
   */
  readonly shortAbandon?: number;
  /** How the service level counts abandons; default `'against'`. See {@link AbandonedRule}. */
  readonly abandoned?: AbandonedRule;
  /**
   * The time of the report. A contact still waiting whose wait at `asOf`
   * already exceeds `answerWithin` has missed the target and counts against
   * the service level; without `asOf`, contacts still waiting are left out
   * of it (and counted in `waiting`).
   */
  readonly asOf?: Timestamp;
  /**
   * The quantile definition of the wait's `median` and `p90`, one of
   * numpy's nine ({@link QuantileMethod}); default `'linear'` (type 7).
   */
  readonly method?: QuantileMethod;
}

/** Options of {@link queueSummary} for counts: only the service-level rule. */
export interface QueueCountsOptions {
  /** How the service level counts abandons; default `'against'`. */
  readonly abandoned?: AbandonedRule;
}

/** The counts a queue's report (an ACD's interval table, a `GROUP BY`) holds, as {@link queueSummary} reads them. */
export interface QueueCounts {
  /** Contacts offered to the queue: answered, abandoned and still waiting. */
  readonly offered: Count;
  /** Contacts answered. */
  readonly answered: Count;
  /** Contacts answered within the target answer time. */
  readonly answeredWithin: Count;
  /** Contacts abandoned, short abandons included. */
  readonly abandoned: Count;
  /** Of the abandoned, the short abandons; default 0. */
  readonly shortAbandoned?: Count;
  /** Of the abandoned that were not short, those that waited no longer than the target; needed by `abandoned: 'met-within'`. */
  readonly abandonedWithin?: Count;
  /** The waits of the answered contacts added up, in your unit; gives `averageSpeedOfAnswer`. */
  readonly waitSum?: number;
}

/** The waits of the answered contacts: median, 90th percentile and longest. */
export interface WaitDistribution {
  /** The median wait (by the option `method`, type 7 by default). */
  readonly median: number;
  /** The 90th percentile of the waits (by the option `method`, type 7 by default). */
  readonly p90: number;
  /** The longest wait. */
  readonly longest: number;
}

/** The result of {@link queueSummary}. */
export interface QueueSummary {
  /** Contacts offered: answered, abandoned and still waiting. */
  readonly offered: number;
  /** Contacts answered. */
  readonly answered: number;
  /** Contacts answered within `answerWithin`. */
  readonly answeredWithin: number;
  /** Contacts abandoned, short abandons included. */
  readonly abandoned: number;
  /** Abandons that waited less than `shortAbandon`. */
  readonly shortAbandoned: number;
  /** Contacts neither answered nor abandoned. */
  readonly waiting: number;
  /** The service level by the `abandoned` rule, 0–100; `undefined` when no contact counts (all still waiting, or all short abandons). */
  readonly serviceLevel: number | undefined;
  /** (abandoned − short) / (offered − short) × 100; `undefined` when every contact was a short abandon. */
  readonly abandonmentRate: number | undefined;
  /** The mean wait of the answered contacts (ASA), in `unit`; `undefined` when none was answered or counts give no `waitSum`. */
  readonly averageSpeedOfAnswer: number | undefined;
  /** The waits of the answered contacts; `undefined` when none was answered, and for counts. */
  readonly wait: WaitDistribution | undefined;
}

// the time options written out, not spread: a bundler keeps a spread as a statement with effects
const RECORD_OPTION_KEYS = [
  'unit',
  'calendar',
  'answerWithin',
  'shortAbandon',
  'abandoned',
  'asOf',
  'method',
] as const satisfies readonly (keyof QueueSummaryOptions)[];
const RULES = ['against', 'exclude', 'met-within', 'offered'] as const satisfies readonly AbandonedRule[];
const COUNT_FIELDS = ['offered', 'answered', 'answeredWithin', 'abandoned', 'shortAbandoned', 'abandonedWithin', 'waitSum'];

/** The counts of contacts, those of a {@link Tally} and those {@link tallyContacts} carries from one chunk to the next: whole numbers (or NaN, as said). */
interface ContactCounts {
  answered: number;
  answeredWithin: number;
  abandoned: number;
  shortAbandoned: number;
  /** Abandons, not short, that waited no longer than the target; NaN when counts do not say. */
  abandonedWithin: number;
  /** Contacts still waiting whose wait at `asOf` already exceeds the target. */
  late: number;
}

/** What every input form is reduced to before the one summary is computed. */
interface Tally extends ContactCounts {
  offered: number;
  /** Σ waits of the answered contacts; NaN when unknown. */
  waitSum: number;
  /** The answered contacts' waits, when known. */
  waits: Float64Array | undefined;
  /** The longest of `waits` (every quantile definition's 100th percentile), found as they are read. */
  longest: number;
}

/**
 * The figures of a contact queue: contacts offered, answered and
 * abandoned, the service level, the abandonment rate, the average speed of
 * answer and the distribution of the waits.
 *
 * @summary Queue metrics: offered, answered, abandoned, service level, abandonment rate, ASA, waits.
 *
 * @remarks
 * From contacts `{ queuedAt, answeredAt?, abandonedAt? }`: a contact is
 * answered or abandoned, not both; neither means it is still waiting. Its
 * wait runs from `queuedAt` to its answer or its abandon, measured as every
 * time metric measures (elapsed time, or working time with `calendar`; in
 * milliseconds or `unit`). Then:
 * - service level, by the `abandoned` rule ({@link AbandonedRule}); by
 *   default answered within `answerWithin` / (answered + abandoned − short
 *   abandons) × 100, so that abandons count against it; with `asOf`, a
 *   contact still waiting and already past the target counts as missed in
 *   every rule;
 * - abandonmentRate = (abandoned − short) / (offered − short) × 100, a
 *   short abandon having waited less than `shortAbandon`;
 * - averageSpeedOfAnswer = Σ waits of the answered / answered;
 * - `wait`: the median, 90th percentile (type 7, or the quantile definition
 *   `method` names, as `percentile`) and longest of those waits.
 * From counts `{ offered, answered, answeredWithin, abandoned, shortAbandoned?, abandonedWithin?, waitSum? }`
 * (an ACD's report, measured against its own target) the same figures but
 * the distribution of the waits. One pass over the contacts, plus a
 * selection for the percentiles; the contacts are not reordered.
 *
 * @param input - {@link Contact}s (an array or any iterable), or {@link QueueCounts}.
 * @param options - {@link QueueSummaryOptions} for contacts (`answerWithin` required);
 *   {@link QueueCountsOptions} for counts.
 * @returns A {@link QueueSummary}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no contacts; `INVALID_OPTION`
 *   for a missing or negative `answerWithin`, an unknown option, rule or
 *   `method`, or a time option or `method` with counts; `INVALID_TYPE` for a contact that is not an
 *   object, misses `queuedAt`, or is both answered and abandoned, and for
 *   unknown count fields; `INVALID_DATE` for a time that cannot be read;
 *   `NEGATIVE_DURATION` for an answer or abandon before the contact was
 *   queued, or an `asOf` before a waiting contact was; `INVALID_COUNTS` for
 *   counts that contradict each other.
 *
 * @example
 * ```ts
 * const contacts = [
 *   { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:10Z' },
 *   { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:01:50Z' },
 *   { queuedAt: '2026-11-03T09:02:00Z', abandonedAt: '2026-11-03T09:03:00Z' },
 *   { queuedAt: '2026-11-03T09:04:00Z', abandonedAt: '2026-11-03T09:04:03Z' },
 *   { queuedAt: '2026-11-03T09:05:00Z', answeredAt: '2026-11-03T09:05:20Z' },
 * ];
 * const q = queueSummary(contacts, { answerWithin: 20, shortAbandon: 5, unit: 'seconds' });
 * [q.offered, q.answered, q.abandoned, q.shortAbandoned]; // => [5, 3, 2, 1]
 * q.serviceLevel; // => 50
 * q.abandonmentRate; // => 25
 * q.averageSpeedOfAnswer; // => 26.666666666666668
 * q.wait; // => { median: 20, p90: 44, longest: 50 }
 * queueSummary(contacts, { answerWithin: 20, shortAbandon: 5, unit: 'seconds', abandoned: 'exclude' }).serviceLevel; // => 66.66666666666667
 * queueSummary({ offered: 200, answered: 180, answeredWithin: 150, abandoned: 20, shortAbandoned: 5 }).serviceLevel; // => 76.92307692307692
 * ```
 */
export function queueSummary(input: Iterable<Contact> | ArrayLike<Contact>, options: QueueSummaryOptions): QueueSummary;
export function queueSummary(input: QueueCounts, options?: QueueCountsOptions): QueueSummary;
export function queueSummary(
  input: Iterable<Contact> | ArrayLike<Contact> | QueueCounts,
  options?: QueueSummaryOptions | QueueCountsOptions,
): QueueSummary {
  const fn = 'queueSummary';
  const o = readOptions(fn, options, RECORD_OPTION_KEYS);
  const rule = readEnumOption(fn, 'abandoned', o['abandoned'], RULES);
  const method = readQuantileMethod(fn, o['method']);
  const read = readInput(fn, input, { records: 'contacts', counts: 'counts { offered, answered, answeredWithin, abandoned, … }' });
  let tally: Tally;
  if (read.form === 'counts') {
    refuseClock(fn, o, 'counts');
    for (const key of ['answerWithin', 'shortAbandon', 'asOf'] as const) {
      if (o[key] !== undefined) fail('INVALID_OPTION', fn, `option ${key} applies to contacts; counts were measured against their target already`);
    }
    if (o['method'] !== undefined) fail('INVALID_OPTION', fn, 'option method applies to the waits of contacts; counts carry no waits to take a median of');
    tally = readQueueCounts(fn, read.counts as Record<string, unknown>, rule);
  } else {
    const within = o['answerWithin'];
    if (within === undefined) fail('INVALID_OPTION', fn, 'option answerWithin is missing: the service level is measured against a target answer time');
    tally = tallyContacts(
      fn,
      read.records,
      readClock(fn, o),
      readNonNegativeOption(fn, 'answerWithin', within, 0),
      readNonNegativeOption(fn, 'shortAbandon', o['shortAbandon'], 0),
      readInstantOption(fn, 'asOf', o['asOf']),
    );
  }
  return summarize(tally, rule, method);
}

/** The one summary every form meets in. */
function summarize(t: Tally, rule: AbandonedRule, method: QuantileMethod): QueueSummary {
  const realAbandons = t.abandoned - t.shortAbandoned;
  let met = t.answeredWithin;
  let counted: number;
  switch (rule) {
    case 'exclude':
      counted = t.answered + t.late;
      break;
    case 'met-within':
      met += t.abandonedWithin;
      counted = t.answered + realAbandons + t.late;
      break;
    case 'offered':
      counted = t.offered - t.shortAbandoned;
      break;
    default:
      counted = t.answered + realAbandons + t.late;
  }
  const offeredReal = t.offered - t.shortAbandoned;
  let wait: WaitDistribution | undefined;
  if (t.waits !== undefined && t.waits.length > 0) {
    // the longest wait was found in the pass over the contacts: asking for it here would cost another pass
    const [median, p90] = percentilesByMethod(t.waits, [50, 90], method, true) as [number, number];
    wait = { median, p90, longest: t.longest };
  }
  return {
    offered: t.offered,
    answered: t.answered,
    answeredWithin: t.answeredWithin,
    abandoned: t.abandoned,
    shortAbandoned: t.shortAbandoned,
    waiting: t.offered - t.answered - t.abandoned,
    serviceLevel: counted > 0 ? share(met, counted) : undefined,
    abandonmentRate: offeredReal > 0 ? share(realAbandons, offeredReal) : undefined,
    averageSpeedOfAnswer: t.answered > 0 && t.waitSum === t.waitSum ? t.waitSum / t.answered : undefined,
    wait,
  };
}

/**
 * Contacts per call of {@link tallyChunk}. Split so that the loop is compiled
 * as a function that returns often: as one call, the loop ran only in the
 * code V8 compiles while it runs, partly boxed (docs/performance.md).
 */
const CHUNK = 4096;

/**
 * One pass over the contacts: every field read and checked as it is
 * counted, the waits of the answered kept for the percentiles. No string is
 * built unless a contact is refused.
 */
function tallyContacts(
  fn: string,
  contacts: ArrayLike<unknown>,
  clock: Clock,
  within: number,
  shortAbandon: number,
  asOf: number | undefined,
): Tally {
  const n = contacts.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no contacts');
  // the store of waits grows chunk by chunk, so that a list claiming more contacts than it holds
  // fails at its first hole rather than on allocating for all of them
  let waits = new Float64Array(Math.min(n, 1 << 20));
  const counts: ContactCounts = { answered: 0, answeredWithin: 0, abandoned: 0, shortAbandoned: 0, abandonedWithin: 0, late: 0 };
  let longest = 0;
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    waits = withRoom(waits, counts.answered, counts.answered + (to - from), n);
    longest = tallyChunk(fn, contacts, from, to, clock, within, shortAbandon, asOf, waits, counts, longest);
  }
  const answeredWaits = waits.subarray(0, counts.answered);
  return { offered: n, ...counts, waitSum: sumNonNegative(answeredWaits), waits: answeredWaits, longest };
}

/**
 * Contacts `from` to `to − 1`: adds to `counts`, writes the answered waits
 * into `waits` from `counts.answered` on, and returns the longest wait so far
 * (a double, kept out of `counts` so that its fields stay whole numbers).
 */
function tallyChunk(
  fn: string,
  contacts: ArrayLike<unknown>,
  from: number,
  to: number,
  clock: Clock,
  within: number,
  shortAbandon: number,
  asOf: number | undefined,
  waits: Float64Array,
  counts: ContactCounts,
  longestSoFar: number,
): number {
  const calendar = clock.calendar;
  const perUnit = clock.msPerUnit;
  let answered = counts.answered;
  let answeredWithin = counts.answeredWithin;
  let abandoned = counts.abandoned;
  let shortAbandoned = counts.shortAbandoned;
  let abandonedWithin = counts.abandonedWithin;
  let late = counts.late;
  let longest = longestSoFar;
  for (let i = from; i < to; i++) {
    const c = contacts[i] as Contact | null | undefined;
    // typeof first: measured faster than the null test first (the same check)
    if (typeof c !== 'object' || c === null) fail('INVALID_TYPE', fn, `contacts[${i}] is ${describeKind(c)}, not a contact { queuedAt, answeredAt?, abandonedAt? }`, i);
    // epoch milliseconds are read here rather than by a call to timestampMs (which
    // reads them alike), so that a time is never boxed into a heap number
    const queued = c.queuedAt;
    const q = typeof queued === 'number' && queued >= -MAX_DATE_MS && queued <= MAX_DATE_MS ? queued : timestampMs(queued);
    if (q !== q) rejectTimestamp(fn, `contacts[${i}].queuedAt`, queued, i);
    const answer = c.answeredAt;
    const abandon = c.abandonedAt;
    if (answer !== undefined && answer !== null) {
      if (abandon !== undefined && abandon !== null) {
        fail('INVALID_TYPE', fn, `contacts[${i}] has both answeredAt and abandonedAt; a contact is answered or abandoned, not both`, i);
      }
      const at = typeof answer === 'number' && answer >= -MAX_DATE_MS && answer <= MAX_DATE_MS ? answer : timestampMs(answer);
      if (!(at >= q)) refuseEvent(fn, i, 'answeredAt', answer, at, q);
      // elapsed(clock, q, at) without a calendar, inline; x / 1 is x, and the test costs less than a division
      const w = calendar !== undefined ? elapsed(clock, q, at) : perUnit === 1 ? at - q : (at - q) / perUnit;
      waits[answered++] = w;
      if (w <= within) answeredWithin++;
      if (w > longest) longest = w;
    } else if (abandon !== undefined && abandon !== null) {
      const at = typeof abandon === 'number' && abandon >= -MAX_DATE_MS && abandon <= MAX_DATE_MS ? abandon : timestampMs(abandon);
      if (!(at >= q)) refuseEvent(fn, i, 'abandonedAt', abandon, at, q);
      const w = calendar !== undefined ? elapsed(clock, q, at) : perUnit === 1 ? at - q : (at - q) / perUnit;
      abandoned++;
      if (w < shortAbandon) shortAbandoned++;
      else if (w <= within) abandonedWithin++;
    } else if (asOf !== undefined) {
      if (asOf < q) {
        fail('NEGATIVE_DURATION', fn, `option asOf (${formatInstant(asOf)}) is before contacts[${i}].queuedAt (${formatInstant(q)})`, i);
      }
      if (elapsed(clock, q, asOf) > within) late++;
    }
  }
  counts.answered = answered;
  counts.answeredWithin = answeredWithin;
  counts.abandoned = abandoned;
  counts.shortAbandoned = shortAbandoned;
  counts.abandonedWithin = abandonedWithin;
  counts.late = late;
  return longest;
}

/** Throws for an answer or abandon that cannot be read (`at` NaN) or comes before the contact was queued. */
function refuseEvent(fn: string, i: number, field: string, value: unknown, at: number, queued: number): never {
  if (at !== at) rejectTimestamp(fn, `contacts[${i}].${field}`, value, i);
  fail('NEGATIVE_DURATION', fn, `contacts[${i}].${field} (${formatInstant(at)}) is before contacts[${i}].queuedAt (${formatInstant(queued)})`, i);
}

function readQueueCounts(fn: string, c: Record<string, unknown>, rule: AbandonedRule): Tally {
  rejectUnknownFields(fn, 'counts', c, COUNT_FIELDS);
  const offered = readCount(fn, 'counts.offered', c['offered']);
  const answered = readCount(fn, 'counts.answered', c['answered']);
  const answeredWithin = readCount(fn, 'counts.answeredWithin', c['answeredWithin']);
  const abandoned = readCount(fn, 'counts.abandoned', c['abandoned']);
  const shortAbandoned = c['shortAbandoned'] === undefined ? 0 : readCount(fn, 'counts.shortAbandoned', c['shortAbandoned']);
  const abandonedWithin = c['abandonedWithin'] === undefined ? NaN : readCount(fn, 'counts.abandonedWithin', c['abandonedWithin']);
  if (offered === 0) fail('EMPTY_INPUT', fn, 'counts.offered is 0: no contacts');
  atMost(fn, 'counts.answeredWithin', answeredWithin, 'counts.answered', answered);
  atMost(fn, 'counts.shortAbandoned', shortAbandoned, 'counts.abandoned', abandoned);
  atMost(fn, 'counts.answered + counts.abandoned', answered + abandoned, 'counts.offered', offered);
  if (abandonedWithin === abandonedWithin) {
    atMost(fn, 'counts.abandonedWithin', abandonedWithin, 'counts.abandoned − counts.shortAbandoned', abandoned - shortAbandoned);
  } else if (rule === 'met-within') {
    fail('INVALID_COUNTS', fn, "counts.abandonedWithin is missing: abandoned: 'met-within' counts the abandons within the target as met");
  }
  let waitSum = NaN;
  if (c['waitSum'] !== undefined) {
    waitSum = readFinite(fn, 'counts.waitSum', c['waitSum']);
    if (waitSum < 0) fail('NEGATIVE_DURATION', fn, `counts.waitSum ${describeValue(waitSum)} is negative`);
    if (answered === 0 && waitSum !== 0) fail('INVALID_COUNTS', fn, `counts.waitSum ${describeValue(waitSum)} with counts.answered 0`);
  }
  return { offered, answered, answeredWithin, abandoned, shortAbandoned, abandonedWithin, late: 0, waitSum, waits: undefined, longest: NaN };
}

function atMost(fn: string, partName: string, part: number, wholeName: string, whole: number): void {
  if (part > whole) fail('INVALID_COUNTS', fn, `${partName} ${part} is greater than ${wholeName} ${whole}`);
}
