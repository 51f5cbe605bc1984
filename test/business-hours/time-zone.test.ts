import { describe, expect, test } from 'vitest';
import { zoneOffsets } from '../../src/business-hours/time-zone.js';

const HOUR = 3_600_000;

describe('zone offsets read from Intl', () => {
  test('a zone the platform does not know gives undefined', () => {
    expect(zoneOffsets('Mars/Olympus_Mons')).toBeUndefined();
    expect(zoneOffsets('')).toBeUndefined();
  });

  test('names Intl resolves to the same zone share one cache', () => {
    expect(zoneOffsets('Asia/Kolkata')).toBe(zoneOffsets('Asia/Calcutta'));
    expect(zoneOffsets('europe/copenhagen')).toBe(zoneOffsets('Europe/Copenhagen'));
  });

  test('offsets are wall clock minus UTC: Copenhagen +1 h in winter and +2 h in summer, Kolkata +5.5 h, New York −5 h', () => {
    const copenhagen = zoneOffsets('Europe/Copenhagen')!;
    expect(copenhagen.offsetAt(Date.UTC(2026, 0, 15))).toBe(HOUR);
    expect(copenhagen.offsetAt(Date.UTC(2026, 6, 15))).toBe(2 * HOUR);
    expect(zoneOffsets('Asia/Kolkata')!.offsetAt(Date.UTC(2026, 6, 15))).toBe(5.5 * HOUR);
    expect(zoneOffsets('America/New_York')!.offsetAt(Date.UTC(2026, 0, 15))).toBe(-5 * HOUR);
  });

  test('offsets of local mean time keep their seconds: Berlin was +0:53:28 before 1893, also before year 1', () => {
    const berlin = zoneOffsets('Europe/Berlin')!;
    expect(berlin.offsetAt(Date.UTC(1880, 0, 1))).toBe((53 * 60 + 28) * 1000);
    expect(berlin.offsetAt(-8.64e15)).toBe((53 * 60 + 28) * 1000);
  });

  test("the block of mid-2026 holds Copenhagen's two changes, to the second, with the offset after each", () => {
    const block = zoneOffsets('Europe/Copenhagen')!.blockAt(Date.UTC(2026, 5, 1));
    const spring = Date.UTC(2026, 2, 29, 1);
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect(block.start).toBeLessThanOrEqual(Date.UTC(2026, 0, 1));
    expect(block.end).toBeGreaterThan(Date.UTC(2026, 11, 1));
    expect(block.starts).toStrictEqual([block.start, spring, autumn]);
    expect(block.offsets).toStrictEqual([HOUR, 2 * HOUR, HOUR]);
  });

  test('levels: the latest wall-clock time shown before each stretch; after the clocks go back it is above the wall clock for an hour', () => {
    const block = zoneOffsets('Europe/Copenhagen')!.blockAt(Date.UTC(2026, 5, 1));
    const spring = Date.UTC(2026, 2, 29, 1);
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect(block.levels[0]).toBe(block.start + HOUR);
    // the wall clock showed 02:00 (+01:00) just before the jump to 03:00
    expect(block.levels[1]).toBe(spring + HOUR);
    // it showed 03:00 (+02:00) just before going back to 02:00: the repeated hour ends at 02:00Z
    expect(block.levels[2]).toBe(autumn + 2 * HOUR);
    expect(block.levels[2]! - block.offsets[2]!).toBe(autumn + HOUR);
  });

  test('a change at local midnight is found: Santiago, 2026-09-06 04:00Z', () => {
    const block = zoneOffsets('America/Santiago')!.blockAt(Date.UTC(2026, 8, 6));
    const k = block.starts.indexOf(Date.UTC(2026, 8, 6, 4));
    expect(k).toBeGreaterThan(0);
    expect(block.offsets[k]).toBe(-3 * HOUR);
    expect(block.offsets[k - 1]).toBe(-4 * HOUR);
  });

  test('a zone without changes has one stretch per block', () => {
    const block = zoneOffsets('Asia/Tokyo')!.blockAt(Date.UTC(2026, 5, 1));
    expect(block.starts).toStrictEqual([block.start]);
    expect(block.offsets).toStrictEqual([9 * HOUR]);
  });

  test('blocks at both ends of the range of a Date are read', () => {
    const zone = zoneOffsets('Europe/Berlin')!;
    expect(zone.blockAt(8.64e15).offsets.length).toBeGreaterThan(0);
    expect(zone.blockAt(-8.64e15).offsets).toStrictEqual([(53 * 60 + 28) * 1000]);
  });

  test('an instant is in the block that blockAt returns, at block boundaries too', () => {
    const zone = zoneOffsets('UTC')!;
    const block = zone.blockAt(Date.UTC(2026, 5, 1));
    expect(zone.blockAt(block.end).start).toBe(block.end);
    expect(zone.blockAt(block.end - 1)).toBe(block);
    expect(zone.blockAt(block.start)).toBe(block);
  });
});
