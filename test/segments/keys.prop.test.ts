/**
 * segment by a list of keys: a list of one is the single key in another
 * shape, and the groups of several keys are the groups of one key made of
 * them.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { segment } from '../../src/index.js';

const records = fc.array(fc.record({ a: fc.constantFrom(1, '1', 2, 'x', undefined, NaN, 0, -0), b: fc.constantFrom('p', 'q', 3) }), { maxLength: 40 });
const members = (g: { a: unknown; b: unknown }[]) => g;

describe('segment: one shape whatever the number of keys', () => {
  test.prop([records])('keys [a] equal key a, each key wrapped in a tuple of one', (rows) => {
    const single = segment(rows, 'a', members).map((s) => ({ ...s, key: [s.key] }));
    expect(segment(rows, ['a'], members)).toStrictEqual(single);
    expect(segment(rows, [(r) => r.a], members)).toStrictEqual(single);
  });

  test.prop([records])('keys [a, b] give the groups of the one key "a and b", in the same order, with every record once', (rows) => {
    const joined = segment(rows, (r) => JSON.stringify([Object.is(r.a, -0) ? 0 : r.a === undefined ? '$undefined' : Number.isNaN(r.a) ? '$NaN' : r.a, r.b]), members);
    const byKeys = segment(rows, ['a', 'b'], members);
    expect(byKeys.map((s) => s.value)).toStrictEqual(joined.map((s) => s.value));
    expect(byKeys.map((s) => s.count)).toStrictEqual(joined.map((s) => s.count));
    // -0 and 0 are one key, 0, as in a Map
    for (const s of byKeys) for (const r of s.value) expect([r.a === 0 ? 0 : r.a, r.b]).toStrictEqual([...s.key]);
    expect(byKeys.reduce((n, s) => n + s.count, 0)).toBe(rows.length);
  });
});
