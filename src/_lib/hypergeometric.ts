/**
 * The logarithm of the Gauss hypergeometric function and its partial
 * derivatives, for the likelihoods that need them (the Pareto/NBD): written
 * in logs so that customers with many purchases or a long history do not
 * overflow, and with the derivatives summed alongside the series so that a
 * fit has an exact gradient.
 */

/** Partial derivatives of ln ₂F₁(a, b; c; z), written by {@link logHypergeometric}. */
export interface HypergeometricDerivatives {
  /** ∂/∂a */
  a: number;
  /** ∂/∂b */
  b: number;
  /** ∂/∂c */
  c: number;
  /** ∂/∂z */
  z: number;
}

/**
 * The most terms summed before giving up (NaN): enough for z up to about
 * 1 − 5e-4 (the count grows like 1/(1 − z)), few enough that a likelihood
 * evaluated far from its optimum stays fast; a fit's line search backs off
 * from a NaN.
 */
const MAX_TERMS = 100_000;

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, by the power series
 * Σⱼ (a)ⱼ (b)ⱼ / ((c)ⱼ j!) zʲ, whose terms are all positive here. When
 * c − a − b < 0 (and c > a, c > b) the terms fall off like j^(a+b−c−1) zʲ,
 * slowly near z = 1; there Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z) is summed
 * instead, whose terms fall off like j^(c−a−b−1) zʲ. The sum stops when a
 * term is below 1e-17 (1 − z) of it, which bounds the geometric tail. With
 * `d`, the partial derivatives of ln ₂F₁ with respect to a, b, c and z are
 * written into it, from the series of ∂(term)/∂parameter summed in the same
 * pass. Returns NaN when 100,000 terms do not reach the tolerance (z within
 * about 5e-4 of 1).
 */
export function logHypergeometric(a: number, b: number, c: number, z: number, d?: HypergeometricDerivatives): number {
  if (c - a - b < 0 && c - a > 0 && c - b > 0 && z > 0) {
    const lnRest = Math.log1p(-z);
    const value = (c - a - b) * lnRest + logSeries(c - a, c - b, c, z, d);
    if (d) {
      // chain rule through A = c − a, B = c − b, C = c
      const dA = d.a;
      const dB = d.b;
      d.a = -lnRest - dA;
      d.b = -lnRest - dB;
      d.c = lnRest + dA + dB + d.c;
      d.z = d.z - (c - a - b) / (1 - z);
    }
    return value;
  }
  return logSeries(a, b, c, z, d);
}

/** Above this the running sums are scaled down by {@link RESCALE}, their logarithm kept apart. */
const LARGE = 1e250;
const RESCALE = 1e-250;
const LN_RESCALE = 575.6462732485114; // 250 ln 10, written out so that a bundler can drop it

/**
 * ln of the plain series, and its log-derivatives into `d`. Where the terms
 * grow before they fall (a + b well above c, z near 1), term and sums are
 * scaled down together whenever they pass 1e250, so the sum cannot overflow.
 */
function logSeries(a: number, b: number, c: number, z: number, d?: HypergeometricDerivatives): number {
  const cutoff = 1e-17 * (1 - z);
  let offset = 0; // ln of the scale taken out of term and the sums
  let term = 1; // tⱼ
  let sum = 1;
  // Σ tⱼ hₐ(j), Σ tⱼ h_b(j), Σ tⱼ h_c(j) with h(j) = Σₖ<ⱼ 1/(a + k) …, and Σ j tⱼ / z
  let sumA = 0;
  let sumB = 0;
  let sumC = 0;
  let sumZ = 0;
  let hA = 0;
  let hB = 0;
  let hC = 0;
  for (let j = 0; j < MAX_TERMS; j++) {
    const ratio = ((a + j) * (b + j)) / ((c + j) * (j + 1));
    // j tⱼ / z for the next j, without dividing by z (which may be 0)
    const weighted = term * ratio * (j + 1);
    term *= ratio * z;
    sum += term;
    if (d) {
      hA += 1 / (a + j);
      hB += 1 / (b + j);
      hC += 1 / (c + j);
      sumA += term * hA;
      sumB += term * hB;
      sumC += term * hC;
      sumZ += weighted;
    }
    if (sum > LARGE) {
      term *= RESCALE;
      sum *= RESCALE;
      sumA *= RESCALE;
      sumB *= RESCALE;
      sumC *= RESCALE;
      sumZ *= RESCALE;
      offset += LN_RESCALE;
    }
    if (term <= cutoff * sum && ratio * z < 1) {
      if (d) {
        d.a = sumA / sum;
        d.b = sumB / sum;
        d.c = -sumC / sum;
        d.z = sumZ / sum;
      }
      return offset + Math.log(sum);
    }
  }
  return NaN;
}

/** Derivatives of ln ₂F₁(a, b; a + 1; z), written by {@link logHypergeometricShifted}. */
export interface ShiftedHypergeometricDerivatives {
  /** ∂/∂a, with c = a + 1 moving along. */
  a: number;
  /** ∂/∂b */
  b: number;
  /** ∂/∂z */
  z: number;
}

/**
 * Above this z, {@link logHypergeometricShifted} integrates instead of
 * summing: the series needs about 4,000 terms at 0.99, as long as the
 * integral's 150-odd nodes take.
 */
const INTEGRATE_ABOVE = 0.99;

/**
 * ln ₂F₁(a, b; a + 1; z) for a, b > 0 and 0 ≤ z < 1: the function of the
 * Pareto/NBD likelihood, whose power series converges slowly as z nears 1
 * (where a customer's purchase rate scale α and dropout scale β differ by
 * orders of magnitude). Up to z = 0.99 it is {@link logHypergeometric}'s
 * series; above, Euler's integral
 * ₂F₁(a, b; a + 1; z) = a ∫₀¹ t^(a−1) (1 − zt)^(−b) dt, scaled by
 * (1 − z)^(−b) (the integrand's largest value) so that it cannot overflow,
 * and integrated by the tanh-sinh rule (Takahasi & Mori 1974), whose nodes
 * crowd double-exponentially towards both ends, where the integrand has its
 * singularity (t = 0, for a < 1) and its peak (t = 1, width 1 − z); the step
 * is halved until two estimates agree to 1e-8, after which the rule's error,
 * which squares with each halving, is below rounding. Give `rest` = 1 − z
 * when it is known more precisely than `1 - z` (near z = 1 the subtraction
 * loses digits that the integrand needs). With `d`, the derivatives of
 * ln ₂F₁ along a (and c = a + 1 with it), b and z, integrated alongside.
 */
export function logHypergeometricShifted(a: number, b: number, z: number, rest = 1 - z, d?: ShiftedHypergeometricDerivatives): number {
  if (z <= INTEGRATE_ABOVE) {
    if (!d) return logHypergeometric(a, b, a + 1, z);
    const full = { a: 0, b: 0, c: 0, z: 0 };
    const value = logHypergeometric(a, b, a + 1, z, full);
    d.a = full.a + full.c;
    d.b = full.b;
    d.z = full.z;
    return value;
  }
  return logEulerIntegral(a, b, z, rest, d);
}

/**
 * The integrand evaluations of {@link logEulerIntegral} since the module was
 * loaded: a caller that evaluates many integrals (a fit) reads it before and
 * after, to bound its work.
 */
let integrandEvaluations = 0;

/** The count of ₂F₁ integrand evaluations so far ({@link integrandEvaluations}). */
export function hypergeometricWork(): number {
  return integrandEvaluations;
}

/**
 * ln[a ∫₀¹ t^(a−1) (1 − zt)^(−b) dt] by tanh-sinh: t = 1/(1 + e^(−π sinh u)),
 * dt = π cosh u · t(1 − t) du, every factor in logs; terms relative to
 * M = (1 − z)^(−b).
 */
function logEulerIntegral(a: number, b: number, z: number, rest: number, d?: ShiftedHypergeometricDerivatives): number {
  const lnRest = Math.log(rest);
  // Σ over the nodes of weight × integrand / M, and of it times ln t, −ln(1 − zt), t/(1 − zt)
  let sum = 0;
  let sumA = 0;
  let sumB = 0;
  let sumZ = 0;
  const add = (u: number): number => {
    integrandEvaluations++;
    const eu = Math.exp(u);
    const q = (Math.PI * (eu - 1 / eu)) / 2; // π sinh u
    // t = 1/(1 + e^−q) and 1 − t = 1/(1 + e^q), in logs, from one exponential
    const small = Math.exp(-Math.abs(q));
    const lnOnePlus = Math.log1p(small);
    const lnT = q >= 0 ? -lnOnePlus : q - lnOnePlus;
    const lnComplement = q >= 0 ? -q - lnOnePlus : -lnOnePlus;
    const t = q >= 0 ? 1 / (1 + small) : small / (1 + small);
    const complement = q >= 0 ? small / (1 + small) : 1 / (1 + small);
    // 1 − zt = (1 − z) + z(1 − t), exact near t = 1
    const oneMinusZt = rest + z * complement;
    const lnOneMinusZt = Math.log(oneMinusZt);
    const lnWeight = Math.log((Math.PI * (eu + 1 / eu)) / 2) + lnT + lnComplement; // dt/du = π cosh u · t(1 − t)
    const lnTerm = (a - 1) * lnT + b * (lnRest - lnOneMinusZt) + lnWeight;
    const term = Math.exp(lnTerm);
    sum += term;
    if (d) {
      sumA += term * lnT;
      sumB -= term * lnOneMinusZt;
      sumZ += term * (t / oneMinusZt);
    }
    return lnTerm;
  };
  // find how far each half-line reaches at step 1/8: out past the largest term until the
  // terms fall below e^−46 (1e-20) of the largest yet (the integrand may rise towards t = 1
  // before it falls); in logs, which do not underflow where the terms do
  let h = 0.125;
  let largest = add(0);
  const reach = (sign: number): number => {
    let previous = Infinity;
    for (let k = 1; k * h <= 10; k++) {
      const lnTerm = add(sign * k * h);
      largest = Math.max(largest, lnTerm);
      if (lnTerm < largest - 46 && lnTerm <= previous) return k * h;
      previous = lnTerm;
    }
    return 10;
  };
  const top = reach(1);
  const bottom = reach(-1);
  let estimate = sum * h;
  // halve the step over that range until two estimates agree to 1e-8: the error of the
  // rule falls like e^(−c/h), so it roughly squares with each halving and is then below 1e-16
  for (let level = 0; level < 7; level++) {
    h /= 2;
    for (let u = h; u <= top; u += 2 * h) add(u);
    for (let u = h; u <= bottom; u += 2 * h) add(-u);
    const next = sum * h;
    const converged = Math.abs(next - estimate) <= 1e-8 * next;
    estimate = next;
    if (converged) break;
  }
  if (d) {
    d.a = 1 / a + sumA / sum;
    d.b = sumB / sum;
    d.z = (b * sumZ) / sum;
  }
  return Math.log(a) - b * lnRest + Math.log(estimate);
}
