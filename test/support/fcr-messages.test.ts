/**
 * firstContactResolution and its summary: the code, details and message of
 * each refusal, and the counts behind the rate, written from the
 * definition (resolved tickets with exactly one agent reply / resolved
 * tickets with at least one).
 */
import { describe, expect, test } from 'vitest';
import { firstContactResolutionRate, firstContactResolutionSummary } from '../../src/index.js';
import { expectRefusal, untyped } from '../helpers.js';

const A = '2026-11-03T09:00:00Z';
const B = '2026-11-03T10:00:00Z';
const customer = { at: A, from: 'customer' as const };
const reply = { at: A, from: 'agent' as const };

describe.each([
  ['firstContactResolutionRate', firstContactResolutionRate],
  ['firstContactResolutionSummary', firstContactResolutionSummary],
] as const)('%s', (fn, f) => {
  const call = (input: unknown, options?: unknown) => (f as (i: unknown, o?: unknown) => unknown)(input, options);

  test('options are refused, and input of no accepted form names both forms', () => {
    expectRefusal(() => call([], {}), 'EMPTY_INPUT', { fn }, 'no tickets');
    // no option is known, so every key is unknown
    expectRefusal(() => call({ resolvedOnFirstContact: 1, resolved: 2 }, { unit: 'minutes' }), 'INVALID_OPTION', { fn }, 'unknown option "unit"; known options: none');
    expectRefusal(
      () => call(5),
      'INVALID_TYPE',
      { fn },
      'input is a number; pass tickets (an array or iterable of objects), or counts { resolvedOnFirstContact, resolved }',
    );
  });

  test('counts: each field named, and the rate rule', () => {
    expectRefusal(() => call({ resolved: 2 }), 'INVALID_COUNTS', { fn }, 'counts.resolvedOnFirstContact is missing');
    expectRefusal(() => call({ resolvedOnFirstContact: 1 }), 'INVALID_COUNTS', { fn }, 'counts.resolved is missing');
    expectRefusal(() => call({ resolvedOnFirstContact: 3, resolved: 2 }), 'INVALID_COUNTS', { fn }, 'counts.resolvedOnFirstContact 3 is greater than counts.resolved 2');
    expectRefusal(() => call({ resolvedOnFirstContact: 0, resolved: 0 }), 'EMPTY_INPUT', { fn }, 'no resolved tickets');
  });

  test('tickets: the fields and the order of each, by index', () => {
    const ok = { createdAt: A, resolvedAt: B, messages: [customer, reply] };
    expectRefusal(() => call([ok, { resolvedAt: B, messages: [] }]), 'INVALID_TYPE', { fn, index: 1 }, 'tickets[1].createdAt is missing');
    expectRefusal(
      () => call([ok, { createdAt: A, resolvedAt: 'soon', messages: [] }]),
      'INVALID_DATE',
      { fn, index: 1 },
      'tickets[1].resolvedAt "soon" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    expectRefusal(
      () => call([{ createdAt: B, resolvedAt: A, messages: [] }]),
      'NEGATIVE_DURATION',
      { fn, index: 0 },
      'tickets[0].resolvedAt (2026-11-03T09:00:00.000Z) is before tickets[0].createdAt (2026-11-03T10:00:00.000Z)',
    );
    expectRefusal(
      () => call([ok, ok, { createdAt: A, resolvedAt: B }]),
      'INVALID_TYPE',
      { fn, index: 2 },
      'tickets[2] is resolved but has no messages; first contact resolution counts the agent replies in messages',
    );
  });

  test('nothing resolved with a reply: the tickets left out are counted in the message', () => {
    // one unresolved, one resolved without an agent reply; an unresolved ticket needs no messages
    expectRefusal(
      () => call([{ createdAt: A }, { createdAt: A, resolvedAt: B, messages: [customer] }]),
      'EMPTY_INPUT',
      { fn },
      'no ticket is resolved with an agent reply (2 tickets left out)',
    );
    expectRefusal(() => call([{ createdAt: A, resolvedAt: null }]), 'EMPTY_INPUT', { fn }, 'no ticket is resolved with an agent reply (1 ticket left out)');
  });
});

test('the summary counts what the rate is made of', () => {
  const tickets = [
    { createdAt: A, resolvedAt: B, messages: [customer, reply] },
    { createdAt: A, resolvedAt: B, messages: [customer, reply, customer, reply] },
    { createdAt: A, resolvedAt: B, messages: [customer, reply, customer, { ...reply, public: false }] },
    { createdAt: A, messages: [customer, reply] },
    { createdAt: A, resolvedAt: A, messages: [customer] },
  ];
  // 2 of 3 resolved tickets with a reply have exactly one; the unresolved one and the one without a reply are left out
  expect(firstContactResolutionSummary(untyped(tickets))).toStrictEqual({ rate: (2 * 100) / 3, resolvedOnFirstContact: 2, resolved: 3, leftOut: 2 });
  expect(firstContactResolutionRate(untyped(tickets))).toBe((2 * 100) / 3);
});
