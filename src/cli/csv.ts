/**
 * A streaming CSV reader (RFC 4180): text arrives in chunks of any size and
 * each record is handed on as soon as it is complete, so memory holds one
 * record at a time. Fields are separated by commas; a field in double quotes
 * may hold commas, line breaks and doubled quotes (`""` for `"`). Records
 * end with CRLF, LF or a lone CR. A byte-order mark at the start is dropped.
 * Completely empty lines are skipped.
 */
import { DataError } from './errors.js';

/** A record of the file: its fields, the line it starts on and the column (1-based, in characters) where each field starts. */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
  readonly columns: readonly number[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Reads CSV text chunk by chunk; `push` each chunk, then `end`. */
export class CsvReader {
  private fields: string[] = [];
  private columns: number[] = [];
  private field = '';
  /** Inside a quoted field. */
  private quoted = false;
  /** Just after the closing quote of a quoted field (or a doubled quote inside it). */
  private afterQuote = false;
  /** The current field began with a quote. */
  private fieldQuoted = false;
  private line = 1;
  private column = 1;
  private recordLine = 1;
  private fieldColumn = 1;
  private quoteLine = 1;
  private quoteColumn = 1;
  private lastWasCR = false;
  private started = false;

  constructor(
    private readonly file: string,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  /** Reads a chunk of text; calls `onRecord` for every record it completes. */
  push(chunk: string): void {
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    let field = this.field;
    let start = i;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.quoted) {
        if (c === LF && this.lastWasCR) {
          // the LF of a CRLF inside the field: the line was counted at the CR
          this.lastWasCR = false;
          continue;
        }
        this.lastWasCR = c === CR;
        if (c === QUOTE) {
          field += chunk.slice(start, i);
          start = i + 1;
          this.quoted = false;
          this.afterQuote = true;
          this.column++;
        } else if (c === CR || c === LF) {
          this.line++;
          this.column = 1;
        } else {
          this.column++;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          // a doubled quote inside a quoted field stands for one quote
          field += '"';
          start = i + 1;
          this.quoted = true;
          this.column++;
          continue;
        }
        if (c !== COMMA && c !== LF && c !== CR) {
          throw new DataError(this.file, this.line, this.column, 'text after the closing quote of a field; double a quote inside a quoted field ("")');
        }
      }
      if (c === COMMA) {
        field += chunk.slice(start, i);
        this.endField(field);
        field = '';
        start = i + 1;
        this.column++;
        this.fieldColumn = this.column;
        this.fieldQuoted = false;
      } else if (c === LF || c === CR) {
        if (c === LF && this.lastWasCR) {
          // the LF of a CRLF: the record already ended at the CR
          this.lastWasCR = false;
          start = i + 1;
          continue;
        }
        field += chunk.slice(start, i);
        this.endRecord(field);
        field = '';
        start = i + 1;
        this.lastWasCR = c === CR;
        this.line++;
        this.column = 1;
        this.recordLine = this.line;
        this.fieldColumn = 1;
        this.fieldQuoted = false;
        continue;
      } else if (c === QUOTE) {
        if (i !== start || field.length > 0 || this.fieldQuoted) {
          throw new DataError(this.file, this.line, this.column, 'a quote inside a field that does not begin with one; put the whole field in quotes and double the quote ("")');
        }
        this.quoted = true;
        this.fieldQuoted = true;
        this.quoteLine = this.line;
        this.quoteColumn = this.column;
        start = i + 1;
        this.column++;
      } else {
        this.column++;
      }
      this.lastWasCR = false;
    }
    this.field = field + chunk.slice(start);
  }

  /** Ends the text: completes the last record, and refuses a quote left open. */
  end(): void {
    if (this.quoted) {
      throw new DataError(this.file, this.quoteLine, this.quoteColumn, 'a quoted field is never closed');
    }
    if (this.field.length > 0 || this.fields.length > 0 || this.fieldQuoted) this.endRecord(this.field);
    this.field = '';
  }

  private endField(field: string): void {
    this.fields.push(field);
    this.columns.push(this.fieldColumn);
  }

  private endRecord(field: string): void {
    if (this.fields.length === 0 && field.length === 0 && !this.fieldQuoted) return;
    this.endField(field);
    const record: CsvRecord = { fields: this.fields, line: this.recordLine, columns: this.columns };
    this.fields = [];
    this.columns = [];
    this.onRecord(record);
  }
}
