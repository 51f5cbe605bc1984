// @ts-check
// Quick start, as an ES module. Run after `npm run build`: node examples/quick-start.mjs
// It imports the package by its name, so it runs against the build in dist/.
import assert from 'node:assert/strict';
import { ces, csat, isMetricError, mergeTallies, nps, npsSummary, tally } from 'cx-metrics';

// NPS from raw answers 0–10 and from counts: 70% promoters, 10% detractors → 60
const answers = [10, 10, 10, 10, 10, 9, 9, 8, 7, 3];
assert.equal(nps(answers), 60);
assert.equal(nps({ promoters: 70, passives: 20, detractors: 10 }), 60);
console.log('NPS', nps(answers), npsSummary(answers));

// CSAT: 160 of 200 answers are 4 or 5 → 80
assert.equal(csat({ positive: 160, count: 200 }), 80);
console.log('CSAT', csat([5, 4, 4, 3, 1]));

// CES on a 1–7 scale: the mean answer
assert.equal(ces([7, 6, 6, 5]), 6);
console.log('CES', ces([7, 6, 6, 5]));

// Tallies of two days add up
const scale = { min: 0, max: 10 };
const both = mergeTallies(tally([10, 9, 6], scale), tally([8, 10], scale));
assert.equal(nps(both), 40);

// Bad input fails loudly
assert.throws(() => nps([10, 11]), (error) => isMetricError(error) && error.code === 'OUT_OF_RANGE');
console.log('quick start (ESM): ok');
