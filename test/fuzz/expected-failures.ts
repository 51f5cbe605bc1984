/**
 * THE LIST OF KNOWN FAILURES. Each entry is a way an export breaks the
 * package's promise today (a non-finite result, a foreign error, a hang …),
 * with the call that shows it. The fuzz suite tolerates defects of the listed
 * kind in the listed export and reports them; it fails on any other defect,
 * and it fails when a listed call no longer fails, so that each fix removes
 * its entry here.
 */
import * as lib from '../../src/index.js';
import type { DefectKind } from './harness.js';

export interface ExpectedFailure {
  /** The export that fails. */
  readonly fn: string;
  /** How it fails. */
  readonly defect: DefectKind;
  /** Arguments of a call that shows it. */
  readonly args: () => readonly unknown[];
  /** Call with `new`. */
  readonly construct?: boolean;
  /** What goes wrong, and where the fix belongs. */
  readonly why: string;
}

const weekdays = { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] };
const calendar = () => lib.businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays });
const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const mbgNbd = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
const bgBb = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const customer = { frequency: 2, recency: 30.43, T: 38.86 };
const fitCustomers = [
  { frequency: 0, recency: 0, T: 30 },
  { frequency: 1, recency: 2, T: 30 },
  { frequency: 2, recency: 5, T: 30 },
  { frequency: 3, recency: 27, T: 28 },
];
const lifetimeValue = {
  bgNbd,
  gammaGamma: { p: 6.25, q: 3.74, v: 15.44 },
  customer: { ...customer, monetaryValue: 22.35 },
  months: 12,
  monthlyDiscountRate: 0,
  timeUnitsPerMonth: 4.345,
};

export const EXPECTED_FAILURES: readonly ExpectedFailure[] = [
  // src/error.ts
  {
    fn: 'MetricError',
    defect: 'foreign-error',
    args: () => ['X', undefined, 'm'],
    construct: true,
    why: 'the constructor reads details.fn of undefined details',
  },

  // src/business-hours and the SLA metrics on a calendar: work grows with the span
  {
    fn: 'businessDuration',
    defect: 'timeout',
    args: () => [calendar(), 0, 8.64e15],
    why: 'the work grows with the span, about 5 ms a calendar year',
  },
  {
    fn: 'addBusinessTime',
    defect: 'timeout',
    args: () => [calendar(), 0, 1e15],
    why: 'the work grows with the amount added',
  },
  {
    fn: 'slaComplianceRate',
    defect: 'timeout',
    args: () => [[{ queuedAt: '2026-11-03T09:00:00Z' }], { target: 20, measure: 'wait', unit: 'seconds', calendar: calendar(), asOf: 8.64e15 }],
    why: 'an open call on a calendar is measured to a far asOf through every working day between',
  },
  {
    fn: 'slaComplianceSummary',
    defect: 'timeout',
    args: () => [[{ queuedAt: '2026-11-03T09:00:00Z' }], { target: 20, measure: 'wait', unit: 'seconds', calendar: calendar(), asOf: 8.64e15 }],
    why: 'an open call on a calendar is measured to a far asOf through every working day between',
  },

  // src/contact-centre
  {
    fn: 'erlangA',
    defect: 'not-finite',
    args: () => [{ contacts: 100, interval: 1800, handleTime: 180, agents: 9, patience: 1e154, answerWithin: 20 }],
    why: 'NaN probabilities with an extreme mean patience (also with 5e-324)',
  },

  // src/customers: sums and products that overflow, unchecked
  {
    fn: 'customerLifetimeValue',
    defect: 'not-finite',
    args: () => [{ averagePurchaseValue: 1e308, purchaseFrequency: 10, averageLifespan: 3 }],
    why: 'the product overflows to Infinity',
  },
  {
    fn: 'historicCustomerLifetimeValue',
    defect: 'not-finite',
    args: () => [{ purchases: [1e308, 1e308], grossMargin: 25 }],
    why: 'the sum of the purchases overflows (NaN)',
  },
  {
    fn: 'predictiveCustomerLifetimeValue',
    defect: 'not-finite',
    args: () => [{ averageMonthlyTransactions: 1e308, averageOrderValue: 1e308, averageLifespanMonths: 18 }],
    why: 'the product overflows to Infinity',
  },
  {
    fn: 'discountedCustomerLifetimeValue',
    defect: 'not-finite',
    args: () => [{ marginPerPeriod: 1e308, retentionRate: 80, discountRate: 10 }],
    why: 'the product overflows to Infinity',
  },
  {
    fn: 'averageCustomerLifespan',
    defect: 'not-finite',
    args: () => [{ churnRate: 5e-324 }],
    why: '1 / churn overflows to Infinity',
  },
  {
    fn: 'engagementScore',
    defect: 'not-finite',
    args: () => [{ loyalty: 40, logins: 12 }, { loyalty: { weight: 1e308, map: 'percentage' }, logins: { weight: 1, map: { min: 0, max: 20 } } }],
    why: 'the sum of the weights overflows (NaN)',
  },

  // src/lifetime: models at extreme times or parameters
  {
    fn: 'bgNbdExpectedPurchases',
    defect: 'not-finite',
    args: () => [bgNbd, customer, 1e308],
    why: 'NaN at an extreme t (also at a frequency of 2^32)',
  },
  {
    fn: 'bgNbdPopulationExpectedPurchases',
    defect: 'not-finite',
    args: () => [{ r: 1e-10, alpha: 1e-10, a: 1e-10, b: 1e-10 }, 1e15],
    why: 'NaN with tiny parameters at a far t (also with r = 2^31)',
  },
  {
    fn: 'gammaGammaExpectedAverageValue',
    defect: 'not-finite',
    args: () => [{ p: 1.79e308, q: 4, v: 15 }, { frequency: 1, monetaryValue: 50 }],
    why: 'Infinity at an extreme p',
  },
  {
    fn: 'fitBgNbd',
    defect: 'foreign-error',
    args: () => [[...fitCustomers, { frequency: 2 ** 53, recency: 20, T: 30 }]],
    why: 'RangeError: a table as long as the largest frequency is allocated',
  },
  {
    fn: 'fitBgNbd',
    defect: 'timeout',
    args: () => [[...fitCustomers, { frequency: 1e6, recency: 20, T: 30 }]],
    why: 'the cost grows with the largest frequency',
  },
  {
    fn: 'probabilisticLifetimeValue',
    defect: 'timeout',
    args: () => [{ ...lifetimeValue, months: 2147483648000 }],
    why: 'months has no maximum and the sum steps month by month',
  },
  {
    fn: 'probabilisticLifetimeValue',
    defect: 'not-finite',
    args: () => [{ ...lifetimeValue, bgNbd: { ...bgNbd, r: 1e15 } }],
    why: 'NaN with an extreme BG/NBD parameter',
  },
  // src/lifetime: the models of issue 14, at extreme times, counts and parameters
  {
    fn: 'fitParetoNbd',
    defect: 'foreign-error',
    args: () => [[...fitCustomers, { frequency: 2 ** 53, recency: 20, T: 30 }]],
    why: 'RangeError: a table as long as the largest frequency is allocated (as fitBgNbd)',
  },
  {
    fn: 'fitMbgNbd',
    defect: 'foreign-error',
    args: () => [[...fitCustomers, { frequency: 2 ** 41, recency: 20, T: 30 }]],
    why: 'RangeError: a table as long as the largest frequency is allocated (as fitBgNbd)',
  },
  {
    fn: 'fitBgBb',
    defect: 'foreign-error',
    args: () => [[{ frequency: 0, recency: 0, periods: 6, count: 35 }, { frequency: 2, recency: 4, periods: 8.64e15, count: 6 }]],
    why: 'RangeError: a table as long as the largest number of periods is allocated',
  },
  {
    fn: 'bgBbProbabilityAlive',
    defect: 'foreign-error',
    args: () => [bgBb, { frequency: 6, recency: 6, periods: 2147483648000 }],
    why: 'RangeError: a table as long as the number of periods is allocated',
  },
  {
    fn: 'bgBbExpectedPurchases',
    defect: 'timeout',
    args: () => [bgBb, { frequency: 6, recency: 6, periods: 6 }, 1e15],
    why: 'the sum steps period by period up to the horizon, which has no maximum',
  },
  {
    fn: 'bgNbdProbabilityOfPurchases',
    defect: 'timeout',
    args: () => [bgNbd, 8.64e15, 39],
    why: 'the sum over purchases steps one by one up to the number asked for',
  },
  {
    fn: 'bdwSurvival',
    defect: 'not-finite',
    args: () => [{ alpha: 5e-324, beta: 1, c: 1 }, 3],
    why: 'NaN with a subnormal alpha (also with c above 1e173)',
  },
  {
    fn: 'mbgNbdExpectedPurchases',
    defect: 'not-finite',
    args: () => [mbgNbd, { frequency: 1.7976931348623157e308, recency: 30.43, T: 38.86 }, 39],
    why: 'NaN at an extreme frequency',
  },
  {
    fn: 'mbgNbdPopulationExpectedPurchases',
    defect: 'not-finite',
    args: () => [{ ...mbgNbd, alpha: 1e-300 }, 78],
    why: 'NaN with a tiny alpha (also at t = 1.8e308)',
  },
  {
    fn: 'paretoNbdExpectedPurchases',
    defect: 'not-finite',
    args: () => [{ r: 0.553, alpha: 10.578, s: 0.606, beta: 1e308 }, { frequency: 5, recency: 36, T: 38.86 }, 52],
    why: 'Infinity with an extreme beta',
  },
  {
    fn: 'paretoNbdPopulationExpectedPurchases',
    defect: 'not-finite',
    args: () => [{ r: 0.553, alpha: 5e-324, s: 0.606, beta: 11.669 }, 52],
    why: 'Infinity with a subnormal alpha (also with r = 1.8e308)',
  },
  {
    fn: 'trackingTable',
    defect: 'not-finite',
    args: () => ['bg-nbd', { ...bgNbd, alpha: 0.000001 }, [{ T: 4, repeatTimes: [0.5, 3.2] }, { T: 2, repeatTimes: [] }], { periods: 6 }],
    why: 'NaN expected purchases with a tiny alpha (also with r above 2^53)',
  },
  // src/survey: tests across groups
  {
    fn: 'compareCsatAcross',
    defect: 'timeout',
    args: () => [Array.from({ length: 1000 }, (_, i) => ({ positive: 60 + (i % 3) * 10, count: 100 }))],
    why: 'every pair of 1,000 groups is compared (499,500 comparisons); the number of groups has no maximum',
  },
];
