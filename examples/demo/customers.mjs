// @ts-check
/**
 * The demo's customer-base section: monthly retention and churn, lifespan and
 * lifetime value, loyalty participation, referrals and preferred channels,
 * from the customer export in examples/data/ (customers.csv and orders.csv).
 */
import { readFileSync } from 'node:fs';
import {
  averageCustomerLifespan,
  channelShares,
  churnRate,
  customerLifetimeValue,
  customerMovement,
  discountedCustomerLifetimeValue,
  historicCustomerLifetimeValue,
  participationRate,
  predictiveCustomerLifetimeValue,
  referralRate,
  retentionSeries,
} from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';

/**
 * @typedef {{ customerId: string, signedUpAt: string, cancelledAt: string, preferredChannel: string,
 *   loyaltyMember: boolean, referrals: number }} Customer
 * @typedef {{ orderedAt: string, customerId: string, amount: number }} Order
 */

/**
 * The rows of a CSV file of examples/data/ with the expected header, as arrays of cells.
 * @param {string} name
 * @param {string} header
 */
function readCsv(name, header) {
  const [first, ...lines] = readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8').trim().split('\n');
  if (first !== header) throw new Error(`unexpected header in ${name}: ${first}`);
  return lines.map((line) => line.split(','));
}

/** @returns {Customer[]} */
export function readCustomers() {
  return readCsv('customers.csv', 'customerId,signedUpAt,cancelledAt,preferredChannel,loyaltyMember,referrals').map(
    ([customerId = '', signedUpAt = '', cancelledAt = '', preferredChannel = '', loyaltyMember = '', referrals = '']) => ({
      customerId,
      signedUpAt,
      cancelledAt,
      preferredChannel,
      loyaltyMember: loyaltyMember === 'yes',
      referrals: Number(referrals),
    }),
  );
}

/** @returns {Order[]} */
export function readOrders() {
  return readCsv('orders.csv', 'orderedAt,customerId,amount').map(([orderedAt = '', customerId = '', amount = '']) => ({
    orderedAt,
    customerId,
    amount: Number(amount),
  }));
}

// percentages, as every rate of the library
const GROSS_MARGIN = 35;
const MONTHLY_DISCOUNT = 1;
const months = ['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
// the first day of each month, June to December 2026: the boundaries of six monthly periods
const boundaries = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01'];

export function customersSection() {
  const customers = readCustomers();
  const orders = readOrders();
  heading(`Customers, June–November 2026: ${customers.length} customers, ${orders.length} orders (examples/data/)`);

  // The customers at the start of a day: signed up before it, not cancelled before it.
  /** @param {string} day */
  const customersOn = (day) =>
    customers.filter((c) => c.signedUpAt < day && (c.cancelledAt === '' || c.cancelledAt >= day)).map((c) => c.customerId);

  // One snapshot per month boundary; each month is labelled by the snapshot that closes it.
  const snapshots = boundaries.map((day, k) => ({ label: k === 0 ? 'before' : (months[k - 1] ?? ''), ids: customersOn(day) }));
  const series = retentionSeries(snapshots);
  console.log('\nRetention and churn by month (customers on the 1st of each month)');
  console.log(
    table(
      ['month', 'start', 'acquired', 'lost', 'end', 'retention', 'churn'],
      series.map((p) => [p.label ?? '', p.start, p.acquired, p.lost, p.end, pct(p.retentionRate), pct(p.churnRate)]),
    ),
  );

  const halfYear = customerMovement(customersOn(boundaries[0] ?? ''), customersOn(boundaries[boundaries.length - 1] ?? ''));
  console.log(
    `\nJune 1 to December 1: ${halfYear.retained} of ${halfYear.start} customers stayed (retention ${pct(halfYear.retentionRate)}), ` +
      `${halfYear.lost} left, ${halfYear.acquired} joined`,
  );

  // Pooled monthly churn: all customers lost over all customers at the month starts.
  const lost = series.reduce((s, p) => s + p.lost, 0);
  const starts = series.reduce((s, p) => s + p.start, 0);
  const monthlyChurn = churnRate({ start: starts, lost });
  const lifespanMonths = averageCustomerLifespan({ churnRate: monthlyChurn });
  console.log(`Average monthly churn ${pct(monthlyChurn)}: an average lifespan of ${num(lifespanMonths)} months`);

  // Orders: net revenue per customer (refunds are negative), and per customer-month.
  /** @type {Map<string, number[]>} */
  const purchases = new Map();
  for (const o of orders) {
    const list = purchases.get(o.customerId) ?? [];
    purchases.set(o.customerId, list);
    list.push(o.amount);
  }
  const sales = orders.filter((o) => o.amount > 0);
  const netRevenue = orders.reduce((s, o) => s + o.amount, 0);
  const averageOrderValue = netRevenue / sales.length;
  const ordersPerMonth = sales.length / starts; // orders per customer-month
  const marginPerMonth = ((netRevenue / starts) * GROSS_MARGIN) / 100;

  console.log(`\nLifetime value (gross margin ${pct(GROSS_MARGIN)}; net order value ${num(averageOrderValue, 2)}, ${num(ordersPerMonth, 2)} orders per customer a month)`);
  const historic = [...purchases].map(([id, amounts]) => ({
    id,
    orders: amounts.length,
    value: historicCustomerLifetimeValue({ purchases: amounts, grossMargin: GROSS_MARGIN }),
  }));
  historic.sort((a, b) => b.value - a.value);
  const meanHistoric = historic.reduce((s, h) => s + h.value, 0) / historic.length;
  console.log(
    table(
      ['formula', 'value'],
      [
        ['simple: order value × orders a month × lifespan (revenue)', num(customerLifetimeValue({ averagePurchaseValue: averageOrderValue, purchaseFrequency: ordersPerMonth, averageLifespan: lifespanMonths }), 2)],
        [
          'predictive: the same × gross margin',
          num(predictiveCustomerLifetimeValue({ averageMonthlyTransactions: ordersPerMonth, averageOrderValue, averageLifespanMonths: lifespanMonths, grossMargin: GROSS_MARGIN }), 2),
        ],
        [
          `discounted (Gupta–Lehmann), ${pct(MONTHLY_DISCOUNT)} a month, no horizon`,
          num(discountedCustomerLifetimeValue({ marginPerPeriod: marginPerMonth, retentionRate: 100 - monthlyChurn, discountRate: MONTHLY_DISCOUNT }), 2),
        ],
        [
          'discounted, 36-month horizon',
          num(discountedCustomerLifetimeValue({ marginPerPeriod: marginPerMonth, retentionRate: 100 - monthlyChurn, discountRate: MONTHLY_DISCOUNT, periods: 36 }), 2),
        ],
        [`historic, June–November: mean of ${historic.length} customers`, num(meanHistoric, 2)],
        ...historic.slice(0, 3).map((h) => [`  historic, ${h.id} (${h.orders} orders)`, num(h.value, 2)]),
      ],
    ),
  );

  console.log('\nLoyalty, referrals and preferred support channels (all customers in the export)');
  console.log(`  loyalty programme participation ${pct(participationRate(customers.map((c) => c.loyaltyMember)))}`);
  console.log(`  customers who referred someone ${pct(referralRate(customers.map((c) => c.referrals)))}`);
  const { count, channels } = channelShares(customers, 'preferredChannel');
  console.log(
    table(
      ['channel', 'customers', 'share'],
      [...Object.entries(channels)].sort(([, a], [, b]) => b.count - a.count).map(([channel, s]) => [channel, s.count, pct(s.share)]).concat([['all', count, pct(100)]]),
    ),
  );
}
