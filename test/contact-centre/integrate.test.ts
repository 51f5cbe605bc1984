/**
 * The quadrature behind Erlang A, on its own: adaptive Gauss–Kronrod 7–15
 * and the integral of a log-concave e^ψ located around its peak, against
 * integrals with closed forms. Its documented target is a relative error of
 * about 1e−14; the tests ask for 1e−12.
 */
import { describe, expect, test } from 'vitest';
import { gaussKronrod, integrateLogConcave, type LogConcave } from '../../src/contact-centre/integrate.js';

/** Relative closeness: |actual − expected| ≤ tolerance × |expected|. */
function close(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** `g` and how often it was called. */
function counted(g: (v: number) => number): { readonly g: (v: number) => number; readonly calls: () => number } {
  let n = 0;
  return {
    g: (v) => {
      n++;
      return g(v);
    },
    calls: () => n,
  };
}

/** ln k!, summed term by term. */
function logFactorial(k: number): number {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
}

/** The Gamma(k + 1) kernel v^k e^−v: ψ = k ln v − v, concave for k > 0, peak at v = k, ∫₀^∞ = k!. */
function gammaKernel(k: number): LogConcave {
  return { psi: (v) => k * Math.log(v) - v, slope: (v) => k / v - 1 };
}

/** ∫₀^T v^k e^−v dv = k! (1 − e^−T Σ_{i≤k} T^i / i!), for whole k. */
function lowerGamma(k: number, t: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    term *= t / i;
    sum += term;
  }
  return Math.exp(logFactorial(k)) * (1 - Math.exp(-t) * sum);
}

describe('gaussKronrod', () => {
  test('a polynomial of degree 13 or less is exact in one 15-point rule, as G7 is then exact too', () => {
    const p = counted((x) => x ** 13 - 3 * x ** 4 + 2);
    // ∫₀² x¹³ − 3x⁴ + 2 = 2¹⁴/14 − 3·2⁵/5 + 4
    close(gaussKronrod(p.g, 0, 2), 16384 / 14 - 96 / 5 + 4, 1e-14);
    expect(p.calls()).toBe(15);
  });

  test('e^x on [0, 1] takes one rule: the G7 error of an analytic function is far below 1e−14', () => {
    const e = counted(Math.exp);
    close(gaussKronrod(e.g, 0, 1), Math.E - 1, 1e-15);
    expect(e.calls()).toBe(15);
  });

  test('a degree-20 polynomial is not exact in G7, so its interval is halved, and the result is still exact', () => {
    const p = counted((x) => x ** 20);
    close(gaussKronrod(p.g, 0, 1), 1 / 21, 1e-14);
    expect(p.calls()).toBeGreaterThan(15);
    expect((p.calls() - 15) % 30).toBe(0);
  });

  test('a narrow peak far from the centre: the interval with the largest error is the one halved', () => {
    // ∫₀¹ 1 / (ε² + (x − 0.9)²) = (atan(0.1 / ε) + atan(0.9 / ε)) / ε
    const eps = 1e-3;
    const expected = (Math.atan(0.1 / eps) + Math.atan(0.9 / eps)) / eps;
    const peak = counted((x) => 1 / (eps * eps + (x - 0.9) ** 2));
    close(gaussKronrod(peak.g, 0, 1), expected);
    // halving the worst interval reaches 1e−14 in far fewer than the 400 rounds allowed
    expect(peak.calls()).toBeLessThan(15 + 30 * 100);
  });

  test('a wide interval: the error estimate scales with the half-width', () => {
    // ∫₀^500 e^(−x/50) = 50 (1 − e^−10)
    close(gaussKronrod((x) => Math.exp(-x / 50), 0, 500), 50 * (1 - Math.exp(-10)));
    // ∫_−1000^1000 1 / (1 + (x/100)²) = 200 atan(10)
    close(gaussKronrod((x) => 1 / (1 + (x / 100) ** 2), -1000, 1000), 200 * Math.atan(10));
  });

  test('a kink inside: |x − 1/3| on [0, 1] is 5/18', () => {
    close(gaussKronrod((x) => Math.abs(x - 1 / 3), 0, 1), 5 / 18, 1e-12);
  });

  test('zero, a constant, and a reversed interval', () => {
    expect(gaussKronrod(() => 0, 0, 1)).toBe(0);
    close(gaussKronrod(() => 3, -2, 5), 21, 1e-15);
    close(gaussKronrod((x) => x * x, 3, 0), -9, 1e-15);
  });

  test('a reversed interval is halved as its forward one is: ∫₁⁰ x²⁰ = −1/21, and the narrow peak', () => {
    const p = counted((x) => x ** 20);
    close(gaussKronrod(p.g, 1, 0), -1 / 21, 1e-14);
    expect(p.calls()).toBeGreaterThan(15);
    const eps = 1e-3;
    close(gaussKronrod((x) => 1 / (eps * eps + (x - 0.9) ** 2), 1, 0), -(Math.atan(0.1 / eps) + Math.atan(0.9 / eps)) / eps);
  });

  test('an interval of no width is 0, after one rule', () => {
    const c = counted(Math.exp);
    expect(gaussKronrod(c.g, 1, 1)).toBe(0);
    expect(c.calls()).toBe(15);
  });

  test('an interval too short to halve returns what it has, after one rule', () => {
    // [1, 1 + ε] has no double between its ends: its middle rounds to 1
    const step = counted((x) => (x === 1 ? 0 : 1));
    const value = gaussKronrod(step.g, 1, 1 + Number.EPSILON);
    expect(step.calls()).toBe(15);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(Number.EPSILON);
  });
});

describe('integrateLogConcave', () => {
  test('the Gamma kernel k = 20 on [0, ∞): 20! = 2432902008176640000, scaled by the peak e^ψ(20)', () => {
    const r = integrateLogConcave(gammaKernel(20), 0, Infinity);
    close(r.log, 20 * Math.log(20) - 20, 1e-15);
    close(Math.exp(r.log) * r.value, 2432902008176640000);
  });

  test('a peak too high for a double (k = 400): ln 400! from the log and the value', () => {
    const r = integrateLogConcave(gammaKernel(400), 0, Infinity);
    expect(Math.exp(r.log)).toBe(Infinity);
    close(r.log + Math.log(r.value), logFactorial(400), 1e-13);
  });

  test('a peak too low for a double: e^−2000 times the same integral', () => {
    const k = gammaKernel(20);
    const low: LogConcave = { psi: (v) => k.psi(v) - 2000, slope: (v) => k.slope(v) };
    const r = integrateLogConcave(low, 0, Infinity);
    close(r.log, 20 * Math.log(20) - 2020, 1e-15);
    close(r.log + Math.log(r.value), logFactorial(20) - 2000, 1e-13);
  });

  test('a finite end past the tail is cut where the integrand is negligible: the same integral', () => {
    close(Math.exp(integrateLogConcave(gammaKernel(20), 0, 500).log) * integrateLogConcave(gammaKernel(20), 0, 500).value, lowerGamma(20, 500));
  });

  test('a finite end inside the bulk, on either side of the peak', () => {
    for (const t of [10, 19.5, 20, 20.5, 26, 35]) {
      const r = integrateLogConcave(gammaKernel(20), 0, t);
      close(Math.exp(r.log) * r.value, lowerGamma(20, t));
      // the peak of the range: its end when the range stops before v = 20
      close(r.log, t < 20 ? 20 * Math.log(t) - t : 20 * Math.log(20) - 20, 1e-12);
    }
  });

  test('a start past the peak: ψ falls from the start on', () => {
    // ∫_30^∞ v^20 e^−v = 20! − ∫₀^30
    const r = integrateLogConcave(gammaKernel(20), 30, Infinity);
    close(r.log, 20 * Math.log(30) - 30, 1e-15);
    close(Math.exp(r.log) * r.value, Math.exp(logFactorial(20)) - lowerGamma(20, 30), 1e-11);
  });

  test('ψ falling everywhere, e^−v/θ: θ, with the peak at the start', () => {
    for (const theta of [1e-3, 1, 1e6]) {
      const r = integrateLogConcave({ psi: (v) => -v / theta, slope: () => -1 / theta }, 0, Infinity);
      expect(r.log === 0).toBe(true);
      close(r.value, theta);
    }
  });

  test('ψ rising everywhere, e^v on [0, 10]: the peak at the end, e^10 (1 − e^−10)', () => {
    const r = integrateLogConcave({ psi: (v) => v, slope: () => 1 }, 0, 10);
    expect(r.log).toBe(10);
    close(r.value, 1 - Math.exp(-10));
  });

  test('a Gaussian far from 0 and narrow, e^(−(v − m)² / 2s²): s√(2π)', () => {
    for (const [m, s] of [
      [1e4, 1],
      [50, 5],
      [1, 1e-3],
    ] as const) {
      const r = integrateLogConcave({ psi: (v) => -((v - m) ** 2) / (2 * s * s), slope: (v) => -(v - m) / (s * s) }, 0, Infinity);
      // the peak is found to within 1e−9 of its place, so ψ there is within about 1e−10 of 0
      expect(Math.abs(r.log)).toBeLessThan(1e-9);
      close(Math.exp(r.log) * r.value, s * Math.sqrt(2 * Math.PI));
    }
  });

  test('a range of no width integrates to 0 at its value', () => {
    const r = integrateLogConcave(gammaKernel(20), 20, 20);
    close(r.log, 20 * Math.log(20) - 20, 1e-15);
    expect(r.value).toBe(0);
  });
});
