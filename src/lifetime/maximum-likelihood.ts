import { hessianFromGradient, invertPositiveDefinite } from '../_lib/information.js';
import { fail } from '../_lib/validate.js';
import { fitPositive, type FitDiagnostics } from './fit.js';

/** One standard error per parameter, in the parameter's own scale. */
export type StandardErrors<P> = { readonly [K in keyof P]: number };

/** What a model fit reports beside its parameters: the {@link FitDiagnostics} and the standard errors. */
export interface FitStatistics<P> extends FitDiagnostics {
  /** BFGS iterations, and the Newton steps that polish their result. A fit that does not converge throws `NOT_CONVERGED` instead. */
  readonly iterations: number;
  /**
   * The standard error of each parameter: the square root of the diagonal of
   * the inverse observed information matrix (the inverse Hessian of the
   * negative log-likelihood at the optimum), in the parameter's own scale.
   */
  readonly standardErrors: StandardErrors<P>;
}

/** The outcome of {@link fitMaximumLikelihood}, in the order of the parameter names. */
export interface MaximumLikelihood {
  readonly params: Float64Array;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly standardErrors: Float64Array;
}

/** The most Newton steps after BFGS; from BFGS's end each one squares the relative error. */
const NEWTON_STEPS = 4;

/**
 * Maximises a log-likelihood over positive parameters and reports the
 * standard errors. First BFGS on the log-parameters ({@link fitPositive},
 * with its options and `NOT_CONVERGED`), which stops where the rounding of
 * the log-likelihood hides further gains, typically 1e-7 relative from the
 * optimum. Then the observed information I (the Hessian of −ln L, from
 * differences of the exact gradient) and Newton's steps θ ← θ + I⁻¹ ∇ln L,
 * each kept only while it shrinks the gradient: they need no decrease of
 * the function, so rounding does not stop them, and take the parameters to
 * the optimum to about 1e-12. The standard errors are √(I⁻¹)ᵢᵢ, with I
 * evaluated where BFGS stopped (closer to the optimum than I's own
 * precision matters). `NOT_CONVERGED` when I is not positive definite there:
 * the log-likelihood has no strict maximum, so some parameter is not
 * determined by the data.
 */
export function fitMaximumLikelihood(
  fn: string,
  names: readonly string[],
  options: unknown,
  customers: number,
  logLikelihood: (params: Float64Array, gradient: Float64Array) => number,
): MaximumLikelihood {
  const fit = fitPositive(fn, names, options, customers, logLikelihood);
  const n = names.length;
  let params = Float64Array.from(fit.params);
  const negativeGradient = (x: Float64Array, g: Float64Array): void => {
    logLikelihood(x, g);
    for (let i = 0; i < n; i++) g[i] = -g[i]!;
  };
  const information = hessianFromGradient(negativeGradient, params);
  const covariance = invertPositiveDefinite(information);
  const gradient = new Float64Array(n);
  let value = logLikelihood(params, gradient);
  if (covariance === undefined) {
    const last = names.map((name, i) => `${name} = ${params[i]}`).join(', ');
    fail(
      'NOT_CONVERGED',
      fn,
      `the log-likelihood has no strict maximum at the last parameters ${last} (gradient norm ${scaledNorm(gradient, params, customers).toExponential(3)}): the information matrix is not positive definite, so the data do not determine every parameter`,
    );
  }
  let norm = scaledNorm(gradient, params, customers);
  let steps = 0;
  const next = new Float64Array(n);
  const nextGradient = new Float64Array(n);
  for (; steps < NEWTON_STEPS && norm > 0; steps++) {
    let valid = true;
    for (let i = 0; i < n; i++) {
      let step = 0;
      for (let j = 0; j < n; j++) step += covariance[i * n + j]! * gradient[j]!;
      next[i] = params[i]! + step;
      if (!(next[i]! > 0) || !Number.isFinite(next[i]!)) valid = false;
    }
    if (!valid) break;
    const nextValue = logLikelihood(next, nextGradient);
    const nextNorm = scaledNorm(nextGradient, next, customers);
    if (!(nextNorm < norm) || !Number.isFinite(nextValue)) break;
    params = Float64Array.from(next);
    gradient.set(nextGradient);
    value = nextValue;
    norm = nextNorm;
  }
  const standardErrors = new Float64Array(n);
  for (let i = 0; i < n; i++) standardErrors[i] = Math.sqrt(covariance[i * n + i]!);
  return { params, logLikelihood: value, iterations: fit.iterations + steps, standardErrors };
}

/** The largest |∂(mean ln L)/∂ ln θᵢ|: the gradient as the fit's tolerance measures it. */
function scaledNorm(gradient: Float64Array, params: Float64Array, customers: number): number {
  let max = 0;
  for (let i = 0; i < gradient.length; i++) max = Math.max(max, Math.abs((gradient[i]! * params[i]!) / customers));
  return max;
}
