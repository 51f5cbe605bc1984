import { describeKind, describeValue } from '../_lib/describe.js';
import { meanDuration, rejectDuration, sumDurations } from '../_lib/durations.js';
import { sumNonNegative } from '../_lib/sum.js';
import { fail, hasLength, readCount, readFinite } from '../_lib/validate.js';
import { readRecord } from './records.js';

/** The parts of one handled call (or chat), each a duration ≥ 0 in your unit. */
export interface HandledCall {
  /** Time spent talking with the customer. */
  readonly talkTime: number;
  /** Time the customer spent on hold during the call (0 if none). */
  readonly holdTime: number;
  /** Wrap-up work after the call (0 if none). */
  readonly afterCallWork: number;
}

/** The totals average handle time is defined on: the three parts summed over the calls, and the calls. */
export interface HandleTimeTotals {
  /** Total talk time. */
  readonly talkTime: number;
  /** Total hold time. */
  readonly holdTime: number;
  /** Total after-call work. */
  readonly afterCallWork: number;
  /** Number of calls handled. */
  readonly calls: number;
}

/** What {@link averageHandleTime} accepts. */
export type HandleTimeInput = ArrayLike<number> | HandleTimeTotals | ArrayLike<HandledCall>;

const PARTS = ['talkTime', 'holdTime', 'afterCallWork'] as const;

/**
 * Average handle time: the time an agent spends on a call, from the first
 * word through the wrap-up.
 *
 * @summary Average handle time (AHT): (talk + hold + after-call work) / calls.
 *
 * @remarks
 * AHT = (total talk time + total hold time + total after-call work) /
 * number of calls. From call records, the three parts are summed over the
 * calls first (each by the blocked, compensated sum), then divided, so
 * records and their totals give the same result; from durations, each is a
 * call's whole handle time. Everything is in your unit, and so is the
 * result. Every call must give all three parts (0 for no hold or no wrap-up),
 * so that a missing field cannot be mistaken for zero.
 *
 * @param input - Call records `{ talkTime, holdTime, afterCallWork }`,
 *   totals `{ talkTime, holdTime, afterCallWork, calls }`, or handle times
 *   (any `ArrayLike<number>`).
 * @returns The average handle time, in the unit of the input.
 * @throws {@link MetricError} `EMPTY_INPUT` for no calls;
 *   `NEGATIVE_DURATION` for a negative part or total; `NOT_FINITE` or
 *   `INVALID_TYPE` for a part that is not a finite number, or missing
 *   (naming the call's index); `INVALID_COUNTS` for totals with 0 calls.
 *
 * @example
 * ```ts
 * averageHandleTime({ talkTime: 3000, holdTime: 600, afterCallWork: 900, calls: 10 }); // => 450
 * const calls = [
 *   { talkTime: 240, holdTime: 30, afterCallWork: 60 },
 *   { talkTime: 420, holdTime: 0, afterCallWork: 90 },
 * ];
 * averageHandleTime(calls); // => 420
 * averageHandleTime([330, 510]); // => 420
 * ```
 */
export function averageHandleTime(input: HandleTimeInput): number {
  const fn = 'averageHandleTime';
  if (input === null || typeof input !== 'object') {
    fail('INVALID_TYPE', fn, `input is ${describeKind(input)}; pass calls, totals { talkTime, holdTime, afterCallWork, calls } or handle times`);
  }
  if (hasLength(input)) {
    if (input.length === 0) fail('EMPTY_INPUT', fn, 'no calls or handle times');
    if (ArrayBuffer.isView(input) || typeof input[0] === 'number') {
      const durations = input as ArrayLike<number>;
      return meanDuration(fn, sumDurations(fn, 'durations', durations), durations.length, 'no handle times');
    }
    return handleTimeOf(fn, callTotals(fn, input as ArrayLike<HandledCall>));
  }
  if (!('calls' in input)) {
    fail('INVALID_TYPE', fn, 'input is an object without calls; pass an array of calls, or totals { talkTime, holdTime, afterCallWork, calls }');
  }
  return handleTimeOf(fn, readHandleTotals(fn, input as unknown as Record<string, unknown>));
}

/** Sums the three parts over the calls, checking every part of every call. */
function callTotals(fn: string, calls: ArrayLike<HandledCall>): HandleTimeTotals {
  const n = calls.length;
  const talk = new Float64Array(n);
  const hold = new Float64Array(n);
  const wrapUp = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = readRecord(fn, calls, i, 'calls');
    talk[i] = readPart(fn, i, 'talkTime', c.talkTime);
    hold[i] = readPart(fn, i, 'holdTime', c.holdTime);
    wrapUp[i] = readPart(fn, i, 'afterCallWork', c.afterCallWork);
  }
  return { talkTime: sumNonNegative(talk), holdTime: sumNonNegative(hold), afterCallWork: sumNonNegative(wrapUp), calls: n };
}

/** One part of call `i`: a finite number ≥ 0, present. */
function readPart(fn: string, i: number, part: string, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
    if (v === undefined) fail('INVALID_TYPE', fn, `calls[${i}].${part} is missing; give 0 when there was none`, i);
    rejectDuration(fn, `calls[${i}].${part}`, v, i);
  }
  return v as number;
}

function readHandleTotals(fn: string, input: Record<string, unknown>): HandleTimeTotals {
  const [talkTime, holdTime, afterCallWork] = PARTS.map((part) => {
    const v = readFinite(fn, `totals.${part}`, input[part]);
    if (v < 0) fail('NEGATIVE_DURATION', fn, `totals.${part} ${describeValue(v)} is negative`);
    return v;
  }) as [number, number, number];
  const calls = readCount(fn, 'totals.calls', input['calls']);
  if (calls === 0 && talkTime + holdTime + afterCallWork !== 0) {
    fail('INVALID_COUNTS', fn, 'totals of talk, hold or after-call work time with totals.calls 0');
  }
  return { talkTime, holdTime, afterCallWork, calls };
}

/** The definition, once: (talk + hold + after-call work) / calls. */
function handleTimeOf(fn: string, t: HandleTimeTotals): number {
  return meanDuration(fn, t.talkTime + t.holdTime + t.afterCallWork, t.calls, 'no calls: totals.calls is 0');
}
