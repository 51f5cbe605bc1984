// @ts-check
/**
 * The contact-centre family:
 * - `staffingPlan` of 10,000 half-hour intervals (Erlang C, 80% within 20 s,
 *   an occupancy cap and shrinkage) against a hand-written loop that plans
 *   each interval as calculators do, the Erlang C formula recomputed from
 *   scratch for every candidate agent count; target: 1,000 intervals well
 *   under 50 ms; and, for context, the same plan with Erlang A (`patience`);
 * - `queueSummary` over 1 million contacts with epoch-millisecond times
 *   against a hand loop that computes the same figures without validating;
 *   target: within 1.3×.
 *
 *   npm run bench -- contact-centre
 */
import { percentile, queueSummary, staffingPlan } from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const INTERVALS = Number(process.env.BENCH_INTERVALS ?? 10_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);

console.log(`contact centre: staffing ${INTERVALS.toLocaleString('en')} intervals, queue summary of ${CONTACTS.toLocaleString('en')} contacts`);
console.log(`machine: ${machine()}`);

// A forecast: a daily curve of 20 to 400 calls per half hour, handle times of 3 to 6 minutes.
const random = mulberry32(13);
const start = Date.UTC(2026, 10, 9);
const forecast = [];
for (let i = 0; i < INTERVALS; i++) {
  const hour = (i % 48) / 2;
  const curve = Math.max(0, Math.sin(((hour - 6) / 14) * Math.PI));
  forecast.push({ start: start + i * 1_800_000, contacts: 20 + Math.round(380 * curve * (0.8 + 0.4 * random())), handleTime: 180 + Math.round(180 * random()) });
}
const options = { interval: 1800, answerWithin: 20, serviceLevel: 80, maxOccupancy: 85, shrinkage: 30 };

/** Erlang C's probability of waiting for n agents, from the Erlang B recursion run from 0 to n. */
function erlangCFormula(a, n) {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return (n * b) / (n - a * (1 - b));
}

/** The hand plan: for each interval, try n = ⌊A⌋ + 1, … recomputing the formula for every n. */
function handPlan() {
  const agents = new Int32Array(forecast.length);
  for (let i = 0; i < forecast.length; i++) {
    const { contacts, handleTime } = forecast[i];
    const a = (contacts * handleTime) / options.interval;
    let n = Math.floor(a) + 1;
    for (;;) {
      const c = erlangCFormula(a, n);
      const level = (1 - c * Math.exp((-(n - a) * options.answerWithin) / handleTime)) * 100;
      if (level >= options.serviceLevel) break;
      n++;
    }
    let capped = Math.max(1, Math.ceil((a * 100) / options.maxOccupancy));
    while ((a * 100) / capped > options.maxOccupancy) capped++;
    agents[i] = Math.max(n, capped);
  }
  return agents;
}

const sameAgents = (x, y) => {
  const a = Array.isArray(x) ? x.map((r) => r.agents) : Array.from(/** @type {Int32Array} */ (x));
  const b = Array.isArray(y) ? y.map((r) => r.agents) : Array.from(/** @type {Int32Array} */ (y));
  return a.length === b.length && a.every((v, k) => v === b[k]);
};
const staffing = race(
  [
    { name: 'cx-metrics staffingPlan() (Erlang C)', fn: () => staffingPlan(forecast, options), role: /** @type {const} */ ('library') },
    { name: 'hand: the formula recomputed for each n', fn: handPlan, role: /** @type {const} */ ('hand') },
  ],
  { same: sameAgents, rounds: 9 },
);
const staffingReport = report(`staffing plan of ${INTERVALS.toLocaleString('en')} intervals`, INTERVALS, staffing);
const perThousand = ((staffingReport.library ?? NaN) * 1000) / INTERVALS;

const sample = forecast.slice(0, 1000);
const erlangA = race([{ name: 'cx-metrics staffingPlan() (Erlang A, patience 120 s)', fn: () => staffingPlan(sample, { ...options, patience: 120 }), role: /** @type {const} */ ('library') }, { name: 'cx-metrics staffingPlan() (Erlang C), same 1,000', fn: () => staffingPlan(sample, options), role: /** @type {const} */ ('hand') }], { same: () => true, rounds: 3, warmup: 1 });
const erlangAReport = report('context: Erlang A against Erlang C, 1,000 intervals', 1000, erlangA);

// A day's queue: waits exponential with a mean of 40 s, 6% abandoned, 1% still waiting.
const contacts = [];
const q = mulberry32(14);
for (let i = 0; i < CONTACTS; i++) {
  const queuedAt = start + Math.floor(q() * 86_400_000);
  const wait = Math.round(-Math.log(1 - q()) * 40_000);
  const u = q();
  if (u < 0.06) contacts.push({ queuedAt, answeredAt: null, abandonedAt: queuedAt + wait });
  else if (u < 0.07) contacts.push({ queuedAt, answeredAt: null, abandonedAt: null });
  else contacts.push({ queuedAt, answeredAt: queuedAt + wait, abandonedAt: null });
}
const within = 20_000;

function handSummary() {
  const n = contacts.length;
  const waits = new Float64Array(n);
  let answered = 0;
  let answeredWithin = 0;
  let abandoned = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = contacts[i];
    if (c.answeredAt !== null) {
      const w = c.answeredAt - c.queuedAt;
      waits[answered++] = w;
      sum += w;
      if (w <= within) answeredWithin++;
    } else if (c.abandonedAt !== null) abandoned++;
  }
  const answeredWaits = waits.subarray(0, answered);
  let longest = 0;
  for (let i = 0; i < answered; i++) if (answeredWaits[i] > longest) longest = answeredWaits[i];
  return {
    serviceLevel: (answeredWithin * 100) / (answered + abandoned),
    abandonmentRate: (abandoned * 100) / n,
    averageSpeedOfAnswer: sum / answered,
    median: percentile(answeredWaits, 50),
    p90: percentile(answeredWaits, 90),
    longest,
  };
}
function librarySummary() {
  const s = queueSummary(contacts, { answerWithin: within });
  return { serviceLevel: s.serviceLevel, abandonmentRate: s.abandonmentRate, averageSpeedOfAnswer: s.averageSpeedOfAnswer, median: s.wait?.median, p90: s.wait?.p90, longest: s.wait?.longest };
}
const close = (x, y) => Math.abs(x - y) <= 1e-9 * Math.abs(y);
const sameSummary = (x, y) => Object.keys(y).every((k) => close(x[k], y[k]));
const queue = race(
  [
    { name: 'cx-metrics queueSummary()', fn: librarySummary, role: /** @type {const} */ ('library') },
    { name: 'hand: one loop, then percentile() twice', fn: handSummary, role: /** @type {const} */ ('hand') },
  ],
  { same: sameSummary, rounds: 9 },
);
const queueReport = report(`queue summary of ${CONTACTS.toLocaleString('en')} contacts (epoch ms)`, CONTACTS, queue);

console.log('\nsummary');
console.log(`  staffingPlan: ${perThousand.toFixed(2)} ms per 1,000 intervals (target: well under 50 ms: ${perThousand < 50 ? 'met' : 'MISSED'}); ${staffingReport.vsHand.toFixed(2)}× the hand loop`);
console.log(`  staffingPlan with Erlang A: ${(erlangAReport.library ?? NaN).toFixed(1)} ms per 1,000 intervals, ${erlangAReport.vsHand.toFixed(1)}× Erlang C (context)`);
console.log(`  queueSummary: ${queueReport.vsHand.toFixed(2)}× the hand loop (target ≤ 1.3×: ${queueReport.vsHand <= 1.3 ? 'met' : 'MISSED'})`);
