// @ts-check
/**
 * internalQualityScore over 1,000,000 reviews of a 10-criterion scorecard
 * (seven rating scales, three pass-fail criteria, one of them critical; some
 * criteria not applicable in part of the reviews), side by side with
 * hand-written loops that compute the same score without checking anything,
 * and with the idiomatic approach (filter / map / reduce per review).
 * Target (issue #5): at least 2 million reviews per second.
 * For information, it also times qualitySummary with groups per agent (no
 * target; it makes one pass over all reviews and one per group).
 */
import { internalQualityScore, qualitySummary } from 'cx-metrics';
import { machine, median, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 1_000_000);


/** @type {import('cx-metrics').Scorecard} */
const scorecard = [
  { id: 'greeting', weight: 1, scale: 'pass-fail' },
  { id: 'tone', weight: 2, scale: { min: 1, max: 5 } },
  { id: 'empathy', weight: 2, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
  { id: 'completeness', weight: 2, scale: { min: 1, max: 5 } },
  { id: 'process', weight: 2, scale: { min: 1, max: 3 } },
  { id: 'resolution', weight: 3, scale: 'pass-fail' },
  { id: 'writing', weight: 1, scale: { min: 1, max: 4 } },
  { id: 'responseTime', weight: 1, scale: { min: 0, max: 10 } },
  { id: 'compliance', weight: 1, scale: 'pass-fail', critical: true },
];

/** Reviews as parsed data would give them: one object shape, ratings, some nulls. */
function makeReviews(n, seed) {
  const random = mulberry32(seed);
  const point = (min, max) => min + Math.floor(random() * (max - min + 1));
  const reviews = [];
  for (let i = 0; i < n; i++) {
    reviews.push({
      agent: `agent-${i % 40}`,
      scores: {
        greeting: random() < 0.9,
        tone: point(2, 5),
        empathy: random() < 0.15 ? null : point(1, 5),
        accuracy: point(1, 5),
        completeness: point(2, 5),
        process: random() < 0.1 ? null : point(1, 3),
        resolution: random() < 0.2 ? null : random() < 0.8,
        writing: point(1, 4),
        responseTime: point(0, 10),
        compliance: random() < 0.02 ? false : true,
      },
    });
  }
  return reviews;
}

const reviews = makeReviews(N, 5);

// The scorecard as arrays, for the generic hand loop.
const ids = scorecard.map((c) => c.id);
const weights = scorecard.map((c) => c.weight);
const passFail = scorecard.map((c) => c.scale === 'pass-fail');
const mins = scorecard.map((c) => (c.scale === 'pass-fail' ? 0 : c.scale.min));
const spans = scorecard.map((c) => (c.scale === 'pass-fail' ? 1 : c.scale.max - c.scale.min));
const critical = scorecard.map((c) => c.critical === true);

/** The definition as a plain loop over the criteria, reading each rating by its id; no checks. */
function handGeneric(rs) {
  let total = 0;
  let count = 0;
  const m = ids.length;
  for (let i = 0; i < rs.length; i++) {
    const s = rs[i].scores;
    let num = 0;
    let den = 0;
    let failed = false;
    for (let j = 0; j < m; j++) {
      const v = s[ids[j]];
      if (v === null) continue;
      const x = passFail[j] ? (v ? 100 : 0) : ((v - mins[j]) * 100) / spans[j];
      if (x === 0 && critical[j]) failed = true;
      num += x * weights[j];
      den += weights[j];
    }
    if (failed) {
      count++;
    } else if (den > 0) {
      total += num / den;
      count++;
    }
  }
  return total / count;
}

const position = new Map(ids.map((id, j) => [id, j]));

/** The definition walking the keys of each review with for…in, the criterion by a Map lookup; no checks. */
function handForIn(rs) {
  let total = 0;
  let count = 0;
  for (let i = 0; i < rs.length; i++) {
    const s = rs[i].scores;
    let num = 0;
    let den = 0;
    let failed = false;
    for (const key in s) {
      const v = s[key];
      if (v === null) continue;
      const j = position.get(key);
      const x = passFail[j] ? (v ? 100 : 0) : ((v - mins[j]) * 100) / spans[j];
      if (x === 0 && critical[j]) failed = true;
      num += x * weights[j];
      den += weights[j];
    }
    if (failed) {
      count++;
    } else if (den > 0) {
      total += num / den;
      count++;
    }
  }
  return total / count;
}

/** The same for this one scorecard, written out: named fields, constants inlined. */
function handNamed(rs) {
  let total = 0;
  let count = 0;
  for (let i = 0; i < rs.length; i++) {
    const s = rs[i].scores;
    if (s.compliance === false) {
      count++;
      continue;
    }
    let num = (s.greeting ? 100 : 0) + ((s.tone - 1) * 100 * 2) / 4 + ((s.accuracy - 1) * 100 * 3) / 4;
    num += ((s.completeness - 1) * 100 * 2) / 4 + ((s.writing - 1) * 100) / 3 + s.responseTime * 10 + 100;
    let den = 1 + 2 + 3 + 2 + 1 + 1 + 1;
    if (s.empathy !== null) {
      num += ((s.empathy - 1) * 100 * 2) / 4;
      den += 2;
    }
    if (s.process !== null) {
      num += ((s.process - 1) * 100 * 2) / 2;
      den += 2;
    }
    if (s.resolution !== null) {
      num += s.resolution ? 300 : 0;
      den += 3;
    }
    total += num / den;
    count++;
  }
  return total / count;
}

/** filter / map / reduce, as one might write it first. */
function idiomatic(rs) {
  const scored = rs
    .map((r) => {
      const rated = scorecard.filter((c) => r.scores[c.id] !== null);
      if (rated.some((c) => c.critical && (c.scale === 'pass-fail' ? r.scores[c.id] === false : r.scores[c.id] === c.scale.min))) return 0;
      const points = rated.map((c) => {
        const v = r.scores[c.id];
        return (c.scale === 'pass-fail' ? (v ? 100 : 0) : ((v - c.scale.min) * 100) / (c.scale.max - c.scale.min)) * c.weight;
      });
      return points.reduce((a, b) => a + b, 0) / rated.reduce((a, c) => a + c.weight, 0);
    })
    .filter((x) => !Number.isNaN(x));
  return scored.reduce((a, b) => a + b, 0) / scored.length;
}

/** The hand loops add without compensation, so the last bits may differ. */
const close = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.abs(b);

console.log(`internalQualityScore over ${N.toLocaleString('en')} reviews of a ${scorecard.length}-criterion scorecard`);
console.log(`machine: ${machine()}`);
const timings = race(
  [
    { name: 'cx-metrics internalQualityScore()', fn: () => internalQualityScore(reviews, scorecard), role: 'library' },
    { name: 'hand: loop over the criteria', fn: () => handGeneric(reviews), role: 'hand' },
    { name: 'hand: for…in over the ratings', fn: () => handForIn(reviews), role: 'hand' },
    { name: 'hand: this scorecard written out', fn: () => handNamed(reviews), role: 'hand' },
    { name: 'idiomatic: filter / map / reduce', fn: () => idiomatic(reviews), role: 'idiomatic', rounds: 3 },
  ],
  { same: close },
);
const r = report(`internalQualityScore on ${N.toLocaleString('en')} reviews`, N, timings);
const library = timings.find((t) => t.role === 'library');
const generic = timings.find((t) => t.name === 'hand: loop over the criteria');
const forIn = timings.find((t) => t.name === 'hand: for…in over the ratings');
if (library === undefined || generic === undefined || forIn === undefined || r.library === undefined) throw new Error('missing timings');
const rate = N / (library.median / 1000);
console.log(
  `\nsummary (target: ≥ 2 million reviews per second)\n` +
    `  cx-metrics: ${(rate / 1e6).toFixed(2)} million reviews per second (${rate >= 2e6 ? 'met' : 'MISSED'})\n` +
    `  library / hand loop over the criteria: ${(library.median / generic.median).toFixed(2)}×; ` +
    `library / hand for…in loop: ${(library.median / forIn.median).toFixed(2)}×;\n  ` +
    `library / fastest hand loop (${r.fastest}): ${r.vsHand.toFixed(2)}×`,
);

// qualitySummary, for information: the per-criterion tallies, and a second
// pass per group (40 agents).
globalThis.gc?.();
const summaryTimes = [];
for (let r = 0; r < 7; r++) {
  const start = performance.now();
  qualitySummary(reviews, scorecard, { by: 'agent' });
  summaryTimes.push(performance.now() - start);
}
const summaryMs = median(summaryTimes.slice(2));
console.log(
  `  qualitySummary(by: 'agent', 40 agents): ${summaryMs.toFixed(1)} ms, ${(N / (summaryMs / 1000) / 1e6).toFixed(2)} million reviews per second`,
);
