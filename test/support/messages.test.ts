import { describe, expect, test } from 'vitest';
import {
  averageFirstResponseTime,
  averageResponseTime,
  firstContactResolutionSummary,
  responseTimeSummary,
  type Ticket,
  type TicketMessage,
} from '../../src/index.js';
import { at, errorOf } from './helpers.js';

const m = (hhmm: string, from: TicketMessage['from'], visible?: boolean): TicketMessage =>
  visible === undefined ? { at: at(hhmm), from } : { at: at(hhmm), from, public: visible };

describe('messages: internal notes, bots and the system are never replies', () => {
  // The example of the issue: an agent opens a ticket with an internal note, posts the first
  // public comment at 09:30, the customer writes at 10:00, the agent answers at 11:00.
  const ticket: Ticket = {
    createdAt: at('09:00'),
    messages: [m('09:00', 'agent', false), m('09:30', 'agent'), m('10:00', 'customer'), m('11:00', 'agent')],
  };

  test('an agent-created ticket opened with an internal note: its first public agent comment (09:30) is the first reply, 30 minutes (Zendesk)', () => {
    expect(averageFirstResponseTime([ticket], { unit: 'minutes' })).toBe(30);
  });

  test('the same ticket with the note dropped: 09:30 is the public opening comment, so the first reply is 11:00, 120 minutes', () => {
    const dropped = { createdAt: at('09:00'), messages: [m('09:30', 'agent'), m('10:00', 'customer'), m('11:00', 'agent')] };
    expect(averageFirstResponseTime([dropped], { unit: 'minutes' })).toBe(120);
  });

  test('an internal agent note is not a first reply: customer 09:00, note 09:10, public reply 09:40 gives 40 minutes', () => {
    const t = { createdAt: at('09:00'), messages: [m('09:00', 'customer'), m('09:10', 'agent', false), m('09:40', 'agent', true)] };
    expect(averageFirstResponseTime([t], { unit: 'minutes' })).toBe(40);
  });

  test('bot and system messages are not first replies: customer 09:00, bot 09:01, system 09:02, agent 09:20 gives 20 minutes', () => {
    const t = { createdAt: at('09:00'), messages: [m('09:00', 'customer'), m('09:01', 'bot'), m('09:02', 'system'), m('09:20', 'agent')] };
    expect(averageFirstResponseTime([t], { unit: 'minutes' })).toBe(20);
  });

  test('a ticket whose only agent message is internal has no first response yet, and is left out', () => {
    const t = { createdAt: at('09:00'), messages: [m('09:00', 'customer'), m('09:10', 'agent', false)] };
    const other = { createdAt: at('09:00'), firstResponseAt: at('09:30') };
    expect(averageFirstResponseTime([t, other], { unit: 'minutes' })).toBe(30);
  });

  test('response time: an internal note does not stop the wait; customer 10:00, note 10:10, public reply 10:45 is one response of 45 minutes', () => {
    const t = { createdAt: at('10:00'), messages: [m('10:00', 'customer'), m('10:10', 'agent', false), m('10:45', 'agent')] };
    expect(responseTimeSummary([t], { unit: 'minutes' })).toMatchObject({ count: 1, sum: 45, leftOut: 0 });
  });

  test("response time: the issue's ticket has one response, customer 10:00 → agent 11:00, 60 minutes", () => {
    expect(averageResponseTime([ticket], { unit: 'minutes' })).toBe(60);
  });

  test('response time: a bot message neither starts nor stops a wait; customer 10:00, bot 10:01, agent 10:30 is 30 minutes', () => {
    const t = { createdAt: at('10:00'), messages: [m('10:00', 'customer'), m('10:01', 'bot'), m('10:30', 'agent')] };
    expect(responseTimeSummary([t], { unit: 'minutes' })).toMatchObject({ count: 1, sum: 30 });
  });

  test('first contact resolution: an internal note is not a second contact (one public reply: resolved on first contact)', () => {
    const t = { createdAt: at('09:00'), resolvedAt: at('10:00'), messages: [m('09:00', 'customer'), m('09:10', 'agent', false), m('09:30', 'agent')] };
    expect(firstContactResolutionSummary([t])).toMatchObject({ resolvedOnFirstContact: 1, resolved: 1 });
  });

  test('first contact resolution: a resolved ticket with internal notes only has no reply, and is left out', () => {
    const a = { createdAt: at('09:00'), resolvedAt: at('10:00'), messages: [m('09:00', 'customer'), m('09:10', 'agent', false)] };
    const b = { createdAt: at('09:00'), resolvedAt: at('10:00'), messages: [m('09:00', 'customer'), m('09:20', 'agent'), m('09:40', 'agent')] };
    expect(firstContactResolutionSummary([a, b])).toMatchObject({ resolvedOnFirstContact: 0, resolved: 1, leftOut: 1 });
  });

  test('public: true is the default, the same as leaving it out', () => {
    const given = { createdAt: at('09:00'), messages: [m('09:00', 'customer', true), m('09:15', 'agent', true)] };
    const left = { createdAt: at('09:00'), messages: [m('09:00', 'customer'), m('09:15', 'agent')] };
    expect(averageFirstResponseTime([given], { unit: 'minutes' })).toBe(15);
    expect(averageFirstResponseTime([left], { unit: 'minutes' })).toBe(15);
  });

  test('public that is not a boolean: INVALID_TYPE, naming the message', () => {
    const t = { createdAt: at('09:00'), messages: [{ at: at('09:00'), from: 'agent', public: 'no' }] };
    const e = errorOf(() => averageFirstResponseTime([t] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe(`averageFirstResponseTime: tickets[0].messages[0].public is "no"; a message is public (true, the default) or internal (false)`);
  });
});
