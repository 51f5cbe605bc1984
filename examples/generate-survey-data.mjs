// @ts-check
/**
 * Writes examples/data/survey-responses.csv: a month (November 2026) of survey
 * answers from three channels, produced by a seeded generator so that the
 * file is the same on every machine. Run it once to (re)create the file;
 * `--check` compares the file with what the generator would write and exits
 * non-zero if they differ (npm test runs that check).
 *
 *   node examples/generate-survey-data.mjs           # write the file
 *   node examples/generate-survey-data.mjs --check   # verify it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const target = fileURLToPath(new URL('./data/survey-responses.csv', import.meta.url));


/**
 * Draws an answer from relative weights, the first weight for the lowest answer.
 * @param {() => number} random
 * @param {number} min
 * @param {number[]} weights
 */
function draw(random, min, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = random() * total;
  for (const [k, w] of weights.entries()) {
    x -= w;
    if (x < 0) return min + k;
  }
  return min + weights.length - 1;
}

// Relative weights per answer, lowest answer first. Chat is the best-liked
// channel, phone the least; the second half of the month is a little better
// than the first (a process change on the 16th), so the two halves differ.
const profiles = {
  nps: {
    min: 0,
    email: [2, 1, 1, 2, 2, 4, 5, 9, 14, 18, 16],
    chat: [1, 1, 1, 1, 2, 3, 4, 8, 14, 22, 24],
    phone: [3, 2, 2, 3, 3, 5, 6, 10, 14, 15, 12],
  },
  csat: { min: 1, email: [6, 7, 14, 38, 35], chat: [4, 5, 10, 36, 45], phone: [9, 9, 16, 34, 32] },
  ces: { min: 1, email: [3, 5, 8, 14, 22, 28, 20], chat: [2, 3, 6, 12, 20, 30, 27], phone: [6, 8, 11, 16, 20, 22, 17] },
};
const channels = /** @type {const} */ (['email', 'chat', 'phone']);
const surveys = /** @type {const} */ (['nps', 'csat', 'ces']);
const perDay = { email: 9, chat: 12, phone: 6 };

export function generate() {
  const random = mulberry32(20261101);
  const rows = [];
  for (let day = 1; day <= 30; day++) {
    const improved = day >= 16;
    for (const channel of channels) {
      const n = perDay[channel] + Math.floor(random() * 5);
      for (let i = 0; i < n; i++) {
        const survey = surveys[Math.floor(random() * surveys.length)] ?? 'nps';
        const profile = profiles[survey];
        const weights = profile[channel].map((/** @type {number} */ w, /** @type {number} */ k, /** @type {number[]} */ all) =>
          // after the change, answers in the top third gain 20%
          improved && k >= (2 * all.length) / 3 ? w * 1.2 : w,
        );
        const score = draw(random, profile.min, weights);
        const seconds = 8 * 3600 + Math.floor(random() * 10 * 3600);
        const at = new Date(Date.UTC(2026, 10, day, 0, 0, seconds)).toISOString().replace('.000Z', 'Z');
        rows.push(`${at},${channel},${survey},${score}`);
      }
    }
  }
  // an export lists responses in time order (ISO strings in UTC sort as text)
  rows.sort();
  return `respondedAt,channel,survey,score\n${rows.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${target} differs from what the generator writes; run node examples/generate-survey-data.mjs`);
      process.exit(1);
    }
    console.log(`${target} matches its generator`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${text.split('\n').length - 2} responses to ${target}`);
  }
}
