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

// The models of issue 14, each on its published data set: CDNOW (above), the donors of
// Fader, Hardie & Shang 2010 (test/lifetime/fixtures/donations.csv) and the two cohorts of
// Fader & Hardie 2007. Targets: each fit under 100 ms warm (median of 15) and 250 ms cold.
const { fitBetaDiscreteWeibull, fitBgBb, fitMbgNbd, fitParetoNbd, fitShiftedBetaGeometric } = await import('cx-metrics');
const donations = readFileSync(fileURLToPath(new URL('../test/lifetime/fixtures/donations.csv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0 && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [frequency = 0, recency = 0, periods = 0, count = 0] = line.split(',').map(Number);
    return { frequency, recency, periods, count };
  });
const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
const highEnd = [1000, 869, 743, 653, 593, 551, 517, 491];
console.log('\nmore models, each on its data set (targets: warm < 100 ms, cold < 250 ms)');
for (const [name, fit] of /** @type {const} */ ([
  ['fitParetoNbd', () => fitParetoNbd(customers)],
  ['fitMbgNbd', () => fitMbgNbd(customers)],
  ['fitBgBb', () => fitBgBb(donations)],
  ['fitShiftedBetaGeometric', () => fitShiftedBetaGeometric(regular)],
  ['fitShiftedBetaGeometric ×2', () => fitShiftedBetaGeometric([regular, highEnd])],
  ['fitBetaDiscreteWeibull', () => fitBetaDiscreteWeibull(highEnd)],
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
  const met = warm < 100 && cold < 250;
  console.log(
    `  ${name.padEnd(27)} first ${cold.toFixed(1).padStart(6)} ms, then median ${warm.toFixed(1).padStart(6)} ms, ${String(first.iterations).padStart(3)} iterations, ln L ${first.logLikelihood.toFixed(2)} (${met ? 'met' : 'MISSED'})`,
  );
}
