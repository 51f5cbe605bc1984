import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail, readCount, readOptions, rejectUnknownFields } from '../_lib/validate.js';
import { HistoryLife, isHistory } from './lifecycle.js';

/** Contacts and the customers they came from. */
export interface ContactsPerCustomer {
  /** Contacts in the period. */
  readonly contacts: number;
  /** Customers in the period (the base, not only those who got in touch). */
  readonly customers: number;
  /** Not with `customers`. */
  readonly orders?: undefined;
}

/** Contacts and the orders they came from. */
export interface ContactsPerOrder {
  /** Contacts in the period. */
  readonly contacts: number;
  /** Orders in the period. */
  readonly orders: number;
  /** Not with `orders`. */
  readonly customers?: undefined;
}

/** Contacts and the customers (or orders) they came from, as a report gives them. */
export type ContactRateCounts = ContactsPerCustomer | ContactsPerOrder;

/** What {@link contactRate} divides contact records by: the customers, or the orders, of the period. */
export type ContactRateOptions = Omit<ContactsPerCustomer, 'contacts'> | Omit<ContactsPerOrder, 'contacts'>;

const OPTION_KEYS = ['customers', 'orders'] as const;

/**
 * The contact rate: contacts per customer, or per order.
 *
 * @summary Contact rate: contacts / customers, or contacts / orders (a ratio).
 *
 * @remarks
 * contact rate = contacts / customers (or contacts / orders, "contacts per
 * order") in the same period. It is a ratio, not a percentage, because a
 * base can contact more than once: 0.12 contacts per customer is 12
 * contacts per 100 customers. From counts `{ contacts, customers }` or
 * `{ contacts, orders }`; or from contact records (tickets, calls, chats:
 * each record is one contact) with option `customers` or `orders`, the size
 * of the base. A ticket history (a record with `events`) is one contact,
 * however many messages it holds, and is read and checked as every
 * workload metric reads it.
 *
 * @param input - {@link ContactRateCounts}, or contact records (an array or any iterable).
 * @param options - For records: `{ customers }` or `{ orders }`.
 * @returns Contacts per customer or per order, ≥ 0.
 * @throws {@link MetricError} `EMPTY_INPUT` for no customers or orders;
 *   `INVALID_COUNTS`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for bad
 *   counts, both or neither of customers and orders, an unknown field, or
 *   a history that cannot be read; `NEGATIVE_DURATION` for a history's
 *   event before its creation;
 *   `INVALID_OPTION` for a records call without exactly one of `customers`
 *   and `orders`, a bad one, or options with counts.
 *
 * @example
 * ```ts
 * contactRate({ contacts: 120, customers: 1000 }); // => 0.12
 * contactRate({ contacts: 45, orders: 900 }); // => 0.05
 * contactRate([{ channel: 'chat' }, { channel: 'email' }, { channel: 'phone' }], { customers: 60 }); // => 0.05
 * ```
 */
export function contactRate(input: ContactRateCounts, options?: undefined): number;
export function contactRate(input: Iterable<object> | ArrayLike<object>, options: ContactRateOptions): number;
export function contactRate(input: ContactRateCounts | Iterable<object> | ArrayLike<object>, options?: ContactRateOptions): number {
  const fn = 'contactRate';
  const o = readOptions(fn, options, OPTION_KEYS);
  const read = readInput(fn, input, { records: 'contact records', counts: 'counts { contacts, customers } or { contacts, orders }' });
  let contacts: number;
  let base: number;
  let baseName: string;
  if (read.form === 'counts') {
    if (o['customers'] !== undefined || o['orders'] !== undefined) {
      fail('INVALID_OPTION', fn, 'counts carry their customers or orders; pass them without options');
    }
    const c = read.counts as Record<string, unknown>;
    rejectUnknownFields(fn, 'counts', c, ['contacts', 'customers', 'orders']);
    contacts = readCount(fn, 'counts.contacts', c['contacts']);
    if ((c['customers'] === undefined) === (c['orders'] === undefined)) {
      fail('INVALID_COUNTS', fn, 'give counts.customers or counts.orders, not both or neither');
    }
    baseName = c['customers'] === undefined ? 'orders' : 'customers';
    base = readCount(fn, `counts.${baseName}`, c[baseName]);
  } else {
    const records = read.records;
    let life: HistoryLife | undefined;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r === null || typeof r !== 'object') fail('INVALID_TYPE', fn, `contacts[${i}] is ${describeValue(r)}, not a contact record`, i);
      if (isHistory(r)) {
        life ??= new HistoryLife();
        life.read(fn, r as Record<string, unknown>, i, 'contacts');
      }
    }
    contacts = records.length;
    if ((o['customers'] === undefined) === (o['orders'] === undefined)) {
      fail('INVALID_OPTION', fn, 'with contact records give option customers or option orders (the size of the base), not both or neither');
    }
    baseName = o['customers'] === undefined ? 'orders' : 'customers';
    const value = o[baseName as 'customers' | 'orders'];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      fail('INVALID_OPTION', fn, `option ${baseName} must be a whole number ≥ 0, got ${describeValue(value)}`);
    }
    base = value;
  }
  if (base === 0) fail('EMPTY_INPUT', fn, `no ${baseName}: the contact rate needs a base of at least one`);
  return contacts / base;
}
