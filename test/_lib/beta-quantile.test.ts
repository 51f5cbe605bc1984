/**
 * Quantiles of the Beta distribution against closed forms, the
 * Clopper–Pearson bounds Newcombe (1998) published, and the references of
 * scripts/reference/beta-quantile.py (mpmath to 30 digits; scipy's
 * beta.ppf and beta.isf for large parameters), quoted as printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { betaQuantile, betaUpperQuantile } from '../../src/_lib/beta-quantile.js';
import { regularizedBeta } from '../../src/_lib/special.js';

/** 1 − I_x(a, b) = I_{1−x}(b, a), without cancellation. */
function regularizedBetaComplement(x: number, a: number, b: number): number {
  return regularizedBeta(1 - x, b, a, x);
}

/** |actual − expected| ≤ tolerance × |expected| */
function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** [p, a, b, x with I_x(a, b) = p, x with 1 − I_x(a, b) = p], from mpmath at 30 digits. */
const MPMATH: readonly (readonly [number, number, number, number, number])[] = [
  [1e-08, 0.5, 0.5, 2.4674011002723397e-16, 0.9999999999999998],
  [0.001, 0.5, 0.5, 2.467399070916944e-06, 0.999997532600929],
  [0.025, 0.5, 0.5, 0.001541333133436012, 0.998458666866564],
  [0.3, 0.5, 0.5, 0.20610737385376343, 0.7938926261462366],
  [0.5, 0.5, 0.5, 0.5, 0.5],
  [0.7, 0.5, 0.5, 0.7938926261462365, 0.2061073738537635],
  [0.975, 0.5, 0.5, 0.998458666866564, 0.0015413331334360146],
  [0.999, 0.5, 0.5, 0.999997532600929, 2.4673990709169484e-06],
  [1e-20, 2, 3, 4.082482904749741e-11, 0.9999998642791146],
  [1e-08, 2, 3, 4.082594021609241e-05, 0.9986423302183958],
  [0.001, 2, 3, 0.013022947370814272, 0.9359618608971666],
  [0.025, 2, 3, 0.06758598648854296, 0.8058795503167566],
  [0.3, 2, 3, 0.27238394207510536, 0.5084047548725844],
  [0.5, 2, 3, 0.38572756813238956, 0.38572756813238956],
  [0.7, 2, 3, 0.5084047548725844, 0.27238394207510536],
  [0.975, 2, 3, 0.8058795503167566, 0.06758598648854298],
  [0.999, 2, 3, 0.9359618608971666, 0.013022947370814279],
  [0.999999999, 2, 3, 0.9993699402215238, 1.2910055417759796e-05],
  [1e-20, 0.1, 10, 6.356342846786087e-202, 0.9846014089959503],
  [1e-08, 0.1, 10, 6.356342846785995e-82, 0.7609806268032681],
  [0.001, 0.1, 10, 6.356342846785954e-32, 0.2964208682473965],
  [0.025, 0.1, 10, 6.0618809192523434e-18, 0.09725140349400209],
  [0.3, 0.1, 10, 3.7533684139345453e-07, 0.0018223987896595654],
  [0.5, 0.1, 10, 6.210520703091707e-05, 6.210520703091707e-05],
  [0.7, 0.1, 10, 0.001822398789659564, 3.753368413934552e-07],
  [0.975, 0.1, 10, 0.09725140349400203, 6.061880919252394e-18],
  [0.999, 0.1, 10, 0.29642086824739644, 6.356342846786009e-32],
  [0.999999999, 0.1, 10, 0.8092023970916011, 6.356341049089703e-92],
  [0.3, 10, 0.1, 0.9981776012103404, 0.9999996246631586],
  [0.5, 10, 0.1, 0.9999378947929691, 0.9999378947929691],
  [0.7, 10, 0.1, 0.9999996246631586, 0.9981776012103404],
  [1e-20, 0.5, 200, 3.9319026196291415e-43, 0.19601279307821715],
  [1e-08, 0.5, 200, 3.9319026196291423e-19, 0.07891699472687239],
  [0.001, 0.5, 200, 3.9319046706383915e-09, 0.026738713728036878],
  [0.025, 0.5, 200, 2.4582406525229375e-06, 0.01249666837896572],
  [0.3, 0.5, 200, 0.00037157485332385304, 0.0026852319230900893],
  [0.5, 0.5, 200, 0.0011381153412188818, 0.0011381153412188818],
  [0.7, 0.5, 200, 0.002685231923090089, 0.0003715748533238532],
  [0.975, 0.5, 200, 0.012496668378965717, 2.4582406525229417e-06],
  [0.999, 0.5, 200, 0.02673871372803687, 3.931904670638398e-09],
  [0.999999999, 0.5, 200, 0.08919643946425737, 3.931902397225544e-21],
  [1e-20, 81, 183, 0.09981752974422167, 0.5889857567482903],
  [1e-08, 81, 183, 0.16613476417743778, 0.4762888508409589],
  [0.001, 81, 183, 0.2239376078898622, 0.39798037864184244],
  [0.025, 81, 183, 0.25273674558527115, 0.36367197761346737],
  [0.3, 81, 183, 0.2915774688952905, 0.3213514316601451],
  [0.5, 81, 183, 0.30632968858614323, 0.30632968858614323],
  [0.7, 81, 183, 0.3213514316601451, 0.2915774688952905],
  [0.975, 81, 183, 0.36367197761346737, 0.25273674558527115],
  [0.999, 81, 183, 0.39798037864184244, 0.2239376078898622],
  [0.999999999, 81, 183, 0.4883465841539397, 0.1581335668756274],
  [1e-20, 15.5, 133.5, 0.0024567104664608703, 0.4501948521712058],
  [1e-08, 15.5, 133.5, 0.016336350044066385, 0.2920408946181171],
  [0.001, 15.5, 133.5, 0.042429406841815356, 0.19535785080029064],
  [0.025, 15.5, 133.5, 0.06044851700929644, 0.15764314347874117],
  [0.3, 15.5, 133.5, 0.08972600234877913, 0.11576573669028965],
  [0.5, 15.5, 133.5, 0.10225534189852038, 0.10225534189852038],
  [0.7, 15.5, 133.5, 0.11576573669028965, 0.08972600234877914],
  [0.975, 15.5, 133.5, 0.15764314347874117, 0.060448517009296446],
  [0.999, 15.5, 133.5, 0.19535785080029064, 0.042429406841815356],
  [0.999999999, 15.5, 133.5, 0.30804219133376204, 0.01379489191976688],
  [1e-20, 1, 20, 5e-22, 0.9],
  [1e-08, 1, 20, 5.000000023750001e-10, 0.6018928294465028],
  [0.001, 1, 20, 5.002376544889416e-05, 0.2920542156158621],
  [0.025, 1, 20, 0.0012650894979498038, 0.16843347098308534],
  [0.3, 1, 20, 0.017675667042795072, 0.05842252014759118],
  [0.5, 1, 20, 0.03406367107515445, 0.03406367107515445],
  [0.7, 1, 20, 0.058422520147591174, 0.017675667042795076],
  [0.975, 1, 20, 0.1684334709830853, 0.001265089497949805],
  [0.999, 1, 20, 0.29205421561586203, 5.00237654488942e-05],
  [0.999999999, 1, 20, 0.6451866112681649, 4.9999998609653425e-11],
  [0.3, 0.02, 0.03, 8.468800868322155e-16, 0.9999336925210598],
  [0.5, 0.02, 0.03, 0.00010476497923955022, 0.00010476497923955022],
  [0.7, 0.02, 0.03, 0.9999336925210598, 8.468800868322233e-16],
];

/** The same from scipy 1.17 (Boost's ibeta_inv and ibetac_inv), for parameters too large for mpmath to be quick. */
const SCIPY: readonly (readonly [number, number, number, number, number])[] = [
  [1e-20, 10000.0, 20000.0, 0.3084550960666198, 0.35883912379263094],
  [1e-08, 10000.0, 20000.0, 0.318176018383424, 0.3487164689885234],
  [0.001, 10000.0, 20000.0, 0.32495503853329744, 0.34177495409055464],
  [0.025, 10000.0, 20000.0, 0.3280096450665462, 0.33867806945919066],
  [0.3, 10000.0, 20000.0, 0.3319034065300633, 0.3347578897260845],
  [0.5, 10000.0, 20000.0, 0.33332962958390583, 0.33332962958390583],
  [0.7, 10000.0, 20000.0, 0.3347578897260845, 0.3319034065300633],
  [0.975, 10000.0, 20000.0, 0.33867806945919066, 0.3280096450665462],
  [0.999, 10000.0, 20000.0, 0.34177495409055464, 0.32495503853329744],
  [0.999999999, 10000.0, 20000.0, 0.34978224792807383, 0.31714339682160164],
  [1e-20, 1000000.0, 1000000.0, 0.496725302964574, 0.503274697035426],
  [1e-08, 1000000.0, 1000000.0, 0.4980158654952779, 0.5019841345047221],
  [0.001, 1000000.0, 1000000.0, 0.4989074390580451, 0.501092560941955],
  [0.025, 1000000.0, 1000000.0, 0.49930704833394945, 0.5006929516660505],
  [0.3, 1000000.0, 1000000.0, 0.49981459640390097, 0.5001854035960991],
  [0.5, 1000000.0, 1000000.0, 0.5, 0.5],
  [0.7, 1000000.0, 1000000.0, 0.5001854035960991, 0.49981459640390097],
  [0.975, 1000000.0, 1000000.0, 0.5006929516660505, 0.49930704833394945],
  [0.999, 1000000.0, 1000000.0, 0.501092560941955, 0.4989074390580451],
  [0.999999999, 1000000.0, 1000000.0, 0.5021205357375258, 0.4978794642624742],
  [1e-20, 3, 1000000.0, 3.914864109460069e-13, 5.334829765051612e-05],
  [1e-08, 3, 1000000.0, 3.918700520204974e-09, 2.4180997221407138e-05],
  [0.001, 3, 1000000.0, 1.905331688838362e-07, 1.1228797970142037e-05],
  [0.025, 3, 1000000.0, 6.186713128471596e-07, 7.2246543451138145e-06],
  [0.3, 3, 1000000.0, 1.9137720490900616e-06, 3.6155575141639813e-06],
  [0.5, 3, 1000000.0, 2.674054064378464e-06, 2.674054064378464e-06],
  [0.7, 3, 1000000.0, 3.615557514163981e-06, 1.913772049090062e-06],
  [0.975, 3, 1000000.0, 7.224654345113813e-06, 6.186713128471598e-07],
  [0.999, 3, 1000000.0, 1.1228797970142036e-05, 1.9053316888383635e-07],
  [0.999999999, 3, 1000000.0, 2.6671904215378434e-05, 1.8179447632842556e-09],
];

describe('betaQuantile and betaUpperQuantile', () => {
  test('Beta(a, 1) has the quantile p^(1/a), Beta(1, b) 1 − (1 − p)^(1/b), Beta(1, 1) p itself', () => {
    for (const p of [1e-12, 0.01, 0.25, 0.5, 0.9, 0.975]) {
      relative(betaQuantile(p, 3.5, 1), p ** (1 / 3.5), 2e-14);
      relative(betaQuantile(p, 1, 4), -Math.expm1(Math.log1p(-p) / 4), 2e-14);
      relative(betaQuantile(p, 1, 1), p, 2e-14);
      relative(betaUpperQuantile(p, 1, 1), 1 - p, 2e-14);
    }
  });

  test('Beta(½, ½), the arcsine distribution, has the quantile sin²(πp/2)', () => {
    for (const p of [1e-6, 0.05, 0.3, 0.5, 0.8, 0.99]) relative(betaQuantile(p, 0.5, 0.5), Math.sin((Math.PI * p) / 2) ** 2, 2e-14);
  });

  test('gives the Clopper–Pearson bounds of Newcombe (1998), Table I, to the four places printed', () => {
    // 81/263: 0.2527 to 0.3676; 15/148: 0.0578 to 0.1617; 1/29: 0.0009 to 0.1776; 0/20: upper 0.1684
    expect(betaQuantile(0.025, 81, 183).toFixed(4)).toBe('0.2527');
    expect(betaUpperQuantile(0.025, 82, 182).toFixed(4)).toBe('0.3676');
    expect(betaQuantile(0.025, 15, 134).toFixed(4)).toBe('0.0578');
    expect(betaUpperQuantile(0.025, 16, 133).toFixed(4)).toBe('0.1617');
    expect(betaQuantile(0.025, 1, 29).toFixed(4)).toBe('0.0009');
    expect(betaUpperQuantile(0.025, 2, 28).toFixed(4)).toBe('0.1776');
    expect(betaUpperQuantile(0.025, 1, 20).toFixed(4)).toBe('0.1684');
  });

  test.each(MPMATH)('p = %s, Beta(%s, %s): within 5e-14 of mpmath', (p, a, b, ppf, isf) => {
    relative(betaQuantile(p, a, b), ppf, 5e-14);
    relative(betaUpperQuantile(p, a, b), isf, 5e-14);
  });

  test.each(SCIPY)('p = %s, Beta(%s, %s): within the accuracy of I_x at large parameters of scipy', (p, a, b, ppf, isf) => {
    // I_x(a, b) itself is accurate to about 1e-14 × max(a, b) there (see special.ts)
    const tolerance = Math.max(a, b) >= 1e6 ? 1e-10 : 1e-12;
    relative(betaQuantile(p, a, b), ppf, tolerance);
    relative(betaUpperQuantile(p, a, b), isf, tolerance);
  });

  test('keeps its relative accuracy far in the tails, where the quantile is tiny', () => {
    // I_x(1, 1) = x: the 1e-300 quantile of the uniform distribution is 1e-300
    relative(betaQuantile(1e-300, 1, 1), 1e-300, 1e-13);
    // 1 − I_x(1, 20) = (1 − x)²⁰, so 1 − x = q^(1/20) for the upper tail
    // I_x(20, 1) = x²⁰, so its 1e-300 quantile is 1e-15; 1 − I_x(1, 20) = (1 − x)²⁰ is 1e-300 at x = 1 − 1e-15
    relative(betaQuantile(1e-300, 20, 1), 1e-15, 1e-13);
    relative(betaUpperQuantile(1e-300, 1, 20), 1 - 1e-15, 2.3e-16);
  });

  test('is 0 for p = 0 and 1 for p = 1; the upper quantile the other way round', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaUpperQuantile(0, 2, 3)).toBe(1);
    expect(betaUpperQuantile(1, 2, 3)).toBe(0);
  });
});

const shape = fc.double({ min: 0.05, max: 1000, noNaN: true });
const probability = fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true });

/**
 * p lies between the tails at the doubles a few units in the last place on
 * either side of x (widened by I's own accuracy): x is as close to the
 * root as a double can be, however steep I_x is there.
 */
function bracketsRoot(x: number, target: number, tail: (x: number) => number): void {
  const ulp = Math.max(Math.abs(x) * 2.3e-16, 5e-324);
  const [t1, t2] = [tail(Math.max(0, x - 4 * ulp)), tail(Math.min(1, x + 4 * ulp))];
  const [lo, hi] = t1 < t2 ? [t1, t2] : [t2, t1];
  expect(target).toBeGreaterThanOrEqual(lo * (1 - 1e-11));
  expect(target).toBeLessThanOrEqual(hi * (1 + 1e-11));
}

describe('betaQuantile inverts the regularized incomplete beta function', () => {
  test.prop([probability, shape, shape])('I at the quantile is p, to the precision of a double and of I itself', (p, a, b) => {
    const x = betaQuantile(p, a, b);
    fc.pre(x > 1e-300 && x < 1);
    if (p <= 0.5) bracketsRoot(x, p, (v) => regularizedBeta(v, a, b));
    else bracketsRoot(x, 1 - p, (v) => regularizedBetaComplement(v, a, b));
  });

  test.prop([probability, shape, shape])('1 − I at the upper quantile is q', (q, a, b) => {
    const x = betaUpperQuantile(q, a, b);
    fc.pre(x > 1e-300 && x < 1);
    if (q <= 0.5) bracketsRoot(x, q, (v) => regularizedBetaComplement(v, a, b));
    else bracketsRoot(x, 1 - q, (v) => regularizedBeta(v, a, b));
  });

  // For p one ulp apart the two quantiles are equal to within the method's
  // relative accuracy (a few ulps of I, amplified by 1/a in the lower tail):
  // monotone up to that, not bit for bit.
  test.prop([probability, probability, shape, shape])('is monotone in p, to its relative accuracy of 1e-13', (p1, p2, a, b) => {
    const [lo, hi] = p1 < p2 ? [p1, p2] : [p2, p1];
    expect(betaQuantile(lo, a, b)).toBeLessThanOrEqual(betaQuantile(hi, a, b) * (1 + 1e-13));
  });

  test('p one ulp apart near 1e-12 (a = 0.245, b = 0.05): the quantiles agree to 1e-13 relative', () => {
    const x1 = betaQuantile(1e-12, 0.2449068413692356, 0.05000000000000001);
    const x2 = betaQuantile(1.0000000000000002e-12, 0.2449068413692356, 0.05000000000000001);
    expect(Math.abs(x2 - x1) / x1).toBeLessThan(1e-13);
  });
});
