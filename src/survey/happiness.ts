import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { checkCount, fail, readCount, readOptions, rejectUnknownFields, type Count } from '../_lib/validate.js';

/** A Help Scout satisfaction rating: the customer's answer to "How would you rate my reply?". */
export type HappinessRating = 'great' | 'okay' | 'not-good';

/** The counts the happiness score is defined on. */
export interface HappinessCounts {
  /** Ratings of "great". */
  readonly great: Count;
  /** Ratings of "okay". */
  readonly okay: Count;
  /** Ratings of "not good". */
  readonly notGood: Count;
}

/** What {@link happinessScore} accepts: the counts, or one rating per answer (any `ArrayLike` or iterable). */
export type HappinessInput = HappinessCounts | ArrayLike<HappinessRating> | Iterable<HappinessRating>;

const COUNT_FIELDS = ['great', 'okay', 'notGood'];

/**
 * Help Scout's happiness score: the percentage of "great" ratings minus the
 * percentage of "not good" ones.
 *
 * @summary Happiness score, −100…100 (Help Scout).
 *
 * @remarks
 * happiness = (great − not good) / (great + okay + not good) × 100, as Help
 * Scout's satisfaction ratings report defines it: "okay" answers count in
 * the whole but neither add nor take away, as passives do in NPS. Not
 * rounded. From one rating per answer (`'great'`, `'okay'`, `'not-good'`),
 * the ratings are counted in one pass and the same definition applies.
 *
 * @param input - `{ great, okay, notGood }`, or ratings as any `ArrayLike`
 *   or iterable.
 * @returns The score, −100…100.
 * @throws {@link MetricError} `EMPTY_INPUT` for no ratings; `INVALID_COUNTS`
 *   for a count that is missing or negative, `NOT_INTEGER` for one that is
 *   not whole; `OUT_OF_RANGE` for a count above 2^53 − 1 or counts adding
 *   up to more; `INVALID_TYPE` for a rating other than the three (naming its
 *   index) or an unknown count field; `INVALID_OPTION` for any option.
 *
 * @example
 * ```ts
 * happinessScore({ great: 60, okay: 25, notGood: 15 }); // => 45
 * happinessScore(['great', 'great', 'okay', 'not-good']); // => 25
 * ```
 */
export function happinessScore(input: HappinessInput): number;
export function happinessScore(input: HappinessInput, options?: unknown): number {
  const fn = 'happinessScore';
  // no option is known: any key is refused as unknown
  readOptions(fn, options, []);
  const read = readInput(fn, input, { values: 'ratings', counts: 'counts { great, okay, notGood }' });
  let great = 0;
  let okay = 0;
  let notGood = 0;
  if (read.form === 'counts') {
    const c = read.counts as Readonly<Record<string, unknown>>;
    rejectUnknownFields(fn, 'counts', c, COUNT_FIELDS);
    great = readCount(fn, 'counts.great', c['great']);
    okay = readCount(fn, 'counts.okay', c['okay']);
    notGood = readCount(fn, 'counts.notGood', c['notGood']);
  } else {
    const ratings = read.values;
    for (let i = 0; i < ratings.length; i++) {
      const r = ratings[i];
      if (r === 'great') great++;
      else if (r === 'okay') okay++;
      else if (r === 'not-good') notGood++;
      else fail('INVALID_TYPE', fn, `ratings[${i}] is ${describeValue(r)}; a rating is 'great', 'okay' or 'not-good'`, i);
    }
  }
  const count = great + okay + notGood;
  if (count === 0) fail('EMPTY_INPUT', fn, 'no ratings: the happiness score needs at least one');
  // above 2^53 − 1 the sum, and the score from it, would no longer be exact
  checkCount(fn, 'the sum of the counts', count);
  return ((great - notGood) * 100) / count;
}
