// The long run of the fuzz suite (test/fuzz): the same checks as in
// `npm test`, for many more calls, from a fresh seed unless one is given,
// printing each export's totals as it finishes and the totals at the end.
// The exports are shared out among one process per core (FUZZ_SHARD), each
// a vitest run of test/fuzz/fuzz.test.ts; every line a process prints is
// prefixed with its share.
//
//   npm run fuzz                          85,000 calls per export (about 10 million over 121 exports)
//   FUZZ_RUNS=20000 npm run fuzz          20,000 calls per export
//   FUZZ_SEED=123 FUZZ_ONLY=nps,csat npm run fuzz
//   FUZZ_JOBS=1 npm run fuzz              one process
//
// A failure prints the call that showed it, with the seed to repeat the run.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

const runs = process.env.FUZZ_RUNS || '85000';
const seed = process.env.FUZZ_SEED || String(1 + Math.floor(Math.random() * 2 ** 31));
const jobs = Number(process.env.FUZZ_JOBS || availableParallelism());
if (!Number.isSafeInteger(jobs) || jobs < 1) throw new Error(`FUZZ_JOBS must be a whole number ≥ 1, got ${process.env.FUZZ_JOBS}`);

process.stdout.write(`fuzz: ${runs} calls per export, seed ${seed}, ${jobs} process${jobs === 1 ? '' : 'es'}${process.env.FUZZ_ONLY ? `, only ${process.env.FUZZ_ONLY}` : ''}\n`);
const started = Date.now();

/** Runs share `k` of `jobs`; resolves with its exit status and the summary line it printed. */
function share(k) {
  const env = { ...process.env, FUZZ_LONG: '1', FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_SHARD: `${k}/${jobs}` };
  const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--typecheck.enabled=false', '--reporter=verbose'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let summary = '';
  const relay = (stream, out) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('fuzz (seed')) summary = line.slice(line.indexOf('fuzz (seed'));
        out.write(`[${k}/${jobs}] ${line}\n`);
      }
    });
    stream.on('end', () => rest !== '' && out.write(`[${k}/${jobs}] ${rest}\n`));
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return new Promise((resolve) => child.on('close', (status) => resolve({ status: status ?? 1, summary })));
}

const results = await Promise.all(Array.from({ length: jobs }, (_, i) => share(i + 1)));
const calls = results.reduce((sum, r) => sum + Number(/: (\d+) calls over/.exec(r.summary)?.[1] ?? 0), 0);
const unknown = results.reduce((sum, r) => sum + Number(/, (\d+) unknown/.exec(r.summary)?.[1] ?? 0), 0);
process.stdout.write(`\nfuzz: ${Math.round((Date.now() - started) / 1000)} s, seed ${seed}, ${calls} calls in all, ${unknown} unknown defects\n`);
for (const r of results) process.stdout.write(`  ${r.summary || '(no summary: the run failed before its end)'}\n`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
