// @ts-check
/** The demo's lifetime-value section: the CDNOW customers' top ten by predicted 12-month value. */
import { rankCdnowCustomers, rankingTable } from '../cdnow-ranking.mjs';
import { heading } from './format.mjs';

export function lifetimeSection() {
  heading('Probabilistic lifetime value: CDNOW, top ten by predicted 12-month value');
  const result = rankCdnowCustomers();
  if (result === undefined) {
    console.log('  (the CDNOW data in ../shared/data/cdnow are not here; see examples/cdnow-ranking.mjs)');
    return;
  }
  const { ranked, customers, bgNbd, gammaGamma } = result;
  console.log(
    `  ${customers} customers; BG/NBD r = ${bgNbd.r.toFixed(3)}, α = ${bgNbd.alpha.toFixed(2)}, a = ${bgNbd.a.toFixed(3)}, b = ${bgNbd.b.toFixed(2)}; Gamma-Gamma p = ${gammaGamma.p.toFixed(2)}, q = ${gammaGamma.q.toFixed(2)}, v = ${gammaGamma.v.toFixed(2)}; 1% a month discount\n`,
  );
  console.log(rankingTable(ranked, 10));
}
