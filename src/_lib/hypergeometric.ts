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

/** The most terms summed before giving up (NaN): z within about 4e-5 of 1. */
const MAX_TERMS = 1_000_000;

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
 * pass. Returns NaN when a million terms do not reach the tolerance (z within
 * about 4e-5 of 1).
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
const LN_RESCALE = 250 * Math.LN10;

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
