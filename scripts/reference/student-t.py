"""Reference values for Student's t quantiles, independent of the library.

For whole degrees of freedom the t distribution function has closed forms in
theta = arctan(t / sqrt(nu)) (Abramowitz & Stegun 26.7.3 and 26.7.4):

  nu odd:  P(|T| <= t) = (2/pi) [theta + sin(theta) (cos(theta) + 2/3 cos^3(theta) + ... + (2*4*...*(nu-3))/(1*3*...*(nu-2)) cos^(nu-2)(theta))]
  nu even: P(|T| <= t) = sin(theta) [1 + 1/2 cos^2(theta) + (1*3)/(2*4) cos^4(theta) + ... + (1*3*...*(nu-3))/(2*4*...*(nu-2)) cos^(nu-2)(theta)]

Sums of positive terms, accurate to double precision; the quantile is found
by bisection to the last bit. Run: python3 scripts/reference/student-t.py
The printed values are quoted in test/_lib/distributions.test.ts.
"""
from math import atan, sin, cos, pi, sqrt


def two_sided_mass(t, nu):
    th = atan(t / sqrt(nu))
    c2 = cos(th) ** 2
    if nu % 2 == 1:
        if nu == 1:
            return 2 * th / pi
        term, s = cos(th), cos(th)
        for k in range(1, (nu - 3) // 2 + 1):
            term *= c2 * (2 * k) / (2 * k + 1)
            s += term
        return 2 / pi * (th + sin(th) * s)
    term, s = 1.0, 1.0
    for k in range(1, (nu - 2) // 2 + 1):
        term *= c2 * (2 * k - 1) / (2 * k)
        s += term
    return sin(th) * s


def quantile(p, nu):
    target = 2 * p - 1  # P(|T| <= t) for the upper quantile
    lo, hi = 0.0, 1e6
    while True:
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            return mid
        if two_sided_mass(mid, nu) < target:
            lo = mid
        else:
            hi = mid


if __name__ == '__main__':
    for nu in (3, 4, 5, 9, 10, 29, 30, 99, 100):
        for p in (0.9, 0.975, 0.995):
            print(f'nu={nu:<4} p={p:<6} t={quantile(p, nu)!r}')
