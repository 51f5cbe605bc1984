import { describeKind, describeValue } from '../_lib/describe.js';
import { groupBy } from '../_lib/group.js';
import { readInput } from '../_lib/input.js';
import { share } from '../_lib/rate.js';
import { checkCount, fail, readCount, type Count } from '../_lib/validate.js';

/** One channel's part of a {@link ChannelShares} result. */
export interface ChannelShare {
  /** Contacts (or customers, records) on this channel. */
  readonly count: number;
  /** count / all contacts counted × 100. */
  readonly share: number;
}

/** The result of {@link channelShares}. */
export interface ChannelShares<Channel extends string = string> {
  /** All contacts counted, over every channel. */
  readonly count: number;
  /** Each channel's count and share, in the order the channels first appear in the input. */
  readonly channels: { readonly [C in Channel]: ChannelShare };
}

/** Counts per channel, as an object or a `Map`, e.g. from `SELECT channel, count(*) … GROUP BY channel`. */
export type ChannelCounts<Channel extends string = string> =
  | { readonly [C in Channel]: Count }
  | ReadonlyMap<Channel, Count>;

/** A record with its channel in a `channel` field, the field {@link channelShares} reads by default. */
export interface ChannelRecord {
  /** The service channel, a non-empty string such as `'email'`. */
  readonly channel: string;
}

/**
 * How {@link channelShares} finds a record's channel: the name of a property
 * holding it, or a function of the record (and its index) that returns it.
 */
export type ChannelOf<T> = (keyof T & string) | ((record: T, index: number) => string);

/**
 * Service channel preference: each channel's count and its share of all
 * contacts.
 *
 * @summary Count and share of each channel.
 *
 * @remarks
 * share = channel count / count × 100, with count the sum over all channels;
 * computed as channel count × 100 / count and not rounded, so the shares add
 * up to 100 up to rounding. Three input forms, counted alike:
 *
 * - counts per channel: `{ email: 120, chat: 300 }` or a `Map`;
 * - channel names, one per contact: `['chat', 'email', 'chat']` (any array
 *   or iterable);
 * - records with the channel in a field: `channelShares(tickets, 'channel')`
 *   (the default field), or found by a function:
 *   `channelShares(tickets, (t) => t.source.channel)`.
 *
 * Records are grouped in one pass (O(n)), and channels keep the order in which
 * they first appear. A channel is a non-empty string, so that a blank cell
 * cannot become a channel of its own: map it to a name such as `'unknown'`.
 *
 * @param input - Counts per channel, or channel names or records as any
 *   array or iterable.
 * @param by - For records only: the field holding the channel (default
 *   `'channel'`) or a function returning it.
 * @returns A {@link ChannelShares}.
 * @throws {@link MetricError} `EMPTY_INPUT` when nothing is counted (no
 *   records, or counts adding up to 0); `INVALID_TYPE` for an input that is
 *   neither counts nor a list, a record that is not an object, a channel
 *   that is not a non-empty string (naming its index), or a list that mixes
 *   names and records; `INVALID_COUNTS`,
 *   `NOT_INTEGER`, `NOT_FINITE` for a bad count, `OUT_OF_RANGE` for a count
 *   above 2^53 − 1 or counts adding up to more; `INVALID_OPTION` for a `by`
 *   that is not a field name or a function, or one given with counts or
 *   names.
 *
 * @example
 * ```ts
 * channelShares({ email: 120, chat: 300, phone: 80 }); // => { count: 500, channels: { email: { count: 120, share: 24 }, chat: { count: 300, share: 60 }, phone: { count: 80, share: 16 } } }
 * channelShares(['chat', 'email', 'chat', 'chat']).channels.chat; // => { count: 3, share: 75 }
 * const tickets = [{ id: 1, channel: 'email' }, { id: 2, channel: 'chat' }];
 * channelShares(tickets).channels; // => { email: { count: 1, share: 50 }, chat: { count: 1, share: 50 } }
 * channelShares(tickets, (t) => (t.id > 1 ? 'late' : 'early')).count; // => 2
 * ```
 */
export function channelShares<Channel extends string>(input: ChannelCounts<Channel>, by?: undefined): ChannelShares<Channel>;
export function channelShares(input: ArrayLike<string> | Iterable<string>, by?: undefined): ChannelShares;
export function channelShares<T extends ChannelRecord>(input: ArrayLike<T> | Iterable<T>, by?: undefined): ChannelShares;
export function channelShares<T extends object>(input: ArrayLike<T> | Iterable<T>, by: ChannelOf<T>): ChannelShares;
export function channelShares(input: unknown, by?: unknown): ChannelShares {
  const fn = 'channelShares';
  const read = readInput(fn, input, {
    records: 'channel names or records',
    counts: 'counts per channel (an object or a Map)',
    mapIsCounts: true,
  });
  if (read.form === 'counts') {
    if (by !== undefined) fail('INVALID_OPTION', fn, 'by is for records; counts per channel take no second argument');
    return sharesOf(fn, readChannelCounts(fn, read.counts));
  }
  // no values form is given, so a list comes back as records
  const list = read.records;
  if (list.length === 0) fail('EMPTY_INPUT', fn, 'no records or channel names to count');
  const names = typeof list[0] === 'string';
  if (names && by !== undefined) fail('INVALID_OPTION', fn, 'by is for records; a list of channel names takes no second argument');
  const channelOf = names ? nameAt(fn) : recordChannel(fn, by === undefined ? 'channel' : by);
  const counts = new Map<string, number>();
  for (const [channel, members] of groupBy(fn, list, channelOf)) counts.set(channel, members.length);
  return sharesOf(fn, counts);
}

/** The accessor for a list of channel names: each element must be a name. */
function nameAt(fn: string): (value: unknown, index: number) => string {
  return (value, index) => {
    if (value !== null && typeof value === 'object') {
      fail('INVALID_TYPE', fn, `the element at index ${index} is a record, but the list starts with channel names; give names or records, not both`, index);
    }
    return checkChannel(fn, value, `the channel at index ${index}`, index);
  };
}

/** The accessor for records: reads the field or calls the caller's function, and checks what it gives. */
function recordChannel(fn: string, by: unknown): (record: unknown, index: number) => string {
  if (typeof by === 'function') {
    const get = by as (record: unknown, index: number) => unknown;
    return (record, index) => checkChannel(fn, get(record, index), `the channel of the record at index ${index}`, index);
  }
  if (typeof by !== 'string') {
    fail('INVALID_OPTION', fn, `by must be a field name or a function, not ${describeKind(by)}`);
  }
  return (record, index) => {
    if (record === null || typeof record !== 'object') {
      fail('INVALID_TYPE', fn, `record at index ${index} is ${describeKind(record)}, not an object`, index);
    }
    return checkChannel(fn, (record as Record<string, unknown>)[by], `the field ${JSON.stringify(by)} of the record at index ${index}`, index);
  };
}

function checkChannel(fn: string, channel: unknown, what: string, index: number | undefined): string {
  if (typeof channel !== 'string' || channel.length === 0) {
    const shown = channel === undefined ? 'missing' : channel === '' ? 'an empty string' : describeValue(channel);
    fail('INVALID_TYPE', fn, `${what} is ${shown}; a channel is a non-empty string`, index);
  }
  return channel;
}

/** Validated counts per channel from an object or a Map, in their order. */
function readChannelCounts(fn: string, input: object): Map<string, number> {
  const counts = new Map<string, number>();
  const entries: Iterable<readonly [unknown, unknown]> =
    input instanceof Map ? (input as Map<unknown, unknown>) : Object.entries(input);
  for (const [channel, count] of entries) {
    const name = checkChannel(fn, channel, 'a channel name in the counts', undefined);
    counts.set(name, readCount(fn, `counts[${JSON.stringify(name)}]`, count));
  }
  return counts;
}

/** The definition, once: each channel's count and its share of all contacts. */
function sharesOf(fn: string, counts: ReadonlyMap<string, number>): ChannelShares {
  let all = 0;
  for (const count of counts.values()) all += count;
  if (all === 0) fail('EMPTY_INPUT', fn, 'nothing to count: the channel counts add up to 0');
  // above 2^53 − 1 the sum, and every share of it, would no longer be exact
  checkCount(fn, 'the sum of the channel counts', all);
  const channels: Record<string, ChannelShare> = {};
  for (const [channel, count] of counts) {
    // defineProperty, so that a channel named "__proto__" is a channel like any other
    Object.defineProperty(channels, channel, {
      value: { count, share: share(count, all) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { count: all, channels };
}
