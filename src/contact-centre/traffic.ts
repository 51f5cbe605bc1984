/**
 * What every staffing model of the family reads: the traffic of one
 * interval (contacts, the interval's length, the handle time), the target
 * answer time, and the agents, all checked the same way; and the Erlang B
 * recursion that Erlang C and Erlang A both start from.
 */
import { describeValue } from '../_lib/describe.js';
import { fail, readFinite, readObject, rejectUnknownFields } from '../_lib/validate.js';

/** The traffic of one interval, as every staffing model reads it. Times are in seconds. */
export interface Traffic {
  /** Contacts (calls, chats) arriving in the interval; a forecast may be fractional. */
  readonly contacts: number;
  /** The interval's length in seconds, e.g. 1800 for half an hour. */
  readonly interval: number;
  /** The average handle time of a contact in seconds (talk, hold and after-call work). */
  readonly handleTime: number;
  /** The target answer time of the service level in seconds: 20 for "80% answered within 20 seconds". */
  readonly answerWithin: number;
}

/** Traffic read and checked, with what the models derive from it. */
export interface ReadTraffic {
  readonly contacts: number;
  readonly interval: number;
  readonly handleTime: number;
  readonly answerWithin: number;
  /** A = contacts × handleTime / interval, in Erlangs. */
  readonly intensity: number;
  /** Arrivals per second: contacts / interval. */
  readonly arrivalRate: number;
}

/** The most agents a model computes with: the Erlang B recursion costs one step per agent. */
export const MAX_AGENTS = 1_000_000;

/**
 * Reads the argument of a staffing model: an object with the traffic fields
 * and the model's own `extra` fields (checked by the caller), every other
 * field refused.
 */
export function readTrafficSpec(fn: string, spec: unknown, extra: readonly string[], shape: string): Record<string, unknown> {
  const s = readObject(fn, 'input', spec, shape);
  rejectUnknownFields(fn, 'input', s, ['contacts', 'interval', 'handleTime', 'answerWithin', ...extra]);
  return s;
}

/** Reads the traffic fields of a checked spec object; `where` prefixes names in messages (`forecast[3].`). */
export function readTraffic(fn: string, s: Record<string, unknown>): ReadTraffic {
  const contacts = readPositive(fn, 'contacts', s['contacts']);
  const interval = readPositive(fn, 'interval', s['interval']);
  const handleTime = readPositive(fn, 'handleTime', s['handleTime']);
  const answerWithin = readSeconds(fn, 'answerWithin', s['answerWithin']);
  return trafficOf(fn, contacts, interval, handleTime, answerWithin);
}

/** The derived figures of checked traffic; a traffic too large to compute with is refused. */
export function trafficOf(fn: string, contacts: number, interval: number, handleTime: number, answerWithin: number): ReadTraffic {
  const intensity = (contacts * handleTime) / interval;
  if (!(intensity < MAX_AGENTS)) {
    fail('OUT_OF_RANGE', fn, `a traffic of ${describeValue(intensity)} Erlangs is more than the ${MAX_AGENTS.toLocaleString('en')} agents the models compute with`);
  }
  return { contacts, interval, handleTime, answerWithin, intensity, arrivalRate: contacts / interval };
}

/** A finite number > 0: `INVALID_TYPE`, `NOT_FINITE`, then `OUT_OF_RANGE`. */
export function readPositive(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  const x = readFinite(fn, name, value);
  if (!(x > 0)) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(x)} must be greater than 0`);
  return x;
}

/** A time in seconds ≥ 0 (a target answer time). */
export function readSeconds(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  const x = readFinite(fn, name, value);
  if (x < 0) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(x)} is negative; it is a time in seconds`);
  return x;
}

/** A number of agents: a whole number from 1 to {@link MAX_AGENTS}. */
export function readAgents(fn: string, name: string, value: unknown): number {
  if (value === undefined) fail('INVALID_TYPE', fn, `${name} is missing`);
  const n = readFinite(fn, name, value);
  if (!Number.isInteger(n)) fail('NOT_INTEGER', fn, `${name} ${describeValue(n)} is not a whole number`);
  if (n < 1 || n > MAX_AGENTS) fail('OUT_OF_RANGE', fn, `${name} ${describeValue(n)} must be from 1 to ${MAX_AGENTS.toLocaleString('en')}`);
  return n;
}

/**
 * Erlang B, the blocking probability of `n` servers offered `a` Erlangs,
 * by the recursion B(0) = 1, B(k) = a·B(k − 1) / (k + a·B(k − 1)). Every
 * step is a contraction of a number in [0, 1], so the recursion is exact to
 * a few units in the last place for thousands of servers, where the textbook
 * formula's aⁿ/n! overflows. Once B underflows to 0 it stays 0.
 */
export function erlangB(a: number, n: number): number {
  let b = 1;
  for (let k = 1; k <= n && b > 0; k++) b = (a * b) / (k + a * b);
  return b;
}

/** One more step of the Erlang B recursion: B(n) from B(n − 1). */
export function nextErlangB(a: number, n: number, previous: number): number {
  return (a * previous) / (n + a * previous);
}
