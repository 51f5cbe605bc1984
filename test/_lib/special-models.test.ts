/**
 * The special functions the lifetime models add: digamma and the Gauss
 * hypergeometric function ₂F₁, against closed forms.
 */
import { describe, expect, test } from 'vitest';
import { digamma, hyp2f1, logGamma } from '../../src/_lib/special.js';
import { minimize } from '../../src/_lib/optimize.js';

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const EULER_GAMMA = 0.5772156649015329;

describe('digamma', () => {
  test('ψ(1) = −γ, ψ(½) = −γ − 2 ln 2', () => {
    relative(digamma(1), -EULER_GAMMA, 1e-14);
    relative(digamma(0.5), -EULER_GAMMA - 2 * Math.log(2), 1e-14);
  });

  test('ψ(n) = Hₙ₋₁ − γ at whole numbers', () => {
    for (const n of [2, 5, 10, 50]) {
      let harmonic = 0;
      for (let k = 1; k < n; k++) harmonic += 1 / k;
      relative(digamma(n), harmonic - EULER_GAMMA, 1e-14);
    }
  });

  test('is the slope of ln Γ', () => {
    for (const x of [0.3, 2.5, 17]) relative((logGamma(x + 1e-6) - logGamma(x - 1e-6)) / 2e-6, digamma(x), 1e-7);
  });
});

describe('hyp2f1', () => {
  test('₂F₁(1, 1; 2; z) = −ln(1 − z)/z', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) relative(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-13);
  });

  test('₂F₁(a, b; b; z) = (1 − z)^(−a)', () => {
    relative(hyp2f1(2.5, 3, 3, 0.4), Math.pow(0.6, -2.5), 1e-14);
  });

  test('₂F₁(½, ½; 3/2; z²) = arcsin(z)/z and ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z', () => {
    relative(hyp2f1(0.5, 0.5, 1.5, 0.36), Math.asin(0.6) / 0.6, 1e-14);
    relative(hyp2f1(0.5, 1, 1.5, -0.25), Math.atan(0.5) / 0.5, 1e-14);
  });

  test("near 1 it approaches Gauss's sum Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)) when c − a − b > 0", () => {
    // F(1) − F(z) is of order (1 − z)^(c − a − b) = 0.001^1.25 ≈ 1.8e-4 at z = 0.999
    const gauss = Math.exp(logGamma(2) + logGamma(1.25) - logGamma(1.5) - logGamma(1.75));
    const near = hyp2f1(0.5, 0.25, 2, 0.999);
    expect(near).toBeLessThan(gauss);
    expect(gauss - near).toBeLessThan(1e-3);
  });

  test('uses Euler’s transformation where c − a − b < 0, matching the direct series', () => {
    // c − a − b = −1.5: the direct series still converges at z = 0.6; both must agree
    let direct = 1;
    let term = 1;
    for (let j = 0; j < 2000; j++) {
      term *= ((2 + j) * (1.5 + j) * 0.6) / ((2 + j) * (j + 1));
      direct += term;
    }
    relative(hyp2f1(2, 1.5, 2, 0.6), direct, 1e-12);
    relative(hyp2f1(2, 1.5, 2, 0.6), Math.pow(0.4, -1.5), 1e-13);
  });

  test('is 1 at z = 0', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
  });
});

describe('minimize (BFGS)', () => {
  test('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = (x: Float64Array, g: Float64Array) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const r = minimize(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-10, maxIterations: 200 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
  });

  test('reports no convergence when the iterations run out', () => {
    const bowl = (x: Float64Array, g: Float64Array) => {
      g[0] = 2 * x[0]!;
      return x[0]! ** 2;
    };
    expect(minimize(bowl, [5], { gradientTolerance: 1e-12, maxIterations: 0 }).converged).toBe(false);
    expect(minimize(bowl, [5], { gradientTolerance: 1e-12, maxIterations: 50 }).converged).toBe(true);
  });
});
