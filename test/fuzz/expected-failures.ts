/**
 * THE LIST OF KNOWN FAILURES. Each entry is a way an export breaks the
 * package's promise today (a non-finite result, a foreign error, a hang …),
 * with the call that shows it. The fuzz suite tolerates defects of the listed
 * kind in the listed export and reports them; it fails on any other defect,
 * and it fails when a listed call no longer fails, so that each fix removes
 * its entry here.
 */
import type { DefectKind } from './harness.js';

export interface ExpectedFailure {
  /** The export that fails. */
  readonly fn: string;
  /** How it fails. */
  readonly defect: DefectKind;
  /** Arguments of a call that shows it. */
  readonly args: () => readonly unknown[];
  /** Call with `new`. */
  readonly construct?: boolean;
  /** What goes wrong, and where the fix belongs. */
  readonly why: string;
}

export const EXPECTED_FAILURES: readonly ExpectedFailure[] = [];
