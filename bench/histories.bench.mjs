// @ts-check
/**
 * Ticket histories: `ticketMetricsSummary` over 100,000 histories of about
 * 20 events (a seeded sample, epoch-millisecond timestamps) against a
 * hand-written loop that makes one pass over the same histories and
 * computes first reply, requester wait time, replies and reopens, without
 * checking anything. The library also checks every event, orders the
 * events, measures every other metric and summarises each (median, p90).
 * Target: within 2× of the hand loop. For context, the same histories with
 * ISO-8601 strings, and `slaAchievement` with three targets.
 */
import { slaAchievement, ticketMetricsSummary } from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { sampleHistories } from '../examples/lib/histories.mjs';

const N = Number(process.env.BENCH_HISTORIES ?? 100_000);

/**
 * One pass, as a user would write it for sorted, valid histories: first
 * reply (creation → first public agent comment), requester wait (time in
 * new, open and on-hold until the end), replies and reopens of the solved
 * tickets.
 * @param {readonly import('../examples/lib/histories.mjs').SampleHistory[]} histories
 */
function handLoop(histories) {
  let firstReplySum = 0;
  let firstReplies = 0;
  let waitSum = 0;
  let replySum = 0;
  let reopened = 0;
  for (let i = 0; i < histories.length; i++) {
    const h = /** @type {import('../examples/lib/histories.mjs').SampleHistory} */ (histories[i]);
    const created = h.createdAt;
    const events = h.events;
    let status = 'new';
    let since = created;
    let firstReply = -1;
    let replies = 0;
    let reopens = 0;
    for (let k = 0; k < events.length; k++) {
      const e = /** @type {import('cx-metrics').TicketEvent} */ (events[k]);
      const at = /** @type {number} */ (e.at);
      if (e.type === 'comment') {
        if (e.public && e.author === 'agent') {
          replies++;
          if (firstReply < 0) firstReply = at - created;
        }
      } else if (e.type === 'status' && e.status !== status) {
        if (status === 'new' || status === 'open' || status === 'on-hold') waitSum += at - since;
        const wasSolved = status === 'solved' || status === 'closed';
        if (wasSolved && e.status !== 'solved' && e.status !== 'closed') reopens++;
        status = e.status;
        since = at;
      }
    }
    if (firstReply >= 0) {
      firstReplySum += firstReply;
      firstReplies++;
    }
    if (status === 'solved' || status === 'closed') {
      replySum += replies;
      if (reopens > 0) reopened++;
    }
  }
  return { firstReplySum, firstReplies, waitSum, replySum, reopened };
}

/** @param {import('cx-metrics').TicketMetricsSummary} s */
const figures = (s) => ({
  firstReplySum: s.firstReplyTime?.sum,
  firstReplies: s.firstReplyTime?.count,
  waitSum: s.requesterWaitTime.sum,
  replySum: s.repliesPerSolvedTicket?.sum,
  reopened: s.reopened,
});

/** @param {unknown} a @param {unknown} b */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

console.log(`ticket histories (${N.toLocaleString('en')})`);
console.log(`machine: ${machine()}`);
const histories = sampleHistories(N, 12);
const events = histories.reduce((n, h) => n + h.events.length, 0);
console.log(`  ${(events / N).toFixed(1)} events per history`);

const summary = race(
  [
    { name: 'cx-metrics ticketMetricsSummary()', fn: () => figures(ticketMetricsSummary(histories)), role: /** @type {const} */ ('library') },
    { name: 'hand: one pass, four metrics', fn: () => handLoop(histories), role: /** @type {const} */ ('hand') },
  ],
  { same },
);
const main = report('ticketMetricsSummary of epoch-millisecond histories', N, summary);

const iso = histories.map((h) => ({
  ...h,
  createdAt: new Date(h.createdAt).toISOString(),
  events: h.events.map((e) => ({ ...e, at: new Date(/** @type {number} */ (e.at)).toISOString() })),
}));
const strings = race(
  [
    { name: 'cx-metrics ticketMetricsSummary(), ISO strings', fn: () => figures(ticketMetricsSummary(iso)), role: /** @type {const} */ ('library') },
    { name: 'hand: one pass, four metrics (epoch ms)', fn: () => handLoop(histories), role: /** @type {const} */ ('hand') },
  ],
  { same, rounds: 7 },
);
report('for context: the same histories with ISO-8601 strings', N, strings);

const targets = { firstReply: { urgent: 30, high: 60, normal: 240, low: 480 }, nextReply: 240, requesterWait: 1440 };
const sla = race(
  [{ name: 'cx-metrics slaAchievement(), three targets', fn: () => slaAchievement(histories, { targets, unit: 'minutes' }).breaches.length, role: /** @type {const} */ ('library') }],
  { rounds: 7 },
);
console.log(`\nfor context: slaAchievement, three targets: ${sla[0]?.median.toFixed(1)} ms`);

console.log(`\nsummary: ticketMetricsSummary / hand loop = ${main.vsHand.toFixed(2)}× (target ≤ 2×)`);
