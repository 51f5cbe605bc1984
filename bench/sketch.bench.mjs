// @ts-check
/**
 * quantileSketch: adds per second, bytes per sketch (its JSON) and merge
 * time, beside what a user would otherwise do in the same run: keep every
 * duration and take the percentile (cx-metrics' own `percentile`, exact),
 * and a hand-written DDSketch add loop without validation. Then what the
 * option `sketch` adds to a summary (one logarithm per duration), against
 * the summary alone and the summary beside a sketch filled by hand, and
 * sketchSummary over 30 days of kept JSON.
 */
import { durationSummary, mergeQuantileSketches, percentile, quantileSketch, quantileSketchFromJSON, sketchSummary } from 'cx-metrics';
import { mulberry32 } from '../examples/lib/random.mjs';
import { machine, race, report } from './harness.mjs';

const N = Number(process.env.BENCH_VALUES ?? 1_000_000);
const random = mulberry32(7);
// a day of first-response times: log-normal around 20 minutes, in milliseconds
const values = Float64Array.from({ length: N }, () => 1000 * Math.exp(Math.log(1200) + 1.2 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())));
const ALPHA = 0.01;
const logGamma = Math.log1p(ALPHA) - Math.log1p(-ALPHA);

console.log(`quantile sketch, ${N.toLocaleString('en')} durations, relative accuracy ${ALPHA}`);
console.log(`machine: ${machine()}`);
const p90 = (/** @type {ReturnType<typeof quantileSketch>} */ s) => Math.round(s.quantile(0.9));
const exactP90 = percentile(values, 90);
const timings = race(
  [
    {
      name: 'cx-metrics quantileSketch().add × N, p90',
      role: 'library',
      fn: () => {
        const s = quantileSketch({ relativeAccuracy: ALPHA });
        for (let i = 0; i < values.length; i++) s.add(values[i] ?? 1);
        return Math.abs(s.quantile(0.9) - exactP90) <= ALPHA * exactP90;
      },
    },
    {
      name: 'hand-written DDSketch add loop, p90',
      role: 'hand',
      fn: () => {
        /** @type {Map<number, number>} */
        const buckets = new Map();
        for (let i = 0; i < values.length; i++) {
          const k = Math.ceil(Math.log(values[i] ?? 1) / logGamma);
          buckets.set(k, (buckets.get(k) ?? 0) + 1);
        }
        const keys = [...buckets.keys()].sort((a, b) => a - b);
        let seen = 0;
        const rank = 0.9 * (values.length - 1);
        for (const k of keys) {
          seen += buckets.get(k) ?? 0;
          if (seen > rank) return Math.abs((2 * Math.exp(k * logGamma)) / (1 + Math.exp(logGamma)) - exactP90) <= ALPHA * exactP90;
        }
        return false;
      },
    },
    {
      name: 'keep every value, exact percentile(values, 90)',
      role: 'idiomatic',
      fn: () => {
        const kept = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) kept[i] = values[i] ?? 0;
        return percentile(kept, 90) === exactP90;
      },
    },
  ],
  { rounds: 7, warmup: 2 },
);
report('adds (items = durations added)', N, timings);

// bytes per sketch, and merging a day of 24 hourly shards
const shards = Array.from({ length: 24 }, () => quantileSketch({ relativeAccuracy: ALPHA }));
for (let i = 0; i < values.length; i++) shards[i % 24]?.add(values[i] ?? 1);
const whole = mergeQuantileSketches(...shards);
const json = JSON.stringify(whole);
console.log(`\n  one sketch of ${N.toLocaleString('en')} durations: ${json.length.toLocaleString('en')} bytes of JSON, p90 ${p90(whole)} ms (exact ${Math.round(exactP90)} ms)`);
const merges = race(
  [
    { name: 'mergeQuantileSketches(24 hourly sketches)', role: 'library', fn: () => mergeQuantileSketches(...shards).count },
    { name: 'quantileSketchFromJSON(json)', role: 'hand', fn: () => quantileSketchFromJSON(json).count },
  ],
  { rounds: 31, warmup: 5 },
);
for (const t of merges) console.log(`  ${t.name.padEnd(44)} ${(t.median * 1000).toFixed(1).padStart(9)} µs`);

// durationSummary with its sketch, against the summary and a sketch filled by hand beside it
const withSketch = race(
  [
    { name: "durationSummary(values, { sketch: true })", role: 'library', fn: () => durationSummary(values, { sketch: true }).sketch.count },
    {
      name: 'durationSummary(values), then quantileSketch().add × N',
      role: 'hand',
      fn: () => {
        durationSummary(values);
        const s = quantileSketch({ relativeAccuracy: ALPHA });
        for (let i = 0; i < values.length; i++) s.add(values[i] ?? 1);
        return s.count;
      },
    },
    { name: 'durationSummary(values), no sketch', role: 'idiomatic', fn: () => durationSummary(values).count },
  ],
  { rounds: 7, warmup: 2 },
);
report('summary with its sketch (items = durations)', N, withSketch);

// a month's summary from 30 days of kept JSON
const days = Array.from({ length: 30 }, (_, d) => JSON.stringify(durationSummary(values.subarray((d * N) / 30, ((d + 1) * N) / 30), { sketch: true }).sketch));
const month = race([{ name: 'sketchSummary(30 days of JSON)', role: 'library', fn: () => sketchSummary(...days).count }], { rounds: 31, warmup: 5 });
for (const t of month) console.log(`  ${t.name.padEnd(44)} ${(t.median * 1000).toFixed(1).padStart(9)} µs`);
