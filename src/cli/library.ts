/**
 * The one place where the command meets the library: every call into the
 * public API, and the mapping from the library's results to the command's
 * output fields. The rest of the command knows only these functions and the
 * field names below, so a change of the library's names is a change here.
 */
import {
  businessCalendar,
  businessDuration,
  cesInterval,
  cesSummary,
  csatInterval,
  csatSummary,
  durationSummary,
  isMetricError,
  npsInterval,
  npsSummary,
  periodStart,
  slaComplianceSummary,
  tally,
  type Period,
  type Scale,
  type Tally,
  type TimeUnit,
  type Weekday,
} from '../index.js';

/** The metrics the command computes. */
export const METRICS = ['nps', 'csat', 'ces', 'first-response', 'resolution', 'wait', 'sla'] as const;
export type Metric = (typeof METRICS)[number];

/** The survey metrics, computed from a tally of scores. */
export type SurveyMetric = 'nps' | 'csat' | 'ces';

/** The units of time results. */
export const UNITS = ['milliseconds', 'seconds', 'minutes', 'hours', 'days'] as const satisfies readonly TimeUnit[];
export type Unit = (typeof UNITS)[number];

export const PERIODS = ['day', 'week', 'month', 'quarter'] as const satisfies readonly Period[];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];

/** An output field: its name in JSON and CSV, and whether it is a count (shown without decimals). */
export interface Field {
  readonly name: string;
  readonly count?: boolean;
}

/** The fields of a metric's result, in output order, and the one the chart plots (with `lower` and `upper` as its band when the metric has them). */
export function fieldsOf(metric: Metric): { readonly fields: readonly Field[]; readonly headline: string; readonly band: boolean } {
  const interval: Field[] = [{ name: 'lower' }, { name: 'upper' }];
  switch (metric) {
    case 'nps':
      return {
        fields: [{ name: 'score' }, ...interval, { name: 'count', count: true }, { name: 'promoters', count: true }, { name: 'passives', count: true }, { name: 'detractors', count: true }, { name: 'marginOfError' }],
        headline: 'score',
        band: true,
      };
    case 'csat':
      return { fields: [{ name: 'score' }, ...interval, { name: 'count', count: true }, { name: 'positive', count: true }, { name: 'mean' }, { name: 'marginOfError' }], headline: 'score', band: true };
    case 'ces':
      return { fields: [{ name: 'score' }, ...interval, { name: 'count', count: true }, { name: 'easyShare' }, { name: 'difficultShare' }, { name: 'marginOfError' }], headline: 'score', band: true };
    case 'sla':
      return { fields: [{ name: 'score' }, ...interval, { name: 'met', count: true }, { name: 'measured', count: true }, { name: 'leftOut', count: true }], headline: 'score', band: true };
    default:
      return {
        fields: [{ name: 'mean' }, { name: 'median' }, { name: 'p90' }, { name: 'min' }, { name: 'max' }, { name: 'count', count: true }, { name: 'sum' }, { name: 'leftOut', count: true }],
        headline: 'mean',
        band: false,
      };
  }
}

/** A result's fields by name. */
export type Fields = Readonly<Record<string, number | undefined>>;

/** The scale of a survey metric: NPS is always 0–10; CSAT 1–5 and CES 1–7 unless given. */
export function scaleOf(metric: SurveyMetric, given: Scale | undefined): Scale {
  if (metric === 'nps') return { min: 0, max: 10 };
  return given ?? (metric === 'csat' ? { min: 1, max: 5 } : { min: 1, max: 7 });
}

/**
 * Checks scores against a scale with the library's own rules (whole numbers
 * on the scale); throws its MetricError, whose index is the bad score's.
 */
export function checkScores(scores: readonly number[], scale: Scale): void {
  tally(scores, scale);
}

/** Checks durations with the library's rules (finite, ≥ 0); throws its MetricError, whose index is the bad duration's. */
export function checkDurations(durations: readonly number[]): void {
  durationSummary(durations);
}

/** Options of the survey scores, as the command passes them on. */
export interface SurveySettings {
  readonly positiveFrom?: number | undefined;
  readonly higherIs?: 'easier' | 'harder' | undefined;
}

/** Checks the survey options once, before any data is read, by computing on a tally of one answer. */
export function checkSurveySettings(metric: SurveyMetric, scale: Scale, settings: SurveySettings, confidence: number): void {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  counts[counts.length - 1] = 2;
  surveyFields(metric, { scale, counts }, settings, confidence);
}

/** The output fields of a survey score from its tally: the summary and its interval (none for CES from one answer). */
export function surveyFields(metric: SurveyMetric, counts: Tally, settings: SurveySettings, confidence: number): Fields {
  switch (metric) {
    case 'nps': {
      const s = npsSummary(counts);
      const i = npsInterval(counts, { confidence });
      return { score: s.score, lower: i.lower, upper: i.upper, count: s.count, promoters: s.promoters, passives: s.passives, detractors: s.detractors, marginOfError: i.marginOfError };
    }
    case 'csat': {
      const options = settings.positiveFrom === undefined ? {} : { positiveFrom: settings.positiveFrom };
      const s = csatSummary(counts, options);
      const i = csatInterval(counts, { ...options, confidence });
      return { score: s.score, lower: i.lower, upper: i.upper, count: s.count, positive: s.positive, mean: s.mean, marginOfError: i.marginOfError };
    }
    case 'ces': {
      const options = settings.higherIs === undefined ? {} : { higherIs: settings.higherIs };
      const s = cesSummary(counts, options);
      const i = counts.counts.reduce((a, b) => a + b, 0) >= 2 ? cesInterval(counts, { ...options, confidence }) : undefined;
      return {
        score: s.mean,
        lower: i?.lower,
        upper: i?.upper,
        count: s.count,
        easyShare: s.easyShare,
        difficultShare: s.difficultShare,
        marginOfError: i?.marginOfError,
      };
    }
  }
}

/** The output fields of a time metric from its durations (in the output unit) and the records left out. */
export function timeFields(durations: ArrayLike<number>, leftOut: number): Fields {
  const s = durationSummary(durations);
  return { mean: s.mean, median: s.median, p90: s.p90, min: s.min, max: s.max, count: s.count, sum: s.sum, leftOut };
}

/**
 * The output fields of SLA compliance from the durations measured (in the
 * target's unit), the records left out and the confidence of the interval:
 * the rate with its Wilson interval, the interval of a proportion that
 * `csatInterval` computes from counts.
 */
export function slaFields(durations: ArrayLike<number>, target: number, leftOut: number, confidence: number): Fields {
  const s = slaComplianceSummary(durations, { target });
  const i = csatInterval({ positive: s.met, count: s.measured }, { confidence });
  return { score: s.rate, lower: i.lower, upper: i.upper, met: s.met, measured: s.measured, leftOut };
}

let always: ReturnType<typeof businessCalendar.always> | undefined;

/**
 * The time from `start` to `end` in `unit`, read by the library as every
 * time metric reads timestamps (a `Date`, epoch milliseconds, ISO-8601 with
 * an offset; an end before the start is an error).
 */
export function durationBetween(start: unknown, end: unknown, unit: Unit): number {
  always ??= businessCalendar.always();
  return businessDuration(always, start as string, end as string, { unit });
}

/** The start date of the period of `at`. */
export function periodOf(at: unknown, every: Period, timeZone: string, weekStartsOn: Weekday | undefined): string {
  return periodStart(at as string, weekStartsOn === undefined ? { every, timeZone } : { every, timeZone, weekStartsOn });
}

/** What a library error code means in the `--skip-invalid` report. */
const KINDS: Readonly<Record<string, string>> = {
  OUT_OF_RANGE: 'a value outside its range',
  NOT_INTEGER: 'not a whole number',
  NOT_FINITE: 'not a finite number',
  INVALID_TYPE: 'not a number',
  NEGATIVE_DURATION: 'an end before its start',
  INVALID_DATE: 'not a timestamp with an offset',
};

/** A library error: its code, index and message without the function's name and the index (the command names the place itself). */
export function libraryError(error: unknown): { code: string; kind: string; index: number | undefined; reason: string } | undefined {
  if (!isMetricError(error)) return undefined;
  const reason = error.message
    .replace(/^[\w.]+: /, '')
    .replace(/ at index \d+/, '')
    .replace(/^(?:responses|durations|values)\[\d+\] /, '');
  return { code: error.code, kind: KINDS[error.code] ?? error.code, index: error.details.index, reason };
}
