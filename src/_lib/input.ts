/**
 * The one way in: every metric hands its input to {@link readInput}, which
 * tells the three accepted forms apart and refuses everything else with one
 * `INVALID_TYPE` message that lists what the metric takes.
 *
 * - **values**: numbers, as any `ArrayLike<number>` (arrays, typed arrays)
 *   or any iterable of numbers (a `Set`, a generator);
 * - **records**: objects, as an array-like or an iterable (tickets, calls);
 * - **counts**: one object of aggregated figures, as a database `GROUP BY`
 *   returns them (`{ promoters, passives, detractors }`, a tally, totals).
 *
 * An array is values when the metric takes no records, records when it
 * takes no values, and otherwise records exactly when its first element is
 * an object; every element is then checked by the metric's own pass, so a
 * stray element is reported with its index. A typed array is always values.
 */
import { describeKind, describeValue } from './describe.js';
import { formatScale, type Scale } from './scale.js';
import { checkCount, fail, hasLength, readCount, readIterable, readLength } from './validate.js';

/** The forms a metric accepts, each named for messages. */
export interface InputForms {
  /** What the values are called, e.g. `'responses'`, `'durations'`; omitted when raw values are not accepted. */
  readonly values?: string;
  /** What the records are called, e.g. `'tickets'`; omitted when records are not accepted. */
  readonly records?: string;
  /** How the counts look, e.g. `'counts { promoters, passives, detractors }'`; omitted when not accepted. */
  readonly counts?: string;
  /**
   * A field that marks a single record passed without an array (a complaint
   * object with `openedAt`): such an object is read as one record.
   */
  readonly singleRecordField?: string;
  /** Whether a `Map` is read as counts (counts per channel); otherwise a `Map` is refused. */
  readonly mapIsCounts?: boolean;
}

/** An input after {@link readInput}: which form it has, and the input in that form. */
export type ReadInput =
  | { readonly form: 'values'; readonly values: ArrayLike<unknown> }
  | { readonly form: 'records'; readonly records: ArrayLike<unknown> }
  | { readonly form: 'counts'; readonly counts: object };

/** The forms {@link readInput} can return for the accepted `F`. */
export type ReadInputOf<F extends InputForms> =
  | (F extends { readonly values: string } ? Extract<ReadInput, { form: 'values' }> : never)
  | (F extends { readonly records: string } ? Extract<ReadInput, { form: 'records' }> : never)
  | (F extends { readonly counts: string } ? Extract<ReadInput, { form: 'counts' }> : never);

/**
 * Classifies `input` into one of the forms in `forms`: see the module's
 * comment for the rules. Iterables without a `length` are read into an array
 * once (the caller's iterable is consumed, as any `for … of` would).
 */
export function readInput<F extends InputForms>(fn: string, input: unknown, forms: F): ReadInputOf<F>;
export function readInput(fn: string, input: unknown, forms: InputForms): ReadInput {
  if (input === null || typeof input !== 'object') refuse(fn, forms, describeKind(input));
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) {
    readLength(fn, forms.values ?? forms.records ?? 'input', input as unknown as ArrayLike<unknown>);
    if (forms.values === undefined) refuse(fn, forms, 'a typed array');
    return { form: 'values', values: input as unknown as ArrayLike<unknown> };
  }
  if (input instanceof Map) {
    if (forms.mapIsCounts === true && forms.counts !== undefined) return { form: 'counts', counts: input };
    refuse(fn, forms, 'a Map');
  }
  let list: ArrayLike<unknown>;
  if (hasLength(input)) {
    readLength(fn, forms.values ?? forms.records ?? 'input', input);
    list = input;
  } else if (typeof (input as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    list = readIterable(fn, forms.values ?? forms.records ?? 'input', input as Iterable<unknown>);
  } else {
    if (forms.singleRecordField !== undefined && forms.records !== undefined && forms.singleRecordField in input) {
      return { form: 'records', records: [input] };
    }
    if (forms.counts === undefined) refuse(fn, forms, 'an object that is not a list');
    return { form: 'counts', counts: input };
  }
  if (forms.records === undefined) {
    if (forms.values === undefined) refuse(fn, forms, 'a list');
    return { form: 'values', values: list };
  }
  if (forms.values === undefined) return { form: 'records', records: list };
  const first = list.length === 0 ? undefined : list[0];
  return first !== null && typeof first === 'object' ? { form: 'records', records: list } : { form: 'values', values: list };
}

/** The sentence that lists the accepted forms: `pass responses (numbers), or counts { … }`. */
function acceptedForms(forms: InputForms): string {
  const parts: string[] = [];
  if (forms.values !== undefined) parts.push(`${forms.values} (an array or iterable of numbers)`);
  if (forms.records !== undefined) parts.push(`${forms.records} (an array or iterable of objects)`);
  if (forms.counts !== undefined) parts.push(forms.counts);
  return `pass ${parts.join(', or ')}`;
}

function refuse(fn: string, forms: InputForms, kind: string): never {
  fail('INVALID_TYPE', fn, `input is ${kind}; ${acceptedForms(forms)}`);
}

// ---------------------------------------------------------------------------
// Counted values: what `SELECT value, count(*) … GROUP BY value` returns

/** Values with their counts, as two lists, and how a message names the value and the count of entry `i`. */
export interface CountedValues {
  readonly values: ArrayLike<unknown>;
  readonly counts: ArrayLike<unknown>;
  readonly name: (i: number, part: 'value' | 'count') => string;
}

/**
 * Reads rows of counted values: objects with a value and a count column
 * (`value` and `count` unless named), `[value, count]` pairs, or a `Map`
 * of value → count. A row without its column is refused, naming the row.
 */
export function readCountedRows(fn: string, input: unknown, value: string | undefined, count: string | undefined): CountedValues {
  const read = readInput(fn, input, { records: 'rows', counts: 'a Map of value → count', mapIsCounts: true });
  if (read.form === 'counts') {
    if (!(read.counts instanceof Map)) refuse(fn, { records: 'rows', counts: 'a Map of value → count' }, 'an object that is not a list');
    const map = read.counts as Map<unknown, unknown>;
    if (value !== undefined || count !== undefined) fail('INVALID_OPTION', fn, 'options value and count name the columns of row objects; a Map has none');
    return { values: [...map.keys()], counts: [...map.values()], name: (i, part) => `the ${part} of Map entry ${i}` };
  }
  const rows = read.records;
  const v = value ?? 'value';
  const c = count ?? 'count';
  const values = new Array<unknown>(rows.length);
  const counts = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (Array.isArray(row)) {
      if (row.length !== 2) fail('INVALID_TYPE', fn, `rows[${i}] is a list of ${row.length}; a pair is [value, count]`, i);
      if (value !== undefined || count !== undefined) fail('INVALID_OPTION', fn, `options value and count name the columns of row objects; rows[${i}] is a pair [value, count]`, i);
      values[i] = row[0];
      counts[i] = row[1];
    } else if (row !== null && typeof row === 'object') {
      const r = row as Record<string, unknown>;
      if (r[v] === undefined) fail('INVALID_TYPE', fn, `rows[${i}] has no value column ${JSON.stringify(v)}; its columns: ${Object.keys(r).join(', ') || 'none'}`, i);
      if (r[c] === undefined) fail('INVALID_COUNTS', fn, `rows[${i}] has no count column ${JSON.stringify(c)}; its columns: ${Object.keys(r).join(', ') || 'none'}`, i);
      values[i] = r[v];
      counts[i] = r[c];
    } else {
      fail('INVALID_TYPE', fn, `rows[${i}] is ${describeKind(row)}; pass objects { ${v}, ${c} }, [value, count] pairs or a Map`, i);
    }
  }
  return { values, counts, name: (i, part) => (Array.isArray(rows[i]) ? `rows[${i}][${part === 'value' ? 0 : 1}]` : `rows[${i}].${part === 'value' ? v : c}`) };
}

/**
 * The counts per point of a scale of counted values: `points[k]` is the sum
 * of the counts of the values equal to `scale.min + k`. Each value is a
 * point of the scale (a number, or a BigInt that equals one), each count a
 * count as {@link readCount} reads it (BigInt included), and all of them add
 * up to at most 2^53 − 1.
 */
export function countOnScale(fn: string, scale: Scale, { values, counts, name }: CountedValues): number[] {
  const points = new Array<number>(scale.max - scale.min + 1).fill(0);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const x = typeof v === 'bigint' && v >= scale.min && v <= scale.max ? Number(v) : v;
    if (typeof x !== 'number' || !(Number.isInteger(x) && x >= scale.min && x <= scale.max)) {
      // one message for every value that is not a point; the code says why
      const code = typeof x !== 'number' ? (typeof x === 'bigint' ? 'OUT_OF_RANGE' : 'INVALID_TYPE') : x !== x || x === Infinity || x === -Infinity ? 'NOT_FINITE' : Number.isInteger(x) ? 'OUT_OF_RANGE' : 'NOT_INTEGER';
      fail(code, fn, `${name(i, 'value')} ${describeValue(v)} is not a point of the scale ${formatScale(scale)}`, i);
    }
    const c = counts[i];
    const n = typeof c === 'number' && Number.isSafeInteger(c) && c >= 0 ? c : readCount(fn, name(i, 'count'), c, i);
    points[x - scale.min]! += n;
    sum += n;
  }
  checkCount(fn, 'the sum of the counts', sum);
  return points;
}
