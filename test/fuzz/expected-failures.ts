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

  // src/survey: tests across groups
  {
    fn: 'compareCsatAcross',
    defect: 'timeout',
    args: () => [Array.from({ length: 1000 }, (_, i) => ({ positive: 60 + (i % 3) * 10, count: 100 }))],
    why: 'every pair of 1,000 groups is compared (499,500 comparisons); the number of groups has no maximum',
  },
];
