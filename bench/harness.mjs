// @ts-check
/**
 * A small benchmark harness: contenders run in interleaved rounds (so that
 * drift in machine speed touches all of them alike), each round timing one
 * call; the median of the rounds is reported, and beside it the ratio of the
 * least rounds (wall clock and CPU time), which a loaded machine disturbs
 * least. Every contender must return the same answer, or the benchmark stops.
 */
import { cpus, totalmem } from 'node:os';

/** @typedef {{ name: string, fn: () => unknown, rounds?: number, role?: 'library' | 'hand' | 'idiomatic' }} Contender */
/**
 * `median` and `min` are wall-clock milliseconds over the rounds; `cpuMin` is
 * the least CPU time (user + system) of a round, which a machine shared with
 * other processes disturbs least.
 * @typedef {{ name: string, role: string, median: number, min: number, cpuMin: number, result: unknown }} Timing
 */

export function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;
}

/**
 * @param {Contender[]} contenders
 * @param {{ rounds?: number, warmup?: number, same?: (a: unknown, b: unknown) => boolean }} [options]
 * @returns {Timing[]}
 */
export function race(contenders, { rounds = 15, warmup = 3, same = Object.is } = {}) {
  const results = contenders.map((c) => c.fn());
  for (let i = 1; i < results.length; i++) {
    if (!same(results[i], results[0])) {
      throw new Error(`${contenders[i]?.name} returned ${String(results[i])}, ${contenders[0]?.name} ${String(results[0])}`);
    }
  }
  for (let w = 1; w < warmup; w++) for (const c of contenders) if ((c.rounds ?? rounds) >= rounds) c.fn();
  /** @type {number[][]} */
  const times = contenders.map(() => []);
  const cpu = contenders.map(() => Infinity);
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((c, j) => {
      if (r >= (c.rounds ?? rounds)) return;
      gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      c.fn();
      times[j]?.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[j] = Math.min(cpu[j] ?? Infinity, (used.user + used.system) / 1000);
    });
  }
  return contenders.map((c, j) => ({
    name: c.name,
    role: c.role ?? 'hand',
    median: median(times[j] ?? []),
    min: Math.min(...(times[j] ?? [])),
    cpuMin: cpu[j] ?? NaN,
    result: results[j],
  }));
}

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/**
 * Prints one benchmark's timings as a table with ratios to the fastest
 * hand-written loop, and returns the ratios of interest.
 * @param {string} title
 * @param {number} items
 * @param {Timing[]} timings
 */
export function report(title, items, timings) {
  const hands = timings.filter((t) => t.role === 'hand');
  const fastest = hands.reduce((a, b) => (b.median < a.median ? b : a));
  const library = timings.find((t) => t.role === 'library');
  const idiomatic = timings.find((t) => t.role === 'idiomatic');
  console.log(`\n${title}`);
  for (const t of timings) {
    const rate = items / (t.median / 1000) / 1e6;
    const mark = t === fastest ? ' (fastest hand loop)' : '';
    console.log(
      `  ${t.name.padEnd(44)} ${t.median.toFixed(2).padStart(9)} ms  ${rate.toFixed(0).padStart(6)} M/s  ${(t.median / fastest.median).toFixed(2).padStart(6)}×${mark}`,
    );
  }
  const vsHand = library ? library.median / fastest.median : NaN;
  // the same ratio from the least time of a round, wall clock and CPU, each against the fastest hand loop by that measure
  const least = (/** @type {'min' | 'cpuMin'} */ key) =>
    library ? library[key] / hands.reduce((a, b) => (b[key] < a[key] ? b : a))[key] : NaN;
  const vsIdiomatic = library && idiomatic ? idiomatic.median / library.median : NaN;
  console.log(
    `  → library / fastest hand loop: ${vsHand.toFixed(2)}×` +
      (idiomatic ? `; ${idiomatic.name} / library: ${vsIdiomatic.toFixed(1)}×` : ''),
  );
  console.log(`    (least round: ${least('min').toFixed(2)}× wall clock, ${least('cpuMin').toFixed(2)}× CPU time)`);
  return { title, library: library?.median, fastest: fastest.name, fastestMs: fastest.median, vsHand, vsIdiomatic };
}
