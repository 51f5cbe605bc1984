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
import { describeKind } from './describe.js';
import { fail, hasLength, readLength } from './validate.js';

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
    list = Array.from(input as Iterable<unknown>);
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
