import { describe, expect, test } from 'vitest';
import { contactRate, escalationRate, reopenRate } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('reopenRate', () => {
  test('reopened / resolved at least once × 100, from counts and from tickets', () => {
    expect(reopenRate({ reopened: 12, resolved: 240 })).toBe(5);
    const tickets = [
      { createdAt: '2026-11-02T09:00:00Z', resolvedAt: '2026-11-02T15:00:00Z' },
      { createdAt: '2026-11-02T10:00:00Z', resolvedAt: '2026-11-05T10:00:00Z', reopens: 2 },
      { createdAt: '2026-11-03T10:00:00Z', reopenedAt: '2026-11-04T08:00:00Z' },
      { createdAt: '2026-11-03T12:00:00Z' },
      { createdAt: '2026-11-03T13:00:00Z', resolvedAt: '2026-11-03T14:00:00Z', reopens: 0, reopenedAt: null },
    ];
    // resolved at least once: tickets 0, 1, 2 (open again now), 4; reopened: 1, 2
    expect(reopenRate(tickets)).toBe((2 * 100) / 4);
  });

  test.each([
    [[{ createdAt: '2026-11-02T09:00:00Z' }], 'EMPTY_INPUT'],
    [{ reopened: 3, resolved: 2 }, 'INVALID_COUNTS'],
    [{ reopened: 1 }, 'INVALID_COUNTS'],
    [{ reopened: 1, resolved: 2, total: 2 }, 'INVALID_TYPE'],
    [[{ reopens: 0, reopenedAt: '2026-11-02T09:00:00Z' }], 'INVALID_COUNTS'],
    [[{ reopens: -1 }], 'INVALID_COUNTS'],
    [[{ reopens: 1.5 }], 'NOT_INTEGER'],
    [[{ reopens: NaN }], 'NOT_FINITE'],
    [[{ reopens: '2' }], 'INVALID_TYPE'],
    [[{ resolvedAt: 'yesterday' }], 'INVALID_DATE'],
    [[null], 'INVALID_TYPE'],
  ])('%j: %s', (input, code) => {
    expect(metricErrorOf(() => reopenRate(input as never)).code).toBe(code);
  });
});

describe('escalationRate', () => {
  test('escalated / all × 100', () => {
    expect(escalationRate({ escalated: 18, count: 600 })).toBe(3);
    const tickets = [{ escalatedAt: '2026-11-02T11:00:00Z' }, { escalatedAt: null }, {}, { escalatedAt: Date.UTC(2026, 10, 3) }];
    expect(escalationRate(tickets as never)).toBe(50);
  });

  test.each([
    [[], 'EMPTY_INPUT'],
    [{ escalated: 0, count: 0 }, 'EMPTY_INPUT'],
    [{ escalated: 5, count: 4 }, 'INVALID_COUNTS'],
    [[{ escalatedAt: 'no' }], 'INVALID_DATE'],
    [[1], 'INVALID_TYPE'],
  ])('%j: %s', (input, code) => {
    expect(metricErrorOf(() => escalationRate(input as never)).code).toBe(code);
  });
});

describe('contactRate', () => {
  test('contacts per customer or per order, a ratio that may exceed 1', () => {
    expect(contactRate({ contacts: 120, customers: 1000 })).toBe(0.12);
    expect(contactRate({ contacts: 45, orders: 900 })).toBe(0.05);
    expect(contactRate({ contacts: 30, customers: 20 })).toBe(1.5);
    expect(contactRate([{}, {}, {}], { orders: 4 })).toBe(0.75);
    expect(contactRate(new Set([{ id: 1 }]), { customers: 8 })).toBe(0.125);
  });

  test.each([
    [{ contacts: 1, customers: 0 }, undefined, 'EMPTY_INPUT'],
    [{ contacts: 1, customers: 2, orders: 3 }, undefined, 'INVALID_COUNTS'],
    [{ contacts: 1 }, undefined, 'INVALID_COUNTS'],
    [{ contacts: -1, customers: 3 }, undefined, 'INVALID_COUNTS'],
    [{ contacts: 1, customers: 3 }, { customers: 3 }, 'INVALID_OPTION'],
    [[{}], undefined, 'INVALID_OPTION'],
    [[{}], { customers: 2, orders: 3 }, 'INVALID_OPTION'],
    [[{}], { customers: 2.5 }, 'INVALID_OPTION'],
    [[{}], { customers: 0 }, 'EMPTY_INPUT'],
    [[{}], { base: 10 }, 'INVALID_OPTION'],
    [[1], { customers: 10 }, 'INVALID_TYPE'],
  ])('%j with %j: %s', (input, options, code) => {
    expect(metricErrorOf(() => contactRate(input as never, options as never)).code).toBe(code);
  });
});
