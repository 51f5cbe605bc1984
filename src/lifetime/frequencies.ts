import { digamma, logBeta, logGamma } from '../_lib/special.js';

/**
 * The distinct frequencies of some histories, in increasing order, and each
 * history's place among them: the likelihoods' tables of Gamma- and
 * Beta-function ratios are kept per distinct frequency, so that their size
 * does not grow with the largest frequency.
 */
export interface FrequencyIndex {
  /** The distinct frequencies, increasing. */
  readonly values: Float64Array;
  /** For each history, the index of its frequency in `values`. */
  readonly slot: Int32Array;
}

/**
 * Gaps between consecutive distinct frequencies up to this many are summed
 * term by term (Σⱼ ln(v + j), as a table over every frequency would, so
 * that ordinary histories give the same sums to the last bit); longer gaps
 * in closed form, by {@link logGammaStep} and {@link digammaStep}, so that
 * the cost does not grow with the frequencies.
 */
export const TERM_BY_TERM = 64;

/** Indexes the frequencies of the histories (whole numbers ≥ 0). O(n log n). */
export function frequencyIndex(frequency: ArrayLike<number>): FrequencyIndex {
  const n = frequency.length;
  const sorted = Float64Array.from(frequency).sort();
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  const values = Float64Array.from(distinct);
  const slot = new Int32Array(n);
  for (let i = 0; i < n; i++) slot[i] = placeOf(values, frequency[i]!);
  return { values, slot };
}

function placeOf(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * At each distinct frequency x (`values[k]`): ln Γ(r + x) − ln Γ(r) =
 * Σⱼ<ₓ ln(r + j) (`lnR`) and its derivative in r, Σⱼ<ₓ 1/(r + j) (`dR`), the
 * Gamma part of every purchase-count likelihood here. Gaps between
 * frequencies are summed as {@link TERM_BY_TERM} says.
 */
export interface GammaTables {
  readonly lnR: Float64Array;
  readonly dR: Float64Array;
}

/** Fills {@link GammaTables} for the distinct frequencies `values`. */
export function gammaTables(values: Float64Array, r: number): GammaTables {
  const m = values.length;
  const lnR = new Float64Array(m);
  const dR = new Float64Array(m);
  let sumLnR = 0;
  let sumDR = 0;
  let from = 0;
  for (let k = 0; k < m; k++) {
    const to = values[k]!;
    if (to - from <= TERM_BY_TERM) {
      for (let j = from; j < to; j++) {
        sumLnR = sumLnR + Math.log(r + j);
        sumDR = sumDR + 1 / (r + j);
      }
    } else {
      sumLnR += logGammaStep(r, from, to);
      sumDR += digammaStep(r, from, to);
    }
    lnR[k] = sumLnR;
    dR[k] = sumDR;
    from = to;
  }
  return { lnR, dR };
}

/**
 * {@link GammaTables}, and the Beta part of the BG/NBD-type likelihoods at
 * each distinct frequency x: over j < x + `shift`, Σ [ln(b + j) − ln(a + b + j)]
 * (`lnB`) and its derivatives in a (`dA`) and in b (`dB`). BG/NBD's
 * ln B(a, b + x) − ln B(a, b) takes `shift` 0, MBG/NBD's
 * ln B(a, b + x + 1) − ln B(a, b) takes 1.
 */
export interface BetaGammaTables extends GammaTables {
  readonly lnB: Float64Array;
  readonly dA: Float64Array;
  readonly dB: Float64Array;
}

/** Fills {@link BetaGammaTables} for the distinct frequencies `values`. */
export function betaGammaTables(values: Float64Array, r: number, a: number, b: number, shift: 0 | 1): BetaGammaTables {
  const m = values.length;
  const lnB = new Float64Array(m);
  const dA = new Float64Array(m);
  const dB = new Float64Array(m);
  let sumLnB = 0;
  let sumDA = 0;
  let sumDB = 0;
  // the terms j = 0 … shift − 1, before any frequency; then j = from + shift … to + shift − 1 between frequencies
  for (let j = 0; j < shift; j++) {
    sumLnB = sumLnB + Math.log(b + j) - Math.log(a + b + j);
    sumDA = sumDA - 1 / (a + b + j);
    sumDB = sumDB + 1 / (b + j) - 1 / (a + b + j);
  }
  let from = 0;
  for (let k = 0; k < m; k++) {
    const to = values[k]!;
    if (to - from <= TERM_BY_TERM) {
      for (let j = from + shift; j < to + shift; j++) {
        sumLnB = sumLnB + Math.log(b + j) - Math.log(a + b + j);
        sumDA = sumDA - 1 / (a + b + j);
        sumDB = sumDB + 1 / (b + j) - 1 / (a + b + j);
      }
    } else {
      sumLnB += logGammaStep(b, from + shift, to + shift) - logGammaStep(a + b, from + shift, to + shift);
      sumDA -= digammaStep(a + b, from + shift, to + shift);
      sumDB += digammaStep(b, from + shift, to + shift) - digammaStep(a + b, from + shift, to + shift);
    }
    lnB[k] = sumLnB;
    dA[k] = sumDA;
    dB[k] = sumDB;
    from = to;
  }
  return { ...gammaTables(values, r), lnB, dA, dB };
}

/** Σⱼ₌from..to−1 ln(v + j) = ln Γ(v + to) − ln Γ(v + from), in closed form. */
export function logGammaStep(v: number, from: number, to: number): number {
  return logGamma(v + to) - logGamma(v + from);
}

/** Σⱼ₌from..to−1 1/(v + j) = ψ(v + to) − ψ(v + from), in closed form. */
export function digammaStep(v: number, from: number, to: number): number {
  return digamma(v + to) - digamma(v + from);
}

/**
 * Sums over a whole n of terms are added term by term up to this n (as
 * they always were, to the last bit), and in closed form by ln B beyond, so
 * that a caller-given n costs the same whatever its size.
 */
const SUMMED_UP_TO = 1000;

/** ln[Γ(r + n)/(Γ(r) n!)] = Σⱼ<ₙ ln((r + j)/(j + 1)), for a whole n ≥ 0; = −ln n − ln B(r, n) for n > 0. */
export function logPochhammerRatio(r: number, n: number): number {
  if (n > SUMMED_UP_TO) return -Math.log(n) - logBeta(r, n);
  let sum = 0;
  for (let j = 0; j < n; j++) sum += Math.log((r + j) / (j + 1));
  return sum;
}

/** ln[B(a, b + n)/B(a, b)] = Σⱼ<ₙ ln((b + j)/(a + b + j)), for a whole n ≥ 0. */
export function logBetaShift(a: number, b: number, n: number): number {
  if (n > SUMMED_UP_TO) return logBeta(a, b + n) - logBeta(a, b);
  let sum = 0;
  for (let j = 0; j < n; j++) sum += Math.log((b + j) / (a + b + j));
  return sum;
}
