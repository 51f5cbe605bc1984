/**
 * The normal and Student t distributions: quantiles, tails and two-sided
 * p-values, computed in the library. Tested against published values (scipy,
 * R, printed tables) in test/_lib/distributions.test.ts.
 */
import { erfc, logBeta, regularizedBeta } from './special.js';

/** 1/√2, written out so that the module has no top-level property access. */
const SQRT1_2 = 0.7071067811865476;

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
// distribution", Applied Statistics 37 (1988) 477–484 (PPND16).
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** Evaluates Σ cᵢ xⁱ by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let s = c[c.length - 1]!;
  for (let i = c.length - 2; i >= 0; i--) s = s * x + c[i]!;
  return s;
}

/**
 * The standard normal quantile Φ⁻¹(p) for 0 < p < 1, by Wichura's AS 241
 * (accurate to about 1 part in 10¹⁶). Φ⁻¹(0.975) = 1.959963984540054.
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  const z = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -z : z;
}

/**
 * P(T > t) for Student's t with ν > 0 degrees of freedom (ν need not be
 * whole): ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, and 1 minus that for t < 0.
 */
export function studentTUpperTail(t: number, df: number): number {
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const half = 0.5 * regularizedBeta(x, df / 2, 0.5, y);
  return t >= 0 ? half : 1 - half;
}

/** The density of Student's t at t. */
function studentTDensity(t: number, df: number): number {
  return Math.exp(-0.5 * (df + 1) * Math.log1p((t * t) / df) - logBeta(df / 2, 0.5)) / Math.sqrt(df);
}

/**
 * The quantile of Student's t with ν > 0 degrees of freedom, for 0 < p < 1:
 * closed forms for ν = 1 and ν = 2; otherwise Newton's method on the upper
 * tail from a Cornish–Fisher start, kept inside a bracket that bisection
 * shrinks when a step would leave it. Converges to about 1e-15 relative;
 * t(0.975, 9) = 2.262157162740992.
 */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p; // exact for p ≥ 0.5
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * tail);
  // Cornish–Fisher start
  const z = normalQuantile(p);
  const z2 = z * z;
  let t = z + (z * (z2 + 1)) / (4 * df) + (z * (z2 * (5 * z2 + 16) + 3)) / (96 * df * df);
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 100; i++) {
    const excess = studentTUpperTail(t, df) - tail; // > 0 while t is too small
    if (excess > 0) lo = t;
    else hi = t;
    const step = excess / studentTDensity(t, df);
    let next = t + step;
    if (!(next > lo && next < hi)) next = hi === Infinity ? Math.max(2 * t, lo + 1) : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}

/** P(|T| ≥ |t|), the two-sided p-value of a t statistic; for ν = ∞ pass `Infinity`. */
export function studentTTwoSided(t: number, df: number): number {
  if (df === Infinity) return erfc(Math.abs(t) * SQRT1_2);
  const t2 = t * t;
  if (t2 === Infinity) return 0;
  return regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** P(|Z| ≥ |z|) for a standard normal Z. */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) * SQRT1_2);
}

