// @ts-check
/**
 * businessDuration over 1,000,000 spans of up to 30 days in
 * Europe/Copenhagen (weekdays 09:00–17:00, the Danish public holidays of
 * 2026), starting anywhere in 2026, so that spans cross both changes of
 * clocks. Targets (issue #7): at least 2 million calls per second, and at
 * least 10× faster in the same run than a straightforward version that asks
 * Intl for the zone's offset at every day boundary (the reference below).
 *
 * The reference walks the local days of the span; for each it asks Intl for
 * the offset at that day's midnight (twice: once at a guess, once to
 * correct it), places the day's working interval with it, and intersects.
 * That is correct for this calendar, where no working interval contains a
 * change of clocks (they happen on Sunday nights), so both must return the
 * same total. Being some 100 µs a call, it runs on the first spans only; the
 * library runs on the same spans beside it, for the ratio, and on all of
 * them for the rate.
 *
 * For context: the first call in a zone not read yet (its offsets for 400
 * days come from Intl), addBusinessTime on the same starts, and
 * averageFirstResponseTime over 1 million tickets with and without the
 * calendar option.
 */
import { addBusinessTime, averageFirstResponseTime, businessCalendar, businessDuration } from 'cx-metrics';
import { machine, median, race } from './harness.mjs';
import { mulberry32 } from '../examples/lib/random.mjs';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2_000);
const DAY = 86_400_000;
const HOUR = 3_600_000;

const HOURS = [['09:00', '17:00']];
/** Denmark's public holidays of 2026, with Christmas Eve and New Year's Eve, which most offices close. */
const HOLIDAYS = [
  '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25',
  '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31',
];
/** @type {import('cx-metrics').BusinessCalendarSpec} */
const spec = {
  timeZone: 'Europe/Copenhagen',
  week: { monday: HOURS, tuesday: HOURS, wednesday: HOURS, thursday: HOURS, friday: HOURS },
  holidays: HOLIDAYS,
};

/** Spans as epoch milliseconds: a start anywhere in 2026, a length up to 30 days, whole seconds. */
const random = mulberry32(7);
const starts = new Float64Array(N);
const ends = new Float64Array(N);
for (let i = 0; i < N; i++) {
  starts[i] = Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400) * 1000;
  ends[i] = starts[i] + Math.floor(random() * 30 * 86_400) * 1000;
}

console.log(`business hours: ${N.toLocaleString('en')} spans of up to 30 days in Europe/Copenhagen`);
console.log(`machine: ${machine()}`);

// The first call in a zone: its offsets are read from Intl (a probe every 3 days, bisections at its changes).
const coldStart = performance.now();
const oslo = businessCalendar({ ...spec, timeZone: 'Europe/Oslo' });
businessDuration(oslo, starts[0], ends[0]);
const coldMs = performance.now() - coldStart;

const calendar = businessCalendar(spec);

/** The reference: Intl asked for the offset at every local day boundary of the span. */
function referenceDuration(start, end) {
  const format = referenceFormat;
  const offsetAt = (t) => {
    const p = {};
    for (const part of format.formatToParts(t)) p[part.type] = part.value;
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(t / 1000) * 1000;
  };
  const holidays = referenceHolidays;
  // the local date of the start, a day early so that nothing is missed
  let day = Math.floor((start + offsetAt(start)) / DAY) - 1;
  const lastDay = Math.floor((end + offsetAt(end)) / DAY);
  let total = 0;
  for (; day <= lastDay; day++) {
    const weekday = new Date(day * DAY).getUTCDay();
    if (weekday === 0 || weekday === 6 || holidays.has(day)) continue;
    const guess = day * DAY;
    const midnight = guess - offsetAt(guess - offsetAt(guess));
    const from = Math.max(start, midnight + 9 * HOUR);
    const to = Math.min(end, midnight + 17 * HOUR);
    if (to > from) total += to - from;
  }
  return total;
}
const referenceFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const referenceHolidays = new Set(HOLIDAYS.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));

/** Sums the working time of spans [from, to) with `measure`. */
function sumOf(measure, from, to) {
  let s = 0;
  for (let i = from; i < to; i++) s += measure(starts[i], ends[i]);
  return s;
}

// Library and reference on the same spans, for the ratio.
const sample = race(
  [
    { name: 'cx-metrics businessDuration()', fn: () => sumOf((a, b) => businessDuration(calendar, a, b), 0, SAMPLE), role: /** @type {const} */ ('library') },
    { name: 'reference: Intl at every day boundary', fn: () => sumOf(referenceDuration, 0, SAMPLE), role: /** @type {const} */ ('hand'), rounds: 5 },
  ],
  { rounds: 15, warmup: 2 },
);
const libraryPerCall = (sample[0]?.median ?? NaN) / SAMPLE;
const referencePerCall = (sample[1]?.median ?? NaN) / SAMPLE;

// The library on all spans, for the rate.
const total = sumOf((a, b) => businessDuration(calendar, a, b), 0, N);
/** @type {number[]} */
const times = [];
for (let r = 0; r < 9; r++) {
  globalThis.gc?.();
  const t0 = performance.now();
  const s = sumOf((a, b) => businessDuration(calendar, a, b), 0, N);
  times.push(performance.now() - t0);
  if (s !== total) throw new Error(`businessDuration gave ${s}, then ${total}`);
}
const fullMs = median(times);
const perSecond = N / (fullMs / 1000);

// For context: the same spans with an options object, the result in hours.
/** @type {number[]} */
const hourTimes = [];
for (let r = 0; r < 5; r++) {
  globalThis.gc?.();
  const t0 = performance.now();
  const s = sumOf((a, b) => businessDuration(calendar, a, b, { unit: 'hours' }), 0, N);
  hourTimes.push(performance.now() - t0);
  if (!(Math.abs(s * HOUR - total) <= 1e-9 * total)) throw new Error(`businessDuration in hours gave ${s} hours, in milliseconds ${total}`);
}
const hoursMs = median(hourTimes);

// For context: addBusinessTime from the same starts, adding up to 5 working days.
const amounts = new Float64Array(N);
for (let i = 0; i < N; i++) amounts[i] = Math.floor(random() * 40 * 3600) * 1000;
/** @type {number[]} */
const addTimes = [];
for (let r = 0; r < 5; r++) {
  globalThis.gc?.();
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < N; i++) s += addBusinessTime(calendar, starts[i], amounts[i]).getTime() - starts[i];
  addTimes.push(performance.now() - t0);
  if (!(s >= 0)) throw new Error('addBusinessTime went backwards');
}
const addMs = median(addTimes);

// For context: a time metric over tickets, with and without the calendar.
const tickets = [];
for (let i = 0; i < N; i++) tickets.push({ createdAt: starts[i], firstResponseAt: starts[i] + Math.floor(-Math.log(1 - random()) * 4 * HOUR) });
/** @type {number[]} */
const withCalendar = [];
/** @type {number[]} */
const without = [];
for (let r = 0; r < 5; r++) {
  globalThis.gc?.();
  let t0 = performance.now();
  averageFirstResponseTime(tickets, { calendar });
  withCalendar.push(performance.now() - t0);
  globalThis.gc?.();
  t0 = performance.now();
  averageFirstResponseTime(tickets);
  without.push(performance.now() - t0);
}

const ratio = referencePerCall / libraryPerCall;
console.log(`\nbusinessDuration, ${SAMPLE.toLocaleString('en')} spans (the same for both), median of rounds`);
console.log(`  cx-metrics businessDuration()             ${(libraryPerCall * 1e6).toFixed(0).padStart(9)} ns/call`);
console.log(`  reference: Intl at every day boundary     ${(referencePerCall * 1e6).toFixed(0).padStart(9)} ns/call`);
console.log(`\nbusinessDuration, all ${N.toLocaleString('en')} spans: ${fullMs.toFixed(1)} ms (median of 9)`);
console.log(`businessDuration with { unit: 'hours' }, the same spans: ${hoursMs.toFixed(1)} ms (median of 5)`);
console.log(`addBusinessTime, ${N.toLocaleString('en')} starts, up to 5 working days each: ${addMs.toFixed(1)} ms (${(N / addMs / 1000).toFixed(2)} M calls/s)`);
console.log(
  `averageFirstResponseTime, ${N.toLocaleString('en')} tickets: ${median(withCalendar).toFixed(1)} ms with the calendar, ${median(without).toFixed(1)} ms without`,
);
console.log(`first call in a zone not read yet (Europe/Oslo): ${coldMs.toFixed(2)} ms`);

console.log('\nsummary');
console.log(`  businessDuration: ${(perSecond / 1e6).toFixed(2)} M calls/s (target ≥ 2 M/s: ${perSecond >= 2e6 ? 'met' : 'MISSED'})`);
console.log(`  reference / library: ${ratio.toFixed(0)}× (target ≥ 10×: ${ratio >= 10 ? 'met' : 'MISSED'})`);
