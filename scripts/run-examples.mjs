// Runs every example against the built package (dist/), as a user would:
// 0. compiles every ```ts block of the README under strict against the
//    built types (scripts/check-readme-types.mjs);
// 1. typechecks the examples against the built type declarations and compiles
//    the TypeScript ones (examples/tsconfig.json, output in examples/.out/);
// 2. checks that examples/data/ matches its seeded generator;
// 3. runs each example with node; any failure fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

function run(label, command, args) {
  process.stdout.write(`\n> ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label}: failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

rmSync(join(examples, '.out'), { recursive: true, force: true });
run("the README's TypeScript blocks compile under strict", process.execPath, [join(root, 'scripts', 'check-readme-types.mjs')]);
run('typecheck and compile examples', process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(examples, 'tsconfig.json')]);
run('examples/data matches its generator', process.execPath, [join(examples, 'generate-survey-data.mjs'), '--check']);
run('examples/data customer export matches its generator', process.execPath, [join(examples, 'generate-customer-data.mjs'), '--check']);
run('examples/data/quality-reviews.csv matches its generator', process.execPath, [join(examples, 'generate-quality-data.mjs'), '--check']);
run('examples/data matches its support generator', process.execPath, [join(examples, 'generate-support-data.mjs'), '--check']);

const scripts = [
  ...readdirSync(examples)
    .filter((f) => /\.(mjs|cjs)$/.test(f) && !f.startsWith('generate-'))
    .sort()
    .map((f) => join(examples, f)),
  ...readdirSync(join(examples, '.out', 'typescript'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => join(examples, '.out', 'typescript', f)),
];
for (const script of scripts) run(script.slice(root.length), process.execPath, [script]);
console.log(`\n${scripts.length} examples ran against the build`);
