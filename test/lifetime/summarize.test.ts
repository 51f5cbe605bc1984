import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { MetricError, summarizeTransactions } from '../../src/index.js';

describe('summarizeTransactions', () => {
  const log = [
    { customerId: 'ann', date: '1997-01-01', amount: 20 },
    { customerId: 'ann', date: '1997-01-15', amount: 10 },
    { customerId: 'ann', date: '1997-01-15', amount: 5 },
    { customerId: 'ann', date: '1997-01-29', amount: 30 },
    { customerId: 'bob', date: '1997-01-08', amount: 12 },
    { customerId: 'ann', date: '1997-03-01', amount: 99 },
  ];

  test('frequency counts purchase days after the first; same-day purchases are one, their amounts added', () => {
    const [ann] = summarizeTransactions(log, { observationEnd: '1997-01-31', unit: 'days' });
    // days 1, 15 (10 + 5), 29: two repeat purchases worth 15 and 30
    expect(ann).toStrictEqual({ customerId: 'ann', frequency: 2, recency: 28, T: 30, monetaryValue: 22.5 });
  });

  test('weeks are days / 7', () => {
    const [ann, bob] = summarizeTransactions(log, { observationEnd: '1997-01-31', unit: 'weeks' });
    expect(ann!.recency).toBe(4);
    expect(ann!.T).toBe(30 / 7);
    expect(bob).toStrictEqual({ customerId: 'bob', frequency: 0, recency: 0, T: 23 / 7, monetaryValue: 0 });
  });

  test('transactions after observationEnd are the hold-out: left out, not an error', () => {
    const all = summarizeTransactions(log, { observationEnd: '1997-03-31', unit: 'days' });
    expect(all[0]!.frequency).toBe(3);
    expect(summarizeTransactions(log, { observationEnd: '1997-01-31', unit: 'days' })[0]!.frequency).toBe(2);
  });

  test('observationEnd is included', () => {
    expect(summarizeTransactions(log, { observationEnd: '1997-01-29', unit: 'days' })[0]).toMatchObject({ frequency: 2, T: 28 });
  });

  test('a customer whose only purchases come after observationEnd is not listed', () => {
    const histories = summarizeTransactions([...log, { customerId: 'cy', date: '1997-02-02', amount: 5 }], {
      observationEnd: '1997-01-31',
      unit: 'days',
    });
    expect(histories.map((h) => h.customerId)).toStrictEqual(['ann', 'bob']);
  });

  test('timestamps count by their UTC day; dates by their calendar day', () => {
    const histories = summarizeTransactions(
      [
        { customerId: 1, date: '1997-01-01T23:30:00-02:00', amount: 10 }, // 01:30 UTC on 2 January
        { customerId: 1, date: Date.UTC(1997, 0, 2, 12), amount: 10 },
        { customerId: 1, date: new Date(Date.UTC(1997, 0, 5)), amount: 4 },
      ],
      { observationEnd: '1997-01-10', unit: 'days' },
    );
    expect(histories[0]).toStrictEqual({ customerId: 1, frequency: 1, recency: 3, T: 8, monetaryValue: 4 });
  });

  test('refunds count in the day total', () => {
    const [h] = summarizeTransactions(
      [
        { customerId: 'a', date: '2026-01-01', amount: 10 },
        { customerId: 'a', date: '2026-01-02', amount: 50 },
        { customerId: 'a', date: '2026-01-02', amount: -20 },
      ],
      { observationEnd: '2026-01-31', unit: 'days' },
    );
    expect(h!.monetaryValue).toBe(30);
  });

  test.each([
    [[{ customerId: 'a', date: '1997-01-01 10:00', amount: 1 }], 'INVALID_DATE'],
    [[{ customerId: 'a', date: '1997-02-30', amount: 1 }], 'INVALID_DATE'],
    [[{ customerId: 'a', date: 'yesterday', amount: 1 }], 'INVALID_DATE'],
    [[{ customerId: 'a', date: '1997-01-01', amount: NaN }], 'NOT_FINITE'],
    [[{ customerId: 'a', date: '1997-01-01', amount: '10' }], 'INVALID_TYPE'],
    [[{ customerId: '', date: '1997-01-01', amount: 1 }], 'INVALID_TYPE'],
    [[{ date: '1997-01-01', amount: 1 }], 'INVALID_TYPE'],
    [[null], 'INVALID_TYPE'],
    [[{ customerId: 'a', date: '1998-01-01', amount: 1 }], 'EMPTY_INPUT'],
    [[], 'EMPTY_INPUT'],
  ])('%j: %s', (transactions, code) => {
    const call = () => summarizeTransactions(transactions as never, { observationEnd: '1997-12-31', unit: 'days' });
    expect(call).toThrow(MetricError);
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  test('an error names the transaction', () => {
    expect(() =>
      summarizeTransactions([log[0]!, { customerId: 'a', date: '1997-01-02T10:00:00', amount: 1 }], { observationEnd: '1997-12-31', unit: 'days' }),
    ).toThrow(/transactions\[1\]\.date .* has no offset from UTC/);
  });

  test.each([[undefined], [{ unit: 'days' }], [{ observationEnd: '1997-12-31' }], [{ observationEnd: '1997-12-31', unit: 'months' }], [{ observationEnd: '1997-12-31', unit: 'days', extra: 1 }]])(
    'options %j are refused',
    (options) => {
      expect(() => summarizeTransactions(log, options as never)).toThrow(MetricError);
    },
  );

  propTest.prop([
    fc.array(
      fc.record({
        customerId: fc.constantFrom('a', 'b', 'c', 'd'),
        date: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
        amount: fc.integer({ min: -50, max: 500 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  ])('the histories do not depend on the order of the log', (transactions) => {
    const options = { observationEnd: '2026-03-31', unit: 'days' } as const;
    const byId = (list: ReturnType<typeof summarizeTransactions>) => [...list].sort((x, y) => String(x.customerId).localeCompare(String(y.customerId)));
    const forward = byId(summarizeTransactions(transactions, options));
    const backward = byId(summarizeTransactions([...transactions].reverse(), options));
    const withoutValue = (h: (typeof forward)[number]) => ({ customerId: h.customerId, frequency: h.frequency, recency: h.recency, T: h.T });
    expect(backward.map(withoutValue)).toStrictEqual(forward.map(withoutValue));
    backward.forEach((h, i) => {
      expect(h.monetaryValue).toBeCloseTo(forward[i]!.monetaryValue, 9);
    });
  });

  propTest.prop([
    fc.array(
      fc.record({
        customerId: fc.constantFrom('a', 'b', 'c', 'd'),
        date: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
        amount: fc.integer({ min: -50, max: 500 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  ])('a generator of the log, as a database cursor gives it, gives what the array gives', (transactions) => {
    const options = { observationEnd: '2026-03-31', unit: 'days' } as const;
    function* cursor(): Generator<(typeof transactions)[number]> {
      yield* transactions;
    }
    expect(summarizeTransactions(cursor(), options)).toStrictEqual(summarizeTransactions(transactions, options));
  });
});
