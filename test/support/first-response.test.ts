import { describe, expect, test } from 'vitest';
import { averageFirstResponseTime, firstResponseTimeSummary } from '../../src/index.js';
import { at, errorOf, HOUR, MINUTE } from './helpers.js';

describe('averageFirstResponseTime: definition', () => {
  test('the average of first response times given as durations: 5, 15 and 40 give 20', () => {
    expect(averageFirstResponseTime([5, 15, 40])).toBe(20);
  });

  test('totals { sum, count }: 600 minutes over 40 answered tickets give 15', () => {
    expect(averageFirstResponseTime({ sum: 600, count: 40 })).toBe(15);
  });

  test('from tickets: creation to firstResponseAt, in milliseconds by default', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:10') },
      { createdAt: at('09:30'), firstResponseAt: at('10:00') },
    ];
    expect(averageFirstResponseTime(tickets)).toBe(20 * MINUTE);
    expect(averageFirstResponseTime(tickets, { unit: 'minutes' })).toBe(20);
    expect(averageFirstResponseTime(tickets, { unit: 'seconds' })).toBe(1200);
    expect(averageFirstResponseTime(tickets, { unit: 'hours' })).toBe(1 / 3);
  });

  test('timestamps may be Dates, epoch milliseconds or ISO strings with any offset, mixed', () => {
    const created = Date.UTC(2026, 10, 3, 9);
    const tickets = [
      { createdAt: new Date(created), firstResponseAt: '2026-11-03T10:30:00+01:00' },
      { createdAt: created, firstResponseAt: created + 50 * MINUTE },
    ];
    expect(averageFirstResponseTime(tickets, { unit: 'minutes' })).toBe(40);
  });

  test('divides by the tickets answered, not by those resolved (as help desks do, unlike Σ FRT / resolved tickets)', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:30'), resolvedAt: at('10:00') },
      { createdAt: at('09:00'), firstResponseAt: at('09:10') }, // answered, open
      { createdAt: at('09:00'), firstResponseAt: at('09:20') }, // answered, open
      { createdAt: at('09:00'), resolvedAt: at('09:05') }, // resolved without a reply
    ];
    // 60 minutes over 3 answered tickets; Σ FRT / resolved tickets would say 60 / 2 = 30
    expect(averageFirstResponseTime(tickets, { unit: 'minutes' })).toBe(20);
  });

  test('a reply in the same millisecond as the creation is a first response time of 0', () => {
    expect(averageFirstResponseTime([{ createdAt: at('09:00'), firstResponseAt: at('09:00') }])).toBe(0);
  });

  test('a day is 24 hours of elapsed time', () => {
    expect(averageFirstResponseTime([{ createdAt: at('09:00', 2), firstResponseAt: at('21:00', 3) }], { unit: 'days' })).toBe(1.5);
  });
});

describe('help-desk behaviour', () => {
  test('tickets without a reply yet are left out of the average, and the summary counts them', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:10') },
      { createdAt: at('09:00') },
      { createdAt: at('09:00'), firstResponseAt: null },
      { createdAt: at('09:00'), messages: [{ at: at('09:00'), from: 'customer' as const }] },
    ];
    expect(averageFirstResponseTime(tickets, { unit: 'minutes' })).toBe(10);
    expect(firstResponseTimeSummary(tickets, { unit: 'minutes' }).leftOut).toBe(3);
  });

  test('without firstResponseAt, the first response is the first agent message', () => {
    const ticket = {
      createdAt: at('09:00'),
      messages: [
        { at: at('09:00'), from: 'customer' as const },
        { at: at('09:05'), from: 'customer' as const },
        { at: at('09:25'), from: 'agent' as const },
        { at: at('09:40'), from: 'agent' as const },
      ],
    };
    expect(averageFirstResponseTime([ticket], { unit: 'minutes' })).toBe(25);
  });

  test('an agent-created ticket: the opening agent message is not a reply; the next agent message is (Zendesk)', () => {
    const ticket = {
      createdAt: at('09:00'),
      messages: [
        { at: at('09:00'), from: 'agent' as const }, // the agent writes to the customer
        { at: at('10:00'), from: 'customer' as const },
        { at: at('10:30'), from: 'agent' as const },
      ],
    };
    // from creation to the agent's next message: 90 minutes
    expect(averageFirstResponseTime([ticket], { unit: 'minutes' })).toBe(90);
  });

  test('an agent-created ticket with no later agent message has no first response yet', () => {
    const ticket = { createdAt: at('09:00'), messages: [{ at: at('09:00'), from: 'agent' as const }, { at: at('09:30'), from: 'customer' as const }] };
    expect(firstResponseTimeSummary([ticket, { createdAt: at('09:00'), firstResponseAt: at('09:20') }], { unit: 'minutes' })).toMatchObject({
      count: 1,
      mean: 20,
      leftOut: 1,
    });
  });

  test('firstResponseAt, when given, is used rather than the messages', () => {
    const ticket = { createdAt: at('09:00'), firstResponseAt: at('09:15'), messages: [{ at: at('09:30'), from: 'agent' as const }] };
    expect(averageFirstResponseTime([ticket], { unit: 'minutes' })).toBe(15);
  });
});

describe('firstResponseTimeSummary', () => {
  test('mean, median, p90, min, max over the answered tickets, with those left out', () => {
    const tickets = [
      { createdAt: at('09:00'), firstResponseAt: at('09:10') },
      { createdAt: at('09:00'), firstResponseAt: at('09:20') },
      { createdAt: at('09:00'), firstResponseAt: at('09:30') },
      { createdAt: at('09:00'), firstResponseAt: at('13:00') },
      { createdAt: at('09:00') },
    ];
    // 10, 20, 30, 240 minutes: median h = 1.5 → 25; p90 h = 2.7 → 30 + 0.7 × 210 = 177
    expect(firstResponseTimeSummary(tickets, { unit: 'minutes' })).toStrictEqual({
      count: 4,
      sum: 300,
      mean: 75,
      median: 25,
      p90: 177,
      min: 10,
      max: 240,
      leftOut: 1,
    });
  });

  test('from totals only count, sum and mean are known', () => {
    expect(firstResponseTimeSummary({ sum: 90, count: 3 })).toStrictEqual({
      count: 3,
      sum: 90,
      mean: 30,
      median: undefined,
      p90: undefined,
      min: undefined,
      max: undefined,
      leftOut: 0,
    });
  });

  test('from durations nothing is left out', () => {
    expect(firstResponseTimeSummary([HOUR, 2 * HOUR]).leftOut).toBe(0);
  });
});

describe('bad input throws MetricError', () => {
  test('a reply before the creation is NEGATIVE_DURATION, naming the ticket', () => {
    const e = errorOf(() =>
      averageFirstResponseTime([
        { createdAt: at('09:00'), firstResponseAt: at('09:10') },
        { createdAt: at('10:00'), firstResponseAt: at('09:00') },
      ]),
    );
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.details).toStrictEqual({ fn: 'averageFirstResponseTime', index: 1 });
    expect(e.message).toBe(
      'averageFirstResponseTime: tickets[1].firstResponseAt (2026-11-03T09:00:00.000Z) is before tickets[1].createdAt (2026-11-03T10:00:00.000Z)',
    );
  });

  test('a timestamp without an offset is INVALID_DATE, and the message says how to fix it', () => {
    const e = errorOf(() => averageFirstResponseTime([{ createdAt: '2026-11-03 10:00', firstResponseAt: at('10:05') }]));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('add Z for UTC or the offset');
  });

  test.each([
    ['an empty array', [], undefined, 'EMPTY_INPUT'],
    ['no ticket answered', [{ createdAt: at('09:00') }], undefined, 'EMPTY_INPUT'],
    ['totals with a count of 0', { sum: 0, count: 0 }, undefined, 'EMPTY_INPUT'],
    ['totals with a sum but a count of 0', { sum: 5, count: 0 }, undefined, 'INVALID_COUNTS'],
    ['a negative sum', { sum: -5, count: 2 }, undefined, 'NEGATIVE_DURATION'],
    ['a fractional count', { sum: 5, count: 2.5 }, undefined, 'NOT_INTEGER'],
    ['a negative duration', [5, -1], undefined, 'NEGATIVE_DURATION'],
    ['an infinite duration', [5, Infinity], undefined, 'NOT_FINITE'],
    ['a string duration', [5, '1'], undefined, 'INVALID_TYPE'],
    ['a ticket without createdAt', [{ firstResponseAt: at('09:00') }], undefined, 'INVALID_TYPE'],
    ['an unparseable timestamp', [{ createdAt: 'today' }], undefined, 'INVALID_DATE'],
    ['an invalid Date', [{ createdAt: new Date(NaN) }], undefined, 'INVALID_DATE'],
    ['a number among tickets', [{ createdAt: at('09:00') }, 5], undefined, 'INVALID_TYPE'],
    ['an object among durations', [5, { createdAt: at('09:00') }], undefined, 'INVALID_TYPE'],
    ['a string', 'tickets', undefined, 'INVALID_TYPE'],
    ['one ticket not in an array', { createdAt: at('09:00') }, undefined, 'INVALID_TYPE'],
    ['an unknown unit', [{ createdAt: at('09:00'), firstResponseAt: at('09:01') }], { unit: 'weeks' }, 'INVALID_OPTION'],
    ['a misspelt option', [{ createdAt: at('09:00'), firstResponseAt: at('09:01') }], { units: 'minutes' }, 'INVALID_OPTION'],
    ['a unit with durations', [1, 2], { unit: 'minutes' }, 'INVALID_OPTION'],
    ['a unit with totals', { sum: 1, count: 1 }, { unit: 'minutes' }, 'INVALID_OPTION'],
  ])('%s: %s', (_name, input, options, code) => {
    expect(errorOf(() => averageFirstResponseTime(input as never, options as never)).code).toBe(code);
  });
});

describe('what a ticket is read from, and the messages that name what was wrong', () => {
  test('firstResponseAt: null is no first response given: the first reply is read from the messages (09:00 → 09:30 is 30 minutes)', () => {
    const ticket = {
      createdAt: at('09:00'),
      firstResponseAt: null,
      messages: [
        { at: at('09:00'), from: 'customer' as const },
        { at: at('09:30'), from: 'agent' as const },
      ],
    };
    expect(averageFirstResponseTime([ticket], { unit: 'minutes' })).toBe(30);
  });

  test('a missing createdAt names the ticket list, the index and the field', () => {
    const e = errorOf(() => averageFirstResponseTime([{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { firstResponseAt: at('09:00') } as never]));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'averageFirstResponseTime', index: 1 });
    expect(e.message).toBe('averageFirstResponseTime: tickets[1].createdAt is missing');
  });

  test('an unreadable firstResponseAt names the ticket list, the index, the field and the value', () => {
    const e = errorOf(() => averageFirstResponseTime([{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { createdAt: at('09:00'), firstResponseAt: 'x' }]));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toMatch(/^averageFirstResponseTime: tickets\[1\]\.firstResponseAt "x" is not an ISO-8601 date-time/);
  });

  test('a history whose events are not a list names the ticket list and the index', () => {
    const e = errorOf(() => averageFirstResponseTime([{ createdAt: at('09:00'), firstResponseAt: at('09:10') }, { createdAt: at('09:00'), events: 5 } as never]));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toMatch(/^averageFirstResponseTime: tickets\[1\]\.events is a number, not an array of events/);
  });

  test('firstResponseTimeSummary names itself: no first response yet, and an input of the wrong kind', () => {
    const none = errorOf(() => firstResponseTimeSummary([{ createdAt: at('09:00') }]));
    expect(none.code).toBe('EMPTY_INPUT');
    expect(none.message).toBe('firstResponseTimeSummary: no ticket has a first response yet (1 ticket, all left out)');
    const wrong = errorOf(() => firstResponseTimeSummary('tickets' as never));
    expect(wrong.code).toBe('INVALID_TYPE');
    expect(wrong.details.fn).toBe('firstResponseTimeSummary');
    expect(wrong.message).toMatch(/^firstResponseTimeSummary: input is a string; pass durations/);
  });
});
