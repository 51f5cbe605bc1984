// @ts-check
/**
 * The cx-metrics command on 1 M rows of CSV (NPS per team and month, in a
 * 64 MB heap), beside the short script an analyst would write in the same
 * run: read the file whole, split lines and commas, count per group. The
 * script quotes nothing, checks nothing and knows no periods in a zone,
 * so it is the floor the command's extra work is measured against.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../examples/lib/random.mjs';
import { machine, median } from './harness.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-bench-'));
try {
  const file = join(dir, 'answers.csv');
  const out = createWriteStream(file);
  const random = mulberry32(5);
  out.write('team,score,answeredAt\n');
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 364 * 86_400_000)).toISOString();
    if (!out.write(`t${i % 8},${Math.floor(random() * 11)},${at}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  const script = join(dir, 'hand.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const groups = new Map();
const lines = readFileSync(process.argv[2], 'utf8').split('\\n');
for (let i = 1; i < lines.length; i++) {
  if (lines[i] === '') continue;
  const [team, score, at] = lines[i].split(',');
  const key = team + ' ' + at.slice(0, 7);
  const g = groups.get(key) ?? { n: 0, p: 0, d: 0 };
  const s = Number(score);
  g.n++; if (s >= 9) g.p++; else if (s <= 6) g.d++;
  groups.set(key, g);
}
console.log(JSON.stringify([...groups].map(([k, g]) => [k, ((g.p - g.d) * 100) / g.n])));
`,
  );
  console.log(`cx-metrics command on ${ROWS.toLocaleString('en')} CSV rows, ${ROUNDS} rounds`);
  console.log(`machine: ${machine()}`);
  const contenders = [
    { name: 'cx-metrics nps --by team --every month (64 MB heap)', args: ['--max-old-space-size=64', bin, 'nps', file, '--by', 'team', '--every', 'month', '--time-column', 'answeredAt', '--format', 'json'] },
    { name: 'cx-metrics nps --by team (64 MB heap)', args: ['--max-old-space-size=64', bin, 'nps', file, '--by', 'team', '--format', 'json'] },
    { name: 'hand-written script, whole file in memory', args: [script, file] },
  ];
  /** @type {number[][]} */
  const times = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    contenders.forEach((c, k) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, c.args, { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (run.status !== 0) throw new Error(`${c.name}: ${run.stderr}`);
      times[k]?.push(performance.now() - start);
    });
  }
  const hand = median(times[2] ?? []);
  contenders.forEach((c, k) => {
    const m = median(times[k] ?? []);
    console.log(`  ${c.name.padEnd(52)} ${(m / 1000).toFixed(2).padStart(7)} s  ${(ROWS / (m / 1000) / 1e6).toFixed(2).padStart(5)} M rows/s  ${(m / hand).toFixed(2)}×`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
