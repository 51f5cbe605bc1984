import { describe, expect, test } from 'vitest';
import { channelShares } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('channelShares: each channel count / count × 100', () => {
  test('from counts per channel: 120 email, 300 chat and 80 phone of 500 are 24, 60 and 16', () => {
    expect(channelShares({ email: 120, chat: 300, phone: 80 })).toStrictEqual({
      count: 500,
      channels: { email: { count: 120, share: 24 }, chat: { count: 300, share: 60 }, phone: { count: 80, share: 16 } },
    });
  });

  test('from a Map, as a GROUP BY gives it', () => {
    expect(channelShares(new Map([['chat', 3], ['email', 1]]))).toStrictEqual({
      count: 4,
      channels: { chat: { count: 3, share: 75 }, email: { count: 1, share: 25 } },
    });
  });

  test('from channel names, one per contact, in the order channels first appear', () => {
    const result = channelShares(['email', 'chat', 'chat', 'chat']);
    expect(result).toStrictEqual({ count: 4, channels: { email: { count: 1, share: 25 }, chat: { count: 3, share: 75 } } });
    expect(Object.keys(result.channels)).toStrictEqual(['email', 'chat']);
  });

  test('from records, by the channel field by default, by another field, or by a function', () => {
    const tickets = [
      { id: 1, channel: 'email', via: 'web' },
      { id: 2, channel: 'chat', via: 'app' },
      { id: 3, channel: 'chat', via: 'app' },
      { id: 4, channel: 'phone', via: 'app' },
    ];
    expect(channelShares(tickets).channels).toStrictEqual({
      email: { count: 1, share: 25 },
      chat: { count: 2, share: 50 },
      phone: { count: 1, share: 25 },
    });
    expect(channelShares(tickets, 'via').channels).toStrictEqual({ web: { count: 1, share: 25 }, app: { count: 3, share: 75 } });
    expect(channelShares(tickets, (t, i) => (i < 1 ? 'first' : t.channel)).channels['first']).toStrictEqual({ count: 1, share: 25 });
  });

  test('from any iterable of names or records, such as a generator', () => {
    function* contacts(): Generator<{ channel: string }> {
      yield { channel: 'chat' };
      yield { channel: 'email' };
    }
    expect(channelShares(contacts()).channels).toStrictEqual({ chat: { count: 1, share: 50 }, email: { count: 1, share: 50 } });
    expect(channelShares(new Set(['chat', 'email'])).count).toBe(2);
  });

  test('the three forms give the same result for the same contacts', () => {
    const names = ['sms', 'email', 'sms'];
    const fromNames = channelShares(names);
    expect(channelShares(names.map((channel) => ({ channel })))).toStrictEqual(fromNames);
    expect(channelShares({ sms: 2, email: 1 })).toStrictEqual(fromNames);
  });

  test('is not rounded: 1 of 3 is 100 / 3', () => {
    expect(channelShares({ a: 1, b: 2 }).channels.a.share).toBe(100 / 3);
  });

  test('a channel with a count of 0 is kept with a share of 0', () => {
    expect(channelShares({ email: 0, chat: 5 }).channels.email).toStrictEqual({ count: 0, share: 0 });
  });

  test('a channel named "__proto__" is a channel like any other', () => {
    const result = channelShares(['__proto__', 'a']);
    expect(Object.keys(result.channels)).toStrictEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(result.channels)).toBe(Object.prototype);
  });

  test('a record without its channel, or with an empty one, is refused naming its index', () => {
    const e = metricErrorOf(() => channelShares([{ channel: 'a' }, { chanel: 'b' }] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'channelShares', index: 1 });
    expect(e.message).toBe('channelShares: the field "channel" of the record at index 1 is missing; a channel is a non-empty string');
    expect(metricErrorOf(() => channelShares(['a', ''])).details).toStrictEqual({ fn: 'channelShares', index: 1 });
    expect(metricErrorOf(() => channelShares([{ c: 'a' }], (r) => r.c.length as never)).code).toBe('INVALID_TYPE');
  });

  test('names and records cannot be mixed; records must be objects', () => {
    expect(metricErrorOf(() => channelShares(['a', { channel: 'a' }] as never)).message).toBe(
      'channelShares: the element at index 1 is a record, but the list starts with channel names; give names or records, not both',
    );
    expect(metricErrorOf(() => channelShares([{ channel: 'a' }, 'a'] as never)).code).toBe('INVALID_TYPE');
  });

  test('nothing to count is EMPTY_INPUT; bad counts are refused', () => {
    expect(metricErrorOf(() => channelShares([])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => channelShares({})).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => channelShares({ a: 0 })).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => channelShares({ a: -1 })).code).toBe('INVALID_COUNTS');
    expect(metricErrorOf(() => channelShares({ a: 1.5 })).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => channelShares({ '': 3 })).code).toBe('INVALID_TYPE');
  });

  test('counts adding up to more than 2^53 − 1 are OUT_OF_RANGE: the count and the shares would not be exact', () => {
    const error = metricErrorOf(() => channelShares({ email: Number.MAX_SAFE_INTEGER, chat: 300 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^channelShares: the sum of the channel counts .* is above 2\^53 − 1/);
    // up to 2^53 − 1 the sum is exact, and so are the shares
    expect(channelShares({ email: Number.MAX_SAFE_INTEGER - 300, chat: 300 })).toStrictEqual({
      count: Number.MAX_SAFE_INTEGER,
      channels: {
        email: { count: Number.MAX_SAFE_INTEGER - 300, share: ((Number.MAX_SAFE_INTEGER - 300) * 100) / Number.MAX_SAFE_INTEGER },
        chat: { count: 300, share: (300 * 100) / Number.MAX_SAFE_INTEGER },
      },
    });
  });

  test('by is only for records, and must be a field name or a function', () => {
    expect(metricErrorOf(() => channelShares({ a: 1 } as never, 'channel' as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => channelShares(['a'] as never, 'channel' as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => channelShares([{ channel: 'a' }], 5 as never)).code).toBe('INVALID_OPTION');
  });
});
