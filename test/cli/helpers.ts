import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface Outcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sink(isTTY = false): Writable & { text: string; isTTY: boolean } {
  const w = new Writable({
    write(chunk, _encoding, done) {
      w.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  w.text = '';
  w.isTTY = isTTY;
  return w;
}

/**
 * Runs the command in-process. `files` are the files it may open, each as
 * its text or as the chunks it arrives in; `-` reads `stdin`.
 */
export async function cli(
  argv: readonly string[],
  files: Readonly<Record<string, string | readonly string[]>> = {},
  { stdin = '', tty = false }: { stdin?: string | readonly string[]; tty?: boolean } = {},
): Promise<Outcome> {
  const stdout = sink();
  const stderr = sink(tty);
  const chunks = (text: string | readonly string[]) => (typeof text === 'string' ? [text] : [...text]);
  const status = await run(argv, {
    stdin: Readable.from(chunks(stdin)),
    stdout,
    stderr,
    open: (path) => {
      const text = files[path];
      if (text === undefined) {
        return new Readable({
          read() {
            this.destroy(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT', path }));
          },
        });
      }
      return Readable.from(chunks(text).map((c) => Buffer.from(c)));
    },
    version: '0.0.0-test',
  });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** The JSON output of a run that must succeed. */
export async function json(argv: readonly string[], files: Readonly<Record<string, string | readonly string[]>>): Promise<Record<string, unknown>[]> {
  const outcome = await cli([...argv, '--format', 'json'], files);
  if (outcome.status !== 0) throw new Error(`exit ${outcome.status}: ${outcome.stderr}`);
  return JSON.parse(outcome.stdout) as Record<string, unknown>[];
}
