/**
 * What the fuzz suite feeds the functions: junk of every kind, and valid
 * arguments with one part made extreme — a number at the edge of the double
 * range, a hole, a getter that throws, a proxy, an array-like longer than any
 * array, a field removed or added.
 */
import fc from 'fast-check';
import { FuzzTrap, throwingProxy, watchingProxy } from './harness.js';
import { LONG } from './settings.js';

/** Numbers at the edges: of the double range, of exact integers, of 32-bit integers, of dates, of probabilities and percentages (at, just below and just above 1 and 100). */
export const EXTREME_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  1e-300,
  1e-6,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 53 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  1e15,
  8.64e15,
  -8.64e15,
  8.64e15 + 1,
  2147483648000,
  1e200,
  1e154,
  0.9999999999999999,
  1 - 2 ** -52,
  1,
  1 + 2 ** -52,
  99.99999999999999,
  100,
  100.00000000000001,
  2.2250738585072014e-308,
  -0,
  0,
  -1,
  0.5,
  1.5,
  NaN,
  Infinity,
  -Infinity,
];

/** An extreme number: one of {@link EXTREME_NUMBERS}, or any double. */
export const extremeNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
);

/** Values that are not what any function asks for, made fresh for each call. */
const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => '',
  () => '7',
  () => 'NaN',
  () => '2026-01-01T00:00:00Z',
  () => '2026-01-01 10:00',
  () => '+275760-09-13T00:00:00.001Z',
  () => true,
  () => 10n,
  () => Symbol('fuzz'),
  () => ({}),
  () => [],
  () => [NaN],
  () => [1e308, 1e308],
  () => [5e-324],
  () => Object.create(null) as object,
  () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  () => new Map([[1, 1]]),
  () => new Set([1, 2]),
  () => new Date(NaN),
  () => new Date(8.64e15),
  () => new Date(-8.64e15),
  () => new Float64Array([NaN, 1]),
  () => new Float64Array([1e308, 1e308]),
  () => new Uint8Array(0),
  () => new BigInt64Array(2),
  () => new DataView(new ArrayBuffer(8)),
  // array-likes longer than any array, or with a length that is not one
  () => ({ length: 2 ** 32 }),
  () => ({ length: 2 ** 32 - 1 }),
  () => ({ length: 1e10 }),
  () => ({ length: Infinity }),
  () => ({ length: 2 ** 53 }),
  () => ({ length: -1 }),
  () => ({ length: NaN }),
  () => ({ length: 1.5 }),
  // holes
  () => new Array<unknown>(5),
  // eslint-disable-next-line no-sparse-arrays
  () => [, 1],
  () => throwingProxy({}),
  () => throwingProxy([1, 2, 3]),
  () => watchingProxy([1, 2, 3]),
  () => (function* () {
    yield 1;
    yield 2;
  })(),
  () => () => {
    throw new FuzzTrap('a callback');
  },
  () => () => NaN,
  () => () => undefined,
  () => {
    const cycle: unknown[] = [1, 2];
    cycle.push(cycle);
    return cycle;
  },
];

/** One hostile value, made fresh. */
export const hostileValue: fc.Arbitrary<unknown> = fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((i) => HOSTILE[i]!());

/** Any value at all: extreme numbers, hostile values, and fast-check's `anything`. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  extremeNumber,
  hostileValue,
  fc.anything({
    maxDepth: 2,
    maxKeys: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
  }),
);

/** A list of junk arguments, up to one more than the function declares. */
export function junkArgs(arity: number): fc.Arbitrary<unknown[]> {
  return fc.array(junkValue, { maxLength: Math.max(arity, 1) + 1 });
}

// ---------------------------------------------------------------------------
// One part of valid arguments made extreme

type Path = readonly PropertyKey[];

/** Whether the suite looks inside `v` for parts to change: arrays and plain objects. */
function descendable(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Every part of `args` (arguments, elements, fields), to a depth of 6 and at most 400 parts. */
function partsOf(args: readonly unknown[]): Path[] {
  const paths: Path[] = [];
  const visit = (v: unknown, path: Path) => {
    if (paths.length >= 400 || path.length > 6 || !descendable(v)) return;
    const keys = Array.isArray(v) ? Array.from({ length: Math.min(v.length, 50) }, (_, i) => i) : Reflect.ownKeys(v);
    for (const key of keys) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined || !('value' in d)) continue;
      paths.push([...path, key]);
      visit(d.value, [...path, key]);
    }
  };
  for (let i = 0; i < args.length; i++) {
    paths.push([i]);
    visit(args[i], [i]);
  }
  return paths;
}

/** A shallow copy that can be changed, also of a frozen object: same prototype, same fields, holes kept. */
function copyOf(container: object): Record<PropertyKey, unknown> {
  if (Array.isArray(container)) return container.slice() as unknown as Record<PropertyKey, unknown>;
  const descriptors = Object.getOwnPropertyDescriptors(container) as Record<PropertyKey, PropertyDescriptor>;
  for (const key of Reflect.ownKeys(descriptors)) {
    const d = descriptors[key]!;
    d.configurable = true;
    if ('value' in d) d.writable = true;
  }
  return Object.create(Object.getPrototypeOf(container) as object | null, descriptors) as Record<PropertyKey, unknown>;
}

/**
 * A copy of `args` where the part at `path` is changed by `change`, which
 * gets the parent (a fresh copy, free to change) and the key; the original
 * is never touched.
 */
function changeAt(args: readonly unknown[], path: Path, change: (parent: Record<PropertyKey, unknown>, key: PropertyKey) => void): unknown[] {
  const root = args.slice();
  let parent = root as unknown as Record<PropertyKey, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const copy = copyOf(parent[key] as object);
    parent[key] = copy;
    parent = copy;
  }
  change(parent, path[path.length - 1]!);
  return root;
}

/** The ways one part is made extreme. */
const OPERATIONS = ['replace', 'replace', 'number', 'number', 'fill', 'hole', 'getter', 'watch', 'trap', 'grow', 'huge', 'nudge', 'extra'] as const;
type Operation = (typeof OPERATIONS)[number];

/** A change to apply to valid arguments: which operation, on which part, with what. */
export interface Change {
  readonly operation: Operation;
  readonly part: number;
  readonly value: unknown;
  readonly number: number;
  readonly size: number;
  readonly u: number;
}

export const changeArb: fc.Arbitrary<Change> = fc.record({
  operation: fc.constantFrom(...OPERATIONS),
  part: fc.nat(),
  value: fc.oneof(hostileValue, extremeNumber),
  number: extremeNumber,
  size: fc.constantFrom(...(LONG ? [1000, 100_000] : [1000])),
  u: fc.double({ min: 0, max: 1, noNaN: true }),
});

const HUGE_LENGTHS = [2 ** 32, 2 ** 32 - 1, 1e10, Infinity, 2 ** 53];

/** `args` with one part changed as `c` says, and a label of what was done. */
export function applyChange(args: readonly unknown[], c: Change): { args: unknown[]; label: string } {
  const parts = partsOf(args);
  if (parts.length === 0) return { args: [c.value], label: 'an extreme value as the only argument' };
  const path = parts[c.part % parts.length]!;
  const where = `args${path.map((k) => `[${typeof k === 'symbol' ? k.toString() : JSON.stringify(k)}]`).join('')}`;
  const set = (value: unknown, label: string) => ({
    args: changeAt(args, path, (parent, key) => {
      parent[key] = value;
    }),
    label: `${where} ${label}`,
  });
  const old = path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], args);
  switch (c.operation) {
    case 'replace':
      return set(c.value, 'replaced by a hostile or extreme value');
    case 'number':
      return set(c.number, `= ${String(c.number)}`);
    case 'fill':
      if (Array.isArray(old)) return set(old.map(() => c.number), `filled with ${String(c.number)}`);
      if (ArrayBuffer.isView(old) && !(old instanceof DataView) && !(old instanceof BigInt64Array) && !(old instanceof BigUint64Array)) {
        const typed = (old as Float64Array).slice();
        typed.fill(c.number);
        return set(typed, `filled with ${String(c.number)}`);
      }
      return set(c.number, `= ${String(c.number)}`);
    case 'hole':
      return {
        args: changeAt(args, path, (parent, key) => {
          Reflect.deleteProperty(parent, key);
        }),
        label: `${where} removed (a hole or a missing field)`,
      };
    case 'getter':
      return {
        args: changeAt(args, path, (parent, key) => {
          Object.defineProperty(parent, key, {
            get() {
              throw new FuzzTrap(`a getter of ${where}`);
            },
            enumerable: true,
            configurable: true,
          });
        }),
        label: `${where} a getter that throws`,
      };
    // only arrays and plain objects go behind a proxy: a proxy of a typed array, Map, Set or Date is
    // no longer one (its methods refuse it), for any reader, so it tells nothing about the package
    case 'watch':
      return descendable(old) ? set(watchingProxy(old), 'behind a proxy') : set(c.value, 'replaced by a hostile or extreme value');
    case 'trap':
      return descendable(old) ? set(throwingProxy(old), 'behind a proxy whose traps throw') : set(c.value, 'replaced by a hostile or extreme value');
    case 'grow': {
      if (Array.isArray(old) && old.length > 0) return set(Array.from({ length: c.size }, (_, i) => old[i % old.length] as unknown), `repeated to ${c.size} elements`);
      if (ArrayBuffer.isView(old) && !(old instanceof DataView) && (old as Float64Array).length > 0) {
        const from = old as Float64Array;
        const grown = new (from.constructor as Float64ArrayConstructor)(c.size);
        for (let i = 0; i < c.size; i++) grown[i] = from[i % from.length]!;
        return set(grown, `repeated to ${c.size} elements`);
      }
      return set(c.value, 'replaced by a hostile or extreme value');
    }
    case 'huge': {
      const length = HUGE_LENGTHS[Math.floor(c.u * HUGE_LENGTHS.length) % HUGE_LENGTHS.length]!;
      const first: unknown = Array.isArray(old) || ArrayBuffer.isView(old) ? (old as ArrayLike<unknown>)[0] : old;
      return set({ length, 0: first }, `an array-like of length ${String(length)}`);
    }
    case 'nudge': {
      if (typeof old !== 'number' || !Number.isFinite(old)) return set(c.number, `= ${String(c.number)}`);
      const nudged = Number.isInteger(old) ? Math.round(c.u * (2 * Math.abs(old) + 10)) : old * 2 * c.u;
      return set(nudged, `${String(old)} → ${String(nudged)}`);
    }
    case 'extra': {
      if (!descendable(old) || Array.isArray(old)) return set(c.value, 'replaced by a hostile or extreme value');
      const copy = copyOf(old);
      const key = c.u < 0.5 ? 'zzUnknownField' : '__proto__';
      Object.defineProperty(copy, key, { value: c.u < 0.5 ? 1 : { polluted: true }, enumerable: true, configurable: true, writable: true });
      return set(copy, `gained an own field ${key}`);
    }
  }
}

/**
 * Every number of `args` replaced, one at a time, by each of
 * {@link EXTREME_NUMBERS}: the edges a random draw may miss (a shrinkage
 * just below 100%, a confidence just below 1). In an array only the first
 * element is replaced, as the others are read the same way; at most
 * `maxParts` numbers of `args` are taken.
 */
export function edgeSweep(args: readonly unknown[], maxParts: number): { args: unknown[]; label: string }[] {
  const parts = partsOf(args);
  const numbers = parts.filter((path) => {
    const last = path[path.length - 1];
    if (path.length > 1 && typeof last === 'number' && last > 0) return false;
    return typeof path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], args) === 'number';
  });
  return numbers.slice(0, maxParts).flatMap((path, part) =>
    EXTREME_NUMBERS.map((n) => applyChange(args, { operation: 'number', part: parts.indexOf(path), value: n, number: n, size: 0, u: 0 })).map((c, i) => ({
      args: c.args,
      label: `${c.label} (edge ${String(i)} of number ${String(part)})`,
    })),
  );
}
