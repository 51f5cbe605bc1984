// @ts-check
/**
 * customerMovement on two lists of 1,000,000 customer ids, half of them in
 * both lists, side by side with hand-written Set-based loops that count the
 * same thing and check nothing. Target (issue #3): the library within 1.5× of
 * the fastest hand loop, with string ids. Number ids are measured too, for
 * information.
 *
 * The two lists are built as two exports would be parsed: separate string
 * objects for the same id, in shuffled order. Every contender returns the
 * number of retained customers, and the harness checks they agree.
 */
import { customerMovement } from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_IDS ?? 1_000_000);


/** @template T @param {T[]} xs @param {() => number} random */
function shuffle(xs, random) {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = /** @type {T} */ (xs[i]);
    xs[i] = /** @type {T} */ (xs[j]);
    xs[j] = t;
  }
  return xs;
}

/**
 * Two lists of n ids: the start holds customers 0 … n − 1, the end customers
 * n/2 … 3n/2 − 1, so half of each list is in the other.
 * @param {(k: number) => string | number} id
 */
function lists(id, seed) {
  const random = mulberry32(seed);
  const start = [];
  const end = [];
  for (let k = 0; k < N; k++) start.push(id(k));
  for (let k = N / 2; k < N / 2 + N; k++) end.push(id(k));
  return { start: shuffle(start, random), end: shuffle(end, random) };
}

// Customer numbers spread over a wider range, written as an export writes them.
const stringId = (/** @type {number} */ k) => `CUS-${String(10_000_000 + k * 7).padStart(9, '0')}`;
const numberId = (/** @type {number} */ k) => 10_000_000 + k * 7;

/** @type {Record<string, (a: readonly (string | number)[], b: readonly (string | number)[]) => number>} */
const HAND = {
  'hand: two Sets, then count the overlap': (a, b) => {
    const s = new Set(a);
    const e = new Set(b);
    let retained = 0;
    for (const id of e) if (s.has(id)) retained++;
    return retained;
  },
  'hand: end Set grown while counting (size)': (a, b) => {
    const s = new Set(a);
    const e = new Set();
    let retained = 0;
    for (let i = 0; i < b.length; i++) {
      const id = b[i];
      const size = e.size;
      e.add(id);
      if (e.size !== size && s.has(id)) retained++;
    }
    return retained;
  },
  'hand: end Set grown while counting (has)': (a, b) => {
    const s = new Set(a);
    const e = new Set();
    let retained = 0;
    for (const id of b) {
      if (!e.has(id)) {
        e.add(id);
        if (s.has(id)) retained++;
      }
    }
    return retained;
  },
};

console.log(`customerMovement on two lists of ${N.toLocaleString('en')} ids, half overlapping`);
console.log(`machine: ${machine()}`);
const summary = [];
for (const [kind, id] of /** @type {const} */ ([['string ids', stringId], ['number ids', numberId]])) {
  const { start, end } = lists(id, kind === 'string ids' ? 3 : 4);
  const contenders = [
    { name: 'cx-metrics customerMovement()', fn: () => customerMovement(start, end).retained, role: /** @type {const} */ ('library') },
    ...Object.entries(HAND).map(([name, f]) => ({ name, fn: () => f(start, end), role: /** @type {const} */ ('hand') })),
  ];
  summary.push(report(`customerMovement, ${kind}`, 2 * N, race(contenders, { rounds: 7, warmup: 2 })));
}

console.log('\nsummary (target: library ≤ 1.5× the fastest hand loop, string ids)');
for (const s of summary) {
  const verdict = s.vsHand <= 1.5 ? 'met' : 'MISSED';
  console.log(`  ${s.title.padEnd(32)} ${s.vsHand.toFixed(2)}× hand (${verdict})`);
}
