// @ts-check
/**
 * businessDuration and addBusinessTime over long spans: 1 year, 1,000 years
 * and 270,000 years (nearly the whole range of a Date), in
 * Europe/Copenhagen (weekdays 09:00–17:00, the Danish public holidays of
 * 2026). Targets (issue #16): a 1,000-year businessDuration under 50 µs, any
 * span within the Date range under 1 ms plus the holidays and changes of
 * clocks it holds.
 *
 * The hand-written loop beside it is the straightforward version: walk the
 * local days of the span, ask Intl for the offset at each day's midnight,
 * place the day's working interval and intersect (as in
 * business-hours.bench.mjs). It is exact for this calendar, whose working
 * hours never hold a change of clocks. Its cost grows with the days: it runs
 * on the 1-year span, once on the 1,000-year span, and for 270,000 years its
 * time is extrapolated from the 1,000-year run (printed as such).
 *
 * The library's figures are for a zone already read: the first call in a
 * zone reads its changes of clocks from Intl (up to 2100, and one 400-year
 * cycle from there), printed separately as the cold cost.
 */
import { addBusinessTime, businessCalendar, businessDuration } from 'cx-metrics';
import { machine, median, race } from './harness.mjs';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const YEAR = 31_556_952_000; // a mean Gregorian year
const CALLS = Number(process.env.BENCH_CALLS ?? 2_000);

const HOURS = [['09:00', '17:00']];
const HOLIDAYS = [
  '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25',
  '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31',
];
/** @param {string} timeZone */
const spec = (timeZone) => ({ timeZone, week: { monday: HOURS, tuesday: HOURS, wednesday: HOURS, thursday: HOURS, friday: HOURS }, holidays: HOLIDAYS });
const calendar = businessCalendar(spec('Europe/Copenhagen'));

const start = Date.UTC(2026, 0, 1);
/** The spans: [name, start, end]. The longest runs from 135,000 years before 1970 to 135,000 after. */
const SPANS = /** @type {const} */ ([
  ['1 year', start, start + YEAR],
  ['1,000 years', start, start + 1000 * YEAR],
  ['270,000 years', -135_000 * YEAR, 135_000 * YEAR],
]);

console.log('business hours over long spans, Europe/Copenhagen, weekdays 09:00–17:00 with 12 holidays');
console.log(`machine: ${machine()}`);

// The first call in a zone not read yet, for each span (a zone each).
const cold = SPANS.map(([name, a, b], i) => {
  const fresh = businessCalendar(spec(['Europe/Oslo', 'Europe/Stockholm', 'Europe/Berlin'][i] ?? 'Europe/Paris'));
  const t0 = performance.now();
  businessDuration(fresh, a, b);
  return [name, performance.now() - t0];
});

const format = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  calendar: 'gregory',
  hourCycle: 'h23',
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
/** @param {number} t */
function offsetAt(t) {
  /** @type {Record<string, string>} */
  const p = {};
  for (const part of format.formatToParts(t)) p[part.type] = part.value;
  const year = p.era === 'BC' ? 1 - Number(p.year) : Number(p.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second));
  return wall.getTime() - Math.floor(t / 1000) * 1000;
}
const holidayDays = new Set(HOLIDAYS.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));

/** The hand-written loop: Intl at every local midnight of the span. */
function handDuration(/** @type {number} */ from, /** @type {number} */ to) {
  let day = Math.floor((from + offsetAt(from)) / DAY) - 1;
  const lastDay = Math.floor((to + offsetAt(to)) / DAY);
  let total = 0;
  for (; day <= lastDay; day++) {
    const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday, as getUTCDay
    if (weekday === 0 || weekday === 6 || holidayDays.has(day)) continue;
    const guess = day * DAY;
    const midnight = guess - offsetAt(guess - offsetAt(guess));
    const a = Math.max(from, midnight + 9 * HOUR);
    const b = Math.min(to, midnight + 17 * HOUR);
    if (b > a) total += b - a;
  }
  return total;
}

/** µs per call of `f(a + i s, b)` over CALLS calls, starts a second apart (so that no call repeats another). */
function perCall(/** @type {(a: number, b: number) => number} */ f, /** @type {number} */ a, /** @type {number} */ b) {
  let s = 0;
  for (let i = 0; i < CALLS; i++) s += f(a + i * 1000, b);
  return s;
}

console.log(`\n  span             library µs/call   hand loop µs/call   hand / library   first call in a zone`);
for (const [name, a, b] of SPANS) {
  const library = (/** @type {number} */ x, /** @type {number} */ y) => businessDuration(calendar, x, y);
  const libraryMs = race([{ name: 'library', fn: () => perCall(library, a, b), role: 'library' }], { rounds: 9, warmup: 2 })[0]?.median ?? NaN;
  const libraryUs = (libraryMs / CALLS) * 1000;
  let handUs;
  let note = '';
  if (name === '1 year') {
    const t = race(
      [
        { name: 'library', fn: () => library(a, b), role: 'library' },
        { name: 'hand', fn: () => handDuration(a, b) },
      ],
      { rounds: 9, warmup: 1 },
    );
    handUs = (t[1]?.median ?? NaN) * 1000;
  } else if (name === '1,000 years') {
    const t0 = performance.now();
    const h = handDuration(a, b);
    handUs = (performance.now() - t0) * 1000;
    if (h !== library(a, b)) throw new Error(`the hand loop gave ${h}, the library ${library(a, b)}`);
  } else {
    // extrapolated: the hand loop's cost per day on the 1,000-year span, times the days
    const t0 = performance.now();
    handDuration(start, start + 10 * YEAR);
    handUs = ((performance.now() - t0) * 1000 * (b - a)) / (10 * YEAR);
    note = ' (extrapolated)';
  }
  const coldMs = cold.find(([n]) => n === name)?.[1];
  console.log(
    `  ${name.padEnd(16)} ${libraryUs.toFixed(2).padStart(15)} ${handUs.toFixed(0).padStart(19)}${note.padEnd(15)} ${(handUs / libraryUs).toExponential(1).padStart(8)}×   ${Number(coldMs).toFixed(0)} ms`,
  );
}

// addBusinessTime of the working time of each span, from its start: the same instant back.
console.log('\n  addBusinessTime of the same working time   µs/call');
for (const [name, a, b] of SPANS) {
  const amount = businessDuration(calendar, a, b);
  const due = addBusinessTime(calendar, a, amount).getTime();
  if (businessDuration(calendar, a, due) !== amount) throw new Error(`addBusinessTime over ${name} is not the inverse of businessDuration`);
  const times = [];
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) addBusinessTime(calendar, a + i * 1000, amount);
    times.push(performance.now() - t0);
  }
  console.log(`  ${name.padEnd(42)} ${((median(times) / CALLS) * 1000).toFixed(2).padStart(8)}`);
}
console.log('\n  targets: 1,000 years under 50 µs; any span under 1 ms plus its holidays and changes of clocks (2 a year here up to 2100, then one cycle of 800)');
