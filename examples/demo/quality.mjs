// @ts-check
/** The demo's quality section: the internal quality score per agent and per criterion for a month of reviews. */
import { readFileSync } from 'node:fs';
import { qualitySummary } from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';

const file = new URL('../data/quality-reviews.csv', import.meta.url);

/**
 * The team's scorecard. Identity is a gate: it carries no points, but a
 * skipped identity check fails the review; so does accuracy at its lowest
 * point (wrong information given).
 * @type {import('cx-metrics').Scorecard}
 */
export const scorecard = [
  { id: 'greeting', weight: 1, scale: 'pass-fail' },
  { id: 'tone', weight: 2, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 }, critical: true },
  { id: 'procedure', weight: 2, scale: { min: 1, max: 3 } },
  { id: 'resolution', weight: 3, scale: 'pass-fail' },
  { id: 'writing', weight: 1, scale: { min: 1, max: 4 } },
  { id: 'identity', weight: 0, scale: 'pass-fail', critical: true },
];

/** @typedef {{ reviewedAt: string, conversation: string, agent: string, channel: string, scores: Record<string, number | boolean | null> }} QualityReview */

/**
 * A cell of the export: a whole point, pass / fail, or n/a (not applicable).
 * @param {string} cell
 * @returns {number | boolean | null}
 */
function rating(cell) {
  if (cell === 'n/a') return null;
  if (cell === 'pass') return true;
  if (cell === 'fail') return false;
  // Number('') is 0 and Number('4x') is NaN: leave the checking to the library, which names the review.
  return cell === '' ? NaN : Number(cell);
}

/** @returns {QualityReview[]} the rows of examples/data/quality-reviews.csv */
export function readQualityReviews() {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header?.split(',') ?? [];
  const criteria = columns.slice(4);
  if (columns.slice(0, 4).join(',') !== 'reviewedAt,conversation,agent,channel') {
    throw new Error(`unexpected header in quality-reviews.csv: ${header}`);
  }
  return lines.map((line) => {
    const cells = line.split(',');
    const [reviewedAt, conversation, agent, channel] = cells;
    if (reviewedAt === undefined || conversation === undefined || agent === undefined || channel === undefined || cells.length !== columns.length) {
      throw new Error(`malformed line: ${line}`);
    }
    const scores = Object.fromEntries(criteria.map((id, k) => [id, rating(cells[4 + k] ?? '')]));
    return { reviewedAt, conversation, agent, channel, scores };
  });
}

/** @param {number | undefined} x */
const score = (x) => (x === undefined ? '–' : num(x));

export function qualitySection() {
  const reviews = readQualityReviews();
  heading(`Internal quality, November 2026: ${reviews.length} reviewed conversations (examples/data/quality-reviews.csv)`);

  console.log('\nScorecard: a criterion scores (rating − min) / (max − min) × 100, pass 100, fail 0;');
  console.log('a review scores Σ(score × weight) / Σ(weights of the criteria that apply); a failed critical criterion scores it 0.');
  console.log(
    table(
      ['criterion', 'scale', 'weight', 'critical'],
      scorecard.map((c) => [c.id, c.scale === 'pass-fail' ? 'pass-fail' : `${c.scale.min}–${c.scale.max}`, c.weight, c.critical ? 'yes' : '']),
    ),
  );

  const summary = qualitySummary(reviews, scorecard, { by: 'agent' });
  const ids = scorecard.map((c) => c.id);
  // The library keeps the groups in the order agents first appear; the report ranks them.
  const ranked = [...summary.groups].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));

  console.log('\nIQS per agent, highest first, with each criterion\'s average score (0–100) where it applied');
  console.log(
    table(
      ['agent', 'reviews', 'left out', 'auto-fails', 'IQS', ...ids],
      [summary, ...ranked].map((g) => [
        'key' in g ? String(g.key) : 'team',
        g.reviews,
        g.leftOut,
        g.autoFails,
        score(g.score),
        ...g.criteria.map((c) => score(c.score)),
      ]),
    ),
  );

  console.log('\nPer criterion, whole team');
  console.log(
    table(
      ['criterion', 'average', 'rated', 'not applicable', 'auto-fails'],
      summary.criteria.map((c) => [c.id, score(c.score), c.rated, `${c.notApplicable} (${pct(c.notApplicableShare)})`, c.autoFails]),
    ),
  );
}
