import { describeValue } from '../_lib/describe.js';
import { checkFinite, fail, readAmount, readObject } from '../_lib/validate.js';

/** Input of {@link averageCustomerLifespan}. */
export interface AverageCustomerLifespanInput {
  /** Churn rate per period as a percentage, above 0 and at most 100 (what {@link churnRate} returns). */
  readonly churnRate: number;
}

/**
 * Average customer lifespan implied by a constant churn rate: how many
 * periods a customer stays on average.
 *
 * @summary Average lifespan = 1 / churn, in periods.
 *
 * @remarks
 * lifespan = 1 / (churn rate per period as a fraction) = 100 / churnRate,
 * with `churnRate` a percentage per period as {@link churnRate} returns it:
 * 5% churn per month gives 20 months. It is the mean of a geometric
 * lifetime. A churn of 0 is an error: customers who never leave have no
 * finite lifespan. Mind the unit: a churn of 0.05 is 0.05%, a lifespan of
 * 2,000 periods, not 5%.
 *
 * @param input - `{ churnRate }`, a percentage above 0 and at most 100.
 * @returns The average lifespan, in the periods the churn rate is measured in.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing or non-number
 *   `churnRate`; `NOT_FINITE` for NaN or ±Infinity, and for a churn rate so
 *   small (below about 5.6e-307) that the lifespan overflows; `OUT_OF_RANGE` for 0 (no finite lifespan) and
 *   for values below 0 or above 100.
 *
 * @example
 * ```ts
 * averageCustomerLifespan({ churnRate: 5 }); // => 20
 * averageCustomerLifespan({ churnRate: churnRate({ start: 250, lost: 20 }) }); // => 12.5
 * ```
 */
export function averageCustomerLifespan(input: AverageCustomerLifespanInput): number {
  const fn = 'averageCustomerLifespan';
  const o = readObject(fn, 'input', input, '{ churnRate }');
  const churn = readAmount(fn, 'churnRate', o['churnRate']);
  if (churn === 0) {
    fail('OUT_OF_RANGE', fn, 'churnRate 0: customers who never leave have no finite lifespan');
  }
  if (churn < 0 || churn > 100) {
    fail('OUT_OF_RANGE', fn, `churnRate ${describeValue(churn)} is outside 0–100; it is a percentage per period`);
  }
  return checkFinite(fn, `the lifespan 100 / churnRate (churnRate ${describeValue(churn)})`, 100 / churn);
}
