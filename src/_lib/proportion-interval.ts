/**
 * Confidence intervals for one proportion, as fractions 0–1: the five
 * methods of statsmodels' `proportion_confint` that survey reports use
 * (Wilson, Wald, Agresti–Coull, Clopper–Pearson, Jeffreys), as pure
 * functions of the number of successes, the sample size and the
 * confidence. The callers validate their input and scale to percentages.
 * Tested against statsmodels and Newcombe (1998) in
 * test/_lib/proportion-interval.test.ts.
 */
import { betaQuantile, betaUpperQuantile } from './beta-quantile.js';
import { normalQuantile } from './distributions.js';

/**
 * How an interval for a proportion is computed: the five methods of
 * statsmodels' `proportion_confint`, by their usual names (statsmodels
 * calls Wald `'normal'` and Clopper–Pearson `'beta'`); docs/statistics.md
 * says when to use which.
 *
 * @group Survey
 */
export type ProportionMethod =
  /** Wilson's score interval (1927): the default, close to the stated coverage on average. */
  | 'wilson'
  /** p̂ ± z·√(p̂(1 − p̂)/n): for reproducing older reports only. */
  | 'wald'
  /** Agresti and Coull (1998): Wald around (x + z²/2)/(n + z²). */
  | 'agresti-coull'
  /** Clopper and Pearson (1934), "exact": never below the stated coverage. */
  | 'clopper-pearson'
  /** The equal-tailed posterior interval under Jeffreys' prior Beta(½, ½). */
  | 'jeffreys';

/** Every {@link ProportionMethod}, the default (Wilson) first. */
export const PROPORTION_METHODS = [
  'wilson',
  'wald',
  'agresti-coull',
  'clopper-pearson',
  'jeffreys',
] as const satisfies readonly ProportionMethod[];

/** An interval for a proportion, as fractions 0–1. */
export interface ProportionBounds {
  /**
   * What the interval is built around: p̂ for Wald, the Wilson centre
   * (p̂ + z²/2n)/(1 + z²/n), Agresti–Coull's p̃ = (x + z²/2)/(n + z²); for
   * Clopper–Pearson and Jeffreys, which are not symmetric around any
   * estimate, the midpoint of the bounds.
   */
  readonly center: number;
  /** Half the width: `lower = center − halfWidth`, `upper = center + halfWidth` before clipping. */
  readonly halfWidth: number;
  /** The lower bound, clipped to 0. */
  readonly lower: number;
  /** The upper bound, clipped to 1. */
  readonly upper: number;
  /** Whether clipping moved a bound (Wald and Agresti–Coull only: the others never leave 0–1). */
  readonly clipped: boolean;
}

/**
 * The `method` interval for a proportion at `confidence`, from `successes`
 * out of `n`; a fraction of successes (0 ≤ successes ≤ n, n > 0) is allowed,
 * for weighted data whose n is an effective sample size. With p̂ = x/n,
 * z = Φ⁻¹((1 + confidence)/2) and α = 1 − confidence:
 *
 * - `'wald'`: p̂ ± z √(p̂(1 − p̂)/n).
 * - `'wilson'` (Wilson 1927): (p̂ + z²/2n)/(1 + z²/n) ± z √(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n).
 * - `'agresti-coull'` (Agresti & Coull 1998): ñ = n + z², p̃ = (x + z²/2)/ñ, p̃ ± z √(p̃(1 − p̃)/ñ).
 * - `'clopper-pearson'` (1934, "exact"): the α/2 quantile of Beta(x, n − x + 1)
 *   and the 1 − α/2 quantile of Beta(x + 1, n − x); 0 when x = 0, 1 when x = n.
 * - `'jeffreys'`: the α/2 and 1 − α/2 quantiles of Beta(x + ½, n − x + ½),
 *   with Brown, Cai and DasGupta's (2001) ends: 0 when x = 0, 1 when x = n.
 *
 * Equal to statsmodels' `proportion_confint` (methods `'wilson'`,
 * `'normal'`, `'agresti_coull'`, `'beta'`, `'jeffreys'`), which also clips
 * Wald and Agresti–Coull to 0–1; its Jeffreys interval keeps the equal-tailed
 * bounds at x = 0 and x = n, where this one, as Brown, Cai and DasGupta
 * define it, reaches 0 and 1 so that it contains p̂.
 */
export function proportionInterval(method: ProportionMethod, successes: number, n: number, confidence: number): ProportionBounds {
  const x = successes;
  const p = x / n;
  switch (method) {
    case 'wald': {
      const z = normalQuantile((1 + confidence) / 2);
      return symmetric(p, z * Math.sqrt((p * (1 - p)) / n));
    }
    case 'wilson': {
      const z = normalQuantile((1 + confidence) / 2);
      const z2 = z * z;
      const denominator = 1 + z2 / n;
      const center = (p + z2 / (2 * n)) / denominator;
      return symmetric(center, (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator);
    }
    case 'agresti-coull': {
      const z = normalQuantile((1 + confidence) / 2);
      const z2 = z * z;
      const adjusted = n + z2;
      const center = (x + z2 / 2) / adjusted;
      return symmetric(center, z * Math.sqrt((center * (1 - center)) / adjusted));
    }
    case 'clopper-pearson': {
      const tail = (1 - confidence) / 2;
      const lower = x === 0 ? 0 : betaQuantile(tail, x, n - x + 1);
      const upper = x === n ? 1 : betaUpperQuantile(tail, x + 1, n - x);
      return fromBounds(lower, upper);
    }
    case 'jeffreys': {
      const tail = (1 - confidence) / 2;
      const lower = x === 0 ? 0 : betaQuantile(tail, x + 0.5, n - x + 0.5);
      const upper = x === n ? 1 : betaUpperQuantile(tail, x + 0.5, n - x + 0.5);
      return fromBounds(lower, upper);
    }
  }
}

/** center ± halfWidth, clipped to 0–1. */
function symmetric(center: number, halfWidth: number): ProportionBounds {
  const lo = center - halfWidth;
  const hi = center + halfWidth;
  const lower = lo < 0 ? 0 : lo;
  const upper = hi > 1 ? 1 : hi;
  return { center, halfWidth, lower, upper, clipped: lower !== lo || upper !== hi };
}

/** An interval given by its bounds (within 0–1), described by its midpoint and half-width. */
function fromBounds(lower: number, upper: number): ProportionBounds {
  return { center: (lower + upper) / 2, halfWidth: (upper - lower) / 2, lower, upper, clipped: false };
}
