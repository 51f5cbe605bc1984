/**
 * The command's output: one result per group (and period), as an aligned
 * table, JSON, CSV, a Markdown table or an HTML report. JSON and CSV carry
 * the numbers as computed; the table, Markdown and HTML round them for
 * reading (two decimals; counts whole).
 */
import type { Writable } from 'node:stream';
import type { Command } from './args.js';
import { fieldsOf, type Fields } from './library.js';
import { htmlReport } from './html.js';

/** One group's result: its key values, its period's start date, and the metric's fields. */
export interface Result {
  readonly keys: readonly string[];
  readonly period: string | undefined;
  readonly fields: Fields;
}

/** The columns of the output: the group columns, the period, then the metric's fields. */
export function columnsOf(command: Command): { readonly keys: readonly string[]; readonly fields: ReturnType<typeof fieldsOf> } {
  return { keys: [...command.by, ...(command.every === undefined ? [] : [command.every])], fields: fieldsOf(command.metric) };
}

/** The values of a result in column order. */
export function valuesOf(result: Result): readonly string[] {
  return result.period === undefined ? result.keys : [...result.keys, result.period];
}

/** A number for reading: counts whole, other figures with at most two decimals; blank when there is none. */
export function shown(value: number | undefined, count = false): string {
  if (value === undefined) return '';
  if (count) return value.toLocaleString('en');
  return String(Math.round(value * 100) / 100);
}

export function writeOutput(out: Writable, command: Command, results: readonly Result[]): void {
  const { keys, fields } = columnsOf(command);
  switch (command.format) {
    case 'json': {
      const objects = results.map((r) => {
        const o: Record<string, unknown> = {};
        valuesOf(r).forEach((v, k) => (o[keys[k]!] = v));
        for (const f of fields.fields) o[f.name] = r.fields[f.name] ?? null;
        return o;
      });
      out.write(`${JSON.stringify(objects, null, 2)}\n`);
      return;
    }
    case 'csv': {
      const lines = [[...keys, ...fields.fields.map((f) => f.name)].map(csvField).join(',')];
      for (const r of results) {
        lines.push([...valuesOf(r), ...fields.fields.map((f) => (r.fields[f.name] === undefined ? '' : String(r.fields[f.name])))].map(csvField).join(','));
      }
      out.write(`${lines.join('\r\n')}\r\n`);
      return;
    }
    case 'markdown': {
      const header = [...keys, ...fields.fields.map((f) => f.name)];
      const lines = [`| ${header.map(markdownCell).join(' | ')} |`, `| ${[...keys.map(() => '---'), ...fields.fields.map(() => '---:')].join(' | ')} |`];
      for (const r of results) {
        lines.push(`| ${[...valuesOf(r), ...fields.fields.map((f) => shown(r.fields[f.name], f.count))].map(markdownCell).join(' | ')} |`);
      }
      out.write(`${lines.join('\n')}\n`);
      return;
    }
    case 'html':
      out.write(htmlReport(command, results));
      return;
    case 'table': {
      const header = [...keys, ...fields.fields.map((f) => f.name)];
      const rows = results.map((r) => [...valuesOf(r), ...fields.fields.map((f) => shown(r.fields[f.name], f.count))]);
      const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
      const line = (cells: readonly string[]) =>
        cells.map((c, k) => (k < keys.length ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ').trimEnd();
      out.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
      return;
    }
  }
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
