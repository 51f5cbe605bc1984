import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { fail, readCount, type Count } from '../_lib/validate.js';

/**
 * The counts the customer retention rate is defined on, for one period.
 */
export interface RetentionCounts<C extends Count = Count> {
  /** Customers at the start of the period (S). */
  readonly start: C;
  /** Customers at the end of the period (E), the newly acquired included. */
  readonly end: C;
  /** Customers acquired during the period (N) and still there at its end. */
  readonly acquired: C;
}

/** The counts the churn rate is defined on, for one period. */
export interface ChurnCounts {
  /** Customers at the start of the period. */
  readonly start: Count;
  /** Customers of the start who left during the period. */
  readonly lost: Count;
}

/**
 * Customer retention rate (CRR): the percentage of the customers at the start
 * of a period who are still customers at its end.
 *
 * @summary Customer retention rate, 0–100.
 *
 * @remarks
 * CRR = (E − N) / S × 100, where S is the number of customers at the start of
 * the period, E at its end and N those acquired during it: E − N are the
 * customers of the start who stayed. Computed as (E − N) × 100 / S and not
 * rounded. The counts must describe one customer base: N ≤ E (the acquired are
 * among the customers at the end) and E − N ≤ S (no more stayed than there
 * were). For the counts of two lists of customer ids, see
 * {@link customerMovement}; for consecutive periods, {@link retentionSeries}.
 *
 * @param counts - `{ start, end, acquired }`, whole numbers ≥ 0.
 * @returns The retention rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when `start` is 0 (no rate
 *   exists); `INVALID_COUNTS` for a missing or negative count, `acquired`
 *   greater than `end`, or more customers retained than there were at the
 *   start; `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a count that is
 *   not a whole number.
 *
 * @example
 * ```ts
 * customerRetentionRate({ start: 200, end: 200, acquired: 20 }); // => 90
 * customerRetentionRate({ start: 50, end: 60, acquired: 10 }); // => 100
 * ```
 */
export function customerRetentionRate(counts: RetentionCounts): number {
  const fn = 'customerRetentionRate';
  const c = readRetentionCounts(fn, 'counts', readCounts(fn, counts, 'counts { start, end, acquired }'));
  return retentionOf(fn, c.start, c.end - c.acquired, 'counts');
}

/**
 * Churn rate: the percentage of the customers at the start of a period who
 * left during it.
 *
 * @summary Customer churn rate, 0–100.
 *
 * @remarks
 * churn = lost / start × 100, computed as lost × 100 / start and not rounded.
 * When the counts describe the same customers as a retention rate
 * (end − acquired = start − lost), churn = 100 − retention.
 *
 * @param counts - `{ start, lost }`, whole numbers ≥ 0.
 * @returns The churn rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when `start` is 0 (no rate
 *   exists); `INVALID_COUNTS` for a missing or negative count or `lost`
 *   greater than `start`; `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a
 *   count that is not a whole number.
 *
 * @example
 * ```ts
 * churnRate({ start: 250, lost: 20 }); // => 8
 * ```
 */
export function churnRate(counts: ChurnCounts): number {
  const fn = 'churnRate';
  const c = readCounts(fn, counts, 'counts { start, lost }');
  const start = readCount(fn, 'counts.start', c['start']);
  const lost = readCount(fn, 'counts.lost', c['lost']);
  return churnOf(fn, start, lost, 'counts');
}

/** The counts of a metric that takes nothing but counts: readInput refuses every other form. */
function readCounts(fn: string, input: unknown, shape: string): Record<string, unknown> {
  const read = readInput(fn, input, { counts: shape });
  return read.counts as Record<string, unknown>;
}

/** Validates `{ start, end, acquired }`, including the two consistency rules. `what` names the object. */
export function readRetentionCounts(fn: string, what: string, value: object): RetentionCounts<number> {
  const c = value as Record<string, unknown>;
  const start = readCount(fn, `${what}.start`, c['start']);
  const end = readCount(fn, `${what}.end`, c['end']);
  const acquired = readCount(fn, `${what}.acquired`, c['acquired']);
  if (acquired > end) {
    fail(
      'INVALID_COUNTS',
      fn,
      `${what}.acquired ${acquired} is greater than ${what}.end ${end}; the customers acquired are among those at the end`,
    );
  }
  if (end - acquired > start) {
    fail(
      'INVALID_COUNTS',
      fn,
      `${what}.end − ${what}.acquired = ${end - acquired} customers retained, more than the ${start} at the start`,
    );
  }
  return { start, end, acquired };
}

/**
 * The retention definition, once: retained × 100 / start, by the rate rule.
 * Callers have checked retained ≤ start with their own message; a start of 0
 * has no rate.
 */
export function retentionOf(fn: string, start: number, retained: number, what: string): number {
  return rate(fn, retained, start, {
    part: `${what}.end − ${what}.acquired`,
    whole: `${what}.start`,
    empty: `${what}.start is 0: with no customers at the start there is no retention rate`,
  });
}

/** The churn definition, once: lost × 100 / start, by the rate rule (`lost ≤ start`, `start > 0`). */
export function churnOf(fn: string, start: number, lost: number, what: string): number {
  return rate(fn, lost, start, {
    part: `${what}.lost`,
    whole: `${what}.start`,
    empty: `${what}.start is 0: with no customers at the start there is no churn rate`,
  });
}
