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

export const EXPECTED_FAILURES: readonly ExpectedFailure[] = [
  {
    fn: 'paretoNbdProbabilityOfPurchases',
    defect: 'out-of-range',
    // 16.914870696798225; the edge sweep's calls give 1.0000000000000009 at t = 1e-300 and 1.000000000000031 at r = 5e-324
    args: () => [{ r: 0.1, alpha: 1e8, s: 1e8, beta: 0.1 }, 0, 1],
    why: 'P(X(t) = n) above 1: the dead-before-t share B₁(1 − Σ B₂/B₁) loses its digits to cancellation, by a few ulps near t = 0 and by far more at extreme α, s (src/lifetime/pareto-nbd.ts); not clamped, as the same loss gives wrong values inside 0–1',
  },
];
