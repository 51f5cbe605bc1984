/**
 * Working time on the wall clock: a calendar's week and holidays as a
 * function of local time, with no time zone in sight.
 *
 * Local times are counted as milliseconds from 1970-01-01 00:00 on the wall
 * clock (as if the zone were UTC), so that local day `n` runs from
 * `n × 86,400,000` to `(n + 1) × 86,400,000`. {@link Schedule.worked} is the
 * working time before a local time: whole weeks times the week's working
 * time, plus the part of the week, minus the holidays before it. Everything
 * is integer arithmetic on whole milliseconds, exact below 2^53.
 */

/** Milliseconds in a day and in a week (written out: a product would be a statement bundlers keep). */
export const DAY = 86_400_000;
export const WEEK = 604_800_000;

/**
 * The working intervals of each weekday, Monday first (index 0): pairs
 * `[start, end]` in milliseconds from the day's local midnight, sorted;
 * `end` may pass `DAY` (a night shift runs into the next day).
 */
type DayIntervals = readonly (readonly [number, number])[];

/** Local day number (days from 1970-01-01 on the wall clock) of local time `t`. */
function dayOf(t: number): number {
  let day = Math.floor(t / DAY);
  // the quotient of a large t can round across a day boundary
  if (day * DAY > t) day--;
  else if ((day + 1) * DAY <= t) day++;
  return day;
}

/** Weekday of a local day number, Monday 0 to Sunday 6 (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A week's working time and a list of holidays, on the wall clock. */
export class Schedule {
  /** Working milliseconds in a week without holidays. */
  private readonly weekTotal: number;
  /** `true` when every moment of every week is working time and there are no holidays. */
  readonly always: boolean;
  /** The week's working intervals as one sorted list within [0, WEEK), Monday 00:00 first, touching ones joined. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Working time of the week before `starts[i]`. */
  private readonly before: number[] = [];
  /** For each weekday (and 7), the first interval that ends after that day's midnight. */
  private readonly firstOfDay: number[] = [];
  /** Each weekday's own intervals, flat `[start, end, …]` from its midnight, and their total: what a holiday removes. */
  private readonly own: number[][];
  private readonly ownTotal: number[];
  /** Holidays as local day numbers, ascending, and the working time they remove before each. */
  private readonly holidays: number[];
  private readonly removedBefore: number[];

  /** The same week without holidays, made when first asked for. */
  private weekOnly: Schedule | undefined;

  constructor(
    private readonly days: readonly DayIntervals[],
    holidays: readonly number[],
  ) {
    this.own = days.map((intervals) => intervals.flatMap(([s, e]) => [s, e]));
    this.ownTotal = days.map((intervals) => intervals.reduce((sum, [s, e]) => sum + (e - s), 0));
    const pieces: [number, number][] = [];
    days.forEach((intervals, weekday) => {
      for (const [s, e] of intervals) {
        const from = weekday * DAY + s;
        const to = weekday * DAY + e;
        if (to <= WEEK) pieces.push([from, to]);
        else pieces.push([from, WEEK], [0, to - WEEK]);
      }
    });
    pieces.sort((a, b) => a[0] - b[0]);
    let total = 0;
    for (const [s, e] of pieces) {
      const last = this.ends.length - 1;
      if (last >= 0 && this.ends[last] === s) this.ends[last] = e;
      else {
        this.starts.push(s);
        this.ends.push(e);
        this.before.push(total);
      }
      total += e - s;
    }
    this.weekTotal = total;
    for (let d = 0; d <= 7; d++) {
      let i = 0;
      while (i < this.ends.length && this.ends[i]! <= d * DAY) i++;
      this.firstOfDay.push(i);
    }
    this.holidays = [...holidays];
    this.removedBefore = [0];
    for (const h of this.holidays) this.removedBefore.push(this.removedBefore.at(-1)! + this.ownTotal[weekdayOf(h)]!);
    this.always = total === WEEK && this.holidays.length === 0;
  }

  /** The same week without the holidays (this schedule when it has none). */
  withoutHolidays(): Schedule {
    if (this.holidays.length === 0) return this;
    this.weekOnly ??= new Schedule(this.days, []);
    return this.weekOnly;
  }

  /** The first holiday (a local day number) on or after local day `day`, or `undefined`. */
  holidayFrom(day: number): number | undefined {
    const h = this.holidays;
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (h[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return h[lo];
  }

  /** `true` when the week has no working time at all. */
  get empty(): boolean {
    return this.weekTotal === 0;
  }

  /** Working time before local time `t`, counted from a fixed origin: only differences mean something. */
  worked(t: number): number {
    const day = dayOf(t);
    const week = Math.floor((day + 3) / 7);
    const weekday = day + 3 - week * 7;
    const within = t - (week * 7 - 3) * DAY;
    let i = this.firstOfDay[weekday]!;
    let inWeek = this.weekTotal;
    for (; i < this.starts.length; i++) {
      const s = this.starts[i]!;
      if (within <= s) {
        inWeek = this.before[i]!;
        break;
      }
      if (within < this.ends[i]!) {
        inWeek = this.before[i]! + (within - s);
        break;
      }
    }
    const worked = week * this.weekTotal + inWeek;
    return this.holidays.length === 0 ? worked : worked - this.removed(t, day);
  }

  /**
   * The earliest local time `t` ≥ `from` with `worked(t) ≥ target`, for a
   * target above `worked(from)` (so the answer exists and lies after `from`;
   * the week must have working time).
   */
  reaching(from: number, target: number): number {
    let removed = this.holidays.length === 0 ? 0 : this.removed(from, dayOf(from));
    for (;;) {
      const t = this.reachingWithoutHolidays(target + removed);
      if (this.holidays.length === 0) return t;
      const day = dayOf(t);
      const now = this.removed(t, day);
      if (now === removed) return t;
      // holidays passed on the way push the answer further. Within a holiday's
      // interval no working time passes, so the answer lies past its end: go
      // on from there, so that each round leaves one more holiday interval
      // behind (rather than creeping through it by the amount still missing).
      const end = this.holidayIntervalEnd(day, t) ?? this.holidayIntervalEnd(day - 1, t);
      removed = end === undefined ? now : this.removed(end, dayOf(end));
    }
  }

  /** `true` when local time `t` is working time: within a working interval, on no holiday. */
  isWorking(t: number): boolean {
    const day = dayOf(t);
    const week = Math.floor((day + 3) / 7);
    const weekday = day + 3 - week * 7;
    const within = t - (week * 7 - 3) * DAY;
    let inside = false;
    for (let i = this.firstOfDay[weekday]!; i < this.starts.length && this.starts[i]! <= within; i++) {
      if (within < this.ends[i]!) {
        inside = true;
        break;
      }
    }
    if (!inside || this.holidays.length === 0) return inside;
    return this.holidayIntervalEnd(day, t) === undefined && this.holidayIntervalEnd(day - 1, t) === undefined;
  }

  /** The earliest local time at which the week's (not the holidays') working time reaches `target`. */
  private reachingWithoutHolidays(target: number): number {
    const total = this.weekTotal;
    let week = Math.ceil(target / total) - 1;
    let rest = target - week * total;
    // the quotient can round to a neighbouring whole number; keep 0 < rest ≤ total
    while (rest > total) {
      week++;
      rest -= total;
    }
    while (rest <= 0) {
      week--;
      rest += total;
    }
    let i = 0;
    while (this.before[i]! + (this.ends[i]! - this.starts[i]!) < rest) i++;
    return (week * 7 - 3) * DAY + this.starts[i]! + (rest - this.before[i]!);
  }

  /** Working time removed by holidays before local time `t` (on local day `day`). */
  private removed(t: number, day: number): number {
    const h = this.holidays;
    // holidays two days or more before t removed all of their day's intervals (a night shift ends the next day)
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (h[mid]! < day - 1) lo = mid + 1;
      else hi = mid;
    }
    let removed = this.removedBefore[lo]!;
    for (let j = lo; j < h.length && h[j]! <= day; j++) {
      const midnight = h[j]! * DAY;
      const own = this.own[weekdayOf(h[j]!)]!;
      for (let k = 0; k < own.length; k += 2) {
        const s = midnight + own[k]!;
        if (t <= s) break;
        const e = midnight + own[k + 1]!;
        removed += (t < e ? t : e) - s;
      }
    }
    return removed;
  }

  /**
   * When `holiday` is a holiday one of whose own intervals holds local time
   * `t`, the end of that interval; `undefined` otherwise.
   */
  private holidayIntervalEnd(holiday: number, t: number): number | undefined {
    const h = this.holidays;
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (h[mid]! < holiday) lo = mid + 1;
      else hi = mid;
    }
    if (h[lo] !== holiday) return undefined;
    const midnight = holiday * DAY;
    const own = this.own[weekdayOf(holiday)]!;
    for (let k = 0; k < own.length; k += 2) {
      const end = midnight + own[k + 1]!;
      if (t >= midnight + own[k]! && t < end) return end;
    }
    return undefined;
  }
}
