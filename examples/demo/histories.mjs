// @ts-check
/**
 * The demo's ticket-history section: a seeded sample of ticket histories
 * (examples/lib/histories.mjs), measured as a help desk measures them:
 * the ticket metrics over all tickets, SLA achievement per agent against a
 * policy with targets by priority, and the breaches a team lead opens first.
 */
import { slaAchievement, ticketMetricsSummary } from 'cx-metrics';
import { sampleHistories } from '../lib/histories.mjs';
import { heading, num, pct, table } from './format.mjs';

/** The policy: first reply by priority, then every next reply within 4 hours, in minutes. */
const targets = /** @type {const} */ ({ firstReply: { urgent: 30, high: 60, normal: 240, low: 480 }, nextReply: 240 });

/** The agent a history was assigned to first. @param {import('../lib/histories.mjs').SampleHistory} h */
function agentOf(h) {
  for (const e of h.events) if (e.type === 'assignment' && typeof e.assignee === 'string') return e.assignee;
  return 'nobody';
}

/** @param {number | null} rate */
const rateOf = (rate) => (rate === null ? '–' : pct(rate));

export function historiesSection() {
  const histories = sampleHistories(400, 7);
  const events = histories.reduce((n, h) => n + h.events.length, 0);
  heading(`Ticket histories: ${histories.length} tickets, ${events} events (a seeded sample, examples/lib/histories.mjs)`);

  const s = ticketMetricsSummary(histories, { unit: 'minutes' });
  const row = (/** @type {string} */ name, /** @type {import('cx-metrics').TimeSummary | null} */ t) =>
    t === null ? [name, '–', '–', '–', '–'] : [name, t.count, num(t.median), num(t.p90), t.leftOut];
  console.log(
    table(
      ['metric (minutes)', 'tickets', 'median', 'p90', 'left out'],
      [
        row('first reply time', s.firstReplyTime),
        row('next reply time (per wait)', s.nextReplyTime),
        row('full resolution time', s.fullResolutionTime),
        row('requester wait time', s.requesterWaitTime),
        row('agent wait time (pending)', s.agentWaitTime),
      ],
    ),
  );
  console.log(`  solved ${s.solved} of ${s.count}; reopened ${rateOf(s.reopenRate)}, one-touch ${rateOf(s.oneTouchRate)}, replies per solved ticket ${num(s.repliesPerSolvedTicket?.mean ?? 0, 2)}`);

  console.log(`\n  SLA policy: first reply urgent 30 min, high 1 h, normal 4 h, low 8 h; next reply 4 h`);
  const agents = [...new Set(histories.map(agentOf))].sort();
  const rows = agents.map((agent) => {
    const own = histories.filter((h) => agentOf(h) === agent);
    const sla = slaAchievement(own, { targets, unit: 'minutes' });
    return [agent, own.length, rateOf(sla.firstReply.achievementRate), sla.firstReply.breached, rateOf(sla.nextReply.achievementRate), sla.nextReply.breached];
  });
  console.log(table(['agent', 'tickets', 'first reply met', 'breached', 'next reply met', 'breached'], rows));

  const all = slaAchievement(histories, { targets, unit: 'minutes' });
  console.log(`\n  ${all.breaches.length} breaches; the first five:`);
  console.log(
    table(
      ['ticket', 'metric', 'target', 'took', 'breached at'],
      all.breaches.slice(0, 5).map((b) => [String(b.ticketId), b.metric, `${b.target} min`, `${num(b.time)} min`, b.breachedAt.slice(0, 16).replace('T', ' ')]),
    ),
  );
}
