import { describeKind } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail } from '../_lib/validate.js';
import { checkIterable, type CustomerId, type IdKind, movementOf, readIds, type CustomerMovement } from './movement.js';
import { readRetentionCounts, type RetentionCounts } from './retention.js';

/** One period's counts for {@link retentionSeries}, as a report or a database query gives them, with an optional label. */
export interface RetentionRow<Label = string> extends RetentionCounts {
  /** How the period is shown, e.g. `'2026-02'`; returned as given. */
  readonly label?: Label;
}

/**
 * The customers at one point in time for {@link retentionSeries}: their ids
 * and an optional label, e.g. the date of the export. A bare iterable of ids
 * is a snapshot without a label.
 */
export interface RetentionSnapshot<Label = string> {
  /** The label of the snapshot; the period it closes takes it. */
  readonly label?: Label;
  /** The customers' ids: an array, a `Set` or another iterable, all of one type. */
  readonly ids: Iterable<CustomerId>;
}

/**
 * One period of a {@link retentionSeries}: the counts and rates of
 * {@link customerMovement} for the period, and its label.
 */
export interface RetentionPeriod<Label = string> extends CustomerMovement {
  /** The row's label, or the label of the snapshot that ends the period; `undefined` when none was given. */
  readonly label: Label | undefined;
}

/** What {@link retentionSeries} accepts: period rows, or snapshots (with or without labels), as any array or iterable. */
export type RetentionSeriesInput<Label = string> =
  | ArrayLike<RetentionRow<Label>>
  | Iterable<RetentionRow<Label>>
  | ArrayLike<RetentionSnapshot<Label> | Iterable<CustomerId>>
  | Iterable<RetentionSnapshot<Label> | Iterable<CustomerId>>;

/**
 * Retention and churn for each of a run of consecutive periods, as a
 * dashboard charts them (month by month, week by week).
 *
 * @summary Retention and churn per period, from period rows or id snapshots.
 *
 * @remarks
 * Periods follow each other without gaps: the start of each period is the end
 * of the period before. Two input forms, and every period gets the same
 * fields, with rates from the definitions of {@link customerRetentionRate}
 * and {@link churnRate}:
 *
 * - **Rows** `{ start, end, acquired, label? }`, one per period, e.g. from a
 *   report. Each row is checked as by {@link customerRetentionRate}, and each
 *   row's `start` must equal the `end` of the row before, or the rows do not
 *   describe one customer base over consecutive periods (`INVALID_COUNTS`).
 *   For periods that do not follow each other, call
 *   {@link customerRetentionRate} per row instead. retained = end − acquired;
 *   lost = start − retained.
 * - **Snapshots**: the ids of the customers at each point in time, as
 *   `{ ids, label? }` or a bare iterable of ids. n snapshots make n − 1
 *   periods; period k runs from snapshot k to snapshot k + 1, is counted as by
 *   {@link customerMovement}, and takes the label of snapshot k + 1 (the
 *   snapshot that closes it, its "as of" date). The label of the first
 *   snapshot is not used. Each snapshot is read once, O(total ids).
 *
 * A period that starts with no customers has no rate: `EMPTY_INPUT`, naming
 * the period. Labels are passed through untouched (any type).
 *
 * @param periods - Rows, or at least two snapshots; not a mix of both; as
 *   an array or any iterable (a generator of rows).
 * @returns One {@link RetentionPeriod} per period, in order.
 * @throws {@link MetricError} `EMPTY_INPUT` for no rows, fewer than two
 *   snapshots or a period that starts with no customers; `INVALID_COUNTS` for
 *   a row's bad counts (as {@link customerRetentionRate}) or a start that is
 *   not the end of the row before; `INVALID_TYPE` for `periods` that is not
 *   a list, an entry that is neither
 *   a row nor a snapshot, a mix of both, and bad ids (as
 *   {@link customerMovement}), and the other codes of bad counts and ids.
 *
 * @example
 * ```ts
 * const months = retentionSeries([
 *   { label: 'Jan', start: 200, end: 210, acquired: 30 },
 *   { label: 'Feb', start: 210, end: 200, acquired: 11 },
 * ]);
 * months.map((m) => [m.label, m.retentionRate, m.churnRate]); // => [['Jan', 90, 10], ['Feb', 90, 10]]
 *
 * const weeks = retentionSeries([['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'], ['a', 'e', 'f']]);
 * weeks.map((w) => w.retentionRate); // => [75, 50]
 * weeks[1]; // => { label: undefined, start: 4, end: 3, retained: 2, lost: 2, acquired: 1, retentionRate: 50, churnRate: 50 }
 * ```
 */
export function retentionSeries<Label = string>(periods: RetentionSeriesInput<Label>): RetentionPeriod<Label>[] {
  const fn = 'retentionSeries';
  // records are the one form accepted: readInput returns them or throws
  const read = readInput(fn, periods, { records: 'periods (rows { start, end, acquired } or snapshots of ids)' });
  const list = read.records;
  const count = list.length;
  if (count === 0) fail('EMPTY_INPUT', fn, 'no periods: pass at least one row or two snapshots');
  const forms = new Array<EntryForm>(count);
  for (let i = 0; i < count; i++) {
    forms[i] = entryForm(fn, list[i], i);
    if (i > 0 && (forms[i] === 'row') !== (forms[0] === 'row')) {
      fail(
        'INVALID_TYPE',
        fn,
        `periods[${i}] is a ${forms[i] === 'row' ? 'row' : 'snapshot'}, but periods[0] is a ${forms[0] === 'row' ? 'row' : 'snapshot'}; give rows or snapshots, not both`,
        i,
      );
    }
  }
  return forms[0] === 'row'
    ? fromRows(fn, list as ArrayLike<RetentionRow<Label>>)
    : fromSnapshots(fn, list as ArrayLike<RetentionSnapshot<Label> | Iterable<CustomerId>>, forms);
}

type EntryForm = 'row' | 'snapshot' | 'ids';

function entryForm(fn: string, entry: unknown, i: number): EntryForm {
  if (entry !== null && typeof entry === 'object') {
    if (typeof (entry as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') return 'ids';
    if ('ids' in entry) return 'snapshot';
    if ('start' in entry || 'end' in entry || 'acquired' in entry) return 'row';
  }
  return fail(
    'INVALID_TYPE',
    fn,
    `periods[${i}] is ${describeKind(entry)}; each entry is a row { start, end, acquired, label? }, a snapshot { ids, label? } or an iterable of ids`,
    i,
  );
}

function fromRows<Label>(fn: string, rows: ArrayLike<RetentionRow<Label>>): RetentionPeriod<Label>[] {
  const out: RetentionPeriod<Label>[] = [];
  let previousEnd = 0;
  for (let i = 0; i < rows.length; i++) {
    const what = `periods[${i}]`;
    const row = rows[i]!;
    const c = readRetentionCounts(fn, what, row);
    if (i > 0 && c.start !== previousEnd) {
      fail(
        'INVALID_COUNTS',
        fn,
        `${what}.start ${c.start} is not periods[${i - 1}].end ${previousEnd}; consecutive periods share their boundary (for periods with gaps, call customerRetentionRate per row)`,
        i,
      );
    }
    if (c.start === 0) {
      fail('EMPTY_INPUT', fn, `${what}.start is 0: a period that starts with no customers has no retention or churn rate`, i);
    }
    previousEnd = c.end;
    out.push(period(fn, what, row.label, c.start, c.end, c.end - c.acquired));
  }
  return out;
}

function fromSnapshots<Label>(
  fn: string,
  snapshots: ArrayLike<RetentionSnapshot<Label> | Iterable<CustomerId>>,
  forms: readonly EntryForm[],
): RetentionPeriod<Label>[] {
  if (snapshots.length < 2) fail('EMPTY_INPUT', fn, 'one snapshot makes no period: pass at least two');
  const ids = (k: number): Iterable<unknown> => {
    const s = snapshots[k]!;
    const list = forms[k] === 'ids' ? s : (s as RetentionSnapshot<Label>).ids;
    checkIterable(fn, idsName(forms, k), list);
    return list as Iterable<unknown>;
  };
  for (let k = 0; k < snapshots.length; k++) ids(k);
  const out: RetentionPeriod<Label>[] = [];
  let kind: IdKind;
  let previous = readIds(fn, idsName(forms, 0), ids(0), undefined, undefined);
  kind = previous.kind;
  for (let k = 1; k < snapshots.length; k++) {
    const next = readIds(fn, idsName(forms, k), ids(k), kind, previous.ids);
    kind = next.kind;
    const label = forms[k] === 'ids' ? undefined : (snapshots[k] as RetentionSnapshot<Label>).label;
    if (previous.ids.size === 0) {
      fail(
        'EMPTY_INPUT',
        fn,
        `${idsName(forms, k - 1)} is empty: the period it starts has no customers, so no retention or churn rate`,
        k - 1,
      );
    }
    out.push(period(fn, idsName(forms, k - 1), label, previous.ids.size, next.ids.size, next.retained));
    previous = next;
  }
  return out;
}

function idsName(forms: readonly EntryForm[], k: number): string {
  return forms[k] === 'ids' ? `periods[${k}]` : `periods[${k}].ids`;
}

function period<Label>(
  fn: string,
  what: string,
  label: Label | undefined,
  start: number,
  end: number,
  retained: number,
): RetentionPeriod<Label> {
  const m = movementOf(fn, start, end, retained, what);
  return { label, ...m };
}
