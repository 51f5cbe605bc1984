/**
 * A throw-away PostgreSQL server for the recipe tests: Debian's
 * `postgresql` package (installed with apt-get when it is absent and this
 * is a root shell on Debian), a cluster made by initdb in a temporary
 * folder, on a free port of 127.0.0.1, stopped and removed at the end. As
 * root the server runs as the `postgres` user, as PostgreSQL requires.
 * Queries go through `psql --csv`, so the tests need no database driver.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder of PostgreSQL's server programs, installing the package when it is missing and we may. */
export function postgresBin(): string | undefined {
  const find = (): string | undefined => {
    const root = '/usr/lib/postgresql';
    if (existsSync(root)) {
      const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
      if (versions[0] !== undefined) return join(root, versions[0], 'bin');
    }
    const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
    return which.status === 0 ? join(which.stdout.trim(), '..') : undefined;
  };
  const found = find();
  if (found !== undefined || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return found;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'ignore', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
  return find();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}

export interface Postgres {
  /** Runs SQL (one or more statements, or a psql meta-command) and returns the CSV psql prints for the last. */
  query(sql: string): string;
  stop(): void;
}

export async function startPostgres(bin: string): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  if (root) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  const asServer = (program: string, args: readonly string[]) => {
    const [command, all] = root ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), [...args]];
    const result = spawnSync(command, all, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  asServer('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  asServer('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c TimeZone=UTC`, 'start']);
  const psql = existsSync(join(bin, 'psql')) ? join(bin, 'psql') : 'psql';
  return {
    query(sql) {
      const result = spawnSync(psql, ['-X', '-q', '--csv', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql], {
        encoding: 'utf8',
        env: { ...process.env, PGTZ: 'UTC' },
        maxBuffer: 1 << 26,
      });
      if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
      return result.stdout;
    },
    stop() {
      try {
        asServer('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
