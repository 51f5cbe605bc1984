// @ts-check
/**
 * Writes a small customer export for the demo, from a seeded generator so
 * that the files are the same on every machine:
 *
 * - examples/data/customers.csv: one row per customer of a subscription shop,
 *   `customerId,signedUpAt,cancelledAt,preferredChannel,loyaltyMember,referrals`
 *   (`cancelledAt` empty for customers who stay);
 * - examples/data/orders.csv: their orders from June to November 2026,
 *   `orderedAt,customerId,amount` (a refund is a negative amount).
 *
 * Run it once to (re)create the files; `--check` compares the files with what
 * the generator would write and exits non-zero if they differ (npm test runs
 * that check).
 *
 *   node examples/generate-customer-data.mjs           # write the files
 *   node examples/generate-customer-data.mjs --check   # verify them
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const customersFile = fileURLToPath(new URL('./data/customers.csv', import.meta.url));
const ordersFile = fileURLToPath(new URL('./data/orders.csv', import.meta.url));


const DAY = 86_400_000;
const FIRST = Date.UTC(2026, 5, 1); // 2026-06-01, the start of the export
const END = Date.UTC(2026, 11, 1); // 2026-12-01, exclusive
const channels = /** @type {const} */ (['email', 'chat', 'phone', 'self-service']);
const channelWeights = [30, 40, 12, 18];

/**
 * @param {() => number} random
 * @param {readonly number[]} weights
 * @returns {number} an index drawn with the given relative weights
 */
function pick(random, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = random() * total;
  for (const [k, w] of weights.entries()) {
    x -= w;
    if (x < 0) return k;
  }
  return weights.length - 1;
}

/** @param {number} ms */
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
/** @param {number} ms */
const isoTime = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * @typedef {{ id: string, signedUpAt: number, cancelledAt: number | undefined, channel: string,
 *   loyalty: boolean, referrals: number, ordersPerMonth: number, basket: number }} Customer
 */

export function generate() {
  const random = mulberry32(20260601);
  /** @type {Customer[]} */
  const customers = [];
  let next = 1;
  /** @param {number} signedUpAt */
  const newCustomer = (signedUpAt) => {
    const loyalty = random() < 0.35;
    // loyalty members churn less and order more; 1 customer in 7 refers someone
    const monthlyChurn = loyalty ? 0.025 : 0.06;
    // months until cancelling: a coin with the monthly churn, tossed month by month
    // (only arithmetic on the seeded numbers, so the files are the same on every platform)
    let months = 0;
    while (random() >= monthlyChurn && months < 240) months++;
    const cancelledAt = signedUpAt + Math.floor((months + random()) * 30.44 * DAY);
    /** @type {Customer} */
    const customer = {
      id: `C${String(next++).padStart(5, '0')}`,
      signedUpAt,
      cancelledAt: cancelledAt < END ? cancelledAt : undefined,
      channel: channels[pick(random, channelWeights)] ?? 'email',
      loyalty,
      referrals: random() < 0.14 ? 1 + Math.floor(random() * 3) : 0,
      ordersPerMonth: (loyalty ? 1.6 : 1.0) * (0.5 + random()),
      basket: 35 + Math.floor(random() * 50),
    };
    customers.push(customer);
  };
  // customers who signed up in the two years before the export and are still there on 2026-06-01
  while (customers.filter((c) => c.cancelledAt === undefined || c.cancelledAt >= FIRST).length < 320) {
    newCustomer(FIRST - Math.floor(random() * 730) * DAY - DAY);
  }
  const existing = customers.filter((c) => c.cancelledAt === undefined || c.cancelledAt >= FIRST);
  customers.length = 0;
  customers.push(...existing);
  // new customers during the export: 12 to 20 a month, on random days
  for (let month = 5; month <= 10; month++) {
    const start = Date.UTC(2026, month, 1);
    const days = (Date.UTC(2026, month + 1, 1) - start) / DAY;
    const n = 12 + Math.floor(random() * 9);
    for (let i = 0; i < n; i++) newCustomer(start + Math.floor(random() * days) * DAY + Math.floor(random() * DAY));
  }

  /** @type {string[]} */
  const orders = [];
  for (const c of customers) {
    const from = Math.max(FIRST, c.signedUpAt);
    const to = Math.min(END, c.cancelledAt ?? END);
    // each day, an order with probability ordersPerMonth / 30.44, at a random time of the day
    for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
      if (random() >= c.ordersPerMonth / 30.44) continue;
      const t = day + Math.floor(random() * DAY);
      if (t < from || t >= to) continue;
      const cents = Math.round((c.basket * (0.6 + random() * 0.8)) * 100);
      orders.push(`${isoTime(Math.floor(t / 1000) * 1000)},${c.id},${(cents / 100).toFixed(2)}`);
      // about one order in 30 is refunded in full a few days later
      if (random() < 1 / 30 && t + 5 * DAY < to) {
        orders.push(`${isoTime(Math.floor((t + 5 * DAY) / 1000) * 1000)},${c.id},${(-cents / 100).toFixed(2)}`);
      }
    }
  }
  orders.sort();
  customers.sort((a, b) => a.id.localeCompare(b.id));
  const customerRows = customers.map((c) =>
    [c.id, isoDate(c.signedUpAt), c.cancelledAt === undefined ? '' : isoDate(c.cancelledAt), c.channel, c.loyalty ? 'yes' : 'no', c.referrals].join(','),
  );
  return {
    customers: `customerId,signedUpAt,cancelledAt,preferredChannel,loyaltyMember,referrals\n${customerRows.join('\n')}\n`,
    orders: `orderedAt,customerId,amount\n${orders.join('\n')}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { customers, orders } = generate();
  if (process.argv.includes('--check')) {
    let ok = true;
    for (const [file, text] of /** @type {const} */ ([[customersFile, customers], [ordersFile, orders]])) {
      if (readFileSync(file, 'utf8') !== text) {
        console.error(`${file} differs from what the generator writes; run node examples/generate-customer-data.mjs`);
        ok = false;
      } else {
        console.log(`${file} matches its generator`);
      }
    }
    if (!ok) process.exit(1);
  } else {
    writeFileSync(customersFile, customers);
    writeFileSync(ordersFile, orders);
    console.log(`wrote ${customers.split('\n').length - 2} customers to ${customersFile}`);
    console.log(`wrote ${orders.split('\n').length - 2} orders to ${ordersFile}`);
  }
}
