"""Reference values for the quantiles of the Beta distribution, independent of the library.

For moderate parameters: mpmath (30 significant digits) solves
I_x(a, b) = p, and 1 - I_x(a, b) = q for the upper quantile, by bisection on
mpmath.betainc from a bracket around scipy's value; printed as the nearest
double. For large parameters, where mpmath is slow: scipy.stats.beta.ppf and
beta.isf (Boost's ibeta_inv, ibetac_inv). Run:

  python3 scripts/reference/beta-quantile.py

The rows are quoted in test/_lib/beta-quantile.test.ts as [p, a, b, ppf, isf].
"""
import mpmath
from scipy.stats import beta

mpmath.mp.dps = 30

PARAMETERS = [(0.5, 0.5), (2, 3), (0.1, 10), (10, 0.1), (0.5, 200), (81, 183), (15.5, 133.5), (1, 20), (0.02, 0.03)]
LARGE = [(1e4, 2e4), (1e6, 1e6), (3, 1e6)]
PROBABILITIES = [1e-20, 1e-8, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-9]


def solve(p, a, b, upper):
    A, B, P = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(p)
    if upper:
        f = lambda x: P - mpmath.betainc(A, B, x, 1, regularized=True)
    else:
        f = lambda x: mpmath.betainc(A, B, 0, x, regularized=True) - P
    x0 = mpmath.mpf(beta.isf(p, a, b) if upper else beta.ppf(p, a, b))
    w = mpmath.mpf('1e-9')
    while True:
        if x0 < 0.5:
            lo, hi = x0 * (1 - w), x0 * (1 + w)
        else:
            lo, hi = x0 - (1 - x0) * w, x0 + (1 - x0) * w
        if f(lo) * f(hi) < 0:
            break
        w *= 10
    while hi - lo > abs(lo) * mpmath.mpf('1e-28'):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return float((lo + hi) / 2)


def usable(x):
    # leave out quantiles that underflow, or round to 1, in double precision
    return 1e-300 < x < 1


if __name__ == '__main__':
    print('// mpmath, 30 digits')
    for a, b in PARAMETERS:
        for p in PROBABILITIES:
            lower, upper = beta.ppf(p, a, b), beta.isf(p, a, b)
            if usable(lower) and usable(upper):
                print(f'  [{p!r}, {a!r}, {b!r}, {solve(p, a, b, False)!r}, {solve(p, a, b, True)!r}],')
    print('// scipy')
    for a, b in LARGE:
        for p in PROBABILITIES:
            print(f'  [{p!r}, {a!r}, {b!r}, {float(beta.ppf(p, a, b))!r}, {float(beta.isf(p, a, b))!r}],')
