/**
 * Every SQL recipe of docs/warehouse.md, run on DuckDB (in-process) and on a
 * real PostgreSQL server over the same seeded data, and finished with
 * cx-metrics: the results must equal cx-metrics on the raw rows.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mulberry32 } from '../../examples/lib/random.mjs';
import { CsvReader } from '../../src/cli/csv.js';
import {
  averageFirstResponseTime,
  cesInterval,
  churnRate,
  csatInterval,
  csatSummary,
  customerMovement,
  customerRetentionRate,
  firstResponseTimeSummary,
  nps,
  npsInterval,
  npsSummary,
  periodStart,
  slaComplianceRate,
  tally,
  tallyRows,
} from '../../src/index.js';
import { cli } from '../cli/helpers.js';
import { postgresBin, startPostgres, type Postgres } from './postgres.js';

type Row = Record<string, number | bigint | string | null>;

/** The SQL blocks of the guide, by the name on their first line (`-- recipe: name`). */
const RECIPES = new Map(
  [...readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'warehouse.md'), 'utf8').matchAll(/^```sql\n-- recipe: ([\w-]+)\n([\s\S]*?)^```/gm)].map((m) => [m[1]!, m[2]!]),
);

// ---------------------------------------------------------------------------
// The seeded data, as rows in JavaScript and as CSV files for both engines

const random = mulberry32(2026);
const TEAMS = ['billing', 'onboarding', 'returns'];
const FEB = Date.parse('2026-02-20T00:00:00Z');
const SPAN = 60 * 86_400_000; // into April, across the change to summer time on 29 March
const iso = (ms: number) => new Date(ms).toISOString();

interface Answer { survey: 'nps' | 'csat' | 'ces'; team: string; answeredAt: string; score: number }
const answers: Answer[] = [];
for (const [survey, min, max, n] of [['nps', 0, 10, 3000], ['csat', 1, 5, 1500], ['ces', 1, 7, 1500]] as const) {
  for (let i = 0; i < n; i++) {
    const team = TEAMS[Math.floor(random() * TEAMS.length)]!;
    // a lean per team, so that teams differ
    const lean = TEAMS.indexOf(team) * 0.15;
    const score = Math.min(max, min + Math.floor(Math.pow(random(), 0.7 - lean / 2) * (max - min + 1)));
    answers.push({ survey, team, answeredAt: iso(FEB + Math.floor(random() * SPAN)), score });
  }
}

interface Ticket { team: string; createdAt: string; firstResponseAt: string | null; resolvedAt: string | null }
const tickets: Ticket[] = [];
for (let i = 0; i < 1200; i++) {
  const created = FEB + Math.floor(random() * SPAN);
  const reply = random() < 0.1 ? null : created + Math.floor(random() * 7200) * 1000;
  tickets.push({ team: TEAMS[i % 3]!, createdAt: iso(created), firstResponseAt: reply === null ? null : iso(reply), resolvedAt: null });
}

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'];
const active: { month: string; customerId: string }[] = [];
let current = new Set(Array.from({ length: 300 }, (_, i) => `c${i}`));
let next = 300;
for (const month of MONTHS) {
  for (const id of current) active.push({ month, customerId: id });
  current = new Set([...current].filter(() => random() > 0.12));
  for (let k = Math.floor(random() * 60); k > 0; k--) current.add(`c${next++}`);
}

function csvFile(dir: string, name: string, header: string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, [header.join(','), ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(','))].join('\n') + '\n');
  return path;
}

// ---------------------------------------------------------------------------
// The engines

/**
 * The one place where the drivers' values become JavaScript values, as a
 * driver gives them: DuckDB returns COUNT(*) and SUM of integers as BigInt
 * (passed to cx-metrics as they are) and dates as DuckDBDateValue; psql
 * prints every value as text, read here as node-postgres reads a bigint
 * column, with BigInt() for whole numbers.
 */
function plain(value: unknown): number | bigint | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : (value as { toString(): string }).toString();
  return /^-?\d+$/.test(text) ? BigInt(text) : /^-?\d+\.\d+$/.test(text) ? Number(text) : text;
}

/** A row with its whole numbers as numbers, to compare the two engines' rows (DuckDB's INTEGER is a number, psql's a BigInt). */
const numeric = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));

interface Engine {
  readonly name: string;
  query(sql: string): Promise<Row[]>;
}

async function duckdb(dir: string): Promise<{ engine: Engine; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  for (const statement of RECIPES.get('schema')!.split(/;\s*$/m).filter((s) => s.trim() !== '')) await connection.run(statement);
  for (const table of ['survey_answers', 'tickets', 'active_customers']) await connection.run(`COPY ${table} FROM '${join(dir, `${table}.csv`)}' (HEADER)`);
  return {
    engine: {
      name: 'DuckDB',
      async query(sql) {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
      },
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  const reader = new CsvReader('psql', (r) => records.push([...r.fields]));
  reader.push(text);
  reader.end();
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((name, k) => [name, r[k] === '' ? null : plain(r[k])])));
}

function postgres(server: Postgres, dir: string): Engine {
  server.query(RECIPES.get('schema')!);
  for (const table of ['survey_answers', 'tickets', 'active_customers']) {
    server.query(`\\copy ${table} FROM '${join(dir, `${table}.csv`)}' WITH (FORMAT csv, HEADER true)`);
  }
  return { name: 'PostgreSQL', query: (sql) => Promise.resolve(parseCsv(server.query(sql))) };
}

// ---------------------------------------------------------------------------

const bin = postgresBin();
if (bin === undefined) console.warn('\n*** SKIPPED: the PostgreSQL recipe tests: no PostgreSQL server programs, and apt-get could not install them here ***\n');

const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-warehouse-'));
csvFile(dir, 'survey_answers', ['survey', 'team', 'answered_at', 'score'], answers.map((a) => [a.survey, a.team, a.answeredAt, a.score]));
csvFile(dir, 'tickets', ['team', 'created_at', 'first_response_at', 'resolved_at'], tickets.map((t) => [t.team, t.createdAt, t.firstResponseAt, t.resolvedAt]));
csvFile(dir, 'active_customers', ['month', 'customer_id'], active.map((a) => [a.month, a.customerId]));

const engines: Engine[] = [];
const cleanups: (() => void)[] = [];
let pgServer: Postgres | undefined;
beforeAll(async () => {
  const duck = await duckdb(dir);
  engines.push(duck.engine);
  cleanups.push(duck.close);
  if (bin !== undefined) {
    const server = await startPostgres(bin);
    pgServer = server;
    cleanups.push(() => {
      server.stop();
    });
    engines.push(postgres(server, dir));
  }
}, 120_000);
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw rows grouped by a key, in key order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
const berlin = (at: string, every: 'week' | 'month') => periodStart(at, { every, timeZone: 'Europe/Berlin' });
const of = (survey: Answer['survey']) => answers.filter((a) => a.survey === survey);

describe('the guide has the recipes the tests run', () => {
  test('every recipe is there', () => {
    expect([...RECIPES.keys()].sort()).toStrictEqual(['ces-sums', 'csat-counts', 'first-response-totals', 'nps-counts', 'retention-movements', 'schema', 'score-tally', 'sla-counts']);
  });
  test('both engines ran, or the skip was announced', () => {
    expect(engines.map((e) => e.name)).toStrictEqual(bin === undefined ? ['DuckDB'] : ['DuckDB', 'PostgreSQL']);
  });
});

describe('recipes on each engine equal cx-metrics on the raw rows', () => {
  const each = (title: string, check: (rows: Row[]) => void) => {
    test(title, async () => {
      expect(engines.length).toBeGreaterThan(0);
      const results: Row[][] = [];
      const recipe = RECIPES.get(title.slice(0, title.indexOf(':')))!;
      for (const engine of engines) results.push(await engine.query(recipe));
      for (const rows of results) check(rows);
      // and the engines agree with each other to the last bit of every count
      for (const rows of results.slice(1)) expect(rows.map(numeric)).toStrictEqual(results[0]!.map(numeric));
    });
  };

  each('nps-counts: promoters, passives and detractors per team and ISO week in Berlin', (rows) => {
    const raw = groupBy(of('nps'), (a) => `${a.team} ${berlin(a.answeredAt, 'week')}`);
    expect(rows.map((r) => `${r['team']} ${r['week']}`)).toStrictEqual(raw.map(([k]) => k));
    raw.forEach(([, group], k) => {
      const scores = group.map((a) => a.score);
      const r = rows[k]!;
      // the counts as the driver returns them: BigInts, passed on as they are
      const counts = { promoters: r['promoters'] as bigint, passives: r['passives'] as bigint, detractors: r['detractors'] as bigint };
      expect(typeof counts.promoters).toBe('bigint');
      const s = npsSummary(scores);
      expect(npsSummary(counts)).toStrictEqual(s);
      const fromCounts = npsInterval(counts);
      const fromRaw = npsInterval(scores);
      expect([fromCounts.score, fromCounts.lower, fromCounts.upper]).toStrictEqual([fromRaw.score, fromRaw.lower, fromRaw.upper]);
    });
  });

  each('score-tally: answers per point of the scale, per team and month', (rows) => {
    const raw = groupBy(of('nps'), (a) => `${a.team} ${berlin(a.answeredAt, 'month')}`);
    const tallies = groupBy(rows, (r) => `${r['team']} ${r['month']}`);
    expect(tallies.map(([k]) => k)).toStrictEqual(raw.map(([k]) => k));
    raw.forEach(([, group], k) => {
      const scale = { min: 0, max: 10 };
      const rows = tallies[k]![1] as { score: number | bigint; answers: bigint }[];
      const fromRows = tallyRows(rows, { scale, value: 'score', count: 'answers' });
      expect(fromRows).toStrictEqual(tally(group.map((a) => a.score), scale));
      expect(nps(fromRows)).toBe(nps(group.map((a) => a.score)));
      // the scores with their counts as frequencies: the same answers
      const i = npsInterval(rows.map((r) => Number(r.score)), { frequencies: rows.map((r) => r.answers) });
      expect(i).toStrictEqual(npsInterval(group.map((a) => a.score)));
    });
  });

  each('csat-counts: positive, answers and their sum per team and month', (rows) => {
    const raw = groupBy(of('csat'), (a) => `${a.team} ${berlin(a.answeredAt, 'month')}`);
    expect(rows.map((r) => `${r['team']} ${r['month']}`)).toStrictEqual(raw.map(([k]) => k));
    raw.forEach(([, group], k) => {
      const r = rows[k]!;
      const counts = { positive: r['positive'] as bigint, count: r['answers'] as bigint, sum: r['score_sum'] as bigint };
      const scores = group.map((a) => a.score);
      expect(csatSummary(counts)).toStrictEqual(csatSummary(scores));
      const [a, b] = [csatInterval(counts), csatInterval(scores)];
      expect([a.lower, a.upper]).toStrictEqual([b.lower, b.upper]);
    });
  });

  each('ces-sums: count, sum and sum of squares per team give the interval of the raw answers', (rows) => {
    const raw = groupBy(of('ces'), (a) => a.team);
    expect(rows.map((r) => r['team'])).toStrictEqual(raw.map(([k]) => k));
    raw.forEach(([, group], k) => {
      const r = rows[k]!;
      const fromCounts = cesInterval({ sum: r['score_sum'] as bigint, count: r['answers'] as bigint, sumOfSquares: r['score_squares'] as bigint });
      const fromRaw = cesInterval(group.map((a) => a.score));
      expect(fromCounts.score).toBe(fromRaw.score);
      // the variance from Σx and Σx² and the one from the values agree to rounding
      expect(fromCounts.lower).toBeCloseTo(fromRaw.lower, 10);
      expect(fromCounts.upper).toBeCloseTo(fromRaw.upper, 10);
    });
  });

  each('first-response-totals: the average from the totals equals the average of the tickets, and the left-out count', (rows) => {
    const raw = groupBy(tickets, (t) => `${t.team} ${berlin(t.createdAt, 'month')}`);
    expect(rows.map((r) => `${r['team']} ${r['month']}`)).toStrictEqual(raw.map(([k]) => k));
    raw.forEach(([, group], k) => {
      const r = rows[k]!;
      const fromTotals = averageFirstResponseTime({ sum: r['response_seconds'] as number | bigint, count: r['answered'] as bigint });
      expect(fromTotals).toBeCloseTo(averageFirstResponseTime(group, { unit: 'seconds' }), 9);
      expect(Number(r['left_out'])).toBe(firstResponseTimeSummary(group).leftOut);
    });
  });

  each('sla-counts: the rate from the counts equals the rate of the tickets against one hour', (rows) => {
    const raw = groupBy(tickets, (t) => t.team);
    raw.forEach(([, group], k) => {
      const r = rows[k]!;
      expect(slaComplianceRate({ met: r['met'] as bigint, measured: r['measured'] as bigint })).toBe(slaComplianceRate(group, { target: 3600, unit: 'seconds' }));
    });
  });

  each('retention-movements: start, end, acquired and lost equal customerMovement on the lists of ids', (rows) => {
    const byMonth = new Map(groupBy(active, (a) => a.month).map(([m, group]) => [m, group.map((a) => a.customerId)]));
    expect(rows.map((r) => r['month'])).toStrictEqual(MONTHS.slice(1));
    rows.forEach((r, k) => {
      const movement = customerMovement(byMonth.get(MONTHS[k]!)!, byMonth.get(MONTHS[k + 1]!)!);
      expect(numeric({ start: r['start_count']!, end: r['end_count']!, acquired: r['acquired']!, lost: r['lost']! })).toStrictEqual({
        start: movement.start,
        end: movement.end,
        acquired: movement.acquired,
        lost: movement.lost,
      });
      const counts = { start: r['start_count'] as bigint, end: r['end_count'] as bigint, acquired: r['acquired'] as bigint };
      expect(customerRetentionRate(counts)).toBe(movement.retentionRate);
      expect(churnRate({ start: counts.start, lost: r['lost'] as bigint })).toBe(movement.churnRate);
    });
  });
});

describe.skipIf(bin === undefined)('psql --csv piped into the command', () => {
  test('gives the counts of each team and week that the nps-counts recipe gives', async () => {
    const counts = await engines.find((e) => e.name === 'PostgreSQL')!.query(RECIPES.get('nps-counts')!);
    // timestamps as psql writes them: '2026-03-02 10:00:00+00'
    const exported = pgServer!.query("SELECT team, score, answered_at FROM survey_answers WHERE survey = 'nps'");
    expect(exported.split('\n')[1]).toMatch(/^\w+,\d+,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00$/);
    const outcome = await cli(['nps', '-', '--by', 'team', '--every', 'week', '--time-column', 'answered_at', '--time-zone', 'Europe/Berlin', '--format', 'json'], {}, { stdin: exported });
    expect(outcome.stderr).toBe('');
    const results = (JSON.parse(outcome.stdout) as Row[]).sort((a, b) => (`${a['team']} ${a['week']}` < `${b['team']} ${b['week']}` ? -1 : 1));
    expect(results.map((r) => [r['team'], r['week'], r['promoters'], r['passives'], r['detractors']])).toStrictEqual(
      counts.map(numeric).map((r) => [r['team'], r['week'], r['promoters'], r['passives'], r['detractors']]),
    );
  });
});
