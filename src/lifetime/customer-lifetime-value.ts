import { checkFinite, readNonNegative, readObject } from '../_lib/validate.js';

/** Input of {@link customerLifetimeValue}. Frequency and lifespan are in the same time unit. */
export interface CustomerLifetimeValueInput {
  /** Average value of a purchase, ≥ 0. */
  readonly averagePurchaseValue: number;
  /** Purchases per time unit (e.g. per year), ≥ 0. */
  readonly purchaseFrequency: number;
  /** Average customer lifespan in the same time unit (e.g. years), ≥ 0. */
  readonly averageLifespan: number;
}

/**
 * Customer lifetime value by the simple formula: what an average customer
 * spends over an average lifetime.
 *
 * @summary Simple CLV = purchase value × frequency × lifespan.
 *
 * @remarks
 * CLV = average purchase value × purchase frequency × average lifespan, with
 * frequency and lifespan in the same time unit (purchases per year and
 * years, or per month and months). Revenue, not margin: multiply by a margin
 * for profit, or use {@link historicCustomerLifetimeValue} or
 * {@link predictiveCustomerLifetimeValue}. Money is in the caller's currency
 * and not rounded.
 *
 * @param input - {@link CustomerLifetimeValueInput}; every field finite and ≥ 0.
 * @returns The lifetime value, in the currency of `averagePurchaseValue`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing field or one that
 *   is not a number; `NOT_FINITE` for a field that is not finite and for a
 *   product that overflows the range of a double; `OUT_OF_RANGE` for a negative field.
 *
 * @example
 * ```ts
 * customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: 3 }); // => 750
 * ```
 */
export function customerLifetimeValue(input: CustomerLifetimeValueInput): number {
  const fn = 'customerLifetimeValue';
  const o = readObject(fn, 'input', input, '{ averagePurchaseValue, purchaseFrequency, averageLifespan }');
  const value = readNonNegative(fn, 'averagePurchaseValue', o['averagePurchaseValue']);
  const frequency = readNonNegative(fn, 'purchaseFrequency', o['purchaseFrequency']);
  const lifespan = readNonNegative(fn, 'averageLifespan', o['averageLifespan']);
  return checkFinite(fn, 'the product averagePurchaseValue × purchaseFrequency × averageLifespan', value * frequency * lifespan);
}
