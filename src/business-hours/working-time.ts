/**
 * The two walks over a time zone's stretches of constant offset that every
 * business-hours result comes from: the working time between two instants,
 * and the instant at which an amount of working time has passed. One is
 * the inverse of the other.
 */
import { MAX_DATE_MS } from '../_lib/timestamp.js';
import type { CompiledCalendar } from './calendar.js';

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
 */
export function workingTime(calendar: CompiledCalendar, from: number, to: number): number {
  const schedule = calendar.schedule;
  if (schedule.always) return to - from;
  if (schedule.empty) return 0;
  const zone = calendar.zone;
  let block = zone.blockAt(from);
  let k = block.starts.length - 1;
  while (block.starts[k]! > from) k--;
  let total = 0;
  let a = from;
  for (;;) {
    const end = k + 1 < block.starts.length ? block.starts[k + 1]! : block.end;
    const b = to < end ? to : end;
    const offset = block.offsets[k]!;
    const level = block.levels[k]!;
    if (a + offset < level) {
      // the clocks went back: the wall clock repeats readings up to `level`
      const repeatEnd = level - offset;
      const r = b < repeatEnd ? b : repeatEnd;
      if (schedule.isWorking(level - 1)) total += r - a;
      a = r;
    }
    if (a < b) total += schedule.worked(b + offset) - schedule.worked(a + offset);
    if (b === to) return total;
    a = b;
    if (++k === block.starts.length) {
      block = zone.blockAt(block.end);
      k = 0;
    }
  }
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
  let k = block.starts.length - 1;
  while (block.starts[k]! > from) k--;
  let a = from;
  let rest = amount;
  for (;;) {
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
    }
  }
}
