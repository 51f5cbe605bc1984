// @ts-check
/**
 * A seeded sample of ticket histories, for the demo and the benchmarks:
 * tickets that customers open, agents answer (now and then after an
 * internal note), set pending and solve, customers answer and sometimes
 * reopen. The same seed gives the same histories on every machine.
 */
import { mulberry32 } from './random.mjs';

/** The team: each agent works in one group. */
export const AGENTS = /** @type {const} */ ([
  { id: 'ana', group: 'billing' },
  { id: 'ben', group: 'billing' },
  { id: 'cy', group: 'tech' },
  { id: 'dee', group: 'tech' },
  { id: 'eli', group: 'tech' },
]);

const PRIORITIES = /** @type {const} */ (['low', 'normal', 'normal', 'normal', 'high', 'high', 'urgent']);
const CHANNELS = /** @type {const} */ (['email', 'email', 'web', 'chat']);
const MINUTE = 60_000;

/**
 * @typedef {import('cx-metrics').TicketEvent} TicketEvent
 * @typedef {{ id: number, createdAt: number, priority: string, channel: string, events: TicketEvent[] }} SampleHistory
 */

/**
 * `count` histories from `start` (epoch milliseconds) on, one every few
 * minutes, with epoch-millisecond timestamps; about 20 events each.
 * @param {number} count
 * @param {number} seed
 * @param {number} [start] default 2026-11-02T08:00:00Z
 * @returns {SampleHistory[]}
 */
export function sampleHistories(count, seed, start = Date.UTC(2026, 10, 2, 8)) {
  const random = mulberry32(seed);
  /** An exponential delay with the given mean, in whole milliseconds. @param {number} mean */
  const delay = (mean) => Math.round(-Math.log(1 - random()) * mean);
  /** @template T @param {readonly T[]} items @returns {T} */
  const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
  /** @type {SampleHistory[]} */
  const histories = [];
  let created = start;
  for (let i = 0; i < count; i++) {
    created += delay(6 * MINUTE);
    const priority = pick(PRIORITIES);
    const urgency = priority === 'urgent' ? 0.25 : priority === 'high' ? 0.5 : 1;
    const agent = pick(AGENTS);
    /** @type {TicketEvent[]} */
    const events = [{ type: 'comment', at: created, author: 'customer', public: true }];
    let t = created + delay(2 * MINUTE);
    events.push({ type: 'assignment', at: t, assignee: agent.id, group: agent.group });
    events.push({ type: 'status', at: t, status: 'open' });
    const rounds = 3 + Math.floor(random() * 4);
    for (let r = 0; r < rounds; r++) {
      if (random() < 0.15) {
        t += delay(10 * MINUTE);
        events.push({ type: 'comment', at: t, author: 'agent', public: false, authorId: agent.id });
      }
      t += delay(90 * MINUTE * urgency);
      events.push({ type: 'comment', at: t, author: 'agent', public: true, authorId: agent.id });
      const last = r === rounds - 1;
      events.push({ type: 'status', at: t, status: last ? 'solved' : 'pending' });
      if (last && random() < 0.85) break;
      // the customer answers; on a solved ticket, that reopens it
      t += delay(120 * MINUTE);
      events.push({ type: 'comment', at: t, author: 'customer', public: true });
      events.push({ type: 'status', at: t, status: 'open' });
      if (last && random() < 0.6) {
        t += delay(60 * MINUTE * urgency);
        events.push({ type: 'comment', at: t, author: 'agent', public: true, authorId: agent.id });
        events.push({ type: 'status', at: t, status: 'solved' });
      }
    }
    histories.push({ id: 1000 + i, createdAt: created, priority, channel: pick(CHANNELS), events });
  }
  return histories;
}
