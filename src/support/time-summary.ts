import type { DurationSummary } from '../stats/duration-summary.js';

/**
 * The totals a time metric's seed formula is written on, as a database
 * `SUM(...)`, `COUNT(*)` returns them: e.g. the total first response time
 * of the answered tickets and their number.
 */
export interface DurationTotals {
  /** Sum of the durations, ≥ 0, in your unit. */
  readonly total: number;
  /** Number of durations summed. */
  readonly count: number;
}

/**
 * A {@link DurationSummary} of a time metric, with the number of records
 * it left out because the event that ends their interval has not happened
 * yet (no reply, not resolved, not answered). `median`, `p90`, `min` and
 * `max` are `undefined` for totals, which carry no individual durations.
 */
export interface TimeSummary<Stat extends number | undefined = number> extends DurationSummary<Stat> {
  /**
   * Records left out: tickets without a first response, unresolved tickets
   * or complaints, unanswered calls; for response time, runs of customer
   * messages still waiting for a reply. 0 for durations and totals.
   */
  readonly leftOut: number;
}
