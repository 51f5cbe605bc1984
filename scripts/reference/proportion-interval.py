"""Reference values for the intervals of one proportion, independent of the library.

statsmodels' proportion_confint (methods 'wilson', 'normal', 'agresti_coull',
'beta' = Clopper-Pearson, 'jeffreys'), with alpha = 1 - confidence. Debian's
python3-statsmodels (0.13.5, on scipy 1.10) runs with /usr/bin/python3:

  /usr/bin/python3 scripts/reference/proportion-interval.py

The printed rows are quoted in test/_lib/proportion-interval.test.ts as
[method, successes, n, confidence, lower, upper].
"""
from statsmodels.stats.proportion import proportion_confint

METHODS = {'wilson': 'wilson', 'wald': 'normal', 'agresti-coull': 'agresti_coull',
           'clopper-pearson': 'beta', 'jeffreys': 'jeffreys'}
CASES = [(0, 20), (1, 29), (15, 148), (81, 263), (3, 10), (10, 10), (0, 1), (1, 1),
         (50, 100), (999, 1000), (1, 1000000), (12.3, 40.7)]
CONFIDENCES = [0.8, 0.95, 0.99]

if __name__ == '__main__':
    for name, sm in METHODS.items():
        for x, n in CASES:
            for c in CONFIDENCES:
                lo, hi = proportion_confint(x, n, alpha=1 - c, method=sm)
                print(f"  ['{name}', {x}, {n}, {c}, {float(lo)!r}, {float(hi)!r}],")
