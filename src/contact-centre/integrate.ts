/**
 * Integrals of e^ψ for a concave ψ (a log-concave integrand), as the Erlang A
 * model needs them: located around the peak of ψ, computed relative to
 * e^max ψ so that neither a huge peak nor a tiny one overflows, by adaptive
 * Gauss–Kronrod quadrature (7 and 15 points, as QUADPACK's QAG).
 */

/** Kronrod nodes on [−1, 1] (positive half, the centre last) and their weights; the Gauss weights of every other node. */
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

/** How far below its peak ψ may fall before the integrand is negligible: e^−46 ≈ 1e−20 of the peak. */
const DROP = 46;

/** A log-concave integrand: ψ and its derivative. */
export interface LogConcave {
  psi(v: number): number;
  slope(v: number): number;
}

/** ∫ e^ψ as `e^log × value`. */
export interface ScaledIntegral {
  readonly log: number;
  readonly value: number;
}

/**
 * ∫ from `from` to `to` (`Infinity` allowed) of e^ψ(v) dv for concave ψ,
 * as `e^log × value`: `log` is max ψ over the range. The range is cut where ψ
 * has fallen {@link DROP} below its peak, and the rest is integrated to a
 * relative error of about 1e−14.
 */
export function integrateLogConcave(f: LogConcave, from: number, to: number): ScaledIntegral {
  const peak = argmax(f, from, to);
  const top = f.psi(peak);
  const floor = top - DROP;
  const lo = f.psi(from) >= floor ? from : crossing(f, from, peak, floor);
  let hi = to;
  if (!(to < Infinity) || f.psi(to) < floor) {
    let step = stepFrom(peak);
    let far = peak + step;
    while (far < to && f.psi(far) >= floor) {
      step *= 2;
      far = peak + step;
    }
    hi = far < to ? crossing(f, far, peak, floor) : to;
  }
  const value = hi > lo ? gaussKronrod((v) => Math.exp(f.psi(v) - top), lo, hi) : 0;
  return { log: top, value };
}

/** The maximiser of concave ψ on [from, to]: bisection on the sign of ψ′. */
function argmax(f: LogConcave, from: number, to: number): number {
  if (!(f.slope(from) > 0)) return from;
  let lo = from;
  let step = stepFrom(from);
  let hi = from + step;
  while (hi < to && f.slope(hi) > 0) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi >= to) {
    if (f.slope(to) >= 0) return to;
    hi = to;
  }
  for (let k = 0; k < 100 && hi - lo > 1e-9 * Math.max(1, Math.abs(hi)); k++) {
    const mid = lo + (hi - lo) / 2;
    if (f.slope(mid) > 0) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/** Where ψ crosses `level` between `outside` (below it) and `peak` (above it): bisection. */
function crossing(f: LogConcave, outside: number, peak: number, level: number): number {
  let a = outside;
  let b = peak;
  for (let k = 0; k < 100 && Math.abs(b - a) > 1e-6 * Math.max(1, Math.abs(b)); k++) {
    const mid = a + (b - a) / 2;
    if (f.psi(mid) < level) a = mid;
    else b = mid;
  }
  return a;
}

/** A first step away from `v` for the searches: small against `v`, never 0. */
function stepFrom(v: number): number {
  return Math.max(Math.abs(v) * 1e-6, 1e-9);
}

/**
 * ∫ₐᵇ g by adaptive Gauss–Kronrod 7–15: the interval with the largest error
 * estimate |K15 − G7| is halved until the estimates add up to less than
 * 1e−14 of the integral (or after 400 halvings). For b < a it is −∫ᵇₐ g.
 */
export function gaussKronrod(g: (v: number) => number, a: number, b: number): number {
  // the halving below needs s < e: a reversed interval was never halved
  if (b < a) return -gaussKronrod(g, b, a);
  const starts: number[] = [a];
  const ends: number[] = [b];
  const values: number[] = [];
  const errors: number[] = [];
  const first = rule(g, a, b);
  values.push(first.value);
  errors.push(first.error);
  for (let rounds = 0; rounds < 400; rounds++) {
    let total = 0;
    let error = 0;
    let worst = 0;
    for (let i = 0; i < values.length; i++) {
      total += values[i]!;
      error += errors[i]!;
      if (errors[i]! > errors[worst]!) worst = i;
    }
    if (error <= 1e-14 * Math.abs(total) || error === 0) return total;
    const s = starts[worst]!;
    const e = ends[worst]!;
    const mid = s + (e - s) / 2;
    if (mid <= s || mid >= e) return total;
    const left = rule(g, s, mid);
    const right = rule(g, mid, e);
    ends[worst] = mid;
    values[worst] = left.value;
    errors[worst] = left.error;
    starts.push(mid);
    ends.push(e);
    values.push(right.value);
    errors.push(right.error);
  }
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The 15-point Kronrod value on [a, b] and QUADPACK's error estimate from |K15 − G7|. */
function rule(g: (v: number) => number, a: number, b: number): { value: number; error: number } {
  const centre = (a + b) / 2;
  const half = (b - a) / 2;
  const fc = g(centre);
  const left: number[] = [];
  const right: number[] = [];
  let kronrod = fc * WK[7]!;
  let gauss = fc * WG[3]!;
  for (let j = 0; j < 7; j++) {
    const dx = half * XK[j]!;
    const l = g(centre - dx);
    const r = g(centre + dx);
    left.push(l);
    right.push(r);
    kronrod += WK[j]! * (l + r);
    if (j % 2 === 1) gauss += WG[(j - 1) / 2]! * (l + r);
  }
  // |K15 − G7| scaled down by how smooth the integrand is on the interval, as QUADPACK's QK15 does
  const mean = kronrod / 2;
  let spread = WK[7]! * Math.abs(fc - mean);
  for (let j = 0; j < 7; j++) spread += WK[j]! * (Math.abs(left[j]! - mean) + Math.abs(right[j]! - mean));
  spread *= half;
  let error = Math.abs((kronrod - gauss) * half);
  if (spread !== 0 && error !== 0) error = spread * Math.min(1, ((200 * error) / spread) ** 1.5);
  return { value: kronrod * half, error };
}
