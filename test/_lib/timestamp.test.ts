/**
 * The shared timestamp reader (src/_lib/timestamp.ts), which the support,
 * business-hours and customer-lifetime families read every timestamp with.
 * Expected instants are written as Date.UTC(...) of the civil time minus the
 * offset, worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { parseIsoTimestamp, readTimestamp, timestampMs } from '../../src/_lib/timestamp.js';
import { metricErrorOf } from '../helpers.js';


describe('accepted forms', () => {
  test('epoch milliseconds are taken as they are, fractions included', () => {
    expect(timestampMs(1_793_700_000_000)).toBe(1_793_700_000_000);
    expect(timestampMs(0.5)).toBe(0.5);
    expect(timestampMs(-86_400_000)).toBe(-86_400_000);
  });

  test('a Date gives its time', () => {
    expect(timestampMs(new Date(Date.UTC(2026, 10, 3, 10)))).toBe(Date.UTC(2026, 10, 3, 10));
  });

  test('Z means UTC', () => {
    expect(parseIsoTimestamp('2026-11-03T10:00:00Z')).toBe(Date.UTC(2026, 10, 3, 10, 0, 0));
    expect(parseIsoTimestamp('2026-11-03t10:00:00z')).toBe(Date.UTC(2026, 10, 3, 10, 0, 0));
  });

  test('an offset east of UTC is subtracted, one west of it added', () => {
    expect(parseIsoTimestamp('2026-11-03T11:00:00+01:00')).toBe(Date.UTC(2026, 10, 3, 10));
    expect(parseIsoTimestamp('2026-11-03T05:00:00-05:00')).toBe(Date.UTC(2026, 10, 3, 10));
    expect(parseIsoTimestamp('2026-11-03T15:30:00+05:30')).toBe(Date.UTC(2026, 10, 3, 10));
  });

  test('offsets may be written ±hh, ±hhmm or ±hh:mm', () => {
    const ten = Date.UTC(2026, 10, 3, 10);
    expect(parseIsoTimestamp('2026-11-03T12:00:00+02')).toBe(ten);
    expect(parseIsoTimestamp('2026-11-03T12:00:00+0200')).toBe(ten);
    expect(parseIsoTimestamp('2026-11-03T12:00:00+02:00')).toBe(ten);
  });

  test('the database form with a space and a short offset is read', () => {
    expect(parseIsoTimestamp('2026-11-03 10:00:00+00')).toBe(Date.UTC(2026, 10, 3, 10));
  });

  test('seconds are optional; fractions of a second are kept', () => {
    expect(parseIsoTimestamp('2026-11-03T10:00Z')).toBe(Date.UTC(2026, 10, 3, 10));
    expect(parseIsoTimestamp('2026-11-03T10:00:00.250Z')).toBe(Date.UTC(2026, 10, 3, 10) + 250);
    expect(parseIsoTimestamp('2026-11-03T10:00:00,5Z')).toBe(Date.UTC(2026, 10, 3, 10) + 500);
    expect(parseIsoTimestamp('2026-11-03T10:00:00.0005Z')).toBe(Date.UTC(2026, 10, 3, 10) + 0.5);
  });

  test('an offset can move the instant to another day, month or year', () => {
    expect(parseIsoTimestamp('2027-01-01T00:30:00+01:00')).toBe(Date.UTC(2026, 11, 31, 23, 30));
  });

  test('February 29 exists in leap years only (2024, 2000), not in 2026 or 1900', () => {
    expect(parseIsoTimestamp('2024-02-29T00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoTimestamp('2000-02-29T00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoTimestamp('2026-02-29T00:00Z')).toBeNaN();
    expect(parseIsoTimestamp('1900-02-29T00:00Z')).toBeNaN();
  });

  test('the years 0–99 are not read as 1900–1999', () => {
    const d = new Date(0);
    d.setUTCFullYear(50, 0, 1);
    expect(parseIsoTimestamp('0050-01-01T00:00:00Z')).toBe(d.getTime());
  });

  test('every form agrees with Date.parse where Date.parse is defined', () => {
    for (const s of ['2026-11-03T10:00:00.123Z', '2026-03-29T01:59:59+02:00', '1999-12-31T23:59:59-08:00']) {
      expect(parseIsoTimestamp(s)).toBe(Date.parse(s));
    }
  });
});

describe('rejected forms say why and how to fix them', () => {
  test('a date-time without an offset is INVALID_DATE, with the fix in the message', () => {
    const e = metricErrorOf(() => readTimestamp('f', 'tickets[3].createdAt', '2026-11-03 10:00', 3));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.details).toStrictEqual({ fn: 'f', index: 3 });
    expect(e.message).toBe(
      'f: tickets[3].createdAt "2026-11-03 10:00" has no offset from UTC, so the instant it names depends on a time zone; add Z for UTC or the offset, e.g. "2026-11-03 10:00Z" or "2026-11-03 10:00+01:00"',
    );
  });

  test('a date without a time is INVALID_DATE', () => {
    const e = metricErrorOf(() => readTimestamp('f', 'x', '2026-11-03'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('"2026-11-03T00:00:00Z"');
  });

  test.each([
    ['not a date', 'yesterday'],
    ['a day past the month', '2026-04-31T10:00Z'],
    ['hour 24', '2026-11-03T24:00Z'],
    ['minute 60', '2026-11-03T10:60Z'],
    ['second 60', '2026-11-03T10:00:60Z'],
    ['month 13', '2026-13-03T10:00Z'],
    ['an offset of 24 hours', '2026-11-03T10:00+24:00'],
    ['an RFC 2822 date', 'Tue, 03 Nov 2026 10:00:00 GMT'],
    ['the empty string', ''],
  ])('%s is INVALID_DATE', (_name, text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
    expect(metricErrorOf(() => readTimestamp('f', 'x', text)).code).toBe('INVALID_DATE');
  });

  test.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a time beyond the range of Date', 8.64e15 + 1],
    ['an invalid Date', new Date('nope')],
    ['a boolean', true],
    ['an object', { at: 1 }],
  ])('%s is INVALID_DATE', (_name, value) => {
    expect(metricErrorOf(() => readTimestamp('f', 'x', value)).code).toBe('INVALID_DATE');
  });

  test('a missing timestamp (undefined or null) is INVALID_TYPE', () => {
    expect(metricErrorOf(() => readTimestamp('f', 'x', undefined)).message).toBe('f: x is missing');
    expect(metricErrorOf(() => readTimestamp('f', 'x', null)).code).toBe('INVALID_TYPE');
  });
});
