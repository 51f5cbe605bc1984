/**
 * The observed information of a maximum-likelihood fit: the Hessian of the
 * negative log-likelihood, by differences of its exact gradient, and its
 * inverse, whose diagonal holds the squared standard errors of the
 * parameters. Matrices are square, stored by rows in a Float64Array.
 */

/** Writes the gradient of a function at `x` into `gradient`. */
export type Gradient = (x: Float64Array, gradient: Float64Array) => void;

/**
 * The Hessian of a function whose gradient is known exactly, at `x`: column
 * j is the derivative of the gradient along parameter j, by the central
 * difference (g(x + h) − g(x − h)) / 2h with h = `relativeStep` × |xⱼ|
 * (1e-5 by default: the truncation error, h²/6 of the third derivative, and
 * the rounding error of the gradient divided by h are then both about 1e-11
 * relative for a smooth log-likelihood). The result is symmetrised,
 * (H + Hᵀ)/2. Costs 2n gradient evaluations.
 */
export function hessianFromGradient(gradient: Gradient, x: Float64Array, relativeStep = 1e-5): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  const point = Float64Array.from(x);
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const step = relativeStep * Math.max(Math.abs(x[j]!), 1e-300);
    point[j] = x[j]! + step;
    gradient(point, plus);
    point[j] = x[j]! - step;
    gradient(point, minus);
    point[j] = x[j]!;
    for (let i = 0; i < n; i++) h[i * n + j] = (plus[i]! - minus[i]!) / (2 * step);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const mean = (h[i * n + j]! + h[j * n + i]!) / 2;
      h[i * n + j] = mean;
      h[j * n + i] = mean;
    }
  }
  return h;
}

/**
 * The inverse of a symmetric positive-definite matrix by its Cholesky
 * factorisation M = L Lᵀ (M⁻¹ = L⁻ᵀ L⁻¹); `undefined` when M is not
 * positive definite (a pivot ≤ 0 or not finite), which for an information
 * matrix means the log-likelihood is not at a strict maximum.
 */
export function invertPositiveDefinite(m: Float64Array): Float64Array | undefined {
  const n = Math.round(Math.sqrt(m.length));
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let pivot = m[j * n + j]!;
    for (let k = 0; k < j; k++) pivot -= l[j * n + k]! * l[j * n + k]!;
    if (!(pivot > 0) || !Number.isFinite(pivot)) return undefined;
    const root = Math.sqrt(pivot);
    l[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = m[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = sum / root;
    }
  }
  // L⁻¹ by forward substitution, column by column
  const inverseL = new Float64Array(n * n);
  for (let col = 0; col < n; col++) {
    for (let i = col; i < n; i++) {
      let sum = i === col ? 1 : 0;
      for (let k = col; k < i; k++) sum -= l[i * n + k]! * inverseL[k * n + col]!;
      inverseL[i * n + col] = sum / l[i * n + i]!;
    }
  }
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++) sum += inverseL[k * n + i]! * inverseL[k * n + j]!;
      inverse[i * n + j] = sum;
      inverse[j * n + i] = sum;
    }
  }
  return inverse;
}
