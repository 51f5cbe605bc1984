/**
 * How long the fuzz suite runs. `npm test` takes the defaults, a few seconds
 * on two cores; `npm run fuzz` (scripts/fuzz.mjs) sets a long run.
 *
 * - `FUZZ_RUNS`: calls per export (default 150): a fifth junk, a fifth valid
 *   inputs, the rest valid inputs with one part made extreme;
 * - `FUZZ_SEED`: the seed (default fixed, so that `npm test` is repeatable);
 * - `FUZZ_BOUND_MS`: how long one call may take before it counts as a hang
 *   (default 2000 ms, generous because the test machine may be loaded);
 * - `FUZZ_ONLY`: a comma-separated list of exports to fuzz (default all);
 * - `FUZZ_SHARD`: `k/n`, fuzz only the k-th of n shares of the exports
 *   (k from 1 to n, every n-th export in name order), so that n processes
 *   can share a long run (scripts/fuzz.mjs starts one per core).
 */
function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a whole number > 0, got ${raw}`);
  return value;
}

export const RUNS = positive('FUZZ_RUNS', 150);
export const SEED = positive('FUZZ_SEED', 20260716);
export const BOUND_MS = positive('FUZZ_BOUND_MS', 2000);
/** Whether this is the long run, which prints more. */
export const LONG = process.env['FUZZ_LONG'] === '1';
/** The exports to fuzz, or `undefined` for all. */
export const ONLY: ReadonlySet<string> | undefined =
  process.env['FUZZ_ONLY'] === undefined || process.env['FUZZ_ONLY'] === '' ? undefined : new Set(process.env['FUZZ_ONLY'].split(',').map((s) => s.trim()));

/** The share of the exports this process fuzzes: `[k, n]` (1 ≤ k ≤ n), or `undefined` for all. */
export const SHARD: readonly [number, number] | undefined = (() => {
  const raw = process.env['FUZZ_SHARD'];
  if (raw === undefined || raw === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (match === null || !(k >= 1 && k <= n)) throw new Error(`FUZZ_SHARD must be k/n with 1 ≤ k ≤ n, got ${raw}`);
  return [k, n] as const;
})();
