import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { rate } from '../_lib/rate.js';
import { readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { fail, type Count } from '../_lib/validate.js';
import { countedRate } from './counted-rate.js';

/** The counts {@link feedbackResponseRate} is defined on. */
export interface FeedbackCounts {
  /** Pieces of feedback that received a response. */
  readonly responded: Count;
  /** All feedback received. */
  readonly count: Count;
}

/**
 * One piece of customer feedback for {@link feedbackResponseRate}: when it
 * was received and, if it was answered, when; or a boolean `responded`. A
 * timestamp is a `Date`, epoch milliseconds or an ISO-8601 string with `Z`
 * or an offset ({@link Timestamp}).
 */
export type FeedbackRecord =
  | {
      /** When the feedback was received. */
      readonly receivedAt: Timestamp;
      /** When it was answered; `undefined` or `null` when it was not. */
      readonly respondedAt?: Timestamp | null | undefined;
      /** Whether it was answered, when known without a time; must agree with `respondedAt`. */
      readonly responded?: boolean | undefined;
    }
  | {
      /** Whether the feedback was answered. */
      readonly responded: boolean;
      /** When the feedback was received, if known. */
      readonly receivedAt?: Timestamp | null | undefined;
      /** When it was answered, if known; only with `responded: true`. */
      readonly respondedAt?: Timestamp | null | undefined;
    };

/**
 * What {@link feedbackResponseRate} accepts: counts, or one record per piece
 * of feedback, as any array or iterable.
 */
export type FeedbackInput = FeedbackCounts | ArrayLike<FeedbackRecord> | Iterable<FeedbackRecord>;

/**
 * Customer feedback response rate: the percentage of the feedback received
 * that the business answered.
 *
 * @summary Feedback response rate, 0–100.
 *
 * @remarks
 * rate = feedback that received a response / all feedback received × 100,
 * computed as responded × 100 / count and not rounded.
 *
 * From records, a record counts as answered when it has a `respondedAt`
 * (neither `undefined` nor `null`) or `responded: true`. Each record must
 * have a `receivedAt` or a boolean `responded`; a record with
 * `responded: false` and a `respondedAt` contradicts itself and is an
 * error. Timestamps are read as every time metric reads them (an ISO string
 * without an offset is ambiguous and refused), and a response before the
 * feedback it answers is an error.
 *
 * @param input - `{ responded, count }`, or any `ArrayLike` or iterable of
 *   {@link FeedbackRecord}s.
 * @returns The response rate, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` for a count of 0 or no records;
 *   `INVALID_COUNTS` for a missing or negative count or `responded > count`;
 *   `INVALID_TYPE` for an input that is neither counts nor a list, a record
 *   that is not an object, has neither `receivedAt` nor `responded`, has a
 *   `responded` that is not a boolean, or has `responded: false` with a
 *   `respondedAt` (naming its index);
 *   `INVALID_DATE` for a timestamp that cannot be read; `NEGATIVE_DURATION`
 *   for a `respondedAt` before its `receivedAt`; `NOT_INTEGER`, `NOT_FINITE`
 *   for a count that is not a whole number.
 *
 * @example
 * ```ts
 * feedbackResponseRate({ responded: 45, count: 60 }); // => 75
 * const records = [
 *   { receivedAt: '2026-11-02T09:00:00Z', respondedAt: '2026-11-02T11:30:00Z' },
 *   { receivedAt: '2026-11-03T14:00:00Z', respondedAt: null },
 *   { responded: true },
 *   { responded: false },
 * ];
 * feedbackResponseRate(records); // => 50
 * ```
 */
export function feedbackResponseRate(input: FeedbackInput): number {
  const fn = 'feedbackResponseRate';
  const read = readInput(fn, input, { records: 'feedback records', counts: 'counts { responded, count }' });
  if (read.form === 'counts') return countedRate(fn, read.counts, 'responded');
  // no values form is given, so a list comes back as records
  const records = read.records;
  let responded = 0;
  for (let i = 0; i < records.length; i++) if (isAnswered(fn, records[i], i)) responded++;
  return rate(fn, responded, records.length, {
    part: 'the records answered',
    whole: 'the records',
    empty: 'no feedback records: a rate needs at least one',
  });
}

/** Whether a feedback record was answered, after checking its shape. */
function isAnswered(fn: string, record: unknown, i: number): boolean {
  if (record === null || typeof record !== 'object') {
    fail('INVALID_TYPE', fn, `record at index ${i} is ${describeKind(record)}, not an object { receivedAt, respondedAt? }`, i);
  }
  const { receivedAt, respondedAt, responded } = record as Record<string, unknown>;
  if (responded !== undefined && typeof responded !== 'boolean') {
    fail('INVALID_TYPE', fn, `record at index ${i} has responded ${describeValue(responded)}; it must be true or false`, i);
  }
  const hasReceived = receivedAt !== undefined && receivedAt !== null;
  const hasResponse = respondedAt !== undefined && respondedAt !== null;
  if (!hasReceived && responded === undefined) {
    fail('INVALID_TYPE', fn, `record at index ${i} has neither receivedAt nor responded; give one of them`, i);
  }
  if (responded === false && hasResponse) {
    fail('INVALID_TYPE', fn, `record at index ${i} has responded false but a respondedAt; the two contradict each other`, i);
  }
  const received = hasReceived ? readTimestamp(fn, `records[${i}].receivedAt`, receivedAt, i) : undefined;
  const answered = hasResponse ? readTimestamp(fn, `records[${i}].respondedAt`, respondedAt, i) : undefined;
  if (received !== undefined && answered !== undefined && answered < received) {
    fail(
      'NEGATIVE_DURATION',
      fn,
      `record at index ${i} was answered (${new Date(answered).toISOString()}) before it was received (${new Date(received).toISOString()})`,
      i,
    );
  }
  return hasResponse || responded === true;
}
