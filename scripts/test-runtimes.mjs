// @ts-check
// Runs the README's examples against the built package on the runtimes
// people use: Node 18 (the engines floor), Bun and Deno, each installed
// from its npm package into scripts/runtimes/ (apart from the project, so
// that Node 18 never shadows the Node of the tooling), and in headless
// Chromium. On Node 18 the CommonJS build and the command run too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureChromium, launchChromium, serve } from './lib/chromium.mjs';
import { examplesModule } from './lib/readme-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runtimes = join(root, 'scripts', 'runtimes');
const bin = (/** @type {string} */ name) => join(runtimes, 'node_modules', '.bin', name);
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
if (!['node', 'bun', 'deno'].every((name) => existsSync(bin(name)))) {
  console.log('> npm ci in scripts/runtimes (Node 18, Bun and Deno from the npm registry)');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: runtimes, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

let failures = 0;
/** @param {string} label @param {boolean} ok @param {string} [detail] */
const check = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
};

const out = join(runtimes, '.out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
const names = Object.keys(await import(library));
writeFileSync(join(out, 'readme-examples.mjs'), examplesModule(join(root, 'README.md'), library, names));
writeFileSync(
  join(out, 'main.mjs'),
  `import { runExamples } from './readme-examples.mjs';
const result = runExamples();
console.log(JSON.stringify(result));
if (result.failures.length > 0 || result.checks === 0) process.exitCode = 1;
`,
);

const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
/** @type {readonly [string, string, string[]][]} */
const runs = [
  ['Node 18', bin('node'), [join(out, 'main.mjs')]],
  ['Bun', bin('bun'), ['run', join(out, 'main.mjs')]],
  ['Deno', bin('deno'), ['run', '--no-prompt', '--no-config', `--allow-read=${root}`, join(out, 'main.mjs')]],
];
for (const [name, command, args] of runs) {
  const version = spawnSync(command, ['--version'], { encoding: 'utf8', env }).stdout.trim().split('\n')[0];
  const run = spawnSync(command, args, { encoding: 'utf8', env, cwd: out });
  let detail = run.stderr.trim();
  try {
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
    detail = `${result.checks} checks in ${result.blocks} blocks${result.failures.length ? `; ${result.failures.join('; ')}` : ''}`;
  } catch {
    // the output was not the result: show what the runtime said
  }
  check(`README examples on ${name} (${version})`, run.status === 0, detail);
}

const node18 = bin('node');
const cjs = spawnSync(node18, ['-e', `const m = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))}); if (m.nps([10, 9, 8, 3]) !== 25) process.exit(1);`], { encoding: 'utf8' });
check('the CommonJS build on Node 18', cjs.status === 0, cjs.stderr.trim());
const command = spawnSync(node18, [join(root, 'dist', 'cli.js'), 'nps', '-', '--format', 'json'], { input: 'score\n10\n9\n8\n3\n', encoding: 'utf8' });
let score;
try {
  score = JSON.parse(command.stdout)[0].score;
} catch {
  score = undefined;
}
check('the command on Node 18', command.status === 0 && score === 25, command.stderr.trim() || `score ${score}`);

if (ensureChromium()) {
  const { context, close } = await launchChromium();
  writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module">import { runExamples } from "./readme-examples.mjs"; document.querySelector("#out").textContent = JSON.stringify(runExamples());</script>');
  // the page loads the build over http, so the module imports it by its path on the server
  writeFileSync(join(out, 'readme-examples.mjs'), examplesModule(join(root, 'README.md'), '/dist/index.js', names));
  const server = await serve(root);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/scripts/runtimes/.out/index.html`);
    await page.waitForFunction(() => (document.querySelector('#out')?.textContent ?? '') !== '', undefined, { timeout: 30_000 }).catch(() => undefined);
    const text = await page.evaluate(() => document.querySelector('#out')?.textContent ?? '');
    /** @type {{ blocks: number, checks: number, failures: string[] } | undefined} */
    let result;
    try {
      result = JSON.parse(text);
    } catch {
      result = undefined;
    }
    const version = context.browser()?.version() ?? spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
    check(`README examples in Chromium (${version})`, result !== undefined && result.checks > 0 && result.failures.length === 0, result === undefined ? text : `${result.checks} checks in ${result.blocks} blocks${result.failures.length ? `; ${result.failures.join('; ')}` : ''}`);
  } finally {
    await close();
    await server.close();
  }
} else {
  console.log('\n*** SKIPPED: README examples in Chromium: no Chromium at /usr/bin/chromium, and it could not be installed here ***\n');
}
rmSync(out, { recursive: true, force: true });

if (failures > 0) {
  console.error(`\n${failures} runtime check(s) failed`);
  process.exit(1);
}
console.log('\nthe README examples ran on every runtime');
