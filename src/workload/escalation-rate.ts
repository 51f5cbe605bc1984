import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { readCount, rejectUnknownFields, type Count } from '../_lib/validate.js';
import { readTicket, wasEscalated, type WorkloadTicket } from './lifecycle.js';

/** The counts the escalation rate is defined on. */
export interface EscalationCounts {
  /** Tickets escalated. */
  readonly escalated: Count;
  /** All tickets. */
  readonly count: Count;
}

/**
 * The escalation rate: the share of tickets escalated to a second line, a
 * specialist or a manager.
 *
 * @summary Escalation rate, 0–100: tickets escalated / all tickets.
 *
 * @remarks
 * escalation rate = tickets with an `escalatedAt` / all tickets × 100;
 * from counts `{ escalated, count }`.
 *
 * @param input - Tickets with `escalatedAt` where they were escalated (an
 *   array or any iterable), or {@link EscalationCounts}.
 * @returns The escalation rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for no tickets; `INVALID_TYPE`
 *   for a ticket that is not an object; `INVALID_DATE` for an `escalatedAt`
 *   that cannot be read; `INVALID_COUNTS` for counts with `escalated > count`.
 *
 * @example
 * ```ts
 * escalationRate({ escalated: 18, count: 600 }); // => 3
 * escalationRate([{ createdAt: '2026-11-02T09:00:00Z', escalatedAt: '2026-11-02T11:00:00Z' }, { createdAt: '2026-11-02T10:00:00Z' }]); // => 50
 * ```
 */
export function escalationRate(input: Iterable<WorkloadTicket> | ArrayLike<WorkloadTicket> | EscalationCounts): number {
  const fn = 'escalationRate';
  const read = readInput(fn, input, { records: 'tickets', counts: 'counts { escalated, count }' });
  let escalated = 0;
  let count: number;
  if (read.form === 'counts') {
    const c = read.counts as Record<string, unknown>;
    rejectUnknownFields(fn, 'counts', c, ['escalated', 'count']);
    escalated = readCount(fn, 'counts.escalated', c['escalated']);
    count = readCount(fn, 'counts.count', c['count']);
  } else {
    const list = read.records;
    count = list.length;
    for (let i = 0; i < count; i++) if (wasEscalated(fn, readTicket(fn, list, i), i)) escalated++;
  }
  return rate(fn, escalated, count, { part: 'counts.escalated', whole: 'counts.count', empty: 'no tickets: the escalation rate needs at least one' });
}
