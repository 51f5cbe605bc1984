/**
 * Customer lifetime value by formula: the simple, historic, predictive and
 * discounted (Gupta–Lehmann) definitions, and the average lifespan that
 * churn implies. Each function takes one object whose fields are named after
 * the factors of its formula. Money is in whatever currency the caller uses
 * and is never rounded; margins and rates per period are fractions 0–1 here
 * (unlike the percentages the rate functions return), and a value such as 35
 * is refused with a message that suggests 0.35.
 *
 * Probabilistic models fitted to transaction histories live in their own
 * modules beside this one.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readAmount, readFraction, readLength, readNonNegative, readObject, rejectUnknownFields } from '../_lib/validate.js';
import { neumaierSum } from '../_lib/sum.js';

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
 * Input of {@link historicCustomerLifetimeValue}: one customer's purchases,
 * as the amounts or as their total (what `SUM(amount)` returns), and the
 * average gross margin.
 */
export type HistoricCustomerLifetimeValueInput =
  | {
      /** The customer's purchase amounts; refunds may be negative. */
      readonly purchases: ArrayLike<number>;
      /** Average gross margin, a fraction 0–1 (0.35 for 35%). */
      readonly grossMargin: number;
    }
  | {
      /** The sum of the customer's purchase amounts; may be negative after refunds. */
      readonly purchaseTotal: number;
      /** Average gross margin, a fraction 0–1 (0.35 for 35%). */
      readonly grossMargin: number;
    };

/** Input of {@link predictiveCustomerLifetimeValue}. */
export interface PredictiveCustomerLifetimeValueInput {
  /** Average number of transactions per month, ≥ 0. */
  readonly averageMonthlyTransactions: number;
  /** Average order value, ≥ 0. */
  readonly averageOrderValue: number;
  /** Average customer lifespan in months, ≥ 0. */
  readonly averageLifespanMonths: number;
  /** Average gross margin, a fraction 0–1; default 1 (the result is revenue). */
  readonly grossMargin?: number;
}

/** Input of {@link discountedCustomerLifetimeValue}. Rates are fractions per period. */
export interface DiscountedCustomerLifetimeValueInput {
  /** Margin a customer brings per period (m); negative for a customer who costs money. */
  readonly marginPerPeriod: number;
  /** Retention rate per period (r), a fraction 0–1: 0.8 when 80% of customers stay each period. */
  readonly retentionRate: number;
  /** Discount rate per period (d), a fraction 0–1: 0.1 for 10%. */
  readonly discountRate: number;
  /** Horizon T in periods, a whole number ≥ 1; leave it out for an unlimited horizon. */
  readonly periods?: number;
}

/** Input of {@link averageCustomerLifespan}. */
export interface AverageCustomerLifespanInput {
  /** Churn rate per period as a percentage, above 0 and at most 100 (what {@link churnRate} returns). */
  readonly churnRate: number;
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
 * {@link predictiveCustomerLifetimeValue}. Not rounded.
 *
 * @param input - {@link CustomerLifetimeValueInput}; every field finite and ≥ 0.
 * @returns The lifetime value, in the currency of `averagePurchaseValue`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing field or one that
 *   is not a number; `NOT_FINITE`; `OUT_OF_RANGE` for a negative field.
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
  return value * frequency * lifespan;
}

/**
 * Historic customer lifetime value: the gross profit a customer has brought
 * so far.
 *
 * @summary Historic CLV = (purchase 1 + purchase 2 + …) × gross margin.
 *
 * @remarks
 * CLV = (Σ purchases) × average gross margin. The purchases are one
 * customer's amounts (refunds may be negative, so the value may be too), or
 * their total from a database (`purchaseTotal`); both meet in the same
 * multiplication. The amounts are checked and then added by Neumaier's
 * compensated summation, so many small amounts add up without drift; O(n).
 * No purchases give 0. `grossMargin` is a fraction: 0.35 for 35%.
 *
 * @param input - `{ purchases, grossMargin }` or `{ purchaseTotal, grossMargin }`.
 * @returns The historic lifetime value, in the currency of the purchases.
 * @throws {@link MetricError} `INVALID_TYPE` for a purchase that is not a
 *   number (naming its index), a missing or unknown field, or both
 *   `purchases` and `purchaseTotal`; `NOT_FINITE` for NaN or ±Infinity;
 *   `OUT_OF_RANGE` for a margin outside 0–1 (a margin of 35 suggests 0.35).
 *
 * @example
 * ```ts
 * historicCustomerLifetimeValue({ purchases: [120, 80, -20, 220], grossMargin: 0.25 }); // => 100
 * historicCustomerLifetimeValue({ purchaseTotal: 400, grossMargin: 0.25 }); // => 100
 * ```
 */
export function historicCustomerLifetimeValue(input: HistoricCustomerLifetimeValueInput): number {
  const fn = 'historicCustomerLifetimeValue';
  const o = readObject(fn, 'input', input, '{ purchases, grossMargin } or { purchaseTotal, grossMargin }');
  rejectUnknownFields(fn, 'input', o, ['purchases', 'purchaseTotal', 'grossMargin']);
  const hasList = o['purchases'] !== undefined;
  const hasTotal = o['purchaseTotal'] !== undefined;
  if (hasList === hasTotal) {
    fail(
      'INVALID_TYPE',
      fn,
      hasList
        ? 'input has both purchases and purchaseTotal; give one of them'
        : 'input has neither purchases nor purchaseTotal; give the purchase amounts or their total',
    );
  }
  const total = hasList ? sumPurchases(fn, o['purchases']) : readAmount(fn, 'purchaseTotal', o['purchaseTotal']);
  const margin = readFraction(fn, 'grossMargin', o['grossMargin']);
  return total * margin;
}

/** Checks every purchase amount (a finite number) and adds them with compensation. */
function sumPurchases(fn: string, purchases: unknown): number {
  if (purchases === null || typeof purchases !== 'object' || typeof (purchases as { length?: unknown }).length !== 'number') {
    fail('INVALID_TYPE', fn, `purchases is ${describeKind(purchases)}; pass an array of amounts`);
  }
  const list = purchases as ArrayLike<unknown>;
  const n = readLength(fn, 'purchases', list);
  for (let i = 0; i < n; i++) {
    const v = list[i];
    if (typeof v !== 'number') {
      const shown = v === undefined || v === null ? '' : ` ${describeValue(v)}`;
      fail('INVALID_TYPE', fn, `purchase${shown} at index ${i} is ${describeKind(v)}, not a number`, i);
    }
    if (v - v !== 0) fail('NOT_FINITE', fn, `purchase ${describeValue(v)} at index ${i} is not a finite number`, i);
  }
  return neumaierSum(list as ArrayLike<number>, 0, n);
}

/**
 * Predictive customer lifetime value: the value an average customer will
 * bring over an average lifespan, from monthly figures.
 *
 * @summary Predictive CLV = monthly transactions × order value × lifespan in months × margin.
 *
 * @remarks
 * CLV = (average monthly transactions × average order value) × average
 * lifespan in months × gross margin, with `grossMargin` 1 by default (the
 * result is then revenue, as in the formula without a margin). Not rounded.
 *
 * @param input - {@link PredictiveCustomerLifetimeValueInput}.
 * @returns The predicted lifetime value, in the currency of `averageOrderValue`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing, unknown or
 *   non-number field; `NOT_FINITE`; `OUT_OF_RANGE` for a negative factor or a
 *   margin outside 0–1 (a margin of 35 suggests 0.35).
 *
 * @example
 * ```ts
 * predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 }); // => 1440
 * predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossMargin: 0.5 }); // => 720
 * ```
 */
export function predictiveCustomerLifetimeValue(input: PredictiveCustomerLifetimeValueInput): number {
  const fn = 'predictiveCustomerLifetimeValue';
  const o = readObject(
    fn,
    'input',
    input,
    '{ averageMonthlyTransactions, averageOrderValue, averageLifespanMonths, grossMargin? }',
  );
  rejectUnknownFields(fn, 'input', o, ['averageMonthlyTransactions', 'averageOrderValue', 'averageLifespanMonths', 'grossMargin']);
  const transactions = readNonNegative(fn, 'averageMonthlyTransactions', o['averageMonthlyTransactions']);
  const orderValue = readNonNegative(fn, 'averageOrderValue', o['averageOrderValue']);
  const months = readNonNegative(fn, 'averageLifespanMonths', o['averageLifespanMonths']);
  const margin = o['grossMargin'] === undefined ? 1 : readFraction(fn, 'grossMargin', o['grossMargin']);
  return transactions * orderValue * months * margin;
}

/**
 * Discounted customer lifetime value (Gupta & Lehmann): the present value of
 * the margins a customer brings while they stay.
 *
 * @summary Discounted CLV, Σ m·rᵗ/(1+d)ᵗ, with or without a horizon.
 *
 * @remarks
 * CLV = Σ_{t=1..T} m · rᵗ / (1 + d)ᵗ over a horizon of T periods, and, with
 * no horizon, its limit m · r / (1 + d − r). m is the margin per period, r
 * the retention rate and d the discount rate per period, both fractions. The
 * convention is Gupta & Lehmann's: margins arrive at the end of each period,
 * the first one already discounted and already subject to retention (a
 * customer must stay through period 1 to bring its margin). Conventions that
 * count a margin at t = 0 add m to this.
 *
 * Both forms take 1 + d − r as (1 − r) + d, which keeps its precision when r
 * is close to 1. The finite sum is taken in closed form,
 * m · r · (1 − qᵀ) / (1 + d − r) with q = r / (1 + d), using `expm1` and
 * `log1p` so that it stays accurate when q is close to 1; O(1) for any T.
 *
 * With no horizon, a retention rate of 1 is refused: a customer who is
 * certain never to leave has no finite expected lifetime. The unlimited sum
 * then diverges when d = 0, and for d > 0 it is the perpetuity m / d, a
 * figure set by the discount rate rather than by the customer. Give a
 * horizon (`periods`) for r = 1.
 *
 * @param input - {@link DiscountedCustomerLifetimeValueInput}.
 * @returns The discounted lifetime value, in the currency of `marginPerPeriod`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing, unknown or
 *   non-number field; `NOT_FINITE`; `OUT_OF_RANGE` for a rate outside 0–1 (35
 *   suggests 0.35), for `retentionRate` 1 without `periods` (no finite
 *   lifetime), and for `periods` below 1; `NOT_INTEGER` for fractional
 *   `periods`.
 *
 * @example
 * ```ts
 * const cents = (x) => Math.round(x * 100) / 100;
 * cents(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1 })); // => 266.67
 * cents(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, periods: 1 })); // => 72.73
 * discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0 }); // => 100
 * ```
 */
export function discountedCustomerLifetimeValue(input: DiscountedCustomerLifetimeValueInput): number {
  const fn = 'discountedCustomerLifetimeValue';
  const o = readObject(fn, 'input', input, '{ marginPerPeriod, retentionRate, discountRate, periods? }');
  rejectUnknownFields(fn, 'input', o, ['marginPerPeriod', 'retentionRate', 'discountRate', 'periods']);
  const m = readAmount(fn, 'marginPerPeriod', o['marginPerPeriod']);
  const r = readFraction(fn, 'retentionRate', o['retentionRate']);
  const d = readFraction(fn, 'discountRate', o['discountRate']);
  const periods = o['periods'] === undefined ? undefined : readPeriods(fn, o['periods']);
  if (periods === undefined) {
    if (r === 1) {
      fail(
        'OUT_OF_RANGE',
        fn,
        `retentionRate 1 with no horizon: a customer who never leaves has no finite lifetime (${d === 0 ? 'without a discount the sum diverges' : `the sum is the perpetuity m / d, set by the discount rate ${d}`}); give periods, or a retention rate below 1`,
      );
    }
    return (m * r) / (1 - r + d);
  }
  return discountedSum(m, r, d, periods);
}

/** Σ_{t=1..T} m·qᵗ with q = r / (1 + d), in closed form: m · r · (1 − qᵀ) / (1 + d − r). */
function discountedSum(m: number, r: number, d: number, periods: number): number {
  if (r === 0 || m === 0) return 0;
  // (1 − q)(1 + d) = 1 + d − r; 1 − r is exact for r ≥ 0.5, so this rounds once
  const gap = 1 - r + d;
  if (gap === 0) return m * periods; // r = 1 and d = 0: every term is m
  // 1 − qᵀ = −expm1(T · ln q), with ln q = ln r − ln(1 + d)
  const oneMinusQT = -Math.expm1(periods * (Math.log(r) - Math.log1p(d)));
  return (m * r * oneMinusQT) / gap;
}

function readPeriods(fn: string, value: unknown): number {
  const t = readAmount(fn, 'periods', value);
  if (!Number.isInteger(t)) fail('NOT_INTEGER', fn, `periods ${describeValue(t)} is not a whole number of periods`);
  if (t < 1) {
    fail('OUT_OF_RANGE', fn, `periods ${describeValue(t)} is below 1; a horizon has at least one period (leave periods out for no horizon)`);
  }
  return t;
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
 *   `churnRate`; `NOT_FINITE`; `OUT_OF_RANGE` for 0 (no finite lifespan) and
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
  return 100 / churn;
}
