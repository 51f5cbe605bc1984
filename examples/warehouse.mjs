// @ts-check
// From a warehouse: DuckDB (in-process) does the GROUP BY over 100,000
// answers, cx-metrics finishes with each team's NPS and its interval, and a
// comparison of the last two weeks. Run after `npm run build`:
//   node examples/warehouse.mjs
// The recipes for every family, and their dialect notes: docs/warehouse.md.
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { compareNps, nps, npsInterval } from 'cx-metrics';
import { mulberry32 } from './lib/random.mjs';

/**
 * A row's NPS counts, the BigInts DuckDB returns passed on as they are.
 * @param {Record<string, unknown>} row
 */
function countsOf(row) {
  return { promoters: /** @type {bigint} */ (row['promoters']), passives: /** @type {bigint} */ (row['passives']), detractors: /** @type {bigint} */ (row['detractors']) };
}

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run("SET TimeZone = 'UTC'");
await db.run('CREATE TABLE survey_answers (team VARCHAR, answered_at TIMESTAMPTZ, score INTEGER)');

// 100,000 seeded answers from three teams over March 2026
const random = mulberry32(42);
const teams = ['billing', 'onboarding', 'returns'];
/** @type {Map<string, number[]>} */
const raw = new Map(teams.map((t) => [t, []]));
const appender = await db.createAppender('survey_answers');
for (let i = 0; i < 100_000; i++) {
  const team = teams[i % 3] ?? 'billing';
  const score = Math.min(10, Math.floor(random() ** (0.6 + 0.1 * (i % 3)) * 11));
  appender.appendVarchar(team);
  appender.appendVarchar(new Date(Date.UTC(2026, 2, 1) + Math.floor(random() * 31 * 86_400_000)).toISOString());
  appender.appendInteger(score);
  appender.endRow();
  raw.get(team)?.push(score);
}
appender.closeSync();

// the database counts; cx-metrics computes
const result = await db.runAndReadAll(`
  SELECT team,
         SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS promoters,
         SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END) AS passives,
         SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS detractors
  FROM survey_answers GROUP BY team ORDER BY team`);
console.log('team         NPS   95% interval');
for (const row of result.getRowObjects()) {
  // DuckDB returns SUM of integers as BigInt, which cx-metrics reads exactly (up to 2^53 − 1)
  const counts = countsOf(row);
  const i = npsInterval(counts);
  const team = String(row['team']);
  assert.equal(i.score, nps(raw.get(team) ?? []), 'the NPS of the counts is the NPS of the answers');
  console.log(`${team.padEnd(11)} ${i.score.toFixed(1).padStart(5)}   ${i.lower.toFixed(1)} to ${i.upper.toFixed(1)}`);
}

// this week against the week before, in the team's time zone
const weeks = await db.runAndReadAll(`
  SELECT CAST(date_trunc('week', answered_at AT TIME ZONE 'Europe/Berlin') AS DATE) AS week,
         SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS promoters,
         SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END) AS passives,
         SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS detractors
  FROM survey_answers WHERE team = 'billing'
  GROUP BY week ORDER BY week DESC LIMIT 3`);
// the newest week is still running: compare the two before it
const [, last, before] = weeks.getRowObjects().map((r) => ({
  week: String(r['week']),
  counts: countsOf(r),
}));
if (last !== undefined && before !== undefined) {
  const change = compareNps(last.counts, before.counts);
  console.log(`billing, week of ${last.week} against ${before.week}: ${change.difference.toFixed(1)} points, p = ${change.pValue.toFixed(2)}`);
}
db.closeSync();
instance.closeSync();
console.log('warehouse example: ok');
