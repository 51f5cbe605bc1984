// @ts-check
/**
 * The 90th percentile of 1 million durations by each of the nine quantile
 * methods, against simple-statistics' `quantile(d, 0.9)` (type 7, Floyd–Rivest
 * selection on a copy) in the same run; target: the linear method (type 7,
 * the same definition) within 1.0× of simple-statistics. The other methods
 * are other definitions, so their values differ from simple-statistics' and
 * are compared for speed only.
 *
 * The methods are timed through `quantile(values, q, { method })` when the
 * build has it; until then, through the internal function it will call
 * (src/_lib/quantile-methods.ts, bundled here with esbuild), which does not
 * validate the values and so is a little faster than the public function
 * will be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as ss from 'simple-statistics';
import * as lib from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const METHODS = /** @type {const} */ ([
  'inverted-cdf',
  'averaged-inverted-cdf',
  'closest-observation',
  'interpolated-inverted-cdf',
  'hazen',
  'weibull',
  'linear',
  'median-unbiased',
  'normal-unbiased',
]);

/** @typedef {(values: ArrayLike<number>, q: number, method: string) => number} QuantileFn */

/** The public `quantile` with `method` if the build has it, otherwise the internal function bundled from the source. */
async function quantileFunction() {
  const pub = /** @type {Record<string, unknown>} */ (lib)['quantile'];
  if (typeof pub === 'function') {
    try {
      pub([1, 2], 0.5, { method: 'hazen' });
      return { name: 'quantile', fn: /** @type {QuantileFn} */ ((v, q, method) => pub(v, q, { method })) };
    } catch {
      // a build without the method option: fall through
    }
  }
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'cx-quantile-'));
  const outfile = join(dir, 'quantile-methods.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/_lib/quantile-methods.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'warning',
  });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return {
    name: 'quantilesByMethod (internal)',
    fn: /** @type {QuantileFn} */ ((v, q, method) => mod.quantilesByMethod(v, [q], method)[0]),
  };
}

/** Durations in seconds, exponential with a mean of an hour, as a packed number[]. */
function durations(n, seed) {
  const random = mulberry32(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push(-Math.log(1 - random()) * 3600);
  return out;
}

const close = (/** @type {unknown} */ x, /** @type {unknown} */ y) => Math.abs(Number(x) - Number(y)) <= 1e-9 * Math.abs(Number(y));

const quantile = await quantileFunction();
console.log(`quantile methods: the 90th percentile of ${N.toLocaleString('en')} durations`);
console.log(`machine: ${machine()}`);
console.log(`timing: ${quantile.name}`);
const d = durations(N, 17);
const results = [];
for (const method of METHODS) {
  const timings = race(
    [
      { name: `cx-metrics ${method}`, fn: () => quantile.fn(d, 0.9, method), role: /** @type {const} */ ('library') },
      { name: 'simple-statistics quantile(d, 0.9)', fn: () => ss.quantile(d, 0.9), role: /** @type {const} */ ('hand') },
    ],
    // only type 7 is the same definition as simple-statistics'
    { same: method === 'linear' ? close : () => true, rounds: 9 },
  );
  results.push({ method, ...report(`${method}, p90 of ${N.toLocaleString('en')} values`, N, timings) });
}
console.log('\nsummary (library / simple-statistics):');
for (const r of results) {
  const target = r.method === 'linear' ? ` (target ≤ 1.0×: ${r.vsHand <= 1 ? 'met' : 'MISSED'})` : '';
  console.log(`  ${r.method.padEnd(28)} ${r.vsHand.toFixed(2)}×${target}`);
}
