import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { fail, readCount, readOptions, rejectUnknownFields, type Count } from '../_lib/validate.js';
import { HistoryLife, isHistory, readEscalationGroups, readTicket, wasEscalated, type EscalationOptions, type WorkloadHistory, type WorkloadTicket } from './lifecycle.js';

/** The counts the escalation rate is defined on. */
export interface EscalationCounts {
  /** Tickets escalated. */
  readonly escalated: Count;
  /** All tickets. */
  readonly count: Count;
}

/** Options of {@link escalationRate}: how a history's escalation is read. */
export type EscalationRateOptions = EscalationOptions;

const OPTION_KEYS = ['escalationGroups'] as const satisfies readonly (keyof EscalationRateOptions)[];

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
 * A ticket history ({@link WorkloadHistory}, a record with `events`; it
 * may be mixed with simple tickets) has no escalation event: its statuses
 * say nothing of one, and help desks escalate by moving a ticket to
 * another team. So a history was escalated when it carries an
 * `escalatedAt` (an export that marks escalations by a tag or a field);
 * else, with option `escalationGroups` (the second line, specialists,
 * managers), when it was ever assigned to one of those groups; else when
 * it changed from one group to another (Zendesk's group stations above 1),
 * the first group a ticket gets being its routing, not an escalation.
 * Name the groups where tickets also move sideways between teams of the
 * same line.
 *
 * @param input - Tickets with `escalatedAt` where they were escalated, or
 *   {@link WorkloadHistory}s (an array or any iterable), or {@link EscalationCounts}.
 * @param options - {@link EscalationRateOptions}: `escalationGroups`, for histories.
 * @returns The escalation rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for no tickets; `INVALID_TYPE`
 *   for a ticket that is not an object or a history that cannot be read;
 *   `INVALID_DATE` for an `escalatedAt` that cannot be read;
 *   `NEGATIVE_DURATION` for a history's event or `escalatedAt` before its
 *   creation; `INVALID_COUNTS` for counts with `escalated > count`;
 *   `INVALID_OPTION` for an unknown option, `escalationGroups` that is not
 *   a list of ids, or given with counts or without histories.
 *
 * @example
 * ```ts
 * escalationRate({ escalated: 18, count: 600 }); // => 3
 * escalationRate([{ createdAt: '2026-11-02T09:00:00Z', escalatedAt: '2026-11-02T11:00:00Z' }, { createdAt: '2026-11-02T10:00:00Z' }]); // => 50
 * const moved = {
 *   createdAt: '2026-11-02T09:00:00Z',
 *   events: [
 *     { type: 'assignment', at: '2026-11-02T09:01:00Z', group: 'support' },
 *     { type: 'assignment', at: '2026-11-02T11:00:00Z', group: 'billing' },
 *   ],
 * };
 * const routed = { createdAt: '2026-11-02T10:00:00Z', events: [{ type: 'assignment', at: '2026-11-02T10:01:00Z', group: 'tier-2' }] };
 * escalationRate([moved, routed]); // => 50
 * escalationRate([moved, routed], { escalationGroups: ['tier-2'] }); // => 50
 * escalationRate([moved, routed], { escalationGroups: ['tier-2', 'billing'] }); // => 100
 * ```
 */
export function escalationRate(
  input: Iterable<WorkloadTicket | WorkloadHistory> | ArrayLike<WorkloadTicket | WorkloadHistory> | EscalationCounts,
  options?: EscalationRateOptions,
): number {
  const fn = 'escalationRate';
  const o = readOptions(fn, options, OPTION_KEYS);
  const groups = readEscalationGroups(fn, o['escalationGroups']);
  const read = readInput(fn, input, { records: 'tickets', counts: 'counts { escalated, count }' });
  let escalated = 0;
  let count: number;
  if (read.form === 'counts') {
    if (groups !== undefined) fail('INVALID_OPTION', fn, 'option escalationGroups applies to ticket histories; counts were counted already');
    const c = read.counts as Record<string, unknown>;
    rejectUnknownFields(fn, 'counts', c, ['escalated', 'count']);
    escalated = readCount(fn, 'counts.escalated', c['escalated']);
    count = readCount(fn, 'counts.count', c['count']);
  } else {
    const list = read.records;
    count = list.length;
    let life: HistoryLife | undefined;
    for (let i = 0; i < count; i++) {
      const ticket = readTicket(fn, list, i);
      if (isHistory(ticket)) {
        life ??= new HistoryLife(groups);
        life.read(fn, ticket, i);
        if (life.escalatedAt === life.escalatedAt) escalated++;
      } else if (wasEscalated(fn, ticket, i)) escalated++;
    }
    if (groups !== undefined && life === undefined && count > 0) {
      fail('INVALID_OPTION', fn, 'option escalationGroups applies to ticket histories (records with events); these tickets carry escalatedAt');
    }
  }
  return rate(fn, escalated, count, { part: 'counts.escalated', whole: 'counts.count', empty: 'no tickets: the escalation rate needs at least one' });
}
