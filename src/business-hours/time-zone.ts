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
 *
 * Far from today the offsets follow two simple shapes, which keep spans of
 * any length within the range of a `Date` cheap. Before {@link PAST_END}
 * (1799) every zone still keeps its local mean time: one offset, one
 * stretch. From {@link CYCLE_START} (2100) every zone follows its last rule
 * for ever (the data lists changes one by one only up to 2087), and a yearly
 * rule on the Gregorian calendar repeats every 400 years, which are
 * 146,097 days, a whole number of weeks: the offsets from then on are read
 * once, for one such cycle, and shifted. Both shapes are checked against
 * `Intl` when they are first needed (the constant offset at sample instants;
 * each change of the cycle where it was predicted, a year ahead of the one
 * before, and the first year's changes again one cycle and 600 cycles on);
 * a zone that fails the check is read block by block as elsewhere.
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

/** Before this instant (block −156, 1799-02-26) a zone's offset is taken as constant, once checked. */
export const PAST_END = -5_391_360_000_000;

/** From this instant (block 119, 2100-04-29) a zone's offsets are taken as repeating every {@link CYCLE}, once checked. */
export const CYCLE_START = 4_112_640_000_000;

/** 400 Gregorian years: 146,097 days, 20,871 weeks. */
export const CYCLE = 12_622_780_800_000;

/** The shifts from one year's change of clocks to the next year's: a weekday rule (364 or 371 days), a fixed date (365 or 366). */
const YEAR_SHIFTS = [31_449_600_000, 32_054_400_000, 31_536_000_000, 31_622_400_000];

/** How far back the changes of the year before {@link CYCLE_START} are taken: the longest shift and a day. */
const YEAR_BACK = 32_140_800_000; // 372 days

/** A change of offset: at `time` (whole seconds), from `before` to `after`. */
interface Change {
  readonly time: number;
  readonly before: number;
  readonly after: number;
}

/**
 * The offsets of one block: stretches of constant offset. Stretch `k` runs
 * from `starts[k]` to `starts[k + 1]` (the last one to `end`); there the
 * wall clock reads `t + offsets[k]`. `levels[k]` is the latest wall-clock
 * time shown before the stretch began: after the clocks are put back, the
 * wall clock reads lower than it already has, until it catches up with that
 * level.
 */
export interface OffsetBlock {
  readonly start: number;
  readonly end: number;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
  readonly levels: readonly number[];
  /**
   * For a block that is one whole cycle from {@link CYCLE_START}, its number
   * (0 for the first); `undefined` for the other blocks.
   */
  readonly cycle?: number;
}

/** The index of the stretch of `block` that holds instant `t` (the last one starting at or before it). */
export function stretchIndex(block: OffsetBlock, t: number): number {
  const starts = block.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The shapes of a zone's offsets far from today, or `null` where the zone does not have them. */
interface FarOffsets {
  /** The one stretch before {@link PAST_END}, or `null`. */
  past: OffsetBlock | null | undefined;
  /** The first cycle from {@link CYCLE_START}, and the second (the pattern of every later one), or `null`. */
  cycles: { readonly first: OffsetBlock; readonly second: OffsetBlock } | null | undefined;
}

/** One zone's offsets, read lazily from `Intl` and cached. */
export class ZoneOffsets {
  private readonly blocks = new Map<number, OffsetBlock>();
  private recent: OffsetBlock | undefined;
  private readonly far: FarOffsets = { past: undefined, cycles: undefined };
  /** The cycle block last asked for (made by shifting the second cycle), kept so that the next call need not make it again. */
  private shifted: OffsetBlock | undefined;

  constructor(
    /** The zone's name as `Intl` resolves it. */
    readonly name: string,
    private readonly format: Intl.DateTimeFormat,
  ) {}

  /** The block that holds instant `t` (epoch milliseconds). */
  blockAt(t: number): OffsetBlock {
    const recent = this.recent;
    if (recent !== undefined && t >= recent.start && t < recent.end) return recent;
    if (t >= CYCLE_START) {
      const cycles = this.cycles();
      if (cycles !== null) {
        let block = this.shifted;
        if (block === undefined || t < block.start || t >= block.end) block = this.shifted = shiftedCycle(cycles.first, cycles.second, t);
        return (this.recent = block);
      }
    } else if (t < PAST_END) {
      const past = this.past();
      if (past !== null) return (this.recent = past);
    }
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

  /** The one stretch before {@link PAST_END}, when the offset is the same at every sample instant before it; `null` otherwise. */
  private past(): OffsetBlock | null {
    if (this.far.past !== undefined) return this.far.past;
    const offset = this.offsetAt(PAST_END);
    let constant = true;
    // sample instants from the first Date to the end, closer together towards the end, where changes begin
    for (let i = 0; i < 32 && constant; i++) {
      const t = PAST_END - Math.round((MAX_DATE_MS + PAST_END) / 2 ** i / SECOND) * SECOND;
      constant = this.offsetAt(t) === offset;
    }
    for (let d = 1; d <= 30 && constant; d++) constant = this.offsetAt(PAST_END - d * PROBE) === offset;
    const past = constant ? { start: -Infinity, end: PAST_END, starts: [-Infinity], offsets: [offset], levels: [-Infinity] } : null;
    this.far.past = past;
    return past;
  }

  /** The first two cycles from {@link CYCLE_START}, when the zone's offsets repeat every {@link CYCLE}; `null` otherwise. */
  private cycles(): { first: OffsetBlock; second: OffsetBlock } | null {
    if (this.far.cycles !== undefined) return this.far.cycles;
    const changes = this.changesBefore(CYCLE_START - YEAR_BACK, CYCLE_START);
    const predicted = this.predictChanges(changes, CYCLE_START + CYCLE + YEAR_BACK);
    let cycles: { first: OffsetBlock; second: OffsetBlock } | null = null;
    if (predicted !== null && repeatsNext(predicted) && this.repeatsFar(predicted)) {
      const all = [...changes, ...predicted];
      const offset = this.offsetAt(CYCLE_START);
      const inFirst = all.filter((c) => c.time >= CYCLE_START && c.time < CYCLE_START + CYCLE);
      const second = [...all.filter((c) => c.time >= CYCLE_START + CYCLE - LOOK_BACK && c.time < CYCLE_START + CYCLE), ...inFirst.map((c) => shifted(c, CYCLE))];
      cycles = { first: cycleBlock(CYCLE_START, 0, all, offset), second: cycleBlock(CYCLE_START + CYCLE, 1, second, offset) };
    }
    this.far.cycles = cycles;
    return cycles;
  }

  /** The changes in [from, to), read block by block (`to` ends a block). */
  private changesBefore(from: number, to: number): Change[] {
    const changes: Change[] = [];
    for (let t = from; t < to; ) {
      const block = this.blockAt(t);
      for (let k = 1; k < block.starts.length; k++) {
        const time = block.starts[k]!;
        if (time >= from && time < to) changes.push({ time, before: block.offsets[k - 1]!, after: block.offsets[k]! });
      }
      t = block.end;
    }
    return changes;
  }

  /**
   * The changes from the end of `known` up to `until`, each predicted a year
   * after one of the year before (see {@link YEAR_SHIFTS}) and checked with
   * `Intl` (the offset just before it and at it); `null` when one cannot be
   * found so. Without changes in the year before, the offset is checked to
   * stay as it is at sample instants, and there are none.
   */
  private predictChanges(known: readonly Change[], until: number): Change[] | null {
    if (known.length === 0) {
      const offset = this.offsetAt(CYCLE_START);
      for (let i = 0; i <= 64; i++) {
        const t = CYCLE_START + Math.floor((((MAX_DATE_MS - CYCLE_START) / 64) * i) / SECOND) * SECOND;
        if (this.offsetAt(t) !== offset || this.offsetAt(CYCLE_START + i * PROBE) !== offset) return null;
      }
      return [];
    }
    const queue = [...known];
    const found: Change[] = [];
    const times = new Set(known.map((c) => c.time));
    let latest = known.at(-1)!;
    for (let q = 0; q < queue.length; q++) {
      const from = queue[q]!;
      let next: Change | undefined;
      for (const shift of YEAR_SHIFTS) {
        const time = from.time + shift;
        if (time <= latest.time) {
          if (times.has(time)) {
            next = from;
            break;
          }
          continue;
        }
        if (this.offsetAt(time - SECOND) === from.before && this.offsetAt(time) === from.after) {
          next = { time, before: from.before, after: from.after };
          break;
        }
      }
      if (next === undefined) return null;
      if (next === from) continue;
      // the changes must follow each other: each starts from the offset the one before left
      if (next.before !== latest.after) return null;
      if (next.time >= until) break;
      found.push(next);
      queue.push(next);
      times.add(next.time);
      latest = next;
    }
    return found;
  }

  /** Whether the first year's changes of the cycle recur 600 cycles on. */
  private repeatsFar(predicted: readonly Change[]): boolean {
    const far = 600 * CYCLE;
    for (const c of predicted) {
      if (c.time >= CYCLE_START + YEAR_BACK) break;
      if (this.offsetAt(c.time + far - SECOND) !== c.before || this.offsetAt(c.time + far) !== c.after) return false;
    }
    return true;
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

/** Whether every change of the first year from {@link CYCLE_START} was also found one cycle later. */
function repeatsNext(predicted: readonly Change[]): boolean {
  const times = new Set(predicted.map((c) => c.time));
  return predicted.every((c) => c.time >= CYCLE_START + YEAR_BACK || times.has(c.time + CYCLE));
}

function shifted(c: Change, by: number): Change {
  return { time: c.time + by, before: c.before, after: c.after };
}

/** Cycle number `cycle` as one block, from the changes of the cycle and of the days before it. */
function cycleBlock(start: number, cycle: number, changes: readonly Change[], constant: number): OffsetBlock {
  const from = start - LOOK_BACK;
  let i = 0;
  while (i < changes.length && changes[i]!.time <= from) i++;
  const first = changes.length === 0 ? constant : i === 0 ? changes[0]!.before : changes[i - 1]!.after;
  const times: number[] = [];
  const after: number[] = [];
  for (; i < changes.length; i++) {
    times.push(changes[i]!.time);
    after.push(changes[i]!.after);
  }
  return { ...stretches(start, start + CYCLE, from + first, first, times, after), cycle };
}

/** The block of the cycle that holds `t` (at or after {@link CYCLE_START}): the first, or the second shifted by whole cycles. */
function shiftedCycle(first: OffsetBlock, second: OffsetBlock, t: number): OffsetBlock {
  let cycle = Math.floor((t - CYCLE_START) / CYCLE);
  // the quotient of a large t can round across a cycle boundary
  if (CYCLE_START + cycle * CYCLE > t) cycle--;
  else if (CYCLE_START + (cycle + 1) * CYCLE <= t) cycle++;
  if (cycle === 0) return first;
  if (cycle === 1) return second;
  const by = (cycle - 1) * CYCLE;
  return {
    start: second.start + by,
    end: second.end + by,
    starts: second.starts.map((s) => s + by),
    offsets: second.offsets,
    levels: second.levels.map((l) => l + by),
    cycle,
  };
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
