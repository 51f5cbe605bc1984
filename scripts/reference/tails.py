"""Reference values for the chi-square and F upper tails, independent of the library.

mpmath at 30 digits: the chi-square tail Q(k/2, x/2) = gammainc(k/2, x/2, inf,
regularized=True), the F tail I_{d2/(d2 + d1 f)}(d2/2, d1/2) by betainc; scipy's
chi2.sf and f.sf agree to about 1e-15. Run:

  python3 scripts/reference/tails.py

The rows are quoted in test/_lib/tails.test.ts: [x, k, P(X > x)] and [f, d1, d2, P(F > f)].
"""
import mpmath

mpmath.mp.dps = 30

CHI_SQUARE = [(0.5, 1), (3.841458820694124, 1), (10, 1), (5.991464547107979, 2), (1e-3, 3), (7.8, 3),
              (40, 3), (2, 4), (18.307038053275146, 10), (150, 10), (0.3, 0.5), (12.5, 7.5), (95, 100), (250, 100),
              (1200, 1000), (700, 1)]
F = [(4.102821015130399, 2, 10), (1, 1, 1), (0.2, 3, 7), (2.5, 4, 17.3), (25, 2, 5.5), (3.2, 9, 60.25),
     (1.05, 100, 200), (0.01, 2, 3), (8, 1, 30), (60, 4, 12.7), (1e4, 3, 8)]


def chi_square(x, k):
    return mpmath.gammainc(mpmath.mpf(k) / 2, mpmath.mpf(x) / 2, mpmath.inf, regularized=True)


def f_tail(f, d1, d2):
    f, d1, d2 = mpmath.mpf(f), mpmath.mpf(d1), mpmath.mpf(d2)
    return mpmath.betainc(d2 / 2, d1 / 2, 0, d2 / (d2 + d1 * f), regularized=True)


if __name__ == '__main__':
    print('// chi-square: [x, k, P(X > x)]')
    for x, k in CHI_SQUARE:
        print(f'  [{x!r}, {k!r}, {float(chi_square(x, k))!r}],')
    print('// F: [f, d1, d2, P(F > f)]')
    for f, d1, d2 in F:
        print(f'  [{f!r}, {d1!r}, {d2!r}, {float(f_tail(f, d1, d2))!r}],')
