/**
 * The rate rule, once: a part of a whole as a percentage. Every rate of the
 * package (CSAT, SLA compliance, FCR, participation, referral, feedback
 * response, retention, churn, shares) is computed here.
 */
import { fail } from './validate.js';

/**
 * `part` as a percentage of `whole`: part × 100 / whole. Multiplying first
 * keeps whole-number counts exact until the one division, so 30 of 50 is
 * exactly 60 (30 / 50 × 100 would round twice). All of a whole is exactly
 * 100. `whole` must be positive; callers that have not checked it use
 * {@link rate}.
 */
export function share(part: number, whole: number): number {
  // all of a whole that is not a whole number (a sum of weights, a time) is 100, which part × 100 / whole may pass by a unit in the last place
  return part === whole && whole !== 0 ? 100 : (part * 100) / whole;
}

/** A {@link share} of either sign (a net count, as NPS's promoters − detractors): all of the whole either way is ±100 exactly. */
export function signedShare(part: number, whole: number): number {
  return part < 0 ? -share(-part, whole) : share(part, whole);
}

/** How {@link rate} names its counts in messages, and what to say when the whole is 0. */
interface RateNames {
  /** The part's name, e.g. `counts.positive`. */
  readonly part: string;
  /** The whole's name, e.g. `counts.total`. */
  readonly whole: string;
  /** The EMPTY_INPUT message for a whole of 0, e.g. `no responses: CSAT needs at least one`. */
  readonly empty: string;
}

/**
 * part × 100 / whole, after checking the rule every rate obeys:
 * `part ≤ whole` (`INVALID_COUNTS`) and `whole > 0` (`EMPTY_INPUT`). The
 * counts themselves have been read (whole, ≥ 0) by the caller.
 */
export function rate(fn: string, part: number, whole: number, names: RateNames): number {
  if (part > whole) fail('INVALID_COUNTS', fn, `${names.part} ${part} is greater than ${names.whole} ${whole}`);
  if (whole === 0) fail('EMPTY_INPUT', fn, names.empty);
  return share(part, whole);
}
