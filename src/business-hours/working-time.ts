/**
 * The two walks over a time zone's stretches of constant offset that every
 * business-hours result comes from: the working time between two instants,
 * and the instant at which an amount of working time has passed. One is
 * the inverse of the other.
 */
import { MAX_DATE_MS } from '../_lib/timestamp.js';
import type { CompiledCalendar } from './calendar.js';
import type { Schedule } from './schedule.js';
import { CYCLE, CYCLE_START, stretchIndex, type OffsetBlock } from './time-zone.js';

const DAY = 86_400_000;

/**
 * Working time from instant `from` to instant `to` (epoch milliseconds,
 * `from ≤ to`), in milliseconds.
 *
 * The zone's offsets come in stretches of constant offset. Within one, the
 * wall clock reads `t + offset` and the working time is the schedule's
 * working time between the two wall-clock readings; after the clocks are put
 * back, the wall clock first reads times it has already shown, and those
 * instants are working time when the moment just before the change was (the
 * interval then running has not reached its end). Wall-clock times skipped
 * when the clocks go forward are never read, so never counted.
 *
 * From 2100 on, the zone's offsets repeat every 400 years ({@link CYCLE},
 * a whole number of weeks), so a cycle that no holiday touches holds the
 * same working time as any other: whole such cycles are added in one step.
 * Before 2100 the offsets come in blocks of 400 days read from `Intl`; the
 * working time of each block before each of its stretches is summed once
 * per calendar ({@link runningSumsOf}), so a block inside the span costs a
 * look-up. The cost is then bounded by the blocks before 2100, a binary
 * search in two cycles, and the cycles that hold holidays.
 */
export function workingTime(calendar: CompiledCalendar, from: number, to: number): number {
  const schedule = calendar.schedule;
  if (schedule.always) return to - from;
  if (schedule.empty) return 0;
  const zone = calendar.zone;
  let block = zone.blockAt(from);
  let k = stretchIndex(block, from);
  let a = from;
  let total = 0;
  for (;;) {
    const n = block.starts.length;
    const sums = runningSumsOf(calendar, block);
    if (sums !== undefined) {
      // the work from `a` to `to`, or to the block's end, from the block's running sums
      const done = a === block.starts[k] ? sums[k]! : sums[k]! + stretchWork(schedule, block, k, block.starts[k]!, a);
      if (to < block.end) {
        const last = stretchIndex(block, to);
        return total + sums[last]! - done + stretchWork(schedule, block, last, block.starts[last]!, to);
      }
      total += sums[n]! - done;
    } else {
      // stretch by stretch
      for (; k < n; k++) {
        const end = k + 1 < n ? block.starts[k + 1]! : block.end;
        const b = to < end ? to : end;
        total += stretchWork(schedule, block, k, a, b);
        if (b === to) return total;
        a = b;
      }
    }
    if (to === block.end) return total;
    block = zone.blockAt(block.end);
    k = 0;
    a = block.start;
    if (block.cycle !== undefined) {
      const whole = Math.min(wholeCycles(block.start, to), holidayFreeCycles(schedule, block.cycle));
      if (whole > 0) {
        const work = cycleWork(calendar);
        total += block.cycle === 0 ? work.first + (whole - 1) * work.later : whole * work.later;
        a = block.start + whole * CYCLE;
        block = zone.blockAt(a);
      }
    }
  }
}

/**
 * Working time from `a` to `b` within stretch `k` of `block`. After the
 * clocks went back the wall clock repeats readings up to the stretch's
 * level; those instants are working time when the moment before the change
 * was.
 */
function stretchWork(schedule: Schedule, block: OffsetBlock, k: number, a: number, b: number): number {
  const offset = block.offsets[k]!;
  const level = block.levels[k]!;
  let total = 0;
  if (a + offset < level) {
    const repeatEnd = level - offset;
    const r = b < repeatEnd ? b : repeatEnd;
    if (schedule.isWorking(level - 1)) total += r - a;
    a = r;
  }
  if (a < b) total += schedule.worked(b + offset) - schedule.worked(a + offset);
  return total;
}

/** How many whole cycles fit from cycle boundary `start` to `to`. */
function wholeCycles(start: number, to: number): number {
  let n = Math.floor((to - start) / CYCLE);
  // the quotient can round to a neighbouring whole number
  while (n > 0 && start + n * CYCLE > to) n--;
  while (start + (n + 1) * CYCLE <= to) n++;
  return n;
}

/**
 * How many cycles from cycle number `cycle` on no holiday touches (a day's
 * slack each side, for the offset, and a night shift into the next day);
 * Infinity when no holiday lies ahead.
 */
function holidayFreeCycles(schedule: Schedule, cycle: number): number {
  const start = CYCLE_START + cycle * CYCLE;
  const holiday = schedule.holidayFrom(start / DAY - 2);
  if (holiday === undefined) return Infinity;
  const touched = Math.floor(((holiday - 1) * DAY - CYCLE_START) / CYCLE);
  return touched > cycle ? touched - cycle : 0;
}

/** Working time without holidays of the first cycle from 2100 and of every later one, and their running sums at each stretch. */
interface CycleWork {
  readonly first: number;
  readonly later: number;
  readonly firstSums: Float64Array;
  readonly laterSums: Float64Array;
}

/** The {@link CycleWork} of each calendar, made when first needed. */
const cycleWorks = new WeakMap<CompiledCalendar, CycleWork>();

function cycleWork(calendar: CompiledCalendar): CycleWork {
  let work = cycleWorks.get(calendar);
  if (work === undefined) {
    const week = calendar.schedule.withoutHolidays();
    const firstSums = runningSums(week, calendar.zone.blockAt(CYCLE_START));
    const laterSums = runningSums(week, calendar.zone.blockAt(CYCLE_START + CYCLE));
    work = { first: firstSums[firstSums.length - 1]!, later: laterSums[laterSums.length - 1]!, firstSums, laterSums };
    cycleWorks.set(calendar, work);
  }
  return work;
}

/** The working time of a block before each of its stretches, and after the last one, the working time of all of it. */
function runningSums(schedule: Schedule, block: OffsetBlock): Float64Array {
  const n = block.starts.length;
  const sums = new Float64Array(n + 1);
  let total = 0;
  for (let k = 0; k < n; k++) {
    sums[k] = total;
    total += stretchWork(schedule, block, k, block.starts[k]!, k + 1 < n ? block.starts[k + 1]! : block.end);
  }
  sums[n] = total;
  return sums;
}

/** The running sums of each block before {@link CYCLE_START}, per calendar, made when first needed. */
const blockSums = new WeakMap<CompiledCalendar, WeakMap<OffsetBlock, Float64Array>>();

/**
 * The running sums ({@link runningSums}) of `block`: for a cycle that no
 * holiday touches, the cycle's sums without holidays; for a block before
 * {@link CYCLE_START} (400 days read from `Intl`), its own sums with the
 * calendar's holidays, made once per calendar and block; `undefined` for a
 * cycle that holds a holiday and for the one stretch of the distant past,
 * which are walked stretch by stretch.
 */
function runningSumsOf(calendar: CompiledCalendar, block: OffsetBlock): Float64Array | undefined {
  if (block.cycle !== undefined) {
    if (holidayFreeCycles(calendar.schedule, block.cycle) === 0) return undefined;
    return cycleWork(calendar)[block.cycle === 0 ? 'firstSums' : 'laterSums'];
  }
  if (block.start === -Infinity) return undefined;
  let byBlock = blockSums.get(calendar);
  if (byBlock === undefined) blockSums.set(calendar, (byBlock = new WeakMap()));
  let sums = byBlock.get(block);
  if (sums === undefined) byBlock.set(block, (sums = runningSums(calendar.schedule, block)));
  return sums;
}

/**
 * The earliest instant `t` ≥ `from` with `amount` milliseconds of working
 * time in [from, t) (epoch milliseconds, possibly fractional), walking the
 * zone's stretches of constant offset as {@link workingTime} does; Infinity
 * when it lies past the range of a `Date`. The schedule must have working
 * time.
 */
export function addWorkingTime(calendar: CompiledCalendar, from: number, amount: number): number {
  const schedule = calendar.schedule;
  if (amount === 0) return from;
  if (schedule.always) return from + amount;
  const zone = calendar.zone;
  let block = zone.blockAt(from);
  let k = stretchIndex(block, from);
  let a = from;
  let rest = amount;
  for (;;) {
    const sums = runningSumsOf(calendar, block);
    if (sums !== undefined) {
      // go to the stretch in which the rest runs out, from the block's running sums
      const done = sums[k]! + stretchWork(schedule, block, k, block.starts[k]!, a);
      let lo = k;
      let hi = block.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (sums[mid]! - done < rest) lo = mid;
        else hi = mid - 1;
      }
      if (lo > k) {
        rest -= sums[lo]! - done;
        a = block.starts[lo]!;
        k = lo;
      }
    }
    const end = k + 1 < block.starts.length ? block.starts[k + 1]! : block.end;
    const offset = block.offsets[k]!;
    const level = block.levels[k]!;
    if (a + offset < level) {
      // the clocks went back: the wall clock repeats readings up to `level`
      const repeatEnd = level - offset;
      const r = end < repeatEnd ? end : repeatEnd;
      if (schedule.isWorking(level - 1)) {
        if (rest <= r - a) return a + rest;
        rest -= r - a;
      }
      a = r;
    }
    if (a < end) {
      const before = schedule.worked(a + offset);
      const available = schedule.worked(end + offset) - before;
      if (rest <= available) return schedule.reaching(a + offset, before + rest) - offset;
      rest -= available;
    }
    if (end >= MAX_DATE_MS) return Infinity;
    a = end;
    if (++k === block.starts.length) {
      block = zone.blockAt(block.end);
      k = 0;
      if (block.cycle !== undefined) {
        // skip whole cycles no holiday touches while the answer lies past them
        const free = holidayFreeCycles(schedule, block.cycle);
        const work = cycleWork(calendar);
        const first = block.cycle === 0 ? work.first : work.later;
        if (free > 0 && rest > first) {
          let more = Math.max(0, Math.ceil((rest - first) / work.later) - 1);
          while (more > 0 && rest - first - more * work.later <= 0) more--;
          // past the last Date no answer is needed: Infinity is returned there
          more = Math.min(more, free - 1, Math.ceil((MAX_DATE_MS - block.start) / CYCLE));
          rest -= first + more * work.later;
          a = block.start + (1 + more) * CYCLE;
          block = zone.blockAt(a);
        }
      }
    }
  }
}
