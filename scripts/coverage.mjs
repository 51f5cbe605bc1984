// Prints the coverage tables of docs/statistics.md, from the build:
//   npm run build && node scripts/coverage.mjs
import { csatInterval, npsInterval } from 'cx-metrics';
import { coverageTable, CSAT_METHODS, simulateCoverage } from './coverage-simulation.mjs';

const pct = (/** @type {number} */ x) => `${(x * 100).toFixed(2)}%`;

/** Whether the build's csatInterval takes every method of the tables. */
function takesMethods() {
  try {
    for (const method of CSAT_METHODS) csatInterval({ scale: { min: 1, max: 2 }, counts: [1, 1] }, /** @type {any} */ ({ method, positiveFrom: 2 }));
    return true;
  } catch {
    return false;
  }
}

const methods = takesMethods() ? CSAT_METHODS : [];
const rows = simulateCoverage({ npsInterval, csatInterval }, { csatMethods: methods });
console.log(`| true distribution | true NPS | true CSAT | n | NPS adjusted Wald | CSAT Wilson |${methods.map((m) => ` CSAT ${m} |`).join('')}`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: |${methods.map(() => ' ---: |').join('')}`);
for (const r of rows) {
  const extra = methods.map((m) => ` ${pct(r.csatCoverageByMethod[m] ?? NaN)} |`).join('');
  console.log(`| ${r.distribution} | ${r.trueNps.toFixed(0)} | ${r.trueCsat.toFixed(0)} | ${r.n} | ${pct(r.npsCoverage)} | ${pct(r.csatCoverage)} |${extra}`);
}

if (methods.length > 0) {
  console.log('\nExact coverage of 95% CSAT intervals:\n');
  console.log(`| n | true CSAT | ${methods.join(' | ')} |`);
  console.log(`| ---: | ---: |${methods.map(() => ' ---: |').join('')}`);
  for (const r of coverageTable({ npsInterval, csatInterval }, { methods })) {
    const share = Number.isNaN(r.share) ? 'lowest over 1–99%' : `${(r.share * 100).toFixed(0)}%`;
    console.log(`| ${r.n} | ${share} | ${methods.map((m) => `${((r.coverage[m] ?? NaN) * 100).toFixed(1)}%`).join(' | ')} |`);
  }
} else {
  console.log('\n(this build\'s csatInterval does not take every method: the per-method tables are left out)');
}
