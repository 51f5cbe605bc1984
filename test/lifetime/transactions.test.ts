/**
 * The CDNOW transaction log (../shared/data/cdnow/CDNOW_sample.txt) through
 * summarizeTransactions: the paper's 39-week calibration period ends on
 * 1997-09-30; its summary file must be reproduced for every customer, and the
 * hold-out period (1997-10-01 to 1998-06-30) compared with the model.
 */
import { describe, expect, test } from 'vitest';
import { bgNbdExpectedPurchases, fitBgNbd, fitGammaGamma, summarizeTransactions } from '../../src/index.js';
import { available, readSummary, readTransactions } from './cdnow.js';

describe.skipIf(!available)('CDNOW, from the transaction log', () => {
  const transactions = available ? readTransactions() : [];
  const histories = available ? summarizeTransactions(transactions, { observationEnd: '1997-09-30', unit: 'weeks' }) : [];

  test('reproduces x, t_x, T and zbar of the summary file for every one of the 2,357 customers, to its two decimals', () => {
    const summary = readSummary();
    expect(histories).toHaveLength(2357);
    const byId = new Map(histories.map((h) => [h.customerId, h]));
    let checked = 0;
    for (const row of summary) {
      const h = byId.get(row.id);
      expect(h, `customer ${row.id}`).toBeDefined();
      // the file rounds to two decimals (22.345 → 22.35): ours must round to its figure, within half a cent
      const cent = 0.005 + 1e-9;
      expect(h!.frequency, `x of ${row.id}`).toBe(row.x);
      expect(Math.abs(h!.recency - row.tx), `t_x of ${row.id}`).toBeLessThanOrEqual(cent);
      expect(Math.abs(h!.T - row.T), `T of ${row.id}`).toBeLessThanOrEqual(cent);
      expect(Math.abs(h!.monetaryValue - row.zbar), `zbar of ${row.id}`).toBeLessThanOrEqual(cent);
      checked++;
    }
    expect(checked).toBe(2357);
  });

  test('the two paths meet: the BG/NBD fit from the log is the published one', () => {
    const fit = fitBgNbd(histories);
    expect([fit.r, fit.alpha, fit.a, fit.b].map((v) => v.toFixed(3))).toStrictEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(fit.logLikelihood.toFixed(1)).toBe('-9582.4');
  });

  test('the Gamma-Gamma fit on the exact spend gives the published p = 6.25, q = 3.74, v = 15.44', () => {
    const fit = fitGammaGamma(histories.filter((h) => h.frequency > 0));
    expect([fit.p.toFixed(2), fit.q.toFixed(2), fit.v.toFixed(2)]).toStrictEqual(['6.25', '3.74', '15.44']);
  });

  test('hold-out: 1,882 repeat purchases in the 39 weeks after calibration, against 1,653 expected (docs/lifetime-value.md)', () => {
    const fit = fitBgNbd(histories);
    const expected = histories.reduce((sum, h) => sum + bgNbdExpectedPurchases(fit, h, 39), 0);
    // actual repeat purchases in the hold-out: purchase days per customer from 1997-10-01 to 1998-06-30
    const days = new Set<string>();
    for (const t of transactions) if (t.date >= '1997-10-01' && t.date <= '1998-06-30') days.add(`${t.customerId} ${t.date}`);
    expect(days.size).toBe(1882);
    // The BG/NBD forecast falls 12% short on this hold-out; that is the model on these data (the
    // arithmetic is checked against a simulation in models.test.ts). A gross error in the
    // expectation (a missing P(alive) factor doubles it) would leave this band.
    expect(expected).toBeGreaterThan(0.75 * days.size);
    expect(expected).toBeLessThan(1.25 * days.size);
  });
});
