/**
 * A time zone's offsets from UTC, read from the platform's `Intl` data and
 * cached as the stretches of time during which the offset is constant.
 *
 * `Intl.DateTimeFormat` with a `timeZone` tells the wall-clock time of an
 * instant; the offset is that wall-clock time minus the instant. Asking it
 * costs microseconds, so each zone reads its offsets once per block of 400
 * days, when an instant of that block is first needed: a probe every 3
 * days, and a bisection to the second wherever two probes differ (offsets
 * change on whole seconds in the time-zone database). A span of 30 days
 * then costs a few array reads. The machine's own time zone is never consulted.
 */
import { daysFromCivil, MAX_DATE_MS } from '../_lib/timestamp.js';

// Lengths of time are written out in milliseconds: a product of constants at
// the top of a module is a statement a bundler keeps when nothing uses it.
const SECOND = 1000;
const DAY = 86_400_000;

/**
 * Offsets are cached per block of 400 days: a whole number of days and of
 * seconds, so that every probe falls on a whole second.
 */
const BLOCK = 34_560_000_000; // 400 days

/**
 * The distance between two probes: 3 days. Changes of offset that cancel
 * each other between two probes (clocks moved forward and back within 3
 * days) would be missed; the time-zone database has none: from 1900 to
 * 2040, the closest changes in any zone Node 20 knows are 7 days apart
 * (Brazil, October 2000). Changes that do not cancel are all found, however
 * close.
 */
const PROBE = 259_200_000; // 3 days

/**
 * How far before a block its changes are read, to know the latest wall-clock
 * time shown before the block begins. Offsets stay within ±16 hours, so the
 * wall clock of anything earlier reads lower than the last hours before the
 * block.
 */
const LOOK_BACK = 172_800_000; // 2 days

/**
 * The offsets of one block: stretches of constant offset. Stretch `k` runs
 * from `starts[k]` to `starts[k + 1]` (the last one to `end`); there the
 * wall clock reads `t + offsets[k]`. `levels[k]` is the latest wall-clock
 * time shown before the stretch began: after the clocks are put back, the
 * wall clock reads lower than it already has, until it catches up with that
 * level.
 */
interface OffsetBlock {
  readonly start: number;
  readonly end: number;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
  readonly levels: readonly number[];
}

/** One zone's offsets, read lazily from `Intl` and cached. */
export class ZoneOffsets {
  private readonly blocks = new Map<number, OffsetBlock>();
  private recent: OffsetBlock | undefined;

  constructor(
    /** The zone's name as `Intl` resolves it. */
    readonly name: string,
    private readonly format: Intl.DateTimeFormat,
  ) {}

  /** The block that holds instant `t` (epoch milliseconds). */
  blockAt(t: number): OffsetBlock {
    const recent = this.recent;
    if (recent !== undefined && t >= recent.start && t < recent.end) return recent;
    let index = Math.floor(t / BLOCK);
    // the quotient of a large t can round up across a block boundary
    if (index * BLOCK > t) index--;
    else if ((index + 1) * BLOCK <= t) index++;
    let block = this.blocks.get(index);
    if (block === undefined) {
      block = this.readBlock(index);
      this.blocks.set(index, block);
    }
    this.recent = block;
    return block;
  }

  /**
   * The offset (wall clock − UTC, in milliseconds) at instant `t`, a whole
   * second within the range of a `Date`, as `Intl` reports it.
   */
  offsetAt(t: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let beforeChrist = false;
    for (const part of this.format.formatToParts(t)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        case 'era':
          beforeChrist = part.value === 'BC' || part.value === 'B';
          break;
        default:
          break;
      }
    }
    if (beforeChrist) year = 1 - year;
    const wall = daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * SECOND;
    const offset = wall - t;
    if (!(Math.abs(offset) < DAY)) {
      throw new Error(`cx-metrics: Intl gave no usable wall-clock time for ${this.name} at ${new Date(t).toISOString()}`);
    }
    return offset;
  }

  /** Reads the offsets of block `index` from Intl. */
  private readBlock(index: number): OffsetBlock {
    const start = index * BLOCK;
    const end = start + BLOCK;
    const from = Math.max(start - LOOK_BACK, -MAX_DATE_MS);
    const to = Math.min(end, MAX_DATE_MS);
    const times: number[] = [];
    const after: number[] = [];
    const first = this.offsetAt(from);
    let t = from;
    let offset = first;
    while (t < to) {
      const next = Math.min(t + PROBE, to);
      const nextOffset = this.offsetAt(next);
      let lo = t;
      let loOffset = offset;
      // one or more changes in (lo, next]: bisect to the second for each
      while (loOffset !== nextOffset) {
        let hi = next;
        let hiOffset = nextOffset;
        while (hi - lo > SECOND) {
          const mid = lo + Math.floor((hi - lo) / (2 * SECOND)) * SECOND;
          const midOffset = this.offsetAt(mid);
          if (midOffset === loOffset) lo = mid;
          else {
            hi = mid;
            hiOffset = midOffset;
          }
        }
        times.push(hi);
        after.push(hiOffset);
        lo = hi;
        loOffset = hiOffset;
      }
      t = next;
      offset = nextOffset;
    }
    return stretches(start, end, from + first, first, times, after);
  }
}

/**
 * The stretches of a block from `start` to `end`, given the offset at some
 * earlier instant and the changes (`times[i]`, after which the offset is
 * `after[i]`) from then to the end.
 */
function stretches(start: number, end: number, wallAtFrom: number, firstOffset: number, times: number[], after: number[]): OffsetBlock {
  let level = wallAtFrom;
  let offset = firstOffset;
  let i = 0;
  for (; i < times.length && times[i]! < start; i++) {
    level = Math.max(level, times[i]! + offset);
    offset = after[i]!;
  }
  // the latest wall-clock time shown before the block: the end of the stretch running into it
  level = Math.max(level, start + offset);
  if (i < times.length && times[i] === start) offset = after[i++]!;
  const starts = [start];
  const offsets = [offset];
  const levels = [level];
  for (; i < times.length && times[i]! < end; i++) {
    level = Math.max(level, times[i]! + offset);
    offset = after[i]!;
    starts.push(times[i]!);
    offsets.push(offset);
    levels.push(level);
  }
  return { start, end, starts, offsets, levels };
}

/** Zones by the name Intl resolves them to, and by every name they were asked for. */
const zones = new Map<string, ZoneOffsets>();
const asked = new Map<string, ZoneOffsets>();

/**
 * The offsets of an IANA time zone, shared by every calendar in that zone;
 * `undefined` when the platform's `Intl` does not know the zone.
 */
export function zoneOffsets(timeZone: string): ZoneOffsets | undefined {
  const known = asked.get(timeZone);
  if (known !== undefined) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  const name = format.resolvedOptions().timeZone;
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = new ZoneOffsets(name, format);
    zones.set(name, zone);
  }
  asked.set(timeZone, zone);
  return zone;
}
