/**
 * The two ways the command refuses to go on: bad arguments (exit 2, with a
 * hint to `--help`) and bad data (exit 1, with the file, line and column).
 * Both are printed as one line, never with a stack trace.
 */

/** Arguments the command cannot run with. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A value of the data that cannot be read or computed with, and where it is. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** What is wrong, without the place. */
    readonly reason: string,
    /** A short kind of problem for the `--skip-invalid` report, e.g. `blank "score"`. */
    readonly kind: string = reason,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}
