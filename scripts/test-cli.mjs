// Runs the built command (dist/cli.js) as a user does, in its own process:
// 1 M rows of CSV in a 64 MB heap, checked against counts kept while the
// file was written; and bad data and bad arguments, which must end with one
// line on stderr and no stack trace.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../examples/lib/random.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');
if (!existsSync(bin)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
const ROWS = Number(process.env.CLI_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-cli-'));
let failures = 0;
const check = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
};

try {
  // 1 M answers of 4 teams over 2026, with their counts per team and month kept as they are written
  const file = join(dir, 'answers.csv');
  const out = createWriteStream(file);
  const random = mulberry32(15);
  const teams = ['north', 'south', 'east', 'west'];
  const counts = new Map();
  out.write('team,score,answeredAt,comment\r\n');
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < ROWS; i++) {
    const team = teams[i % 4];
    const score = Math.min(10, Math.floor(random() * 11.5));
    const at = new Date(start + Math.floor(random() * 364 * 86_400_000));
    const month = at.toISOString().slice(0, 7) + '-01';
    const key = `${team} ${month}`;
    const c = counts.get(key) ?? { n: 0, promoters: 0, detractors: 0 };
    c.n++;
    if (score >= 9) c.promoters++;
    else if (score <= 6) c.detractors++;
    counts.set(key, c);
    const comment = i % 97 === 0 ? '"a comment, with ""quotes""\r\nand a line break"' : '';
    if (!out.write(`${team},${score},${at.toISOString()},${comment}\r\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));

  const began = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'nps', file, '--by', 'team', '--every', 'month', '--time-column', 'answeredAt', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - began) / 1000;
  check(`nps on ${ROWS.toLocaleString('en')} rows in a 64 MB heap exits 0`, run.status === 0, run.status === 0 ? `${seconds.toFixed(1)} s` : run.stderr.slice(0, 400));
  if (run.status === 0) {
    const rows = JSON.parse(run.stdout);
    let agree = rows.length === counts.size;
    for (const r of rows) {
      const c = counts.get(`${r.team} ${r.month}`);
      const score = ((c.promoters - c.detractors) * 100) / c.n;
      if (c === undefined || r.count !== c.n || Math.abs(r.score - score) > 1e-9 * Math.max(1, Math.abs(score))) agree = false;
    }
    check('every team and month has the counts and NPS of the rows written', agree, `${rows.length} groups`);
  }

  const bad = join(dir, 'bad.csv');
  const badOut = createWriteStream(bad);
  badOut.end('team,score\nnorth,10\nsouth,\n');
  await new Promise((r) => badOut.once('finish', r));
  const blank = spawnSync(process.execPath, [bin, 'nps', bad], { encoding: 'utf8' });
  check('a blank cell exits 1 with its place and no stack trace', blank.status === 1 && blank.stderr.startsWith(`cx-metrics: ${bad}:3:7:`) && !/\n\s+at /.test(blank.stderr), blank.stderr.trim());
  const usage = spawnSync(process.execPath, [bin, 'nps', bad, '--confidence', 'high'], { encoding: 'utf8' });
  check('a bad argument exits 2 with no stack trace', usage.status === 2 && !/\n\s+at /.test(usage.stderr), usage.stderr.trim().split('\n')[0]);
  const missing = spawnSync(process.execPath, [bin, 'nps', join(dir, 'nope.csv')], { encoding: 'utf8' });
  check('a missing file exits 1 with no stack trace', missing.status === 1 && !/\n\s+at /.test(missing.stderr), missing.stderr.trim());
  const help = spawnSync(bin, ['--help'], { encoding: 'utf8' });
  check('dist/cli.js runs as a program (#!) and --help exits 0', help.status === 0 && help.stdout.startsWith('Usage: cx-metrics'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`\n${failures} check(s) of the command failed`);
  process.exit(1);
}
console.log('\nthe command passed every check');
