import { describe, expect, test } from 'vitest';
import { backlog, contactRate, escalationRate, reopenRate, ticketVolume } from '../../src/index.js';
import { refusalOf } from '../helpers.js';

const T0 = '2026-11-02T09:00:00Z';
const tickets = [{ createdAt: T0, resolvedAt: '2026-11-02T15:00:00Z' }];
// a history routed to support, as the escalation tests read it
const routed = { createdAt: T0, events: [{ type: 'assignment' as const, at: '2026-11-02T09:01:00Z', group: 'support' }] };
const badIterator = { [Symbol.iterator]: () => null };

describe('backlog: messages', () => {
  test('neither or both of at and every', () => {
    const expected = {
      code: 'INVALID_OPTION',
      details: { fn: 'backlog' },
      message: 'backlog: give either option at (a list of instants) or option every (a period), not both or neither',
    };
    expect(refusalOf(() => backlog(tickets, {} as never))).toStrictEqual(expected);
    expect(refusalOf(() => backlog(tickets, { at: [T0], every: 'day' } as never))).toStrictEqual(expected);
  });

  test('a period option with at', () => {
    expect(refusalOf(() => backlog(tickets, { at: [T0], timeZone: 'UTC' }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'backlog' },
      message: 'backlog: option timeZone applies to every, not to a list of instants at',
    });
  });

  test('input that is not a list of tickets', () => {
    expect(refusalOf(() => backlog(42 as never, { at: [T0] }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'backlog' },
      message: 'backlog: input is a number; pass tickets (an array or iterable of objects)',
    });
  });

  test.each([
    [null, 'null'],
    [{}, 'an object'],
    [7, '7'],
  ])('option at %j is not a list', (at, shown) => {
    expect(refusalOf(() => backlog(tickets, { at } as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'backlog' },
      message: `backlog: option at must be a list of instants, got ${shown}`,
    });
  });

  test('option at whose iterator is not an object', () => {
    expect(refusalOf(() => backlog(tickets, { at: badIterator } as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'backlog' },
      message: 'backlog: option at is not iterable: its iterator gave null, not an object',
    });
  });

  test('an instant of at that is not a time is named by its index', () => {
    expect(refusalOf(() => backlog(tickets, { at: [T0, NaN] }))).toStrictEqual({
      code: 'INVALID_DATE',
      details: { fn: 'backlog' },
      message: 'backlog: option at[1] NaN is not a time: epoch milliseconds must be finite and within ±8.64e15',
    });
  });

  test('a resolution before the creation', () => {
    const late = [{ createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-02T09:00:00Z' }];
    expect(refusalOf(() => backlog(late, { every: 'day' }))).toStrictEqual({
      code: 'NEGATIVE_DURATION',
      details: { fn: 'backlog', index: 0 },
      message: 'backlog: tickets[0].resolvedAt (2026-11-02T09:00:00.000Z) is before tickets[0].createdAt (2026-11-02T10:00:00.000Z)',
    });
  });
});

describe('ticketVolume: messages', () => {
  test('option field that is not a name', () => {
    const expected = {
      code: 'INVALID_OPTION',
      details: { fn: 'ticketVolume' },
      message: "ticketVolume: option field must be the name of a time field, e.g. 'resolvedAt'",
    };
    expect(refusalOf(() => ticketVolume(tickets, { every: 'day', field: 5 } as never))).toStrictEqual(expected);
    expect(refusalOf(() => ticketVolume(tickets, { every: 'day', field: '' } as never))).toStrictEqual(expected);
  });

  test('escalationGroups with another field', () => {
    expect(refusalOf(() => ticketVolume(tickets, { every: 'day', escalationGroups: ['tier-2'] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn: 'ticketVolume' },
      message: "ticketVolume: option escalationGroups applies to field 'escalatedAt' (histories' escalations), not to 'createdAt'",
    });
  });

  test('input that is not a list of tickets', () => {
    expect(refusalOf(() => ticketVolume(42 as never, { every: 'day' }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'ticketVolume' },
      message: 'ticketVolume: input is a number; pass tickets (an array or iterable of objects)',
    });
  });

  test('a ticket without createdAt is named by its index', () => {
    expect(refusalOf(() => ticketVolume([{ createdAt: T0 }, { resolvedAt: T0 }] as never, { every: 'day' }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn: 'ticketVolume', index: 1 },
      message: 'ticketVolume: tickets[1].createdAt is missing',
    });
  });

  test('a time whose period ends after the range of dates', () => {
    const range = '(±8.64e15 ms, years −271821 to 275760)';
    expect(refusalOf(() => ticketVolume([{ createdAt: 0 }, { createdAt: 8.64e15 }], { every: 'day' }))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn: 'ticketVolume' },
      message: `ticketVolume: a time at the end of the range of dates ${range} lies in a day that ends after it`,
    });
    // the first day begins exactly at −8.64e15, inside the range: it is the last day that is out of it
    const both = [{ createdAt: -8.64e15 }, { createdAt: 8.64e15 }];
    expect(refusalOf(() => ticketVolume(both, { every: 'day' })).message).toBe(
      `ticketVolume: a time at the end of the range of dates ${range} lies in a day that ends after it`,
    );
  });

  test('a time whose period begins before the range of dates', () => {
    // −8.64e15 is 20 April −271821; its month begins on 1 April, before the range
    expect(refusalOf(() => ticketVolume([{ createdAt: -8.64e15 }], { every: 'month' }))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn: 'ticketVolume' },
      message:
        'ticketVolume: a time at the start of the range of dates (±8.64e15 ms, years −271821 to 275760) ' +
        'lies in a month that begins before it',
    });
  });

  test('more than 1,000,000 periods', () => {
    // day 0 (1970-01-01) to day 1,000,000 (4707-11-29): 1,000,001 days
    const span = [{ createdAt: 0 }, { createdAt: 1_000_000 * 86_400_000 }];
    expect(refusalOf(() => ticketVolume(span, { every: 'day' }))).toStrictEqual({
      code: 'OUT_OF_RANGE',
      details: { fn: 'ticketVolume' },
      message:
        'ticketVolume: the times run from 1970-01-01T00:00:00.000Z to 4707-11-29T00:00:00.000Z: ' +
        '1000001 periods of a day, more than 1,000,000; is a year mistyped?',
    });
  });
});

describe('contactRate: messages', () => {
  const fn = 'contactRate';
  const NO_BASE = 'with contact records give option customers or option orders (the size of the base), not both or neither';

  test('input that is neither records nor counts', () => {
    expect(refusalOf(() => contactRate(42 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message:
        'contactRate: input is a number; pass contact records (an array or iterable of objects), ' +
        'or counts { contacts, customers } or { contacts, orders }',
    });
  });

  test.each([[{ customers: 3 }], [{ orders: 3 }]])('counts with options %j', (options) => {
    expect(refusalOf(() => contactRate({ contacts: 1, customers: 3 }, options as never))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'contactRate: counts carry their customers or orders; pass them without options',
    });
  });

  test.each([
    [{ contacts: 1, customers: 2, total: 3 }, 'INVALID_TYPE', 'counts has an unknown field "total"; known fields: contacts, customers, orders'],
    [{ customers: 2 }, 'INVALID_COUNTS', 'counts.contacts is missing'],
    [{ contacts: 1 }, 'INVALID_COUNTS', 'give counts.customers or counts.orders, not both or neither'],
    [{ contacts: 1, customers: 2, orders: 3 }, 'INVALID_COUNTS', 'give counts.customers or counts.orders, not both or neither'],
    [{ contacts: 1, orders: -1 }, 'INVALID_COUNTS', 'counts.orders -1 is negative'],
    [{ contacts: 1, customers: 0.5 }, 'NOT_INTEGER', 'counts.customers 0.5 is not a whole number'],
    [{ contacts: 0, customers: 0 }, 'EMPTY_INPUT', 'no customers: the contact rate needs a base of at least one'],
    [{ contacts: 0, orders: 0 }, 'EMPTY_INPUT', 'no orders: the contact rate needs a base of at least one'],
  ])('counts %j: %s', (counts, code, message) => {
    expect(refusalOf(() => contactRate(counts as never))).toStrictEqual({ code, details: { fn }, message: `${fn}: ${message}` });
  });

  test('a record that is not an object is named by its index', () => {
    expect(refusalOf(() => contactRate([{}, null] as never, { customers: 2 }))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'contactRate: contacts[1] is null, not a contact record',
    });
  });

  test.each([
    [undefined, 'INVALID_OPTION', NO_BASE],
    [{ customers: 2, orders: 3 }, 'INVALID_OPTION', NO_BASE],
    [{ customers: -1 }, 'INVALID_OPTION', 'option customers must be a whole number ≥ 0, got -1'],
    [{ orders: 2.5 }, 'INVALID_OPTION', 'option orders must be a whole number ≥ 0, got 2.5'],
    [{ customers: '4' }, 'INVALID_OPTION', 'option customers must be a whole number ≥ 0, got "4"'],
    [{ customers: 0 }, 'EMPTY_INPUT', 'no customers: the contact rate needs a base of at least one'],
    [{ orders: 0 }, 'EMPTY_INPUT', 'no orders: the contact rate needs a base of at least one'],
  ])('records with options %j: %s', (options, code, message) => {
    expect(refusalOf(() => contactRate([{}], options as never))).toStrictEqual({ code, details: { fn }, message: `${fn}: ${message}` });
  });
});

describe('escalationRate: messages', () => {
  const fn = 'escalationRate';

  test('input that is neither tickets nor counts', () => {
    expect(refusalOf(() => escalationRate(42 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'escalationRate: input is a number; pass tickets (an array or iterable of objects), or counts { escalated, count }',
    });
  });

  test.each([
    [{ escalated: 1, count: 2, total: 2 }, 'INVALID_TYPE', 'counts has an unknown field "total"; known fields: escalated, count'],
    [{ count: 2 }, 'INVALID_COUNTS', 'counts.escalated is missing'],
    [{ escalated: 1 }, 'INVALID_COUNTS', 'counts.count is missing'],
    [{ escalated: 5, count: 4 }, 'INVALID_COUNTS', 'counts.escalated 5 is greater than counts.count 4'],
    [{ escalated: 0, count: 0 }, 'EMPTY_INPUT', 'no tickets: the escalation rate needs at least one'],
  ])('counts %j: %s', (counts, code, message) => {
    expect(refusalOf(() => escalationRate(counts as never))).toStrictEqual({ code, details: { fn }, message: `${fn}: ${message}` });
  });

  test('no tickets', () => {
    expect(refusalOf(() => escalationRate([]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'escalationRate: no tickets: the escalation rate needs at least one',
    });
  });

  test('escalationGroups with counts, or with tickets that carry escalatedAt', () => {
    expect(refusalOf(() => escalationRate({ escalated: 1, count: 2 }, { escalationGroups: ['tier-2'] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message: 'escalationRate: option escalationGroups applies to ticket histories; counts were counted already',
    });
    expect(refusalOf(() => escalationRate([{ createdAt: 0, escalatedAt: 1 }], { escalationGroups: ['tier-2'] }))).toStrictEqual({
      code: 'INVALID_OPTION',
      details: { fn },
      message:
        'escalationRate: option escalationGroups applies to ticket histories (records with events); these tickets carry escalatedAt',
    });
  });

  test.each([
    [null, 'INVALID_OPTION', 'option escalationGroups must be a list of group ids (strings or numbers), got null'],
    [{}, 'INVALID_OPTION', 'option escalationGroups must be a list of group ids (strings or numbers), got an object'],
    ['tier-2', 'INVALID_OPTION', 'option escalationGroups must be a list of group ids (strings or numbers), got "tier-2"'],
    [{ length: -1 }, 'INVALID_OPTION', 'option escalationGroups has a length of -1; pass an array or a set of group ids'],
    [{ length: 1.5 }, 'INVALID_OPTION', 'option escalationGroups has a length of 1.5; pass an array or a set of group ids'],
    [{ length: 2 ** 32 }, 'INVALID_OPTION', 'option escalationGroups has a length of 4294967296; pass an array or a set of group ids'],
    [badIterator, 'INVALID_TYPE', 'option escalationGroups is not iterable: its iterator gave null, not an object'],
    [[null], 'INVALID_OPTION', 'option escalationGroups[0] is null; a group id is a string or a finite number'],
    [['tier-2', true], 'INVALID_OPTION', 'option escalationGroups[1] is true; a group id is a string or a finite number'],
    [new Set(['tier-2', NaN]), 'INVALID_OPTION', 'option escalationGroups[1] is NaN; a group id is a string or a finite number'],
  ])('escalationGroups %j: %s', (groups, code, message) => {
    expect(refusalOf(() => escalationRate([routed], { escalationGroups: groups as never }))).toStrictEqual({
      code,
      details: { fn },
      message: `${fn}: ${message}`,
    });
  });

  test('a history escalated before it was created', () => {
    expect(refusalOf(() => escalationRate([{ ...routed, escalatedAt: '2026-11-01T00:00:00Z' }]))).toStrictEqual({
      code: 'NEGATIVE_DURATION',
      details: { fn, index: 0 },
      message: 'escalationRate: tickets[0].escalatedAt (2026-11-01T00:00:00.000Z) is before tickets[0].createdAt (2026-11-02T09:00:00.000Z)',
    });
  });
});

describe('reopenRate: messages', () => {
  const fn = 'reopenRate';
  const NOT_A_TIME = 'is not a time: epoch milliseconds must be finite and within ±8.64e15';

  test('input that is neither tickets nor counts', () => {
    expect(refusalOf(() => reopenRate(42 as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn },
      message: 'reopenRate: input is a number; pass tickets (an array or iterable of objects), or counts { reopened, resolved }',
    });
  });

  test.each([
    [{ reopened: 1, resolved: 2, total: 2 }, 'INVALID_TYPE', 'counts has an unknown field "total"; known fields: reopened, resolved'],
    [{ resolved: 2 }, 'INVALID_COUNTS', 'counts.reopened is missing'],
    [{ reopened: 1 }, 'INVALID_COUNTS', 'counts.resolved is missing'],
    [{ reopened: 3, resolved: 2 }, 'INVALID_COUNTS', 'counts.reopened 3 is greater than counts.resolved 2'],
    [{ reopened: 0, resolved: 0 }, 'EMPTY_INPUT', 'no resolved tickets: the reopen rate needs at least one'],
  ])('counts %j: %s', (counts, code, message) => {
    expect(refusalOf(() => reopenRate(counts as never))).toStrictEqual({ code, details: { fn }, message: `${fn}: ${message}` });
  });

  test('no resolved tickets', () => {
    expect(refusalOf(() => reopenRate([{ createdAt: T0 }]))).toStrictEqual({
      code: 'EMPTY_INPUT',
      details: { fn },
      message: 'reopenRate: no resolved tickets: the reopen rate needs at least one',
    });
  });

  test('a ticket that is not an object is named by its index', () => {
    expect(refusalOf(() => reopenRate([{ createdAt: T0 }, 42] as never))).toStrictEqual({
      code: 'INVALID_TYPE',
      details: { fn, index: 1 },
      message: 'reopenRate: tickets[1] is a number, not a ticket',
    });
  });

  test.each([
    [{ reopens: '2' }, 'INVALID_TYPE', 'tickets[1].reopens is a string, not a number'],
    [{ reopens: NaN }, 'NOT_FINITE', 'tickets[1].reopens NaN is not a finite number'],
    [{ reopens: 1.5 }, 'NOT_INTEGER', 'tickets[1].reopens 1.5 is not a whole number'],
    [{ reopens: -1 }, 'INVALID_COUNTS', 'tickets[1].reopens -1 is negative'],
    [{ reopens: 0, reopenedAt: T0 }, 'INVALID_COUNTS', 'tickets[1] has reopens 0 and a reopenedAt (2026-11-02T09:00:00.000Z)'],
    [{ resolvedAt: Infinity }, 'INVALID_DATE', `tickets[1].resolvedAt Infinity ${NOT_A_TIME}`],
    [{ reopenedAt: -Infinity }, 'INVALID_DATE', `tickets[1].reopenedAt -Infinity ${NOT_A_TIME}`],
  ])('ticket %j: %s', (fields, code, message) => {
    const list = [{ createdAt: T0 }, { createdAt: T0, ...fields }];
    expect(refusalOf(() => reopenRate(list as never))).toStrictEqual({ code, details: { fn, index: 1 }, message: `${fn}: ${message}` });
  });
});
