// @ts-check
/**
 * `npm run demo`: a survey report for a month of responses
 * (examples/data/survey-responses.csv), computed with the built package.
 * The library never rounds; this report rounds for display only.
 */
import { readFileSync } from 'node:fs';
import { cesSummary, csatSummary, mergeTallies, npsSummary, tally } from 'cx-metrics';

const file = new URL('./data/survey-responses.csv', import.meta.url);
const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
if (header !== 'respondedAt,channel,survey,score') throw new Error(`unexpected header in ${file.pathname}: ${header}`);

/** @type {Map<string, Map<string, number[]>>} survey → channel → answers */
const answers = new Map();
for (const line of lines) {
  const [, channel, survey, score] = line.split(',');
  if (channel === undefined || survey === undefined || score === undefined) throw new Error(`malformed line: ${line}`);
  const bySurvey = answers.get(survey) ?? new Map();
  answers.set(survey, bySurvey);
  const list = bySurvey.get(channel) ?? [];
  bySurvey.set(channel, list);
  list.push(Number(score));
}

const scales = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } };

/**
 * One tally per channel, and their merge for the whole month: the way a
 * dashboard would keep daily or per-channel tallies and add them up.
 * @param {'nps' | 'csat' | 'ces'} survey
 */
function tallies(survey) {
  const byChannel = [...(answers.get(survey) ?? new Map())].sort(([a], [b]) => a.localeCompare(b));
  const rows = byChannel.map(([channel, list]) => /** @type {const} */ ([channel, tally(list, scales[survey])]));
  return [/** @type {const} */ (['all', mergeTallies(...rows.map(([, t]) => t))]), ...rows];
}

const pct = (/** @type {number} */ x) => `${x.toFixed(1)}%`;
const num = (/** @type {number} */ x, digits = 1) => x.toFixed(digits);

/** @param {string[]} headings @param {Array<Array<string | number>>} rows */
function table(headings, rows) {
  const cells = [headings, ...rows.map((r) => r.map(String))];
  const widths = headings.map((_, c) => Math.max(...cells.map((r) => r[c]?.length ?? 0)));
  return cells
    .map((r) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '))
    .join('\n');
}

console.log(`Survey report, November 2026: ${lines.length} responses (${file.pathname.split('/').slice(-2).join('/')})\n`);

console.log('NPS: answers 0–10; promoters 9–10, passives 7–8, detractors 0–6');
console.log(
  table(
    ['channel', 'responses', 'promoters', 'passives', 'detractors', 'NPS'],
    tallies('nps').map(([channel, t]) => {
      const s = npsSummary(t);
      return [channel, s.total, `${s.promoters} (${pct(s.promoterShare)})`, `${s.passives} (${pct(s.passiveShare)})`, `${s.detractors} (${pct(s.detractorShare)})`, num(s.score)];
    }),
  ),
);

console.log('\nCSAT: answers 1–5; positive = 4 or 5 (top-2-box)');
console.log(
  table(
    ['channel', 'responses', 'positive', 'CSAT', 'mean rating'],
    tallies('csat').map(([channel, t]) => {
      const s = csatSummary(t);
      return [channel, s.total, s.positive, pct(s.score), num(s.mean, 2)];
    }),
  ),
);

console.log('\nCES: answers 1–7, higher = easier ("the company made it easy to handle my issue")');
console.log(
  table(
    ['channel', 'responses', 'CES (mean)', 'easy (6–7)', 'difficult (1–2)', 'ease index'],
    tallies('ces').map(([channel, t]) => {
      const s = cesSummary(t);
      return [channel, s.total, num(s.mean, 2), pct(s.easyShare), pct(s.difficultShare), num(s.easeIndex)];
    }),
  ),
);
