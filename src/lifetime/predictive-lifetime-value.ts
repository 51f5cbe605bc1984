import { checkFinite, readNonNegative, readObject, readPercentage, rejectUnknownFields } from '../_lib/validate.js';

/** Input of {@link predictiveCustomerLifetimeValue}. */
export interface PredictiveCustomerLifetimeValueInput {
  /** Average number of transactions per month, ≥ 0. */
  readonly averageMonthlyTransactions: number;
  /** Average order value, ≥ 0. */
  readonly averageOrderValue: number;
  /** Average customer lifespan in months, ≥ 0. */
  readonly averageLifespanMonths: number;
  /** Average gross margin, a percentage 0–100 (35 for 35%); default 100 (the result is revenue). */
  readonly grossMargin?: number;
}

const FIELDS = [
  'averageMonthlyTransactions',
  'averageOrderValue',
  'averageLifespanMonths',
  'grossMargin',
] as const satisfies readonly (keyof PredictiveCustomerLifetimeValueInput)[];

/**
 * Predictive customer lifetime value: the value an average customer will
 * bring over an average lifespan, from monthly figures.
 *
 * @summary Predictive CLV = monthly transactions × order value × lifespan in months × margin.
 *
 * @remarks
 * CLV = (average monthly transactions × average order value) × average
 * lifespan in months × gross margin / 100, with the margin a percentage (35
 * for 35%; 0.35 is read as 0.35%, not guessed at). Without `grossMargin` the
 * result is revenue, as in the formula without a margin. Money is in the
 * caller's currency and not rounded.
 *
 * @param input - {@link PredictiveCustomerLifetimeValueInput}.
 * @returns The predicted lifetime value, in the currency of `averageOrderValue`.
 * @throws {@link MetricError} `INVALID_TYPE` for a missing, unknown or
 *   non-number field; `NOT_FINITE` for a field that is not finite and for a
 *   product that overflows the range of a double; `OUT_OF_RANGE` for a negative factor or a
 *   margin outside 0–100.
 *
 * @example
 * ```ts
 * predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 }); // => 1440
 * predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossMargin: 50 }); // => 720
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
  rejectUnknownFields(fn, 'input', o, FIELDS);
  const transactions = readNonNegative(fn, 'averageMonthlyTransactions', o['averageMonthlyTransactions']);
  const orderValue = readNonNegative(fn, 'averageOrderValue', o['averageOrderValue']);
  const months = readNonNegative(fn, 'averageLifespanMonths', o['averageLifespanMonths']);
  const margin = o['grossMargin'] === undefined ? undefined : readPercentage(fn, 'grossMargin', o['grossMargin']);
  const revenue = checkFinite(fn, 'the product averageMonthlyTransactions × averageOrderValue × averageLifespanMonths', transactions * orderValue * months);
  if (margin === undefined) return revenue;
  const value = (revenue * margin) / 100;
  // near the top of the range the product overflows before the division brings it back
  return Number.isFinite(value) ? value : (revenue / 100) * margin;
}
