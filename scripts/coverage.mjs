// Prints the coverage table of docs/statistics.md, from the build:
//   npm run build && node scripts/coverage.mjs
import { csatInterval, npsInterval } from 'cx-metrics';
import { simulateCoverage } from './coverage-simulation.mjs';

const rows = simulateCoverage({ npsInterval, csatInterval });
console.log('| true distribution | true NPS | true CSAT | n | NPS adjusted Wald | CSAT Wilson |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const pct = (x) => `${(x * 100).toFixed(2)}%`;
  console.log(`| ${r.distribution} | ${r.trueNps.toFixed(0)} | ${r.trueCsat.toFixed(0)} | ${r.n} | ${pct(r.npsCoverage)} | ${pct(r.csatCoverage)} |`);
}
