import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseIsoByPattern, parseIsoTimestamp } from '../../src/_lib/timestamp.js';

const pad = (v: number, n: number) => String(v).padStart(n, '0');

/** Date-time strings of the ISO shape with random, sometimes invalid, fields and every accepted separator and offset form. */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
    sep: fc.constantFrom('T', 't', ' '),
    dot: fc.constantFrom('.', ','),
    offset: fc.oneof(
      fc.constantFrom('Z', 'z', ''),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom(':', '', 'h')).map(
        ([sign, h, m, colon]) => (colon === 'h' ? `${sign}${pad(h, 2)}` : `${sign}${pad(h, 2)}${colon}${pad(m, 2)}`),
      ),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, sep, dot, offset }) => {
    const time = `${pad(hour, 2)}:${pad(minute, 2)}${second === undefined ? '' : `:${pad(second, 2)}${fraction === undefined ? '' : dot + fraction}`}`;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${sep}${time}${offset}`;
  });

describe('the character reader and the pattern reader agree', () => {
  test.prop([isoLike], { numRuns: 2000 })('on every string of the ISO shape, valid or not', (text) => {
    expect(Object.is(parseIsoTimestamp(text), parseIsoByPattern(text))).toBe(true);
  });

  test.prop([fc.string({ maxLength: 30 })])('on any string', (text) => {
    expect(Object.is(parseIsoTimestamp(text), parseIsoByPattern(text))).toBe(true);
  });
});

describe('instants agree with Date.parse on the forms it defines', () => {
  test.prop([fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: -14 * 60, max: 14 * 60 })])(
    'yyyy-mm-ddThh:mm:ss.sss±hh:mm',
    (ms, offset) => {
      const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
      const abs = Math.abs(offset);
      const text = `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
      expect(parseIsoTimestamp(text)).toBe(ms);
      expect(parseIsoTimestamp(text)).toBe(Date.parse(text));
    },
  );
});
