// @ts-check
// The browser check: the command's HTML report and a page that loads the
// browser build (dist/index.js in a <script type="module">), opened in
// headless Chromium and read as a person would: the numbers in the table,
// one chart mark per group, no request beyond the page itself. A screenshot
// of the report is left at $TMPDIR/cx-metrics-report.png to look at.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, launchChromium, serve } from './lib/chromium.mjs';
import { examplesModule } from './lib/readme-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');
if (!existsSync(bin)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
if (!ensureChromium()) {
  console.log('\n*** SKIPPED: the browser check needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium), and it could not be installed here ***\n');
  process.exit(0);
}

let failures = 0;
/** @param {string} label @param {boolean} ok @param {string} [detail] */
const check = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
};

const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-browser-'));
const screenshot = join(tmpdir(), 'cx-metrics-report.png');
const { context, close } = await launchChromium();
const server = await serve(dir);
try {
  // answers of four teams, each team's answers spread over its own part of the scale
  const lines = ['team,score,answeredAt'];
  const teams = ['Billing', 'Onboarding', 'Returns & refunds', 'Technical <support>'];
  const floors = [5, 2, 6, 0];
  for (let i = 0; i < 600; i++) {
    const team = teams[i % 4];
    const floor = floors[i % 4] ?? 0;
    const score = floor + ((i * 7 + Math.floor(i / 13)) % (11 - floor));
    lines.push(`"${team}",${score},2026-03-0${2 + (i % 7)}T10:00:00Z`);
  }
  writeFileSync(join(dir, 'answers.csv'), lines.join('\n'));
  const args = ['nps', join(dir, 'answers.csv'), '--by', 'team', '--title', 'NPS by team, March 2026'];
  const html = spawnSync(process.execPath, [bin, ...args, '--format', 'html'], { encoding: 'utf8' });
  const json = spawnSync(process.execPath, [bin, ...args, '--format', 'json'], { encoding: 'utf8' });
  check('the command writes the report', html.status === 0 && json.status === 0, html.stderr);
  writeFileSync(join(dir, 'report.html'), html.stdout);
  const expected = JSON.parse(json.stdout);

  const page = await context.newPage();
  /** @type {string[]} */
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/report.html`);
  const seen = await page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent,
    rows: [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    header: [...document.querySelectorAll('thead th')].map((c) => c.textContent),
    marks: [...document.querySelectorAll('svg circle.mark')].map((c) => Number(c.getAttribute('data-value'))),
    bands: [...document.querySelectorAll('svg rect.band')].map((r) => [Number(r.getAttribute('data-lower')), Number(r.getAttribute('data-upper'))]),
    labels: [...document.querySelectorAll('svg g.group')].map((g) => g.getAttribute('data-label')),
    scripts: document.scripts.length,
    chartWidth: document.querySelector('svg')?.getBoundingClientRect().width ?? 0,
  }));
  check('the page shows its title', seen.heading === 'NPS by team, March 2026', String(seen.heading));
  check('the page has no script', seen.scripts === 0);
  check('nothing but the page was requested', requests.length === 1, requests.join(', '));
  check('one table row per group', seen.rows.length === expected.length, `${seen.rows.length} rows`);
  const round = (/** @type {number} */ x) => String(Math.round(x * 100) / 100);
  const scoreAt = seen.header.indexOf('score');
  const countAt = seen.header.indexOf('count');
  check(
    'each row shows its team, score and count as the JSON output has them',
    expected.every((/** @type {any} */ r, /** @type {number} */ k) => seen.rows[k]?.[0] === r.team && seen.rows[k]?.[scoreAt] === round(r.score) && seen.rows[k]?.[countAt] === r.count.toLocaleString('en')),
    JSON.stringify(seen.rows.map((r) => [r[0], r[scoreAt], r[countAt]])),
  );
  check('one chart mark per group, at its score', seen.marks.length === expected.length && expected.every((/** @type {any} */ r, /** @type {number} */ k) => seen.marks[k] === r.score), JSON.stringify(seen.marks));
  check('one interval band per group, from lower to upper', seen.bands.length === expected.length && expected.every((/** @type {any} */ r, /** @type {number} */ k) => seen.bands[k]?.[0] === r.lower && seen.bands[k]?.[1] === r.upper));
  check('the chart is labelled with the teams, markup in their names shown as text', JSON.stringify(seen.labels) === JSON.stringify(teams), JSON.stringify(seen.labels));
  check('the chart is drawn at a readable size', seen.chartWidth > 400, `${seen.chartWidth}px wide`);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`     screenshot of the report: ${screenshot}`);

  // the browser build, as a page loads it
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(root, 'dist', 'index.js'), join(dir, 'dist', 'index.js'));
  const names = Object.keys(await import(join(root, 'dist', 'index.js')));
  writeFileSync(join(dir, 'examples.mjs'), examplesModule(join(root, 'README.md'), './dist/index.js', names));
  writeFileSync(
    join(dir, 'module.html'),
    `<!doctype html><meta charset="utf-8"><title>cx-metrics in a browser</title>
<p id="nps"></p><pre id="out">running…</pre>
<script type="module">
import { nps, npsInterval } from './dist/index.js';
import { runExamples } from './examples.mjs';
const interval = npsInterval([10, 9, 9, 8, 7, 6, 3, 10]);
document.querySelector('#nps').textContent = 'NPS ' + nps([10, 9, 9, 8, 7, 6, 3, 10]) + ' (' + interval.lower.toFixed(1) + ' to ' + interval.upper.toFixed(1) + ')';
document.querySelector('#out').textContent = JSON.stringify(runExamples());
document.body.dataset.done = 'yes';
</script>`,
  );
  const modulePage = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  modulePage.on('pageerror', (e) => errors.push(String(e)));
  await modulePage.goto(`${server.url}/module.html`);
  await modulePage.waitForSelector('body[data-done="yes"]', { timeout: 30_000 }).catch(() => undefined);
  const shown = await modulePage.evaluate(() => ({ nps: document.querySelector('#nps')?.textContent, out: document.querySelector('#out')?.textContent }));
  check('a module page imports the browser build and shows NPS 25', shown.nps?.startsWith('NPS 25 (') === true, `${shown.nps}${errors.length ? ` ${errors.join('; ')}` : ''}`);
  /** @type {{ blocks: number, checks: number, failures: string[] } | undefined} */
  let result;
  try {
    result = JSON.parse(shown.out ?? '');
  } catch {
    result = undefined;
  }
  check('every README example holds in Chromium', result !== undefined && result.checks > 0 && result.failures.length === 0, result === undefined ? String(shown.out) : `${result.checks} checks in ${result.blocks} blocks${result.failures.length ? `; ${result.failures.join('; ')}` : ''}`);
} finally {
  await close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`\n${failures} browser check(s) failed`);
  process.exit(1);
}
console.log('\nthe browser checks passed');
