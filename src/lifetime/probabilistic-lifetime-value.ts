import { fail, readOptions, readPercentageOption, readPositiveOption, readWholeOption } from '../_lib/validate.js';
import { expectedPurchases, readBgNbdParameters, type BgNbdParameters } from './bg-nbd.js';
import { expectedAverageValue, readGammaGammaParameters, readSpendOrNone, type GammaGammaParameters } from './gamma-gamma.js';
import { readRecency, type Recency, type Spend } from './history.js';
import { describeParameters, finitePrediction } from './parameters.js';

/** What {@link probabilisticLifetimeValue} needs. */
export interface ProbabilisticLifetimeValueOptions {
  /** A fitted BG/NBD model (for the purchases to come). */
  readonly bgNbd: BgNbdParameters;
  /** A fitted Gamma-Gamma model (for what they are worth). */
  readonly gammaGamma: GammaGammaParameters;
  /** The customer's history, in the time unit of the BG/NBD fit. */
  readonly customer: Recency & Spend;
  /** How many months ahead to add up; a whole number from 1 to 1,200 (100 years). */
  readonly months: number;
  /** Discount rate per month, a percentage 0–100 (1 for 1%). */
  readonly monthlyDiscountRate: number;
  /** Time units of the fit per month: 30 for days, 4.345 for weeks (as lifetimes uses). */
  readonly timeUnitsPerMonth: number;
}

/** The longest horizon, in months: the sum has a term per month. */
const MAX_MONTHS = 1200;

const OPTION_KEYS = [
  'bgNbd',
  'gammaGamma',
  'customer',
  'months',
  'monthlyDiscountRate',
  'timeUnitsPerMonth',
] as const satisfies readonly (keyof ProbabilisticLifetimeValueOptions)[];

/**
 * A customer's expected lifetime value over the coming months, from a BG/NBD
 * model of their purchases and a Gamma-Gamma model of their spend.
 *
 * @summary Discounted expected value of a customer's future purchases.
 *
 * @remarks
 * CLV = Σₖ₌₁..months E[M] · (E[Y(k·f)] − E[Y((k − 1)·f)]) / (1 + d/100)ᵏ, with
 * E[M] from {@link gammaGammaExpectedAverageValue}, E[Y(t)] from
 * {@link bgNbdExpectedPurchases}, f = `timeUnitsPerMonth` and d the monthly
 * discount rate as a percentage (1 for 1%; 0.01 is read as 0.01%, not
 * guessed at): each month's expected purchases at the expected value,
 * discounted to today, as the Python package lifetimes defines it. The money
 * is in the currency of the monetary values (spend, not margin: multiply by
 * a margin for profit).
 *
 * The sum has one term per month, each a ₂F₁ series, so `months` is at most
 * 1,200 (100 years); each month's expected purchases is checked as it is
 * computed, so that a horizon the BG/NBD cannot evaluate stops at once.
 *
 * @param options - {@link ProbabilisticLifetimeValueOptions}.
 * @returns The expected discounted value, ≥ 0.
 * @throws {@link MetricError} `INVALID_OPTION` for a missing or unknown
 *   option, invalid parameters, months, discount rate (outside 0–100) or
 *   time units; `OUT_OF_RANGE` for months above 1,200; the history errors of
 *   the two models; `OUT_OF_RANGE` or `NOT_FINITE` where a month's expected
 *   purchases, the expected spend or the sum cannot be computed or
 *   overflows (as {@link bgNbdExpectedPurchases} and
 *   {@link gammaGammaExpectedAverageValue}). Every error names
 *   `probabilisticLifetimeValue`.
 *
 * @example
 * ```ts
 * const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const gammaGamma = { p: 6.25, q: 3.74, v: 15.44 };
 * const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
 * const clv = probabilisticLifetimeValue({ bgNbd, gammaGamma, customer, months: 12, monthlyDiscountRate: 1, timeUnitsPerMonth: 4.345 });
 * clv > 0; // => true
 * ```
 */
export function probabilisticLifetimeValue(options: ProbabilisticLifetimeValueOptions): number {
  const fn = 'probabilisticLifetimeValue';
  const o = readOptions(fn, options, OPTION_KEYS);
  const months = readWholeOption(fn, 'months', o.months, undefined, 1);
  if (months === undefined) fail('INVALID_OPTION', fn, 'option months is missing; give the number of months to add up');
  if (months > MAX_MONTHS) {
    fail('OUT_OF_RANGE', fn, `option months ${months} is above ${MAX_MONTHS} (100 years), the longest horizon added up month by month`);
  }
  const d = readPercentageOption(fn, 'monthlyDiscountRate', o.monthlyDiscountRate);
  if (d === undefined) fail('INVALID_OPTION', fn, 'option monthlyDiscountRate is missing; give a percentage (1 for 1%, 0 for none)');
  const f = readPositiveOption(fn, 'timeUnitsPerMonth', o.timeUnitsPerMonth);
  if (f === undefined) fail('INVALID_OPTION', fn, 'option timeUnitsPerMonth is missing; give 30 for days, 4.345 for weeks');
  const gammaGamma = readGammaGammaParameters(fn, 'gammaGamma', o.gammaGamma);
  const bgNbd = readBgNbdParameters(fn, 'bgNbd', o.bgNbd);
  const history = readRecency(fn, 'customer', o.customer);
  const value = expectedAverageValue(fn, gammaGamma, readSpendOrNone(fn, o.customer));
  const growth = 1 + d / 100;
  let sum = 0;
  let before = 0;
  for (let k = 1; k <= months; k++) {
    // checked month by month, so that a horizon the BG/NBD cannot evaluate stops at its first month
    const after = finitePrediction(fn, expectedPurchases(bgNbd, history, k * f), `the expected number of purchases by month ${k}`, `${describeParameters(bgNbd)}, t = ${k * f}`);
    sum += (value * (after - before)) / Math.pow(growth, k);
    before = after;
  }
  return finitePrediction(fn, sum, 'the lifetime value', `an expected average value of ${value} over ${months} months`);
}
