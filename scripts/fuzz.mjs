// The long run of the fuzz suite (test/fuzz): the same checks as in
// `npm test`, for many more calls, from a fresh seed unless one is given,
// printing each export's totals as it finishes and the totals at the end.
//
//   npm run fuzz                          150,000 calls per export (about 10 million)
//   FUZZ_RUNS=20000 npm run fuzz          20,000 calls per export
//   FUZZ_SEED=123 FUZZ_ONLY=nps,csat npm run fuzz
//
// A failure prints the call that showed it, with the seed to repeat the run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

const env = {
  ...process.env,
  FUZZ_LONG: '1',
  FUZZ_RUNS: process.env.FUZZ_RUNS || '150000',
  FUZZ_SEED: process.env.FUZZ_SEED || String(1 + Math.floor(Math.random() * 2 ** 31)),
};
process.stdout.write(`fuzz: ${env.FUZZ_RUNS} calls per export, seed ${env.FUZZ_SEED}${env.FUZZ_ONLY ? `, only ${env.FUZZ_ONLY}` : ''}\n`);
const started = Date.now();
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--typecheck.enabled=false', '--reporter=verbose'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.stdout.write(`fuzz: ${Math.round((Date.now() - started) / 1000)} s, seed ${env.FUZZ_SEED}\n`);
process.exit(result.status ?? 1);
