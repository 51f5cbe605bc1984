/**
 * Special functions against published values. Sources: exact closed forms
 * (Γ at integers and half-integers, I_x at parameters where it is
 * elementary), and Python 3.11's math.erfc (a correctly rounded libm erfc),
 * quoted here as printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { erfc, hyp2f1, logBeta, logGamma, regularizedBeta, scaledHyp2f1 } from '../../src/_lib/special.js';

/**
 * 1 − I_x(a, b) by the symmetry I_x(a, b) = 1 − I_{1−x}(b, a): the complement
 * the library does not need, built here to test the incomplete beta in its
 * far tail, where 1 − I would lose every digit.
 */
function regularizedBetaComplement(x: number, a: number, b: number, y = 1 - x): number {
  return regularizedBeta(y, b, a, x);
}

/** |actual − expected| ≤ tolerance × |expected| */
function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('logGamma', () => {
  test('at integers it is ln((n − 1)!)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    relative(logGamma(5), Math.log(24), 1e-14);
    relative(logGamma(10), Math.log(362880), 1e-14);
    relative(logGamma(20), Math.log(121645100408832000), 1e-14);
    // ln(99!) = 359.13420536957539878… (Σ ln k, k = 2…99, in exact arithmetic)
    relative(logGamma(100), 359.1342053695754, 1e-14);
  });

  test('at half-integers it follows Γ(½) = √π and Γ(x + 1) = x Γ(x)', () => {
    relative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    relative(logGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2), 1e-13);
    relative(logGamma(4.5), Math.log((105 / 16) * Math.sqrt(Math.PI)), 1e-14);
    relative(logGamma(10.5), Math.log((654729075 / 1024) * Math.sqrt(Math.PI)), 1e-14);
  });

  test('is smooth where the method changes, at 10: its slope there is ψ(10) = H₉ − γ = 2.2517525890667211', () => {
    relative((logGamma(10 + 1e-6) - logGamma(10 - 1e-6)) / 2e-6, 2.2517525890667211, 1e-6);
  });
});

describe('logBeta', () => {
  test('B(a, b) = Γ(a) Γ(b) / Γ(a + b): B(2, 3) = 1/12, B(½, ½) = π', () => {
    relative(logBeta(2, 3), Math.log(1 / 12), 1e-14);
    relative(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-14);
  });

  test('keeps its accuracy for large arguments, where the log-gammas nearly cancel', () => {
    // B(a, ½) = Γ(a) √π / Γ(a + ½); for a = 10⁶, ln B = ½ ln π − ½ ln a + 1/(8a) + O(a⁻³)
    const a = 1e6;
    relative(logBeta(a, 0.5), 0.5 * Math.log(Math.PI) - 0.5 * Math.log(a) + 1 / (8 * a), 1e-12);
    // B(a, a) = Γ(a)² / Γ(2a) at a = 50 from exact factorials: ln(49!² / 99!)
    let exact = 0;
    for (let k = 1; k <= 49; k++) exact += 2 * Math.log(k);
    for (let k = 1; k <= 99; k++) exact -= Math.log(k);
    relative(logBeta(50, 50), exact, 1e-12);
  });
});

describe('regularizedBeta', () => {
  test('I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ', () => {
    for (const x of [0.01, 0.3, 0.5, 0.9, 0.999]) {
      relative(regularizedBeta(x, 1, 1), x, 1e-14);
      relative(regularizedBeta(x, 3.5, 1), x ** 3.5, 1e-13);
      relative(regularizedBeta(x, 1, 4), 1 - (1 - x) ** 4, 1e-13);
    }
  });

  test('I_½(a, a) = ½ by symmetry', () => {
    for (const a of [0.5, 2, 7.5, 40]) relative(regularizedBeta(0.5, a, a), 0.5, 1e-13);
  });

  test('I_x(½, ½) = (2/π) arcsin √x', () => {
    for (const x of [0.05, 0.5, 0.95]) relative(regularizedBeta(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)), 1e-13);
  });

  test('the complement is 1 − I and stays accurate where I is close to 1', () => {
    relative(regularizedBetaComplement(0.3, 2, 3), 1 - regularizedBeta(0.3, 2, 3), 1e-13);
    // 1 − I_x(1, b) = (1 − x)ᵇ exactly; at x = 0.999, b = 5 that is 1e-15, lost in 1 − I
    relative(regularizedBetaComplement(0.999, 1, 5, 0.001), 1e-15, 1e-9);
  });

  test('is 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  // mpmath at 60 digits, by quadrature of the density (scripts/reference/large-beta.py); the tolerance is
  // 1e-13, or 3e-16 √(a + b) where the rounding of the mode costs that (the density is 1/√(a + b) wide), and
  // 1e-12 forty standard deviations out, where the density's logarithm is −650 and its last digits are e^(±1e-13)
  const far = 1e-12;
  test.each<[number, number, number, number, number?]>([
    [0.8, 8e11, 2e11, 0.49999980057315129],
    [0.49995256583509745, 5e8, 5e8, 0.0013498980050324914],
    [0.001, 1e12, 9.99e14, 0.50000013278951463],
    [4.8e-11, 45.5, 1e12 + 15, 0.66029441674317195],
    [5e-11, 0.5, 1e10, 0.68268949213708591],
    [0.6868629150101524, 16000, 3999.999999999999, 1.985262171678519e-283, far],
    [0.5015811388300842, 5e4, 5e4, 0.84134474607156154],
    [4.5e-14, 52.5, 1e15 + 8, 0.14862319476696228],
  ])('large parameters, where the continued fraction would need more than its steps: I_%s(%s, %s) = %s', (x, a, b, expected, tolerance = 1e-13) => {
    relative(regularizedBeta(x, a, b), expected, Math.max(tolerance, 3e-16 * Math.sqrt(a + b)));
  });

  test('large parameters on the far side of 1: x = 1 − 1e-200 is 1 in doubles, and y tells the side', () => {
    // 1 − I_x(1e200, 45.5) at y = 1 − x is I_y(45.5, 1e200), below its mean 45.5e-200: the same value from either end
    const y = 4.5e-199;
    relative(1 - regularizedBeta(1, 1e200, 45.5, y), regularizedBeta(y, 45.5, 1e200), 1e-12);
    // Beta(45.5, 1e200) is Gamma(45.5)/1e200 to 1e-198: at y = 45.5e-200 it is P(Gamma(45.5) ≤ 45.5), 0.5197 (regularized lower gamma)
    expect(regularizedBeta(45.5e-200, 45.5, 1e200)).toBeCloseTo(0.51971, 4);
  });

  /** Within `tolerance` relative, or two units of the last place where the expected value is subnormal. */
  function close(actual: number, expected: number, tolerance: number): void {
    const subnormal = Math.abs(expected) < 2.2250738585072014e-308;
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(subnormal ? 2 * Number.MIN_VALUE : tolerance * Math.abs(expected));
  }

  test('a tiny shape: I_x(1, b) = 1 − (1 − x)ᵇ = −expm1(b ln(1 − x)) and I_x(a, 1) = xᵃ, on both sides of the split point, down to a subnormal shape', () => {
    // the closed forms hold for every shape; for b ≪ 1 the first is of the size of b, which 1 − I_{1−x}(b, 1) lost
    // (x = 0.75, b = 1e-300 gave about −1e-14; b = 5e-324 gave 0.09 off)
    for (const e of [5e-324, 1e-310, 1e-300, 1e-20, 1e-8, 0.05]) {
      for (const x of [2 ** -20, 0.25, 0.75, 0.9375, 1 - 2 ** -30]) {
        close(regularizedBeta(x, 1, e), -Math.expm1(e * Math.log1p(-x)), 1e-14);
        close(regularizedBetaComplement(x, e, 1), -Math.expm1(e * Math.log(x)), 1e-14);
        relative(regularizedBeta(x, e, 1), x ** e, 1e-15);
      }
    }
  });

  // scripts/reference/small-shapes.py: mpmath at 50 digits, by quadrature of the value itself (never 1 minus its
  // complement); the first is the tail of the BG/NBD call that returned a probability below 0
  test.each<[number, number, number, number]>([
    [0.8983277283825494, 6, 3.5e-323, 1.6002790381133808e-323],
    [0.8983277283825494, 6, 1e-20, 4.6271440462086266e-21],
    [0.8983277283825494, 6, 1e-8, 4.6271440709008105e-9],
    [0.8983277283825494, 6, 0.01, 0.0046515998748725713],
    [0.0625, 6, 1e-20, 1.049710893208959e-28],
    [0.25, 0.5, 1e-300, 1.0986122886681097e-300],
    [0.75, 0.5, 1e-300, 2.6339157938496335e-300],
    [0.9375, 10.5, 0.05, 0.021384243325334922],
    [0.984375, 10.5, 0.05, 0.070096096665409027],
    [0.75, 30.5, 0.0999, 2.4132705290853295e-6],
    [0.9999959244323602, 1e6 + 0.5, 1e-300, 3.4491210881667976e-303],
    [1 - 2 ** -36, 1e12, 1e-8, 3.0903869066714279e-16],
    [1 - 2 ** -42, 1e12, 1e-8, 1.1190199739054158e-8],
    [0.5, 1e-10, 1e-20, 9.9999999989999991e-11],
    [0.5, 1e-20, 1e-10, 0.9999999999],
    [0.25, 1e-5, 0.5, 0.99997366133931175],
    [0.5, 5e-324, 2, 1],
  ])('a shape below 0.1 keeps the relative accuracy of a value of its size: I_%s(%s, %s) = %s', (x, a, b, expected) => {
    close(regularizedBeta(x, a, b), expected, 1e-14);
  });

  test.prop([
    fc.double({ min: -323, max: -1, noNaN: true }),
    fc.double({ min: -300, max: 15, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('a shape below 0.1: a probability, rising in x across the split point', (logB, logA, u, v) => {
    const b = Math.max(10 ** logB, Number.MIN_VALUE);
    const a = 10 ** logA;
    // x around the split point 1 − (b + 1)/(a + b + 2), where the method changes, on a log scale of 1 − x
    const y = Math.min(0.5, ((b + 1) / (a + b + 2)) * 10 ** (4 * u - 2));
    const lower = regularizedBeta(1 - y, a, b, y);
    const further = regularizedBeta(1 - y * v, a, b, y * v);
    expect(lower).toBeGreaterThanOrEqual(0);
    expect(further).toBeLessThanOrEqual(1);
    expect(further).toBeGreaterThanOrEqual(lower * (1 - 1e-13));
  });

  test.prop([
    fc.double({ min: 4, max: 15, noNaN: true }),
    fc.double({ min: 4, max: 15, noNaN: true }),
    fc.double({ min: -8, max: 8, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('large parameters: a probability, rising in x', (logA, logB, z, step) => {
    const a = 10 ** logA;
    const b = 10 ** logB;
    const sd = Math.sqrt(a * b) / ((a + b) * Math.sqrt(a + b + 1));
    const x = Math.min(Math.max(a / (a + b) + z * sd, Number.MIN_VALUE), 1 - 2 ** -53);
    const further = Math.min(x + step * sd, 1 - 2 ** -53);
    const p = regularizedBeta(x, a, b);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(regularizedBeta(further, a, b)).toBeGreaterThanOrEqual(p - 1e-12);
  });
});

describe('erfc', () => {
  // Python 3.11 math.erfc, printed with repr()
  test.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [3, 2.2090496998585438e-5],
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.842700792949715],
  ])('erfc(%s) = %s', (x, expected) => {
    relative(erfc(x), expected, 1e-14);
  });

  test('underflows to 0 far in the tail', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
  });
});

describe('scaledHyp2f1: (1 − z)^p ₂F₁(a, b; c; z), in 1 − z above z = 0.99 (Abramowitz & Stegun 15.3.6)', () => {
  const close = (actual: number, expected: number, tolerance: number): void => {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
  };

  test('₂F₁(a, b; b; z) = (1 − z)^(−a) (A&S 15.1.8), at 1 − z = 1e-9 and 1e-3', () => {
    close(scaledHyp2f1(0, 0.37, 2.5, 2.5, 1 - 1e-9, 1e-9), Math.pow(1e-9, -0.37), 1e-12);
    close(scaledHyp2f1(0.37, 0.37, 2.5, 2.5, 1 - 1e-3, 1e-3), 1, 1e-12);
  });

  test('₂F₁(a, 1 − a; 3/2; sin²x) = sin((2a − 1)x)/((2a − 1) sin x) (A&S 15.1.15), at x = π/2 − 1e-4', () => {
    const x = Math.PI / 2 - 1e-4;
    const a = 0.3;
    const rest = Math.sin(1e-4) ** 2; // 1 − sin²x = cos²x = sin²(π/2 − x)
    // 1.4693822352031075674 from mpmath at 40 digits, the same as the closed form
    close(scaledHyp2f1(0, a, 1 - a, 1.5, Math.sin(x) ** 2, rest), Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x)), 1e-12);
    close(scaledHyp2f1(0, a, 1 - a, 1.5, Math.sin(x) ** 2, rest), 1.4693822352031075674, 1e-12);
  });

  test('agrees with the series in z where both converge (z from 0.991 to 0.999), with negative c − a − b and negative c − b', () => {
    for (const [a, b, c] of [[2.243, 4.426, 4.219], [0.243, 2.426, 2.219], [1.5, 0.7, 0.35], [0.6, 0.9, 2.05]] as const) {
      for (const z of [0.991, 0.995, 0.999]) {
        close(scaledHyp2f1(0.8, a, b, c, z, 1 - z), Math.pow(1 - z, 0.8) * hyp2f1(a, b, c, z), 1e-11);
      }
    }
  });

  test('up to z = 0.99, and with c − a − b within 0.01 of a whole number, it is the power times the series, as computed before', () => {
    expect(scaledHyp2f1(0.5, 0.7, 1.2, 2.1, 0.5)).toBe(Math.pow(0.5, 0.5) * hyp2f1(0.7, 1.2, 2.1, 0.5));
    expect(scaledHyp2f1(0.5, 0.7, 1.2, 2.9, 0.995)).toBe(Math.pow(1 - 0.995, 0.5) * hyp2f1(0.7, 1.2, 2.9, 0.995));
  });
});
