import { describe, expect, test } from 'vitest';
import { channelShares, feedbackResponseRate, participationRate, referralRate } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

// Error messages are part of the contract: each test below checks the code,
// the details and the exact message, filled in by hand from the templates in
// src/customers/counted-rate.ts, feedback.ts and channels.ts (`${fn}: ${message}`).

describe('participationRate and referralRate messages', () => {
  const fn = 'participationRate';

  test('an input that is neither values nor counts names both forms and the part', () => {
    expect(refusalOf(() => participationRate(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message:
        'participationRate: input is a number; pass one boolean or count per customer (an array or iterable of numbers), or counts { participants, count }',
    });
    expect(refusalOf(() => referralRate(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'referralRate' },
      message: 'referralRate: input is a number; pass one boolean or count per customer (an array or iterable of numbers), or counts { referred, count }',
    });
  });

  test('a count of 0 and no values are EMPTY_INPUT with their own messages', () => {
    expect(refusalOf(() => participationRate({ participants: 0, count: 0 }))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'participationRate: counts.count is 0: a rate needs at least one',
    });
    expect(refusalOf(() => participationRate([]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'participationRate: no values: a rate needs at least one customer',
    });
  });

  test.each([
    [undefined, 'INVALID_TYPE', 'value at index 1 is undefined, not a boolean or a count'],
    [null, 'INVALID_TYPE', 'value at index 1 is null, not a boolean or a count'],
    ['yes', 'INVALID_TYPE', 'value "yes" at index 1 is a string, not a boolean or a count'],
    [NaN, 'NOT_FINITE', 'value NaN at index 1 is not a finite number'],
    [Infinity, 'NOT_FINITE', 'value Infinity at index 1 is not a finite number'],
    [1.5, 'NOT_INTEGER', 'value 1.5 at index 1 is not a whole number'],
    [-1, 'INVALID_COUNTS', 'value -1 at index 1 is negative'],
  ])('the value %s after a good one is refused', (v, code, says) => {
    expect(refusalOf(() => participationRate([true, v] as never))).toStrictEqual({
      code,
      details: { fn, index: 1 },
      message: `participationRate: ${says}`,
    });
  });

  test('a count of 0 says no and a count of 1 or more says yes', () => {
    // yes: true, 1, 3; no: false, 0: 3 of 5 = 60
    expect(participationRate([true, 1, 3, false, 0])).toBe(60);
  });
});

describe('feedbackResponseRate messages', () => {
  const fn = 'feedbackResponseRate';
  const day = (d: number) => Date.UTC(2026, 0, d);

  test('an input that is neither records nor counts names both forms', () => {
    expect(refusalOf(() => feedbackResponseRate(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'feedbackResponseRate: input is a number; pass feedback records (an array or iterable of objects), or counts { responded, count }',
    });
  });

  test('no records is EMPTY_INPUT', () => {
    expect(refusalOf(() => feedbackResponseRate([]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'feedbackResponseRate: no feedback records: a rate needs at least one',
    });
  });

  test.each([
    [5, 'a number'],
    ['x', 'a string'],
    [null, 'null'],
  ])('a record that is %s is INVALID_TYPE', (record, kind) => {
    expect(refusalOf(() => feedbackResponseRate([{ responded: true }, record] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `feedbackResponseRate: record at index 1 is ${kind}, not an object { receivedAt, respondedAt? }`,
    });
  });

  test('responded must be a boolean', () => {
    expect(refusalOf(() => feedbackResponseRate([{ responded: 'yes' }] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 0 },
      message: 'feedbackResponseRate: record at index 0 has responded "yes"; it must be true or false',
    });
  });

  test('a receivedAt of null counts as absent when responded is given', () => {
    expect(feedbackResponseRate([{ receivedAt: null, responded: true }, { receivedAt: null, responded: false }] as never)).toBe(50);
  });

  test('a bad timestamp names its record and field', () => {
    expect(refusalOf(() => feedbackResponseRate([{ receivedAt: NaN }]))).toStrictEqual({
      code: 'INVALID_DATE',
      details: { fn, index: 0 },
      message: 'feedbackResponseRate: records[0].receivedAt NaN is not a time: epoch milliseconds must be finite and within ±8.64e15',
    });
    expect(refusalOf(() => feedbackResponseRate([{ receivedAt: day(1) }, { receivedAt: day(1), respondedAt: Infinity }]))).toStrictEqual({
      code: 'INVALID_DATE',
      details: { fn, index: 1 },
      message: 'feedbackResponseRate: records[1].respondedAt Infinity is not a time: epoch milliseconds must be finite and within ±8.64e15',
    });
  });

  test('an answer before the feedback was received is NEGATIVE_DURATION with both times', () => {
    expect(refusalOf(() => feedbackResponseRate([{ receivedAt: day(2), respondedAt: day(1) }]))).toStrictEqual({
      code: 'NEGATIVE_DURATION',
      details: { fn, index: 0 },
      message: 'feedbackResponseRate: record at index 0 was answered (2026-01-01T00:00:00.000Z) before it was received (2026-01-02T00:00:00.000Z)',
    });
    // answered at the moment it was received is not before it
    expect(feedbackResponseRate([{ receivedAt: day(2), respondedAt: day(2) }, { receivedAt: day(2) }])).toBe(50);
  });
});

describe('channelShares messages', () => {
  const fn = 'channelShares';

  test('an input that is neither a list nor counts names both forms', () => {
    expect(refusalOf(() => channelShares(5 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message:
        'channelShares: input is a number; pass channel names or records (an array or iterable of objects), or counts per channel (an object or a Map)',
    });
  });

  test('by is refused with counts and with names, and must be a field name or a function', () => {
    expect(refusalOf(() => channelShares({ email: 1 }, 'channel' as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'channelShares: by is for records; counts per channel take no second argument',
    });
    expect(refusalOf(() => channelShares(['email'], 'channel' as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'channelShares: by is for records; a list of channel names takes no second argument',
    });
    expect(refusalOf(() => channelShares([{ channel: 'email' }], 5 as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'channelShares: by must be a field name or a function, not a number',
    });
  });

  test('nothing to count is EMPTY_INPUT, for an empty list and for counts adding up to 0', () => {
    expect(refusalOf(() => channelShares([]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'channelShares: no records or channel names to count',
    });
    expect(refusalOf(() => channelShares({ email: 0, chat: 0 }))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'channelShares: nothing to count: the channel counts add up to 0',
    });
  });

  test('a record in a list of names names its index', () => {
    expect(refusalOf(() => channelShares(['chat', { channel: 'email' }] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'channelShares: the element at index 1 is a record, but the list starts with channel names; give names or records, not both',
    });
  });

  test.each([
    [undefined, 'missing'],
    ['', 'an empty string'],
    [5, '5'],
  ])('a channel name %s in a list of names is INVALID_TYPE', (name, shown) => {
    expect(refusalOf(() => channelShares(['chat', name] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `channelShares: the channel at index 1 is ${shown}; a channel is a non-empty string`,
    });
  });

  test.each([
    [undefined, 'missing'],
    ['', 'an empty string'],
    [null, 'null'],
  ])('a channel field %s of a record is INVALID_TYPE', (channel, shown) => {
    expect(refusalOf(() => channelShares([{ channel: 'chat' }, { channel }] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `channelShares: the field "channel" of the record at index 1 is ${shown}; a channel is a non-empty string`,
    });
  });

  test('a channel function that gives no name is named by the record index', () => {
    expect(refusalOf(() => channelShares([{ id: 1 }, { id: 2 }], (r) => (r.id > 1 ? '' : 'chat')))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'channelShares: the channel of the record at index 1 is an empty string; a channel is a non-empty string',
    });
  });

  test.each([
    [5, 'a number'],
    [null, 'null'],
  ])('a record that is %s among records is INVALID_TYPE', (record, kind) => {
    expect(refusalOf(() => channelShares([{ channel: 'chat' }, record] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: `channelShares: record at index 1 is ${kind}, not an object`,
    });
  });

  test('counts name a bad channel name or a bad count', () => {
    expect(refusalOf(() => channelShares({ '': 5 }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'channelShares: a channel name in the counts is an empty string; a channel is a non-empty string',
    });
    expect(refusalOf(() => channelShares(new Map([[5, 1]]) as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'channelShares: a channel name in the counts is 5; a channel is a non-empty string',
    });
    expect(refusalOf(() => channelShares({ email: 1.5 }))).toStrictEqual({
      code: 'NOT_INTEGER',
      details: { fn },
      message: 'channelShares: counts["email"] 1.5 is not a whole number',
    });
    expect(refusalOf(() => channelShares({ email: -1 }))).toStrictEqual({
      code: 'INVALID_COUNTS',
      details: { fn },
      message: 'channelShares: counts["email"] -1 is negative',
    });
  });

  test('each channel of the result is an ordinary property, __proto__ included', () => {
    const ordinary = (value: unknown) => Object.getOwnPropertyDescriptor({ x: value }, 'x');
    const result = channelShares(new Map([['email', 1], ['__proto__', 3]]) as never);
    expect(Object.getOwnPropertyDescriptor(result.channels, 'email')).toStrictEqual(ordinary({ count: 1, share: 25 }));
    expect(Object.getOwnPropertyDescriptor(result.channels, '__proto__')).toStrictEqual(ordinary({ count: 3, share: 75 }));
  });
});
