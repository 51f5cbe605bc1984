// Runs every bench/*.bench.mjs in its own Node process (fresh JIT state),
// with --expose-gc so the harness can collect garbage between timings.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  const result = spawnSync(process.execPath, ['--expose-gc', dir + file], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
