// @ts-check
/**
 * Ranks the CDNOW customers (Fader, Hardie & Lee 2005) by their predicted
 * value over the next 12 months: BG/NBD for the purchases to come, Gamma-Gamma
 * for what they are worth, discounted at 1% a month.
 *
 *   npm run build && node examples/cdnow-ranking.mjs
 *
 * The data are read from ../shared/data/cdnow, outside the package; where
 * that folder is absent the script says so and exits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedAverageValue,
  probabilisticLifetimeValue,
  summarizeTransactions,
} from 'cx-metrics';

const file = fileURLToPath(new URL('../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url));

/**
 * @typedef {{ customerId: string | number, frequency: number, recency: number, T: number, monetaryValue: number,
 *   alive: number, purchases: number, averageValue: number, value: number }} RankedCustomer
 */

/** @returns {{ ranked: RankedCustomer[], customers: number, bgNbd: ReturnType<typeof fitBgNbd>, gammaGamma: ReturnType<typeof fitGammaGamma> } | undefined} */
export function rankCdnowCustomers() {
  if (!existsSync(file)) return undefined;
  // whitespace-separated: master id, sample id (1–2357), date YYYYMMDD, CDs, dollar value
  const transactions = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [, id, date, , amount] = line.trim().split(/\s+/);
      const d = String(date);
      return { customerId: Number(id), date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`, amount: Number(amount) };
    });
  // everything observed, to the end of the log
  const histories = summarizeTransactions(transactions, { observationEnd: '1998-06-30', unit: 'weeks' });
  const bgNbd = fitBgNbd(histories);
  const gammaGamma = fitGammaGamma(histories.filter((h) => h.frequency > 0));
  const ranked = histories
    .map((customer) => ({
      ...customer,
      alive: bgNbdProbabilityAlive(bgNbd, customer),
      purchases: bgNbdExpectedPurchases(bgNbd, customer, 52),
      averageValue: gammaGammaExpectedAverageValue(gammaGamma, customer),
      value: probabilisticLifetimeValue({
        bgNbd,
        gammaGamma,
        customer,
        months: 12,
        monthlyDiscountRate: 1, // percent
        timeUnitsPerMonth: 4.345,
      }),
    }))
    .sort((a, b) => b.value - a.value);
  return { ranked, customers: histories.length, bgNbd, gammaGamma };
}

/** The top of the ranking as a table. @param {RankedCustomer[]} ranked @param {number} count */
export function rankingTable(ranked, count) {
  const lines = ['  rank  customer  repeat buys  last buy (week)  P(alive)  purchases next 52 w  E[spend]  12-month value'];
  ranked.slice(0, count).forEach((c, i) => {
    lines.push(
      `  ${String(i + 1).padStart(4)}  ${String(c.customerId).padStart(8)}  ${String(c.frequency).padStart(11)}  ${c.recency.toFixed(1).padStart(15)}  ${(c.alive * 100).toFixed(1).padStart(7)}%  ${c.purchases.toFixed(2).padStart(19)}  ${('$' + c.averageValue.toFixed(2)).padStart(8)}  ${('$' + c.value.toFixed(2)).padStart(14)}`,
    );
  });
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = rankCdnowCustomers();
  if (result === undefined) {
    console.log(`NOTICE: ${file} is absent; the CDNOW ranking needs it (it is not part of the package).`);
  } else {
    const { ranked, customers, bgNbd, gammaGamma } = result;
    console.log(`CDNOW: ${customers} customers observed to 1998-06-30, ranked by predicted 12-month value`);
    console.log(
      `BG/NBD r = ${bgNbd.r.toFixed(3)}, α = ${bgNbd.alpha.toFixed(3)}, a = ${bgNbd.a.toFixed(3)}, b = ${bgNbd.b.toFixed(3)}; Gamma-Gamma p = ${gammaGamma.p.toFixed(2)}, q = ${gammaGamma.q.toFixed(2)}, v = ${gammaGamma.v.toFixed(2)}\n`,
    );
    console.log(rankingTable(ranked, 20));
    const total = ranked.reduce((sum, c) => sum + c.value, 0);
    const top = ranked.slice(0, Math.round(customers / 10)).reduce((sum, c) => sum + c.value, 0);
    console.log(`\nThe top 10% of customers hold ${((top / total) * 100).toFixed(1)}% of the predicted value ($${total.toFixed(0)} in all).`);
  }
}
