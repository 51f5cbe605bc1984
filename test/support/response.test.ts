import { describe, expect, test } from 'vitest';
import { averageResponseTime, responseTimeSummary, type TicketMessage } from '../../src/index.js';
import { at, errorOf } from './helpers.js';

const customer = (hhmm: string): TicketMessage => ({ at: at(hhmm), from: 'customer' });
const agent = (hhmm: string): TicketMessage => ({ at: at(hhmm), from: 'agent' });

describe('averageResponseTime: every run of customer messages starts a clock, the next agent message stops it', () => {
  test('customer 09:00, agent 09:10, customer 09:20, customer 09:25, agent 09:45: 10 and 25 minutes, average 17.5', () => {
    const ticket = { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:10'), customer('09:20'), customer('09:25'), agent('09:45')] };
    expect(averageResponseTime([ticket], { unit: 'minutes' })).toBe(17.5);
    expect(responseTimeSummary([ticket], { unit: 'minutes' })).toMatchObject({ count: 2, sum: 35, min: 10, max: 25 });
  });

  test('is averaged over the responses of all tickets, not per ticket', () => {
    const a = { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:10'), customer('09:20'), agent('09:30')] };
    const b = { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:40')] };
    // responses 10, 10, 40: 60 / 3 = 20 (the mean of the two tickets' means would be (10 + 40) / 2 = 25)
    expect(averageResponseTime([a, b], { unit: 'minutes' })).toBe(20);
  });

  test('agent messages that follow an agent message are not responses', () => {
    const ticket = { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:10'), agent('09:50'), agent('10:30')] };
    expect(responseTimeSummary([ticket], { unit: 'minutes' })).toMatchObject({ count: 1, mean: 10 });
  });

  test('the opening message of an agent-created ticket is not a response', () => {
    const ticket = { createdAt: at('09:00'), messages: [agent('09:00'), customer('11:00'), agent('11:15')] };
    expect(averageResponseTime([ticket], { unit: 'minutes' })).toBe(15);
  });

  test('a run that opens the conversation is measured from its first message too', () => {
    const ticket = { createdAt: at('09:00'), messages: [customer('09:00'), customer('09:05'), agent('09:10')] };
    expect(averageResponseTime([ticket], { unit: 'minutes' })).toBe(10);
  });

  test('a run still waiting for a reply is left out and counted', () => {
    const ticket = { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:05'), customer('09:10'), customer('09:12')] };
    expect(responseTimeSummary([ticket], { unit: 'minutes' })).toMatchObject({ count: 1, mean: 5, leftOut: 1 });
  });

  test('a ticket with messages: [] has no response and nothing left out', () => {
    const tickets = [{ createdAt: at('09:00'), messages: [] }, { createdAt: at('09:00'), messages: [customer('09:00'), agent('09:30')] }];
    expect(responseTimeSummary(tickets, { unit: 'minutes' })).toMatchObject({ count: 1, mean: 30, leftOut: 0 });
  });

  test('messages at the same instant are in order', () => {
    const ticket = { createdAt: at('09:00'), messages: [customer('09:00'), customer('09:00'), agent('09:00')] };
    expect(averageResponseTime([ticket])).toBe(0);
  });

  test('durations and totals', () => {
    expect(averageResponseTime([10, 25])).toBe(17.5);
    expect(averageResponseTime({ sum: 90, count: 4 })).toBe(22.5);
  });
});

describe('averageResponseTime: bad input', () => {
  test('messages out of time order: NEGATIVE_DURATION, naming the ticket and both messages', () => {
    const e = errorOf(() => averageResponseTime([{ createdAt: at('09:00'), messages: [customer('09:30'), agent('09:10')] }]));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'averageResponseTime', index: 0 });
    expect(e.message).toBe(
      'averageResponseTime: tickets[0].messages[1].at (2026-11-03T09:10:00.000Z) is before tickets[0].messages[0].at (2026-11-03T09:30:00.000Z); messages must be in time order',
    );
  });

  test('a message before the ticket was created: NEGATIVE_DURATION', () => {
    expect(errorOf(() => averageResponseTime([{ createdAt: at('09:00'), messages: [customer('08:59')] }])).code).toBe('NEGATIVE_DURATION');
  });

  test('a sender other than customer, agent, bot or system: INVALID_TYPE, naming the four', () => {
    const e = errorOf(() => averageResponseTime([{ createdAt: at('09:00'), messages: [{ at: at('09:00'), from: 'robot' }] }] as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe(`averageResponseTime: tickets[0].messages[0].from is "robot"; it must be 'customer', 'agent', 'bot' or 'system'`);
  });

  test('a ticket without messages: INVALID_TYPE (response time is measured on the conversation)', () => {
    expect(errorOf(() => averageResponseTime([{ createdAt: at('09:00') }])).code).toBe('INVALID_TYPE');
  });

  test('no customer message answered: EMPTY_INPUT', () => {
    expect(errorOf(() => averageResponseTime([{ createdAt: at('09:00'), messages: [customer('09:00')] }])).code).toBe('EMPTY_INPUT');
  });

  test.each([
    ['messages that are not an array', { createdAt: at('09:00'), messages: 'hello' }, 'INVALID_TYPE'],
    ['a message that is not an object', { createdAt: at('09:00'), messages: [5] }, 'INVALID_TYPE'],
    ['a message without a time', { createdAt: at('09:00'), messages: [{ from: 'agent' }] }, 'INVALID_TYPE'],
    ['a message with an offset-less time', { createdAt: at('09:00'), messages: [{ at: '2026-11-03T10:00', from: 'agent' }] }, 'INVALID_DATE'],
  ])('%s', (_name, ticket, code) => {
    expect(errorOf(() => averageResponseTime([ticket] as never)).code).toBe(code);
  });
});
