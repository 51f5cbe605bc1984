// @ts-check
/** The demo's statistics section: each survey score with its 95% interval, and the month's two halves compared. */
import { cesInterval, compareCes, compareCsat, compareNps, csatInterval, npsInterval, npsSampleSize } from 'cx-metrics';
import { heading, num, table } from './format.mjs';
import { readSurveyResponses } from './survey.mjs';

export function statisticsSection() {
  const responses = readSurveyResponses();
  const scores = (/** @type {string} */ survey, /** @type {(r: { respondedAt: string }) => boolean} */ keep = () => true) =>
    responses.filter((r) => r.survey === survey && keep(r)).map((r) => r.score);
  const firstHalf = (/** @type {{ respondedAt: string }} */ r) => r.respondedAt < '2026-11-16';
  const secondHalf = (/** @type {{ respondedAt: string }} */ r) => !firstHalf(r);

  heading('How sure are these scores? 95% intervals, November 2026');
  const nps = npsInterval(scores('nps'));
  const csat = csatInterval(scores('csat'));
  const ces = cesInterval(scores('ces'));
  console.log(
    table(
      ['score', 'responses', 'estimate', '95% interval', '±', 'method'],
      [
        ['NPS', nps.count, num(nps.score), `${num(nps.lower)} to ${num(nps.upper)}`, num(nps.marginOfError), nps.method],
        ['CSAT', csat.count, `${num(csat.score)}%`, `${num(csat.lower)}% to ${num(csat.upper)}%`, num(csat.marginOfError), csat.method],
        ['CES', ces.count, num(ces.score, 2), `${num(ces.lower, 2)} to ${num(ces.upper, 2)}`, num(ces.marginOfError, 2), ces.method],
      ],
    ),
  );
  console.log(
    `  For ±5 NPS points at 95% a survey needs ${npsSampleSize({ marginOfError: 5 }).toLocaleString('en')} responses in the worst case; this month had ${nps.count}.`,
  );

  console.log('\nSecond half of the month (16–30 Nov) against the first (1–15 Nov)');
  const rows = [
    ['NPS', compareNps(scores('nps', secondHalf), scores('nps', firstHalf))],
    ['CSAT', compareCsat(scores('csat', secondHalf), scores('csat', firstHalf))],
    ['CES', compareCes(scores('ces', secondHalf), scores('ces', firstHalf))],
  ];
  console.log(
    table(
      ['score', 'change', '95% interval of the change', 'p-value', 'significant at 5%'],
      rows.map(([name, c]) => {
        const r = /** @type {import('cx-metrics').Comparison} */ (c);
        const digits = name === 'CES' ? 2 : 1;
        const signed = (/** @type {number} */ x) => `${x >= 0 ? '+' : ''}${num(x, digits)}`;
        return [String(name), signed(r.difference), `${signed(r.lower)} to ${signed(r.upper)}`, r.pValue.toFixed(3), r.significant ? 'yes' : 'no'];
      }),
    ),
  );
}
