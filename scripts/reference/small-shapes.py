"""Reference values where a shape parameter is tiny, independent of the library.

1. I_x(a, b) with a or b from 5e-324 to 0.1: mpmath (50 digits) quadrature of
   I_x(a, b) = x^a / (a B(a, b)) ∫_0^∞ e^(−v) (1 − x e^(−v/a))^(b−1) dv
   (t = x e^(−v/a) in the integral of the density), which is a sum of
   positive terms for the value itself, never 1 minus its complement; the
   factor 1 − x e^(−v/a) is taken as y − x expm1(−v/a). Breakpoints where it
   changes scale (a y 10^k up to 10 a) and where e^(−v) does. Each value is
   printed with the same quadrature of its complement I_{1−x}(b, a) and the
   largest |I + complement − 1| over the cases, as a check of the quadrature.
   Printed as [x, a, b, I].
2. BG/NBD P(X(t) = n) at a tiny r (Fader, Hardie & Lee 2005, eq. 8) with
   P(N ≥ n) = 1 − Σ_{j<n} NB(j), the subtraction at 400 digits.
3. Pareto/NBD P(X(t) = n): Fader, Hardie & Shang (2006) eq. 13, its ₂F₁'s
   by mpmath at 60 digits (where its cancellation costs nothing), and the
   integral it solves, NB_t(n) (β/(β+t))^s + ∫_0^t NB_τ(n) s β^s/(β+τ)^(s+1) dτ,
   by mpmath's quad at 40 digits on 3,000 pieces; both printed, the second
   where the first is slow or cancels beyond 60 digits.

Run: python3 scripts/reference/small-shapes.py
"""
import mpmath as mp

mp.mp.dps = 50


def incomplete_beta(x, a, b):
    x, a, b = mp.mpf(x), mp.mpf(a), mp.mpf(b)
    y = 1 - x
    g = lambda v: mp.exp(-v) * (y - x * mp.expm1(-v / a)) ** (b - 1)
    pts = [mp.mpf(0)]
    p = a * y / 10
    while p < min(10 * a, 200):
        if p > 0:
            pts.append(p)
        p *= 10
    for q in [10 * a, 1, 10, 50, 200]:
        if pts[-1] < q <= 200:
            pts.append(mp.mpf(q))
    pts.append(mp.inf)
    lnorm = mp.loggamma(a + b) - mp.loggamma(a + 1) - mp.loggamma(b)
    return mp.exp(a * mp.log(x) + lnorm) * mp.quad(g, pts)


BETA_CASES = [
    (0.8983277283825494, 6, 3.5e-323),
    (0.8983277283825494, 6, 1e-20),
    (0.8983277283825494, 6, 1e-8),
    (0.8983277283825494, 6, 0.01),
    (0.0625, 6, 1e-20),
    (0.25, 0.5, 1e-300),
    (0.75, 0.5, 1e-300),
    (0.9375, 10.5, 0.05),
    (0.984375, 10.5, 0.05),
    (0.75, 30.5, 0.0999),
    (0.9999959244323602, 1e6 + 0.5, 1e-300),
    (1 - 2 ** -36, 1e12, 1e-8),
    (1 - 2 ** -42, 1e12, 1e-8),
    (0.5, 1e-10, 1e-20),
    (0.5, 1e-20, 1e-10),
    (0.25, 1e-5, 0.5),
    (0.5, 5e-324, 2),
]
worst = 0
for x, a, b in BETA_CASES:
    v = incomplete_beta(x, a, b)
    worst = max(worst, abs(v + incomplete_beta(1 - mp.mpf(x), b, a) - 1))
    print([repr(x), repr(a), repr(b), mp.nstr(v, 17)])
print('largest |I + complement - 1|:', mp.nstr(worst, 3))


def bg_nbd(r, alpha, a, b, n, t):
    with mp.workdps(400):
        r, alpha, a, b, t = map(mp.mpf, (r, alpha, a, b, t))
        q = alpha / (alpha + t)
        nb = lambda j: mp.exp(mp.loggamma(r + j) - mp.loggamma(r) - mp.loggamma(j + 1)) * q ** r * (1 - q) ** j
        tail = 1 - mp.fsum(nb(j) for j in range(n))
        return +(mp.beta(a, b + n) / mp.beta(a, b) * nb(n) + mp.beta(a + 1, b + n - 1) / mp.beta(a, b) * tail)


for r, n in [(3.5e-323, 6), (4.46e-253, 2), (1e-20, 6), (1e-8, 6)]:
    print('bgNbd', [r, 4.414, 0.793, 2.426, n, 39], mp.nstr(bg_nbd(r, 4.414, 0.793, 2.426, n, 39), 17))


def fhs(r, alpha, s, beta, n, t):
    with mp.workdps(60):
        r, alpha, s, beta, t = map(mp.mpf, (r, alpha, s, beta, t))
        lc = mp.loggamma(r + n) - mp.loggamma(r) - mp.loggamma(n + 1)
        alive = mp.exp(lc + r * mp.log(alpha / (alpha + t)) + n * mp.log(t / (alpha + t)) + s * mp.log(beta / (beta + t)))
        m, b = (alpha, s + 1) if alpha >= beta else (beta, r + n)
        D, c = abs(alpha - beta), r + s + n + 1
        B1 = mp.hyp2f1(r + s, b, c, D / m) / m ** (r + s)
        B2 = mp.fsum(mp.rf(r + s, i) / mp.factorial(i) * t ** i * mp.hyp2f1(r + s + i, b, c, D / (m + t)) / (m + t) ** (r + s + i) for i in range(n + 1))
        front = alpha ** r * beta ** s * mp.exp(mp.log(mp.beta(r + n, s + 1)) - mp.log(mp.beta(r, s)))
        return +(alive + front * (B1 - B2))


def pareto_integral(r, alpha, s, beta, n, t):
    with mp.workdps(40):
        r, alpha, s, beta, t = map(mp.mpf, (r, alpha, s, beta, t))
        lc = mp.loggamma(r + n) - mp.loggamma(r) - mp.loggamma(n + 1)
        alive = mp.exp(lc + r * mp.log(alpha / (alpha + t)) + n * mp.log(t / (alpha + t)) + s * mp.log(beta / (beta + t)))
        f = lambda tau: mp.exp(lc + r * mp.log(alpha / (alpha + tau)) + (n * mp.log(tau / (alpha + tau)) if n else 0) + mp.log(s) + s * mp.log(beta / (beta + tau)) - mp.log(beta + tau))
        w = beta / (s + 1)  # the scale on which (β + τ)^−(s+1) falls, and decades of it
        pts = sorted(set([mp.mpf(0), t] + [w * 10 ** mp.mpf(k) for k in range(-3, 40) if w * 10 ** mp.mpf(k) < t] + list(mp.linspace(0, min(t, mp.mpf(10) ** 7), 3000))))
        return +(alive + mp.quad(f, pts))


PARETO_CASES = [
    (0.1, 1e8, 1e8, 0.1, 0, 1),
    (0.1, 1e8, 1e8, 0.1, 1, 1),
    (0.1, 1e4, 1e4, 0.1, 0, 1),
    (0.1, 1e4, 1e4, 0.1, 1, 1),
    (0.553, 10.578, 0.606, 11.669, 0, 39),
    (0.553, 10.578, 0.606, 11.669, 3, 39),
    (0.553, 10.578, 0.606, 11.669, 40, 39),
    (0.553, 10.578, 0.606, 11.669, 1, 1e-6),
    (0.5, 50, 0.5, 0.1, 4, 10),
    (2, 1, 3, 100, 7, 30),
    (2, 3, 500, 40, 3, 2),
]
for c in PARETO_CASES:
    print('paretoNbd', list(c), mp.nstr(fhs(*c), 17), mp.nstr(pareto_integral(*c), 17))
for c in [(0.553, 10.578, 0.606, 11.669, 10000, 1e6), (0.553, 10.578, 0.606, 11.669, 50, 1e300)]:
    print('paretoNbd (integral only)', list(c), mp.nstr(pareto_integral(*c), 17))
