// @ts-check
/**
 * Writes examples/data/quality-reviews.csv: a month (November 2026) of
 * quality reviews of support conversations, six agents, rated on the demo's
 * scorecard (see examples/demo/quality.mjs), produced by a seeded generator
 * so that the file is the same on every machine. Run it once to (re)create
 * the file; `--check` compares the file with what the generator would write
 * and exits non-zero if they differ (npm test runs that check).
 *
 *   node examples/generate-quality-data.mjs           # write the file
 *   node examples/generate-quality-data.mjs --check   # verify it
 *
 * Columns: reviewedAt, conversation, agent, channel, then one per criterion.
 * Ratings are whole points of the criterion's scale, `pass` or `fail`, or
 * `n/a` where the criterion did not apply to the conversation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const target = fileURLToPath(new URL('./data/quality-reviews.csv', import.meta.url));


// Each agent has a skill (how high their ratings run, 0–1), a pass rate for
// the pass-fail criteria, and a rate of skipped identity checks. Farah is
// new and still learning; Dev is strong but careless with identity checks.
const agents = {
  amara: { skill: 0.75, pass: 0.93, skipsId: 0.0 },
  bo: { skill: 0.6, pass: 0.88, skipsId: 0.02 },
  carla: { skill: 0.68, pass: 0.9, skipsId: 0.0 },
  dev: { skill: 0.72, pass: 0.9, skipsId: 0.25 },
  eli: { skill: 0.55, pass: 0.85, skipsId: 0.03 },
  farah: { skill: 0.4, pass: 0.75, skipsId: 0.1 },
};
const channels = /** @type {const} */ (['chat', 'email', 'phone']);

export function generate() {
  const random = mulberry32(20261130);
  /**
   * A whole point from min to max, running higher with skill.
   * @param {number} min @param {number} max @param {number} skill
   */
  const point = (min, max, skill) => {
    const x = Math.min(0.999, Math.max(0, ((random() + random()) / 2) * 0.7 + skill * 0.45 - 0.05));
    return String(min + Math.floor(x * (max - min + 1)));
  };
  /** @param {number} p */
  const passFail = (p) => (random() < p ? 'pass' : 'fail');
  const rows = [];
  let conversation = 48_100;
  for (let day = 2; day <= 30; day++) {
    const weekday = new Date(Date.UTC(2026, 10, day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const [agent, { skill, pass, skipsId }] of Object.entries(agents)) {
      // one or two reviews per agent per working day
      const n = 1 + (random() < 0.5 ? 1 : 0);
      for (let i = 0; i < n; i++) {
        conversation += 1 + Math.floor(random() * 40);
        const channel = channels[Math.floor(random() * channels.length)] ?? 'chat';
        const seconds = 9 * 3600 + Math.floor(random() * 8 * 3600);
        const at = new Date(Date.UTC(2026, 10, day, 0, 0, seconds)).toISOString().replace('.000Z', 'Z');
        // A customer who left after the first message: nothing can be rated.
        if (random() < 0.015) {
          rows.push([at, conversation, agent, channel, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'].join(','));
          continue;
        }
        const greeting = passFail(pass + 0.05);
        const tone = point(1, 5, skill);
        const accuracy = point(1, 5, skill);
        // No documented procedure for one conversation in five.
        const procedure = random() < 0.2 ? 'n/a' : point(1, 3, skill);
        // Escalated to another team: resolution does not apply.
        const resolution = random() < 0.15 ? 'n/a' : passFail(pass - 0.1);
        // Writing is not rated on the phone.
        const writing = channel === 'phone' ? 'n/a' : point(1, 4, skill);
        // Identity checks apply when the account was changed, about one in three.
        const identity = random() < 0.35 ? (random() < skipsId ? 'fail' : 'pass') : 'n/a';
        rows.push([at, conversation, agent, channel, greeting, tone, accuracy, procedure, resolution, writing, identity].join(','));
      }
    }
  }
  // an export lists reviews in time order (ISO strings in UTC sort as text)
  rows.sort();
  return `reviewedAt,conversation,agent,channel,greeting,tone,accuracy,procedure,resolution,writing,identity\n${rows.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${target} differs from what the generator writes; run node examples/generate-quality-data.mjs`);
      process.exit(1);
    }
    console.log(`${target} matches its generator`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${text.split('\n').length - 2} reviews to ${target}`);
  }
}
