/**
 * The stable codes a {@link MetricError} can carry. Codes never change meaning
 * between versions; new codes may be added.
 *
 * | Code | Meaning |
 * | --- | --- |
 * | `EMPTY_INPUT` | nothing to compute from: no responses, a total of 0, no tallies |
 * | `INVALID_TYPE` | the input is not an accepted shape, or a value is not a number |
 * | `NOT_FINITE` | NaN or ±Infinity where a finite number is needed |
 * | `NOT_INTEGER` | a fractional number where a whole number is needed |
 * | `OUT_OF_RANGE` | a value outside its range: a response off the scale, a negative amount, a fraction above 1 |
 * | `INVALID_COUNTS` | counts that are negative or contradict each other |
 * | `INVALID_OPTION` | an option that is unknown or makes no sense |
 * | `SCALE_MISMATCH` | a tally of another scale than the one expected |
 * | `INVALID_WEIGHTS` | weights that are negative, non-finite, all zero or of the wrong length |
 * | `NEGATIVE_DURATION` | an event before the one it is measured from (a reply before the ticket) |
 * | `INVALID_DATE` | a timestamp that cannot be read, or an ISO string without an offset |
 * | `NOT_CONVERGED` | an iterative fit that stopped before meeting its tolerance |
 */
export type MetricErrorCode =
  | 'EMPTY_INPUT'
  | 'INVALID_TYPE'
  | 'NOT_FINITE'
  | 'NOT_INTEGER'
  | 'OUT_OF_RANGE'
  | 'INVALID_COUNTS'
  | 'INVALID_OPTION'
  | 'SCALE_MISMATCH'
  | 'INVALID_WEIGHTS'
  | 'NEGATIVE_DURATION'
  | 'INVALID_DATE'
  | 'NOT_CONVERGED';

/**
 * Where in the input a {@link MetricError} was found.
 */
export interface MetricErrorDetails {
  /** The public function that rejected its input, e.g. `'nps'`. */
  readonly fn: string;
  /** For array input, the index of the offending element. */
  readonly index?: number;
}

/**
 * The one error class of cx-metrics. Every function of the library throws it,
 * and only it, for input it cannot compute a correct result from.
 *
 * @summary Error thrown for invalid input, with a stable `code`.
 *
 * @remarks
 * The message names the function, the offending value and, for arrays, its
 * index, e.g. `nps: response 11 at index 3 is outside the scale 0–10`.
 * Branch on {@link MetricError.code | code}, not on the message: codes are
 * stable, messages may be reworded.
 *
 * @example
 * ```ts
 * try {
 *   nps([10, 9, 11]);
 * } catch (error) {
 *   error instanceof MetricError; // => true
 *   error.code; // => 'OUT_OF_RANGE'
 *   error.details; // => { fn: 'nps', index: 2 }
 *   error.message; // => 'nps: response 11 at index 2 is outside the scale 0–10'
 * }
 * ```
 */
export class MetricError extends Error {
  /** Always `'MetricError'`. */
  override readonly name = 'MetricError';
  /** Stable machine-readable reason; see {@link MetricErrorCode}. */
  readonly code: MetricErrorCode;
  /** The function that threw and, for arrays, the index of the bad element. */
  readonly details: MetricErrorDetails;

  /**
   * @param code - The stable reason.
   * @param details - The function that threw and, for arrays, the index.
   *   Details that are not an object (a caller in plain JavaScript may pass
   *   none) are read as `{ fn: 'unknown' }`, so that making the error never
   *   throws another one.
   * @param message - A sentence for people, without the `fn: ` prefix, which
   *   the constructor adds.
   */
  constructor(code: MetricErrorCode, details: MetricErrorDetails, message: string) {
    // typed as always given, but plain JavaScript may pass anything
    const given: unknown = details;
    const known: MetricErrorDetails = given !== null && typeof given === 'object' ? details : { fn: 'unknown' };
    super(`${textOf(known.fn)}: ${textOf(message)}`);
    this.code = code;
    this.details = known;
  }
}

/**
 * Tells whether a value is a {@link MetricError}, also when it was thrown by a
 * second copy of the library (an ESM and a CommonJS build loaded side by side),
 * where `instanceof` cannot see it.
 *
 * @summary Type guard for errors thrown by cx-metrics.
 * @param value - Anything caught.
 * @returns `true` when `value` is a `MetricError`.
 *
 * @example
 * ```ts
 * isMetricError(new MetricError('EMPTY_INPUT', { fn: 'nps' }, 'no responses')); // => true
 * isMetricError(new Error('other')); // => false
 * ```
 */
export function isMetricError(value: unknown): value is MetricError {
  if (value instanceof MetricError) return true;
  return (
    value instanceof Error &&
    value.name === 'MetricError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** A message part as text, also when plain JavaScript passes a Symbol or an object without a string form. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.toString();
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
