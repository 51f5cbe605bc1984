// @ts-check
/**
 * fitBgNbd and fitGammaGamma on the CDNOW sample (2,357 customers; 946 repeat
 * buyers), read from ../shared/data/cdnow. Target (issue #8): each fit under
 * 250 ms. Reports the median of 15 fits after warm-up, the first (cold) fit,
 * and the iterations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitBgNbd, fitGammaGamma } from 'cx-metrics';
import { machine, median } from './harness.mjs';

const file = fileURLToPath(new URL('../../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url));
if (!existsSync(file)) {
  console.log(`lifetime models: ${file} is absent; nothing to measure`);
  process.exit(0);
}
const rows = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').map(Number));
const customers = rows.map(([, x, tx, T]) => ({ frequency: x ?? 0, recency: tx ?? 0, T: T ?? 0 }));
const buyers = rows.filter(([, x]) => (x ?? 0) > 0).map(([, x, , , z]) => ({ frequency: x ?? 0, monetaryValue: z ?? 0 }));

console.log(`lifetime models on CDNOW (${customers.length} customers, ${buyers.length} repeat buyers)`);
console.log(`machine: ${machine()}`);
for (const [name, fit] of /** @type {const} */ ([
  ['fitBgNbd', () => fitBgNbd(customers)],
  ['fitGammaGamma', () => fitGammaGamma(buyers)],
])) {
  let start = performance.now();
  const first = fit();
  const cold = performance.now() - start;
  const times = [];
  for (let i = 0; i < 15; i++) {
    start = performance.now();
    fit();
    times.push(performance.now() - start);
  }
  const warm = median(times);
  console.log(
    `  ${name.padEnd(14)} first ${cold.toFixed(1).padStart(6)} ms, then median ${warm.toFixed(1).padStart(6)} ms, ${first.iterations} iterations (target < 250 ms: ${Math.max(cold, warm) < 250 ? 'met' : 'MISSED'})`,
  );
}
