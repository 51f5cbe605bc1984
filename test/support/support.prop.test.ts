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
  complaintResolutionTimeSummary,
  firstContactResolutionRate,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  handleTimeSummary,
  resolutionTimeSummary,
  responseTimeSummary,
  segment,
  slaComplianceRate,
  slaComplianceSummary,
  type Ticket,
  waitTimeSummary,
} from '../../src/index.js';
import {
  asIsoWithOffset,
  conversationsArb,
  durationMs,
  durationsArb,
  permutationOf,
  shifted,
  ticketsArb,
} from './arbitraries.js';
import { errorOf } from './helpers.js';

/** First response of a ticket by the definition: firstResponseAt, else the first agent message that is not an agent-created ticket's opening. */
function firstResponseOf(t: Ticket): number | undefined {
  if (t.firstResponseAt != null) return (t.firstResponseAt as number) - (t.createdAt as number);
  const messages = t.messages ?? [];
  const reply = messages.find((m, k) => m.from === 'agent' && !(k === 0));
  return reply === undefined ? undefined : (reply.at as number) - (t.createdAt as number);
}

const doubleDurations = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 60 });

describe('summaries', () => {
  test.prop([durationsArb.chain((d) => fc.tuple(fc.constant(d), permutationOf(d)))])(
    'are invariant under permutation (whole milliseconds: exactly)',
    ([d, shuffled]) => {
      expect(durationSummary(shuffled)).toStrictEqual(durationSummary(d));
    },
  );

  test.prop([doubleDurations.chain((d) => fc.tuple(fc.constant(d), permutationOf(d)))])(
    'are invariant under permutation (any doubles: order statistics exactly, sums to rounding)',
    ([d, shuffled]) => {
      const a = durationSummary(d);
      const b = durationSummary(shuffled);
      expect([b.median, b.p90, b.min, b.max, b.count]).toStrictEqual([a.median, a.p90, a.min, a.max, a.count]);
      expect(b.sum).toBeCloseTo(a.sum, 6);
    },
  );

  test.prop([fc.oneof(durationsArb, doubleDurations)])('min ≤ median ≤ p90 ≤ max, and min ≤ mean ≤ max', (d) => {
    const s = durationSummary(d);
    expect(s.min).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.p90);
    expect(s.p90).toBeLessThanOrEqual(s.max);
    expect(s.mean).toBeGreaterThanOrEqual(s.min * (1 - 1e-12));
    expect(s.mean).toBeLessThanOrEqual(s.max * (1 + 1e-12));
  });

  test.prop([fc.oneof(durationsArb, doubleDurations)])('mean × count = sum', (d) => {
    const s = durationSummary(d);
    expect(s.mean * s.count).toBeCloseTo(s.sum, 6);
    expect(s.count).toBe(d.length);
  });

  test.prop([durationsArb])('min and max are the extremes, and sum is the sum', (d) => {
    const s = durationSummary(d);
    expect(s.min).toBe(Math.min(...d));
    expect(s.max).toBe(Math.max(...d));
    expect(s.sum).toBe(d.reduce((a, b) => a + b, 0));
  });
});

describe('the three input forms give the same answer', () => {
  test.prop([ticketsArb])('first response time: tickets, their durations, and their totals', (tickets) => {
    const d = tickets.map(firstResponseOf).filter((x): x is number => x !== undefined);
    fc.pre(d.length > 0);
    const total = d.reduce((a, b) => a + b, 0);
    expect(averageFirstResponseTime(tickets)).toBe(total / d.length);
    expect(averageFirstResponseTime(d)).toBe(total / d.length);
    expect(averageFirstResponseTime({ sum: total, count: d.length })).toBe(total / d.length);
    expect(firstResponseTimeSummary(tickets)).toStrictEqual({ ...durationSummary(d), leftOut: tickets.length - d.length });
  });

  test.prop([ticketsArb])('resolution time: tickets, durations and totals', (tickets) => {
    const d = tickets.filter((t) => t.resolvedAt != null).map((t) => (t.resolvedAt as number) - (t.createdAt as number));
    fc.pre(d.length > 0);
    const total = d.reduce((a, b) => a + b, 0);
    expect(averageResolutionTime(tickets)).toBe(total / d.length);
    expect(averageResolutionTime({ sum: total, count: d.length })).toBe(averageResolutionTime(d));
    expect(resolutionTimeSummary(tickets).leftOut).toBe(tickets.length - d.length);
  });

  test.prop([fc.array(fc.tuple(durationMs, fc.option(durationMs, { nil: undefined })), { minLength: 1, maxLength: 40 })])(
    'wait time: calls, durations and totals { sum, count }',
    (spec) => {
      const calls = spec.map(([q, w], i) => (w === undefined ? { queuedAt: i * 1000 + q } : { queuedAt: i * 1000 + q, answeredAt: i * 1000 + q + w }));
      const d = spec.filter(([, w]) => w !== undefined).map(([, w]) => w!);
      fc.pre(d.length > 0);
      const totalWait = d.reduce((a, b) => a + b, 0);
      expect(averageWaitTime(calls)).toBe(totalWait / d.length);
      expect(averageWaitTime(d)).toBe(totalWait / d.length);
      expect(averageWaitTime({ sum: totalWait, count: d.length })).toBe(totalWait / d.length);
    },
  );

  test.prop([fc.array(fc.tuple(durationMs, durationMs, durationMs), { minLength: 1, maxLength: 40 })])(
    'handle time: calls, handle times and totals',
    (parts) => {
      const calls = parts.map(([talkTime, holdTime, afterCallWork]) => ({ talkTime, holdTime, afterCallWork }));
      const sum = (k: 0 | 1 | 2) => parts.reduce((a, p) => a + p[k], 0);
      const expected = (sum(0) + sum(1) + sum(2)) / parts.length;
      expect(averageHandleTime(calls)).toBe(expected);
      expect(averageHandleTime(parts.map(([a, b, c]) => a + b + c))).toBe(expected);
      expect(averageHandleTime({ talkTime: sum(0), holdTime: sum(1), afterCallWork: sum(2), count: parts.length })).toBe(expected);
    },
  );

  test.prop([conversationsArb])('response time: tickets, their response times, and totals', (tickets) => {
    const d: number[] = [];
    for (const t of tickets) {
      let start: number | undefined;
      for (const m of t.messages ?? []) {
        if (m.from === 'customer') start ??= m.at as number;
        else if (start !== undefined) {
          d.push((m.at as number) - start);
          start = undefined;
        }
      }
    }
    fc.pre(d.length > 0);
    const total = d.reduce((a, b) => a + b, 0);
    expect(averageResponseTime(tickets)).toBe(total / d.length);
    expect(averageResponseTime({ sum: total, count: d.length })).toBe(total / d.length);
    expect(responseTimeSummary(tickets)).toMatchObject(durationSummary(d));
  });

  test.prop([durationsArb, fc.integer({ min: 0, max: 3 * 86_400_000 })])('SLA compliance: durations and counts', (d, target) => {
    const met = d.filter((x) => x <= target).length;
    expect(slaComplianceSummary(d, { target })).toStrictEqual(slaComplianceSummary({ met, measured: d.length }));
  });
});

describe('a constant shift of all timestamps changes nothing', () => {
  const shift = fc.integer({ min: -5e11, max: 5e11 });

  test.prop([ticketsArb, shift])('first response and resolution summaries', (tickets, by) => {
    const moved = tickets.map((t) => shifted(t, by));
    const summaries = (ts: Ticket[]) => {
      const out: unknown[] = [];
      for (const f of [firstResponseTimeSummary, resolutionTimeSummary]) {
        try {
          out.push(f(ts, { unit: 'minutes' }));
        } catch (error) {
          out.push((error as Error).message);
        }
      }
      return out;
    };
    expect(summaries(moved)).toStrictEqual(summaries(tickets));
  });

  test.prop([conversationsArb, shift])('response times and first contact resolution', (tickets, by) => {
    const moved = tickets.map((t) => shifted(t, by));
    const run = (ts: Ticket[]) => {
      const out: unknown[] = [];
      for (const f of [() => responseTimeSummary(ts), () => firstContactResolutionSummary(ts)]) {
        try {
          out.push(f());
        } catch (error) {
          out.push((error as Error).message);
        }
      }
      return out;
    };
    expect(run(moved)).toStrictEqual(run(tickets));
  });

  test.prop([ticketsArb, shift, fc.integer({ min: 0, max: 86_400_000 })])('SLA compliance, with asOf moved alike', (tickets, by, target) => {
    const asOf = Math.max(...tickets.map((t) => t.createdAt as number)) + 3_600_000;
    const run = (ts: Ticket[], at: number) => {
      try {
        return slaComplianceSummary(ts, { target, asOf: at });
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(run(tickets.map((t) => shifted(t, by)), asOf + by)).toStrictEqual(run(tickets, asOf));
  });

  test.prop([ticketsArb, fc.integer({ min: -12 * 60, max: 14 * 60 })])(
    'the same instants written as ISO strings with any offset give the same summary (to the millisecond)',
    (tickets, offset) => {
      const iso = tickets.map((t) => asIsoWithOffset(t, offset));
      const run = (ts: Ticket[]) => {
        try {
          return firstResponseTimeSummary(ts);
        } catch (error) {
          return (error as Error).message;
        }
      };
      expect(run(iso)).toStrictEqual(run(tickets));
    },
  );
});

describe('segments', () => {
  test.prop([durationsArb, fc.integer({ min: 1, max: 5 })])('each group gets the metric of its own records, and the counts add up', (d, groups) => {
    const rows = d.map((v, i) => ({ v, g: i % groups }));
    const result = segment(rows, 'g', (g) => durationSummary(g.map((r) => r.v)));
    expect(result.reduce((a, s) => a + s.count, 0)).toBe(d.length);
    for (const s of result) expect(s.value).toStrictEqual(durationSummary(rows.filter((r) => r.g === s.key).map((r) => r.v)));
  });
});

/** The outcome of `f`: its result, or the message of the error it threw. */
function run(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return (error as Error).message;
  }
}

function* generate<T>(values: readonly T[]): Generator<T> {
  yield* values;
}

describe('iterables give what arrays give', () => {
  test.prop([ticketsArb])('tickets as a Set or a generator, in every ticket metric', (tickets) => {
    const metrics: ReadonlyArray<(input: Iterable<Ticket> | readonly Ticket[]) => unknown> = [
      (i) => firstResponseTimeSummary(i, { unit: 'minutes' }),
      (i) => resolutionTimeSummary(i),
      (i) => averageFirstResponseTime(i),
      (i) => slaComplianceSummary(i, { target: 3_600_000 }),
    ];
    for (const metric of metrics) {
      const expected = run(() => metric(tickets));
      expect(run(() => metric(new Set(tickets)))).toStrictEqual(expected);
      expect(run(() => metric(generate(tickets)))).toStrictEqual(expected);
    }
  });

  test.prop([conversationsArb])('conversations as a generator: response times and first contact resolution', (tickets) => {
    expect(run(() => responseTimeSummary(generate(tickets)))).toStrictEqual(run(() => responseTimeSummary(tickets)));
    expect(run(() => firstContactResolutionRate(generate(tickets)))).toStrictEqual(run(() => firstContactResolutionRate(tickets)));
  });

  test.prop([durationsArb])('durations as a generator or a typed array, in every time metric', (d) => {
    const metrics: ReadonlyArray<(input: Iterable<number> | ArrayLike<number>) => unknown> = [
      averageFirstResponseTime,
      averageResolutionTime,
      averageResponseTime,
      averageComplaintResolutionTime,
      averageWaitTime,
      averageHandleTime,
      (i) => handleTimeSummary(i),
      (i) => waitTimeSummary(i),
      (i) => durationSummary(i),
      (i) => slaComplianceRate(i, { target: 86_400_000 }),
    ];
    for (const metric of metrics) {
      const expected = metric(d);
      expect(metric(generate(d))).toStrictEqual(expected);
      expect(metric(Float64Array.from(d))).toStrictEqual(expected);
    }
  });

  test.prop([fc.array(fc.record({ g: fc.integer({ min: 0, max: 3 }), v: durationMs }), { minLength: 1, maxLength: 40 })])(
    'segment of a Set or a generator',
    (rows) => {
      const metric = (group: { v: number }[]) => durationSummary(group.map((r) => r.v));
      const expected = segment(rows, 'g', metric);
      expect(segment(new Set(rows), 'g', metric)).toStrictEqual(expected);
      expect(segment(generate(rows), 'g', metric)).toStrictEqual(expected);
    },
  );
});

describe('the records path gives what the durations path gives', () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.option(durationMs, { nil: undefined })), { minLength: 1, maxLength: 40 })])(
    'complaints and their resolution times, summaries included',
    (spec) => {
      const complaints = spec.map(([filed, took]) => (took === undefined ? { filedAt: filed } : { filedAt: filed, resolvedAt: filed + took }));
      const d = spec.flatMap(([, took]) => (took === undefined ? [] : [took]));
      fc.pre(d.length > 0);
      expect(averageComplaintResolutionTime(complaints)).toBe(averageComplaintResolutionTime(d));
      expect(complaintResolutionTimeSummary(complaints)).toStrictEqual({ ...complaintResolutionTimeSummary(d), leftOut: spec.length - d.length });
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.option(durationMs, { nil: undefined })), { minLength: 1, maxLength: 40 })])(
    'calls and their waits, summaries included',
    (spec) => {
      const calls = spec.map(([queued, waited]) => (waited === undefined ? { queuedAt: queued } : { queuedAt: queued, answeredAt: queued + waited }));
      const d = spec.flatMap(([, waited]) => (waited === undefined ? [] : [waited]));
      fc.pre(d.length > 0);
      expect(waitTimeSummary(calls)).toStrictEqual({ ...waitTimeSummary(d), leftOut: spec.length - d.length });
    },
  );

  test.prop([
    fc.array(
      fc.tuple(fc.integer({ min: 0, max: 1e12 }), durationMs, fc.option(durationMs, { nil: undefined }), fc.boolean()),
      { minLength: 1, maxLength: 40 },
    ),
  ])('calls with timestamps and their handle times, summaries included', (spec) => {
    const calls = spec.map(([answered, talk, wrapUp, isAnswered]) =>
      !isAnswered
        ? { answeredAt: null }
        : wrapUp === undefined
          ? { answeredAt: answered, endedAt: answered + talk }
          : { answeredAt: answered, endedAt: answered + talk, wrapUpEndedAt: answered + talk + wrapUp },
    );
    const d = spec.flatMap(([, talk, wrapUp, isAnswered]) => (isAnswered && wrapUp !== undefined ? [talk + wrapUp] : []));
    fc.pre(d.length > 0);
    expect(averageHandleTime(calls)).toBe(averageHandleTime(d));
    expect(handleTimeSummary(calls)).toStrictEqual({ ...handleTimeSummary(d), leftOut: spec.length - d.length });
    // the same instants as ISO strings take the full path of the reader, and give the same
    const iso = calls.map((c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'number' ? new Date(v).toISOString() : v])));
    expect(handleTimeSummary(iso as never)).toStrictEqual(handleTimeSummary(calls));
  });

  test.prop([ticketsArb])('the fast path for epoch milliseconds gives what Dates give', (tickets) => {
    const asDates = tickets.map((t) => ({
      ...t,
      createdAt: new Date(t.createdAt as number),
      ...(t.firstResponseAt === undefined ? {} : { firstResponseAt: new Date(t.firstResponseAt as number) }),
      ...(t.resolvedAt === undefined ? {} : { resolvedAt: new Date(t.resolvedAt as number) }),
    }));
    for (const f of [firstResponseTimeSummary, resolutionTimeSummary]) {
      expect(run(() => f(asDates, { unit: 'hours' }))).toStrictEqual(run(() => f(tickets, { unit: 'hours' })));
    }
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.option(durationMs, { nil: undefined })), { minLength: 129, maxLength: 700 }),
    fc.nat(),
    fc.constantFrom('none', 'reply before creation', 'reply NaN', 'creation Infinity', 'reply a string', 'no createdAt'),
  ])('over blocks of 128 tickets, the fast path gives the exact mean, and a bad ticket anywhere the error the full path gives', (spec, at, bad) => {
    const tickets: Record<string, unknown>[] = spec.map(([c, d]) => (d === undefined ? { createdAt: c } : { createdAt: c, firstResponseAt: c + d }));
    const k = at % tickets.length;
    const c = spec[k]![0];
    if (bad === 'reply before creation') tickets[k] = { createdAt: c, firstResponseAt: c - 1 };
    if (bad === 'reply NaN') tickets[k] = { createdAt: c, firstResponseAt: NaN };
    if (bad === 'creation Infinity') tickets[k] = { createdAt: Infinity, firstResponseAt: c };
    if (bad === 'reply a string') tickets[k] = { createdAt: c, firstResponseAt: 'soon' };
    if (bad === 'no createdAt') tickets[k] = { firstResponseAt: c };
    // the same instants as ISO strings take the full path of the reader
    const iso = tickets.map((t) => Object.fromEntries(Object.entries(t).map(([f, v]) => [f, typeof v === 'number' && Number.isFinite(v) ? new Date(v).toISOString() : v])));
    const d = spec.flatMap(([, v]) => (v === undefined ? [] : [v]));
    for (const f of [averageFirstResponseTime, firstResponseTimeSummary]) {
      const fast = run(() => f(tickets as never));
      expect(fast).toStrictEqual(run(() => f(iso as never)));
      if (bad !== 'none') expect(errorOf(() => f(tickets as never)).details.index).toBe(k);
    }
    if (bad === 'none' && d.length > 0) {
      // whole milliseconds below 2^53: the sum is exact, whatever the order of the additions
      const sum = d.reduce((s, v) => s + v, 0);
      expect(averageFirstResponseTime(tickets as never)).toBe(sum / d.length);
      expect(firstResponseTimeSummary(tickets as never)).toMatchObject({ count: d.length, sum, leftOut: tickets.length - d.length });
    }
  });
});
