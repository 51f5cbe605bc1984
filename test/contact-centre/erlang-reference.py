# The reference values of test/contact-centre/erlang.test.ts, computed
# independently of the library: Erlang C from its textbook formula
# (A^N/N! · N/(N − A) over the sum), Erlang A from the birth-death state
# probabilities of the M/M/N+M queue (Palm 1943) with the waiting-time
# distribution of each state by uniformisation, all at 50 digits with mpmath.
#
#   python3 test/contact-centre/erlang-reference.py '[[100,1800,180,14,20],[100,1800,180,14,120,20]]'
#
# A case of five numbers is Erlang C (contacts, interval, handleTime, agents,
# answerWithin); of six, Erlang A (…, agents, patience, answerWithin).
import mpmath as mp, sys, json
mp.mp.dps = 50

def erlang_c(contacts, interval, aht, n, t):
    lam = mp.mpf(contacts)/interval; a = lam*aht
    s = mp.fsum(a**k/mp.factorial(k) for k in range(n))
    top = a**n/mp.factorial(n) * n/(n-a)
    c = top/(s+top)
    sl = 1 - c*mp.e**(-(n-a)*mp.mpf(t)/aht)
    asa = c*aht/(n-a)
    return dict(A=a, C=c, SL=100*sl, ASA=asa, occ=100*a/n)

def erlang_a(contacts, interval, aht, n, patience, t):
    lam = mp.mpf(contacts)/interval; mu = 1/mp.mpf(aht); th = 1/mp.mpf(patience); a = lam/mu
    # unnormalised state probabilities p_j, j < n, and p_{n+k} for k >= 0
    low = [a**j/mp.factorial(j) for j in range(n)]
    pn = low[-1]*a/n if n > 0 else 1  # p_n = p_{n-1} * lam/(n mu)
    # p_{n+k} = p_n * prod_{i=1..k} lam/(n mu + i th)
    high = [pn]; k = 0
    while True:
        k += 1
        nxt = high[-1]*lam/(n*mu + k*th)
        high.append(nxt)
        if k > 50 and nxt < high[0]*mp.mpf(10)**-45 and nxt < max(high)*mp.mpf(10)**-45: break
    Z = mp.fsum(low) + mp.fsum(high)
    pw = mp.fsum(high)/Z
    EQ = mp.fsum(k*high[k] for k in range(len(high)))/Z
    pab = th*EQ/lam
    # arrival finding k waiting ahead (state n+k): served w.p. prod_{i=0..k} (n mu + i th)/(n mu + (i+1) th)
    # P(W<=t, served | k) = P(served|k) * P(sum_{j=1..k+1} Exp(n mu + j th) <= t)
    # that CDF: pure death chain, computed by the matrix exponential on a truncated chain
    K = len(high)
    # served probability and E[W 1{served}] per k
    psv = []; ew = []
    prod = mp.mpf(1); mean = mp.mpf(0)
    for kk in range(K):
        prod *= (n*mu + kk*th)/(n*mu + (kk+1)*th)
        mean += 1/(n*mu + (kk+1)*th)
        psv.append(prod); ew.append(prod*mean)
    served = mp.fsum(low)/Z + mp.fsum(high[k]*psv[k] for k in range(K))/Z
    asa = mp.fsum(high[k]*ew[k] for k in range(K))/Z/served
    # SL: P(V'_k <= t) via uniformisation of the death chain with rates r_j = n mu + j th, j = 1..K
    rates = [n*mu + j*th for j in range(1, K+1)]
    L = max(rates); tt = mp.mpf(t)
    # probability vector over states 1..K (number of stages left) evolving; absorbing at 0
    # we need for every start state k+1 the absorption prob: use the backward view: u_j(t) = P(absorbed by t | start j)
    # uniformisation: u = sum_m Pois(m; L t) * P^m[j -> 0]
    u = [mp.mpf(0)]*(K+1)  # u[j] = P(absorbed within m jumps | start j), iterate m
    cur = [mp.mpf(0)]*(K+1); cur[0] = mp.mpf(1)  # P^m[j->0] for m = 0
    acc = [mp.mpf(0)]*(K+1)
    w = mp.e**(-L*tt); m = 0
    total_w = mp.mpf(0)
    while True:
        for j in range(K+1): acc[j] += w*cur[j]
        total_w += w
        if total_w > 1 - mp.mpf(10)**-40 and m > L*tt: break
        # step: from j, move to j-1 w.p. r_j/L, stay otherwise; absorbing 0
        new = [mp.mpf(1)] + [ (rates[j-1]/L)*cur[j-1] + (1 - rates[j-1]/L)*cur[j] for j in range(1, K+1)]
        cur = new; m += 1; w = w*L*tt/m
    sl_w = mp.fsum(high[k]*psv[k]*acc[k+1] for k in range(K))/Z
    sl = mp.fsum(low)/Z + sl_w
    busy = (mp.fsum(j*low[j] for j in range(n)) + n*mp.fsum(high))/Z
    return dict(A=a, PW=pw, PAB=pab, SL=100*sl, ASA=asa, occ=100*busy/n, served=served)

if __name__ == '__main__':
    for args in json.loads(sys.argv[1]):
        if len(args) == 5: r = erlang_c(*args)
        else: r = erlang_a(*args)
        print(args, {k: mp.nstr(v, 17) for k, v in r.items()})

def required(contacts, interval, aht, t, target, cap=1, shrink=0, patience=None):
    a = mp.mpf(contacts)*aht/interval
    n = int(mp.floor(a)) + 1 if patience is None else 1
    while True:
        r = erlang_c(contacts, interval, aht, n, t) if patience is None else erlang_a(contacts, interval, aht, n, patience, t)
        if r['SL'] >= target and r['occ'] <= 100*cap: break
        n += 1
    m = int(mp.ceil(n/(1-mp.mpf(shrink)/100)))
    return n, m, r
