// @ts-check
/**
 * Writes the support sample data, produced by a seeded generator so that the
 * files are the same on every machine:
 * - examples/data/support-tickets.json: a month (November 2026) of tickets as
 *   a help desk exports them, with their conversation (customer and agent
 *   messages), agent, channel, priority and resolution time;
 * - examples/data/support-calls.csv: a month of phone calls with their queue
 *   times and the talk, hold and after-call work of the answered ones.
 * Run it once to (re)create the files; `--check` compares them with what the
 * generator would write and exits non-zero if they differ (npm test runs
 * that check).
 *
 *   node examples/generate-support-data.mjs           # write the files
 *   node examples/generate-support-data.mjs --check   # verify them
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const ticketsFile = fileURLToPath(new URL('./data/support-tickets.json', import.meta.url));
const callsFile = fileURLToPath(new URL('./data/support-calls.csv', import.meta.url));


const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 10, 1);
const END = Date.UTC(2026, 11, 1);

/** Agents and how quickly each replies (a factor on the channel's usual delay) and resolves on first contact. */
const agents = {
  ana: { speed: 0.7, firstContact: 0.75 },
  ben: { speed: 1.0, firstContact: 0.6 },
  chidi: { speed: 1.6, firstContact: 0.55 },
  dora: { speed: 0.9, firstContact: 0.7 },
};
const agentNames = /** @type {(keyof typeof agents)[]} */ (Object.keys(agents));

/** Typical delay before an agent replies, per channel (log-normal around it). */
const replyDelay = { chat: 4 * MINUTE, email: 3 * HOUR };
const priorities = ['low', 'normal', 'high', 'urgent'];

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * A log-normal draw with median `median` (σ = 0.9), whole seconds.
 * @param {() => number} random
 * @param {number} median
 */
function delay(random, median) {
  const u = Math.max(random(), 1e-9);
  const v = random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.max(1000, Math.round((median * Math.exp(0.9 * z)) / 1000) * 1000);
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(random, list) {
  return /** @type {T} */ (list[Math.floor(random() * list.length)]);
}

export function generateTickets() {
  const random = mulberry32(20261102);
  const tickets = [];
  for (let day = 0; day < 30; day++) {
    const n = 14 + Math.floor(random() * 8);
    for (let i = 0; i < n; i++) {
      const createdAt = START + day * 24 * HOUR + 7 * HOUR + Math.floor(random() * 12 * HOUR / 1000) * 1000;
      const agent = pick(random, agentNames);
      const channel = random() < 0.45 ? 'chat' : 'email';
      const priority = pick(random, priorities);
      const outbound = random() < 0.1; // the agent writes first (a ticket the agent created)
      /** @type {{ at: string, from: 'customer' | 'agent' }[]} */
      const messages = [];
      let t = createdAt;
      messages.push({ at: iso(t), from: outbound ? 'agent' : 'customer' });
      if (outbound) {
        t += delay(random, 5 * HOUR);
        messages.push({ at: iso(t), from: 'customer' });
      }
      const { speed, firstContact } = agents[agent];
      // a few tickets are still waiting for their first reply at the end of the month
      let replies = random() < 0.04 ? 0 : random() < firstContact ? 1 : 2 + Math.floor(random() * 2);
      while (replies > 0 && t < END) {
        t += delay(random, replyDelay[channel] * speed * (priority === 'urgent' ? 0.5 : 1));
        messages.push({ at: iso(t), from: 'agent' });
        replies--;
        if (replies > 0) {
          // the customer answers, sometimes in two messages
          t += delay(random, channel === 'chat' ? 3 * MINUTE : 5 * HOUR);
          messages.push({ at: iso(t), from: 'customer' });
          if (random() < 0.3) {
            t += delay(random, 10 * MINUTE);
            messages.push({ at: iso(t), from: 'customer' });
          }
        }
      }
      const last = messages[messages.length - 1];
      const answered = messages.some((m, k) => m.from === 'agent' && !(outbound && k === 0));
      // resolved a little after the last agent reply, unless that falls after the export
      const resolvedAt = answered && last?.from === 'agent' && random() < 0.92 ? t + delay(random, 20 * MINUTE) : undefined;
      const inMonth = messages.filter((m) => Date.parse(m.at) < END);
      tickets.push({
        id: tickets.length + 1,
        agent,
        channel,
        priority,
        createdAt: iso(createdAt),
        resolvedAt: resolvedAt !== undefined && resolvedAt < END ? iso(resolvedAt) : null,
        messages: inMonth,
      });
    }
  }
  // one ticket per line: readable, and diffs stay small
  return `[\n${tickets.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`;
}

export function generateCalls() {
  const random = mulberry32(20261103);
  const rows = [];
  for (let day = 0; day < 30; day++) {
    const n = 10 + Math.floor(random() * 6);
    for (let i = 0; i < n; i++) {
      const queuedAt = START + day * 24 * HOUR + 8 * HOUR + Math.floor((random() * 10 * HOUR) / 1000) * 1000;
      if (random() < 0.07) {
        // abandoned in the queue
        rows.push(`${iso(queuedAt)},,,,,`);
        continue;
      }
      const agent = pick(random, agentNames);
      const wait = Math.round(delay(random, 45_000) / 1000);
      const talk = Math.round(delay(random, 6 * MINUTE * agents[agent].speed) / 1000);
      const hold = random() < 0.35 ? Math.round(delay(random, 90_000) / 1000) : 0;
      const wrapUp = Math.round(delay(random, 2 * MINUTE) / 1000);
      rows.push(`${iso(queuedAt)},${iso(queuedAt + wait * 1000)},${agent},${talk},${hold},${wrapUp}`);
    }
  }
  rows.sort();
  return `queuedAt,answeredAt,agent,talkTime,holdTime,afterCallWork\n${rows.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = [
    [ticketsFile, generateTickets()],
    [callsFile, generateCalls()],
  ];
  if (process.argv.includes('--check')) {
    let ok = true;
    for (const [file, text] of files) {
      if (readFileSync(/** @type {string} */ (file), 'utf8') !== text) {
        console.error(`${file} differs from what the generator writes; run node examples/generate-support-data.mjs`);
        ok = false;
      } else console.log(`${file} matches its generator`);
    }
    if (!ok) process.exit(1);
  } else {
    for (const [file, text] of files) {
      writeFileSync(/** @type {string} */ (file), /** @type {string} */ (text));
      console.log(`wrote ${file}`);
    }
  }
}
