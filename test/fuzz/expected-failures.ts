/**
 * THE LIST OF KNOWN FAILURES. Each entry is a way an export breaks the
 * package's promise today (a non-finite result, a foreign error, a hang …),
 * with the call that shows it. The fuzz suite tolerates defects of the listed
 * kind in the listed export and reports them; it fails on any other defect,
 * and it fails when a listed call no longer fails, so that each fix removes
 * its entry here.
 */
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
];
