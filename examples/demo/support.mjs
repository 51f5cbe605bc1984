// @ts-check
/**
 * The demo's support section: first response, response and resolution
 * times, SLA compliance and first contact resolution per agent, from a
 * month of tickets; first response and resolution in calendar and in
 * business hours; wait and handle times from a month of calls.
 */
import { readFileSync } from 'node:fs';
import {
  averageHandleTime,
  averageResponseTime,
  businessCalendar,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  resolutionTimeSummary,
  segment,
  slaComplianceSummary,
  waitTimeSummary,
} from 'cx-metrics';
import { heading, num, pct, table } from './format.mjs';

/**
 * A ticket as examples/data/support-tickets.json has it.
 * @typedef {{
 *   id: number,
 *   agent: string,
 *   channel: 'chat' | 'email',
 *   priority: 'low' | 'normal' | 'high' | 'urgent',
 *   createdAt: string,
 *   resolvedAt: string | null,
 *   messages: { at: string, from: 'customer' | 'agent' }[],
 * }} ExportedTicket
 */

/**
 * A call as examples/data/support-calls.csv has it; unanswered calls have no agent or times.
 * @typedef {{ queuedAt: string, answeredAt: string | null, agent: string | null, talkTime: number, holdTime: number, afterCallWork: number }} ExportedCall
 */

/** @returns {ExportedTicket[]} */
export function readTickets() {
  return JSON.parse(readFileSync(new URL('../data/support-tickets.json', import.meta.url), 'utf8'));
}

/** @returns {ExportedCall[]} */
export function readCalls() {
  const [header, ...lines] = readFileSync(new URL('../data/support-calls.csv', import.meta.url), 'utf8').trim().split('\n');
  if (header !== 'queuedAt,answeredAt,agent,talkTime,holdTime,afterCallWork') throw new Error(`unexpected header in support-calls.csv: ${header}`);
  return lines.map((line) => {
    const [queuedAt = '', answeredAt = '', agent = '', talk = '', hold = '', wrapUp = ''] = line.split(',');
    return {
      queuedAt,
      answeredAt: answeredAt === '' ? null : answeredAt,
      agent: agent === '' ? null : agent,
      talkTime: Number(talk),
      holdTime: Number(hold),
      afterCallWork: Number(wrapUp),
    };
  });
}

/** First response targets by priority, in hours. */
const FIRST_RESPONSE_TARGET = { urgent: 1, high: 4, normal: 8, low: 24 };

/** @param {ExportedTicket} t */
const target = (t) => FIRST_RESPONSE_TARGET[t.priority];

/** Minutes as "12.3 min", hours as "4.5 h". @param {number} minutes */
const duration = (minutes) => (minutes < 90 ? `${num(minutes)} min` : `${num(minutes / 60)} h`);

/** The team's working hours: Copenhagen, weekdays 09:00–17:00 (Denmark has no public holiday in November). */
const OFFICE = [['09:00', '17:00']];
const calendar = businessCalendar({
  timeZone: 'Europe/Copenhagen',
  week: { monday: OFFICE, tuesday: OFFICE, wednesday: OFFICE, thursday: OFFICE, friday: OFFICE },
});

export function supportSection() {
  const tickets = readTickets();
  const calls = readCalls();
  const asOf = '2026-12-01T00:00:00Z';
  heading(`Support, November 2026: ${tickets.length} tickets, ${calls.length} calls (examples/data/support-*.{json,csv})`);

  console.log('\nTickets per agent (times in calendar hours; the clock starts when the ticket is created)');
  /** @param {ExportedTicket[]} group */
  const row = (group) => {
    const frt = firstResponseTimeSummary(group, { unit: 'minutes' });
    const resolution = resolutionTimeSummary(group, { unit: 'hours' });
    const sla = slaComplianceSummary(group, { target, unit: 'hours', asOf });
    const fcr = firstContactResolutionSummary(group);
    return [
      String(group.length),
      `${duration(frt.mean)} / ${duration(frt.median)} / ${duration(frt.p90)}`,
      String(frt.leftOut),
      duration(averageResponseTime(group, { unit: 'minutes' })),
      `${num(resolution.median)} h`,
      `${pct(sla.rate)} (${sla.breached} breached)`,
      pct(fcr.rate),
    ];
  };
  const perAgent = segment(tickets, 'agent', row).sort((a, b) => a.key.localeCompare(b.key));
  console.log(
    table(
      ['agent', 'tickets', 'first response mean / median / p90', 'unanswered', 'response', 'resolution (median)', 'first-response SLA', 'FCR'],
      [...perAgent.map((s) => [s.key, ...s.value]), ['all', ...row(tickets)]],
    ),
  );
  console.log('  SLA targets by priority: urgent 1 h, high 4 h, normal 8 h, low 24 h; open tickets past their target at the end of the month count as breached.');
  console.log('  FCR: resolved with a single agent reply, of the tickets resolved with at least one.');

  console.log('\nFirst response per channel (the median is what help desks show; the mean is Σ first response times / answered tickets)');
  const perChannel = segment(tickets, 'channel', (g) => firstResponseTimeSummary(g, { unit: 'minutes' }));
  console.log(
    table(
      ['channel', 'answered', 'mean', 'median', 'p90', 'max'],
      perChannel.map(({ key, value: s }) => [key, String(s.count), duration(s.mean), duration(s.median), duration(s.p90), duration(s.max)]),
    ),
  );

  console.log('\nCalendar hours and business hours (Europe/Copenhagen, weekdays 09:00–17:00): tickets come in every day, 08:00–20:00 local');
  /** @param {ExportedTicket[]} group */
  const hours = (group) => {
    /** @param {import('cx-metrics').TimeOptions} clock */
    const both = (clock) => {
      const frt = firstResponseTimeSummary(group, { unit: 'minutes', ...clock });
      const resolution = resolutionTimeSummary(group, { unit: 'minutes', ...clock });
      return [`${duration(frt.mean)} / ${duration(frt.median)}`, `${duration(resolution.mean)} / ${duration(resolution.median)}`];
    };
    const [frtCalendar = '', resolutionCalendar = ''] = both({});
    const [frtBusiness = '', resolutionBusiness = ''] = both({ calendar });
    const sla = slaComplianceSummary(group, { target, unit: 'hours', asOf, calendar });
    return [frtCalendar, frtBusiness, resolutionCalendar, resolutionBusiness, `${pct(sla.rate)} (${sla.breached} breached)`];
  };
  console.log(
    table(
      ['channel', 'first response: calendar', 'business', 'resolution: calendar', 'business', 'first-response SLA, business hours'],
      [...segment(tickets, 'channel', hours).map((s) => [s.key, ...s.value]), ['all', ...hours(tickets)]],
    ),
  );
  console.log('  Times are mean / median. Business hours count only the team\'s working time: a ticket from Saturday answered on');
  console.log('  Monday at 09:30 waited 30 business minutes, and a chat that came in and was answered after 17:00 waited none.');
  console.log('  With the calendar, the SLA targets (urgent 1 h … low 24 h) are business hours, as SLAs are usually written.');

  console.log('\nCalls: wait in the queue, and handle time per agent');
  const wait = waitTimeSummary(calls, { unit: 'seconds' });
  console.log(
    `  ${wait.count} answered, ${wait.leftOut} abandoned (left out); wait mean ${num(wait.mean)} s, median ${num(wait.median)} s, p90 ${num(wait.p90)} s`,
  );
  const answered = calls.filter((c) => c.agent !== null);
  console.log(
    table(
      ['agent', 'calls', 'average handle time'],
      segment(answered, (c) => c.agent ?? '', (g) => averageHandleTime(g) / 60)
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((s) => [s.key, String(s.count), `${num(s.value)} min`]),
    ),
  );
}
