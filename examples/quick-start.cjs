// @ts-check
// Quick start, as CommonJS. Run after `npm run build`: node examples/quick-start.cjs
const assert = require('node:assert/strict');
const { csat, MetricError, nps } = require('cx-metrics');

// 60% promoters and 20% detractors → 40
assert.equal(nps({ promoters: 60, passives: 20, detractors: 20 }), 40);
// 30 positive of 50 → 60
assert.equal(csat({ positive: 30, total: 50 }), 60);
assert.throws(() => csat([]), MetricError);
console.log('quick start (CommonJS): ok');
