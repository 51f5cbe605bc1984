import { describeKind } from '../_lib/describe.js';
import { fail, hasLength } from '../_lib/validate.js';
import { looksLikeTally } from './tally.js';

/** Which of the three accepted forms a survey metric's input has. */
export type InputForm = 'responses' | 'tally' | 'counts';

/**
 * Tells the three input forms apart: raw responses (anything with a numeric
 * `length`), a tally (`{ scale, counts }`), or the metric's counts (any other
 * object, checked field by field by the metric). Everything else is
 * `INVALID_TYPE`.
 */
export function inputForm(fn: string, input: unknown, countsShape: string): InputForm {
  if (input === null || typeof input !== 'object') {
    fail(
      'INVALID_TYPE',
      fn,
      `input is ${describeKind(input)}; pass an array of responses, a tally or counts ${countsShape}`,
    );
  }
  if (hasLength(input)) return 'responses';
  if (looksLikeTally(input)) return 'tally';
  return 'counts';
}
