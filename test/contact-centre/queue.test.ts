import { describe, expect, test } from 'vitest';
import { agentOccupancy, businessCalendar, queueSummary } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const T0 = Date.UTC(2026, 10, 3, 9);
const S = 1000;

/** A contact queued at T0 + `at` seconds, answered or abandoned after `wait` seconds. */
const answered = (at: number, wait: number) => ({ queuedAt: T0 + at * S, answeredAt: T0 + (at + wait) * S });
const abandoned = (at: number, wait: number) => ({ queuedAt: T0 + at * S, abandonedAt: T0 + (at + wait) * S });
const waiting = (at: number) => ({ queuedAt: T0 + at * S });

// answered after 5, 20, 30, 90 s; abandoned after 2 (short), 10 and 60 s; one still waiting, queued at 600 s
const CONTACTS = [answered(0, 5), answered(10, 20), answered(20, 30), answered(30, 90), abandoned(40, 2), abandoned(50, 10), abandoned(60, 60), waiting(600)];
const OPTIONS = { answerWithin: 20, shortAbandon: 5, unit: 'seconds' } as const;

describe('queueSummary from contacts', () => {
  test('counts, rates and waits by the definitions', () => {
    const q = queueSummary(CONTACTS, OPTIONS);
    expect(q).toStrictEqual({
      offered: 8,
      answered: 4,
      answeredWithin: 2,
      abandoned: 3,
      shortAbandoned: 1,
      waiting: 1,
      // answered within / (answered + abandoned − short) = 2 / (4 + 2)
      serviceLevel: (2 * 100) / 6,
      // (abandoned − short) / (offered − short) = 2 / 7
      abandonmentRate: (2 * 100) / 7,
      averageSpeedOfAnswer: (5 + 20 + 30 + 90) / 4,
      // sorted 5, 20, 30, 90: median (20 + 30) / 2; p90 at h = 2.7: 30 + 0.7 × 60
      wait: { median: 25, p90: 72, longest: 90 },
    });
  });

  test('the service-level rules', () => {
    const level = (abandoned: 'against' | 'exclude' | 'met-within' | 'offered') => queueSummary(CONTACTS, { ...OPTIONS, abandoned }).serviceLevel;
    expect(level('against')).toBe((2 * 100) / 6);
    expect(level('exclude')).toBe((2 * 100) / 4);
    // the abandon after 10 s is within 20 s and counts as met; the one after 60 s as missed
    expect(level('met-within')).toBe((3 * 100) / 6);
    // every contact offered but the short abandon: 2 / 7
    expect(level('offered')).toBe((2 * 100) / 7);
  });

  test('with asOf, a contact still waiting past the target counts against the service level; one within it is left out', () => {
    const past = queueSummary(CONTACTS, { ...OPTIONS, asOf: T0 + 700 * S });
    expect(past.serviceLevel).toBe((2 * 100) / 7);
    expect(queueSummary(CONTACTS, { ...OPTIONS, asOf: T0 + 610 * S, abandoned: 'exclude' }).serviceLevel).toBe((2 * 100) / 4);
    expect(queueSummary(CONTACTS, { ...OPTIONS, asOf: T0 + 700 * S, abandoned: 'exclude' }).serviceLevel).toBe((2 * 100) / 5);
  });

  test('a wait equal to the target meets it; an abandon equal to shortAbandon is not short', () => {
    const q = queueSummary([answered(0, 20), abandoned(5, 5)], OPTIONS);
    expect(q.answeredWithin).toBe(1);
    expect(q.shortAbandoned).toBe(0);
  });

  test('results in milliseconds by default, in unit when given, and in working time with a calendar', () => {
    expect(queueSummary([answered(0, 30)], { answerWithin: 20_000 }).averageSpeedOfAnswer).toBe(30_000);
    expect(queueSummary([answered(0, 90)], { answerWithin: 1, unit: 'minutes' }).averageSpeedOfAnswer).toBe(1.5);
    // a chat queued Friday 16:59 and answered Monday 09:01 in a 09:00–17:00 office waited 2 working minutes
    const hours = [['09:00', '17:00']];
    const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: hours, friday: hours } });
    const chat = { queuedAt: '2026-11-06T16:59:00Z', answeredAt: '2026-11-09T09:01:00Z' };
    expect(queueSummary([chat], { answerWithin: 5, unit: 'minutes', calendar }).averageSpeedOfAnswer).toBe(2);
  });

  test('with a calendar, abandons and contacts still waiting are measured in working time too', () => {
    // a 09:00–17:00 office open on Mondays and Fridays; every wait below runs from Friday 2026-11-06 to Monday 2026-11-09
    const hours = [['09:00', '17:00']];
    const calendar = businessCalendar({ timeZone: 'UTC', week: { monday: hours, friday: hours } });
    const fri = (time: string) => `2026-11-06T${time}Z`;
    const mon = (time: string) => `2026-11-09T${time}Z`;
    const contacts = [
      { queuedAt: fri('16:59:00'), answeredAt: mon('09:01:00') }, // 2 working minutes: within 5
      { queuedAt: fri('16:59:30'), abandonedAt: mon('09:00:30') }, // 1: a short abandon (under 3)
      { queuedAt: fri('16:58:00'), abandonedAt: mon('09:04:00') }, // 6: abandoned past the target
      { queuedAt: fri('16:59:00'), abandonedAt: mon('09:03:00') }, // 4: abandoned within the target
      { queuedAt: fri('16:59:00') }, // waiting 3 at asOf: not yet late
      { queuedAt: fri('16:50:00') }, // waiting 12 at asOf: late
    ];
    const q = queueSummary(contacts, { answerWithin: 5, shortAbandon: 3, unit: 'minutes', calendar, abandoned: 'met-within', asOf: mon('09:02:00') });
    expect([q.offered, q.answered, q.answeredWithin, q.abandoned, q.shortAbandoned, q.waiting]).toStrictEqual([6, 1, 1, 3, 1, 2]);
    // (answered within + abandoned within) / (answered + abandoned − short + late) = (1 + 1) / (1 + 2 + 1)
    expect(q.serviceLevel).toBe(50);
    // (abandoned − short) / (offered − short) = 2 / 5
    expect(q.abandonmentRate).toBe(40);
    expect(q.averageSpeedOfAnswer).toBe(2);
  });

  test('nothing answered: the speed of answer and the waits are undefined, the counts are not', () => {
    const q = queueSummary([abandoned(0, 30), waiting(10)], OPTIONS);
    expect(q.averageSpeedOfAnswer).toBeUndefined();
    expect(q.wait).toBeUndefined();
    expect(q.serviceLevel).toBe(0);
    expect(queueSummary([waiting(0)], OPTIONS).serviceLevel).toBeUndefined();
    expect(queueSummary([abandoned(0, 1)], OPTIONS).abandonmentRate).toBeUndefined();
  });

  test('contacts from an iterable, with null for events that did not happen, and fields it does not read', () => {
    function* contacts() {
      yield { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:10Z', abandonedAt: null, endedAt: '2026-11-03T09:05:00Z', agent: 'ana' };
      yield { queuedAt: '2026-11-03T09:01:00Z', answeredAt: null, abandonedAt: '2026-11-03T09:02:00Z' };
    }
    const q = queueSummary(contacts(), { answerWithin: 20, unit: 'seconds' });
    expect([q.answered, q.abandoned, q.serviceLevel]).toStrictEqual([1, 1, 50]);
  });
});

describe('queueSummary from counts', () => {
  test('the same figures as the contacts they count, but the distribution of the waits', () => {
    const fromContacts = queueSummary(CONTACTS, OPTIONS);
    const counts = { offered: 8, answered: 4, answeredWithin: 2, abandoned: 3, shortAbandoned: 1, abandonedWithin: 1, waitSum: 145 };
    expect(queueSummary(counts)).toStrictEqual({ ...fromContacts, wait: undefined });
    for (const abandoned of ['against', 'exclude', 'met-within', 'offered'] as const) {
      expect(queueSummary(counts, { abandoned }).serviceLevel).toBe(queueSummary(CONTACTS, { ...OPTIONS, abandoned }).serviceLevel);
    }
  });

  test('without waitSum there is no speed of answer; without abandonedWithin no met-within rule', () => {
    const counts = { offered: 10, answered: 8, answeredWithin: 6, abandoned: 2 };
    expect(queueSummary(counts).averageSpeedOfAnswer).toBeUndefined();
    expect(queueSummary(counts).serviceLevel).toBe(60);
    expect(metricErrorOf(() => queueSummary(counts, { abandoned: 'met-within' })).code).toBe('INVALID_COUNTS');
  });

  test.each([
    [{ offered: 10, answered: 8, answeredWithin: 9, abandoned: 2 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 8, answeredWithin: 6, abandoned: 3 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 8, answeredWithin: 6, abandoned: 2, shortAbandoned: 3 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 8, answeredWithin: 6, abandoned: 2, shortAbandoned: 1, abandonedWithin: 2 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 0, answeredWithin: 0, abandoned: 2, waitSum: 5 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 8, answeredWithin: 6, abandoned: 2, waitSum: -5 }, 'NEGATIVE_DURATION'],
    [{ offered: 0, answered: 0, answeredWithin: 0, abandoned: 0 }, 'EMPTY_INPUT'],
    [{ offered: 10, answered: 8, answeredWithin: 6 }, 'INVALID_COUNTS'],
    [{ offered: 10, answered: 8.5, answeredWithin: 6, abandoned: 1 }, 'NOT_INTEGER'],
    [{ offered: 10, answered: 8, answeredWithin: 6, abandoned: 2, abandons: 2 }, 'INVALID_TYPE'],
  ])('%j: %s', (counts, code) => {
    expect(metricErrorOf(() => queueSummary(counts as never)).code).toBe(code);
  });

  test('time options are refused with counts', () => {
    const counts = { offered: 10, answered: 8, answeredWithin: 6, abandoned: 2 };
    for (const options of [{ answerWithin: 20 }, { unit: 'seconds' }, { asOf: T0 }, { shortAbandon: 5 }]) {
      expect(metricErrorOf(() => queueSummary(counts, options as never)).code).toBe('INVALID_OPTION');
    }
  });
});

describe('queueSummary refuses bad contacts', () => {
  test.each([
    [[], OPTIONS, 'EMPTY_INPUT'],
    [[{ queuedAt: T0, answeredAt: T0 + 1, abandonedAt: T0 + 2 }], OPTIONS, 'INVALID_TYPE'],
    [[{ queuedAt: T0, answeredAt: T0 - 1 }], OPTIONS, 'NEGATIVE_DURATION'],
    [[{ queuedAt: T0, abandonedAt: T0 - 1 }], OPTIONS, 'NEGATIVE_DURATION'],
    [[{ queuedAt: T0 }], { ...OPTIONS, asOf: T0 - 1 }, 'NEGATIVE_DURATION'],
    [[{ answeredAt: T0 }], OPTIONS, 'INVALID_TYPE'],
    [[{ queuedAt: '2026-11-03 09:00' }], OPTIONS, 'INVALID_DATE'],
    [[{ queuedAt: T0, answeredAt: 'soon' }], OPTIONS, 'INVALID_DATE'],
    [[null], OPTIONS, 'INVALID_TYPE'],
    [[{ queuedAt: T0 }], {}, 'INVALID_OPTION'],
    [[{ queuedAt: T0 }], { answerWithin: -1 }, 'INVALID_OPTION'],
    [[{ queuedAt: T0 }], { answerWithin: 20, abandoned: 'ignore' }, 'INVALID_OPTION'],
    [[{ queuedAt: T0 }], { answerWithin: 20, shortabandon: 5 }, 'INVALID_OPTION'],
    [[{ queuedAt: T0 }], { answerWithin: 20, unit: 'weeks' }, 'INVALID_OPTION'],
    ['contacts', OPTIONS, 'INVALID_TYPE'],
  ])('%j with %j: %s', (input, options, code) => {
    expect(metricErrorOf(() => queueSummary(input as never, options as never)).code).toBe(code);
  });

  test('the message names the contact and its fields', () => {
    const error = metricErrorOf(() => queueSummary([answered(0, 1), { queuedAt: T0, answeredAt: T0 - 1000 }], OPTIONS));
    expect(error.details).toStrictEqual({ fn: 'queueSummary', index: 1 });
    expect(error.message).toBe('queueSummary: contacts[1].answeredAt (2026-11-03T08:59:59.000Z) is before contacts[1].queuedAt (2026-11-03T09:00:00.000Z)');
  });
});

describe('queueSummary over lists longer than one chunk of its loop (4,096 contacts)', () => {
  // 10,000 contacts, one a second: contact i answered after i % 50 s, except every
  // 10th abandoned after 3 s (short, shortAbandon 5) and every 100th still waiting
  const LONG = Array.from({ length: 10_000 }, (_, i) =>
    i % 100 === 99 ? waiting(i) : i % 10 === 9 ? abandoned(i, 3) : answered(i, i % 50),
  );

  test('counts and waits are those of every contact, across the chunks', () => {
    const q = queueSummary(LONG, OPTIONS);
    // 100 waiting (i % 100 = 99), 900 abandoned (i % 10 = 9 otherwise), 9,000 answered,
    // all the abandons short; the answered waits are 0–49 s, those with i % 10 = 9 left out:
    // each of the 45 waits w with w % 10 ≠ 9 occurs 200 times (10,000 / 50)
    expect([q.offered, q.answered, q.abandoned, q.shortAbandoned, q.waiting]).toStrictEqual([10_000, 9_000, 900, 900, 100]);
    // waits 0–20 with w % 10 ≠ 9: 0–8, 10–18, 20: 19 values × 200
    expect(q.answeredWithin).toBe(3_800);
    expect(q.serviceLevel).toBe((3_800 * 100) / 9_000);
    expect(q.abandonmentRate).toBe(0);
    // Σ of 0–49 without 9, 19, 29, 39, 49 = 1225 − 145 = 1080, × 200 / 9,000
    expect(q.averageSpeedOfAnswer).toBe(24);
    // the 45 waits each 200 times, sorted: rank 4,499.5 (median) falls in the 23rd value (w = 24,
    // ranks 4,400–4,599); p90 at h = 8,999 × 0.9 = 8,099.1, in the 41st value (w = 44, ranks 8,000–8,199)
    expect(q.wait).toStrictEqual({ median: 24, p90: 44, longest: 48 });
  });

  test.each([100, 4_096, 9_000])('the longest wait is found in whichever chunk holds it (index %i)', (at) => {
    const list = [...LONG];
    list[at] = answered(at, 3_600);
    expect(queueSummary(list, OPTIONS).wait?.longest).toBe(3_600);
  });

  test.each([
    [4_095, 'not an object'],
    [4_096, 'not an object'],
    [8_191, 'both answered and abandoned'],
    [8_192, 'answered before queued'],
    [9_999, 'a queuedAt that is no time'],
  ])('a bad contact at index %i (%s) is refused with its index, as the first contact would be', (at, kind) => {
    const bad: Record<string, unknown> = {
      'not an object': { value: 7, message: `contacts[${at}] is a number, not a contact { queuedAt, answeredAt?, abandonedAt? }`, code: 'INVALID_TYPE' },
      'both answered and abandoned': {
        value: { queuedAt: T0, answeredAt: T0 + S, abandonedAt: T0 + 2 * S },
        message: `contacts[${at}] has both answeredAt and abandonedAt; a contact is answered or abandoned, not both`,
        code: 'INVALID_TYPE',
      },
      'answered before queued': {
        value: { queuedAt: T0, answeredAt: T0 - S },
        message: `contacts[${at}].answeredAt (2026-11-03T08:59:59.000Z) is before contacts[${at}].queuedAt (2026-11-03T09:00:00.000Z)`,
        code: 'NEGATIVE_DURATION',
      },
      'a queuedAt that is no time': {
        value: { queuedAt: Infinity },
        message: `contacts[${at}].queuedAt Infinity is not a time: epoch milliseconds must be finite and within ±8.64e15`,
        code: 'INVALID_DATE',
      },
    };
    const { value, message, code } = bad[kind] as { value: unknown; message: string; code: string };
    const list: unknown[] = [...LONG];
    list[at] = value;
    const error = metricErrorOf(() => queueSummary(list as never, OPTIONS));
    expect(error.code).toBe(code);
    expect(error.message).toBe(`queueSummary: ${message}`);
    expect(error.details).toStrictEqual({ fn: 'queueSummary', index: at });
  });

  test('of two bad contacts in different chunks, the first is reported', () => {
    const list: unknown[] = [...LONG];
    list[9_000] = null;
    list[5_000] = { queuedAt: T0, abandonedAt: T0 - S };
    const error = metricErrorOf(() => queueSummary(list as never, OPTIONS));
    expect([error.code, error.details]).toStrictEqual(['NEGATIVE_DURATION', { fn: 'queueSummary', index: 5_000 }]);
  });

  test('with asOf, contacts still waiting in every chunk are counted late or not', () => {
    // the last contact is queued at 9,999 s; at 10,020 s the waiting contacts queued
    // before 10,000 s (all 100 of them, the last at 9,999 s) have waited more than 20 s
    const q = queueSummary(LONG, { ...OPTIONS, asOf: T0 + 10_020 * S });
    expect(q.serviceLevel).toBe((3_800 * 100) / (9_000 + 100));
    // at 9,999 + 20 s only the contact queued at 9,999 s has waited no more than 20 s
    const early = queueSummary(LONG, { ...OPTIONS, asOf: T0 + 10_019 * S });
    expect(early.serviceLevel).toBe((3_800 * 100) / (9_000 + 99));
  });
});

describe('agentOccupancy', () => {
  const at = (minutes: number) => T0 + minutes * 60_000;
  const interval = (agent: string, state: string, from: number, to: number) => ({ agent, state, from: at(from), to: at(to) });
  const day = [
    interval('ana', 'available', 0, 10),
    interval('ana', 'busy', 10, 40),
    interval('ana', 'after-call', 40, 50),
    interval('ana', 'break', 50, 60),
    interval('ana', 'offline', 60, 120),
    interval('ben', 'busy', 0, 45),
    interval('ben', 'available', 45, 60),
    interval('cy', 'offline', 0, 60),
  ];

  test('occupancy = handling / (handling + available), utilization = handling / logged in, per agent and together', () => {
    const o = agentOccupancy(day, { unit: 'minutes' });
    // ana: handling 40, available 10, logged in 60; ben: 45, 15, 60; cy: never logged in
    expect(o.byAgent).toStrictEqual([
      { agent: 'ana', occupancy: 80, utilization: (40 * 100) / 60, handling: 40, available: 10, loggedIn: 60 },
      { agent: 'ben', occupancy: 75, utilization: 75, handling: 45, available: 15, loggedIn: 60 },
      { agent: 'cy', occupancy: undefined, utilization: undefined, handling: 0, available: 0, loggedIn: 0 },
    ]);
    expect(o.occupancy).toBe((85 * 100) / 110);
    expect(o.utilization).toBe((85 * 100) / 120);
    expect([o.handling, o.available, o.loggedIn]).toStrictEqual([85, 25, 120]);
  });

  test('other state names through a mapping; touching intervals are fine', () => {
    const o = agentOccupancy([interval('ana', 'talking', 0, 30), interval('ana', 'idle', 30, 60)], { states: { talking: 'busy', idle: 'available' } });
    expect(o.occupancy).toBe(50);
    expect(o.handling).toBe(30 * 60_000);
  });

  test.each([
    [[interval('ana', 'busy', 0, 30), interval('ana', 'available', 20, 40)], undefined, 'OUT_OF_RANGE'],
    [[interval('ana', 'busy', 0, 60), interval('ben', 'busy', 0, 60), interval('ana', 'available', 10, 20)], undefined, 'OUT_OF_RANGE'],
    [[interval('ana', 'busy', 30, 20)], undefined, 'NEGATIVE_DURATION'],
    [[interval('ana', 'lunch', 0, 20)], undefined, 'INVALID_TYPE'],
    [[interval('ana', 'lunch', 0, 20)], { states: { lunch: 'eating' } }, 'INVALID_OPTION'],
    [[{ agent: null, state: 'busy', from: at(0), to: at(1) }], undefined, 'INVALID_TYPE'],
    [[{ agent: 'ana', state: 'busy', from: 'now', to: at(1) }], undefined, 'INVALID_DATE'],
    [[interval('ana', 'break', 0, 20)], undefined, 'EMPTY_INPUT'],
    [[], undefined, 'EMPTY_INPUT'],
    [[interval('ana', 'busy', 0, 20)], { unit: 'hours', stats: true }, 'INVALID_OPTION'],
  ])('%j with %j: %s', (input, options, code) => {
    expect(metricErrorOf(() => agentOccupancy(input as never, options as never)).code).toBe(code);
  });

  test('the overlap message names both intervals and the agent', () => {
    const error = metricErrorOf(() => agentOccupancy([interval('ana', 'busy', 0, 30), interval('ana', 'available', 20, 40)]));
    expect(error.message).toBe(
      'agentOccupancy: intervals[1] (2026-11-03T09:20:00.000Z to 2026-11-03T09:40:00.000Z) overlaps intervals[0] (2026-11-03T09:00:00.000Z to 2026-11-03T09:30:00.000Z) of agent "ana"; an agent is in one state at a time',
    );
    expect(error.details.index).toBe(1);
  });
});
