/**
 * Special functions for the statistics of the library, written here so that
 * the package has no dependencies: the log-gamma and log-beta functions, the
 * regularized incomplete beta function and the complementary error function.
 * Accuracy is stated for each and tested against published values in
 * test/_lib/special.test.ts.
 */

const LN_SQRT_2PI = 0.9189385332046727; // ln √(2π)

/** Lanczos coefficients, g = 7, n = 9 (accurate to about 1e-15 relative). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0: Lanczos' approximation (g = 7, n = 9) below 10, and
 * Stirling's series with {@link stirlingRemainder} from 10 up, where it is
 * exact to double precision.
 */
export function logGamma(x: number): number {
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingRemainder(x);
  // below this π/sin(πx) overflows; ln Γ(x) = −ln x − γx + O(x²) is −ln x to double precision
  if (x < 1e-300) return -Math.log(x);
  if (x < 0.5) return reflectedLogGamma(x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * ω(x) = ln Γ(x) − [(x − ½) ln x − x + ln √(2π)], Stirling's remainder, for
 * x ≥ 10: Σ B₂ₖ / (2k (2k − 1) x^(2k−1)), seven terms (the next is below
 * 1e-20 at x = 10).
 */
function stirlingRemainder(x: number): number {
  const r = 1 / (x * x);
  return (
    (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r / 156)))))) / x
  );
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. When the
 * arguments are large, the three log-gammas are large and nearly cancel;
 * there the Stirling remainders are combined first (as R's `lbeta` does), so
 * the result keeps its relative accuracy for a + b up to 1e15.
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

/**
 * The regularized incomplete beta function I_x(a, b), for a, b > 0 and
 * 0 ≤ x ≤ 1, by the continued fraction of Numerical Recipes (modified
 * Lentz), taken directly where it converges fast (x < (a + 1)/(a + b + 2))
 * and through I_x(a, b) = 1 − I_{1−x}(b, a) elsewhere; when a and b are
 * both {@link LARGE_BETA} or more, by the integral of the density
 * ({@link largeBetaTail}). Pass `y = 1 − x` when it is known more precisely
 * than `1 - x` (e.g. t²/(ν + t²)); the complement is then computed without
 * cancellation. When a or b is below {@link SMALL_SHAPE}, by
 * {@link smallShapeBeta}, which keeps the relative accuracy of a value of
 * the size of that parameter (down to a subnormal one), where
 * 1 − I_{1−x}(b, a) would cancel. Relative accuracy about 1e-14 for small
 * parameters (against mpmath, within 1.3e-14 on 576 cases with b from 5e-324
 * to 0.1 and a from 1e-300 to 10¹², on both sides of the split point; a
 * result below the normal range, 2.2e-308, keeps the absolute accuracy of
 * its last place only); against
 * mpmath, within 2e-12 for a, b ≥ 10⁴ up to a + b = 10⁹, beyond which the
 * rounding of the mode (μ is known to 1e-16, the density's width is
 * 1/√(a + b)) costs about √(a + b)·1e-16 per standard deviation from it.
 */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // a small shape makes I (or 1 − I) of its size: computed as such, never as 1 − (a value near 1)
  if (b < SMALL_SHAPE) return smallShapeBeta(x, y, a, b);
  if (a < SMALL_SHAPE) return 1 - smallShapeBeta(y, x, b, a);
  // each side of a split point is told by the smaller of x and y, which keeps its digits (1 − 1e-200 is 1)
  if (a >= LARGE_BETA && b >= LARGE_BETA) {
    // below the mode the lower tail, above it the upper one, each as an integral that keeps its relative accuracy
    const belowMode = x <= 0.5 ? x * (a + b - 2) <= a - 1 : y * (a + b - 2) >= b - 1;
    return belowMode ? largeBetaTail(x, a, b, y) : 1 - largeBetaTail(y, b, a, x);
  }
  return belowBetaMean(x, y, a, b) ? lowerBetaTail(x, y, a, b) : 1 - lowerBetaTail(y, x, b, a);
}

/**
 * Whether x is below the point (a + 1)/(a + b + 2) where the continued
 * fraction of I_x(a, b) converges fast, told by the smaller of x and y = 1 − x.
 */
function belowBetaMean(x: number, y: number, a: number, b: number): boolean {
  return x <= 0.5 ? x < (a + 1) / (a + b + 2) : y > (b + 1) / (a + b + 2);
}

/** a ln x + b ln y, each logarithm taken from whichever of x and y = 1 − x keeps its digits. */
function logPowers(x: number, y: number, a: number, b: number): number {
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  return a * logX + b * logY;
}

/** Below this a shape parameter is small ({@link smallShapeBeta}). */
const SMALL_SHAPE = 0.1;

/**
 * From this a on, with b small, {@link smallShapeBeta} integrates the
 * density below the split point: near it the continued fraction's rounding
 * reached 1e-14 (relative) at a = 100 and 1e-13 at 10⁴ (against mpmath),
 * the integral's 8e-15.
 */
const INTEGRATE_FROM = 30;

/**
 * I_x(a, b) for b < {@link SMALL_SHAPE}, in terms that keep the relative
 * accuracy of a result of the size of b. The normalizer is split as
 * 1/B(a, b) = ab/(a + b) · M with
 * ln M = ln Γ(1 + a + b) − ln Γ(1 + a) − ln Γ(1 + b) = b μ,
 * μ = the mean of ψ(1 + a + s) − ψ(1 + s) over 0 ≤ s ≤ b (10-point
 * Gauss–Legendre: the poles of ψ are 1 or more away), so that neither
 * ln Γ(b) ≈ −ln b nor b itself goes through exp and log (for a subnormal b,
 * e^(ln b) is not b).
 *
 * Below the point where the continued fraction converges fast, it is the
 * continued fraction (or, for a ≥ {@link INTEGRATE_FROM}, the integral of
 * the density, ∫₀ˣ of Beta(a, b)'s as ∫ᵧ¹ of Beta(b, a)'s) times that
 * normalizer. Above it, where 1 − I_y(b, a) (y = 1 − x) would cancel,
 * I_y(b, a) = R yᵇ ₂F₁(1 − a, b; b + 1; y) with R = 1/(b B(a, b)) =
 * a/(a + b) · M, and ₂F₁(1 − a, b; b + 1; y) = 1 − b S,
 * S = −Σₖ≥₁ (1 − a)ₖ yᵏ/(k! (k + b)); so that, with
 * b λ = ln R + b ln y = −ln(1 + b/a) + b (μ + ln y),
 * I_x(a, b) = −expm1(b λ) + b e^(bλ) S = b [−λ expm1(bλ)/(bλ) + e^(bλ) S],
 * whose bracket, R ∫ᵧ¹ u^(b−1) (1 − u)^(a−1) du, is positive and of the
 * size of 1: b is factored out, and no two values near 1 are subtracted.
 * There y (a + b + 2) < b + 1, so that the series' terms fall by a ratio
 * below 0.55 from the second on.
 */
function smallShapeBeta(x: number, y: number, a: number, b: number): number {
  // μ = (1/b) ∫₀ᵇ [ψ(1 + a + s) − ψ(1 + s)] ds, as a mean over the nodes (b may be subnormal)
  let mu = 0;
  for (let k = 0; k < GL_NODES.length; k++) {
    const near = (b / 2) * (1 - GL_NODES[k]!);
    const far = (b / 2) * (1 + GL_NODES[k]!);
    mu += GL_WEIGHTS[k]! * (digamma(1 + a + near) - digamma(1 + near) + digamma(1 + a + far) - digamma(1 + far));
  }
  mu /= 2;
  if (belowBetaMean(x, y, a, b)) {
    // I = ab/(a + b) · M · ∫₀ˣ t^(a−1) (1 − t)^(b−1) dt, with b, which may be subnormal, multiplied last
    // (the panels no wider than 1/a, the scale on which (1 − s)^(a−1) falls: Beta(b, a)'s sd, √b/a, is far narrower)
    // (I ≤ 1; where it is near 1 (a ≪ b), rounding could pass it by a few units in the last place)
    if (a >= INTEGRATE_FROM) return Math.min(1, b * ((a / (a + b)) * Math.exp(upperLogIntegral(y, b, a, 1 / a) + b * mu)));
    return Math.min(1, b * ((Math.exp(logPowers(x, y, a, b) + b * mu) / (a + b)) * betaContinuedFraction(x, a, b)));
  }
  let term = 1; // (1 − a)ₖ yᵏ / k!
  let sum = 0; // −S
  for (let k = 1; k <= 1000; k++) {
    term *= ((k - a) / k) * y;
    const part = term / (k + b);
    sum += part;
    if (part === 0 || (k > 2 && Math.abs(part) <= 1e-17 * Math.abs(sum))) break;
  }
  const lnY = Math.log(y);
  const u = b / a;
  if (u >= 1e-10) {
    // b not ≪ a: b λ = −ln(1 + b/a) + b (μ + ln y) is 1e-10 or more in size, and taken directly
    const z = -Math.log1p(u) + b * (mu + lnY);
    return Math.min(1, -Math.expm1(z) - b * Math.exp(z) * sum);
  }
  // b ≪ a, b perhaps subnormal: λ from −ln(1 + u)/b = −(1 − u/2 + …)/a, and b factored out
  const lambda = -(1 - u / 2) / a + mu + lnY;
  const z = b * lambda;
  const growth = Math.abs(z) < 1e-8 ? 1 + z / 2 : Math.expm1(z) / z; // expm1(z)/z
  return Math.min(1, b * (-lambda * growth - Math.exp(z) * sum));
}

/**
 * I_x(a, b) for x below the mean: the continued fraction, or, where a is
 * {@link LARGE_ALONE} or more (and b below {@link LARGE_BETA}, the mean near
 * 1), 1 − the integral of the upper tail of Beta(b, a) from 1 − x, as the
 * continued fraction, stopped at its 1,000 steps, would lose digits there:
 * 1e-9 (relative) at a = 10⁸, 2e-5 at 10¹².
 */
function lowerBetaTail(x: number, y: number, a: number, b: number): number {
  return a >= LARGE_ALONE ? betaUpperIntegral(y, b, a) : betaTail(x, y, a, b);
}

/** From this size of one parameter on, with the other small, {@link lowerBetaTail} integrates. */
const LARGE_ALONE = 1e6;

/**
 * ∫ₜ¹ of the Beta(p, q) density, for t at or above its mean, with q large,
 * by {@link logIntegralAway} from t. The logarithm of the density,
 * (p − 1) ln s + (q − 1) ln(1 − s) − ln B(p, q), is of the size p ln q here,
 * so that it loses nothing to cancellation.
 */
function betaUpperIntegral(t: number, p: number, q: number): number {
  return Math.exp(upperLogIntegral(t, p, q) - logBeta(p, q));
}

/**
 * ln ∫ₜ¹ s^(p−1) (1 − s)^(q−1) ds, the integral of {@link betaUpperIntegral}
 * before its normalizer; `sd` caps the panels' width (Beta(p, q)'s standard
 * deviation unless given).
 */
function upperLogIntegral(t: number, p: number, q: number, sd = Math.sqrt((p * q) / (p + q + 1)) / (p + q)): number {
  const logDensity = (s: number) => (p - 1) * Math.log(s) + (q - 1) * Math.log1p(-s);
  const slope = (s: number) => Math.abs((p - 1) / s - (q - 1) / (1 - s));
  return logIntegralAway(logDensity, slope, t, 1, sd);
}

/**
 * ln ∫ e^(L(s)) ds between `from` and `to` (on either side of it), for a
 * log-density L that falls from `from` on: panels of 10-point
 * Gauss–Legendre from `from` towards `to`, each no wider than `sd` nor than
 * 1/|L′| at its near end (the scale on which the density falls there),
 * until a panel adds less than 1e-17 of the sum. The sum is kept relative
 * to e^(L(from)), so that far in a tail the result keeps its digits.
 */
export function logIntegralAway(logDensity: (s: number) => number, slope: (s: number) => number, from: number, to: number, sd: number): number {
  const atFrom = logDensity(from);
  const f = (s: number) => Math.exp(logDensity(s) - atFrom);
  const down = to < from;
  let sum = 0;
  let near = from;
  for (let panel = 0; panel < 10_000 && (down ? near > to : near < to); panel++) {
    const step = Math.min(sd, 1 / slope(near));
    const far = down ? Math.max(near - step, to) : Math.min(near + step, to);
    const part = down ? glPanel(f, far, near) : glPanel(f, near, far);
    sum += part;
    near = far;
    if (part < sum * 1e-17) break;
  }
  return atFrom + Math.log(sum);
}

/** ∫ f over [from, to] by 10-point Gauss–Legendre. */
function glPanel(f: (s: number) => number, from: number, to: number): number {
  const half = (to - from) / 2;
  const middle = (to + from) / 2;
  let sum = 0;
  for (let k = 0; k < GL_NODES.length; k++) {
    const offset = half * GL_NODES[k]!;
    sum += GL_WEIGHTS[k]! * (f(middle + offset) + f(middle - offset));
  }
  return sum * half;
}

/**
 * From this size of both parameters on, I_x(a, b) is the integral of the
 * density ({@link largeBetaTail}). Near the mean the continued fraction
 * needs more steps as a and b grow; stopped at its 1,000, it drifted from
 * 2e-12 (relative) at a = b = 10⁴ to 1e-10 at 5·10⁵, 3e-8 at 5·10⁷ and
 * 1e-3 at 5·10⁹, and left 0–1 beyond (−4.3 at I_0.8(8·10¹¹, 2·10¹¹)).
 */
const LARGE_BETA = 1e4;

/**
 * I_x(a, b) for a, b ≥ {@link LARGE_BETA} and x at or below the mode
 * μ = (a − 1)/(a + b − 2), as ∫₀ˣ f(t) dt over the Beta density f. The
 * density is written relative to its mode, so that nothing of size a or b
 * cancels: with δ = t − μ, ln f(t) = ln f(μ) + (a − 1) g(δ/μ) +
 * (b − 1) g(−δ/(1 − μ)), g(u) = ln(1 + u) − u (the first-order terms
 * cancel exactly at the mode), and ln f(μ) from Stirling's series with
 * its remainders ω:
 * ln f(μ) = 1.5 ln n − ½ ln(2πab) + (a − 1) ln(1 − 1/a) + (b − 1) ln(1 − 1/b)
 * − (n − 2) ln(1 − 2/n) − ω(a) − ω(b) + ω(n), n = a + b.
 * The integral runs from x away from the mode ({@link logIntegralAway}).
 * `y` is 1 − x, when known more precisely.
 */
function largeBetaTail(x: number, a: number, b: number, y: number): number {
  const n = a + b;
  const am = a - 1;
  const bm = b - 1;
  const mode = am / (n - 2);
  const modeC = bm / (n - 2);
  // δ at x, from whichever of x and 1 − x is the smaller, so that it keeps its digits
  const dx = x <= 0.5 ? x - mode : modeC - y;
  const logModeDensity =
    1.5 * Math.log(n) - 0.5 * Math.log(a) - 0.5 * Math.log(b) - LN_SQRT_2PI + am * Math.log1p(-1 / a) + bm * Math.log1p(-1 / b) -
    (n - 2) * Math.log1p(-2 / n) - stirlingRemainder(a) - stirlingRemainder(b) + stirlingRemainder(n);
  const logDensity = (d: number) => am * log1pmx(d / mode) + bm * log1pmx(-d / modeC);
  // |d ln f/dδ|, which grows away from the mode
  const slope = (d: number) => Math.abs(am / mode * (d / mode) / (1 + d / mode) - bm / modeC * (d / modeC) / (1 - d / modeC));
  const sd = Math.sqrt((mode * modeC) / (n - 2));
  return Math.exp(logModeDensity + logIntegralAway(logDensity, slope, dx, -mode, sd));
}

/** ln(1 + u) − u, without the cancellation of the two near u = 0. */
function log1pmx(u: number): number {
  if (Math.abs(u) > 0.1) return Math.log1p(u) - u;
  // −u²/2 + u³/3 − …: at |u| ≤ 0.1 the term of u^k is below 1e-17 of the sum by k = 18
  let power = u * u;
  let sum = 0;
  for (let k = 2; k <= 18; k++) {
    sum += (k % 2 === 0 ? -power : power) / k;
    power *= u;
  }
  return sum;
}

/** The positive nodes of 10-point Gauss–Legendre on [−1, 1] (the roots of P₁₀) and their weights, to double precision. */
const GL_NODES = [0.14887433898163122, 0.4333953941292472, 0.6794095682990244, 0.8650633666889845, 0.9739065285171717];
const GL_WEIGHTS = [0.2955242247147528, 0.2692667193099965, 0.219086362515982, 0.1494513491505804, 0.06667134430868814];

/**
 * xᵃ yᵇ / (a B(a, b)) × the continued fraction; for x < (a + 1)/(a + b + 2).
 * The logarithm of the one of x and y near 1 is taken from the other, small
 * and exact (ln y = ln(1 − x)): with b = 10¹⁵ and x = 4.5·10⁻¹⁴, ln y from
 * the rounded y was off by 0.25%, and b ln y by 0.1.
 */
function betaTail(x: number, y: number, a: number, b: number): number {
  const front = Math.exp(logPowers(x, y, a, b) - logBeta(a, b)) / a;
  return front * betaContinuedFraction(x, a, b);
}

const TINY = 1e-300;

function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) return h;
  }
  return h;
}

// W. J. Cody, "Rational Chebyshev approximations for the error function",
// Math. Comp. 23 (1969) 631–638, as in his CALERF (netlib specfun, 1990).
const ERF_A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const ERF_B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const ERFC_C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const ERFC_D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const ERFC_P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766,
  6.58749161529837803e-4, 0.0163153871373020978,
];
const ERFC_Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const SQRT_1_PI = 0.56418958354775628695; // 1/√π

/**
 * erfc(x) = 1 − erf(x), by Cody's rational Chebyshev approximations (near
 * minimax, about 1e-16 relative in double precision), keeping full relative
 * accuracy in the far tail (erfc(10) ≈ 2.1e-45) where 1 − erf(x) would be 0.
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = ERF_A[4]! * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + ERF_A[i]!) * ysq;
      den = (den + ERF_B[i]!) * ysq;
    }
    return 1 - (x * (num + ERF_A[3]!)) / (den + ERF_B[3]!);
  }
  if (y <= 4) {
    let num = ERFC_C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + ERFC_C[i]!) * y;
      den = (den + ERFC_D[i]!) * y;
    }
    result = (num + ERFC_C[7]!) / (den + ERFC_D[7]!);
  } else if (y >= 26.543) {
    result = 0;
  } else {
    const ysq = 1 / (y * y);
    let num = ERFC_P[5]! * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + ERFC_P[i]!) * ysq;
      den = (den + ERFC_Q[i]!) * ysq;
    }
    result = (SQRT_1_PI - (ysq * (num + ERFC_P[4]!)) / (den + ERFC_Q[4]!)) / y;
  }
  if (result !== 0) {
    // exp(−y²) computed as exp(−s²) exp(−(y − s)(y + s)) with s = y rounded to 1/16, to keep its accuracy
    const s = Math.trunc(y * 16) / 16;
    result *= Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
  }
  return x < 0 ? 2 - result : result;
}

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence
 * ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
 * ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ), six terms (the next is below 1e-15 at 10).
 */
export function digamma(x: number): number {
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const r = 1 / (x * x);
  const series = r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r * (1 / 132 - r * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real a, b, c
 * (c not 0 or a negative whole number) and −1 < z < 1, by its power series
 * Σ (a)ⱼ (b)ⱼ / ((c)ⱼ j!) zʲ. Its terms fall off like j^(a+b−c−1) zʲ, slowly
 * when c − a − b < 0 and z is near 1; there it uses Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z), whose terms fall
 * off like j^(c−a−b−1) zʲ. Sums until a term no longer changes the sum
 * (at most 1,000,000 terms); returns NaN if that is not reached.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  if (c - a - b < 0 && z > 0) return Math.pow(1 - z, c - a - b) * hypergeometricSeries(c - a, c - b, c, z);
  return hypergeometricSeries(a, b, c, z);
}

/** Above this z, {@link scaledHyp2f1} sums in 1 − z: the series in z needs some 3,500 terms at 0.99 and ten times more for each digit closer to 1. */
const TRANSFORM_ABOVE = 0.99;

/**
 * (1 − z)^p · ₂F₁(a, b; c; z) for 0 ≤ z < 1, with `rest` = 1 − z where it
 * is known more precisely than `1 - z`. Up to z = 0.99 it is
 * `Math.pow(rest, p) * hyp2f1(a, b, c, z)`. Above, where that series needs
 * up to 1,000,000 terms (and the power and the function can overflow
 * apart), it is the transformation to 1 − z (Abramowitz & Stegun 15.3.6):
 * ₂F₁(a, b; c; z) = Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)) ₂F₁(a, b; a + b − c + 1; 1 − z)
 *   + (1 − z)^(c−a−b) Γ(c)Γ(a + b − c)/(Γ(a)Γ(b)) ₂F₁(c − a, c − b; c − a − b + 1; 1 − z),
 * two series in 1 − z ≤ 0.01 that need a few terms each, with the power
 * taken into each term's logarithm. The transformation needs c − a − b
 * away from a whole number (its gammas have poles there); within 0.01 of
 * one the series in z is summed as below 0.99.
 */
export function scaledHyp2f1(p: number, a: number, b: number, c: number, z: number, rest = 1 - z): number {
  const gap = c - a - b;
  if (z > TRANSFORM_ABOVE && Math.abs(gap - Math.round(gap)) >= 0.01) {
    const lnRest = Math.log(rest);
    const first = signedLogGamma(c) + signedLogGamma(gap) - signedLogGamma(c - a) - signedLogGamma(c - b);
    const second = signedLogGamma(c) + signedLogGamma(-gap) - signedLogGamma(a) - signedLogGamma(b);
    const signFirst = gammaSign(c) * gammaSign(gap) * gammaSign(c - a) * gammaSign(c - b);
    const signSecond = gammaSign(c) * gammaSign(-gap) * gammaSign(a) * gammaSign(b);
    return (
      signFirst * Math.exp(first + p * lnRest) * hypergeometricSeries(a, b, 1 - gap, rest) +
      signSecond * Math.exp(second + (p + gap) * lnRest) * hypergeometricSeries(c - a, c - b, 1 + gap, rest)
    );
  }
  return Math.pow(rest, p) * hyp2f1(a, b, c, z);
}

/** ln |Γ(x)| for any real x: {@link logGamma} for x > 0, {@link reflectedLogGamma} below. */
function signedLogGamma(x: number): number {
  return x > 0 ? logGamma(x) : reflectedLogGamma(x);
}

/**
 * ln |Γ(x)| for x < 0.5 by the reflection Γ(x) Γ(1 − x) = π / sin(πx);
 * Infinity at the poles 0, −1, −2, …
 */
function reflectedLogGamma(x: number): number {
  const sine = Math.abs(sinPi(x));
  return sine === 0 ? Infinity : Math.log(Math.PI / sine) - logGamma(1 - x);
}

/** The sign of Γ(x): 1 for x > 0; below, the sign of sin(πx) (Γ(1 − x) > 0). */
function gammaSign(x: number): number {
  if (x > 0) return 1;
  return sinPi(x) < 0 ? -1 : 1;
}

/** sin(πx), x first reduced by whole periods (exactly), so that it is 0 at every integer. */
function sinPi(x: number): number {
  return Math.sin(Math.PI * (x - 2 * Math.round(x / 2)));
}

function hypergeometricSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 0; j < 1_000_000; j++) {
    term *= ((a + j) * (b + j) * z) / ((c + j) * (j + 1));
    const next = sum + term;
    if (next === sum && Math.abs(term) <= 1e-17 * Math.abs(sum)) return next;
    sum = next;
    if (term === 0) return sum;
  }
  return NaN;
}
