// @ts-check
/**
 * The support family's statistics and time metrics:
 * - the mean of 10 million durations (`averageWaitTime`, the validated mean
 *   every time metric computes from durations) against hand-written mean
 *   loops; target: within 1.3× of the fastest;
 * - `percentile(d, 50)` and `percentile(d, 90)` against simple-statistics'
 *   `median` and `quantile(d, 0.9)` (both type 7, both by Floyd–Rivest
 *   selection on a copy); target: within 1.3×;
 * - `durationSummary` (count, sum, mean, median, p90, min, max) against the
 *   same figures from simple-statistics, for context;
 * - `averageFirstResponseTime` over 1 million tickets with epoch-millisecond
 *   timestamps against a hand-written loop over the same records; target:
 *   within 1.2× of it (and at least 5 million tickets per second); and, for
 *   context, the same tickets with ISO-8601 strings.
 * Durations come as a packed `number[]` and as a `Float64Array`.
 * `percentile(x, 90)` on 1 million values in a `Float64Array` against
 * simple-statistics is in bench/statistics.bench.mjs.
 */
import { averageFirstResponseTime, averageWaitTime, durationSummary, percentile } from 'cx-metrics';
import * as ss from 'simple-statistics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 10_000_000);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);


/** Durations in seconds, exponential with a mean of an hour, as a packed number[] (built with push, as parsed data is). */
function durations(n, seed) {
  const random = mulberry32(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push(-Math.log(1 - random()) * 3600);
  return out;
}

const HAND_MEAN = {
  'hand: plain loop': `let s = 0; const n = a.length; for (let i = 0; i < n; i++) s += a[i]; return s / n;`,
  'hand: unrolled ×4': `let s0 = 0, s1 = 0, s2 = 0, s3 = 0; const n = a.length; let i = 0;
    for (; i + 3 < n; i += 4) { s0 += a[i]; s1 += a[i + 1]; s2 += a[i + 2]; s3 += a[i + 3]; }
    for (; i < n; i++) s0 += a[i];
    return (s0 + s1 + s2 + s3) / n;`,
  'hand: unrolled ×8': `let s0 = 0, s1 = 0, s2 = 0, s3 = 0; const n = a.length; let i = 0;
    for (; i + 7 < n; i += 8) { s0 += a[i] + a[i + 4]; s1 += a[i + 1] + a[i + 5]; s2 += a[i + 2] + a[i + 6]; s3 += a[i + 3] + a[i + 7]; }
    for (; i < n; i++) s0 += a[i];
    return (s0 + s1 + s2 + s3) / n;`,
};

/** Equal up to the last bits: the sums differ in rounding, the interpolations in their formula. */
const close = (x, y) => Math.abs(Number(x) - Number(y)) <= 1e-9 * Math.abs(Number(y));
const sameSummary = (x, y) => ['count', 'sum', 'mean', 'median', 'p90', 'min', 'max'].every((k) => close(x[k], y[k]));

console.log(`support: durations (${N.toLocaleString('en')}) and tickets (${TICKETS.toLocaleString('en')})`);
console.log(`machine: ${machine()}`);
const raw = durations(N, 11);
const summary = [];
for (const kind of ['number[]', 'Float64Array']) {
  const d = kind === 'number[]' ? raw : Float64Array.from(raw);
  const mean = race(
    [
      { name: 'cx-metrics averageWaitTime()', fn: () => averageWaitTime(d), role: /** @type {const} */ ('library') },
      ...Object.entries(HAND_MEAN).map(([name, src]) => {
        const f = new Function('a', src);
        return { name, fn: () => f(d), role: /** @type {const} */ ('hand') };
      }),
    ],
    // a few milliseconds each: more rounds, for a steadier median on a busy machine
    { same: close, rounds: 31 },
  );
  summary.push({ ...report(`mean of durations, ${kind}`, N, mean), target: 'mean ≤ 1.3× the fastest hand loop' });

  for (const [p, name, ssFn] of /** @type {const} */ ([
    [50, 'median', () => ss.median(/** @type {number[]} */ (d))],
    [90, 'p90', () => ss.quantile(/** @type {number[]} */ (d), 0.9)],
  ])) {
    const timings = race(
      [
        { name: `cx-metrics percentile(d, ${p})`, fn: () => percentile(d, p), role: /** @type {const} */ ('library') },
        { name: `simple-statistics ${p === 50 ? 'median(d)' : 'quantile(d, 0.9)'}`, fn: ssFn, role: /** @type {const} */ ('hand') },
      ],
      { same: close, rounds: 9 },
    );
    summary.push({ ...report(`${name} of durations, ${kind}`, N, timings), target: `${name} ≤ 1.3× simple-statistics` });
  }

  const whole = race(
    [
      { name: 'cx-metrics durationSummary()', fn: () => durationSummary(d), role: /** @type {const} */ ('library') },
      {
        name: 'simple-statistics, five calls',
        fn: () => {
          const a = /** @type {number[]} */ (d);
          return { count: a.length, sum: ss.sum(a), mean: ss.mean(a), median: ss.median(a), p90: ss.quantile(a, 0.9), min: ss.min(a), max: ss.max(a) };
        },
        role: /** @type {const} */ ('hand'),
      },
    ],
    { same: sameSummary, rounds: 9 },
  );
  summary.push({ ...report(`durationSummary, ${kind}`, N, whole), target: '(context)' });
}

// Tickets as a help desk export gives them, parsed: epoch-millisecond timestamps.
const random = mulberry32(12);
const start = Date.UTC(2026, 10, 1);
const tickets = [];
for (let i = 0; i < TICKETS; i++) {
  const createdAt = start + Math.floor(random() * 30 * 86_400_000);
  tickets.push({ createdAt, firstResponseAt: createdAt + Math.floor(-Math.log(1 - random()) * 3_600_000) });
}
const frt = race(
  [
    { name: 'cx-metrics averageFirstResponseTime()', fn: () => averageFirstResponseTime(tickets), role: /** @type {const} */ ('library') },
    {
      name: 'hand: loop over the records',
      fn: () => {
        let s = 0;
        for (let i = 0; i < tickets.length; i++) s += tickets[i].firstResponseAt - tickets[i].createdAt;
        return s / tickets.length;
      },
      role: /** @type {const} */ ('hand'),
    },
  ],
  // tens of milliseconds each, memory-bound: more rounds, for a steadier median
  { same: close, rounds: 21 },
);
const frtReport = report(`first response time over ${TICKETS.toLocaleString('en')} tickets (epoch ms)`, TICKETS, frt);
const perSecond = TICKETS / ((frtReport.library ?? NaN) / 1000);

// For context: the same tickets with ISO-8601 strings, which the library parses strictly (and Date.parse leniently).
const isoTickets = tickets.map((t) => ({ createdAt: new Date(t.createdAt).toISOString(), firstResponseAt: new Date(t.firstResponseAt).toISOString() }));
const iso = race(
  [
    { name: 'cx-metrics averageFirstResponseTime()', fn: () => averageFirstResponseTime(isoTickets), role: /** @type {const} */ ('library') },
    {
      name: 'hand: loop with Date.parse',
      fn: () => {
        let s = 0;
        for (let i = 0; i < isoTickets.length; i++) s += Date.parse(isoTickets[i].firstResponseAt) - Date.parse(isoTickets[i].createdAt);
        return s / isoTickets.length;
      },
      role: /** @type {const} */ ('hand'),
    },
  ],
  { same: close, rounds: 5, warmup: 1 },
);
const isoReport = report(`first response time over ${TICKETS.toLocaleString('en')} tickets (ISO-8601 strings)`, TICKETS, iso);

console.log('\nsummary');
for (const s of summary) {
  const met = s.target === '(context)' ? '' : s.vsHand <= 1.3 ? ' (met)' : ' (MISSED)';
  console.log(`  ${s.title.padEnd(36)} ${s.vsHand.toFixed(2)}× ${s.fastest}   target: ${s.target}${met}`);
}
console.log(
  `  averageFirstResponseTime: ${frtReport.vsHand.toFixed(2)}× the hand loop over the records (target ≤ 1.2×: ${frtReport.vsHand <= 1.2 ? 'met' : 'MISSED'}); ` +
    `${(perSecond / 1e6).toFixed(1)} M tickets/s (target ≥ 5 M/s: ${perSecond >= 5e6 ? 'met' : 'MISSED'})`,
);
console.log(
  `  with ISO-8601 strings: ${(TICKETS / ((isoReport.library ?? NaN) / 1000) / 1e6).toFixed(2)} M tickets/s; ${isoReport.vsHand.toFixed(2)}× a loop with Date.parse`,
);
