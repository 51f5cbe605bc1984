/**
 * The donation data of Fader, Hardie & Shang (2010), from
 * fixtures/donations.csv (which cites its source): 22 (x, tₓ) patterns of
 * 11,104 donors over 6 yearly opportunities, each with its count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DonationPattern {
  readonly frequency: number;
  readonly recency: number;
  readonly periods: number;
  readonly count: number;
}

export function readDonations(): DonationPattern[] {
  const lines = readFileSync(join(import.meta.dirname, 'fixtures', 'donations.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  if (lines[0] !== 'frequency,recency,periods,count') throw new Error(`unexpected header ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const [frequency, recency, periods, count] = line.split(',').map(Number);
    return { frequency: frequency!, recency: recency!, periods: periods!, count: count! };
  });
}
