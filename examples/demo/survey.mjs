// @ts-check
/** The demo's survey section: NPS, CSAT and CES per channel for a month of responses. */
import { readFileSync } from 'node:fs';
import { cesSummary, csatSummary, mergeTallies, npsSummary, tally } from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';

const file = new URL('../data/survey-responses.csv', import.meta.url);

/** @typedef {{ respondedAt: string, channel: string, survey: string, score: number }} SurveyResponse */

/** @returns {SurveyResponse[]} the rows of examples/data/survey-responses.csv */
export function readSurveyResponses() {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  if (header !== 'respondedAt,channel,survey,score') throw new Error(`unexpected header in survey-responses.csv: ${header}`);
  return lines.map((line) => {
    const [respondedAt, channel, survey, score] = line.split(',');
    if (respondedAt === undefined || channel === undefined || survey === undefined || score === undefined) {
      throw new Error(`malformed line: ${line}`);
    }
    return { respondedAt, channel, survey, score: Number(score) };
  });
}

const scales = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } };

/**
 * One tally per channel, and their merge for the whole month: the way a
 * dashboard would keep daily or per-channel tallies and add them up.
 * @param {SurveyResponse[]} responses
 * @param {'nps' | 'csat' | 'ces'} survey
 */
function talliesByChannel(responses, survey) {
  /** @type {Map<string, number[]>} */
  const byChannel = new Map();
  for (const r of responses) {
    if (r.survey !== survey) continue;
    const list = byChannel.get(r.channel) ?? [];
    byChannel.set(r.channel, list);
    list.push(r.score);
  }
  const rows = [...byChannel]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([channel, list]) => /** @type {const} */ ([channel, tally(list, scales[survey])]));
  return [/** @type {const} */ (['all', mergeTallies(...rows.map(([, t]) => t))]), ...rows];
}

export function surveySection() {
  const responses = readSurveyResponses();
  heading(`Survey scores, November 2026: ${responses.length} responses (examples/data/survey-responses.csv)`);

  console.log('\nNPS: answers 0–10; promoters 9–10, passives 7–8, detractors 0–6');
  console.log(
    table(
      ['channel', 'responses', 'promoters', 'passives', 'detractors', 'NPS'],
      talliesByChannel(responses, 'nps').map(([channel, t]) => {
        const s = npsSummary(t);
        return [
          channel,
          s.count,
          `${s.promoters} (${pct(s.promoterShare)})`,
          `${s.passives} (${pct(s.passiveShare)})`,
          `${s.detractors} (${pct(s.detractorShare)})`,
          num(s.score),
        ];
      }),
    ),
  );

  console.log('\nCSAT: answers 1–5; positive = 4 or 5 (top-2-box)');
  console.log(
    table(
      ['channel', 'responses', 'positive', 'CSAT', 'mean rating'],
      talliesByChannel(responses, 'csat').map(([channel, t]) => {
        const s = csatSummary(t);
        return [channel, s.count, s.positive, pct(s.score), num(s.mean, 2)];
      }),
    ),
  );

  console.log('\nCES: answers 1–7, higher = easier ("the company made it easy to handle my issue")');
  console.log(
    table(
      ['channel', 'responses', 'CES (mean)', 'easy (6–7)', 'difficult (1–2)', 'ease index'],
      talliesByChannel(responses, 'ces').map(([channel, t]) => {
        const s = cesSummary(t);
        return [channel, s.count, num(s.mean, 2), pct(s.easyShare), pct(s.difficultShare), num(s.easeIndex)];
      }),
    ),
  );
}
