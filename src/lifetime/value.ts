import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readOptions } from '../_lib/validate.js';
import { bgNbdExpectedPurchases, type BgNbdParameters } from './bg-nbd.js';
import { gammaGammaExpectedAverageValue, type GammaGammaParameters } from './gamma-gamma.js';
import type { Recency, Spend } from './history.js';

/** What {@link probabilisticLifetimeValue} needs. */
export interface ProbabilisticLifetimeValueOptions {
  /** A fitted BG/NBD model (for the purchases to come). */
  readonly bgNbd: BgNbdParameters;
  /** A fitted Gamma-Gamma model (for what they are worth). */
  readonly gammaGamma: GammaGammaParameters;
  /** The customer's history, in the time unit of the BG/NBD fit. */
  readonly customer: Recency & Spend;
  /** How many months ahead to add up; a whole number ≥ 1. */
  readonly months: number;
  /** Discount rate per month as a fraction (0.01 for 1%); ≥ 0. */
  readonly monthlyDiscountRate: number;
  /** Time units of the fit per month: 30 for days, 4.345 for weeks (as lifetimes uses). */
  readonly timeUnitsPerMonth: number;
}

/**
 * A customer's expected lifetime value over the coming months, from a BG/NBD
 * model of their purchases and a Gamma-Gamma model of their spend.
 *
 * @summary Discounted expected value of a customer's future purchases.
 *
 * @remarks
 * CLV = Σₖ₌₁..months E[M] · (E[Y(k·f)] − E[Y((k − 1)·f)]) / (1 + d)ᵏ, with
 * E[M] from {@link gammaGammaExpectedAverageValue}, E[Y(t)] from
 * {@link bgNbdExpectedPurchases}, f = `timeUnitsPerMonth` and d the monthly
 * discount rate: each month's expected purchases at the expected value,
 * discounted to today, as the Python package lifetimes defines it. The money
 * is in the currency of the monetary values (spend, not margin: multiply by
 * a margin for profit).
 *
 * @param options - {@link ProbabilisticLifetimeValueOptions}.
 * @returns The expected discounted value, ≥ 0.
 * @throws {@link MetricError} `INVALID_OPTION` for invalid parameters, months,
 *   discount rate or time units; the history errors of the two models.
 *
 * @example
 * ```ts
 * const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const gammaGamma = { p: 6.25, q: 3.74, v: 15.44 };
 * const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
 * const clv = probabilisticLifetimeValue({ bgNbd, gammaGamma, customer, months: 12, monthlyDiscountRate: 0.01, timeUnitsPerMonth: 4.345 });
 * clv > 0; // => true
 * ```
 */
export function probabilisticLifetimeValue(options: ProbabilisticLifetimeValueOptions): number {
  const fn = 'probabilisticLifetimeValue';
  if (options === null || typeof options !== 'object') {
    fail('INVALID_OPTION', fn, `options must be an object, got ${describeKind(options)}`);
  }
  const o = readOptions(fn, options, ['bgNbd', 'gammaGamma', 'customer', 'months', 'monthlyDiscountRate', 'timeUnitsPerMonth']);
  const months = o['months'];
  if (typeof months !== 'number' || !Number.isSafeInteger(months) || months < 1) {
    fail('INVALID_OPTION', fn, `option months must be a whole number ≥ 1, got ${describeValue(months)}`);
  }
  const d = o['monthlyDiscountRate'];
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
    fail('INVALID_OPTION', fn, `option monthlyDiscountRate must be a fraction ≥ 0 (0.01 for 1%), got ${describeValue(d)}`);
  }
  const f = o['timeUnitsPerMonth'];
  if (typeof f !== 'number' || !Number.isFinite(f) || f <= 0) {
    fail('INVALID_OPTION', fn, `option timeUnitsPerMonth must be a number > 0 (30 for days, 4.345 for weeks), got ${describeValue(f)}`);
  }
  const bgNbd = o['bgNbd'] as BgNbdParameters;
  const customer = o['customer'] as Recency & Spend;
  const value = gammaGammaExpectedAverageValue(o['gammaGamma'] as GammaGammaParameters, customer);
  let total = 0;
  let before = 0;
  for (let k = 1; k <= months; k++) {
    const after = bgNbdExpectedPurchases(bgNbd, customer, k * f);
    total += (value * (after - before)) / Math.pow(1 + d, k);
    before = after;
  }
  return total;
}
