/**
 * The CDNOW sample (Fader, Hardie & Lee 2005) from ../shared/data/cdnow,
 * read for the acceptance tests. Where the folder is absent (a clone made
 * outside this workspace), `available` is false and the tests that need it
 * are skipped with a notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'cdnow');
const summaryFile = join(folder, 'cdnow_customers_summary_with_transactions.csv');
const transactionsFile = join(folder, 'CDNOW_sample.txt');

export const available = existsSync(summaryFile) && existsSync(transactionsFile);
if (!available) {
  console.warn(`NOTICE: ${folder} is absent; the CDNOW acceptance tests are skipped (they run where ../shared exists).`);
}

/** One row of the summary file: id, x, t_x, T, zbar. */
export interface SummaryRow {
  readonly id: number;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly zbar: number;
}

export function readSummary(): SummaryRow[] {
  const [header, ...lines] = readFileSync(summaryFile, 'utf8').trim().split('\n');
  if (header !== 'ID,x,t_x,T,zbar') throw new Error(`unexpected header ${header}`);
  return lines.map((line) => {
    const [id, x, tx, T, zbar] = line.split(',').map(Number);
    return { id: id!, x: x!, tx: tx!, T: T!, zbar: zbar! };
  });
}

/** One purchase record: sample customer id (1–2357), date as 'YYYY-MM-DD', dollar value. */
export interface PurchaseRow {
  readonly customerId: number;
  readonly date: string;
  readonly amount: number;
}

export function readTransactions(): PurchaseRow[] {
  return readFileSync(transactionsFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [, id, date, , amount] = line.trim().split(/\s+/);
      return {
        customerId: Number(id),
        date: `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}`,
        amount: Number(amount),
      };
    });
}
