import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromIntercom, fromZendesk, ticketMetrics, type IntercomConversation, type ZendeskExport } from '../../src/index.js';
import { errorOf } from './helpers.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
const zendesk: ZendeskExport = {
  ticket: (fixture('zendesk-ticket.json') as { ticket: ZendeskExport['ticket'] }).ticket,
  audits: (fixture('zendesk-audits.json') as { audits: ZendeskExport['audits'] }).audits,
  users: (fixture('zendesk-users.json') as { users: ZendeskExport['users'] }).users,
};
const intercom = fixture('intercom-conversation.json') as IntercomConversation;
const minutes = { unit: 'minutes' } as const;

describe('fromZendesk on a ticket, its audits and users (shapes of the Tickets, Ticket Audits and Users APIs)', () => {
  const history = fromZendesk(zendesk);

  test('id, priority, channel (via.channel), creator (submitter 1001 is an agent) and the status the creating audit set', () => {
    expect(history).toMatchObject({ id: 35436, priority: 'high', channel: 'web', createdBy: 'agent', status: 'open', createdAt: Date.UTC(2026, 10, 3, 9) });
  });

  test('comments, status changes and assignments; notifications and requester changes left out: 11 events', () => {
    expect(history.events).toHaveLength(11);
    expect(history.events[0]).toStrictEqual({ type: 'comment', at: Date.UTC(2026, 10, 3, 9), author: 'agent', public: false, authorId: 1001 });
    expect(history.events.flatMap((e) => (e.type === 'status' ? [e.status] : []))).toStrictEqual(['pending', 'open', 'solved', 'closed']);
  });

  test("the issue's ticket: internal opening note, public comment 09:30, customer 10:00, agent 11:00: first reply 30 minutes", () => {
    const m = ticketMetrics(history, minutes);
    expect(m.firstReplyTime).toBe(30);
    expect(m.nextReplyTimes).toStrictEqual([60]);
    expect(m.replies).toBe(2);
  });

  test('solved 11:00 and closed by automation days later: first and full resolution 120 minutes', () => {
    expect(ticketMetrics(history, minutes)).toMatchObject({ firstResolutionTime: 120, fullResolutionTime: 120, solved: true, reopens: 0 });
  });

  test('open 30 + 60, pending 30: requester wait 90, agent wait 30; one assignee, two groups (a trigger moved it)', () => {
    expect(ticketMetrics(history, minutes)).toMatchObject({ requesterWaitTime: 90, agentWorkTime: 90, agentWaitTime: 30, onHoldTime: 0, assigneeStations: 1, groupStations: 2 });
  });

  test("Zendesk's hold is read as on-hold, and author −1 as the system", () => {
    const h = fromZendesk({
      ticket: { id: 1, created_at: '2026-11-03T09:00:00Z' },
      audits: [
        { created_at: '2026-11-03T09:00:00Z', author_id: 2002, events: [{ type: 'Comment', public: true }] },
        { created_at: '2026-11-03T09:10:00Z', author_id: -1, events: [{ type: 'Comment', public: true }, { type: 'Change', field_name: 'status', value: 'hold' }] },
      ],
      users: [{ id: 2002, role: 'end-user' }],
    });
    expect(h.createdBy).toBe('customer');
    expect(h.events.slice(1)).toStrictEqual([
      { type: 'comment', at: Date.UTC(2026, 10, 3, 9, 10), author: 'system', public: true, authorId: -1 },
      { type: 'status', at: Date.UTC(2026, 10, 3, 9, 10), status: 'on-hold' },
    ]);
    expect(ticketMetrics(h).firstReplyTime).toBeNull();
  });

  test('audits in any order give the same metrics', () => {
    const reversed = fromZendesk({ ...zendesk, audits: [...zendesk.audits].reverse() });
    expect(ticketMetrics(reversed)).toStrictEqual(ticketMetrics(history));
  });

  test.each([
    ['an audit that is not an object', { ...zendesk, audits: [zendesk.audits[0], 'x'] }, 'audits[1] is'],
    ['a Comment without public', { ...zendesk, audits: [{ created_at: '2026-11-03T09:00:00Z', author_id: 1001, events: [{ type: 'Comment' }] }] }, 'audits[0].events[0].public'],
    ['an unknown status', { ...zendesk, audits: [{ created_at: '2026-11-03T09:00:00Z', author_id: 1001, events: [{ type: 'Change', field_name: 'status', value: 'waiting' }] }] }, 'audits[0].events[0].value'],
    ['an author not among users', { ...zendesk, audits: [{ created_at: '2026-11-03T09:00:00Z', author_id: 77, events: [] }] }, 'audits[0].author_id 77 is not among users'],
    ['a user of an unknown role', { ...zendesk, users: [{ id: 1001, role: 'owner' }] }, 'users[0].role'],
    ['an audit without events', { ...zendesk, audits: [{ created_at: '2026-11-03T09:00:00Z', author_id: 1001 }] }, 'audits[0].events'],
    ['no ticket', { audits: [], users: [] }, 'ticket'],
  ])('%s: INVALID_TYPE naming it', (_, input, fragment) => {
    const e = errorOf(() => fromZendesk(input as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toContain(fragment);
  });

  test('an unreadable created_at: INVALID_DATE naming the audit', () => {
    const e = errorOf(() => fromZendesk({ ...zendesk, audits: [{ created_at: 'Tuesday', author_id: 1001, events: [] }] }));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.details).toStrictEqual({ fn: 'fromZendesk', index: 0 });
  });
});

describe('fromIntercom on a conversation (shape of the Conversations API)', () => {
  const history = fromIntercom(intercom);

  test('id, priority, channel (source.type), creator (a user), starting open', () => {
    expect(history).toMatchObject({ id: '1911149811', priority: 'not_priority', channel: 'conversation', createdBy: 'customer', status: 'open', createdAt: Date.UTC(2026, 10, 3, 9) });
  });

  test('source, comments, note, assignments, snooze, unsnooze and a close with a message: 12 events', () => {
    expect(history.events).toHaveLength(12);
    expect(history.events.filter((e) => e.type === 'comment' && !e.public)).toHaveLength(1);
    expect(history.events.filter((e) => e.type === 'assignment')).toStrictEqual([
      { type: 'assignment', at: Date.UTC(2026, 10, 3, 9, 3), group: '814' },
      { type: 'assignment', at: Date.UTC(2026, 10, 3, 9, 10), assignee: '991' },
    ]);
  });

  test('first reply 09:00 → the admin at 09:20: 20 minutes (the bot comment at 09:01 is no reply)', () => {
    expect(ticketMetrics(history, minutes).firstReplyTime).toBe(20);
  });

  test('the close carries a message: a second reply, answering the customer at 10:00 after 30 minutes; solved at 10:30 (90)', () => {
    expect(ticketMetrics(history, minutes)).toMatchObject({ replies: 2, nextReplyTimes: [30], firstResolutionTime: 90, solved: true });
  });

  test('snoozed 09:21–10:00 is pending: agent wait 39; open 21 + 30: requester wait 51', () => {
    expect(ticketMetrics(history, minutes)).toMatchObject({ agentWaitTime: 39, requesterWaitTime: 51 });
  });

  test("start 'customer': from the customer's first message, here the opening one: 20", () => {
    expect(ticketMetrics(fromIntercom(intercom, { start: 'customer' }), minutes).firstReplyTime).toBe(20);
  });

  test("start 'after-bot': from the bot's handover at 09:03 (its last part before the admin's reply): 17", () => {
    const h = fromIntercom(intercom, { start: 'after-bot' });
    expect(h.createdAt).toBe(Date.UTC(2026, 10, 3, 9, 3));
    expect(ticketMetrics(h, minutes)).toMatchObject({ firstReplyTime: 17, requesterWaitTime: 48 });
  });

  test("a conversation an admin started: the opening message is no reply; start 'customer' measures from the customer's answer", () => {
    const outbound: IntercomConversation = {
      id: 5,
      created_at: 1793696400,
      source: { type: 'email', body: '<p>Your plan renews soon</p>', author: { type: 'admin', id: '991' } },
      conversation_parts: {
        conversation_parts: [
          { part_type: 'comment', created_at: 1793698800, body: '<p>Can I change plan?</p>', author: { type: 'lead', id: 'l1' } },
          { part_type: 'comment', created_at: 1793700000, body: '<p>Yes</p>', author: { type: 'admin', id: '991' } },
        ],
      },
    };
    // 09:00 outbound, customer 09:40, admin 10:00
    expect(ticketMetrics(fromIntercom(outbound), minutes).firstReplyTime).toBe(60);
    expect(ticketMetrics(fromIntercom(outbound, { start: 'customer' }), minutes).firstReplyTime).toBe(20);
  });

  test.each([
    ['a part that is not an object', { ...intercom, conversation_parts: { conversation_parts: [null] } }, 'INVALID_TYPE', 'conversation_parts[0] is'],
    ['an unknown author type', { ...intercom, conversation_parts: { conversation_parts: [{ part_type: 'comment', created_at: 1793696460, body: 'x', author: { type: 'robot' } }] } }, 'INVALID_TYPE', 'conversation_parts[0].author.type'],
    ['created_at as an ISO string', { ...intercom, conversation_parts: { conversation_parts: [{ part_type: 'comment', created_at: '2026-11-03T09:01:00Z', body: 'x', author: { type: 'user' } }] } }, 'INVALID_DATE', 'unix seconds'],
    ['parts that are not a list', { ...intercom, conversation_parts: { conversation_parts: 3 } }, 'INVALID_TYPE', 'conversation_parts'],
    ['an unknown start', intercom, 'INVALID_OPTION', 'start'],
  ])('%s', (name, input, code, fragment) => {
    const e = errorOf(() => fromIntercom(input as never, name === 'an unknown start' ? ({ start: 'first' } as never) : undefined));
    expect(e.code).toBe(code);
    expect(e.message).toContain(fragment);
  });

  test('a bad part names its index in the details', () => {
    const e = errorOf(() => fromIntercom({ ...intercom, conversation_parts: { conversation_parts: [intercom.conversation_parts!.conversation_parts[0]!, { part_type: 1 }] } } as never));
    expect(e.details).toStrictEqual({ fn: 'fromIntercom', index: 1 });
  });
});
