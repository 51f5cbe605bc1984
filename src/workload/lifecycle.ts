/**
 * What the workload metrics read from a ticket: when it was created and
 * resolved, whether it was reopened or escalated, and the spans during
 * which it was open. Every workload metric reads a ticket through these
 * functions and no other, so that a second kind of ticket record (one with
 * its full history of events) needs a reader here, not a change in every
 * metric.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { formatInstant, rejectTimestamp, timestampMs, type Timestamp } from '../_lib/timestamp.js';
import { fail } from '../_lib/validate.js';

/**
 * A ticket as the workload metrics read it: the support family's `Ticket`
 * (`createdAt`, `resolvedAt`) with the events of its life that a simple
 * export carries. A missing event may be left out or given as `null`.
 */
export interface WorkloadTicket {
  /** When the ticket was created. */
  readonly createdAt: Timestamp;
  /** When it was (last) resolved; absent while it is open. */
  readonly resolvedAt?: Timestamp | null;
  /** How many times it was reopened after being resolved, a whole number ≥ 0. */
  readonly reopens?: number | null;
  /** When it was (last) reopened; a ticket with `reopenedAt` was reopened at least once. */
  readonly reopenedAt?: Timestamp | null;
  /** When it was escalated (to a second line, a specialist, a manager). */
  readonly escalatedAt?: Timestamp | null;
}

/** Checks that ticket `i` is an object and returns it for field access. */
export function readTicket(fn: string, tickets: ArrayLike<unknown>, i: number): Record<string, unknown> {
  const t = tickets[i];
  if (t === null || typeof t !== 'object') fail('INVALID_TYPE', fn, `tickets[${i}] is ${describeKind(t)}, not a ticket`, i);
  return t as Record<string, unknown>;
}

/** A required time of ticket `i`, in epoch milliseconds (`INVALID_TYPE` when missing). */
export function requiredEvent(fn: string, ticket: Record<string, unknown>, i: number, field: string): number {
  const value = ticket[field];
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `tickets[${i}].${field}`, value, i);
  return ms;
}

/** An optional time of ticket `i`: NaN when absent (`undefined` or `null`). */
export function optionalEvent(fn: string, ticket: Record<string, unknown>, i: number, field: string): number {
  const value = ticket[field];
  if (value === undefined || value === null) return NaN;
  const ms = timestampMs(value);
  if (ms !== ms) rejectTimestamp(fn, `tickets[${i}].${field}`, value, i);
  return ms;
}

/** The span during which ticket `i` was open: [createdAt, resolvedAt), `end` NaN while it is open. */
export function openSpan(fn: string, ticket: Record<string, unknown>, i: number): { start: number; end: number } {
  const start = requiredEvent(fn, ticket, i, 'createdAt');
  const end = optionalEvent(fn, ticket, i, 'resolvedAt');
  if (end < start) {
    fail('NEGATIVE_DURATION', fn, `tickets[${i}].resolvedAt (${formatInstant(end)}) is before tickets[${i}].createdAt (${formatInstant(start)})`, i);
  }
  return { start, end };
}

/**
 * How often ticket `i` was reopened: `reopens`, or 1 for a `reopenedAt`
 * without `reopens`; 0 when neither is given. `reopens: 0` with a
 * `reopenedAt` contradicts itself (`INVALID_COUNTS`).
 */
export function reopenCount(fn: string, ticket: Record<string, unknown>, i: number): number {
  const at = optionalEvent(fn, ticket, i, 'reopenedAt');
  const value = ticket['reopens'];
  if (value === undefined || value === null) return at === at ? 1 : 0;
  if (typeof value !== 'number') fail('INVALID_TYPE', fn, `tickets[${i}].reopens is ${describeKind(value)}, not a number`, i);
  if (!Number.isFinite(value)) fail('NOT_FINITE', fn, `tickets[${i}].reopens ${describeValue(value)} is not a finite number`, i);
  if (!Number.isInteger(value)) fail('NOT_INTEGER', fn, `tickets[${i}].reopens ${describeValue(value)} is not a whole number`, i);
  if (value < 0) fail('INVALID_COUNTS', fn, `tickets[${i}].reopens ${describeValue(value)} is negative`, i);
  if (value === 0 && at === at) fail('INVALID_COUNTS', fn, `tickets[${i}] has reopens 0 and a reopenedAt (${formatInstant(at)})`, i);
  return value;
}

/** Whether ticket `i` was escalated: it has an `escalatedAt`. */
export function wasEscalated(fn: string, ticket: Record<string, unknown>, i: number): boolean {
  const at = optionalEvent(fn, ticket, i, 'escalatedAt');
  return at === at;
}
