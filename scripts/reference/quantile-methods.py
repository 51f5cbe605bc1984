"""Reference values for the nine sample quantile definitions, independent of the library.

1. Hyndman & Fan (1996), "Sample Quantiles in Statistical Packages", The
   American Statistician 50, 361-365: Q_i(p) = (1 - g) x_(j) + g x_(j+1) with
   j = floor(p n + m) and the m and g of each type (section 2), evaluated in
   exact rational arithmetic (fractions.Fraction) on one small data set.
2. numpy's quantile and percentile with each method (numpy 1.22 or later),
   on several data sets and many q, as JSON for test/_lib/fixtures.

Run:
  python3 scripts/reference/quantile-methods.py definitions
  python3 scripts/reference/quantile-methods.py numpy > test/_lib/fixtures/numpy-quantiles.json
"""
import json
import math
import sys
from fractions import Fraction as F

import numpy as np

METHODS = ['inverted-cdf', 'averaged-inverted-cdf', 'closest-observation', 'interpolated-inverted-cdf',
           'hazen', 'weibull', 'linear', 'median-unbiased', 'normal-unbiased']


def hyndman_fan(x, p, kind):
    """Q_kind(p) from H&F's definitions; x is sorted, 1-based x_(j), p a Fraction."""
    n = len(x)
    at = lambda j: x[min(max(j, 1), n) - 1]
    if kind in (1, 2, 3):
        m = F(-1, 2) if kind == 3 else F(0)
        j = math.floor(p * n + m)
        g = p * n + m - j
        if kind == 1:
            gamma = F(0) if g == 0 else F(1)
        elif kind == 2:
            gamma = F(1, 2) if g == 0 else F(1)
        else:
            gamma = F(0) if (g == 0 and j % 2 == 0) else F(1)
    else:
        # m = alpha + p (1 - alpha - beta) for the continuous types (H&F section 2, eq. 4)
        alpha, beta = {4: (F(0), F(1)), 5: (F(1, 2), F(1, 2)), 6: (F(0), F(0)), 7: (F(1), F(1)),
                       8: (F(1, 3), F(1, 3)), 9: (F(3, 8), F(3, 8))}[kind]
        m = alpha + p * (1 - alpha - beta)
        j = math.floor(p * n + m)
        gamma = p * n + m - j
    return (1 - gamma) * at(j) + gamma * at(j + 1)


def definitions():
    x = sorted([3, 1, 4, 1, 5, 9, 2, 6])
    print('data', x)
    for kind, name in enumerate(METHODS, start=1):
        row = []
        for p in (F(1, 10), F(1, 4), F(1, 2), F(3, 4), F(9, 10)):
            v = hyndman_fan(x, p, kind)
            row.append(str(v))
        print(f"type {kind} {name:27} p = 0.1, 0.25, 0.5, 0.75, 0.9: {', '.join(row)}")


def numpy_values():
    rng = np.random.default_rng(1996)
    datasets = [
        [3, 1, 4, 1, 5, 9, 2, 6],
        [7.25, -2.5, 0.1, 13, 5.5],
        [42],
        [2, 1],
        [float(v) for v in rng.normal(100, 30, 10)],
        [float(v) for v in rng.integers(0, 6, 17)],
        [float(v) for v in rng.exponential(3600, 101)],
    ]
    qs = [k / 40 for k in range(41)] + [float(v) for v in rng.random(25)] + [
        1 / 3, 2 / 3, 1 - 2 ** -53, 2 ** -60, 0.1, 0.7, 0.9, 0.99, 0.999]
    ps = [k * 2.5 for k in range(41)] + [33.3, 66.6, 99.9]
    out = []
    for values in datasets:
        a = np.array(values, dtype=float)
        out.append({
            'values': values,
            'qs': qs,
            'quantiles': {m: [float(np.quantile(a, q, method=m.replace('-', '_'))) for q in qs] for m in METHODS},
            'ps': ps,
            'percentiles': {m: [float(np.percentile(a, p, method=m.replace('-', '_'))) for p in ps] for m in METHODS},
        })
    json.dump({'numpy': np.__version__, 'datasets': out}, sys.stdout)


if __name__ == '__main__':
    if sys.argv[1:] == ['definitions']:
        definitions()
    else:
        numpy_values()
