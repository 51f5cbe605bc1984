import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  averageComplaintResolutionTime,
  averageFirstResponseTime,
  averageHandleTime,
  averageResolutionTime,
  averageResponseTime,
  averageWaitTime,
  durationSummary,
  firstContactResolutionRate,
  firstResponseTimeSummary,
  handleTimeSummary,
  isMetricError,
  percentile,
  quantile,
  segment,
  slaComplianceRate,
  slaComplianceSummary,
  type Ticket,
} from '../../src/index.js';
import { conversationsArb, durationsArb, ticketsArb } from './arbitraries.js';

/** Runs `f`: a result, or the MetricError it threw; anything else thrown fails the test. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    if (!isMetricError(error)) throw error;
    return error;
  }
}

const anyTimestamp = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.date({ noInvalidDate: false }), fc.constant('2026-11-03 10:00'));
const anyMessage = fc.oneof(fc.anything(), fc.record({ at: anyTimestamp, from: fc.oneof(fc.constantFrom('customer', 'agent', 'bot'), fc.anything()) }));
const anyTicket = fc.oneof(
  fc.anything(),
  fc.record(
    { createdAt: anyTimestamp, firstResponseAt: anyTimestamp, resolvedAt: anyTimestamp, messages: fc.oneof(fc.anything(), fc.array(anyMessage, { maxLength: 4 })) },
    { requiredKeys: [] },
  ),
);
const anyInput = fc.oneof(
  fc.anything(),
  fc.array(fc.oneof(fc.double(), fc.anything()), { maxLength: 8 }),
  fc.array(anyTicket, { maxLength: 6 }),
  fc.record({ sum: fc.anything(), count: fc.anything() }, { requiredKeys: [] }),
  fc.record({ total: fc.anything(), count: fc.anything() }, { requiredKeys: [] }),
  fc.record({ totalWait: fc.anything(), served: fc.anything() }, { requiredKeys: [] }),
  fc.record({ met: fc.anything(), measured: fc.anything() }, { requiredKeys: [] }),
  fc.record({ resolvedOnFirstContact: fc.anything(), resolved: fc.anything() }, { requiredKeys: [] }),
  fc.record({ talkTime: fc.anything(), holdTime: fc.anything(), afterCallWork: fc.anything(), count: fc.anything() }, { requiredKeys: [] }),
  fc.array(fc.record({ talkTime: fc.oneof(fc.double(), fc.anything()), holdTime: fc.double(), afterCallWork: fc.double() }, { requiredKeys: [] }), { maxLength: 5 }),
  fc.array(fc.record({ answeredAt: anyTimestamp, endedAt: anyTimestamp, wrapUpEndedAt: anyTimestamp }, { requiredKeys: [] }), { maxLength: 5 }),
  fc.constant(new Set([1, 2, 3])),
  fc.array(fc.double()).map((values) => values.values()),
  fc.array(fc.record({ queuedAt: anyTimestamp, answeredAt: anyTimestamp }, { requiredKeys: [] }), { maxLength: 5 }),
  fc.record({ filedAt: anyTimestamp, resolvedAt: anyTimestamp }, { requiredKeys: [] }),
);
const anyOptions = fc.oneof(
  fc.constant(undefined),
  fc.anything(),
  fc.record({ unit: fc.oneof(fc.constantFrom('seconds', 'minutes', 'weeks'), fc.anything()) }, { requiredKeys: [] }),
  fc.record({ target: fc.oneof(fc.double(), fc.anything()), asOf: anyTimestamp, measure: fc.anything() }, { requiredKeys: [] }),
  fc.record({ onEmpty: fc.oneof(fc.constantFrom('throw', 'skip', 'undefined'), fc.anything()), method: fc.anything() }, { requiredKeys: [] }),
);

const metrics: ReadonlyArray<readonly [string, (input: unknown, options: unknown) => unknown]> = [
  ['averageFirstResponseTime', (i, o) => averageFirstResponseTime(i as never, o as never)],
  ['averageResponseTime', (i, o) => averageResponseTime(i as never, o as never)],
  ['averageResolutionTime', (i, o) => averageResolutionTime(i as never, o as never)],
  ['averageComplaintResolutionTime', (i, o) => averageComplaintResolutionTime(i as never, o as never)],
  ['averageWaitTime', (i, o) => averageWaitTime(i as never, o as never)],
  ['averageHandleTime', (i, o) => averageHandleTime(i as never, o as never)],
  ['handleTimeSummary', (i, o) => handleTimeSummary(i as never, o as never)],
  ['firstResponseTimeSummary', (i, o) => firstResponseTimeSummary(i as never, o as never)],
  ['slaComplianceRate', (i, o) => slaComplianceRate(i as never, o as never)],
  ['slaComplianceSummary', (i, o) => slaComplianceSummary(i as never, o as never)],
  ['firstContactResolutionRate', (i, o) => (firstContactResolutionRate as (i: unknown, o: unknown) => number)(i, o)],
  ['durationSummary', (i, o) => (durationSummary as (i: unknown, o: unknown) => unknown)(i, o)],
  ['percentile', (i, o) => percentile(i as never, o as never)],
  ['percentile', (i, o) => percentile(i as never, 90, o as never)],
  ['quantile', (i, o) => quantile(i as never, o as never)],
  ['quantile', (i, o) => quantile(i as never, 0.5, o as never)],
  ['segment', (i, o) => segment(i as never, 'createdAt' as never, (g: unknown[]) => averageFirstResponseTime(g as never), o as never)],
];

describe('any input at all: a finite result or a MetricError, never NaN and never another error', () => {
  test.prop([fc.constantFrom(...metrics), anyInput, anyOptions], { numRuns: 400 })('', ([name, metric], input, options) => {
    const result = outcome(() => metric(input, options));
    if (isMetricError(result)) {
      expect(result.details.fn).toBe(name);
      expect(result.message.startsWith(`${name}: `)).toBe(true);
      return;
    }
    const numbers = typeof result === 'number' ? [result] : Array.isArray(result) ? result.map((s: { value: unknown }) => s.value) : Object.values(result as object);
    for (const v of numbers) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
    if (name.endsWith('Rate') && typeof result === 'number') {
      expect(result).toBeGreaterThanOrEqual(0);
      expect(result).toBeLessThanOrEqual(100);
    }
  });
});

/** A bad value for one field of one ticket, and the code it must be rejected with. */
const corruption = fc.oneof(
  fc.constant(['createdAt', '2026-11-03 10:00', 'INVALID_DATE'] as const),
  fc.constant(['createdAt', 'today', 'INVALID_DATE'] as const),
  fc.constant(['createdAt', NaN, 'INVALID_DATE'] as const),
  fc.constant(['createdAt', new Date(NaN), 'INVALID_DATE'] as const),
  fc.constant(['createdAt', undefined, 'INVALID_TYPE'] as const),
  fc.constant(['createdAt', true, 'INVALID_DATE'] as const),
  fc.constant(['resolvedAt', 0, 'NEGATIVE_DURATION'] as const),
  fc.constant(['messages', 'hello', 'INVALID_TYPE'] as const),
  fc.constant(['messages', [{ at: 0, from: 'customer' }], 'NEGATIVE_DURATION'] as const),
);

describe('a bad ticket anywhere throws MetricError naming its index', () => {
  test.prop([conversationsArb, fc.nat(), corruption])(
    'in first contact resolution, which reads createdAt, resolvedAt and messages',
    (tickets, at, [field, value, code]) => {
      const index = at % tickets.length;
      const bad: Record<string, unknown>[] = tickets.map((t) => ({ ...t, resolvedAt: t.resolvedAt ?? (t.createdAt as number) + 1 }));
      if (value === undefined) Reflect.deleteProperty(bad[index]!, field);
      else bad[index]![field] = value;
      const e = outcome(() => firstContactResolutionRate(bad as never));
      expect(isMetricError(e)).toBe(true);
      if (!isMetricError(e)) return;
      expect(e.code).toBe(code);
      expect(e.details).toStrictEqual({ fn: 'firstContactResolutionRate', index });
      expect(e.message).toContain(`tickets[${index}]`);
    },
  );

  test.prop([ticketsArb, fc.nat(), corruption.filter(([f]) => f === 'createdAt')])(
    'in the averages of tickets',
    (tickets, at, [field, value, code]) => {
      const index = at % tickets.length;
      const bad: Record<string, unknown>[] = tickets.map((t: Ticket) => ({ ...t, firstResponseAt: (t.createdAt as number) + 5 }));
      if (value === undefined) Reflect.deleteProperty(bad[index]!, field);
      else bad[index]![field] = value;
      for (const metric of [averageFirstResponseTime, averageResolutionTime]) {
        const e = outcome(() => metric(bad as never));
        expect(isMetricError(e) && e.code === code && e.details.index === index).toBe(true);
      }
    },
  );

  test.prop([durationsArb, fc.nat(), fc.constantFrom([-1, 'NEGATIVE_DURATION'], [NaN, 'NOT_FINITE'], [Infinity, 'NOT_FINITE'], ['5', 'INVALID_TYPE'], [null, 'INVALID_TYPE'], [{}, 'INVALID_TYPE'])])(
    'a bad duration, in every function that reads durations',
    (d, at, [value, code]) => {
      const index = at % (d.length + 1);
      const bad: unknown[] = [...d];
      bad.splice(index, 0, value);
      const readers: ReadonlyArray<readonly [string, () => unknown]> = [
        ['averageFirstResponseTime', () => averageFirstResponseTime(bad as never)],
        ['averageWaitTime', () => averageWaitTime(bad as never)],
        ['durationSummary', () => durationSummary(bad as never)],
        ['slaComplianceRate', () => slaComplianceRate(bad as never, { target: 1 })],
        ['averageHandleTime', () => averageHandleTime(bad as never)],
        ['handleTimeSummary', () => handleTimeSummary(bad as never)],
      ];
      for (const [name, read] of readers) {
        // an object first would be read as records
        if (index === 0 && typeof value === 'object') continue;
        const e = outcome(read);
        expect(isMetricError(e)).toBe(true);
        if (!isMetricError(e)) continue;
        expect(e.code).toBe(code);
        expect(e.details).toStrictEqual({ fn: name, index });
      }
    },
  );
});

describe('segment rethrows the metric’s errors with the record’s index in the whole input', () => {
  test.prop([ticketsArb, fc.nat(), fc.integer({ min: 1, max: 4 })])('', (tickets, at, groups) => {
    const index = at % tickets.length;
    const rows = tickets.map((t, i) => ({ ...t, g: i % groups, ...(i === index ? { createdAt: 'not a time' } : {}) }));
    const e = outcome(() => segment(rows, 'g', (g) => averageResolutionTime(g as never)));
    expect(isMetricError(e)).toBe(true);
    if (isMetricError(e)) {
      // a group before the bad one may have nothing resolved: EMPTY_INPUT comes first then
      if (e.code !== 'EMPTY_INPUT') expect(e.details).toStrictEqual({ fn: 'segment', index });
    }
  });
});
