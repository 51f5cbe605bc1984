/**
 * A quasi-Newton minimiser (BFGS with a backtracking Armijo line search) for
 * the model fits of the library. Deterministic: the same function, start
 * and options give the same iterates on every machine.
 */

/** Writes the gradient of the objective at `x` into `gradient` and returns its value. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

interface MinimizeOptions {
  /** Stop when every component of the gradient is at most this in absolute value. */
  readonly gradientTolerance: number;
  /** Give up after this many iterations. */
  readonly maxIterations: number;
}

interface MinimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  /** Largest absolute component of the gradient at `x`. */
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Minimises a smooth function by BFGS on the inverse Hessian, starting from
 * the identity. Each iteration searches along −H∇f, halving the step from 1
 * until the Armijo condition f(x + t·d) ≤ f(x) + 10⁻⁴·t·∇fᵀd holds (at most
 * 60 halvings); the inverse-Hessian update is skipped when the curvature
 * sᵀy is not positive, and H is reset to the identity when the direction is
 * not one of descent. Converged when the gradient's largest component is at
 * most `gradientTolerance`. Near the optimum the decrease of f can fall below
 * its rounding error, and the gradient then cannot shrink further; so the
 * search also ends when no step decreases f, or ten steps in a row decrease
 * it by less than 1e-15 of its value, and counts as converged if the
 * gradient is then within 100 × `gradientTolerance`.
 */
export function minimize(f: Objective, start: readonly number[], options: MinimizeOptions): MinimizeResult {
  const n = start.length;
  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  let value = f(x, g);
  const h = identity(n);
  const d = new Float64Array(n);
  const xNext = new Float64Array(n);
  const gNext = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  let iterations = 0;
  let stalls = 0;
  for (; iterations < options.maxIterations; iterations++) {
    if (maxAbs(g) <= options.gradientTolerance) return done(true);
    multiply(h, g, d, -1);
    let slope = dot(g, d);
    if (!(slope < 0)) {
      reset(h);
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }
    let step = 1;
    let nextValue = NaN;
    for (let halvings = 0; halvings < 60; halvings++) {
      for (let i = 0; i < n; i++) xNext[i] = x[i]! + step * d[i]!;
      nextValue = f(xNext, gNext);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
      nextValue = NaN;
    }
    if (nextValue !== nextValue) return done(maxAbs(g) <= 100 * options.gradientTolerance);
    for (let i = 0; i < n; i++) {
      s[i] = xNext[i]! - x[i]!;
      y[i] = gNext[i]! - g[i]!;
      x[i] = xNext[i]!;
      g[i] = gNext[i]!;
    }
    stalls = value - nextValue <= 1e-15 * Math.abs(value) ? stalls + 1 : 0;
    value = nextValue;
    if (stalls >= 10) return done(maxAbs(g) <= 100 * options.gradientTolerance);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / sᵀy
      multiply(h, y, hy, 1);
      const yhy = dot(y, hy);
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const k = i * n + j;
          h[k] = h[k]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!;
        }
      }
    }
  }
  return done(maxAbs(g) <= options.gradientTolerance);

  function done(converged: boolean): MinimizeResult {
    return { x: Float64Array.from(x), value, gradientNorm: maxAbs(g), iterations, converged };
  }
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  reset(m);
  return m;
}

function reset(m: Float64Array): void {
  const n = Math.round(Math.sqrt(m.length));
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
}

/** out = sign · M v for a square matrix M stored by rows. */
function multiply(m: Float64Array, v: Float64Array, out: Float64Array, sign: number): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += m[i * n + j]! * v[j]!;
    out[i] = sign * sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}
