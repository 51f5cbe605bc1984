// @ts-check
// Quick start, as CommonJS. Run after `npm run build`: node examples/quick-start.cjs
const assert = require('node:assert/strict');
const { businessCalendar, businessDuration, csat, MetricError, nps } = require('cx-metrics');

// 60% promoters and 20% detractors → 40
assert.equal(nps({ promoters: 60, passives: 20, detractors: 20 }), 40);
// 30 positive of 50 → 60
assert.equal(csat({ positive: 30, count: 50 }), 60);
assert.throws(() => csat([]), MetricError);
// Monday 09:00 to 17:00 in Copenhagen is one working day of 8 hours
const office = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { monday: [['09:00', '17:00']] } });
assert.equal(businessDuration(office, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z'), 8 * 3_600_000);
assert.equal(businessCalendar.always().timeZone, 'UTC');
console.log('quick start (CommonJS): ok');
