import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageResolutionTime,
  averageResponseTime,
  businessCalendar,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  responseTimeSummary,
  slaComplianceRate,
  ticketMetrics,
  ticketMetricsSummary,
  type TicketEvent,
  type TicketHistory,
  type TicketStatus,
} from '../../src/index.js';
import { at, errorOf, MINUTE } from './helpers.js';

const said = (hhmm: string, author: 'customer' | 'agent' | 'bot' | 'system', visible = true, day = 3): TicketEvent => ({
  type: 'comment',
  at: at(hhmm, day),
  author,
  public: visible,
});
const status = (hhmm: string, s: TicketStatus, day = 3): TicketEvent => ({ type: 'status', at: at(hhmm, day), status: s });
const minutes = { unit: 'minutes' } as const;

/** The ticket of the issue: an agent opens it with an internal note, comments publicly at 09:30, the customer writes at 10:00, the agent answers at 11:00. */
const issueTicket: TicketHistory = {
  createdAt: at('09:00'),
  createdBy: 'agent',
  events: [said('09:00', 'agent', false), said('09:30', 'agent'), said('10:00', 'customer'), said('11:00', 'agent')],
};

describe('ticketMetrics: first reply time (Zendesk)', () => {
  test('an agent-created ticket opened with an internal note: its first public comment, 09:30, is the first reply: 30 minutes', () => {
    expect(ticketMetrics(issueTicket, minutes).firstReplyTime).toBe(30);
  });

  test('an agent-created ticket whose first comment is public: that opening comment is not a reply; the next public agent comment (11:00) is: 120 minutes', () => {
    const h = { createdAt: at('09:00'), createdBy: 'agent' as const, events: [said('09:30', 'agent'), said('10:00', 'customer'), said('11:00', 'agent')] };
    expect(ticketMetrics(h, minutes).firstReplyTime).toBe(120);
    expect(ticketMetrics(h, minutes).replies).toBe(1);
  });

  test('a customer-created ticket: the first public agent comment counts even when it is the first comment', () => {
    const h = { createdAt: at('09:00'), events: [said('09:15', 'agent')] };
    expect(ticketMetrics(h, minutes).firstReplyTime).toBe(15);
  });

  test('internal agent comments, bot and system comments never count: customer 09:00, bot 09:01, system 09:02, note 09:05, agent 09:20 gives 20', () => {
    const h = {
      createdAt: at('09:00'),
      events: [said('09:00', 'customer'), said('09:01', 'bot'), said('09:02', 'system'), said('09:05', 'agent', false), said('09:20', 'agent')],
    };
    const m = ticketMetrics(h, minutes);
    expect(m.firstReplyTime).toBe(20);
    expect(m.replies).toBe(1);
  });

  test('no public agent comment yet: firstReplyTime null', () => {
    expect(ticketMetrics({ createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent', false)] }).firstReplyTime).toBeNull();
  });
});

describe('ticketMetrics: resolution times', () => {
  test('solved 10:00, reopened 11:00, solved 12:00: first resolution 60, full resolution 180 minutes, one reopen', () => {
    const h = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('11:00', 'open'), status('12:00', 'solved')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstResolutionTime: 60, fullResolutionTime: 180, reopens: 1, solved: true });
  });

  test('closed at 09:45 without being solved: first and full resolution 45 minutes', () => {
    const h = { createdAt: at('09:00'), events: [status('09:45', 'closed')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstResolutionTime: 45, fullResolutionTime: 45, solved: true });
  });

  test('solved 10:00 then closed 14:00: closing a solved ticket is no new resolution (60 and 60)', () => {
    const h = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('14:00', 'closed')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstResolutionTime: 60, fullResolutionTime: 60, reopens: 0 });
  });

  test('solved 10:00 then reopened: first resolution 60, full resolution null while it is open', () => {
    const h = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('11:00', 'open')] };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstResolutionTime: 60, fullResolutionTime: null, reopens: 1, solved: false });
  });

  test('never solved: both null', () => {
    expect(ticketMetrics({ createdAt: at('09:00'), events: [status('09:10', 'open')] })).toMatchObject({ firstResolutionTime: null, fullResolutionTime: null });
  });
});

describe('ticketMetrics: status times', () => {
  // new 09:00–09:10 (10), open 09:10–09:30 (20), pending 09:30–10:30 (60), open 10:30–11:00 (30),
  // on-hold 11:00–11:20 (20), open 11:20–12:00 (40), solved at 12:00
  const h: TicketHistory = {
    createdAt: at('09:00'),
    events: [
      status('09:10', 'open'),
      status('09:30', 'pending'),
      status('10:30', 'open'),
      status('11:00', 'on-hold'),
      status('11:20', 'open'),
      status('12:00', 'solved'),
    ],
  };

  test('requester wait = new + open + on-hold = 10 + 90 + 20 = 120; agent work = new + open = 100; agent wait = pending = 60; on-hold 20', () => {
    expect(ticketMetrics(h, minutes)).toMatchObject({ requesterWaitTime: 120, agentWorkTime: 100, agentWaitTime: 60, onHoldTime: 20 });
  });

  test('agent work + agent wait + on-hold = 180, the full resolution time of a ticket solved once', () => {
    const m = ticketMetrics(h, minutes);
    expect(m.agentWorkTime + m.agentWaitTime + m.onHoldTime).toBe(180);
    expect(m.fullResolutionTime).toBe(180);
  });

  test('a status period still running counts up to asOf when given, and not at all otherwise: new 30 + open 60 to asOf 10:30', () => {
    const running = { createdAt: at('09:00'), events: [status('09:30', 'open')] };
    expect(ticketMetrics(running, minutes).requesterWaitTime).toBe(30);
    expect(ticketMetrics(running, { unit: 'minutes', asOf: at('10:30') }).requesterWaitTime).toBe(90);
  });

  test('time while solved is in no status sum: solved 10:00–11:00 then open to 11:30 and solved gives requester wait 60 + 30 = 90', () => {
    const reopened = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('11:00', 'open'), status('11:30', 'solved')] };
    expect(ticketMetrics(reopened, minutes).requesterWaitTime).toBe(90);
  });

  test('a ticket created open has no time in new: its status at creation is the first period', () => {
    const h2 = { createdAt: at('09:00'), status: 'pending' as const, events: [status('09:40', 'open'), status('10:00', 'solved')] };
    expect(ticketMetrics(h2, minutes)).toMatchObject({ agentWaitTime: 40, agentWorkTime: 20 });
  });

  test('a change to the status the ticket already has is no change', () => {
    const h2 = { createdAt: at('09:00'), events: [status('09:10', 'open'), status('09:20', 'open'), status('10:00', 'solved')] };
    expect(ticketMetrics(h2, minutes)).toMatchObject({ agentWorkTime: 60, reopens: 0 });
  });
});

describe('ticketMetrics: next reply times, replies and stations', () => {
  test('customer 09:00, agent 09:10 (first reply), customer 09:20 and 09:25, agent 09:45, customer 10:00 unanswered: next replies [25]', () => {
    const h = {
      createdAt: at('09:00'),
      events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:25', 'customer'), said('09:45', 'agent'), said('10:00', 'customer')],
    };
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstReplyTime: 10, nextReplyTimes: [25], replies: 2 });
  });

  test('customer comments before the first reply are no next-reply wait', () => {
    const h = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:05', 'customer'), said('09:30', 'agent')] };
    expect(ticketMetrics(h, minutes).nextReplyTimes).toStrictEqual([]);
  });

  test('an internal note does not answer a wait: customer 09:20, note 09:30, agent 09:50 is one next reply of 30', () => {
    const h = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer'), said('09:30', 'agent', false), said('09:50', 'agent')] };
    expect(ticketMetrics(h, minutes).nextReplyTimes).toStrictEqual([30]);
  });

  test('assignee stations ana, ben, ana, nobody: 2; group stations billing, tech: 2', () => {
    const h = {
      createdAt: at('09:00'),
      events: [
        { type: 'assignment', at: at('09:01'), assignee: 'ana', group: 'billing' },
        { type: 'assignment', at: at('09:02'), assignee: 'ben' },
        { type: 'assignment', at: at('09:03'), assignee: 'ana', group: 'tech' },
        { type: 'assignment', at: at('09:04'), assignee: null },
      ] satisfies TicketEvent[],
    };
    expect(ticketMetrics(h)).toMatchObject({ assigneeStations: 2, groupStations: 2 });
  });

  test('stations of events given out of order are read from the events as given: a comment listed before the 09:01 assignment to ana leaves 1 assignee station', () => {
    const h = { createdAt: at('09:00'), events: [said('09:05', 'customer'), { type: 'assignment', at: at('09:01'), assignee: 'ana' }] satisfies TicketEvent[] };
    expect(ticketMetrics(h)).toMatchObject({ assigneeStations: 1, groupStations: 0 });
  });
});

describe('ticketMetrics: time order', () => {
  test('events given out of order are read in time order (comments listed apart from status changes)', () => {
    const ordered = ticketMetrics(issueTicket, minutes);
    const apart = { ...issueTicket, events: [said('11:00', 'agent'), said('09:30', 'agent'), said('10:00', 'customer'), said('09:00', 'agent', false)] };
    expect(ticketMetrics(apart, minutes)).toStrictEqual(ordered);
  });

  test('events at the same instant keep their given order: solved then open at 10:00 is reopened; open then solved is solved', () => {
    const a = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('10:00', 'open')] };
    const b = { createdAt: at('09:00'), events: [status('10:00', 'open'), status('10:00', 'solved')] };
    expect(ticketMetrics(a)).toMatchObject({ solved: false, reopens: 1 });
    expect(ticketMetrics(b)).toMatchObject({ solved: true, reopens: 0 });
  });
});

describe('ticketMetrics: business hours', () => {
  const nineToFive = [['09:00', '17:00']] as [string, string][];
  const week = { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive };
  const calendar = businessCalendar({ timeZone: 'UTC', week });

  test('created Tuesday 16:00, first reply Wednesday 10:00: 2 working hours (16–17, 9–10) of 18', () => {
    const h = { createdAt: at('16:00', 3), events: [said('16:00', 'customer', true, 3), said('10:00', 'agent', true, 4)] };
    expect(ticketMetrics(h, { unit: 'hours' }).firstReplyTime).toBe(18);
    expect(ticketMetrics(h, { unit: 'hours', calendar }).firstReplyTime).toBe(2);
  });

  test('status times are working time too: open Tuesday 16:00 to solved Wednesday 10:00 is 2 hours of agent work', () => {
    const h = { createdAt: at('16:00', 3), status: 'open' as const, events: [status('10:00', 'solved', 4)] };
    expect(ticketMetrics(h, { unit: 'hours', calendar }).agentWorkTime).toBe(2);
  });

  test('calendar as a function of the history: each ticket gets its own (24/7 for urgent, 9–5 otherwise)', () => {
    const pick = (h: TicketHistory) => (h.priority === 'urgent' ? businessCalendar.always() : calendar);
    const events = [said('10:00', 'agent', true, 4)];
    const urgent = { createdAt: at('16:00', 3), priority: 'urgent', events };
    const normal = { createdAt: at('16:00', 3), priority: 'normal', events };
    expect(ticketMetrics(urgent, { unit: 'hours', calendar: pick }).firstReplyTime).toBe(18);
    expect(ticketMetrics(normal, { unit: 'hours', calendar: pick }).firstReplyTime).toBe(2);
    expect(ticketMetricsSummary([urgent, normal], { unit: 'hours', calendar: pick }).firstReplyTime?.sum).toBe(20);
  });
});

describe('ticketMetricsSummary', () => {
  // A: customer 09:00, agent 09:20 and solved: first reply 20, one reply (one touch)
  // B: customer 10:00, agent 10:30, customer 10:40, agent 11:00 and solved, reopened 11:30, solved 12:00:
  //    first reply 30, next reply 20, 2 replies, reopened
  // C: customer 09:00 and nothing since
  const histories: TicketHistory[] = [
    { id: 'A', createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:20', 'agent'), status('09:20', 'solved')] },
    {
      id: 'B',
      createdAt: at('10:00'),
      events: [
        said('10:00', 'customer'),
        said('10:30', 'agent'),
        said('10:40', 'customer'),
        said('11:00', 'agent'),
        status('11:00', 'solved'),
        status('11:30', 'open'),
        status('12:00', 'solved'),
      ],
    },
    { id: 'C', createdAt: at('09:00'), events: [said('09:00', 'customer')] },
  ];
  const s = ticketMetricsSummary(histories, minutes);

  test('first reply 20 and 30: count 2, sum 50, mean 25; C left out', () => {
    expect(s.firstReplyTime).toMatchObject({ count: 2, sum: 50, mean: 25, min: 20, max: 30, leftOut: 1 });
  });

  test('resolution: first 20 and 60, full 20 and 120 (B solved last at 12:00); C left out', () => {
    expect(s.firstResolutionTime).toMatchObject({ count: 2, sum: 80, leftOut: 1 });
    expect(s.fullResolutionTime).toMatchObject({ count: 2, sum: 140, mean: 70, leftOut: 1 });
  });

  test('requester wait, one per ticket: A new 20, B new 60 + open 30 = 90, C 0 (its running period is not counted without asOf): sum 110', () => {
    expect(s.requesterWaitTime).toMatchObject({ count: 3, sum: 110, min: 0, max: 90, leftOut: 0 });
  });

  test('next reply times pooled: B 10:40 → 11:00, 20 minutes', () => {
    expect(s.nextReplyTime).toMatchObject({ count: 1, sum: 20, leftOut: 0 });
  });

  test('reopenRate 1 of 2 solved = 50; oneTouchRate 1 of 2 solved = 50; replies per solved ticket 1 and 2', () => {
    expect(s).toMatchObject({ count: 3, solved: 2, reopened: 1, reopenRate: 50, oneTouch: 1, oneTouchRate: 50 });
    expect(s.repliesPerSolvedTicket).toMatchObject({ count: 2, sum: 3, mean: 1.5, min: 1, max: 2 });
  });

  test('no ticket solved: rates and resolution summaries null', () => {
    const open = ticketMetricsSummary([histories[2]!]);
    expect(open).toMatchObject({ solved: 0, reopenRate: null, oneTouchRate: null, repliesPerSolvedTicket: null, fullResolutionTime: null, firstReplyTime: null });
  });

  test('agrees with ticketMetrics ticket by ticket', () => {
    const each = histories.map((h) => ticketMetrics(h, minutes));
    expect(s.agentWorkTime.sum).toBe(each.reduce((sum, m) => sum + m.agentWorkTime, 0));
    expect(s.onHoldTime.sum).toBe(0);
  });

  test('no histories: EMPTY_INPUT', () => {
    expect(errorOf(() => ticketMetricsSummary([])).code).toBe('EMPTY_INPUT');
  });

  test('method: first replies of 20 and 30 have a median of 25 and a p90 of 29 (linear), 20 and 30 as the inverted CDF (type 1)', () => {
    expect(s.firstReplyTime).toMatchObject({ median: 25, p90: 29 });
    expect(ticketMetricsSummary(histories, { ...minutes, method: 'inverted-cdf' }).firstReplyTime).toMatchObject({ median: 20, p90: 30 });
    expect(errorOf(() => ticketMetricsSummary(histories, { method: 'nearest' as never })).code).toBe('INVALID_OPTION');
  });

  test('twelve waits in one history, past the first room of the scan for eight: next replies of 1 to 12 minutes, 78 in all', () => {
    // epoch milliseconds throughout, so that the summary reads it in one pass and ticketMetrics by its timeline
    const nine = Date.parse(at('09:00'));
    const events: TicketEvent[] = [
      { type: 'comment', at: nine, author: 'customer', public: true },
      { type: 'comment', at: nine + MINUTE, author: 'agent', public: true },
    ];
    const ten = nine + 60 * MINUTE;
    for (let k = 1; k <= 12; k++) {
      events.push({ type: 'comment', at: ten + k * 60 * MINUTE, author: 'customer', public: true });
      events.push({ type: 'comment', at: ten + k * 60 * MINUTE + k * MINUTE, author: 'agent', public: true });
    }
    const long: TicketHistory = { createdAt: nine, events };
    expect(ticketMetrics(long, minutes).nextReplyTimes).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ticketMetricsSummary([long], minutes).nextReplyTime).toMatchObject({ count: 12, sum: 78, min: 1, max: 12 });
  });

  // one tally is kept between calls: each call must start from nothing, whatever the call before it did
  test('a call after another, larger one gives the figures of its own histories: first replies 20 and 30 again', () => {
    const many = Array.from({ length: 5000 }, (_, k) => histories[k % 3]!);
    expect(ticketMetricsSummary(many, minutes).firstReplyTime).toMatchObject({ count: 3334, leftOut: 1666 });
    expect(ticketMetricsSummary(histories, minutes)).toStrictEqual(s);
  });

  test('a call after one that threw halfway (history 4,500 has no events) gives its own figures', () => {
    const many: unknown[] = Array.from({ length: 5000 }, (_, k) => histories[k % 3]!);
    many[4500] = { createdAt: at('09:00') };
    const e = errorOf(() => ticketMetricsSummary(many as TicketHistory[], minutes));
    expect([e.code, e.message]).toStrictEqual(['INVALID_TYPE', expect.stringMatching(/ticketMetricsSummary: .*histories\[4500\]\.events is missing/) as unknown]);
    expect(ticketMetricsSummary(histories, minutes)).toStrictEqual(s);
  });

  test('a history whose getter calls ticketMetricsSummary inside the call: both give their own figures', () => {
    let inner: unknown;
    const calling = {
      id: 'D',
      createdAt: at('09:00'),
      get events() {
        inner = ticketMetricsSummary([histories[1]!], minutes);
        return [said('09:00', 'customer'), said('09:20', 'agent'), status('09:20', 'solved')];
      },
    } as TicketHistory;
    const outer = ticketMetricsSummary([calling, histories[1]!, histories[2]!], minutes);
    expect(outer).toStrictEqual(s);
    expect(inner).toStrictEqual(ticketMetricsSummary([histories[1]!], minutes));
    expect(inner).toMatchObject({ count: 1, solved: 1, reopened: 1, firstReplyTime: { count: 1, sum: 30 } });
  });
});

describe('the support time metrics read histories as ticketMetrics measures them', () => {
  test("averageFirstResponseTime of the issue's ticket as a history: 30 minutes", () => {
    expect(averageFirstResponseTime([issueTicket], minutes)).toBe(30);
  });

  test('firstResponseTimeSummary mixes tickets and histories, leaving out the unanswered', () => {
    const ticket = { createdAt: at('09:00'), firstResponseAt: at('09:10') };
    const unanswered = { createdAt: at('09:00'), events: [said('09:00', 'customer')] };
    expect(firstResponseTimeSummary([ticket, issueTicket, unanswered], minutes)).toMatchObject({ count: 2, sum: 40, leftOut: 1 });
  });

  test('averageResolutionTime of a history is its full resolution time: solved 10:00, reopened, solved 12:00 gives 180', () => {
    const h = { createdAt: at('09:00'), events: [status('10:00', 'solved'), status('11:00', 'open'), status('12:00', 'solved')] };
    expect(averageResolutionTime([h], minutes)).toBe(180);
  });

  test("averageResponseTime of a history: its first reply and next replies (the issue's ticket: 30 and 60, mean 45)", () => {
    expect(averageResponseTime([issueTicket], minutes)).toBe(45);
  });

  test('slaComplianceRate on histories: first replies of 30 and 120 minutes against a 60-minute target: 50', () => {
    const late = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('11:00', 'agent')] };
    expect(slaComplianceRate([issueTicket, late], { target: 60, unit: 'minutes' })).toBe(50);
  });

  test('first contact resolution on histories: solved with one public reply counts, two replies do not', () => {
    const one = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent', false), said('09:20', 'agent'), status('09:20', 'solved')] };
    const two = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:20', 'agent'), said('09:30', 'agent'), status('09:30', 'solved')] };
    expect(firstContactResolutionSummary([one, two])).toMatchObject({ resolvedOnFirstContact: 1, resolved: 2 });
  });

  test('first contact resolution on histories: a history not solved at its end is left out and counted, whatever its replies', () => {
    const one = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:20', 'agent'), status('09:20', 'solved')] };
    const open = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:20', 'agent')] };
    expect(firstContactResolutionSummary([one, open])).toStrictEqual({ rate: 100, resolvedOnFirstContact: 1, resolved: 1, leftOut: 1 });
  });

  test('responseTimeSummary of histories: a history without a reply, and a customer comment after the last reply, are each left out and counted', () => {
    // first reply 30 and next reply 60; first reply 10 with a wait after it; no reply at all
    const answered = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:30', 'agent'), said('10:00', 'customer'), said('11:00', 'agent')] };
    const waiting = { createdAt: at('09:00'), events: [said('09:00', 'customer'), said('09:10', 'agent'), said('09:20', 'customer')] };
    const unanswered = { createdAt: at('09:00'), events: [said('09:00', 'customer')] };
    expect(responseTimeSummary([answered, waiting, unanswered], minutes)).toMatchObject({ count: 3, sum: 100, leftOut: 2 });
    expect(responseTimeSummary([answered], minutes)).toMatchObject({ count: 2, sum: 90, leftOut: 0 });
  });

  test('a record with both events and firstResponseAt is refused: INVALID_TYPE', () => {
    const both = { createdAt: at('09:00'), firstResponseAt: at('09:10'), events: [] };
    const e = errorOf(() => averageFirstResponseTime([both] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toContain('has both events and firstResponseAt');
  });

  // the fast path for tickets in epoch milliseconds must leave histories to the general read
  test.each([
    ['averageFirstResponseTime', averageFirstResponseTime, 'firstResponseAt'],
    ['averageResolutionTime', averageResolutionTime, 'resolvedAt'],
  ] as const)('%s refuses a history in epoch milliseconds that also carries %s', (_, metric, field) => {
    const created = Date.parse(at('09:00'));
    const both = { createdAt: created, [field]: created + 10 * MINUTE, events: [] };
    const e = errorOf(() => metric([{ createdAt: created, [field]: created + MINUTE }, both] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toContain(`tickets[1] has both events and ${field}`);
  });
});

describe('ticket histories: bad input throws MetricError', () => {
  const one = (events: unknown, extra: object = {}) => () => ticketMetrics({ createdAt: at('09:00'), events, ...extra } as never);
  test.each([
    ['an unknown event type', one([{ type: 'merge', at: at('09:10') }]), 'INVALID_TYPE', 'events[0].type is "merge"'],
    ['an unknown status', one([{ type: 'status', at: at('09:10'), status: 'waiting' }]), 'INVALID_TYPE', 'events[0].status is "waiting"'],
    ['public that is not a boolean', one([{ type: 'comment', at: at('09:10'), author: 'agent', public: 'yes' }]), 'INVALID_TYPE', 'events[0].public'],
    ['an author outside the four', one([{ type: 'comment', at: at('09:10'), author: 'admin', public: true }]), 'INVALID_TYPE', 'events[0].author'],
    ['an event before createdAt', one([said('08:59', 'customer')]), 'NEGATIVE_DURATION', 'events[0].at'],
    ['an unreadable timestamp', one([{ type: 'status', at: 'yesterday', status: 'open' }]), 'INVALID_DATE', 'events[0].at'],
    ['a timestamp without an offset', one([{ type: 'status', at: '2026-11-03T10:00', status: 'open' }]), 'INVALID_DATE', 'events[0].at'],
    ['a history without createdAt', () => ticketMetrics({ events: [] } as never), 'INVALID_TYPE', 'createdAt'],
    ['a history without events', () => ticketMetrics({ createdAt: at('09:00') } as never), 'INVALID_TYPE', 'events is missing'],
    ['events that are not an array', one('none'), 'INVALID_TYPE', 'events'],
    ['an event that is not an object', one([null]), 'INVALID_TYPE', 'events[0]'],
    ['an assignment naming nobody', one([{ type: 'assignment', at: at('09:10') }]), 'INVALID_TYPE', 'neither an assignee nor a group'],
    ['createdBy outside the four', one([], { createdBy: 'robot' }), 'INVALID_TYPE', 'createdBy'],
    ['a status at creation that is unknown', one([], { status: 'hold' }), 'INVALID_TYPE', 'status'],
    ['asOf before an event', () => ticketMetrics({ createdAt: at('09:00'), events: [status('10:00', 'open')] }, { asOf: at('09:30') }), 'NEGATIVE_DURATION', 'asOf'],
    [
      'asOf before the latest of events given out of order, named by its index as given',
      () => ticketMetrics({ createdAt: at('09:00'), events: [status('10:00', 'open'), status('09:10', 'pending')] }, { asOf: at('09:30') }),
      'NEGATIVE_DURATION',
      'is before histories[0].events[0].at',
    ],
    ['events whose length is not one', one({ length: -1 }), 'INVALID_TYPE', 'histories[0].events has a length of -1'],
    [
      'an array whose proxy reports a length that is not one',
      one(new Proxy([], { get: (target, key) => (key === 'length' ? 1.5 : (Reflect.get(target, key) as unknown)) })),
      'INVALID_TYPE',
      'histories[0].events has a length of 1.5',
    ],
    ['an unknown option', () => ticketMetrics(issueTicket, { units: 'minutes' } as never), 'INVALID_OPTION', 'units'],
    ['an array given to ticketMetrics', () => ticketMetrics([issueTicket] as never), 'INVALID_TYPE', 'ticketMetricsSummary'],
  ])('%s', (_, f, code, fragment) => {
    const e = errorOf(f);
    expect(e.code).toBe(code);
    expect(e.message).toContain(fragment);
  });

  // epoch milliseconds in time order: the form the summary reads in one pass, without a timeline
  const ms = (hhmm: string) => Date.parse(at(hhmm));
  const plain = { createdAt: ms('09:00'), events: [{ type: 'comment', at: ms('09:05'), author: 'customer', public: true }] };
  test.each([
    ['an unknown event type', [{ type: 'merge', at: ms('09:10') }], {}],
    ['an unknown status', [{ type: 'status', at: ms('09:10'), status: 'waiting' }], {}],
    ['public that is not a boolean', [{ type: 'comment', at: ms('09:10'), author: 'agent', public: 'yes' }], {}],
    ['an author outside the four', [{ type: 'comment', at: ms('09:10'), author: 'admin', public: true }], {}],
    ['an authorId that is not an id', [{ type: 'comment', at: ms('09:10'), author: 'agent', public: true, authorId: {} }], {}],
    ['an event before createdAt', [{ type: 'status', at: ms('08:59'), status: 'open' }], {}],
    ['a time that is NaN', [{ type: 'status', at: NaN, status: 'open' }], {}],
    ['a time past the range of a Date', [{ type: 'status', at: 8.64e15 + 1, status: 'open' }], {}],
    ['a time that is missing', [{ type: 'status', status: 'open' }], {}],
    ['an assignment naming nobody', [{ type: 'assignment', at: ms('09:10') }], {}],
    ['an event that is not an object', [null], {}],
    ['createdBy outside the four', [], { createdBy: 'robot' }],
    ['a status at creation that is unknown', [], { status: 'hold' }],
    ['an id that is not finite', [], { id: Infinity }],
    ['a createdAt that is NaN', [], { createdAt: NaN }],
    ['asOf before the last event', [{ type: 'status', at: ms('10:00'), status: 'open' }], { asOf: ms('09:30') }],
    ['asOf before the last of events out of order', [{ type: 'status', at: ms('10:00'), status: 'open' }, { type: 'status', at: ms('09:10'), status: 'pending' }], { asOf: ms('09:30') }],
  ])('the summary refuses %s in its one-pass read of epoch milliseconds with the error of ticketMetrics', (_, events, extra) => {
    const { asOf, ...fields } = extra as { asOf?: number };
    const options = asOf === undefined ? {} : { asOf };
    const bad = { ...plain, events: [...plain.events, ...events], ...fields };
    const single = errorOf(() => ticketMetrics(bad as never, options));
    const summary = errorOf(() => ticketMetricsSummary([plain, bad] as never, options));
    expect(summary.code).toBe(single.code);
    expect(summary.message).toBe(single.message.replace('ticketMetrics', 'ticketMetricsSummary').replaceAll('histories[0]', 'histories[1]'));
    expect(summary.details).toStrictEqual({ fn: 'ticketMetricsSummary', index: 1 });
  });

  test('the summary reads epoch-millisecond events out of order as ticketMetrics does: in time order, ties as given', () => {
    const events = [
      { type: 'status', at: ms('09:40'), status: 'solved' },
      { type: 'comment', at: ms('09:05'), author: 'customer', public: true },
      { type: 'comment', at: ms('09:40'), author: 'agent', public: true },
      { type: 'status', at: ms('09:20'), status: 'open' },
    ] as const;
    const s = ticketMetricsSummary([{ createdAt: ms('09:00'), events }], minutes);
    expect(s.firstReplyTime?.sum).toBe(40);
    expect(s.fullResolutionTime?.sum).toBe(40);
    // new 09:00–09:20, open 09:20–09:40
    expect(s.requesterWaitTime.sum).toBe(40);
    expect(s.agentWorkTime.sum).toBe(40);
    expect(s.oneTouch).toBe(1);
  });

  test('the summary names the index of the history it cannot read', () => {
    const e = errorOf(() => ticketMetricsSummary([issueTicket, { createdAt: at('09:00'), events: [{ type: 'status', at: at('09:10'), status: 'x' }] }] as never));
    expect(e.details).toStrictEqual({ fn: 'ticketMetricsSummary', index: 1 });
    expect(e.message).toContain('histories[1].events[0].status');
  });

  test('events as an array-like other than an array are read as the array would be', () => {
    const events = issueTicket.events;
    const arrayLike = { length: events.length, ...Object.fromEntries(events.map((e, k) => [k, e])) };
    expect(ticketMetrics({ ...issueTicket, events: arrayLike as never })).toStrictEqual(ticketMetrics(issueTicket));
  });

  test('durations are in milliseconds by default', () => {
    expect(ticketMetrics(issueTicket).firstReplyTime).toBe(30 * MINUTE);
  });
});
