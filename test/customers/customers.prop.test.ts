import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  channelShares,
  churnRate,
  customerMovement,
  type CustomerId,
  customerRetentionRate,
  engagementScore,
  feedbackResponseRate,
  participationRate,
  referralRate,
  retentionSeries,
} from '../../src/index.js';

/** Counts of one customer base over a period: start, who stayed, who came. */
const periodCounts = fc
  .record({ start: fc.integer({ min: 1, max: 1e9 }), stayedShare: fc.double({ min: 0, max: 1, noNaN: true }), acquired: fc.nat(1e9) })
  .map(({ start, stayedShare, acquired }) => {
    const retained = Math.floor(start * stayedShare);
    return { start, retained, lost: start - retained, acquired, end: retained + acquired };
  });

/** Ids from a small universe, so that the two lists overlap and repeat. */
const stringIds = fc.array(fc.constantFrom(...'abcdefghijklmnop'.split('').map((c) => `cust-${c}`)), { maxLength: 40 });
const numberIds = fc.array(fc.integer({ min: -5, max: 20 }), { maxLength: 40 });

/** The same elements, one at a time from a generator: an iterable without a length. */
function* lazily<T>(values: readonly T[]): Generator<T> {
  yield* values;
}

/** The movement of two id lists, counted the slow, obvious way. */
function oracle(startIds: readonly (string | number)[], endIds: readonly (string | number)[]) {
  const start = startIds.filter((id, i) => startIds.indexOf(id) === i);
  const end = endIds.filter((id, i) => endIds.indexOf(id) === i);
  const retained = start.filter((id) => end.includes(id)).length;
  return { start: start.length, end: end.length, retained, lost: start.length - retained, acquired: end.length - retained };
}

function shuffled<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

describe('retention and churn', () => {
  test.prop([periodCounts])('retention + churn = 100 when end − acquired = start − lost', (c) => {
    const retention = customerRetentionRate({ start: c.start, end: c.end, acquired: c.acquired });
    const churn = churnRate({ start: c.start, lost: c.lost });
    expect(Math.abs(retention + churn - 100)).toBeLessThanOrEqual(1e-12);
  });

  test.prop([periodCounts])('both lie within 0…100 and equal retained / start × 100 and lost / start × 100', (c) => {
    const retention = customerRetentionRate({ start: c.start, end: c.end, acquired: c.acquired });
    const churn = churnRate({ start: c.start, lost: c.lost });
    expect(retention).toBe((c.retained * 100) / c.start);
    expect(churn).toBe((c.lost * 100) / c.start);
    for (const rate of [retention, churn]) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(100);
    }
  });
});

describe('customerMovement', () => {
  const lists: fc.Arbitrary<[CustomerId[], CustomerId[]]> = fc.oneof(
    fc.tuple(stringIds.filter((a) => a.length > 0), stringIds),
    fc.tuple(numberIds.filter((a) => a.length > 0), numberIds),
  );

  test.prop([lists])('counts distinct customers as the definitions say, and its rates are the two formulas', ([startIds, endIds]) => {
    const m = customerMovement(startIds, endIds);
    const o = oracle(startIds, endIds);
    expect(m).toMatchObject(o);
    expect(m.retentionRate).toBe(customerRetentionRate({ start: o.start, end: o.end, acquired: o.acquired }));
    expect(m.churnRate).toBe(churnRate({ start: o.start, lost: o.lost }));
  });

  test.prop([lists.chain(([a, b]) => fc.tuple(fc.constant([a, b] as const), shuffled(a), shuffled(b)))])(
    'is invariant to the order of the ids',
    ([[a, b], a2, b2]) => {
      expect(customerMovement(a2, b2)).toStrictEqual(customerMovement(a, b));
    },
  );

  test.prop([lists, fc.nat(3)])('is invariant to duplicates, and a Set gives what its array gives', ([a, b], times) => {
    const repeat = <T,>(xs: readonly T[]) => xs.flatMap((x) => Array<T>(times + 1).fill(x));
    const expected = customerMovement(a, b);
    expect(customerMovement(repeat(a), repeat(b))).toStrictEqual(expected);
    expect(customerMovement(new Set(a), new Set(b))).toStrictEqual(expected);
  });
});

describe('retentionSeries', () => {
  const snapshots = fc.array(stringIds.filter((a) => a.length > 0), { minLength: 2, maxLength: 6 });

  test.prop([snapshots])('each period of snapshots is customerMovement of the two snapshots around it', (lists) => {
    const series = retentionSeries(lists);
    expect(series).toHaveLength(lists.length - 1);
    series.forEach((period, k) => {
      expect(period).toStrictEqual({ label: undefined, ...customerMovement(lists[k]!, lists[k + 1]!) });
    });
  });

  test.prop([snapshots])('rows made from the snapshots give the same series (the counts path equals the ids path)', (lists) => {
    const fromIds = retentionSeries(lists.map((ids, k) => ({ label: `p${k}`, ids })));
    const rows = fromIds.map((p) => ({ label: p.label, start: p.start, end: p.end, acquired: p.acquired }));
    expect(retentionSeries(rows)).toStrictEqual(fromIds);
    expect(retentionSeries(lazily(rows))).toStrictEqual(fromIds);
  });

  test.prop([snapshots])('a generator of snapshots, and snapshots as Sets or generators, give what the arrays give', (lists) => {
    const expected = retentionSeries(lists);
    expect(retentionSeries(lazily(lists))).toStrictEqual(expected);
    expect(retentionSeries(lists.map((ids) => new Set(ids)))).toStrictEqual(expected);
    expect(retentionSeries(lists.map((ids) => ({ ids: lazily(ids) })))).toStrictEqual(expected);
  });
});

describe('yes/no rates', () => {
  const flags = fc.array(fc.oneof(fc.boolean(), fc.nat(5)), { minLength: 1, maxLength: 100 });
  const yes = (values: readonly (boolean | number)[]) => values.filter((v) => v === true || (typeof v === 'number' && v > 0)).length;

  test.prop([flags])('participation and referral: one value per customer give what their counts give', (values) => {
    const n = yes(values);
    expect(participationRate(values)).toBe(participationRate({ participants: n, count: values.length }));
    expect(referralRate(values)).toBe(referralRate({ referred: n, count: values.length }));
    expect(participationRate(values)).toBe((n * 100) / values.length);
  });

  test.prop([flags])('participation and referral: a generator of the values gives what the array gives', (values) => {
    expect(participationRate(lazily(values))).toBe(participationRate(values));
    expect(referralRate(lazily(values))).toBe(referralRate(values));
  });

  test.prop([fc.array(fc.nat(255), { minLength: 1, maxLength: 100 })])('a typed array of counts gives what the array gives', (values) => {
    expect(participationRate(Uint8Array.from(values))).toBe(participationRate(values));
    expect(referralRate(Float64Array.from(values))).toBe(referralRate(values));
  });

  const record = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 2e12 }), fc.option(fc.integer({ min: 0, max: 1e9 })))
      .map(([receivedAt, delay]) => ({ receivedAt, respondedAt: delay === null ? null : receivedAt + delay })),
    fc.record({ responded: fc.boolean() }),
  );

  test.prop([fc.array(record, { minLength: 1, maxLength: 80 })])('feedback: records give what their counts give', (records) => {
    const answered = records.filter((r) => ('respondedAt' in r && r.respondedAt !== null) || ('responded' in r && r.responded)).length;
    expect(feedbackResponseRate(records)).toBe(feedbackResponseRate({ responded: answered, count: records.length }));
    expect(feedbackResponseRate(lazily(records))).toBe(feedbackResponseRate(records));
  });
});

describe('channelShares', () => {
  const names = fc.array(fc.constantFrom('email', 'chat', 'phone', 'social', 'sms'), { minLength: 1, maxLength: 200 });

  test.prop([names])('shares add up to 100, and names, records and counts give the same shares', (list) => {
    const fromNames = channelShares(list);
    let sum = 0;
    for (const c of Object.values(fromNames.channels)) sum += c.share;
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(1e-9);
    expect(channelShares(list.map((channel) => ({ channel })))).toStrictEqual(fromNames);
    const counts: Record<string, number> = {};
    for (const channel of list) counts[channel] = (counts[channel] ?? 0) + 1;
    expect(channelShares(counts)).toStrictEqual(fromNames);
    expect(fromNames.count).toBe(list.length);
  });

  test.prop([names])('a generator of names or of records gives what the array gives', (list) => {
    const fromNames = channelShares(list);
    expect(channelShares(lazily(list))).toStrictEqual(fromNames);
    expect(channelShares(lazily(list.map((channel) => ({ channel }))))).toStrictEqual(fromNames);
    const counts = new Map<string, number>();
    for (const channel of list) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    expect(channelShares(counts)).toStrictEqual(fromNames);
  });
});

describe('engagementScore', () => {
  const component = fc.record({
    value: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    // 0 or at least 1e-3, so that scaling a weight by 1e-3 cannot underflow it to 0
    weight: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true })),
    range: fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })).filter(([a, b]) => a !== b),
  });
  const components = fc.array(component, { minLength: 1, maxLength: 8 }).filter((cs) => cs.some((c) => c.weight > 0));

  function build(cs: readonly { value: number; weight: number; range: [number, number] }[], scale = 1) {
    const inputs: Record<string, number> = {};
    const specs: Record<string, { weight: number; map: { min: number; max: number } }> = {};
    cs.forEach((c, i) => {
      inputs[`c${i}`] = c.value;
      specs[`c${i}`] = { weight: c.weight * scale, map: { min: c.range[0], max: c.range[1] } };
    });
    return [inputs, specs] as const;
  }

  test.prop([components])('lies within 0…100', (cs) => {
    const score = engagementScore(...build(cs));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  });

  test.prop([components, fc.double({ min: 1e-3, max: 1e3, noNaN: true })])('does not depend on the scale of the weights', (cs, k) => {
    const a = engagementScore(...build(cs));
    expect(Math.abs(engagementScore(...build(cs, k)) - a)).toBeLessThanOrEqual(1e-9);
  });

  test.prop([components.chain((cs) => fc.tuple(fc.constant(cs), shuffled(cs)))])(
    'does not depend on the order of the components',
    ([cs, reordered]) => {
      expect(Math.abs(engagementScore(...build(reordered)) - engagementScore(...build(cs)))).toBeLessThanOrEqual(1e-9);
    },
  );
});
