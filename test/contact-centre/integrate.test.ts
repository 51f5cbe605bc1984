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

  test('the result scales with the integrand: the narrow peak times 1e−200 and 1e200', () => {
    const eps = 1e-3;
    const expected = (Math.atan(0.1 / eps) + Math.atan(0.9 / eps)) / eps;
    for (const c of [1e-200, 1e200]) close(gaussKronrod((x) => c / (eps * eps + (x - 0.9) ** 2), 0, 1), c * expected);
  });

  test('the zero integrand, a constant and a line take one rule: G7 and K15 are both exact for them', () => {
    for (const [g, a, b, expected] of [
      [() => 0, 0, 1, 0],
      [() => 3, -2, 5, 21],
      // symmetric about the centre, whose value is then the mean of the 15 values
      [(x: number) => x, -1, 1, 0],
      [(x: number) => x + 1, -1, 1, 2],
      [(x: number) => 2 * x + 1, 0, 1, 2],
    ] as const) {
      const c = counted(g);
      const value = gaussKronrod(c.g, a, b);
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
      expect(c.calls(), String(g)).toBe(15);
    }
  });

  test('at most 400 halvings: x^−0.9 on [0, 1], whose error at 0 falls by only 2^−0.1 a halving, takes 15 + 400 × 30 calls', () => {
    // ∫₀¹ x^−0.9 = 10; the part left near 0 after 400 halvings of [0, h] is 10 h^0.1 with h = 2^−400, about 1e−11
    const c = counted((x) => x ** -0.9);
    close(gaussKronrod(c.g, 0, 1), 10, 1e-11);
    expect(c.calls()).toBe(15 + 400 * 30);
  });

  test('an interval too short to halve returns what it has, after one rule', () => {
    // [1, 1 + ε] has no double between its ends: its middle rounds to 1
    const step = counted((x) => (x === 1 ? 0 : 1));
    const value = gaussKronrod(step.g, 1, 1 + Number.EPSILON);
    expect(step.calls()).toBe(15);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(Number.EPSILON);
  });

  test('an interval too short to halve whose middle rounds up to its end also stops after one rule', () => {
    // [1 + ε, 1 + 2ε]: its middle 1 + 1.5ε rounds to the even 1 + 2ε, the end, and so do all 15 nodes;
    // only an integrand that is not finite there leaves an estimate that is not below 1e−14: a pole at the end
    const s = 1 + Number.EPSILON;
    const e = 1 + 2 * Number.EPSILON;
    expect(s + (e - s) / 2).toBe(e);
    const pole = counted((x) => 1 / (e - x));
    expect(gaussKronrod(pole.g, s, e)).toBe(Infinity);
    expect(pole.calls()).toBe(15);
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

  test('a finite end far beyond the tail is cut as well: 20! for ends at 10³, 10⁶ and 10³⁰⁰', () => {
    // integrated up to the end itself, the peak near v = 20 would fall between the rule's nodes
    for (const t of [1e3, 1e6, 1e300]) {
      const r = integrateLogConcave(gammaKernel(20), 0, t);
      close(Math.exp(r.log) * r.value, 2432902008176640000);
    }
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

  test('a range below 0: a Gaussian at −50, from −10⁶ and from −100, narrow or not: s√(2π)', () => {
    for (const [s, from] of [
      [1, -1e6],
      [1, -100],
      [0.1, -100],
    ] as const) {
      const r = integrateLogConcave({ psi: (v) => -(((v + 50) / s) ** 2) / 2, slope: (v) => -(v + 50) / (s * s) }, from, Infinity);
      expect(Math.abs(r.log)).toBeLessThan(1e-9);
      close(Math.exp(r.log) * r.value, s * Math.sqrt(2 * Math.PI));
    }
  });

  test('far out in the double range: e^−(v − 10³⁰³)/10³⁰⁰ from 10³⁰³ is 10³⁰⁰, the tail search stepping in finite steps', () => {
    const r = integrateLogConcave({ psi: (v) => -(v - 1e303) / 1e300, slope: () => -1e-300 }, 1e303, Infinity);
    expect(r.log === 0).toBe(true);
    close(r.value, 1e300);
  });

  test('ψ and ψ′ are evaluated only inside [from, to], as an integrand may not be defined outside it', () => {
    // ln v is not defined below 0, ln(1 − v) not beyond 1: Erlang A's integrands have ln v and ln(1 − e^−θv)
    const cases: readonly (readonly [LogConcave, number, number, number])[] = [
      // e^−v: the peak at the start, 0
      [{ psi: (v) => -v, slope: () => -1 }, 0, Infinity, 1],
      // an end just past the cut at v = 46: the tail search's step would overshoot it
      [{ psi: (v) => -v, slope: () => -1 }, 0, 50, -Math.expm1(-50)],
      // v²(1 − v)³ on [0, 1]: B(3, 4) = 2! 3! / 6! = 1/60
      [{ psi: (v) => 2 * Math.log(v) + 3 * Math.log(1 - v), slope: (v) => 2 / v - 3 / (1 - v) }, 0, 1, 1 / 60],
      // the Gamma kernel with its end 1e−10 past the peak, inside the last step of the bisection for it
      [gammaKernel(20), 0, 20 + 1e-10, lowerGamma(20, 20 + 1e-10)],
      [gammaKernel(20), 10, 35, lowerGamma(20, 35) - lowerGamma(20, 10)],
    ];
    for (const [f, from, to, expected] of cases) {
      const outside: number[] = [];
      const inside = (v: number): void => {
        if (!(v >= from && v <= to)) outside.push(v);
      };
      const guarded: LogConcave = {
        psi: (v) => {
          inside(v);
          return f.psi(v);
        },
        slope: (v) => {
          inside(v);
          return f.slope(v);
        },
      };
      const r = integrateLogConcave(guarded, from, to);
      expect(outside, `[${from}, ${to}]`).toEqual([]);
      close(Math.exp(r.log) * r.value, expected);
    }
  });

  test('a range of no width integrates to 0 at its value', () => {
    const r = integrateLogConcave(gammaKernel(20), 20, 20);
    close(r.log, 20 * Math.log(20) - 20, 1e-15);
    expect(r.value).toBe(0);
  });
});
