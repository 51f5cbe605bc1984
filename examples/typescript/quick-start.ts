// Quick start in TypeScript, checked against the built type declarations.
import assert from 'node:assert/strict';
import {
  cesSummary,
  csatSummary,
  MetricError,
  nps,
  type CesSummary,
  type CsatSummary,
  type NpsCounts,
} from 'cx-metrics';

const counts: NpsCounts = { promoters: 70, passives: 20, detractors: 10 };
const score: number = nps(counts);
assert.equal(score, 60);

// From raw answers the mean is a number; from counts without a sum it may be undefined.
const fromAnswers: CsatSummary = csatSummary(Uint8Array.of(5, 4, 3, 2));
const mean: number = fromAnswers.mean;
assert.equal(mean, 3.5);
const fromCounts: CsatSummary<number | undefined> = csatSummary({ positive: 3, count: 4 });
assert.equal(fromCounts.mean, undefined);

const effort: CesSummary = cesSummary([7, 6, 4, 1]);
assert.equal(effort.easyShare, 50);

try {
  nps([10, 9.5]);
  assert.fail('expected a MetricError');
} catch (error) {
  assert.ok(error instanceof MetricError);
  assert.equal(error.code, 'NOT_INTEGER');
}
console.log('quick start (TypeScript): ok');
