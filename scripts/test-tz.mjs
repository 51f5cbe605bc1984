// Runs the business-hours tests with the machine's time zone set to UTC and
// to Pacific/Auckland (+12/+13, across the date line from most zones tested):
// their results must not depend on it. Each run checks that the zone took
// effect before trusting it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

for (const zone of ['UTC', 'Pacific/Auckland']) {
  const env = { ...process.env, TZ: zone };
  const seen = spawnSync(process.execPath, ['-e', 'process.stdout.write(Intl.DateTimeFormat().resolvedOptions().timeZone)'], { env, encoding: 'utf8' });
  if (seen.stdout !== zone) {
    console.error(`test:tz: TZ=${zone} did not take effect (the machine's zone reads ${JSON.stringify(seen.stdout)})`);
    process.exit(1);
  }
  process.stdout.write(`\n> business-hours tests with TZ=${zone}\n`);
  const result = spawnSync(process.execPath, [vitest, 'run', 'test/business-hours', '--typecheck.enabled=false'], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\ntest:tz: the business-hours tests failed with TZ=${zone}`);
    process.exit(1);
  }
}
