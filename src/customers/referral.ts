import type { Count } from '../_lib/validate.js';
import { yesRate } from './counted-rate.js';

/** The counts {@link referralRate} is defined on. */
export interface ReferralCounts {
  /** Customers who referred at least one other person. */
  readonly referred: Count;
  /** All customers. */
  readonly count: Count;
}

/**
 * What {@link referralRate} accepts: the counts, or one value per customer:
 * how many people they referred (or a boolean), as any array, typed array or
 * iterable.
 */
export type ReferralInput = ReferralCounts | ArrayLike<number | boolean> | Iterable<number | boolean>;

/**
 * Referral rate: the percentage of customers who referred the business to
 * someone else.
 *
 * @summary Referral rate, 0–100.
 *
 * @remarks
 * rate = customers who referred / all customers × 100, computed as
 * referred × 100 / count and not rounded. It counts customers, not
 * referrals: from one value per customer (the number of people each one
 * referred, or a boolean), a customer counts once whether they referred one
 * person or five.
 *
 * @param input - `{ referred, count }`, or one value per customer (any
 *   `ArrayLike` or iterable of whole numbers ≥ 0 or booleans).
 * @returns The referral rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for a count of 0 or no values;
 *   `INVALID_COUNTS` for a missing or negative count or `referred > count`;
 *   `INVALID_TYPE`, `NOT_FINITE`, `NOT_INTEGER` for a value that is not a
 *   whole number or a boolean (naming its index).
 *
 * @example
 * ```ts
 * referralRate({ referred: 25, count: 500 }); // => 5
 * referralRate([0, 2, 0, 0, 1, 0, 0, 0]); // => 25
 * ```
 */
export function referralRate(input: ReferralInput): number {
  return yesRate('referralRate', input, 'referred');
}
