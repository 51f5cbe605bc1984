// @ts-check
/**
 * nps, csat, ces and tally over 10 million responses, as number[] and as
 * Uint8Array, side by side with hand-written single-pass loops and with the
 * idiomatic approach: `filter(...).length` for nps, csat and tally (one filter
 * per point), `reduce` for the mean of ces, which filter cannot give.
 * Targets (issue #2): the library within 1.3× of the fastest hand loop, and
 * at least 20× faster than the idiomatic approach.
 *
 * Each hand loop is compiled separately for each array kind (new Function),
 * so that V8 sees only one kind in it: the fairest, fastest case for the
 * hand loop.
 */
import { ces, csat, nps, tally } from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 10_000_000);


/** A packed array of `n` whole answers from `min` to `max` (built with push, as parsed data is). */
function answers(n, min, max, seed) {
  const random = mulberry32(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push(min + Math.floor(random() * (max - min + 1)));
  return out;
}

/** Hand-written loops, as source, so each array kind gets its own compiled copy. */
const HAND = {
  nps: {
    'hand: if/else counters': `let p = 0, d = 0; const n = a.length;
      for (let i = 0; i < n; i++) { const v = a[i]; if (v >= 9) p++; else if (v <= 6) d++; }
      return ((p - d) * 100) / n;`,
    'hand: branchless counters': `let p = 0, d = 0; const n = a.length;
      for (let i = 0; i < n; i++) { const v = a[i]; p += +(v >= 9); d += +(v <= 6); }
      return ((p - d) * 100) / n;`,
    'hand: count table': `const c = new Float64Array(11); const n = a.length;
      for (let i = 0; i < n; i++) c[a[i]]++;
      return ((c[9] + c[10] - c[0] - c[1] - c[2] - c[3] - c[4] - c[5] - c[6]) * 100) / n;`,
    'hand: branchless, unrolled ×4': `let p = 0, d = 0; const n = a.length; let i = 0;
      for (; i + 3 < n; i += 4) { const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3];
        p += +(v0 >= 9) + +(v1 >= 9) + +(v2 >= 9) + +(v3 >= 9); d += +(v0 <= 6) + +(v1 <= 6) + +(v2 <= 6) + +(v3 <= 6); }
      for (; i < n; i++) { const v = a[i]; p += +(v >= 9); d += +(v <= 6); }
      return ((p - d) * 100) / n;`,
  },
  csat: {
    'hand: if counter': `let p = 0; const n = a.length; for (let i = 0; i < n; i++) if (a[i] >= 4) p++; return (p * 100) / n;`,
    'hand: branchless counter': `let p = 0; const n = a.length; for (let i = 0; i < n; i++) p += +(a[i] >= 4); return (p * 100) / n;`,
    'hand: branchless, unrolled ×4': `let p = 0; const n = a.length; let i = 0;
      for (; i + 3 < n; i += 4) p += +(a[i] >= 4) + +(a[i + 1] >= 4) + +(a[i + 2] >= 4) + +(a[i + 3] >= 4);
      for (; i < n; i++) p += +(a[i] >= 4);
      return (p * 100) / n;`,
    'hand: branchless, unrolled ×8': `let p = 0; const n = a.length; let i = 0;
      for (; i + 7 < n; i += 8) p += +(a[i] >= 4) + +(a[i + 1] >= 4) + +(a[i + 2] >= 4) + +(a[i + 3] >= 4) + +(a[i + 4] >= 4) + +(a[i + 5] >= 4) + +(a[i + 6] >= 4) + +(a[i + 7] >= 4);
      for (; i < n; i++) p += +(a[i] >= 4);
      return (p * 100) / n;`,
  },
  ces: {
    'hand: sum': `let s = 0; const n = a.length; for (let i = 0; i < n; i++) s += a[i]; return s / n;`,
    'hand: sum, unrolled ×4': `let s0 = 0, s1 = 0, s2 = 0, s3 = 0; const n = a.length; let i = 0;
      for (; i + 3 < n; i += 4) { s0 += a[i]; s1 += a[i + 1]; s2 += a[i + 2]; s3 += a[i + 3]; }
      for (; i < n; i++) s0 += a[i];
      return (s0 + s1 + s2 + s3) / n;`,
    'hand: sum, unrolled ×8': `let s0 = 0, s1 = 0, s2 = 0, s3 = 0; const n = a.length; let i = 0;
      for (; i + 7 < n; i += 8) { s0 += a[i] + a[i + 4]; s1 += a[i + 1] + a[i + 5]; s2 += a[i + 2] + a[i + 6]; s3 += a[i + 3] + a[i + 7]; }
      for (; i < n; i++) s0 += a[i];
      return (s0 + s1 + s2 + s3) / n;`,
  },
  tally: {
    'hand: count table': `const c = new Float64Array(11); const n = a.length;
      for (let i = 0; i < n; i++) c[a[i]]++;
      return c;`,
    'hand: count table, unrolled ×4': `const c = new Float64Array(11); const n = a.length; let i = 0;
      for (; i + 3 < n; i += 4) { c[a[i]]++; c[a[i + 1]]++; c[a[i + 2]]++; c[a[i + 3]]++; }
      for (; i < n; i++) c[a[i]]++;
      return c;`,
  },
};

/** The idiomatic one-liners. */
const IDIOMATIC = {
  nps: ['filter(...).length', (a) => ((a.filter((v) => v >= 9).length - a.filter((v) => v <= 6).length) * 100) / a.length],
  csat: ['filter(...).length', (a) => (a.filter((v) => v >= 4).length * 100) / a.length],
  ces: ['reduce((s, v) => s + v) / length', (a) => a.reduce((s, v) => s + v, 0) / a.length],
  tally: ['filter(...).length per point', (a) => Float64Array.from({ length: 11 }, (_, k) => a.filter((v) => v === k).length)],
};

const data = {
  nps: answers(N, 0, 10, 1),
  csat: answers(N, 1, 5, 2),
  ces: answers(N, 1, 7, 3),
  tally: answers(N, 0, 10, 4),
};
const library = {
  nps: (a) => nps(a),
  csat: (a) => csat(a),
  ces: (a) => ces(a),
  tally: (a) => tally(a, { min: 0, max: 10 }).counts,
};
const sameCounts = (x, y) => x.length === y.length && Array.prototype.every.call(x, (v, i) => v === y[i]);

console.log(`survey scores over ${N.toLocaleString('en')} responses`);
console.log(`machine: ${machine()}`);
const summary = [];
const kinds = /** @type {const} */ (['number[]', 'Uint8Array', 'Float64Array']);
for (const kind of kinds) {
  for (const metric of /** @type {const} */ (['nps', 'csat', 'ces', 'tally'])) {
    const a = kind === 'number[]' ? data[metric] : kind === 'Uint8Array' ? Uint8Array.from(data[metric]) : Float64Array.from(data[metric]);
    const [idiomName, idiom] = IDIOMATIC[metric];
    const contenders = [
      { name: `cx-metrics ${metric}()`, fn: () => library[metric](a), role: /** @type {const} */ ('library') },
      ...Object.entries(HAND[metric]).map(([name, src]) => {
        const f = new Function('a', src);
        return { name, fn: () => f(a), role: /** @type {const} */ ('hand') };
      }),
      { name: `idiomatic: ${idiomName}`, fn: () => idiom(a), role: /** @type {const} */ ('idiomatic'), rounds: 3 },
    ];
    const timings = race(contenders, { same: metric === 'tally' ? sameCounts : Object.is });
    const r = report(`${metric} on ${kind}`, N, timings);
    const plain = timings.find((t) => t.name === 'hand: sum');
    summary.push({ ...r, metric, kind, vsPlainSum: plain && r.library !== undefined ? r.library / plain.median : NaN });
  }
}

console.log('\nsummary (targets: library ≤ 1.3× the fastest hand loop; idiomatic ≥ 20× the library)');
for (const s of summary) {
  const hand = s.vsHand <= 1.3 ? 'met' : 'MISSED';
  const idiom = s.vsIdiomatic >= 20 ? 'met' : 'MISSED';
  console.log(`  ${s.title.padEnd(24)} ${s.vsHand.toFixed(2)}× hand (${hand})   idiomatic ${s.vsIdiomatic.toFixed(1)}× slower (${idiom})`);
}

console.log('\nthe hot paths of the one-pipeline rewrite');
for (const s of summary.filter((x) => x.metric === 'ces' && x.kind !== 'number[]')) {
  console.log(`  ces on ${s.kind.padEnd(13)} ${s.vsPlainSum.toFixed(2)}× the plain sum loop (target ≤ 1.1×: ${s.vsPlainSum <= 1.1 ? 'met' : 'MISSED'})`);
}
const npsOf = (kind) => summary.find((x) => x.metric === 'nps' && x.kind === kind)?.library ?? NaN;
const floatVsArray = npsOf('Float64Array') / npsOf('number[]');
console.log(`  nps on Float64Array ${floatVsArray.toFixed(2)}× nps on number[] (target ≤ 1.0×, as fast: ${floatVsArray <= 1.0 ? 'met' : 'MISSED'})`);
