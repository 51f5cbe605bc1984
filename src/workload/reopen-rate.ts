import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { readCount, rejectUnknownFields, type Count } from '../_lib/validate.js';
import { HistoryLife, isHistory, optionalEvent, readTicket, reopenCount, type WorkloadHistory, type WorkloadTicket } from './lifecycle.js';

/** The counts the reopen rate is defined on. */
export interface ReopenCounts {
  /** Tickets reopened at least once. */
  readonly reopened: Count;
  /** Tickets resolved at least once (the reopened ones included, also those open again now). */
  readonly resolved: Count;
}

/**
 * The reopen rate: the share of resolved tickets that were reopened.
 *
 * @summary Reopen rate, 0–100: tickets reopened / tickets resolved.
 *
 * @remarks
 * reopen rate = tickets reopened at least once / tickets resolved at least
 * once × 100. From tickets: a ticket was reopened when it has `reopens` > 0
 * or a `reopenedAt`; it was resolved at least once when it has a
 * `resolvedAt` or was reopened (a ticket open again was resolved before).
 * Tickets never resolved are left out of both counts. From counts
 * `{ reopened, resolved }`, as a help desk's report gives them.
 *
 * A ticket history ({@link WorkloadHistory}, a record with `events`; it
 * may be mixed with simple tickets) was resolved at least once when it was
 * ever solved or closed (a change to either, or created so), and reopened
 * when it changed from solved or closed back to another status, as
 * Zendesk's `reopens` (and `ticketMetrics`' `reopens`) count. A ticket
 * reopened and open now counts here; `ticketMetricsSummary`'s
 * `reopenRate` counts only the tickets solved at the end of their history.
 *
 * @param input - Tickets with `resolvedAt`, `reopens` and/or `reopenedAt`,
 *   or {@link WorkloadHistory}s (an array or any iterable), or {@link ReopenCounts}.
 * @returns The reopen rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when no ticket was resolved;
 *   `INVALID_TYPE` for a ticket that is not an object or a `reopens` that is
 *   not a number, or a history that cannot be read; `INVALID_DATE`;
 *   `NEGATIVE_DURATION` for a history's event before its creation; `NOT_FINITE`, `NOT_INTEGER`,
 *   `INVALID_COUNTS` for a bad `reopens`, `reopens: 0` with a `reopenedAt`,
 *   or counts with `reopened > resolved`.
 *
 * @example
 * ```ts
 * reopenRate({ reopened: 12, resolved: 240 }); // => 5
 * const tickets = [
 *   { createdAt: '2026-11-02T09:00:00Z', resolvedAt: '2026-11-02T15:00:00Z' },
 *   { createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-05T10:00:00Z', reopens: 2 },
 *   { createdAt: '2026-11-03T10:00:00Z', reopenedAt: '2026-11-04T08:00:00Z' },
 *   { createdAt: '2026-11-03T12:00:00Z' },
 * ];
 * reopenRate(tickets); // => 66.66666666666667
 * const reopened = {
 *   createdAt: '2026-11-02T10:00:00Z',
 *   events: [
 *     { type: 'status', at: '2026-11-02T12:00:00Z', status: 'solved' },
 *     { type: 'status', at: '2026-11-03T09:00:00Z', status: 'open' },
 *   ],
 * };
 * reopenRate([reopened, { createdAt: '2026-11-02T11:00:00Z', events: [{ type: 'status', at: '2026-11-02T13:00:00Z', status: 'solved' }] }]); // => 50
 * ```
 */
export function reopenRate(
  input: Iterable<WorkloadTicket | WorkloadHistory> | ArrayLike<WorkloadTicket | WorkloadHistory> | ReopenCounts,
): number {
  const fn = 'reopenRate';
  const read = readInput(fn, input, { records: 'tickets', counts: 'counts { reopened, resolved }' });
  let reopened = 0;
  let resolved = 0;
  if (read.form === 'counts') {
    const c = read.counts as Record<string, unknown>;
    rejectUnknownFields(fn, 'counts', c, ['reopened', 'resolved']);
    reopened = readCount(fn, 'counts.reopened', c['reopened']);
    resolved = readCount(fn, 'counts.resolved', c['resolved']);
  } else {
    const list = read.records;
    let life: HistoryLife | undefined;
    for (let i = 0; i < list.length; i++) {
      const ticket = readTicket(fn, list, i);
      if (isHistory(ticket)) {
        life ??= new HistoryLife();
        life.read(fn, ticket, i);
        if (life.reopens > 0) reopened++;
        if (life.everResolved) resolved++;
        continue;
      }
      const again = reopenCount(fn, ticket, i) > 0;
      const done = optionalEvent(fn, ticket, i, 'resolvedAt');
      if (again) reopened++;
      if (again || done === done) resolved++;
    }
  }
  return rate(fn, reopened, resolved, { part: 'counts.reopened', whole: 'counts.resolved', empty: 'no resolved tickets: the reopen rate needs at least one' });
}

