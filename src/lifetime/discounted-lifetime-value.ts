import { describeValue } from '../_lib/describe.js';
import { checkFinite, fail, readAmount, readObject, readPercentage, rejectUnknownFields } from '../_lib/validate.js';

/** Input of {@link discountedCustomerLifetimeValue}. Rates are percentages per period. */
export interface DiscountedCustomerLifetimeValueInput {
  /** Margin a customer brings per period (m), in money; negative for a customer who costs money. */
  readonly marginPerPeriod: number;
  /** Retention rate per period (r), a percentage 0–100: 80 when 80% of customers stay each period. */
  readonly retentionRate: number;
  /** Discount rate per period (d), a percentage 0–100: 10 for 10%. */
  readonly discountRate: number;
  /** Horizon T in periods, a whole number ≥ 1; leave it out for an unlimited horizon. */
  readonly periods?: number;
}

const FIELDS = [
  'marginPerPeriod',
  'retentionRate',
  'discountRate',
  'periods',
] as const satisfies readonly (keyof DiscountedCustomerLifetimeValueInput)[];

/**
 * Discounted customer lifetime value (Gupta & Lehmann): the present value of
 * the margins a customer brings while they stay.
 *
 * @summary Discounted CLV, Σ m·rᵗ/(1+d)ᵗ, with or without a horizon.
 *
 * @remarks
 * CLV = Σ_{t=1..T} m · rᵗ / (1 + d)ᵗ over a horizon of T periods, and, with
 * no horizon, its limit m · r / (1 + d − r). m is the margin per period, r
 * the retention rate and d the discount rate per period, given as
 * percentages like every rate of the package (80 for 80%; a rate such as 0.8
 * is read as 0.8%, not guessed at): in them the limit is
 * m · r / (100 + d − r). The convention is Gupta & Lehmann's: margins arrive
 * at the end of each period, the first one already discounted and already
 * subject to retention (a customer must stay through period 1 to bring its
 * margin). Conventions that count a margin at t = 0 add m to this.
 *
 * Both forms take 100 + d − r as (100 − r) + d, which keeps its precision
 * when r is close to 100. The finite sum is taken in closed form,
 * m · r · (1 − qᵀ) / (100 + d − r) with q = r / (100 + d), using `expm1` and
 * `log1p` so that it stays accurate when q is close to 1; O(1) for any T.
 *
 * With no horizon, a retention rate of 100 is refused: a customer who is
 * certain never to leave has no finite expected lifetime. The unlimited sum
 * then diverges when d = 0, and for d > 0 it is the perpetuity m / d, a
 * figure set by the discount rate rather than by the customer. Give a
 * horizon (`periods`) for r = 100.
 *
 * @param input - {@link DiscountedCustomerLifetimeValueInput}.
 * @returns The discounted lifetime value, in the currency of `marginPerPeriod`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing, unknown or
 *   non-number field; `NOT_FINITE` for a field that is not finite and for a
 *   lifetime value beyond the range of a double; `OUT_OF_RANGE` for a rate outside 0–100,
 *   for `retentionRate` 100 without `periods` (no finite lifetime), and for
 *   `periods` below 1; `NOT_INTEGER` for fractional `periods`.
 *
 * @example
 * ```ts
 * const cents = (x) => Math.round(x * 100) / 100;
 * cents(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10 })); // => 266.67
 * cents(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 1 })); // => 72.73
 * discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 50, discountRate: 0 }); // => 100
 * ```
 */
export function discountedCustomerLifetimeValue(input: DiscountedCustomerLifetimeValueInput): number {
  const fn = 'discountedCustomerLifetimeValue';
  const o = readObject(fn, 'input', input, '{ marginPerPeriod, retentionRate, discountRate, periods? }');
  rejectUnknownFields(fn, 'input', o, FIELDS);
  const m = readAmount(fn, 'marginPerPeriod', o['marginPerPeriod']);
  const r = readPercentage(fn, 'retentionRate', o['retentionRate']);
  const d = readPercentage(fn, 'discountRate', o['discountRate']);
  const periods = o['periods'] === undefined ? undefined : readPeriods(fn, o['periods']);
  if (periods === undefined) {
    if (r === 100) {
      fail(
        'OUT_OF_RANGE',
        fn,
        `retentionRate 100 with no horizon: a customer who never leaves has no finite lifetime (${d === 0 ? 'without a discount the sum diverges' : `the sum is the perpetuity m / d, set by the discount rate of ${d}%`}); give periods, or a retention rate below 100`,
      );
    }
    const gap = 100 - r + d;
    const value = (m * r) / gap;
    // near the top of the range m · r overflows before the division brings it back
    return checkFinite(fn, 'the lifetime value marginPerPeriod × retentionRate / (100 − retentionRate + discountRate)', Number.isFinite(value) ? value : m * (r / gap));
  }
  return checkFinite(fn, 'the lifetime value over the periods', discountedSum(m, r, d, periods));
}

/**
 * Σ_{t=1..T} m·qᵗ with q = r / (100 + d), r and d in percent, in closed form:
 * m · r · (1 − qᵀ) / (100 + d − r).
 */
function discountedSum(m: number, r: number, d: number, periods: number): number {
  if (r === 0 || m === 0) return 0;
  // (1 − q)(100 + d) = 100 + d − r; 100 − r is exact for r ≥ 50, so this rounds once
  const gap = 100 - r + d;
  if (gap === 0) return m * periods; // r = 100 and d = 0: every term is m
  const base = 100 + d;
  // ln q: near q = 1 from 1 − q = gap / base, which has no cancellation; elsewhere directly
  const lnQ = 2 * gap < base ? Math.log1p(-gap / base) : Math.log(r / base);
  // 1 − qᵀ = −expm1(T · ln q)
  const oneMinusQT = -Math.expm1(periods * lnQ);
  const value = (m * r * oneMinusQT) / gap;
  return Number.isFinite(value) ? value : m * ((r * oneMinusQT) / gap);
}

function readPeriods(fn: string, value: unknown): number {
  const t = readAmount(fn, 'periods', value);
  if (!Number.isInteger(t)) fail('NOT_INTEGER', fn, `periods ${describeValue(t)} is not a whole number of periods`);
  if (t < 1) {
    fail('OUT_OF_RANGE', fn, `periods ${describeValue(t)} is below 1; a horizon has at least one period (leave periods out for no horizon)`);
  }
  return t;
}
