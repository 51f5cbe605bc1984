// @ts-check
/**
 * The demo's contractual-retention section: the two cohorts of Fader & Hardie,
 * "How to Project Customer Retention" (2007), fitted on their first 7 years
 * with the shifted-beta-geometric model and projected to year 12, against the
 * survivors the paper reports for years 8–12; and what a subscriber is worth
 * in discounted periods (DERL) by how often they have renewed.
 */
import { fitShiftedBetaGeometric, sbgDiscountedResidualLifetime, sbgRetentionRate, sbgSurvival } from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';

const cohorts = [
  { name: 'regular', fitted: [1000, 631, 468, 382, 326, 289, 262, 241], later: [223, 207, 194, 183, 173] },
  { name: 'high end', fitted: [1000, 869, 743, 653, 593, 551, 517, 491], later: [468, 445, 427, 409, 394] },
];

export function retentionProjectionSection() {
  heading('Contractual retention: two cohorts of 1,000 projected from 7 years to 12 (sBG)');
  const fits = cohorts.map((c) => ({ ...c, fit: fitShiftedBetaGeometric(c.fitted) }));
  for (const { name, fit } of fits) {
    console.log(
      `  ${name}: alpha = ${num(fit.alpha, 3)} (± ${num(fit.standardErrors.alpha, 3)}), beta = ${num(fit.beta, 3)} (± ${num(fit.standardErrors.beta, 3)}); retention ${pct(sbgRetentionRate(fit, 1))} in year 1, ${pct(sbgRetentionRate(fit, 12))} in year 12`,
    );
  }
  console.log('');
  const rows = [];
  for (let t = 8; t <= 12; t++) {
    const row = [`year ${t}`];
    for (const { fit, later } of fits) {
      const projected = 1000 * sbgSurvival(fit, t);
      const observed = later[t - 8] ?? NaN;
      row.push(num(projected), String(observed), pct(100 * (projected / observed - 1)));
    }
    rows.push(row);
  }
  console.log(table(['', 'regular: projected', 'observed', 'error', 'high end: projected', 'observed', 'error'], rows));
  console.log('\n  Discounted expected residual lifetime (10% a year), in years still paid for:');
  console.log(
    table(
      ['renewals so far', ...fits.map((f) => f.name)],
      [0, 1, 4, 9].map((renewals) => [
        String(renewals),
        ...fits.map(({ fit }) => num(sbgDiscountedResidualLifetime(fit, { renewals, discountRate: 10 }), 2)),
      ]),
    ),
  );
}
