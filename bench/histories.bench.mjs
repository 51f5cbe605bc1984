// @ts-check
/**
 * Ticket histories: `ticketMetricsSummary` over 100,000 histories of about
 * 20 events (a seeded sample, epoch-millisecond timestamps) against a
 * hand-written loop that computes the same figures from the same histories
 * without checking anything: one pass for every metric of the summary, then
 * each metric's count, sum, mean, median, p90, minimum and maximum (a sort
 * per metric, as one writes it by hand), the reopen and one-touch rates and
 * the replies per solved ticket. The library also checks every event and
 * orders the events. Target: within 2× of that loop. For context, the
 * issue's one-pass loop of four sums (first reply, requester wait, replies,
 * reopens, no medians), the same histories with ISO-8601 strings, and
 * `slaAchievement` with three targets.
 */
import { slaAchievement, ticketMetricsSummary } from 'cx-metrics';
import { machine, race, report } from './harness.mjs';
import { sampleHistories } from '../examples/lib/histories.mjs';

const N = Number(process.env.BENCH_HISTORIES ?? 100_000);

/** @typedef {import('../examples/lib/histories.mjs').SampleHistory} SampleHistory */

/** @param {string} status */
const isSolved = (status) => status === 'solved' || status === 'closed';

/**
 * count, sum, mean, median, p90 (linear interpolation, type 7), min and max
 * of the first `count` values, sorting them; `null` for none.
 * @param {Float64Array} values @param {number} count
 */
function summary(values, count) {
  if (count === 0) return null;
  const v = values.subarray(0, count).sort();
  let sum = 0;
  for (let i = 0; i < count; i++) sum += /** @type {number} */ (v[i]);
  /** @param {number} q */
  const at = (q) => {
    const h = (count - 1) * q;
    const lo = Math.floor(h);
    const x = /** @type {number} */ (v[lo]);
    return h === lo ? x : x + (/** @type {number} */ (v[lo + 1]) - x) * (h - lo);
  };
  return { count, sum, mean: sum / count, median: at(0.5), p90: at(0.9), min: /** @type {number} */ (v[0]), max: /** @type {number} */ (v[count - 1]) };
}

/**
 * {@link summary} with the records left out.
 * @param {Float64Array} values @param {number} count @param {number} leftOut
 */
const timeSummary = (values, count, leftOut) => {
  const s = summary(values, count);
  return s === null ? null : { ...s, leftOut };
};

/**
 * Every figure of `ticketMetricsSummary(histories)`, as a user would write it
 * for valid histories with events in time order and epoch-millisecond
 * timestamps: one pass over the events of each history (Zendesk's rules:
 * an agent-created ticket's public opening comment is no reply; status time
 * counted by the status left; a run of customer comments after the first
 * reply waits for the next reply), then a summary of each metric.
 * @param {readonly SampleHistory[]} histories
 */
function handLoop(histories) {
  const n = histories.length;
  const firstReply = new Float64Array(n);
  const firstResolution = new Float64Array(n);
  const fullResolution = new Float64Array(n);
  const requesterWait = new Float64Array(n);
  const agentWork = new Float64Array(n);
  const agentWait = new Float64Array(n);
  const onHold = new Float64Array(n);
  const replies = new Float64Array(n);
  /** @type {number[]} */
  const nextReply = [];
  let replied = 0;
  let resolvedOnce = 0;
  let solved = 0;
  let unanswered = 0;
  let reopened = 0;
  let oneTouch = 0;
  for (let i = 0; i < n; i++) {
    const h = /** @type {SampleHistory & import('cx-metrics').TicketHistory} */ (histories[i]);
    const created = h.createdAt;
    const events = h.events;
    /** @type {string} */
    let status = h.status ?? 'new';
    let resolved = isSolved(status);
    let firstResolutionAt = resolved ? created : -1;
    let lastResolutionAt = firstResolutionAt;
    let since = created;
    let firstReplyAt = -1;
    let count = 0;
    let reopens = 0;
    let waitFrom = -1;
    let opening = h.createdBy === 'agent';
    let work = 0;
    let hold = 0;
    let wait = 0;
    for (let k = 0; k < events.length; k++) {
      const e = /** @type {import('cx-metrics').TicketEvent} */ (events[k]);
      const at = /** @type {number} */ (e.at);
      if (e.type === 'comment') {
        const reply = e.public && e.author === 'agent';
        if (opening) {
          opening = false;
          if (reply) continue;
        }
        if (reply) {
          count++;
          if (firstReplyAt < 0) firstReplyAt = at;
          else if (waitFrom >= 0) {
            nextReply.push(at - waitFrom);
            waitFrom = -1;
          }
        } else if (e.public && e.author === 'customer' && firstReplyAt >= 0 && waitFrom < 0) waitFrom = at;
      } else if (e.type === 'status' && e.status !== status) {
        if (status === 'new' || status === 'open') work += at - since;
        else if (status === 'on-hold') hold += at - since;
        else if (status === 'pending') wait += at - since;
        const nowResolved = isSolved(e.status);
        if (nowResolved && !resolved) {
          if (firstResolutionAt < 0) firstResolutionAt = at;
          lastResolutionAt = at;
        } else if (resolved && !nowResolved) reopens++;
        status = e.status;
        resolved = nowResolved;
        since = at;
      }
    }
    if (firstReplyAt >= 0) firstReply[replied++] = firstReplyAt - created;
    if (firstResolutionAt >= 0) firstResolution[resolvedOnce++] = firstResolutionAt - created;
    requesterWait[i] = work + hold;
    agentWork[i] = work;
    agentWait[i] = wait;
    onHold[i] = hold;
    if (waitFrom >= 0) unanswered++;
    if (resolved) {
      fullResolution[solved] = lastResolutionAt - created;
      replies[solved++] = count;
      if (reopens > 0) reopened++;
      if (count === 1) oneTouch++;
    }
  }
  const next = Float64Array.from(nextReply);
  return {
    count: n,
    solved,
    firstReplyTime: timeSummary(firstReply, replied, n - replied),
    firstResolutionTime: timeSummary(firstResolution, resolvedOnce, n - resolvedOnce),
    fullResolutionTime: timeSummary(fullResolution, solved, n - solved),
    requesterWaitTime: timeSummary(requesterWait, n, 0),
    agentWorkTime: timeSummary(agentWork, n, 0),
    agentWaitTime: timeSummary(agentWait, n, 0),
    onHoldTime: timeSummary(onHold, n, 0),
    nextReplyTime: timeSummary(next, next.length, unanswered),
    reopened,
    reopenRate: solved === 0 ? null : (reopened / solved) * 100,
    oneTouch,
    oneTouchRate: solved === 0 ? null : (oneTouch / solved) * 100,
    repliesPerSolvedTicket: summary(replies, solved),
  };
}

/**
 * The one-pass loop, for context: first reply (creation → first
 * public agent comment), requester wait (time in new, open and on-hold until
 * the end), replies and reopens of the solved tickets, as four sums.
 * @param {readonly SampleHistory[]} histories
 */
function fourSums(histories) {
  let firstReplySum = 0;
  let firstReplies = 0;
  let waitSum = 0;
  let replySum = 0;
  let reopened = 0;
  for (let i = 0; i < histories.length; i++) {
    const h = /** @type {SampleHistory} */ (histories[i]);
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
const fourFigures = (s) => ({
  firstReplySum: s.firstReplyTime?.sum,
  firstReplies: s.firstReplyTime?.count,
  waitSum: s.requesterWaitTime.sum,
  replySum: s.repliesPerSolvedTicket?.sum,
  reopened: s.reopened,
});

/**
 * Whether two results hold the same figures: the same fields, numbers equal
 * to 1e-12 of their size (the library interpolates and adds with less
 * rounding than the loop's textbook formulas).
 * @param {unknown} a @param {unknown} b
 * @returns {boolean}
 */
const same = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const x = /** @type {Record<string, unknown>} */ (a);
  const y = /** @type {Record<string, unknown>} */ (b);
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => same(x[k], y[k]));
};

console.log(`ticket histories (${N.toLocaleString('en')})`);
console.log(`machine: ${machine()}`);
const histories = sampleHistories(N, 12);
const events = histories.reduce((n, h) => n + h.events.length, 0);
console.log(`  ${(events / N).toFixed(1)} events per history`);

const main = report(
  'ticketMetricsSummary of epoch-millisecond histories',
  N,
  race(
    [
      { name: 'cx-metrics ticketMetricsSummary()', fn: () => ticketMetricsSummary(histories), role: /** @type {const} */ ('library') },
      { name: 'hand: one pass, every figure (sorts)', fn: () => handLoop(histories), role: /** @type {const} */ ('hand') },
    ],
    { same },
  ),
);

const four = report(
  "for context: the issue's one-pass loop of four sums (no medians)",
  N,
  race(
    [
      { name: 'cx-metrics ticketMetricsSummary()', fn: () => fourFigures(ticketMetricsSummary(histories)), role: /** @type {const} */ ('library') },
      { name: 'hand: one pass, four sums', fn: () => fourSums(histories), role: /** @type {const} */ ('hand') },
    ],
    { same },
  ),
);

const iso = histories.map((h) => ({
  ...h,
  createdAt: new Date(h.createdAt).toISOString(),
  events: h.events.map((e) => ({ ...e, at: new Date(/** @type {number} */ (e.at)).toISOString() })),
}));
report(
  'for context: the same histories with ISO-8601 strings',
  N,
  race(
    [
      { name: 'cx-metrics ticketMetricsSummary(), ISO strings', fn: () => ticketMetricsSummary(iso), role: /** @type {const} */ ('library') },
      { name: 'hand: every figure (epoch ms)', fn: () => handLoop(histories), role: /** @type {const} */ ('hand') },
    ],
    { same, rounds: 7 },
  ),
);

const targets = { firstReply: { urgent: 30, high: 60, normal: 240, low: 480 }, nextReply: 240, requesterWait: 1440 };
const sla = race(
  [{ name: 'cx-metrics slaAchievement(), three targets', fn: () => slaAchievement(histories, { targets, unit: 'minutes' }).breaches.length, role: /** @type {const} */ ('library') }],
  { rounds: 7 },
);
console.log(`\nfor context: slaAchievement, three targets: ${sla[0]?.median.toFixed(1)} ms`);

console.log(`\nsummary: ticketMetricsSummary / hand loop of the same figures = ${main.vsHand.toFixed(2)}× (target ≤ 2×)`);
console.log(`         ticketMetricsSummary / the issue's four sums = ${four.vsHand.toFixed(2)}× (for context)`);
