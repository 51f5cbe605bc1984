import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { backlog, isMetricError, reopenRate, escalationRate, ticketVolume } from '../../src/index.js';

const T0 = Date.UTC(2026, 0, 1);
const YEAR = 366 * 86_400_000;
const zones = fc.constantFrom('UTC', 'Europe/Copenhagen', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham');
const every = fc.constantFrom('day', 'week', 'month', 'quarter');
const weekday = fc.constantFrom('monday', 'sunday', 'saturday', 'wednesday');
const times = fc.array(fc.integer({ min: 0, max: YEAR }).map((t) => T0 + t), { minLength: 1, maxLength: 80 });

describe('ticketVolume', () => {
  test.prop([times, every, zones, weekday])('counts add up to the tickets; each ticket lies in its period; periods follow each other', (ts, period, timeZone, weekStartsOn) => {
    const options = period === 'week' ? { every: period, timeZone, weekStartsOn } : { every: period, timeZone };
    const table = ticketVolume(ts.map((createdAt) => ({ createdAt })), options as never);
    expect(table.reduce((s, p) => s + p.count, 0)).toBe(ts.length);
    for (let k = 0; k < table.length; k++) {
      expect(table[k]!.end.getTime()).toBeGreaterThan(table[k]!.start.getTime());
      if (k > 0) expect(table[k]!.start).toStrictEqual(table[k - 1]!.end);
    }
    for (const t of ts) {
      const inside = table.filter((p) => p.start.getTime() <= t && t < p.end.getTime());
      expect(inside.length).toBe(1);
    }
    expect(table[0]!.count).toBeGreaterThan(0);
    expect(table.at(-1)!.count).toBeGreaterThan(0);
  });
});

describe('backlog', () => {
  const tickets = fc.array(
    fc.record({ created: fc.integer({ min: 0, max: 30 * 86_400 }), open: fc.option(fc.integer({ min: 0, max: 10 * 86_400 }), { nil: undefined }) }),
    { maxLength: 60 },
  );
  test.prop([tickets, fc.array(fc.integer({ min: -86_400, max: 45 * 86_400 }), { maxLength: 20 })])('equals counting by hand at every instant', (list, instants) => {
    const records = list.map(({ created, open }) => ({
      createdAt: T0 + created * 1000,
      resolvedAt: open === undefined ? null : T0 + (created + open) * 1000,
    }));
    const at = instants.map((s) => T0 + s * 1000);
    const points = backlog(records, { at });
    points.forEach((p, k) => {
      const t = at[k]!;
      const expected = records.filter((r) => r.createdAt <= t && (r.resolvedAt === null || r.resolvedAt > t)).length;
      expect(p.open).toBe(expected);
    });
  });
});

describe('rates', () => {
  const event = fc.option(fc.integer({ min: 0, max: 1e9 }).map((t) => T0 + t), { nil: undefined });
  const tickets = fc.array(fc.record({ createdAt: fc.constant(T0), resolvedAt: event, reopens: fc.option(fc.nat({ max: 3 }), { nil: undefined }), escalatedAt: event }), { maxLength: 40 });
  test.prop([tickets])('stay within 0–100, or say there was nothing to compute from', (list) => {
    for (const metric of [reopenRate, escalationRate]) {
      try {
        const r = metric(list as never);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(100);
      } catch (error) {
        expect(isMetricError(error) && error.code === 'EMPTY_INPUT').toBe(true);
      }
    }
  });
});
