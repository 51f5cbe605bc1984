// @ts-check
/**
 * The 90th percentile of 1 million durations by each of the nine quantile
 * methods, against simple-statistics' `quantile(d, 0.9)` (type 7, Floyd–Rivest
 * selection on a copy) in the same run; target: the linear method (type 7,
 * the same definition) within 1.0× of simple-statistics. The other methods
 * are other definitions, so their values differ from simple-statistics' and
 * are compared for speed only.
 *
 * Each method is timed through the public `quantile(values, q, { method })`,
 * which validates every value in the pass that selects.
 *
 * Run: npm run bench -- quantile-methods   (BENCH_N=… for another size)
 */
import * as ss from 'simple-statistics';
import * as lib from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const METHODS = /** @type {const} */ ([
  'inverted-cdf',
  'averaged-inverted-cdf',
  'closest-observation',
  'interpolated-inverted-cdf',
  'hazen',
  'weibull',
  'linear',
  'median-unbiased',
  'normal-unbiased',
]);

/** Durations in seconds, exponential with a mean of an hour, as a packed number[]. */
function durations(n, seed) {
  const random = mulberry32(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push(-Math.log(1 - random()) * 3600);
  return out;
}

const close = (/** @type {unknown} */ x, /** @type {unknown} */ y) => Math.abs(Number(x) - Number(y)) <= 1e-9 * Math.abs(Number(y));

console.log(`quantile methods: the 90th percentile of ${N.toLocaleString('en')} durations`);
console.log(`machine: ${machine()}`);
const d = durations(N, 17);
const results = [];
for (const method of METHODS) {
  const timings = race(
    [
      { name: `cx-metrics ${method}`, fn: () => lib.quantile(d, 0.9, { method }), role: /** @type {const} */ ('library') },
      { name: 'simple-statistics quantile(d, 0.9)', fn: () => ss.quantile(d, 0.9), role: /** @type {const} */ ('hand') },
    ],
    // only type 7 is the same definition as simple-statistics'
    { same: method === 'linear' ? close : () => true, rounds: 9 },
  );
  results.push({ method, ...report(`${method}, p90 of ${N.toLocaleString('en')} values`, N, timings) });
}
console.log('\nsummary (library / simple-statistics):');
for (const r of results) {
  const target = r.method === 'linear' ? ` (target ≤ 1.0×: ${r.vsHand <= 1 ? 'met' : 'MISSED'})` : '';
  console.log(`  ${r.method.padEnd(28)} ${r.vsHand.toFixed(2)}×${target}`);
}
