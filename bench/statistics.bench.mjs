// @ts-check
/**
 * Statistics:
 * - `percentile(x, 90)` on 1 million values in a `Float64Array` against
 *   simple-statistics' `quantile(x, 0.9)` (both type 7, both without a full
 *   sort), in the same run; target: no slower (≤ 1.0×). The library checks
 *   every value in its one pass; simple-statistics checks none. `quantile`
 *   (q in 0–1) runs the same code.
 * - `npsInterval` on a tally: target ≥ 1 million calls per second (issue #6).
 *   Beside it, in the same run, a hand-written adjusted-Wald interval from the
 *   same counts with z fixed in advance: no validation, no options, no quantile.
 */
import { npsInterval, percentile, tally } from 'cx-metrics';
import * as ss from 'simple-statistics';
import { mulberry32 } from '../examples/lib/random.mjs';
import { machine, race, report } from './harness.mjs';

const VALUES = Number(process.env.BENCH_VALUES ?? 1_000_000);
console.log(`percentile(x, 90) on ${VALUES.toLocaleString('en')} values in a Float64Array`);
console.log(`machine: ${machine()}`);
// durations in seconds, exponential with a mean of an hour
const random = mulberry32(11);
const x = new Float64Array(VALUES);
for (let i = 0; i < VALUES; i++) x[i] = -Math.log(1 - random()) * 3600;
/** Equal up to the last bits: the interpolations are written differently. */
const close = (a, b) => Math.abs(Number(a) - Number(b)) <= 1e-9 * Math.abs(Number(b));
const p90 = report(
  'p90 of 1 M values, Float64Array',
  VALUES,
  race(
    [
      { name: 'cx-metrics percentile(x, 90)', fn: () => percentile(x, 90), role: 'library' },
      { name: 'simple-statistics quantile(x, 0.9)', fn: () => ss.quantile(/** @type {number[]} */ (/** @type {unknown} */ (x)), 0.9), role: 'hand' },
    ],
    { same: close, rounds: 31 },
  ),
);
console.log(`  → percentile / simple-statistics: ${p90.vsHand.toFixed(2)}× (target ≤ 1.0×: ${p90.vsHand <= 1 ? 'met' : 'MISSED'})\n`);

const CALLS = Number(process.env.BENCH_CALLS ?? 1_000_000);
const scale = { min: 0, max: 10 };
// a realistic month: 1,000 answers spread over the scale
const t = tally(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 11), scale);
const Z = 1.959963984540054;

function hand(/** @type {readonly number[]} */ c) {
  let promoters = 0;
  let detractors = 0;
  let total = 0;
  for (let k = 0; k < 11; k++) {
    const n = c[k] ?? 0;
    total += n;
    if (k >= 9) promoters += n;
    else if (k <= 6) detractors += n;
  }
  const adjusted = total + 3;
  const p = (promoters + 0.75) / adjusted;
  const d = (detractors + 0.75) / adjusted;
  const se = Math.sqrt((p + d - (p - d) ** 2) / adjusted);
  return { lower: Math.max(-100, (p - d - Z * se) * 100), upper: Math.min(100, (p - d + Z * se) * 100) };
}

let sink = 0;
console.log(`npsInterval on a tally, ${CALLS.toLocaleString('en')} calls`);
const timings = race(
  [
    {
      name: 'cx-metrics npsInterval(tally)',
      role: 'library',
      fn: () => {
        let s = 0;
        for (let i = 0; i < CALLS; i++) s += npsInterval(t).lower;
        sink += s;
        return Math.round(s / CALLS);
      },
    },
    {
      name: 'hand: adjusted Wald, z fixed',
      role: 'hand',
      fn: () => {
        let s = 0;
        for (let i = 0; i < CALLS; i++) s += hand(t.counts).lower;
        sink += s;
        return Math.round(s / CALLS);
      },
    },
  ],
  { rounds: 9, warmup: 2 },
);
const result = report('npsInterval', CALLS, timings);
const perSecond = CALLS / ((result.library ?? NaN) / 1000);
console.log(`  → ${(perSecond / 1e6).toFixed(2)} million npsInterval calls per second (target ≥ 1): ${perSecond >= 1e6 ? 'met' : 'MISSED'}`);
const libraryTiming = timings.find((t) => t.role === 'library');
const perCpuSecond = CALLS / ((libraryTiming?.cpuMin ?? NaN) / 1000);
console.log(`    (least round of CPU time: ${(perCpuSecond / 1e6).toFixed(2)} million calls per second)`);
if (sink === 0.5) console.log('');
