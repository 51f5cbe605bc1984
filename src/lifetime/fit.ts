import { describeValue } from '../_lib/describe.js';
import { minimize, type Objective } from '../_lib/optimize.js';
import { fail, readOptions, readPositiveOption, readWholeOption } from '../_lib/validate.js';

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
  /** BFGS iterations used. A fit that does not converge throws `NOT_CONVERGED` instead of returning. */
  readonly iterations: number;
}

const FIT_OPTION_KEYS = ['initial', 'tolerance', 'maxIterations'] as const satisfies readonly (keyof FitOptions)[];

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
  const o = readOptions(fn, options, FIT_OPTION_KEYS);
  const initial = readInitial(fn, names, o.initial);
  const tolerance = readPositiveOption(fn, 'tolerance', o.tolerance, 1e-8);
  const maxIterations = readWholeOption(fn, 'maxIterations', o.maxIterations, 500, 1);
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
  const list: readonly unknown[] = value;
  return list.map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      fail('INVALID_OPTION', fn, `option initial: ${names[i]} must be a finite number > 0, got ${describeValue(v)}`);
    }
    return v;
  });
}

/**
 * A model parameter, read like a positive option: a finite number > 0, and
 * `INVALID_OPTION` when it is missing or is not.
 */
export function readParameter(fn: string, name: string, value: unknown): number {
  const x = readPositiveOption(fn, name, value);
  if (x === undefined) fail('INVALID_OPTION', fn, `option ${name} is missing; give a finite number > 0`);
  return x;
}
