// @ts-check
/**
 * The demo's contact-centre section: the month's phone queue summarised,
 * a day's staffing planned from it with Erlang C and Erlang A, and the
 * tickets' weekly volume and backlog in the team's time zone.
 */
import { averageHandleTime, backlog, queueSummary, staffingPlan, ticketVolume } from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';
import { readCalls, readTickets } from './support.mjs';

const HALF_HOUR = 1_800_000;

export function contactCentreSection() {
  const calls = readCalls();
  heading(`Contact centre, November 2026: ${calls.length} calls (examples/data/support-calls.csv)`);

  // The export records no time of abandoning: an unanswered call is taken as abandoned when it was queued,
  // so it counts as abandoned (against the service level) without claiming a wait.
  const contacts = calls.map((c) => (c.answeredAt === null ? { queuedAt: c.queuedAt, abandonedAt: c.queuedAt } : { queuedAt: c.queuedAt, answeredAt: c.answeredAt }));
  const q = queueSummary(contacts, { answerWithin: 60, unit: 'seconds' });
  console.log(
    `  offered ${q.offered}, answered ${q.answered}, abandoned ${q.abandoned} (${pct(q.abandonmentRate ?? 0)}); ` +
      `service level ${pct(q.serviceLevel ?? 0)} answered within 60 s (abandons count against it)`,
  );
  if (q.wait !== undefined && q.averageSpeedOfAnswer !== undefined) {
    console.log(`  speed of answer: mean ${num(q.averageSpeedOfAnswer)} s, median ${num(q.wait.median)} s, p90 ${num(q.wait.p90)} s, longest ${num(q.wait.longest)} s`);
  }
  console.log('  (the export has no abandon times: unanswered calls are counted as abandoned at once)');

  // A day's forecast from the month: the mean number of calls queued in each half hour, 08:00–18:00 UTC.
  const answered = calls.filter((c) => c.agent !== null);
  const handleTime = averageHandleTime(answered);
  const days = 30;
  const perSlot = new Map();
  for (const c of calls) {
    const t = Date.parse(c.queuedAt);
    const slot = Math.floor((t % 86_400_000) / HALF_HOUR);
    perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  const day = Date.UTC(2026, 11, 7); // a Monday to plan
  const slots = [...perSlot.keys()].sort((a, b) => a - b);
  const forecast = slots.map((slot) => ({ start: day + slot * HALF_HOUR, contacts: (perSlot.get(slot) ?? 0) / days }));
  const target = { interval: 1800, handleTime, answerWithin: 60, serviceLevel: 80, maxOccupancy: 85, shrinkage: 30 };
  const today = staffingPlan(forecast, target);
  console.log(
    `\nStaffing Monday 7 December from November's queue: ${num(forecast.reduce((s, f) => s + f.contacts, 0))} calls a day, ` +
      `handle time ${num(handleTime / 60)} min; target 80% within 60 s, occupancy at most 85%, 30% shrinkage`,
  );
  console.log(`  at today's volume no half hour needs more than ${Math.max(...today.map((r) => r.agents))} agents on the phones (${Math.max(...today.map((r) => r.scheduled))} scheduled).`);

  // The same day if the line took 40 times as many calls, with Erlang C and with Erlang A (callers who wait 90 s on average).
  const grown = forecast.map((f) => ({ ...f, contacts: f.contacts * 40 }));
  const erlangCPlan = staffingPlan(grown, target);
  const erlangAPlan = staffingPlan(grown, { ...target, patience: 90 });
  console.log('\nAt 40 times the volume: Erlang C against Erlang A (mean patience 90 s)');
  console.log(
    table(
      ['half hour (UTC)', 'calls', 'Erlangs', 'Erlang C agents', 'scheduled', 'service level', 'Erlang A agents', 'scheduled', 'service level', 'abandons'],
      erlangCPlan.map((c, k) => {
        const a = erlangAPlan[k];
        return [
          c.start.toISOString().slice(11, 16),
          num(c.contacts),
          num(c.trafficIntensity, 2),
          String(c.agents),
          String(c.scheduled),
          pct(c.serviceLevel),
          String(a?.agents ?? ''),
          String(a?.scheduled ?? ''),
          pct(a?.serviceLevel ?? 0),
          pct((a?.probabilityOfAbandoning ?? 0) * 100),
        ];
      }),
    ),
  );
  /** Half-hours of scheduled agents, in hours. @param {{ scheduled: number }[]} plan */
  const total = (plan) => plan.reduce((s, r) => s + r.scheduled, 0) / 2;
  console.log(`  agent-hours to schedule: Erlang C ${num(total(erlangCPlan))}, Erlang A ${num(total(erlangAPlan))}; Erlang C assumes nobody hangs up.`);

  const tickets = readTickets();
  console.log('\nTickets per week (ISO weeks, Europe/Copenhagen) and the backlog at the end of each week');
  const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' });
  const weeks = ticketVolume(tickets, { every: 'week', timeZone: 'Europe/Copenhagen' });
  const open = backlog(tickets, { every: 'week', timeZone: 'Europe/Copenhagen' });
  console.log(
    table(
      ['week from', 'created', 'open at its end'],
      weeks.map((w, k) => [localDate.format(w.start), String(w.count), String(open[k]?.open ?? '')]),
    ),
  );
}
