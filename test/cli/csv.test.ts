import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/cli/csv.js';
import { DataError } from '../../src/cli/errors.js';

function read(chunks: readonly string[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader('t.csv', (r) => records.push({ fields: [...r.fields], line: r.line, columns: [...r.columns] }));
  for (const c of chunks) reader.push(c);
  reader.end();
  return records;
}
const fieldsOf = (text: string) => read([text]).map((r) => r.fields);

function errorOf(text: string): DataError {
  try {
    read([text]);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('CSV as RFC 4180 writes it', () => {
  test('fields are separated by commas and records by line breaks', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toStrictEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  test('a quoted field holds commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('a,b\n"x, y","say ""hi""\nthen go"\n')).toStrictEqual([['a', 'b'], ['x, y', 'say "hi"\nthen go']]);
  });

  test('CRLF, LF and a lone CR all end a record; the last needs none', () => {
    expect(fieldsOf('a\r\n1\r2\n3')).toStrictEqual([['a'], ['1'], ['2'], ['3']]);
  });

  test('a byte-order mark at the start is dropped', () => {
    expect(fieldsOf('\uFEFFscore\n5\n')).toStrictEqual([['score'], ['5']]);
  });

  test('empty fields are kept, and an empty quoted field is a field', () => {
    expect(fieldsOf('a,b,c\n,,\n""\n')).toStrictEqual([['a', 'b', 'c'], ['', '', ''], ['']]);
  });

  test('completely empty lines are skipped', () => {
    expect(fieldsOf('a\n\n1\r\n\r\n2\n\n')).toStrictEqual([['a'], ['1'], ['2']]);
  });

  test('each record knows its line and the column each field starts in; a quoted line break moves the lines on', () => {
    const records = read(['id,note\r\n1,"two\r\nlines"\r\n22,x\n']);
    expect(records.map((r) => [r.line, r.columns])).toStrictEqual([[1, [1, 4]], [2, [1, 3]], [4, [1, 4]]]);
  });

  test('a quote inside an unquoted field is an error at its line and column', () => {
    const e = errorOf('a,b\n1,x"y\n');
    expect([e.line, e.column]).toStrictEqual([2, 4]);
  });

  test('text after a closing quote is an error', () => {
    const e = errorOf('a\n"x"y\n');
    expect([e.line, e.column]).toStrictEqual([2, 4]);
  });

  test('a quote never closed is an error where it opened', () => {
    const e = errorOf('a,b\n1,"open\n2,3\n');
    expect([e.line, e.column, e.reason]).toStrictEqual([2, 3, 'a quoted field is never closed']);
  });
});

const cell = fc.oneof(fc.constantFrom('', '"', ',', '\n', '\r\n', ' ', 'é', '""'), fc.string({ maxLength: 6 }));
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

function write(rows: readonly (readonly string[])[], eol: string): string {
  return rows.map((r) => r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join(eol) + eol;
}

describe('CSV properties', () => {
  prop.prop([table, fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.nat(), { maxLength: 6 })])(
    'what a writer quotes is read back the same, however the text is cut into chunks',
    (rows, eol, cuts) => {
      const text = write(rows, eol);
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let from = 0;
      for (const p of [...points, text.length]) {
        chunks.push(text.slice(from, p));
        from = p;
      }
      expect(read(chunks).map((r) => r.fields)).toStrictEqual(rows);
    },
  );
});
