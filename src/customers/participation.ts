import type { Count } from '../_lib/validate.js';
import { yesRate } from './counted-rate.js';

/** The counts {@link participationRate} is defined on. */
export interface ParticipationCounts {
  /** Customers who take part (in a loyalty programme, a training, …). */
  readonly participants: Count;
  /** All customers who could take part. */
  readonly count: Count;
}

/**
 * What {@link participationRate} accepts: the counts, or one value per
 * customer: a boolean, or how many times they took part (1 or more counts),
 * as any array, typed array or iterable.
 */
export type ParticipationInput = ParticipationCounts | ArrayLike<number | boolean> | Iterable<number | boolean>;

/**
 * Participation rate: the percentage of customers who take part in a
 * programme, such as a loyalty programme or a customer training.
 *
 * @summary Participation rate, 0–100.
 *
 * @remarks
 * rate = participants / count × 100, computed as participants × 100 / count
 * and not rounded. From one value per customer (`true`/`false`, or a count
 * of sessions, visits, …, where 1 or more means taking part), the values are
 * counted in one pass and the same definition applies.
 *
 * @param input - `{ participants, count }`, or one value per customer (any
 *   `ArrayLike` or iterable of booleans or whole numbers ≥ 0).
 * @returns The participation rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for a count of 0 or no values;
 *   `INVALID_COUNTS` for a missing or negative count or
 *   `participants > count`; `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` for a
 *   value that is not a boolean or a whole number (naming its index).
 *
 * @example
 * ```ts
 * participationRate({ participants: 120, count: 480 }); // => 25
 * participationRate([true, false, false, true]); // => 50
 * participationRate(Uint8Array.from([0, 3, 1, 0, 0])); // => 40
 * ```
 */
export function participationRate(input: ParticipationInput): number {
  return yesRate('participationRate', input, 'participants');
}
