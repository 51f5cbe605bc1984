/**
 * Pareto/NBD, MBG/NBD and BG/NBD predictions at fixed parameters against
 * scripts/reference/lifetime-models.py, which computes them from the models'
 * definitions rather than from the closed forms the library uses: P(alive)
 * from the published likelihood with its difference of two ₂F₁ terms
 * (mpmath.hyp2f1, 40 digits); conditional expectations and E[X(t)] by
 * integrating the individual-level expectation over the posterior (or prior)
 * of the dropout process (mpmath.quad); P(X(t) = n) of the Pareto/NBD and
 * MBG/NBD by integrating the individual-level probability over the mixing
 * distributions. Values quoted as printed.
 */
import { describe, expect, test } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
  bgNbdProbabilityOfPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdPopulationExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdPopulationExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const pareto = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const swapped = { r: 0.553, alpha: 11.669, s: 0.606, beta: 10.578 };

describe('Pareto/NBD predictions', () => {
  // x, tₓ, T, P(alive), E[Y(39)]
  const atPublished: [number, number, number, number, number][] = [
    [0, 0, 38.86, 0.29528660461689415, 0.10708146821530885],
    [2, 30.43, 38.86, 0.8691675591530112, 1.4551231932576025],
    [5, 2, 30, 0.00820310216106447, 0.03529457658319614],
    [30, 35, 38.86, 0.8195820970849615, 16.420703640672556],
  ];
  const atSwapped: [number, number, number, number, number][] = [
    [0, 0, 38.86, 0.28224885617018575, 0.09981512364529962],
    [2, 30.43, 38.86, 0.8669234295147701, 1.4153719431637966],
    [5, 2, 30, 0.009531045180764504, 0.039754594965920376],
    [30, 35, 38.86, 0.8216903862933465, 16.054659274538086],
  ];
  test.each(atPublished)('α < β (CDNOW): x = %s, tₓ = %s, T = %s', (x, tx, T, alive, future) => {
    const customer = { frequency: x, recency: tx, T };
    relative(paretoNbdProbabilityAlive(pareto, customer), alive, 1e-12);
    relative(paretoNbdExpectedPurchases(pareto, customer, 39), future, 1e-12);
  });
  test.each(atSwapped)('α > β: x = %s, tₓ = %s, T = %s', (x, tx, T, alive, future) => {
    const customer = { frequency: x, recency: tx, T };
    relative(paretoNbdProbabilityAlive(swapped, customer), alive, 1e-12);
    relative(paretoNbdExpectedPurchases(swapped, customer, 39), future, 1e-12);
  });

  test('E[X(t)] = rβ/(α(s − 1)) [1 − (β/(β + t))^(s−1)] is the integral over μ', () => {
    relative(paretoNbdPopulationExpectedPurchases(pareto, 39), 1.213002844281016, 1e-13);
    relative(paretoNbdPopulationExpectedPurchases(pareto, 78), 1.9093981293136855, 1e-13);
    relative(paretoNbdPopulationExpectedPurchases(swapped, 39), 1.066120625960859, 1e-13);
    relative(paretoNbdPopulationExpectedPurchases(swapped, 78), 1.6668800656381266, 1e-13);
  });

  test('at s = 1 the expectations take their limit rβ/α ln(1 + t/β) instead of dividing by 0', () => {
    const p = { r: 0.5, alpha: 10, s: 1, beta: 12 };
    relative(paretoNbdPopulationExpectedPurchases(p, 39), ((0.5 * 12) / 10) * Math.log1p(39 / 12), 1e-15);
    const near = paretoNbdPopulationExpectedPurchases({ ...p, s: 1 + 1e-9 }, 39);
    relative(near, paretoNbdPopulationExpectedPurchases(p, 39), 1e-8);
    relative(paretoNbdExpectedPurchases(p, { frequency: 2, recency: 30, T: 39 }, 20), paretoNbdExpectedPurchases({ ...p, s: 1 - 1e-9 }, { frequency: 2, recency: 30, T: 39 }, 20), 1e-8);
  });

  test('where α and β differ by a factor 500 (the series would need 100,000s of terms), P(alive) and ln L are the reference’s', () => {
    const slow = { r: 0.5, alpha: 50, s: 0.5, beta: 0.1 };
    relative(paretoNbdProbabilityAlive(slow, { frequency: 0, recency: 0, T: 10 }), SLOW[0]!, 1e-11);
    relative(paretoNbdProbabilityAlive(slow, { frequency: 1, recency: 0.5, T: 10 }), SLOW[1]!, 1e-11);
  });

  test('P(X(39) = n) at the published parameters is the integral of the model over λ and μ', () => {
    PARETO_PMF.forEach((p, n) => { relative(paretoNbdProbabilityOfPurchases(pareto, n, 39), p, 1e-9); });
    relative(paretoNbdProbabilityOfPurchases(swapped, 1, 10), PARETO_PMF_SWAPPED, 1e-9);
  });

  // scripts/reference/small-shapes.py: Fader, Hardie & Shang's equation 13 at 60 digits, where its cancellation costs
  // nothing, and the integral it solves by quadrature (40 digits), which agree to the 17 digits printed (quoted here
  // as the nearest doubles); the last two by the quadrature alone
  test.each<[number, number, number, number, number, number, number, number]>([
    [0.1, 1e8, 1e8, 0.1, 1, 1, 1.0000000100000002e-18, 1e-14],
    [0.1, 1e4, 1e4, 0.1, 0, 1, 0.99999999989999, 1e-15],
    [0.1, 1e4, 1e4, 0.1, 1, 1, 1.00010000780034e-10, 1e-14],
    [0.553, 10.578, 0.606, 11.669, 0, 39, 0.5936250316023838, 1e-15],
    [0.553, 10.578, 0.606, 11.669, 3, 39, 0.049039953642814264, 1e-14],
    [0.553, 10.578, 0.606, 11.669, 40, 39, 1.488229129085206e-6, 1e-14],
    [0.553, 10.578, 0.606, 11.669, 1, 1e-6, 5.227830444814373e-8, 1e-14],
    [0.5, 50, 0.5, 0.1, 4, 10, 2.239477940507308e-5, 1e-14],
    [2, 1, 3, 100, 7, 30, 0.019382833516971308, 1e-14],
    [2, 3, 500, 40, 3, 2, 0.0002855538103040504, 1e-14],
    [0.553, 10.578, 0.606, 11.669, 10000, 1e6, 1.4759880929554173e-7, 1e-13],
    [0.553, 10.578, 0.606, 11.669, 50, 1e300, 0.00067400644711177544, 1e-14],
  ])('P(X(t) = n) keeps its digits at r = %s, α = %s, s = %s, β = %s, n = %s, t = %s', (r, alpha, s, beta, n, t, expected, tolerance) => {
    // the ₂F₁ difference B₁ − Σ B₂ lost 7e-8 (relative) at α = s = 10⁴ and 6e-10 at t = 1e-6, inside 0–1
    relative(paretoNbdProbabilityOfPurchases({ r, alpha, s, beta }, n, t), expected, tolerance);
  });

  test('P(X(t) = n) stays within 0–1 where the ₂F₁ difference left it: 16.9 at α = s = 10⁸, and a few units of the last place above 1 at t = 1e-300 or r = 5e-324', () => {
    // at r = 0.1, α = s = 1e8, β = 0.1 the customers die at once (mean lifetime 1e-9) and buy at a rate 1e-9: 1 − P(X(1) = 0) is about 1e-18 (reference above)
    expect(paretoNbdProbabilityOfPurchases({ r: 0.1, alpha: 1e8, s: 1e8, beta: 0.1 }, 0, 1)).toBe(1);
    for (const n of [0, 1, 2]) {
      for (const p of [{ ...pareto, r: 5e-324 }, { ...pareto, r: 1e-300 }, pareto]) {
        for (const t of [1e-300, 1e-20, 39]) {
          const value = paretoNbdProbabilityOfPurchases(p, n, t);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  test('as t → 0, P(X(t) = 0) → 1 and P(X(t) = 1) → E[λ] t = r t/α (the first purchase comes at the mean rate; a death before it is of order t²)', () => {
    expect(paretoNbdProbabilityOfPurchases(pareto, 0, 1e-300)).toBe(1);
    // (to 1e-13: the value is e^−693, and the rounding of that exponent alone is 7e-14 of it)
    relative(paretoNbdProbabilityOfPurchases(pareto, 1, 1e-300), (pareto.r * 1e-300) / pareto.alpha, 1e-13);
    relative(paretoNbdProbabilityOfPurchases(swapped, 1, 1e-200), (swapped.r * 1e-200) / swapped.alpha, 1e-13);
  });

  test('P(alive) neither overflows nor loses precision for a customer with 400 purchases', () => {
    // Γ(r + 400) and (α + T)^(r + 400) alone overflow a double; the reference's 40 digits do not
    relative(paretoNbdProbabilityAlive(pareto, { frequency: 400, recency: 38, T: 38.86 }), 0.37254441425205725, 1e-11);
  });

  test('refuses bad input: a negative t, a fractional n, recency beyond T', () => {
    expect(metricErrorOf(() => paretoNbdExpectedPurchases(pareto, { frequency: 1, recency: 1, T: 2 }, -1)).code).toBe('OUT_OF_RANGE');
    expect(metricErrorOf(() => paretoNbdProbabilityOfPurchases(pareto, 1.5, 2)).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => paretoNbdProbabilityAlive(pareto, { frequency: 1, recency: 3, T: 2 })).code).toBe('INVALID_COUNTS');
  });
});

describe('MBG/NBD predictions at r = 0.525, α = 6.183, a = 0.891, b = 1.614', () => {
  const mbg = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
  test.each(MBG_CUSTOMERS)('x = %s, tₓ = %s, T = %s: P(alive) and E[Y(39)]', (x, tx, T, alive, future) => {
    const customer = { frequency: x, recency: tx, T };
    relative(mbgNbdProbabilityAlive(mbg, customer), alive, 1e-12);
    relative(mbgNbdExpectedPurchases(mbg, customer, 39), future, 1e-11);
  });
  test('E[X(t)] and P(X(39) = n)', () => {
    relative(mbgNbdPopulationExpectedPurchases(mbg, 39), MBG_MEAN[0]!, 1e-11);
    relative(mbgNbdPopulationExpectedPurchases(mbg, 78), MBG_MEAN[1]!, 1e-11);
    MBG_PMF.forEach((p, n) => { relative(mbgNbdProbabilityOfPurchases(mbg, n, 39), p, 1e-12); });
  });
  test('a = 1 is refused where the expectations divide by a − 1', () => {
    expect(metricErrorOf(() => mbgNbdPopulationExpectedPurchases({ ...mbg, a: 1 }, 1)).code).toBe('INVALID_OPTION');
    expect(mbgNbdProbabilityAlive({ ...mbg, a: 1 }, { frequency: 0, recency: 0, T: 1 })).toBeGreaterThan(0);
  });
});

// Far horizons, where t/(α + T + t) is within 1e-3 to 1e-8 of 1 and ₂F₁ is summed in 1 − z.
// Expected values: the formulas of Fader, Hardie & Lee (2005) evaluated with mpmath 1.3.0 at
// 40 significant digits (mp.dps = 40, mpmath.hyp2f1), rounded to the nearest double.
describe('BG/NBD and MBG/NBD predictions far ahead (r = 0.243, α = 4.414, a = 0.793, b = 2.426)', () => {
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const customer = { frequency: 2, recency: 30.43, T: 38.86 };
  const FAR = [
    // t, E[Y(t) | x = 2, tₓ = 30.43, T = 38.86], E[X(t)] (BG/NBD), E[X(t)] (MBG/NBD)
    [1000, 10.120518988765317, 6.580391613738232, 6.023242437155829],
    [1e6, 87.32804004651052, 53.54047825301458, 52.62737026032097],
    [1e9, 411.9411165177586, 256.25492550312447, 255.27116213704429],
  ] as const;
  test.each(FAR)('at t = %d: bgNbdExpectedPurchases %d, bgNbdPopulationExpectedPurchases %d, mbgNbdPopulationExpectedPurchases %d (to 1e-12)', (t, conditional, population, modified) => {
    relative(bgNbdExpectedPurchases(params, customer, t), conditional, 1e-12);
    relative(bgNbdPopulationExpectedPurchases(params, t), population, 1e-12);
    relative(mbgNbdPopulationExpectedPurchases(params, t), modified, 1e-12);
  });

  test('nearer, where ₂F₁ is summed in z as before: E[Y(39)] and E[X(39)] to 1e-12 (mpmath, as above)', () => {
    relative(bgNbdExpectedPurchases(params, customer, 39), 1.2260281747671444, 1e-12);
    relative(bgNbdPopulationExpectedPurchases(params, 39), 1.196723193320817, 1e-12);
  });
});

describe('bgNbdProbabilityOfPurchases', () => {
  const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  test('P(X(39) = n) is equation 8 of Fader, Hardie & Lee 2005, as the reference evaluates it', () => {
    BG_PMF.forEach((p, n) => { relative(bgNbdProbabilityOfPurchases(bg, n, 39), p, 1e-12); });
  });
  test('P(X(t) = 0) + P(X(t) = 1) + … = 1 and Σ n P = E[X(t)] at t = 39', () => {
    let mass = 0;
    let mean = 0;
    for (let n = 0; n < 2000; n++) {
      const p = bgNbdProbabilityOfPurchases(bg, n, 39);
      mass += p;
      mean += n * p;
    }
    expect(mass).toBeCloseTo(1, 13);
    relative(mean, bgNbdPopulationExpectedPurchases(bg, 39), 1e-12);
  });
  // scripts/reference/small-shapes.py: equation 8 with P(N ≥ n) = 1 − Σⱼ<ₙ NB(j), the subtraction at 400 digits
  // (quoted as the nearest doubles)
  test.each<[number, number, number]>([
    [4.46e-253, 2, 1.978050795514446e-253],
    [1e-20, 6, 4.989523583590613e-22],
    [1e-8, 6, 4.989523593108558e-10],
  ])('at a tiny r = %s, P(X(39) = %s) keeps its relative accuracy (the tail I_{t/(α+t)}(n, r) is of the size of r)', (r, n, expected) => {
    relative(bgNbdProbabilityOfPurchases({ ...bg, r }, n, 39), expected, 1e-13);
  });
  test('at a subnormal r it stays within 0–1: P(X(39) = 6) at r = 3.5e-323 is 1.7e-324, which rounds to 0 (it was −0.0034)', () => {
    const p = bgNbdProbabilityOfPurchases({ ...bg, r: 3.5e-323 }, 6, 39);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(Number.MIN_VALUE);
  });
});

// printed by scripts/reference/lifetime-models.py
const SLOW = [0.09234680775949579, 0.2075773110761527]; // "where the series converges slowly"
const PARETO_PMF = [0.5936250316023838, 0.1655629472771755, 0.08248718411631659, 0.049039953642814264]; // "P(X(39) = n) at the published parameters"
const PARETO_PMF_SWAPPED = 0.1563697695140502; // "P(X(10) = 1) at alpha > beta"
// "MBG/NBD predictions at r = 0.525, alpha = 6.183, a = 0.891, b = 1.614": x, tₓ, T, P(alive), E[Y(39)]
const MBG_CUSTOMERS: [number, number, number, number, number][] = [
  [0, 0, 38.86, 0.3897350809187629, 0.1540127466751467],
  [2, 30.43, 38.86, 0.7062022651184873, 1.2629606232673658],
  [5, 2, 30, 0.0020082488278710155, 0.009028792693702376],
];
const MBG_MEAN = [1.1829536655971726, 1.8047575775531417]; // E[X(39)], E[X(78)]
const MBG_PMF = [0.582473189493289, 0.1827830772875405, 0.08689482567349052, 0.04857044295156921]; // P(X(39) = n)
// "BG/NBD P(X(t) = n) at r = 0.243, alpha = 4.414, a = 0.793, b = 2.426"
const BG_PMF = [0.5737863520960094, 0.19939528083591146, 0.08542975953906076, 0.045860353847999726];
