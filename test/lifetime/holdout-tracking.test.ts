/** calibrationHoldout, trackingTable and the calendar periods of summarizeTransactions, on small logs worked by hand. */
import { describe, expect, test } from 'vitest';
import {
  bgNbdPopulationExpectedPurchases,
  calibrationHoldout,
  mbgNbdPopulationExpectedPurchases,
  paretoNbdPopulationExpectedPurchases,
  summarizeTransactions,
  trackingTable,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const log = [
  { customerId: 'ann', date: '1997-01-01', amount: 20 },
  { customerId: 'ann', date: '1997-01-15', amount: 10 },
  { customerId: 'ann', date: '1997-02-12', amount: 40 },
  { customerId: 'ann', date: '1997-02-12', amount: 2 },
  { customerId: 'ann', date: '1997-02-20', amount: 6 },
  { customerId: 'bob', date: '1997-01-08', amount: 12 },
  { customerId: 'cy', date: '1997-02-05', amount: 9 },
  { customerId: 'ann', date: '1997-03-30', amount: 99 },
];

describe('calibrationHoldout', () => {
  const split = calibrationHoldout(log, { calibrationEnd: '1997-01-28', observationEnd: '1997-02-25', unit: 'weeks' });

  test('calibration histories are summarizeTransactions’ to calibrationEnd; a customer who first buys in the hold-out is left out', () => {
    const calibration = summarizeTransactions(log, { observationEnd: '1997-01-28', unit: 'weeks' });
    expect(split.map(({ customerId, frequency, recency, T, monetaryValue }) => ({ customerId, frequency, recency, T, monetaryValue }))).toStrictEqual(calibration);
    expect(split.map((c) => c.customerId)).toStrictEqual(['ann', 'bob']);
  });

  test('hold-out purchases are purchase days after calibrationEnd up to observationEnd, same-day amounts added', () => {
    const [ann, bob] = split;
    // 02-12 (40 + 2) and 02-20 (6); 03-30 is after observationEnd
    expect(ann).toMatchObject({ holdoutFrequency: 2, holdoutMonetaryValue: 24, holdoutDuration: 4 });
    expect(ann!.repeatTimes).toStrictEqual([2, 6, 50 / 7]);
    expect(bob).toMatchObject({ holdoutFrequency: 0, holdoutMonetaryValue: 0, holdoutDuration: 4, repeatTimes: [] });
  });

  test('calendar periods: weeks Monday to Sunday, the hold-out counted in them', () => {
    // 1997-01-01 is a Wednesday: its week began Monday 1996-12-30; 01-28 is the Tuesday of week 4
    const weeks = calibrationHoldout(log, { calibrationEnd: '1997-01-28', observationEnd: '1997-02-25', period: 'calendar-week' });
    expect(weeks[0]).toMatchObject({ frequency: 1, recency: 2, T: 4, holdoutFrequency: 2, holdoutDuration: 4, repeatTimes: [2, 6, 7] });
  });

  test('refuses an observationEnd that is not after calibrationEnd, and missing ends', () => {
    expect(metricErrorOf(() => calibrationHoldout(log, { calibrationEnd: '1997-01-28', observationEnd: '1997-01-28', unit: 'days' })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => calibrationHoldout(log, { observationEnd: '1997-01-28', unit: 'days' } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => calibrationHoldout(log, { calibrationEnd: '1997-01-28', unit: 'days' } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => calibrationHoldout(log, undefined as never)).code).toBe('INVALID_OPTION');
    // in calendar weeks, the two ends must fall in different weeks
    expect(metricErrorOf(() => calibrationHoldout(log, { calibrationEnd: '1997-01-28', observationEnd: '1997-01-30', period: 'calendar-week' })).code).toBe('INVALID_OPTION');
  });

  test('a bad transaction throws as in summarizeTransactions, naming this function and the index', () => {
    const options = { calibrationEnd: '1997-01-28', observationEnd: '1997-02-25', unit: 'days' } as const;
    const date = metricErrorOf(() => calibrationHoldout([...log, { customerId: 'dan', date: 'soon', amount: 1 }], options));
    expect([date.code, date.details]).toStrictEqual(['INVALID_DATE', { fn: 'calibrationHoldout', index: 8 }]);
    const id = metricErrorOf(() => calibrationHoldout([{ customerId: '', date: '1997-01-02', amount: 1 }], options));
    expect([id.code, id.details]).toStrictEqual(['INVALID_TYPE', { fn: 'calibrationHoldout', index: 0 }]);
    const amount = metricErrorOf(() => calibrationHoldout([{ customerId: 'x', date: '1997-01-02', amount: NaN }], options));
    expect(amount.code).toBe('NOT_FINITE');
    expect(metricErrorOf(() => calibrationHoldout([{ customerId: 'x', date: '1997-02-02', amount: 1 }], options)).code).toBe('EMPTY_INPUT');
  });

  test('reads any iterable of transactions once', () => {
    const options = { calibrationEnd: '1997-01-28', observationEnd: '1997-02-25', unit: 'weeks' } as const;
    expect(calibrationHoldout(new Set(log), options)).toStrictEqual(calibrationHoldout(log, options));
  });
});

describe('trackingTable', () => {
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const customers = [
    { T: 4, repeatTimes: [0.5, 3.2] },
    { T: 2, repeatTimes: [1] },
  ];

  test('actual counts repeat purchases before each period’s end; one on the boundary belongs to the next period', () => {
    // the second customer arrives at 4 − 2 = 2 and buys again at 2 + 1 = 3: in period 4, not 3
    expect(trackingTable('bg-nbd', params, customers, { periods: 5 }).map((row) => row.actual)).toStrictEqual([1, 1, 1, 3, 3]);
  });

  test('expected sums E[X(k − arrival)] over the customers already there, for each model', () => {
    const pareto = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    const mbg = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
    const cases = [
      ['bg-nbd', params, (t: number) => bgNbdPopulationExpectedPurchases(params, t)],
      ['mbg-nbd', mbg, (t: number) => mbgNbdPopulationExpectedPurchases(mbg, t)],
      ['pareto-nbd', pareto, (t: number) => paretoNbdPopulationExpectedPurchases(pareto, t)],
    ] as const;
    for (const [model, p, e] of cases) {
      const rows = trackingTable(model as 'bg-nbd', p as typeof params, customers, { periods: 5 });
      rows.forEach((row, i) => {
        const k = i + 1;
        const want = e(k) + (k > 2 ? e(k - 2) : 0);
        expect(Math.abs(row.expected - want)).toBeLessThanOrEqual(1e-14 * want);
      });
    }
  });

  test('rows after the largest T are the hold-out', () => {
    expect(trackingTable('bg-nbd', params, customers, { periods: 6 }).map((row) => row.holdout)).toStrictEqual([false, false, false, false, true, true]);
  });

  test('refuses an unknown model, bad parameters, bad periods and bad customers', () => {
    expect(metricErrorOf(() => trackingTable('pnbd' as never, params, customers, { periods: 5 })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => trackingTable('bg-nbd', { ...params, r: -1 }, customers, { periods: 5 })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => trackingTable('bg-nbd', params, customers, { periods: 0 })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => trackingTable('bg-nbd', params, customers, { periods: 5, weeks: 1 } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => trackingTable('bg-nbd', params, [], { periods: 5 })).code).toBe('EMPTY_INPUT');
    const negative = metricErrorOf(() => trackingTable('bg-nbd', params, [customers[0]!, { T: 1, repeatTimes: [-1] }], { periods: 5 }));
    expect(negative.code).toBe('OUT_OF_RANGE');
    expect(negative.details.index).toBe(1);
    expect(metricErrorOf(() => trackingTable('bg-nbd', params, [{ T: NaN, repeatTimes: [] }], { periods: 5 })).code).toBe('NOT_FINITE');
    expect(metricErrorOf(() => trackingTable('bg-nbd', params, [{ T: 1 } as never], { periods: 5 })).code).toBe('INVALID_TYPE');
  });
});

describe('summarizeTransactions in calendar periods', () => {
  test('calendar weeks run Monday to Sunday: purchases in one week are one purchase, their amounts added', () => {
    // Mon 1997-01-06 and Sun 1997-01-12 share a week; Mon 1997-01-13 starts the next
    const weekLog = [
      { customerId: 1, date: '1997-01-06', amount: 5 },
      { customerId: 1, date: '1997-01-12', amount: 7 },
      { customerId: 1, date: '1997-01-13', amount: 3 },
      { customerId: 1, date: '1997-01-27', amount: 4 },
    ];
    expect(summarizeTransactions(weekLog, { observationEnd: '1997-02-02', period: 'calendar-week' })).toStrictEqual([
      { customerId: 1, frequency: 2, recency: 3, T: 3, monetaryValue: 3.5 },
    ]);
  });

  test('calendar months count month changes, not days: 31 January to 1 February is one month', () => {
    const monthLog = [
      { customerId: 'a', date: '1997-01-31', amount: 10 },
      { customerId: 'a', date: '1997-02-01', amount: 20 },
      { customerId: 'a', date: '1997-02-28', amount: 30 },
      { customerId: 'a', date: '1998-01-15', amount: 40 },
    ];
    expect(summarizeTransactions(monthLog, { observationEnd: '1998-03-01', period: 'calendar-month' })).toStrictEqual([
      { customerId: 'a', frequency: 2, recency: 12, T: 14, monetaryValue: 45 },
    ]);
  });

  test('a timeZone moves a timestamp to its local day: 23:30 in New York on Sunday is Monday in UTC', () => {
    const instantLog = [
      { customerId: 1, date: '1997-01-06T12:00:00Z', amount: 1 },
      { customerId: 1, date: '1997-01-13T04:30:00Z', amount: 1 }, // Sunday 1997-01-12 23:30 in New York
    ];
    const utc = summarizeTransactions(instantLog, { observationEnd: '1997-01-19', period: 'calendar-week' });
    const local = summarizeTransactions(instantLog, { observationEnd: '1997-01-19', period: 'calendar-week', timeZone: 'America/New_York' });
    expect(utc[0]!.frequency).toBe(1);
    expect(local[0]!.frequency).toBe(0);
    // and in days
    expect(summarizeTransactions(instantLog, { observationEnd: '1997-01-19', unit: 'days', timeZone: 'America/New_York' })[0]!.recency).toBe(6);
    expect(summarizeTransactions(instantLog, { observationEnd: '1997-01-19', unit: 'days' })[0]!.recency).toBe(7);
  });

  test('refuses both unit and period, neither, an unknown period or time zone', () => {
    const one = [{ customerId: 1, date: '1997-01-06', amount: 1 }];
    for (const options of [
      { observationEnd: '1997-02-02', unit: 'weeks', period: 'calendar-week' },
      { observationEnd: '1997-02-02' },
      { observationEnd: '1997-02-02', period: 'calendar-year' },
      { observationEnd: '1997-02-02', unit: 'days', timeZone: 'Mars/Olympus' },
      { observationEnd: '1997-02-02', unit: 'days', timeZone: 5 },
    ]) {
      expect(metricErrorOf(() => summarizeTransactions(one, options as never)).code).toBe('INVALID_OPTION');
    }
  });
});
