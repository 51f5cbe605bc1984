/**
 * The command's work: read the rows, group them, check and collect their
 * values in batches (checked by the library, so that the command follows
 * its rules), compute each group's result and write it out. Memory holds
 * one batch of rows, plus per group a tally of scores or the durations.
 */
import type { Readable, Writable } from 'node:stream';
import { HELP, readCommand, type Command } from './args.js';
import { DataError, UsageError } from './errors.js';
import {
  checkDurations,
  checkScores,
  checkSurveySettings,
  durationBetween,
  fieldsOf,
  libraryError,
  periodOf,
  scaleOf,
  slaFields,
  surveyFields,
  timeFields,
  type Fields,
  type SurveyMetric,
} from './library.js';
import { writeOutput, type Result } from './output.js';
import { readRows, type Row } from './rows.js';

/** Where the command reads and writes; the real process or a test's streams. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** Opens a file for reading; its errors (no such file) surface when it is read. */
  readonly open: (path: string) => Readable;
  readonly version: string;
}

/** Scores or durations checked a batch at a time: the library checks a whole batch in one call. */
const BATCH = 8192;

interface Group {
  readonly keys: readonly string[];
  readonly period: string | undefined;
  /** Survey metrics: answers per point of the scale. */
  readonly counts: number[];
  /** Time metrics and SLA: the durations, in a growing typed array. */
  durations: Float64Array;
  size: number;
  leftOut: number;
}

/** Runs the command; resolves to its exit status (0 done, 1 bad data, 2 bad arguments). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = readCommand(argv);
    if (command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (command === 'version') {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    const results = await compute(command, io);
    writeOutput(io.stdout, command, results);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`cx-metrics: ${error.message}\nRun cx-metrics --help for the options.\n`);
      return 2;
    }
    if (error instanceof DataError) {
      io.stderr.write(`cx-metrics: ${error.message}\n`);
      return 1;
    }
    const known = libraryError(error);
    if (known !== undefined) {
      io.stderr.write(`cx-metrics: ${(error as Error).message}\n`);
      return 1;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'it is a directory';
      io.stderr.write(`cx-metrics: cannot read ${(error as { path?: string }).path ?? 'the file'}: ${why}\n`);
      return 1;
    }
    throw error;
  }
}

async function compute(command: Command, io: Io): Promise<Result[]> {
  const survey = command.metric === 'nps' || command.metric === 'csat' || command.metric === 'ces';
  const scale = survey ? scaleOf(command.metric, command.scale) : undefined;
  const settings = { positiveFrom: command.positiveFrom, higherIs: command.higherIs };
  if (survey) {
    // options the library refuses (a positive-from off the scale) are refused before reading
    try {
      checkSurveySettings(command.metric, scale!, settings, command.confidence);
    } catch (error) {
      const known = libraryError(error);
      if (known === undefined) throw error;
      throw new UsageError(known.reason);
    }
  }
  if (command.every !== undefined) {
    try {
      periodOf(0, command.every, command.timeZone, command.weekStartsOn);
    } catch (error) {
      const known = libraryError(error);
      if (known === undefined) throw error;
      throw new UsageError(`--time-zone: ${known.reason}`);
    }
  }
  const file = command.file === '-' ? '<stdin>' : command.file;
  const stream = command.file === '-' ? io.stdin : io.open(command.file);
  const groups = new Map<string, Group>();
  const skipped = new Map<string, number[]>();
  let rowsRead = 0;
  let skippedRows = 0;

  const skip = (error: DataError): void => {
    if (!command.skipInvalid) throw error;
    skippedRows++;
    let lines = skipped.get(error.kind);
    if (lines === undefined) skipped.set(error.kind, (lines = []));
    lines.push(error.line);
  };

  // the batch of values waiting for the library's check
  const values: number[] = [];
  const owners: Group[] = [];
  const lines: number[] = [];
  const columns: number[] = [];
  const valueColumn = command.column;
  const flush = (): void => {
    let from = 0;
    const bad = new Set<number>();
    while (from < values.length) {
      try {
        const rest = from === 0 ? values : values.slice(from);
        if (scale !== undefined) checkScores(rest, scale);
        else checkDurations(rest);
        break;
      } catch (error) {
        const known = libraryError(error);
        if (known === undefined || known.index === undefined) throw error;
        const k = from + known.index;
        skip(new DataError(file, lines[k]!, columns[k]!, `column ${JSON.stringify(valueColumn)}: ${known.reason}`, `${known.kind} in column ${JSON.stringify(valueColumn)}`));
        bad.add(k);
        from = k + 1;
      }
    }
    for (let k = 0; k < values.length; k++) {
      if (bad.has(k)) continue;
      const group = owners[k]!;
      if (scale !== undefined) group.counts[values[k]! - scale.min]!++;
      else push(group, values[k]!);
    }
    values.length = 0;
    owners.length = 0;
    lines.length = 0;
    columns.length = 0;
  };

  const required = [...command.by, ...(command.timeColumn === undefined ? [] : [command.timeColumn])];
  if (valueColumn !== undefined) required.push(valueColumn);
  else required.push(command.startColumn, command.endColumn);
  const progress = progressOn(io.stderr);

  const onRow = (row: Row): void => {
    rowsRead++;
    if (progress !== undefined && rowsRead % 16_384 === 0) progress(rowsRead);
    try {
      const group = groupOf(row);
      if (valueColumn !== undefined) {
        const value = readNumberCell(file, row, valueColumn);
        values.push(value);
        owners.push(group);
        lines.push(row.line);
        columns.push(row.column(valueColumn));
        if (values.length === BATCH) flush();
        return;
      }
      const start = row.value(command.startColumn);
      const end = row.value(command.endColumn);
      if (isBlank(start)) throw blankCell(file, row, command.startColumn);
      if (isBlank(end)) {
        group.leftOut++;
        return;
      }
      let duration: number;
      try {
        duration = durationBetween(start, end, command.unit);
      } catch (error) {
        const known = libraryError(error);
        if (known === undefined) throw error;
        const at = /^start\b/.test(known.reason) ? command.startColumn : command.endColumn;
        throw new DataError(file, row.line, row.column(at), `column ${JSON.stringify(at)}: ${known.reason}`, `${known.kind} in column ${JSON.stringify(at)}`);
      }
      push(group, duration);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      skip(error);
    }
  };

  const groupOf = (row: Row): Group => {
    const keys = command.by.map((name) => cellText(row.value(name)));
    let period: string | undefined;
    if (command.every !== undefined) {
      const name = command.timeColumn!;
      const at = row.value(name);
      if (isBlank(at)) throw blankCell(file, row, name);
      try {
        period = periodOf(at, command.every, command.timeZone, command.weekStartsOn);
      } catch (error) {
        const known = libraryError(error);
        if (known === undefined) throw error;
        throw new DataError(file, row.line, row.column(name), `column ${JSON.stringify(name)}: ${known.reason.replace(/^at /, '')}`, `${known.kind} in column ${JSON.stringify(name)}`);
      }
    }
    const id = period === undefined ? keys.join('\u0000') : `${keys.join('\u0000')}\u0000${period}`;
    let group = groups.get(id);
    if (group === undefined) {
      const points = scale === undefined ? 0 : scale.max - scale.min + 1;
      group = { keys, period, counts: new Array<number>(points).fill(0), durations: new Float64Array(0), size: 0, leftOut: 0 };
      groups.set(id, group);
    }
    return group;
  };

  await readRows(stream, file, command.inputFormat, required, onRow);
  flush();
  progress?.(rowsRead, true);

  if (skippedRows > 0) {
    const kinds = [...skipped].map(([kind, at]) => {
      const shown = at.slice(0, 5).join(', ') + (at.length > 5 ? ', …' : '');
      return `  ${at.length.toLocaleString('en')} × ${kind} (line${at.length > 1 ? 's' : ''} ${shown})`;
    });
    io.stderr.write(`cx-metrics: skipped ${skippedRows.toLocaleString('en')} of ${rowsRead.toLocaleString('en')} rows of ${file}:\n${kinds.join('\n')}\n`);
  }

  const results: Result[] = [];
  for (const group of groups.values()) {
    const fields = resultOf(command, group, scale);
    if (fields !== undefined) results.push({ keys: group.keys, period: group.period, fields });
  }
  if (results.length === 0) throw new DataError(file, 1, 1, rowsRead === 0 ? 'no rows to compute from' : 'no row has a value to compute from');
  // trends read in time order; within a period, groups keep the order they first appeared in
  if (command.every !== undefined) results.sort((a, b) => (a.period! < b.period! ? -1 : a.period! > b.period! ? 1 : 0));
  return results;
}

function resultOf(command: Command, group: Group, scale: { min: number; max: number } | undefined): Fields | undefined {
  if (scale !== undefined) {
    if (!group.counts.some((c) => c > 0)) return undefined;
    return surveyFields(command.metric as SurveyMetric, { scale, counts: group.counts }, { positiveFrom: command.positiveFrom, higherIs: command.higherIs }, command.confidence);
  }
  if (group.size === 0) {
    // records all left out (no reply yet) still say so, with no durations
    if (group.leftOut === 0) return undefined;
    const { fields } = fieldsOf(command.metric);
    return Object.fromEntries(fields.map((f) => [f.name, f.name === 'leftOut' ? group.leftOut : f.count === true ? 0 : undefined]));
  }
  const durations = group.durations.subarray(0, group.size);
  return command.metric === 'sla' ? slaFields(durations, command.target!, group.leftOut, command.confidence) : timeFields(durations, group.leftOut);
}

function push(group: Group, duration: number): void {
  if (group.size === group.durations.length) {
    const grown = new Float64Array(Math.max(64, group.durations.length * 2));
    grown.set(group.durations);
    group.durations = grown;
  }
  group.durations[group.size++] = duration;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim().length === 0);
}

function blankCell(file: string, row: Row, name: string): DataError {
  const missing = row.value(name) === undefined;
  return new DataError(
    file,
    row.line,
    row.column(name),
    `column ${JSON.stringify(name)}: ${missing ? 'no value' : 'blank cell'}; a blank is not a zero: fill it in, or pass --skip-invalid to skip the row`,
    `blank ${JSON.stringify(name)}`,
  );
}

/** A decimal number, as written in CSV cells (and JSON strings); anything else is refused. */
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

function readNumberCell(file: string, row: Row, name: string): number {
  const value = row.value(name);
  if (isBlank(value)) throw blankCell(file, row, name);
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : JSON.stringify(value);
  throw new DataError(file, row.line, row.column(name), `column ${JSON.stringify(name)}: ${shown} is not a number`, `not a number in column ${JSON.stringify(name)}`);
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  // cells come from CSV (strings) or JSON (numbers, booleans, objects, arrays), which JSON writes as JSON.parse read them
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A progress line on stderr when it is a terminal, at most five times a second. */
function progressOn(stderr: Writable & { readonly isTTY?: boolean }): ((rows: number, done?: boolean) => void) | undefined {
  if (stderr.isTTY !== true) return undefined;
  let last = 0;
  let shown = false;
  return (rows, done = false) => {
    if (done) {
      if (shown) stderr.write('\r\x1b[K');
      return;
    }
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    shown = true;
    stderr.write(`\rcx-metrics: ${rows.toLocaleString('en')} rows read…`);
  };
}
