/**
 * Fuzzes one export: draws junk, valid and extreme argument lists from seeded
 * fast-check arbitraries, makes the calls through the harness, and tallies
 * what happened — results, MetricErrors by code, the caller's own exceptions
 * let through, and defects, known (listed in expected-failures.ts) or not.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import type { Description } from './descriptions.js';
import type { DocumentedCall } from './examples.js';
import { applyChange, changeArb, edgeSweep, junkArgs } from './extremes.js';
import { isMetricError } from '../../src/index.js';
import { FuzzTrap, isPlantedProxy, runCalls, type Call, type Checked, type DefectKind, type Outcome } from './harness.js';

/** A defect the suite found, with the call that showed it. */
export interface Finding {
  readonly defect: DefectKind;
  readonly detail: string;
  /** How the arguments were made: junk, valid, or which part was changed. */
  readonly label: string;
  readonly call: Call;
}

/** What the calls of one export did. */
export interface ExportReport {
  readonly name: string;
  calls: number;
  results: number;
  /** Calls of valid arguments (documented or generated) that gave a result. */
  validResults: number;
  readonly errors: Map<string, number>;
  traps: number;
  /** Known defects: how many, and the first call that showed each kind. */
  readonly known: Map<DefectKind, { count: number; first: Finding }>;
  /** Defects not on the list: the first few of each kind. */
  readonly unknown: Finding[];
  ms: number;
}

/** How many calls are drawn and made at a time. */
const CHUNK = 500;
/** After the first known hang of an export, later calls get this bound: the hang is known, only its count is wanted. */
const KNOWN_HANG_BOUND_MS = 50;

/** A seed for each export and kind of input, so that adding an export does not change the others' calls. */
function seedFor(name: string, kind: number, base: number): number {
  let h = (base ^ (kind * 0x9e3779b1)) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

/** The arguments of a call, short enough for a message. */
export function showCall(name: string, call: Call): string {
  const args = call.args.map((a) => inspect(a, { depth: 3, maxArrayLength: 8, maxStringLength: 60, breakLength: Infinity })).join(', ');
  return `${call.construct === true ? 'new ' : ''}${name}(${args})`;
}

/**
 * `args` with every function in them (to a depth of 3, in arrays and plain
 * objects) wrapped so that an exception of the function other than a
 * MetricError becomes a {@link FuzzTrap}: the documented callbacks were
 * written for valid records, and what they throw on junk is the caller's
 * own error, which the package may let through.
 */
function guardCallbacks(args: readonly unknown[]): unknown[] {
  const guard = (v: unknown, depth: number): unknown => {
    if (typeof v === 'function') {
      const f = v as (...a: unknown[]) => unknown;
      return function guarded(this: unknown, ...a: unknown[]) {
        try {
          return Reflect.apply(f, this, a);
        } catch (e) {
          if (e instanceof FuzzTrap || isMetricError(e)) throw e;
          throw new FuzzTrap(`a callback threw ${String(e)}`);
        }
      };
    }
    if (depth >= 3 || v === null || typeof v !== 'object' || isPlantedProxy(v)) return v;
    const proto: unknown = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
    // read through descriptors, so that no getter of the caller's runs here
    const keys = Array.isArray(v) ? Array.from({ length: Math.min(v.length, 1000) }, (_, i) => String(i)) : Object.keys(v);
    const inside = (k: string): unknown => {
      const d = Object.getOwnPropertyDescriptor(v, k);
      return d !== undefined && 'value' in d ? d.value : undefined;
    };
    if (!keys.some((k) => typeof inside(k) === 'function' || (inside(k) !== null && typeof inside(k) === 'object'))) return v;
    const descriptors = Object.getOwnPropertyDescriptors(v) as Record<PropertyKey, PropertyDescriptor>;
    const copy = Array.isArray(v) ? (new Array(v.length) as unknown as Record<string, unknown>) : (Object.create(proto as object | null) as Record<string, unknown>);
    for (const key of Reflect.ownKeys(descriptors)) if (key !== 'length' || !Array.isArray(v)) Object.defineProperty(copy, key, descriptors[key]!);
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(copy, k);
      if (d !== undefined && 'value' in d && d.writable === true) copy[k] = guard(d.value, depth + 1);
    }
    return copy;
  };
  return guard(args, -1) as unknown[];
}

interface Drawn {
  readonly call: Call;
  readonly label: string;
  readonly valid: boolean;
}

/** The arbitraries of one export: junk, valid, and valid with one part made extreme. */
function arbitraries(description: Description, documented: readonly DocumentedCall[], arity: number, construct: boolean) {
  const sources: fc.Arbitrary<readonly unknown[]>[] = [];
  if (documented.length > 0) sources.push(fc.constantFrom(...documented.map((d) => d.args)));
  if (description.valid !== undefined) sources.push(description.valid);
  const valid = sources.length === 0 ? undefined : sources.length === 1 ? sources[0]! : fc.oneof(...sources);
  const junk = junkArgs(arity).map((args): Drawn => ({ call: { args: guardCallbacks(args), construct }, label: 'junk', valid: false }));
  if (valid === undefined) return { junk, valid: undefined, extreme: undefined };
  return {
    junk,
    valid: valid.map((args): Drawn => ({ call: { args: guardCallbacks(args), construct }, label: 'valid', valid: true })),
    extreme: fc.tuple(valid, changeArb).map(([args, change]): Drawn => {
      const changed = applyChange(args, change);
      return { call: { args: guardCallbacks(changed.args), construct }, label: changed.label, valid: false };
    }),
  };
}

export interface FuzzSettings {
  readonly runs: number;
  readonly seed: number;
  readonly boundMs: number;
  /** Defects of this export that are on the list of known failures. */
  readonly known: ReadonlySet<DefectKind>;
  /** How many unknown defects of each kind to keep. */
  readonly keep?: number;
}

/** The report of an export before its first call. */
function emptyReport(name: string): ExportReport {
  return { name, calls: 0, results: 0, validResults: 0, errors: new Map(), traps: 0, known: new Map(), unknown: [], ms: 0 };
}

/** Fuzzes one export with `settings.runs` calls. */
export function fuzzExport(checked: Checked, description: Description, documented: readonly DocumentedCall[], settings: FuzzSettings): ExportReport {
  const started = performance.now();
  const report = emptyReport(checked.name);
  const construct = description.kind === 'class';
  const arity = typeof checked.value === 'function' ? checked.value.length : 0;
  const arbs = arbitraries(description, documented, arity, construct);
  const plan: [fc.Arbitrary<Drawn>, number][] = [];
  if (arbs.valid === undefined) plan.push([arbs.junk, settings.runs]);
  else {
    const fifth = Math.max(1, Math.round(settings.runs / 5));
    plan.push([arbs.junk, fifth], [arbs.valid, fifth], [arbs.extreme, Math.max(1, settings.runs - 2 * fifth)]);
  }
  const keep = settings.keep ?? 3;
  // an export with a known hang needs only its count: a short bound keeps the suite quick
  let bound = settings.known.has('timeout') ? Math.min(settings.boundMs, KNOWN_HANG_BOUND_MS * 10) : settings.boundMs;
  for (let kind = 0; kind < plan.length; kind++) {
    const [arb, runs] = plan[kind]!;
    // drawn a chunk at a time, each chunk from its own seed, so that a long run holds one chunk in memory
    for (let from = 0, chunk = 0; from < runs; from += CHUNK, chunk++) {
      const seed = seedFor(checked.name, kind + 16 * chunk, settings.seed);
      const drawn = fc.sample(arb, { seed, numRuns: Math.min(CHUNK, runs - from) });
      const outcomes = runCalls(checked, drawn.map((d) => d.call), bound);
      for (let i = 0; i < drawn.length; i++) {
        const d = drawn[i]!;
        let outcome: Outcome = outcomes[i]!;
        if (outcome.kind === 'defect' && outcome.defect === 'timeout' && !settings.known.has('timeout')) {
          // a slow call on a loaded machine is not yet a hang: it gets five times the bound alone
          outcome = runCalls(checked, [d.call], bound * 5)[0]!;
        }
        tally(report, d, outcome, settings.known, keep);
        if (outcome.kind === 'defect' && outcome.defect === 'timeout' && settings.known.has('timeout')) bound = KNOWN_HANG_BOUND_MS;
      }
    }
  }
  report.ms = performance.now() - started;
  return report;
}

function tally(report: ExportReport, d: Drawn, outcome: Outcome, known: ReadonlySet<DefectKind>, keep: number): void {
  report.calls++;
  switch (outcome.kind) {
    case 'result':
      report.results++;
      if (d.valid) report.validResults++;
      return;
    case 'error':
      report.errors.set(outcome.code, (report.errors.get(outcome.code) ?? 0) + 1);
      return;
    case 'trap':
      report.traps++;
      return;
    case 'defect': {
      const finding: Finding = { defect: outcome.defect, detail: outcome.detail, label: d.label, call: d.call };
      if (known.has(outcome.defect)) {
        const entry = report.known.get(outcome.defect);
        if (entry === undefined) report.known.set(outcome.defect, { count: 1, first: finding });
        else entry.count++;
        return;
      }
      if (report.unknown.filter((f) => f.defect === outcome.defect).length < keep) report.unknown.push(finding);
      return;
    }
  }
}

/** How many valid calls of one export the edge sweep starts from, and how many numbers of each it replaces. */
export const SWEEP_CALLS = 3;
export const SWEEP_PARTS = 8;

/**
 * Sweeps one export: each number of its first valid calls (the documented
 * ones, else generated ones) replaced, one at a time, by every edge number
 * (test/fuzz/extremes.ts, `edgeSweep`), with the same checks as the fuzzing.
 */
export function sweepExport(checked: Checked, description: Description, documented: readonly DocumentedCall[], settings: FuzzSettings): ExportReport {
  const started = performance.now();
  const report = emptyReport(checked.name);
  const construct = description.kind === 'class';
  const starts: (readonly unknown[])[] = documented.slice(0, SWEEP_CALLS).map((d) => d.args);
  if (starts.length === 0 && description.valid !== undefined) starts.push(...fc.sample(description.valid, { seed: seedFor(checked.name, 15, settings.seed), numRuns: SWEEP_CALLS }));
  const drawn: Drawn[] = starts.flatMap((args) =>
    edgeSweep(args, SWEEP_PARTS).map((c): Drawn => ({ call: { args: guardCallbacks(c.args), construct }, label: c.label, valid: false })),
  );
  const bound = settings.known.has('timeout') ? KNOWN_HANG_BOUND_MS : settings.boundMs;
  const outcomes = runCalls(checked, drawn.map((d) => d.call), bound);
  for (let i = 0; i < drawn.length; i++) {
    let outcome: Outcome = outcomes[i]!;
    if (outcome.kind === 'defect' && outcome.defect === 'timeout' && !settings.known.has('timeout')) outcome = runCalls(checked, [drawn[i]!.call], bound * 5)[0]!;
    tally(report, drawn[i]!, outcome, settings.known, settings.keep ?? 3);
  }
  report.ms = performance.now() - started;
  return report;
}
