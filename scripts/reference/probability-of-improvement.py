"""Reference values for the probability of improvement, independent of the library.

1. CSAT: P(X > Y) for X ~ Beta(aX, bX) (after) and Y ~ Beta(aY, bY) (before),
   as the integral of f_Y(y) (1 - I_y(aX, bX)) over 0-1 by mpmath's
   tanh-sinh quadrature at 30 digits, split at quantiles of Y so that peaked
   posteriors are resolved; for parameters above 1,000, where mpmath's betainc
   does not converge, scipy.integrate.quad on scipy's Beta density and survival
   function at the same breakpoints (double precision, to 1e-14). Printed as
   [aX, bX, aY, bY, P by integration, P exactly]: for whole aX (up to 1,000) the closed form
   sum_{i<aX} B(aY + i, bY + bX) / ((bX + i) B(1 + i, bX) B(aY, bY)) in exact
   rational arithmetic (fractions.Fraction), else None. Where P is tiny the
   integral loses its relative accuracy (1e-33 below), and the exact value is
   the reference.
2. NPS: P(NPS_after > NPS_before) for independent Dirichlet posteriors, by
   simulation: 10 million draws from each posterior (numpy's Generator.dirichlet,
   seed 2024), with the standard error of the estimate. Printed as
   [before counts + prior], [after counts + prior], estimate, standard error.

Run: python3 scripts/reference/probability-of-improvement.py
"""
from fractions import Fraction
from math import factorial

import mpmath
import numpy as np
from scipy.stats import beta

mpmath.mp.dps = 30

BETA_CASES = [
    # uniform prior, whole parameters: (after, before) as (positive + 1, other + 1)
    (53, 9, 46, 16), (6, 1, 4, 3), (2, 3, 1, 4), (831, 171, 801, 201), (46, 16, 53, 9), (91, 11, 11, 91), (11, 91, 91, 11),
    (8101, 1901, 8001, 2001),
    # Jeffreys prior (½, ½) and other priors: parameters that are not whole
    (52.5, 8.5, 45.5, 15.5), (1.5, 2.5, 0.5, 3.5), (830.5, 170.5, 800.5, 200.5), (4.25, 1.75, 2.5, 3.5), (0.5, 20.5, 0.5, 20.5),
]

NPS_CASES = [
    # (promoters, passives, detractors) before and after, prior (1, 1, 1) added
    ((2, 1, 1), (4, 0, 0)), ((5, 2, 2), (7, 1, 1)), ((10, 0, 0), (12, 0, 0)), ((0, 0, 7), (1, 0, 6)),
    ((20, 10, 10), (25, 8, 7)), ((50, 20, 20), (60, 18, 14)), ((1, 0, 1), (0, 0, 1)), ((0, 0, 0), (1, 0, 0)),
    ((400, 300, 300), (430, 290, 280)),
    # near the ends of the scale, where the posteriors are most skewed
    ((0, 0, 40), (1, 0, 39)), ((200, 0, 0), (199, 0, 1)), ((5, 0, 0), (4, 1, 0)), ((10, 5, 5), (2, 3, 15)),
]


def beta_greater(ax, bx, ay, by):
    points = [0] + [float(beta.ppf(q, float(ay), float(by))) for q in (1e-12, 1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6, 1 - 1e-12)] + [1]
    points = sorted(set(points))
    if max(ax, bx, ay, by) > 1000:
        from scipy.integrate import quad
        f = lambda y: beta.pdf(y, ay, by) * beta.sf(y, ax, bx)
        return sum(quad(f, lo, hi, epsabs=1e-15, epsrel=1e-14, limit=200)[0] for lo, hi in zip(points, points[1:]))
    ax, bx, ay, by = (mpmath.mpf(v) for v in (ax, bx, ay, by))
    density = lambda y: mpmath.exp((ay - 1) * mpmath.log(y) + (by - 1) * mpmath.log1p(-y) - mpmath.log(mpmath.beta(ay, by)))
    tail = lambda y: mpmath.betainc(ax, bx, y, 1, regularized=True)
    return mpmath.quad(lambda y: density(y) * tail(y), points)


def exact(ax, bx, ay, by):
    if not all(float(v).is_integer() for v in (ax, bx, ay, by)) or max(ax, bx, ay, by) > 1000:
        return None  # not whole, or too slow in exact arithmetic
    ax, bx, ay, by = int(ax), int(bx), int(ay), int(by)
    B = lambda a, b: Fraction(factorial(a - 1) * factorial(b - 1), factorial(a + b - 1))
    return float(sum(B(ay + i, by + bx) / ((bx + i) * B(1 + i, bx) * B(ay, by)) for i in range(ax)))


if __name__ == '__main__':
    print('// Beta: [aX, bX, aY, bY, P(X > Y) by integration, exactly]')
    for case in BETA_CASES:
        print(f'  [{", ".join(repr(v) for v in case)}, {float(beta_greater(*case))!r}, {exact(*case)!r}],')
    print('// NPS: [before, after, estimate, standard error], posteriors Dirichlet(counts + 1)')
    rng = np.random.default_rng(2024)
    draws = 10_000_000
    for before, after in NPS_CASES:
        hits = 0
        for _ in range(10):
            x = rng.dirichlet(np.array(before) + 1.0, draws // 10)
            y = rng.dirichlet(np.array(after) + 1.0, draws // 10)
            hits += int(np.count_nonzero((y[:, 0] - y[:, 2]) > (x[:, 0] - x[:, 2])))
        p = hits / draws
        print(f'  [{list(before)}, {list(after)}, {p!r}, {float(np.sqrt(p * (1 - p) / draws))!r}],')
