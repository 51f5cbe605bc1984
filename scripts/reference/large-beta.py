"""Reference values for the incomplete beta function and P(X > Y) at large
parameters, independent of the library.

1. I_x(a, b) for a + b from 10^5 to 10^15, where the continued fraction needs
   more steps than it is given: the integral of the Beta density
   t^(a-1) (1-t)^(b-1) / B(a, b), at 60 digits with mpmath (log-gamma for
   B(a, b), so that nothing cancels at this precision), by mpmath's quad on
   2,000 pieces of the span from x to where the density has fallen by
   e^-100 (the lower tail when x is below the mean, else 1 minus the upper
   one).
   Printed as [x, a, b, I].
2. P(X > Y) for Beta posteriors with a pseudo-count of 10^15 (the prior of
   one side of the mean) : scipy.integrate.quad of f_Y (1 - F_X) on scipy's
   Beta distribution, on the side of 0 (mirrored when the mass is near 1), and
   the limit as the pseudo-count grows, I_0.5(8.5, 15.5) and
   1 - I_0.5(52.5, 45.5) (mpmath), which the values approach as 1/count.

Run: python3 scripts/reference/large-beta.py
"""
import mpmath as mp
from scipy import integrate, stats

mp.mp.dps = 60


def incomplete_beta(x, a, b):
    x, a, b = mp.mpf(x), mp.mpf(a), mp.mpf(b)
    lb = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    density = lambda t: mp.exp((a - 1) * mp.log(t) + (b - 1) * mp.log1p(-t) - lb)
    mean = a / (a + b)
    sd = mp.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    # away from the mean the density falls at least as fast as at x: 80 standard deviations, or 100 e-folds
    # of its slope at x, take it below e^-100 of what is near x
    slope = abs((a - 1) / x - (b - 1) / (1 - x))
    reach = min(80 * sd, 100 / slope) if slope > 0 else 80 * sd
    if x <= mean:
        return mp.quad(density, mp.linspace(max(mp.mpf(0), x - reach), x, 2000))
    return 1 - mp.quad(density, mp.linspace(x, min(mp.mpf(1), x + reach), 2000))


CASES = [
    (0.8, 8e11, 2e11),
    (0.5 - 3 * 0.5 / 1e9 ** 0.5, 5e8, 5e8),
    (0.001, 1e12, 9.99e14),
    (4.8e-11, 45.5, 1e12 + 15),
    (0.5 / 1e10, 0.5, 1e10),
    (0.6868629150101524, 16000, 3999.999999999999),
    (0.5 + 0.5 / 1e5 ** 0.5, 5e4, 5e4),
    (4.5e-14, 52.5, 1e15 + 8),
]
for x, a, b in CASES:
    print([repr(x), repr(a), repr(b), mp.nstr(incomplete_beta(x, a, b), 17)])


def greater(aX, bX, aY, bY):
    if aX + aY > bX + bY:  # mass near 1: P(X > Y) = P(1 - Y > 1 - X)
        aX, bX, aY, bY = bY, aY, bX, aX
    X, Y = stats.beta(aX, bX), stats.beta(aY, bY)
    m, s = Y.mean(), Y.std()
    f = lambda y: Y.pdf(y) * X.sf(y)
    return integrate.quad(f, max(0, m - 40 * s), m + 40 * s, points=[m - 5 * s, m - s, m, m + s, m + 5 * s], epsabs=1e-15, epsrel=1e-13, limit=1000)[0]


big = 1e15
print([big + 52, 8.5, big + 45, 15.5, repr(greater(big + 52, 8.5, big + 45, 15.5))])
print([52.5, big + 8, 45.5, big + 15, repr(greater(52.5, big + 8, 45.5, big + 15))])
print('limits', mp.nstr(mp.betainc(8.5, 15.5, 0, 0.5, regularized=True), 17), mp.nstr(1 - mp.betainc(52.5, 45.5, 0, 0.5, regularized=True), 17))
