/**
 * The checks the fuzz suite makes of every call: the call returns a finite
 * result (every number in it finite and within the range its field is
 * documented to have, `undefined` or `null` only where the function
 * documents it) or throws a MetricError with a documented code that
 * names the function called; it leaves its arguments and the built-in
 * prototypes as they were; and it ends within a time bound.
 *
 * Calls run in batches inside one `vm` script with a timeout, so that a call
 * that never returns is stopped (V8 terminates the script) and reported,
 * rather than hanging the suite; a batch costs one watchdog thread, not one
 * per call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { isMetricError } from '../../src/index.js';

/** How a call can break the package's promise. */
export type DefectKind =
  | 'not-finite' // NaN, ±Infinity or an invalid Date somewhere in the result
  | 'out-of-range' // a finite number outside the documented range of its field (a percentage of 101, a probability of −0.1)
  | 'absent' // undefined or null where the function does not document it
  | 'foreign-error' // an error other than MetricError (TypeError, RangeError, …)
  | 'unknown-code' // a MetricError whose code is not a documented MetricErrorCode
  | 'wrong-function' // a MetricError that names another function than the one called
  | 'mutated-input' // an argument differs after the call, or a write was attempted on one
  | 'prototype-changed' // a built-in prototype gained, lost or changed a property
  | 'timeout'; // the call did not end within its bound

/** What one call did. */
export type Outcome =
  | { readonly kind: 'result' }
  | { readonly kind: 'error'; readonly code: string }
  /** The call let through the exception of a getter, proxy or callback of the caller's, unchanged. */
  | { readonly kind: 'trap' }
  | { readonly kind: 'defect'; readonly defect: DefectKind; readonly detail: string };

/** One call to make. */
export interface Call {
  readonly args: readonly unknown[];
  /** Call with `new` (for a class). */
  readonly construct?: boolean;
}

/**
 * The documented range of a result field:
 * - `'percentage'`: 0–100 (rates and shares);
 * - `'signedPercentage'`: −100–100 (NPS, the happiness score, a difference of two percentages);
 * - `'probability'`: 0–1 (P(alive), P(wait), p-values, confidence levels);
 * - `'count'`: a whole number from 0 to 2^53 − 1;
 * - `'integer'`: a whole number of either sign, within ±(2^53 − 1);
 * - `'nonNegative'`: ≥ 0 (durations, expected counts, sums of weights, standard errors);
 * - `'positive'`: > 0 (model parameters);
 * - `'instant'`: epoch milliseconds within the range of a `Date`, ±8.64e15;
 * - `'real'`: any finite number: documented without a bound (a z statistic, a log-likelihood, an amount that may be negative).
 */
export type RangeKind = 'percentage' | 'signedPercentage' | 'probability' | 'count' | 'integer' | 'nonNegative' | 'positive' | 'instant' | 'real';

/**
 * A range: a kind, `[min, max]` (both included), or a function of the
 * call's arguments that gives `[min, max]` (a survey's scale) or
 * `undefined` when it cannot tell. Such a function must read the arguments
 * without calling a getter of theirs; if it throws, the field is not checked.
 */
export type Range = RangeKind | readonly [min: number, max: number] | ((args: readonly unknown[]) => readonly [number, number] | undefined);

/**
 * Ranges by result path, written as `absent` paths are: `''` for the
 * result itself, `score`, `groups[].score`, `{}` for a Map's values, `*`
 * for any one key (`channels.*.share`).
 */
export type Ranges = Readonly<Record<string, Range>>;

/** How the calls of one export are checked. */
export interface Checked {
  /** The export's name; a MetricError must name it in `details.fn`, unless `fn` says otherwise. */
  readonly name: string;
  readonly value: unknown;
  /** The name a MetricError must carry, when not the export's. */
  readonly fn?: string;
  /** Result paths where `undefined` or `null` is documented, e.g. `mean`, `groups[].mean`, `*` for any. */
  readonly absent?: readonly string[];
  /** Result paths that hold the caller's own values (labels, group keys, a callback's result), not checked, nor anything below them. */
  readonly echoed?: readonly string[];
  /** The range of each numeric result path; a number out of its range is an `out-of-range` defect. */
  readonly ranges?: Ranges;
  /** Ranges by field name, for any path that ends in `.name` (or is `name`) and has none in `ranges`. */
  readonly rangesByName?: Ranges;
}

/**
 * The exception of the caller's own code (a getter, a proxy trap, a callback)
 * that the suite plants in inputs. A function that lets it through unchanged
 * behaves as it should: the caller's error reaches the caller.
 */
export class FuzzTrap extends Error {
  override readonly name = 'FuzzTrap';
}

// ---------------------------------------------------------------------------
// Documented codes

/** The codes of the `MetricErrorCode` union in src/error.ts, read from its source. */
export const DOCUMENTED_CODES: ReadonlySet<string> = (() => {
  const source = readFileSync(join(import.meta.dirname, '../../src/error.ts'), 'utf8');
  const union = /export type MetricErrorCode\s*=([^;]*);/.exec(source);
  if (union === null) throw new Error('src/error.ts: no MetricErrorCode union found');
  const codes = [...union[1]!.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
  if (codes.length === 0) throw new Error('src/error.ts: the MetricErrorCode union lists no code');
  return new Set(codes);
})();

// ---------------------------------------------------------------------------
// Proxies planted in inputs

/** The target behind each proxy the suite made, so that snapshots read the target, not the traps. */
const proxyTargets = new WeakMap<object, object>();
/** Writes attempted through a proxy since the last call began. */
const writes: string[] = [];

/** Whether `v` is one of the proxies the suite made. */
export function isPlantedProxy(v: unknown): boolean {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && proxyTargets.has(v);
}

/** A proxy that behaves as `target` and records every write attempted through it. */
export function watchingProxy<T extends object>(target: T): T {
  const proxy = new Proxy(target, {
    set: (t, key, value: unknown) => (writes.push(`set ${String(key)}`), Reflect.set(t, key, value)),
    defineProperty: (t, key, d) => (writes.push(`defineProperty ${String(key)}`), Reflect.defineProperty(t, key, d)),
    deleteProperty: (t, key) => (writes.push(`delete ${String(key)}`), Reflect.deleteProperty(t, key)),
    setPrototypeOf: (t, proto) => (writes.push('setPrototypeOf'), Reflect.setPrototypeOf(t, proto)),
    preventExtensions: (t) => (writes.push('preventExtensions'), Reflect.preventExtensions(t)),
  });
  proxyTargets.set(proxy, target);
  return proxy;
}

/** fast-check asks every value it generates for this key; the proxies answer it, and only it. */
const CLONE_METHOD = Symbol.for('fast-check/cloneMethod');

/** A proxy of `target` whose every trap throws a {@link FuzzTrap}. */
export function throwingProxy<T extends object>(target: T): T {
  const trap = () => {
    throw new FuzzTrap('a trap of a proxy');
  };
  const proxy = new Proxy(target, {
    get: (_, key) => (key === CLONE_METHOD ? undefined : trap()),
    set: trap,
    has: (_, key) => (key === CLONE_METHOD ? false : trap()),
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    defineProperty: trap,
    deleteProperty: trap,
    apply: trap,
    construct: trap,
  });
  proxyTargets.set(proxy, target);
  return proxy;
}

// ---------------------------------------------------------------------------
// Snapshots: what an input is, read without calling any getter or trap

type Snap =
  | { readonly t: 'p'; readonly v: unknown }
  | { readonly t: 'ref'; readonly id: number }
  | { readonly t: 'same'; readonly v: unknown }
  | { readonly t: 'view'; readonly type: unknown; readonly bytes: Uint8Array }
  | { readonly t: 'map'; readonly entries: readonly (readonly [Snap, Snap])[] }
  | { readonly t: 'set'; readonly values: readonly Snap[] }
  | { readonly t: 'date'; readonly v: number }
  | { readonly t: 'accessor'; readonly get: unknown; readonly set: unknown }
  | {
      readonly t: 'obj';
      readonly proto: unknown;
      readonly extensible: boolean;
      /** The own keys, in order. */
      readonly keys: readonly PropertyKey[];
      /** Each key's value: a primitive as it is, an object or accessors as a snapshot. */
      readonly values: readonly unknown[];
      /** Each key's attributes: 1 writable, 2 enumerable, 4 configurable. */
      readonly flags: Uint8Array;
    };

/** Whether a slot of an `obj` snapshot holds a snapshot (an object, a function or accessors) rather than a primitive. */
function isSnap(v: unknown): v is Snap {
  return typeof v === 'object' && v !== null;
}

/** The most nodes a snapshot visits; larger inputs are compared up to there. */
const SNAPSHOT_NODES = 200_000;

/** A deep, read-only record of `value`: data properties by value, accessors by identity. */
export function snapshot(value: unknown): Snap {
  const seen = new Map<object, number>();
  let budget = SNAPSHOT_NODES;
  const visit = (v: unknown): Snap => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return { t: 'p', v };
    const known = seen.get(v);
    if (known !== undefined) return { t: 'ref', id: known };
    seen.set(v, seen.size);
    if (--budget < 0) return { t: 'same', v };
    const o = proxyTargets.get(v) ?? v;
    if (typeof o === 'function') return { t: 'same', v: o };
    // an iterator is consumed by reading it, as any for…of would
    if (typeof (o as { next?: unknown }).next === 'function') return { t: 'same', v: o };
    if (ArrayBuffer.isView(o)) {
      return { t: 'view', type: o.constructor, bytes: new Uint8Array(o.buffer, o.byteOffset, o.byteLength).slice() };
    }
    if (o instanceof Map) return { t: 'map', entries: [...(o as Map<unknown, unknown>)].map(([k, x]) => [visit(k), visit(x)] as const) };
    if (o instanceof Set) return { t: 'set', values: [...(o as Set<unknown>)].map(visit) };
    if (o instanceof Date) return { t: 'date', v: o.getTime() };
    // primitives are kept as they are, without a snapshot object each: arrays of 100,000 numbers are common here
    const keys = Reflect.ownKeys(o);
    const values: unknown[] = new Array<unknown>(keys.length);
    const flags = new Uint8Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const d = Object.getOwnPropertyDescriptor(o, keys[i]!)!;
      if ('value' in d) {
        const x: unknown = d.value;
        values[i] = (typeof x === 'object' && x !== null) || typeof x === 'function' ? visit(x) : x;
      } else {
        // accessors are compared by identity, never called
        // eslint-disable-next-line @typescript-eslint/unbound-method
        values[i] = { t: 'accessor', get: d.get, set: d.set } satisfies Snap;
      }
      flags[i] = (d.writable === true ? 1 : 0) | (d.enumerable === true ? 2 : 0) | (d.configurable === true ? 4 : 0);
    }
    return { t: 'obj', proto: Object.getPrototypeOf(o), extensible: Object.isExtensible(o), keys, values, flags };
  };
  return visit(value);
}

/** Where two snapshots differ, or `undefined` when they are the same. */
export function difference(a: Snap, b: Snap, path = 'args'): string | undefined {
  if (a.t !== b.t) return path;
  switch (a.t) {
    case 'p':
    case 'same':
      return Object.is(a.v, (b as typeof a).v) ? undefined : path;
    case 'ref':
      return a.id === (b as typeof a).id ? undefined : path;
    case 'date':
      return Object.is(a.v, (b as typeof a).v) ? undefined : path;
    case 'accessor': {
      const c = b as typeof a;
      return a.get === c.get && a.set === c.set ? undefined : `${path} (accessor)`;
    }
    case 'view': {
      const c = b as typeof a;
      if (a.type !== c.type || a.bytes.length !== c.bytes.length) return path;
      for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== c.bytes[i]) return `${path} (element bytes)`;
      return undefined;
    }
    case 'map': {
      const c = b as typeof a;
      if (a.entries.length !== c.entries.length) return `${path} (size)`;
      for (let i = 0; i < a.entries.length; i++) {
        const d = difference(a.entries[i]![0], c.entries[i]![0], `${path}{key}`) ?? difference(a.entries[i]![1], c.entries[i]![1], `${path}{}`);
        if (d !== undefined) return d;
      }
      return undefined;
    }
    case 'set': {
      const c = b as typeof a;
      if (a.values.length !== c.values.length) return `${path} (size)`;
      for (let i = 0; i < a.values.length; i++) {
        const d = difference(a.values[i]!, c.values[i]!, `${path}{}`);
        if (d !== undefined) return d;
      }
      return undefined;
    }
    case 'obj': {
      const c = b as typeof a;
      if (a.proto !== c.proto) return `${path} (prototype or accessor)`;
      if (a.extensible !== c.extensible) return `${path} (extensibility)`;
      if (a.keys.length !== c.keys.length) return `${path} (keys)`;
      for (let i = 0; i < a.keys.length; i++) {
        const key = a.keys[i]!;
        if (key !== c.keys[i]) return `${path} (keys)`;
        if (a.flags[i] !== c.flags[i]) return `${path}.${String(key)} (attributes)`;
        const va = a.values[i];
        const vb = c.values[i];
        if (isSnap(va) && isSnap(vb)) {
          const d = difference(va, vb, `${path}.${String(key)}`);
          if (d !== undefined) return d;
        } else if (isSnap(va) || isSnap(vb) || !Object.is(va, vb)) {
          return `${path}.${String(key)}`;
        }
      }
      return undefined;
    }
  }
}

// ---------------------------------------------------------------------------
// Built-in prototypes

const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['Number.prototype', Number.prototype],
  ['String.prototype', String.prototype],
];

/** Each prototype's keys, and each data property's value, as the suite found them. */
const baseline = PROTOTYPES.map(([, proto]) => {
  const keys = Reflect.ownKeys(proto);
  const data: (readonly [PropertyKey, unknown])[] = [];
  const accessors: (readonly [PropertyKey, unknown, unknown])[] = [];
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(proto, key)!;
    if ('value' in d) data.push([key, d.value]);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared by identity, never called
    else accessors.push([key, d.get, d.set]);
  }
  return { keys: new Set(keys), count: keys.length, data, accessors };
});

/**
 * What changed on a built-in prototype since the suite loaded, after putting
 * it back; `undefined` when nothing did. Run after every call, so kept cheap:
 * a count of keys, then the values read directly.
 */
function prototypeChange(): string | undefined {
  for (let p = 0; p < PROTOTYPES.length; p++) {
    const [name, proto] = PROTOTYPES[p]!;
    const before = baseline[p]!;
    const keys = Reflect.ownKeys(proto);
    const added = keys.filter((key) => !before.keys.has(key));
    if (added.length > 0 || keys.length !== before.count) {
      for (const key of added) Reflect.deleteProperty(proto, key);
      return `${name} changed${added.length > 0 ? `: gained ${added.map(String).join(', ')}` : ': lost a property'}`;
    }
    const record = proto as Record<PropertyKey, unknown>;
    for (const [key, value] of before.data) {
      if (record[key] !== value) return `${name}.${String(key)} changed`;
    }
    for (const [key, get, set] of before.accessors) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (d === undefined || d.get !== get || d.set !== set) return `${name}.${String(key)} changed`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Results

/** Whether `path` (indices written `[]`) is one of the documented absent paths. */
function documentedAbsent(path: string, absent: readonly string[] | undefined): boolean {
  return absent !== undefined && absent.some((p) => p === '*' || p === path);
}

/** Whether `path` is, or lies below, one of the echoed paths. */
function echoedPath(path: string, echoed: readonly string[] | undefined): boolean {
  return echoed !== undefined && echoed.some((p) => p === '*' || path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`) || path.startsWith(`${p}{`));
}

/** Whether `path` matches the range path `pattern`, where `*` stands for any one key. */
export function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return pattern === path;
  const parts = pattern.split('*');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!path.startsWith(part, at)) return false;
    at += part.length;
    if (i === parts.length - 1) return at === path.length;
    // a key runs to the next `.`, `[` or `{`, and is not empty
    let end = at;
    while (end < path.length && path[end] !== '.' && path[end] !== '[' && path[end] !== '{') end++;
    if (end === at) return false;
    at = end;
  }
  return true;
}

/** The range paths of each checked export, resolved once per result path: a result of 100,000 rows has a few paths. */
const resolved = new WeakMap<Checked, Map<string, Range | null>>();

/** The range of the result path `path` (indices written `[]`), or `undefined` when none is declared. */
export function rangeOf(checked: Checked, path: string): Range | undefined {
  let cache = resolved.get(checked);
  if (cache === undefined) resolved.set(checked, (cache = new Map<string, Range | null>()));
  let range = cache.get(path);
  if (range === undefined) {
    range = null;
    const { ranges, rangesByName } = checked;
    if (ranges !== undefined) {
      if (Object.hasOwn(ranges, path)) range = ranges[path]!;
      else for (const pattern of Object.keys(ranges)) if (pathMatches(pattern, path)) (range ??= ranges[pattern]!);
    }
    if (range === null && rangesByName !== undefined) {
      const name = path.slice(path.lastIndexOf('.') + 1);
      if (/^[^[\]{}]+$/.test(name) && Object.hasOwn(rangesByName, name)) range = rangesByName[name]!;
    }
    cache.set(path, range);
  }
  return range ?? undefined;
}

const MAX_DATE_MS = 8.64e15;

/** `[min, max]` of each kind, whether it takes whole numbers only (`whole`), and whether it leaves out its min (`above`). */
const KINDS: Readonly<Record<RangeKind, { readonly min: number; readonly max: number; readonly whole?: true; readonly above?: true; readonly text: string }>> = {
  percentage: { min: 0, max: 100, text: 'a percentage, 0–100' },
  signedPercentage: { min: -100, max: 100, text: '−100–100' },
  probability: { min: 0, max: 1, text: 'a probability, 0–1' },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true, text: 'a count, a whole number from 0 to 2^53 − 1' },
  integer: { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, whole: true, text: 'a whole number within ±(2^53 − 1)' },
  nonNegative: { min: 0, max: Infinity, text: '≥ 0' },
  positive: { min: 0, max: Infinity, above: true, text: '> 0' },
  instant: { min: -MAX_DATE_MS, max: MAX_DATE_MS, text: 'an instant, epoch milliseconds within ±8.64e15' },
  real: { min: -Infinity, max: Infinity, text: 'any finite number' },
};

/** Why the finite number `x` is outside `range`, or `undefined` when it is inside (or the range cannot be told). */
export function outOfRange(x: number, range: Range, args: readonly unknown[]): string | undefined {
  if (typeof range === 'string') {
    const k = KINDS[range];
    const inside = (k.above === true ? x > k.min : x >= k.min) && x <= k.max && (k.whole !== true || Number.isInteger(x));
    return inside ? undefined : k.text;
  }
  let bounds: readonly [number, number] | undefined;
  if (typeof range === 'function') {
    try {
      bounds = range(args);
    } catch {
      // arguments the range cannot be read from (a proxy that throws, say): the field goes unchecked
      return undefined;
    }
    if (bounds === undefined) return undefined;
  } else bounds = range;
  const [min, max] = bounds;
  return x >= min && x <= max ? undefined : `${String(min)}–${String(max)}${typeof range === 'function' ? ' (from the arguments)' : ''}`;
}

/** The most nodes of a result the finiteness check visits. */
const RESULT_NODES = 200_000;

/** The first number of `result` that is not finite or out of its range, or value absent where not documented. */
function resultDefect(result: unknown, checked: Checked, args: readonly unknown[]): { defect: DefectKind; detail: string } | undefined {
  const { absent, echoed } = checked;
  const ranged = checked.ranges !== undefined || checked.rangesByName !== undefined;
  const seen = new Set<object>();
  let budget = RESULT_NODES;
  const visit = (v: unknown, path: string): { defect: DefectKind; detail: string } | undefined => {
    if (echoedPath(path, echoed)) return undefined;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { defect: 'not-finite', detail: `${path || 'the result'} is ${String(v)}` };
      const range = ranged ? rangeOf(checked, path) : undefined;
      const outside = range === undefined ? undefined : outOfRange(v, range, args);
      return outside === undefined ? undefined : { defect: 'out-of-range', detail: `${checked.name}: ${path || 'the result'} is ${String(v)}, outside its range (${outside})` };
    }
    if (v === undefined || v === null) {
      return documentedAbsent(path, absent) ? undefined : { defect: 'absent', detail: `${path || 'the result'} is ${String(v)}` };
    }
    if (typeof v !== 'object' || seen.has(v) || --budget < 0) return undefined;
    seen.add(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? { defect: 'not-finite', detail: `${path || 'the result'} is an invalid Date` } : undefined;
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<unknown>;
      for (let i = 0; i < a.length; i++) {
        const d = visit(a[i], `${path}[]`);
        if (d !== undefined) return d;
      }
      return undefined;
    }
    if (v instanceof Map) {
      for (const x of (v as Map<unknown, unknown>).values()) {
        const d = visit(x, `${path}{}`);
        if (d !== undefined) return d;
      }
      return undefined;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const d = visit(v[i], `${path}[]`);
        if (d !== undefined) return d;
      }
      return undefined;
    }
    for (const key of Object.keys(v)) {
      const d = visit((v as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`);
      if (d !== undefined) return d;
    }
    return undefined;
  };
  return visit(result, '');
}

/**
 * The paths of the numbers in `result` (indices written `[]`), echoed paths
 * left out: for the test that every numeric field of a documented call has
 * a range.
 */
export function numberPaths(result: unknown, checked: Checked): Set<string> {
  const paths = new Set<string>();
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): void => {
    if (echoedPath(path, checked.echoed)) return;
    if (typeof v === 'number') {
      paths.add(path);
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof Date) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) || Array.isArray(v)) {
      const a = v as unknown as ArrayLike<unknown>;
      for (let i = 0; i < a.length; i++) visit(a[i], `${path}[]`);
    } else if (v instanceof Map) {
      for (const x of (v as Map<unknown, unknown>).values()) visit(x, `${path}{}`);
    } else {
      for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`);
    }
  };
  visit(result, '');
  return paths;
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message}`;
  return `a thrown ${typeof e}: ${String(e)}`;
}

/** The outcome of a thrown value. */
function thrownOutcome(e: unknown, checked: Checked): Outcome {
  if (e instanceof FuzzTrap) return { kind: 'trap' };
  if (!isMetricError(e)) return { kind: 'defect', defect: 'foreign-error', detail: describeError(e) };
  if (!DOCUMENTED_CODES.has(e.code)) return { kind: 'defect', defect: 'unknown-code', detail: `code ${e.code}: ${e.message}` };
  const fn = checked.fn ?? checked.name;
  const details = e.details as { fn?: unknown } | undefined;
  if (details?.fn !== fn || !e.message.startsWith(`${fn}: `)) {
    return { kind: 'defect', defect: 'wrong-function', detail: `called ${fn}, the error names ${String(details?.fn)}: ${e.message}` };
  }
  return { kind: 'error', code: e.code };
}

/** Makes one call and checks everything the suite promises about it. */
function callOnce(checked: Checked, call: Call): Outcome {
  const f = checked.value as (...args: unknown[]) => unknown;
  const before = snapshot(call.args);
  writes.length = 0;
  let outcome: Outcome;
  try {
    const result: unknown = call.construct === true ? Reflect.construct(f, call.args) : Reflect.apply(f, undefined, call.args);
    const bad = resultDefect(result, checked, call.args);
    outcome = bad === undefined ? { kind: 'result' } : { kind: 'defect', ...bad };
  } catch (e) {
    outcome = thrownOutcome(e, checked);
  }
  const changed = prototypeChange();
  if (changed !== undefined) return { kind: 'defect', defect: 'prototype-changed', detail: changed };
  if (writes.length > 0) return { kind: 'defect', defect: 'mutated-input', detail: `attempted on an argument: ${writes.join(', ')}` };
  const moved = difference(before, snapshot(call.args));
  if (moved !== undefined) return { kind: 'defect', defect: 'mutated-input', detail: `${moved} changed` };
  return outcome;
}

// ---------------------------------------------------------------------------
// Bounded batches

const batchScript = new vm.Script('globalThis.__cxFuzzBatch()');
const state = { index: 0, start: 0 };

/**
 * Makes every call, each within `boundMs` (a call that has not returned by
 * then is stopped and reported as a `timeout` defect), and returns their
 * outcomes in order. A batch that runs out of time while a call is under way
 * resumes from that call, so that each gets its full bound.
 */
export function runCalls(checked: Checked, calls: readonly Call[], boundMs: number): Outcome[] {
  const outcomes = new Array<Outcome>(calls.length);
  let next = 0;
  const globals = globalThis as { __cxFuzzBatch?: () => void };
  while (next < calls.length) {
    const from = next;
    globals.__cxFuzzBatch = () => {
      for (let i = from; i < calls.length; i++) {
        state.index = i;
        state.start = performance.now();
        outcomes[i] = callOnce(checked, calls[i]!);
      }
    };
    try {
      batchScript.runInThisContext({ timeout: boundMs });
      next = calls.length;
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
      const i = state.index;
      const elapsed = performance.now() - state.start;
      // a call stopped by its neighbours' time is run again with a bound of its own
      if (i > from && elapsed < boundMs * 0.95) {
        next = i;
        continue;
      }
      prototypeChange();
      outcomes[i] = { kind: 'defect', defect: 'timeout', detail: `still running after ${Math.round(elapsed)} ms` };
      next = i + 1;
    } finally {
      delete globals.__cxFuzzBatch;
    }
  }
  return outcomes;
}

/**
 * Runs `f` and returns its result, or throws an Error `timed out after … ms`
 * when it has not returned within `ms` (it is stopped then). For the tests
 * that a call ends in bounded time.
 */
export function within<T>(ms: number, f: () => T): T {
  const globals = globalThis as { __cxFuzzBatch?: () => void };
  let result: { value: T } | undefined;
  globals.__cxFuzzBatch = () => {
    result = { value: f() };
  };
  const start = performance.now();
  try {
    batchScript.runInThisContext({ timeout: ms });
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new Error(`timed out after ${Math.round(performance.now() - start)} ms`, { cause: e });
    }
    throw e;
  } finally {
    delete globals.__cxFuzzBatch;
  }
  return result!.value;
}
