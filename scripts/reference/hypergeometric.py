"""Reference values for ln 2F1(a, b; c; z) and its partial derivatives, from
mpmath at 30 digits (mpmath.hyp2f1, and mpmath.diff for the derivatives),
independent of the library. Run: python3 scripts/reference/hypergeometric.py
The printed values are quoted in test/_lib/hypergeometric.test.ts.
"""
import mpmath as mp

mp.mp.dps = 30


def show(value):
    """A value as the double nearest to it, in the shortest form that reads back as that double."""
    return repr(float(value))

CASES = [
    # a, b, c, z: the Pareto/NBD's 2F1(w, b; w + 1; z) at CDNOW-like values, then near z = 1
    (1.159, 1.606, 2.159, 0.0935),
    (30.159, 30.553, 31.159, 0.0935),
    (1.159, 1.553, 2.159, 0.5),
    (1.0, 1.5, 2.0, 0.99),
    (1.5, 2.5, 2.5, 0.999),
    (0.7, 0.4, 1.9, 0.95),
]

SHIFTED = [
    # a, b, z of 2F1(a, b; a + 1; z) above z = 0.99, where the library integrates, and at the switch
    (1.159, 1.606, 0.95), (0.05, 2.5, 0.999), (300.5, 301, 0.9999), (2.0, 0.3, 0.99999),
    (1.16, 1.0, 0.999), (1.16, 1.0, 0.99), (1.16, 1.0, 0.9900000001),
]

if __name__ == '__main__':
    for a, b, c, z in CASES:
        a, b, c, z = (mp.mpf(repr(v)) for v in (a, b, c, z))
        f = lambda a, b, c, z: mp.log(mp.hyp2f1(a, b, c, z))
        value = f(a, b, c, z)
        da = mp.diff(lambda v: f(v, b, c, z), a)
        db = mp.diff(lambda v: f(a, v, c, z), b)
        dc = mp.diff(lambda v: f(a, b, v, z), c)
        dz = mp.diff(lambda v: f(a, b, c, v), z)
        print(f'({a}, {b}, {c}, {z}): ln F = {show(value)}, d/da = {show(da)}, d/db = {show(db)}, d/dc = {show(dc)}, d/dz = {show(dz)}')
    print('2F1(a, b; a + 1; z), derivatives along a (with c = a + 1), b and z:')
    for a, b, z in SHIFTED:
        a, b, z = (mp.mpf(repr(v)) for v in (a, b, z))
        f = lambda a, b, z: mp.log(mp.hyp2f1(a, b, a + 1, z))
        print(f'({a}, {b}, {z}): ln F = {show(f(a, b, z))}, d/da = {show(mp.diff(lambda v: f(v, b, z), a))}, d/db = {show(mp.diff(lambda v: f(a, v, z), b))}, d/dz = {show(mp.diff(lambda v: f(a, b, v), z))}')
    print('(400.5, 401, 401.5, 0.999): ln F =', show(mp.log(mp.hyp2f1(mp.mpf('400.5'), 401, mp.mpf('401.5'), mp.mpf('0.999')))))
    print('(400, 3, 2, 0.9): ln F =', show(mp.log(mp.hyp2f1(400, 3, 2, mp.mpf('0.9')))))
    mp.mp.dps = 40

    print('(2, 0.3, 3, 1 - 1e-12): ln F =', show(mp.log(mp.hyp2f1(2, mp.mpf('0.3'), 3, 1 - mp.mpf(10) ** -12))))
    print('(1e10, 1.7, 1e10 + 1, 1 - 1e-12): ln F =', show(mp.log(mp.hyp2f1(mp.mpf(10) ** 10, mp.mpf('1.7'), mp.mpf(10) ** 10 + 1, 1 - mp.mpf(10) ** -12))))
