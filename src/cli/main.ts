/**
 * The `cx-metrics` command: `cx-metrics <metric> <file|-> [options]`.
 * `cx-metrics --help` lists the metrics and options.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { run } from './run.js';

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const status = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  open: (path) => createReadStream(path),
  version: version(),
});
// let the output drain before the process ends
process.exitCode = status;
