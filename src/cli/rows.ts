/**
 * Rows from CSV, NDJSON or a JSON array, read from a stream chunk by chunk
 * and handed on one at a time, each with its line and the column of every
 * field, so that memory stays bounded and a bad value can be pointed at.
 */
import type { Readable } from 'node:stream';
import { CsvReader, type CsvRecord } from './csv.js';
import { DataError } from './errors.js';

/** The formats the command reads. */
export type InputFormat = 'csv' | 'ndjson' | 'json';

/** One row of the data: a record of a CSV file, a line of NDJSON, an element of a JSON array. */
export interface Row {
  /** The line the row starts on (1-based). */
  readonly line: number;
  /** The value of a field: a string for CSV, any JSON value otherwise; `undefined` when the row has no such field. */
  value(name: string): unknown;
  /** The column (1-based, in characters) where a field starts, or where the row starts when that is not known. */
  column(name: string): number;
}

/** Reads `stream` as `format` (or the format its first characters show), calling `onRow` for each row. */
export async function readRows(
  stream: Readable,
  file: string,
  format: InputFormat | undefined,
  required: readonly string[],
  onRow: (row: Row) => void,
): Promise<void> {
  stream.setEncoding('utf8');
  let reader: ChunkReader | undefined;
  for await (const chunk of stream as AsyncIterable<string>) {
    if (reader === undefined) {
      const kind = format ?? sniff(chunk);
      if (kind === undefined) continue;
      reader = makeReader(kind, file, required, onRow);
    }
    reader.push(chunk);
  }
  reader?.end();
}

interface ChunkReader {
  push(chunk: string): void;
  end(): void;
}

/** The format the first characters show: `[` a JSON array, `{` NDJSON, anything else CSV; `undefined` for blank text so far. */
function sniff(chunk: string): InputFormat | undefined {
  const first = /[^\s\uFEFF]/.exec(chunk)?.[0];
  if (first === undefined) return undefined;
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv';
}

function makeReader(format: InputFormat, file: string, required: readonly string[], onRow: (row: Row) => void): ChunkReader {
  switch (format) {
    case 'csv':
      return csvRows(file, required, onRow);
    case 'ndjson':
      return ndjsonRows(file, onRow);
    case 'json':
      return jsonArrayRows(file, onRow);
  }
}

function csvRows(file: string, required: readonly string[], onRow: (row: Row) => void): ChunkReader {
  let header: Map<string, number> | undefined;
  let width = 0;
  let record: CsvRecord = { fields: [], line: 0, columns: [] };
  const row: Row = {
    get line() {
      return record.line;
    },
    value(name) {
      const k = header!.get(name);
      return k === undefined ? undefined : record.fields[k];
    },
    column(name) {
      const k = header!.get(name);
      return k === undefined ? 1 : record.columns[k]!;
    },
  };
  const csv = new CsvReader(file, (r) => {
    if (header === undefined) {
      header = new Map();
      r.fields.forEach((name, k) => {
        if (header!.has(name)) throw new DataError(file, r.line, r.columns[k]!, `the header names column ${JSON.stringify(name)} twice`);
        header!.set(name, k);
      });
      width = r.fields.length;
      for (const name of required) {
        if (!header.has(name)) {
          throw new DataError(file, r.line, 1, `the header has no column ${JSON.stringify(name)}; its columns are ${r.fields.map((f) => JSON.stringify(f)).join(', ')}`);
        }
      }
      return;
    }
    record = r;
    if (r.fields.length !== width) {
      throw new DataError(file, r.line, 1, `the row has ${r.fields.length} fields, the header ${width}`, 'a row with another number of fields than the header');
    }
    onRow(row);
  });
  return {
    push: (chunk) => {
      csv.push(chunk);
    },
    end: () => {
      csv.end();
    },
  };
}

/** A row of a JSON object; columns are not tracked inside it, so they point at its start. */
function objectRow(file: string, line: number, column: number, text: string): Row {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, line, column, `not JSON: ${(error as Error).message}`, 'a row that is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new DataError(file, line, column, 'the row is not a JSON object { "field": value, … }', 'a row that is not an object');
  }
  const o = parsed as Record<string, unknown>;
  return {
    line,
    value: (name) => (Object.prototype.hasOwnProperty.call(o, name) ? o[name] : undefined),
    column: () => column,
  };
}

function ndjsonRows(file: string, onRow: (row: Row) => void): ChunkReader {
  let rest = '';
  let line = 0;
  const take = (text: string): void => {
    line++;
    const from = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const to = text.endsWith('\r') ? text.length - 1 : text.length;
    if (from > 0 || to < text.length) text = text.slice(from, to);
    if (text.trim().length > 0) onRow(objectRow(file, line, 1, text));
  };
  return {
    push(chunk) {
      let from = 0;
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
        take(rest + chunk.slice(from, at));
        rest = '';
        from = at + 1;
      }
      rest += chunk.slice(from);
    },
    end() {
      if (rest.length > 0) take(rest);
      rest = '';
    },
  };
}

/**
 * A JSON array of objects, read element by element: a scanner follows
 * strings and nesting to find where each element ends, and only that
 * element's text is parsed.
 */
function jsonArrayRows(file: string, onRow: (row: Row) => void): ChunkReader {
  const BEFORE = 0;
  const BETWEEN = 1;
  const INSIDE = 2;
  const AFTER = 3;
  let state = BEFORE;
  /** Nesting inside the element: 1 within its own braces. */
  let depth = 0;
  let inString = false;
  let escaped = false;
  let text = '';
  let line = 1;
  let column = 0;
  let startLine = 1;
  let startColumn = 1;
  const unexpected = (what: string): never => {
    throw new DataError(file, line, column, what);
  };
  return {
    push(chunk) {
      // where the text of the element being read begins in this chunk
      let from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (c === '\n') {
          line++;
          column = 0;
        } else column++;
        if (state === INSIDE) {
          if (inString) {
            if (escaped) escaped = false;
            else if (c === '\\') escaped = true;
            else if (c === '"') inString = false;
          } else if (c === '"') inString = true;
          else if (c === '{' || c === '[') depth++;
          else if ((c === '}' || c === ']') && depth > 0) depth--;
          else if (depth === 0 && (c === ',' || c === ']')) {
            onRow(objectRow(file, startLine, startColumn, text + chunk.slice(from, i)));
            text = '';
            state = c === ',' ? BETWEEN : AFTER;
          }
          continue;
        }
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') continue;
        if (state === BEFORE) {
          if (c !== '[') unexpected('the data is not a JSON array');
          state = BETWEEN;
        } else if (state === BETWEEN) {
          if (c === ']') {
            state = AFTER;
            continue;
          }
          state = INSIDE;
          from = i;
          startLine = line;
          startColumn = column;
          depth = c === '{' || c === '[' ? 1 : 0;
          inString = c === '"';
        } else {
          unexpected('text after the end of the JSON array');
        }
      }
      if (state === INSIDE) text += chunk.slice(from);
    },
    end() {
      if (state !== AFTER) unexpected(state === BEFORE ? 'no data' : 'the JSON array is never closed');
    },
  };
}
