import { describeKind, describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { neumaierSum } from '../_lib/sum.js';
import { checkFinite, fail, readAmount, readObject, readPercentage, rejectUnknownFields } from '../_lib/validate.js';

/**
 * Input of {@link historicCustomerLifetimeValue}: one customer's purchases,
 * as the amounts or as their sum (what `SUM(amount)` returns), and the
 * average gross margin.
 */
export type HistoricCustomerLifetimeValueInput =
  | {
      /** The customer's purchase amounts, as any array, typed array or iterable; refunds may be negative. */
      readonly purchases: ArrayLike<number> | Iterable<number>;
      /** Average gross margin, a percentage 0–100 (35 for 35%). */
      readonly grossMargin: number;
    }
  | {
      /** The sum of the customer's purchase amounts; may be negative after refunds. */
      readonly purchaseSum: number;
      /** Average gross margin, a percentage 0–100 (35 for 35%). */
      readonly grossMargin: number;
    };

/** Every field of either form of the input. */
type Field<T> = T extends unknown ? keyof T : never;

const FIELDS = ['purchases', 'purchaseSum', 'grossMargin'] as const satisfies readonly Field<HistoricCustomerLifetimeValueInput>[];

/**
 * Historic customer lifetime value: the gross profit a customer has brought
 * so far.
 *
 * @summary Historic CLV = (purchase 1 + purchase 2 + …) × gross margin.
 *
 * @remarks
 * CLV = (Σ purchases) × average gross margin / 100, with the margin a
 * percentage (35 for 35%; a margin such as 0.35 is read as 0.35%, not
 * guessed at). The purchases are one customer's amounts (refunds may be
 * negative, so the value may be too), or their sum from a database
 * (`purchaseSum`); both meet in the same multiplication. The amounts are
 * checked and then added by Neumaier's compensated summation, so many small
 * amounts add up without drift; O(n). No purchases give 0. Money is in the
 * caller's currency and not rounded.
 *
 * @param input - `{ purchases, grossMargin }` or `{ purchaseSum, grossMargin }`.
 * @returns The historic lifetime value, in the currency of the purchases.
 * @throws {@link MetricError} `INVALID_TYPE` for purchases that are not a
 *   list, a purchase that is not a number (naming its index), a missing or
 *   unknown field, or both `purchases` and `purchaseSum`; `NOT_FINITE` for
 *   NaN or ±Infinity, and for purchases whose sum overflows the range of a double; `OUT_OF_RANGE` for a margin outside 0–100.
 *
 * @example
 * ```ts
 * historicCustomerLifetimeValue({ purchases: [120, 80, -20, 220], grossMargin: 25 }); // => 100
 * historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: 25 }); // => 100
 * ```
 */
export function historicCustomerLifetimeValue(input: HistoricCustomerLifetimeValueInput): number {
  const fn = 'historicCustomerLifetimeValue';
  const o = readObject(fn, 'input', input, '{ purchases, grossMargin } or { purchaseSum, grossMargin }');
  rejectUnknownFields(fn, 'input', o, FIELDS);
  const hasList = o['purchases'] !== undefined;
  const hasSum = o['purchaseSum'] !== undefined;
  if (hasList === hasSum) {
    fail(
      'INVALID_TYPE',
      fn,
      hasList
        ? 'input has both purchases and purchaseSum; give one of them'
        : 'input has neither purchases nor purchaseSum; give the purchase amounts or their sum',
    );
  }
  const sum = hasList ? sumPurchases(fn, o['purchases']) : readAmount(fn, 'purchaseSum', o['purchaseSum']);
  const margin = readPercentage(fn, 'grossMargin', o['grossMargin']);
  checkFinite(fn, 'the sum of the purchases', sum);
  const value = (sum * margin) / 100;
  // near the top of the range the product overflows before the division brings it back
  return Number.isFinite(value) ? value : (sum / 100) * margin;
}

/** Checks every purchase amount (a finite number) and adds them with compensation. */
function sumPurchases(fn: string, purchases: unknown): number {
  // only values are accepted: readInput returns them or throws
  const list = readInput(fn, purchases, { values: 'purchases' }).values;
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const v = list[i];
    if (typeof v !== 'number') {
      const shown = v === undefined || v === null ? '' : ` ${describeValue(v)}`;
      fail('INVALID_TYPE', fn, `purchase${shown} at index ${i} is ${describeKind(v)}, not a number`, i);
    }
    if (v - v !== 0) fail('NOT_FINITE', fn, `purchase ${describeValue(v)} at index ${i} is not a finite number`, i);
  }
  return neumaierSum(list as ArrayLike<number>, 0, n);
}
