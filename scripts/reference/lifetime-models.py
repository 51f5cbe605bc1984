"""Reference values for the customer-base models of src/lifetime, computed
independently of the library: scipy and mpmath, from the papers' formulas.

Each model's maximum-likelihood fit is found by Newton's method in 40-digit
arithmetic (mpmath), with the gradient and the Hessian of the log-likelihood
by central differences at that precision, from the published figures (the
CDNOW and donation fits) or from scipy's Nelder-Mead on the log-parameters in
double precision (the small cohort fits). The printed
optimum is therefore exact to well beyond the 1e-8 the tests ask of the
library; the standard errors are the square roots of the diagonal of the
inverse of minus that Hessian (the observed information), in the parameters'
own scale.

The likelihoods are written as the papers print them, not as the library
evaluates them:
- Pareto/NBD: Fader & Hardie, "A Note on Deriving the Pareto/NBD Model and
  Related Expressions" (2005), equation (22), with A0 a difference of two
  Gauss hypergeometric functions (mpmath.hyp2f1);
- BG/NBD: Fader, Hardie & Lee, Marketing Science 2005, equation (6);
- MBG/NBD: Batislam, Denizel & Filiztekin (2007), with the erratum of
  Wagner & Hoppe (2008);
- BG/BB: Fader, Hardie & Shang, Marketing Science 2010, equation (5);
- sBG: Fader & Hardie, "How to Project Customer Retention" (2007);
- BdW: Fader, Hardie, Liu, Davin & Steenburgh (2018), S(t) = B(a, b + t^c)/B(a, b);
- Gamma-Gamma: Fader & Hardie, "The Gamma-Gamma Model of Monetary Value" (2013).

Predictions are computed from their definitions by numerical integration over
the mixing distributions where that is practical (mpmath.quad), so that they
check the closed forms the library uses rather than repeat them.

Run: python3 scripts/reference/lifetime-models.py   (about five minutes)
It reads ../shared/data/cdnow (relative to the repository) and
test/lifetime/fixtures/donations.csv. The printed values are quoted in
test/lifetime/*.test.ts.
"""
import os
import sys

import mpmath as mp
import numpy as np
from scipy import optimize, special

mp.mp.dps = 40


def show(value):
    """A value as the double nearest to it, in the shortest form that reads back as that double."""
    return repr(float(value))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def read_cdnow():
    path = os.path.join(ROOT, '..', 'shared', 'data', 'cdnow', 'cdnow_customers_summary_with_transactions.csv')
    with open(path) as f:
        lines = f.read().strip().split('\n')[1:]
    rows = [tuple(float(v) for v in line.split(',')) for line in lines]
    return [(int(x), tx, T, z) for (_, x, tx, T, z) in rows]


def read_cdnow_log():
    """x, t_x and T in weeks from the transaction log, to 1997-09-30: purchase days after the first, exact."""
    import datetime
    path = os.path.join(ROOT, '..', 'shared', 'data', 'cdnow', 'CDNOW_sample.txt')
    end = datetime.date(1997, 9, 30)
    days = {}
    with open(path) as f:
        for line in f:
            _, cid, date, _, _ = line.split()
            day = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:8]))
            if day <= end:
                days.setdefault(int(cid), set()).add(day)
    out = []
    for cid, ds in days.items():
        first, last = min(ds), max(ds)
        out.append((len(ds) - 1, mp.mpf((last - first).days) / 7, mp.mpf((end - first).days) / 7))
    return out


def compress(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return sorted(counts.items())


def read_donations():
    path = os.path.join(ROOT, 'test', 'lifetime', 'fixtures', 'donations.csv')
    with open(path) as f:
        lines = [l for l in f.read().strip().split('\n') if not l.startswith('#')][1:]
    return [tuple(int(v) for v in l.split(',')) for l in lines]


REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241]
HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491]

# ---------------------------------------------------------------------------
# Log-likelihoods in mpmath (the polish) and in floats (the search)


def ll_bgnbd(p, data, lib=mp):
    r, alpha, a, b = p
    total = 0
    for (x, tx, T), n in data:
        head = lib.beta(a, b + x) / lib.beta(a, b) * lib.gamma(r + x) * alpha ** r / (lib.gamma(r) * (alpha + T) ** (r + x))
        tail = 0
        if x > 0:
            tail = lib.beta(a + 1, b + x - 1) / lib.beta(a, b) * lib.gamma(r + x) * alpha ** r / (lib.gamma(r) * (alpha + tx) ** (r + x))
        total += n * lib.log(head + tail)
    return total


def ll_mbgnbd(p, data, lib=mp):
    r, alpha, a, b = p
    total = 0
    for (x, tx, T), n in data:
        g = lib.gamma(r + x) * alpha ** r / lib.gamma(r)
        head = lib.beta(a, b + x + 1) / lib.beta(a, b) * g / (alpha + T) ** (r + x)
        tail = lib.beta(a + 1, b + x) / lib.beta(a, b) * g / (alpha + tx) ** (r + x)
        total += n * lib.log(head + tail)
    return total


def pareto_terms(p, x, tx, T, hyp):
    r, alpha, s, beta = p
    w = r + s + x
    if alpha >= beta:
        m, b2 = alpha, s + 1
    else:
        m, b2 = beta, r + x
    d = abs(alpha - beta)
    a0 = hyp(w, b2, w + 1, d / (m + tx)) / (m + tx) ** w - hyp(w, b2, w + 1, d / (m + T)) / (m + T) ** w
    alive = 1 / ((alpha + T) ** (r + x) * (beta + T) ** s)
    return alive, alive + s / w * a0


def ll_pareto(p, data, lib=mp):
    r, alpha, s, beta = p
    hyp = mp.hyp2f1 if lib is mp else special.hyp2f1
    total = 0
    for (x, tx, T), n in data:
        _, bracket = pareto_terms(p, x, tx, T, hyp)
        total += n * (lib.log(lib.gamma(r + x) / lib.gamma(r)) + r * lib.log(alpha) + s * lib.log(beta) + lib.log(bracket))
    return total


def ll_gg(p, data, lib=mp):
    pp, q, v = p
    total = 0
    for (x, m), n in data:
        px = pp * x
        total += n * (lib.loggamma(px + q) - lib.loggamma(px) - lib.loggamma(q) + q * lib.log(v) + (px - 1) * lib.log(m) + px * lib.log(x) - (px + q) * lib.log(v + x * m))
    return total


def ll_bgbb(p, data, lib=mp):
    alpha, beta, gamma, delta = p
    B = lib.beta
    total = 0
    for x, tx, n, count in data:
        lik = B(alpha + x, beta + n - x) / B(alpha, beta) * B(gamma, delta + n) / B(gamma, delta)
        for i in range(n - tx):
            lik += B(alpha + x, beta + tx - x + i) / B(alpha, beta) * B(gamma + 1, delta + tx + i) / B(gamma, delta)
        total += count * lib.log(lik)
    return total


def survival_sbg(p, t, lib=mp):
    a, b = p
    return lib.beta(a, b + t) / lib.beta(a, b)


def survival_bdw(p, t, lib=mp):
    a, b, c = p
    return lib.beta(a, b + mp.mpf(t) ** c if lib is mp else b + float(t) ** c) / lib.beta(a, b)


def ll_cohorts(survival):
    def ll(p, cohorts, lib=mp):
        total = 0
        for survivors in cohorts:
            for t in range(1, len(survivors)):
                total += (survivors[t - 1] - survivors[t]) * lib.log(survival(p, t - 1, lib) - survival(p, t, lib))
            total += survivors[-1] * lib.log(survival(p, len(survivors) - 1, lib))
        return total
    return ll


class FloatLib:
    """The float functions the log-likelihoods call, from scipy."""
    gamma = staticmethod(special.gamma)
    beta = staticmethod(special.beta)
    log = staticmethod(np.log)
    loggamma = staticmethod(special.gammaln)


# ---------------------------------------------------------------------------
# Fitting


def fit(name, ll, data, start, names, search=True):
    def negative(logp):
        p = [float(v) for v in np.exp(logp)]
        try:
            value = ll(p, data, FloatLib)
        except (ValueError, ZeroDivisionError, OverflowError):
            return np.inf
        return np.inf if not np.isfinite(value) else -value

    x = np.log(start)
    if search:
        x = optimize.minimize(negative, x, method='Nelder-Mead', options={'xatol': 1e-10, 'fatol': 1e-12, 'maxiter': 20000, 'maxfev': 40000}).x
    theta = [mp.mpf(float(v)) for v in np.exp(x)]
    f = lambda q: ll(q, data, mp)
    # Newton's method, halving a step that does not raise the log-likelihood
    value = f(theta)
    for _ in range(12):
        g, H = derivatives(f, theta)
        step = mp.lu_solve(H, g)
        scale = mp.mpf(1)
        while True:
            new = [theta[i] - scale * step[i] for i in range(len(theta))]
            if all(v > 0 for v in new):
                new_value = f(new)
                if new_value >= value - mp.mpf(10) ** -30:
                    break
            scale /= 2
        change = max(abs(scale * step[i] / theta[i]) for i in range(len(theta)))
        theta, value = new, new_value
        if change < mp.mpf(10) ** -20:
            break
    g, H = derivatives(f, theta)
    cov = (-H) ** -1
    se = [mp.sqrt(cov[i, i]) for i in range(len(theta))]
    value = f(theta)
    print(f'\n{name}')
    for i, n in enumerate(names):
        print(f'  {n:<6} = {mp.nstr(theta[i], 15):<22} standard error {mp.nstr(se[i], 12)}')
    print(f'  log-likelihood = {mp.nstr(value, 15)}   (largest |gradient| {mp.nstr(max(abs(v) for v in g), 3)})')
    return theta


def derivatives(f, theta):
    """Gradient and Hessian of f at theta by central differences in 40-digit arithmetic."""
    k = len(theta)
    hg = [t * mp.mpf(10) ** -12 for t in theta]
    hh = [t * mp.mpf(10) ** -9 for t in theta]

    def at(shifts):
        q = list(theta)
        for i, d in shifts:
            q[i] = q[i] + d
        return f(q)

    f0 = f(theta)
    g = mp.matrix(k, 1)
    H = mp.matrix(k, k)
    for i in range(k):
        g[i] = (at([(i, hg[i])]) - at([(i, -hg[i])])) / (2 * hg[i])
        H[i, i] = (at([(i, hh[i])]) - 2 * f0 + at([(i, -hh[i])])) / hh[i] ** 2
        for j in range(i):
            H[i, j] = H[j, i] = (at([(i, hh[i]), (j, hh[j])]) - at([(i, hh[i]), (j, -hh[j])]) - at([(i, -hh[i]), (j, hh[j])]) + at([(i, -hh[i]), (j, -hh[j])])) / (4 * hh[i] * hh[j])
    return g, H


# ---------------------------------------------------------------------------
# Predictions from their definitions


def gamma_pdf(l, shape, rate):
    return rate ** shape * l ** (shape - 1) * mp.exp(-rate * l) / mp.gamma(shape)


def beta_pdf(p, a, b):
    return p ** (a - 1) * (1 - p) ** (b - 1) / mp.beta(a, b)


def pareto_predictions(p):
    r, alpha, s, beta = [mp.mpf(v) for v in p]
    print(f'\nPareto/NBD predictions at r = {r}, alpha = {alpha}, s = {s}, beta = {beta}')
    for x, tx, T in [(0, 0, 38.86), (2, 30.43, 38.86), (5, 2, 30), (30, 35, 38.86), (400, 38, 38.86)]:
        x, tx, T = mp.mpf(x), mp.mpf(repr(tx)), mp.mpf(repr(T))
        alive, bracket = pareto_terms((r, alpha, s, beta), x, tx, T, mp.hyp2f1)
        p_alive = alive / bracket
        # E[Y(t) | x, tx, T] = P(alive) * E over the posterior of lambda/mu (1 - e^{-mu t}),
        # with lambda ~ Gamma(r + x, alpha + T) and mu ~ Gamma(s, beta + T) given alive at T
        t = mp.mpf(39)
        e_lambda = (r + x) / (alpha + T)
        e_future = mp.quad(lambda mu: (1 - mp.exp(-mu * t)) / mu * gamma_pdf(mu, s, beta + T), [0, 1, mp.inf])
        print(f'  x = {x}, t_x = {tx}, T = {T}: P(alive) = {show(p_alive)}, E[Y(39)] = {show(p_alive * e_lambda * e_future)}')
    for t in [39, 78]:
        t = mp.mpf(t)
        mean = mp.quad(lambda mu: (1 - mp.exp(-mu * t)) / mu * gamma_pdf(mu, s, beta), [0, 1, mp.inf]) * r / alpha
        print(f'  E[X({t})] = {show(mean)}')


def pareto_pmf(p, n, t):
    """P(X(t) = n) by integrating the individual-level probability over both gammas."""
    r, alpha, s, beta = [mp.mpf(v) for v in p]
    t = mp.mpf(t)

    def given(lam, mu):
        k = lam + mu
        head = mp.exp(-k * t) * (lam * t) ** n / mp.factorial(n)
        partial = sum((k * t) ** i / mp.factorial(i) for i in range(n + 1))
        return head + mu * lam ** n / k ** (n + 1) * (1 - mp.exp(-k * t) * partial)

    return mp.quad(lambda lam, mu: given(lam, mu) * gamma_pdf(lam, r, alpha) * gamma_pdf(mu, s, beta), [0, 0.05, 0.5, mp.inf], [0, 0.05, 0.5, mp.inf])


def bgnbd_pmf(p, n, t):
    """P(X(t) = n), Fader, Hardie & Lee 2005, equation (8)."""
    r, alpha, a, b = [mp.mpf(v) for v in p]
    t = mp.mpf(t)
    q = alpha / (alpha + t)
    nbd = lambda j: mp.gamma(r + j) / (mp.gamma(r) * mp.factorial(j)) * q ** r * (1 - q) ** j
    value = mp.beta(a, b + n) / mp.beta(a, b) * nbd(n)
    if n > 0:
        value += mp.beta(a + 1, b + n - 1) / mp.beta(a, b) * (1 - sum(nbd(j) for j in range(n)))
    return value


def mbgnbd_predictions(p):
    r, alpha, a, b = [mp.mpf(v) for v in p]
    print(f'\nMBG/NBD predictions at r = {r}, alpha = {alpha}, a = {a}, b = {b}')
    t = mp.mpf(39)
    for x, tx, T in [(0, 0, 38.86), (2, 30.43, 38.86), (5, 2, 30)]:
        x, tx, T = mp.mpf(x), mp.mpf(tx), mp.mpf(T)
        # P(alive) = P(survived x + 1 coins and no purchase since tx) / L
        head = mp.beta(a, b + x + 1) / mp.beta(a, b) / (alpha + T) ** (r + x)
        tail = mp.beta(a + 1, b + x) / mp.beta(a, b) / (alpha + tx) ** (r + x)
        p_alive = head / (head + tail)
        # given alive: p ~ Beta(a, b + x + 1), lambda ~ Gamma(r + x, alpha + T); E = (1/p)(1 - e^{-lambda p t})
        future = mp.quad(lambda q: (1 - ((alpha + T) / (alpha + T + q * t)) ** (r + x)) / q * beta_pdf(q, a, b + x + 1), [0, 1])
        print(f'  x = {x}, t_x = {tx}, T = {T}: P(alive) = {show(p_alive)}, E[Y(39)] = {show(p_alive * future)}')
    for t in [39, 78]:
        t = mp.mpf(t)
        mean = mp.quad(lambda q: (1 - q) / q * (1 - (alpha / (alpha + q * t)) ** r) * beta_pdf(q, a, b), [0, 1])
        print(f'  E[X({t})] = {show(mean)}')


def mbgnbd_pmf(p, n, t):
    """P(X(t) = n) by integrating over p: alive after n coins without purchase n + 1, or dead after coin n + 1."""
    r, alpha, a, b = [mp.mpf(v) for v in p]
    t = mp.mpf(t)
    q = alpha / (alpha + t)
    nbd = lambda j: mp.gamma(r + j) / (mp.gamma(r) * mp.factorial(j)) * q ** r * (1 - q) ** j
    tail = 1 - sum(nbd(j) for j in range(n))
    return mp.quad(lambda u: ((1 - u) ** (n + 1) * nbd(n) + u * (1 - u) ** n * tail) * beta_pdf(u, a, b), [0, 1])


def bgbb_predictions(p):
    alpha, beta, gamma, delta = [mp.mpf(v) for v in p]
    print(f'\nBG/BB predictions at alpha = {alpha}, beta = {beta}, gamma = {gamma}, delta = {delta}')

    def weight(q, th, x, tx, n):
        """The individual-level likelihood of the pattern (x, tx, n) given p = q and theta = th."""
        value = q ** x * (1 - q) ** (n - x) * (1 - th) ** n
        for i in range(n - tx):
            value += q ** x * (1 - q) ** (tx - x + i) * th * (1 - th) ** (tx + i)
        return value

    prior = lambda q, th: beta_pdf(q, alpha, beta) * beta_pdf(th, gamma, delta)
    for x, tx, n in [(0, 0, 6), (1, 1, 6), (3, 5, 6), (6, 6, 6), (2, 3, 4)]:
        lik = mp.quad(lambda q, th: weight(q, th, x, tx, n) * prior(q, th), [0, 1], [0, 1])
        alive = mp.quad(lambda q, th: q ** x * (1 - q) ** (n - x) * (1 - th) ** (n + 1) * prior(q, th), [0, 1], [0, 1]) / lik
        future = mp.quad(lambda q, th: q ** x * (1 - q) ** (n - x) * (1 - th) ** n * q * sum((1 - th) ** j for j in range(1, 6)) * prior(q, th), [0, 1], [0, 1]) / lik
        print(f'  x = {x}, t_x = {tx}, n = {n}: P(alive in n + 1) = {show(alive)}, E[next 5] = {show(future)}')
    for n in [6, 11]:
        mean = mp.quad(lambda q, th: q * sum((1 - th) ** j for j in range(1, n + 1)) * prior(q, th), [0, 1], [0, 1])
        print(f'  E[X({n})] = {show(mean)}')
    for x in range(0, 7):
        pmf = mp.quad(lambda q, th: bgbb_pmf_given(q, th, x, 6) * prior(q, th), [0, 1], [0, 1])
        print(f'  P(X(6) = {x}) = {show(pmf)}')


def bgbb_pmf_given(q, th, x, n):
    """P(X(n) = x | p, theta): alive through n with x of n, or dead after opportunity i with x of i."""
    value = mp.binomial(n, x) * q ** x * (1 - q) ** (n - x) * (1 - th) ** n
    for i in range(x, n):
        value += mp.binomial(i, x) * q ** x * (1 - q) ** (i - x) * th * (1 - th) ** i
    return value


def sbg_predictions(name, p, survivors):
    a, b = p
    print(f'\nsBG {name} at alpha = {mp.nstr(a, 15)}, beta = {mp.nstr(b, 15)}: projected survivors')
    for t in range(1, 13):
        print(f'  year {t:>2}: S = {show(survival_sbg(p, t)):<22} survivors {mp.nstr(1000 * survival_sbg(p, t), 10)}')


def derl(p, renewals, d):
    """DERL by summing S(t)/S(n - 1) / (1 + d)^(t - n) for t >= n = renewals + 1, term by term
    (S(t)/S(t - 1) = (beta + t - 1)/(alpha + beta + t - 1)) until a term is below 1e-28 of the sum."""
    a, b = p
    n = renewals + 1
    z = 1 / (1 + mp.mpf(d))
    total, term, t = mp.mpf(0), (b + n - 1) / (a + b + n - 1), n
    while term >= mp.mpf(10) ** -28 * total:
        total += term
        t += 1
        term *= (b + t - 1) / (a + b + t - 1) * z
    return total


def main():
    cdnow = read_cdnow()
    customers = compress([(x, tx, T) for (x, tx, T, _) in cdnow])
    buyers = compress([(x, z) for (x, _, _, z) in cdnow if x > 0])
    donations = read_donations()
    print(f'CDNOW: {len(cdnow)} customers in {len(customers)} patterns; {sum(n for _, n in buyers)} repeat buyers')
    print(f'donations: {sum(c for *_, c in donations)} donors in {len(donations)} patterns')

    # the CDNOW fits start from published figures (lifetimes' documentation for the MBG/NBD),
    # close enough for Newton's method alone
    fit('BG/NBD on CDNOW', ll_bgnbd, customers, [0.243, 4.414, 0.793, 2.426], ['r', 'alpha', 'a', 'b'], search=False)
    fit('Gamma-Gamma on the 946 CDNOW repeat buyers (zbar as in the file)', ll_gg, buyers, [6.25, 3.74, 15.44], ['p', 'q', 'v'], search=False)
    fit('MBG/NBD on CDNOW', ll_mbgnbd, customers, [0.525, 6.183, 0.891, 1.614], ['r', 'alpha', 'a', 'b'], search=False)
    fit('Pareto/NBD on CDNOW', ll_pareto, customers, [0.553, 10.578, 0.606, 11.669], ['r', 'alpha', 's', 'beta'], search=False)
    fit('Pareto/NBD on CDNOW from the transaction log (exact days / 7)', ll_pareto, compress(read_cdnow_log()), [0.553, 10.578, 0.606, 11.669], ['r', 'alpha', 's', 'beta'], search=False)
    fit('BG/BB on the donations', ll_bgbb, donations, [1.204, 0.750, 0.657, 2.783], ['alpha', 'beta', 'gamma', 'delta'])
    ll_sbg = ll_cohorts(survival_sbg)
    ll_bdw = ll_cohorts(survival_bdw)
    regular = fit('sBG on the regular cohort, years 0-7', ll_sbg, [REGULAR], [0.704, 1.182], ['alpha', 'beta'])
    high = fit('sBG on the high-end cohort, years 0-7', ll_sbg, [HIGH_END], [0.668, 3.806], ['alpha', 'beta'])
    fit('sBG on both cohorts together', ll_sbg, [REGULAR, HIGH_END], [0.7, 2], ['alpha', 'beta'])
    fit('BdW on the regular cohort, years 0-7', ll_bdw, [REGULAR], [0.7, 1.2, 1], ['alpha', 'beta', 'c'])
    fit('BdW on the high-end cohort, years 0-7', ll_bdw, [HIGH_END], [0.7, 3.8, 1], ['alpha', 'beta', 'c'])

    sbg_predictions('regular', regular, REGULAR)
    sbg_predictions('high end', high, HIGH_END)

    print('\nsBG at alpha = 0.704, beta = 1.182')
    p = (mp.mpf('0.704'), mp.mpf('1.182'))
    for t in [0, 1, 2, 5, 12, 20000]:
        print(f'  S({t}) = {show(survival_sbg(p, t))}')
    for renewals, d in [(0, '0.1'), (4, '0.1'), (0, '0.01'), (10, '0.25')]:
        print(f'  DERL(renewals = {renewals}, d = {d}) = {show(derl(p, renewals, mp.mpf(d)))}')

    print('\nBdW at alpha = 0.7, beta = 1.2, c = 0.8')
    p = (mp.mpf('0.7'), mp.mpf('1.2'), mp.mpf('0.8'))
    for t in [1, 2, 5, 12]:
        print(f'  S({t}) = {show(survival_bdw(p, t))}')

    pareto = (0.553, 10.578, 0.606, 11.669)
    pareto_predictions(pareto)
    pareto_predictions((0.553, 11.669, 0.606, 10.578))
    print('  P(X(t) = n) at the published parameters:')
    for n in range(4):
        print(f'    P(X(39) = {n}) = {show(pareto_pmf(pareto, n, 39))}')
    print(f'    P(X(10) = 1) at alpha > beta (0.553, 11.669, 0.606, 10.578) = {show(pareto_pmf((0.553, 11.669, 0.606, 10.578), 1, 10))}')
    print('  where the series converges slowly (r = 0.5, alpha = 50, s = 0.5, beta = 0.1):')
    slow = (mp.mpf('0.5'), mp.mpf(50), mp.mpf('0.5'), mp.mpf('0.1'))
    for x, tx, T in [(0, 0, 10), (1, 0.5, 10)]:
        alive, bracket = pareto_terms(slow, mp.mpf(x), mp.mpf(tx), mp.mpf(T), mp.hyp2f1)
        print(f'    x = {x}, t_x = {tx}, T = {T}: P(alive) = {show(alive / bracket)}, ln L = {show(mp.log(mp.gamma(slow[0] + x) / mp.gamma(slow[0])) + slow[0] * mp.log(slow[1]) + slow[2] * mp.log(slow[3]) + mp.log(bracket))}')

    bgnbd = (0.243, 4.414, 0.793, 2.426)
    print('\nBG/NBD P(X(t) = n) at r = 0.243, alpha = 4.414, a = 0.793, b = 2.426')
    for n in range(4):
        print(f'  P(X(39) = {n}) = {show(bgnbd_pmf(bgnbd, n, 39))}')

    mbg = (0.525, 6.183, 0.891, 1.614)
    mbgnbd_predictions(mbg)
    for n in range(4):
        print(f'  P(X(39) = {n}) = {show(mbgnbd_pmf(mbg, n, 39))}')

    bgbb_predictions((1.204, 0.750, 0.657, 2.783))


if __name__ == '__main__':
    sys.exit(main())
