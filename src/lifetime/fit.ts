import { describeValue } from '../_lib/describe.js';
import { minimize, type Objective } from '../_lib/optimize.js';
import { fail, readOptions } from '../_lib/validate.js';

/** Options of the model fits. */
export interface FitOptions {
  /**
   * Starting parameters, all > 0, in the model's order (BG/NBD: r, α, a, b;
   * Gamma-Gamma: p, q, v). Default 1 for each.
   */
  readonly initial?: readonly number[];
  /**
   * Stop when no component of the gradient of the mean log-likelihood per
   * customer, with respect to the log-parameters, exceeds this (or, once
   * rounding stops further progress, 100 × this). Default 1e-8.
   */
  readonly tolerance?: number;
  /** The most BFGS iterations before giving up with `NOT_CONVERGED`. Default 500. */
  readonly maxIterations?: number;
}

/** What every fit reports beside its parameters. */
export interface FitDiagnostics {
  /** The total log-likelihood over all customers at the parameters. */
  readonly logLikelihood: number;
  /** BFGS iterations used. */
  readonly iterations: number;
  /** Always `true`: a fit that does not converge throws `NOT_CONVERGED`. */
  readonly converged: true;
}

/**
 * Maximises a log-likelihood over positive parameters: BFGS on the
 * log-parameters (so every iterate is positive) minimising the negative mean
 * log-likelihood per customer. `logLikelihood(params, gradient)` returns the
 * total over the `customers` and writes its gradient with respect to the
 * parameters; both are divided by the number of customers here, so that the
 * tolerance means the same for any number of customers.
 */
export function fitPositive(
  fn: string,
  names: readonly string[],
  options: unknown,
  customers: number,
  logLikelihood: (params: Float64Array, gradient: Float64Array) => number,
): { params: Float64Array; logLikelihood: number; iterations: number } {
  const o = readOptions(fn, options, ['initial', 'tolerance', 'maxIterations']);
  const initial = readInitial(fn, names, o['initial']);
  const tolerance = o['tolerance'] === undefined ? 1e-8 : readPositive(fn, 'tolerance', o['tolerance']);
  const maxIterations = o['maxIterations'] === undefined ? 500 : readWhole(fn, 'maxIterations', o['maxIterations']);
  const params = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const objective: Objective = (logParams, gradient) => {
    for (let i = 0; i < params.length; i++) params[i] = Math.exp(logParams[i]!);
    const total = logLikelihood(params, grad);
    if (total !== total) return Infinity; // outside where the likelihood is defined: the line search backs off
    for (let i = 0; i < params.length; i++) gradient[i] = (-grad[i]! * params[i]!) / customers;
    return -total / customers;
  };
  const result = minimize(objective, initial.map(Math.log), { gradientTolerance: tolerance, maxIterations });
  const fitted = result.x.map(Math.exp);
  if (!result.converged) {
    const last = names.map((name, i) => `${name} = ${fitted[i]}`).join(', ');
    fail(
      'NOT_CONVERGED',
      fn,
      `the fit did not converge in ${result.iterations} iterations: last parameters ${last}, gradient norm ${result.gradientNorm.toExponential(3)} (tolerance ${tolerance}); try other initial parameters, a looser tolerance, more iterations, or check the data`,
    );
  }
  return { params: fitted, logLikelihood: -result.value * customers, iterations: result.iterations };
}

function readInitial(fn: string, names: readonly string[], value: unknown): number[] {
  if (value === undefined) return names.map(() => 1);
  if (!Array.isArray(value) || value.length !== names.length) {
    fail('INVALID_OPTION', fn, `option initial must be an array of ${names.length} numbers (${names.join(', ')}), got ${describeValue(value)}`);
  }
  return value.map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      fail('INVALID_OPTION', fn, `option initial: ${names[i]} must be a finite number > 0, got ${describeValue(v)}`);
    }
    return v;
  });
}

function readPositive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail('INVALID_OPTION', fn, `option ${name} must be a finite number > 0, got ${describeValue(value)}`);
  }
  return value;
}

function readWhole(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail('INVALID_OPTION', fn, `option ${name} must be a whole number ≥ 1, got ${describeValue(value)}`);
  }
  return value;
}
