// @ts-check
/**
 * Why src/survey/responses.ts validates the way it does: variants of a
 * validated NPS pass (count promoters 9–10 and detractors 0–6, reject
 * anything that is not a whole number 0–10) over 10 million answers in a
 * packed number[], with the scale's bounds passed as arguments as the
 * library does. The library's choice is the table lookup.
 */
import { machine, race, report } from './harness.mjs';

const N = Number(process.env.BENCH_N ?? 10_000_000);
let seed = 7;
const answers = [];
for (let i = 0; i < N; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  answers.push(Math.floor((seed / 4294967296) * 11));
}

const tail = `for (; i < n; i++) { const v = a[i]; if (v - min >>> 0 > max - min || (v | 0) !== v) throw new Error('bad ' + i); high += +(v >= from); low += +(v <= upTo); }`;
const VARIANTS = {
  'range + integer test, not unrolled': `let high = 0, low = 0, i = 0;
    for (; i < n; i++) { const v = a[i]; if (!(v >= min && v <= max) || (v | 0) !== v) throw new Error('bad ' + i); high += +(v >= from); low += +(v <= upTo); }
    return high * 1e8 + low;`,
  'unsigned range + integer test, ×4': `const span = max - min; let high = 0, low = 0, i = 0;
    for (; i + 3 < n; i += 4) { const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3];
      if (v0 - min >>> 0 > span || v1 - min >>> 0 > span || v2 - min >>> 0 > span || v3 - min >>> 0 > span || (v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3) throw new Error('bad ' + i);
      high += +(v0 >= from) + +(v1 >= from) + +(v2 >= from) + +(v3 >= from); low += +(v0 <= upTo) + +(v1 <= upTo) + +(v2 <= upTo) + +(v3 <= upTo); }
    ${tail} return high * 1e8 + low;`,
  'branch-free bad accumulator, ×4': `let high = 0, low = 0, i = 0, bad = 0;
    for (; i + 3 < n; i += 4) { const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3];
      if ((v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3) throw new Error('bad ' + i);
      bad |= (v0 - min) | (max - v0) | (v1 - min) | (max - v1) | (v2 - min) | (max - v2) | (v3 - min) | (max - v3);
      high += +(v0 >= from) + +(v1 >= from) + +(v2 >= from) + +(v3 >= from); low += +(v0 <= upTo) + +(v1 <= upTo) + +(v2 <= upTo) + +(v3 <= upTo); }
    ${tail} if (bad < 0) throw new Error('bad'); return high * 1e8 + low;`,
  'table lookup w[v - min], ×8 (the library)': `const LOW = 2 ** 26; const w = new Float64Array(max - min + 1);
    for (let k = 0; k < w.length; k++) w[k] = (min + k >= from ? 1 : 0) + (min + k <= upTo ? LOW : 0);
    let s0 = 0, s1 = 0, i = 0;
    for (; i + 7 < n; i += 8) { const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3], v4 = a[i + 4], v5 = a[i + 5], v6 = a[i + 6], v7 = a[i + 7];
      if ((v0 | 0) !== v0 || (v1 | 0) !== v1 || (v2 | 0) !== v2 || (v3 | 0) !== v3 || (v4 | 0) !== v4 || (v5 | 0) !== v5 || (v6 | 0) !== v6 || (v7 | 0) !== v7) throw new Error('bad ' + i);
      s0 += w[v0 - min] + w[v2 - min] + w[v4 - min] + w[v6 - min]; s1 += w[v1 - min] + w[v3 - min] + w[v5 - min] + w[v7 - min]; }
    for (; i < n; i++) { const v = a[i]; if ((v | 0) !== v) throw new Error('bad ' + i); s0 += w[v - min]; }
    const s = s0 + s1; if (s !== s) throw new Error('bad'); const low = Math.floor(s / LOW); return (s - low * LOW) * 1e8 + low;`,
  'no validation, ×4 (the fastest hand loop)': `let high = 0, low = 0, i = 0;
    for (; i + 3 < n; i += 4) { const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3];
      high += +(v0 >= 9) + +(v1 >= 9) + +(v2 >= 9) + +(v3 >= 9); low += +(v0 <= 6) + +(v1 <= 6) + +(v2 <= 6) + +(v3 <= 6); }
    for (; i < n; i++) { const v = a[i]; high += +(v >= 9); low += +(v <= 6); }
    return high * 1e8 + low;`,
};

console.log(`validated NPS passes over ${N.toLocaleString('en')} answers in a number[]`);
console.log(`machine: ${machine()}`);
const contenders = Object.entries(VARIANTS).map(([name, body]) => {
  const f = new Function('a', 'n', 'min', 'max', 'from', 'upTo', body);
  const role = name.startsWith('no validation') ? 'hand' : name.includes('(the library)') ? 'library' : 'variant';
  return { name, fn: () => f(answers, answers.length, 0, 10, 9, 6), role: /** @type {any} */ (role) };
});
report('variants', N, race(contenders));
