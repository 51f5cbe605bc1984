/**
 * The command line: `cx-metrics <metric> <file|-> [options]`, read with
 * `node:util`'s `parseArgs` and checked before any data is read.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { METRICS, PERIODS, UNITS, WEEKDAYS, type Metric, type Unit } from './library.js';
import type { InputFormat } from './rows.js';

export const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command was asked to do. */
export interface Command {
  readonly metric: Metric;
  /** A path, or `-` for standard input. */
  readonly file: string;
  /** The column of scores or durations; `undefined` for time metrics read from timestamps. */
  readonly column: string | undefined;
  /** The columns of the start and end timestamps of time metrics and SLA. */
  readonly startColumn: string;
  readonly endColumn: string;
  readonly scale: { readonly min: number; readonly max: number } | undefined;
  readonly positiveFrom: number | undefined;
  readonly higherIs: 'easier' | 'harder' | undefined;
  readonly by: readonly string[];
  readonly every: (typeof PERIODS)[number] | undefined;
  readonly timeColumn: string | undefined;
  readonly timeZone: string;
  readonly weekStartsOn: (typeof WEEKDAYS)[number] | undefined;
  readonly confidence: number;
  readonly unit: Unit;
  readonly target: number | undefined;
  readonly format: Format;
  readonly inputFormat: InputFormat | undefined;
  readonly skipInvalid: boolean;
  readonly title: string | undefined;
}

/** Timestamp columns of each time metric when no `--column` of durations is given. */
const TIMESTAMPS: Readonly<Record<'first-response' | 'resolution' | 'wait', readonly [string, string]>> = {
  'first-response': ['createdAt', 'firstResponseAt'],
  resolution: ['createdAt', 'resolvedAt'],
  wait: ['queuedAt', 'answeredAt'],
};
const MEASURES = ['first-response', 'resolution', 'wait'] as const;

export const HELP = `Usage: cx-metrics <metric> <file|-> [options]

Computes a customer-service metric from a CSV, NDJSON or JSON-array file (or
standard input, -), per group and per calendar period, with its confidence
interval where it has one.

Metrics:
  nps              Net Promoter Score from answers 0–10 (column "score")
  csat             CSAT, the percentage of positive answers (column "score", scale 1-5)
  ces              CES, the mean answer (column "score", scale 1-7)
  first-response   first response time (createdAt → firstResponseAt, or --column of durations)
  resolution       resolution time (createdAt → resolvedAt, or --column of durations)
  wait             wait time (queuedAt → answeredAt, or --column of durations)
  sla              SLA compliance against --target (first response by default; --measure)

Options:
  --column C            the column of scores or durations
  --scale MIN-MAX       the survey's scale (csat, ces), e.g. 1-5, 0-10
  --positive-from N     csat: the lowest positive answer (default: top-2-box)
  --higher-is easier|harder   ces: what a high answer means (default easier)
  --start-column C      time metrics: the column of the start timestamp
  --end-column C        time metrics: the column of the end timestamp (blank: left out)
  --measure M           sla: first-response (default), resolution or wait
  --target N            sla: the target, in --unit (or in the unit of --column)
  --unit U              time results from timestamps: milliseconds, seconds,
                        minutes (default), hours or days
  --by C                a group column; repeat for several
  --every P             day, week, month or quarter, of --time-column
  --time-column C       the timestamps the periods are read from
  --time-zone Z         the IANA time zone of the periods (default UTC)
  --week-starts-on D    monday (default, ISO weeks) … sunday
  --confidence L        the confidence level of intervals (default 0.95)
  --format F            table (default), json, csv, markdown or html
  --input-format F      csv, ndjson or json (default: from the file's first character)
  --skip-invalid        skip rows with a bad value, and report them on stderr
  --title T             the title of the html report
  -h, --help            this help
  --version             the version

A blank cell is an error, not a zero: the command stops at the first bad
value with its file, line and column, unless --skip-invalid is given.

Examples:
  cx-metrics nps answers.csv --by team --every month --time-column answeredAt
  cx-metrics first-response tickets.ndjson --by priority --unit hours --format json
  cx-metrics sla tickets.csv --target 60 --format html > sla.html
`;

/** Reads the arguments; `'help'` or `'version'` when only those were asked for. */
export function readCommand(argv: readonly string[]): Command | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        column: { type: 'string' },
        scale: { type: 'string' },
        'positive-from': { type: 'string' },
        'higher-is': { type: 'string' },
        'start-column': { type: 'string' },
        'end-column': { type: 'string' },
        measure: { type: 'string' },
        target: { type: 'string' },
        unit: { type: 'string' },
        by: { type: 'string', multiple: true },
        every: { type: 'string' },
        'time-column': { type: 'string' },
        'time-zone': { type: 'string' },
        'week-starts-on': { type: 'string' },
        confidence: { type: 'string' },
        format: { type: 'string' },
        'input-format': { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  if (v.help === true) return 'help';
  if (v.version === true) return 'version';
  const [metricName, file, ...extra] = parsed.positionals;
  if (metricName === undefined) throw new UsageError(`give a metric: ${METRICS.join(', ')}`);
  const metric = oneOf('metric', metricName, METRICS);
  if (file === undefined) throw new UsageError('give a file to read, or - for standard input');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}; give one metric and one file`);

  const survey = metric === 'nps' || metric === 'csat' || metric === 'ces';
  const only = (name: string, value: unknown, allowed: boolean, forWhat: string): void => {
    if (value !== undefined && !allowed) throw new UsageError(`--${name} is for ${forWhat}, not ${metric}`);
  };
  only('scale', v.scale, metric === 'csat' || metric === 'ces', 'csat and ces (nps is always 0-10)');
  only('positive-from', v['positive-from'], metric === 'csat', 'csat');
  only('higher-is', v['higher-is'], metric === 'ces', 'ces');
  only('measure', v.measure, metric === 'sla', 'sla');
  only('target', v.target, metric === 'sla', 'sla');
  only('start-column', v['start-column'], !survey, 'time metrics and sla');
  only('end-column', v['end-column'], !survey, 'time metrics and sla');
  only('unit', v.unit, !survey, 'time metrics and sla');
  if (v.column !== undefined && (v['start-column'] !== undefined || v['end-column'] !== undefined)) {
    throw new UsageError('give either --column (durations) or --start-column/--end-column (timestamps), not both');
  }
  if (v.column !== undefined && v.unit !== undefined) {
    throw new UsageError('--unit is for timestamps; durations in --column are already in their unit');
  }
  const measure = metric === 'sla' ? oneOf('measure', v.measure ?? 'first-response', MEASURES) : metric;
  const [start, end] = survey ? ['', ''] : TIMESTAMPS[measure as (typeof MEASURES)[number]];

  const every = v.every === undefined ? undefined : oneOf('every', v.every, PERIODS);
  if (every === undefined && (v['time-column'] !== undefined || v['time-zone'] !== undefined || v['week-starts-on'] !== undefined)) {
    throw new UsageError('--time-column, --time-zone and --week-starts-on go with --every');
  }
  if (every !== undefined && v['time-column'] === undefined) throw new UsageError('--every needs --time-column, the column of the timestamps');
  const weekStartsOn = v['week-starts-on'] === undefined ? undefined : oneOf('week-starts-on', v['week-starts-on'], WEEKDAYS);
  if (weekStartsOn !== undefined && every !== 'week') throw new UsageError('--week-starts-on goes with --every week');

  const target = v.target === undefined ? undefined : readNumber('target', v.target);
  if (metric === 'sla' && target === undefined) throw new UsageError('sla needs --target, the target time in --unit (default minutes)');
  if (target !== undefined && !(target >= 0)) throw new UsageError(`--target must be ≥ 0, got ${v.target}`);

  const confidence = v.confidence === undefined ? 0.95 : readNumber('confidence', v.confidence);
  if (!(confidence > 0 && confidence < 1)) {
    throw new UsageError(`--confidence must be strictly between 0 and 1, got ${v.confidence}${confidence > 1 && confidence < 100 ? ` (for ${confidence}% write ${confidence / 100})` : ''}`);
  }
  const positiveFrom = v['positive-from'] === undefined ? undefined : readWhole('positive-from', v['positive-from']);
  return {
    metric,
    file,
    column: survey ? (v.column ?? 'score') : v.column,
    startColumn: v['start-column'] ?? start,
    endColumn: v['end-column'] ?? end,
    scale: v.scale === undefined ? undefined : readScale(v.scale),
    positiveFrom,
    higherIs: v['higher-is'] === undefined ? undefined : oneOf('higher-is', v['higher-is'], ['easier', 'harder'] as const),
    by: v.by ?? [],
    every,
    timeColumn: v['time-column'],
    timeZone: v['time-zone'] ?? 'UTC',
    weekStartsOn,
    confidence,
    unit: v.unit === undefined ? 'minutes' : oneOf('unit', v.unit, UNITS),
    target,
    format: v.format === undefined ? 'table' : oneOf('format', v.format, FORMATS),
    inputFormat: v['input-format'] === undefined ? undefined : oneOf('input-format', v['input-format'], ['csv', 'ndjson', 'json'] as const),
    skipInvalid: v['skip-invalid'] === true,
    title: v.title,
  };
}

function oneOf<const T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown ${name} ${JSON.stringify(value)}; give ${allowed.join(', ')}`);
  }
  return value as T;
}

function readNumber(name: string, text: string): number {
  const x = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(x)) throw new UsageError(`--${name} must be a number, got ${JSON.stringify(text)}`);
  return x;
}

function readWhole(name: string, text: string): number {
  const x = readNumber(name, text);
  if (!Number.isSafeInteger(x)) throw new UsageError(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return x;
}

function readScale(text: string): { min: number; max: number } {
  const m = /^\s*(-?\d+)\s*(?:-|–|\.\.)\s*(-?\d+)\s*$/.exec(text);
  if (m === null) throw new UsageError(`--scale must be MIN-MAX, e.g. 1-5, got ${JSON.stringify(text)}`);
  const min = Number(m[1]);
  const max = Number(m[2]);
  if (!(max > min)) throw new UsageError(`--scale ${text}: the maximum must be above the minimum`);
  return { min, max };
}
