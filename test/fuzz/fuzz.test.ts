/**
 * The fuzz suite: every runtime export of the package, called with junk,
 * with valid arguments (the documented examples and generated ones) and with
 * valid arguments of which one part is made extreme. Every call must return a
 * finite result, each number within its field's documented range, or throw
 * a MetricError with a documented code that names the function, leave its
 * arguments and the built-in prototypes unchanged, and end within a time
 * bound (test/fuzz/harness.ts). Defects on the list of
 * known failures (test/fuzz/expected-failures.ts) are reported, not failed.
 * `npm run fuzz` runs the same suite for millions of calls.
 */
import { afterAll, describe, expect, test } from 'vitest';
import * as lib from '../../src/index.js';
import fc from 'fast-check';
import { DESCRIPTIONS, RANGES_BY_NAME, type Description } from './descriptions.js';
import { fuzzExport, showCall, sweepExport, SWEEP_CALLS, SWEEP_PARTS, type ExportReport } from './engine.js';
import { EXTREME_NUMBERS } from './extremes.js';
import { documentedCalls } from './examples.js';
import { EXPECTED_FAILURES } from './expected-failures.js';
import { DOCUMENTED_CODES, numberPaths, pathMatches, rangeOf, runCalls, type Checked, type Ranges } from './harness.js';
import { BOUND_MS, LONG, ONLY, RUNS, SEED, SHARD } from './settings.js';

const exports = lib as Record<string, unknown>;
const names = Object.keys(exports).sort();
const documented = documentedCalls();
const reports: ExportReport[] = [];
const sweeps: ExportReport[] = [];

/** An entry's ranges by path: one range stands for the result itself. */
function rangesOf(description: Description | undefined): Ranges | undefined {
  const r = description?.ranges;
  if (r === undefined) return undefined;
  return typeof r === 'object' && !Array.isArray(r) ? (r as Ranges) : { '': r as Ranges[string] };
}

function checkedOf(name: string): Checked {
  const description = DESCRIPTIONS[name];
  const ranges = rangesOf(description);
  return {
    name,
    value: exports[name],
    ...(description?.absent === undefined ? {} : { absent: description.absent }),
    ...(description?.echoed === undefined ? {} : { echoed: description.echoed }),
    ...(ranges === undefined ? {} : { ranges }),
    rangesByName: RANGES_BY_NAME,
  };
}

describe('the fuzz suite covers the package', () => {
  test('every runtime export has a fuzz description', () => {
    const missing = names.filter((name) => !Object.hasOwn(DESCRIPTIONS, name));
    expect(missing, 'add these exports to test/fuzz/descriptions.ts').toStrictEqual([]);
  });

  test('every fuzz description names a runtime export', () => {
    const stale = Object.keys(DESCRIPTIONS).filter((name) => !Object.hasOwn(exports, name));
    expect(stale, 'remove these from test/fuzz/descriptions.ts').toStrictEqual([]);
  });

  test('every known failure names a runtime export', () => {
    expect(EXPECTED_FAILURES.map((e) => e.fn).filter((name) => !Object.hasOwn(exports, name))).toStrictEqual([]);
  });

  test('the documented error codes are read from src/error.ts', () => {
    expect(DOCUMENTED_CODES.has('EMPTY_INPUT')).toBe(true);
    expect(DOCUMENTED_CODES.has('INVALID_TYPE')).toBe(true);
  });
});

/**
 * The numeric result paths of an export's valid calls (the documented ones
 * and some generated), each with whether it has a range.
 */
function resultPaths(name: string): Map<string, boolean> {
  const description = DESCRIPTIONS[name];
  const checked = checkedOf(name);
  const calls = [...(documented.get(name) ?? [])];
  if (description?.valid !== undefined) for (const args of fc.sample(description.valid, { seed: SEED, numRuns: 30 })) calls.push({ args, construct: false });
  const paths = new Map<string, boolean>();
  const f = exports[name] as (...args: unknown[]) => unknown;
  for (const call of calls) {
    let result: unknown;
    try {
      result = call.construct ? Reflect.construct(f, call.args) : Reflect.apply(f, undefined, call.args);
    } catch {
      continue;
    }
    for (const path of numberPaths(result, checked)) paths.set(path, rangeOf(checked, path) !== undefined);
  }
  return paths;
}

describe('every numeric result field has a documented range (test/fuzz/descriptions.ts)', () => {
  const ranged = names.filter((name) => typeof exports[name] === 'function');
  const seen = new Map(ranged.map((name) => [name, resultPaths(name)] as const));

  test('every number in the result of a valid call has a range, by path or by name', () => {
    const missing = ranged.flatMap((name) => [...seen.get(name)!].filter(([, has]) => !has).map(([path]) => `${name}: ${path || '(the result)'}`));
    expect(missing, 'give these fields a range in test/fuzz/descriptions.ts, from their TSDoc').toStrictEqual([]);
    const withFields = [...seen.values()].filter((paths) => paths.size > 0);
    console.log(`ranges: ${withFields.reduce((sum, paths) => sum + paths.size, 0)} numeric result paths of ${withFields.length} exports, each with a range`);
  });

  test('every range path of an entry is a path that some valid call returns', () => {
    // the shapes an entry shares (a summary's sketch, say) need not all show in its own calls: matched against every export's
    const paths = [...new Set([...seen.values()].flatMap((p) => [...p.keys()]))];
    const stale = ranged.flatMap((name) =>
      Object.keys(rangesOf(DESCRIPTIONS[name]) ?? {})
        .filter((pattern) => !paths.some((path) => pathMatches(pattern, path)))
        .map((pattern) => `${name}: ${pattern || '(the result)'}`),
    );
    expect(stale, 'these range paths match no field of a result: misspelt, or the field is gone').toStrictEqual([]);
  });
});

const functions = names
  .filter((name) => DESCRIPTIONS[name] !== undefined && DESCRIPTIONS[name].kind !== 'constant' && (ONLY === undefined || ONLY.has(name)))
  .filter((_, i) => SHARD === undefined || i % SHARD[1] === SHARD[0] - 1);
const constants = names.filter((name) => DESCRIPTIONS[name]?.kind === 'constant');

describe.each(constants)('constant %s', (name) => {
  test('is finite and cannot be changed', () => {
    const value = exports[name];
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else expect(Object.isFrozen(value)).toBe(true);
  });
});

describe.each(functions)('%s', (name) => {
  const description = DESCRIPTIONS[name]!;
  const known = new Set(EXPECTED_FAILURES.filter((e) => e.fn === name).map((e) => e.defect));

  test(
    'junk, valid and extreme arguments give a finite result within its ranges or a documented MetricError, change nothing and end in time',
    () => {
      const report = fuzzExport(checkedOf(name), description, documented.get(name) ?? [], {
        runs: RUNS,
        seed: SEED,
        boundMs: Math.max(BOUND_MS, description.bound ?? 0),
        known,
      });
      reports.push(report);
      if (LONG) console.log(reportLine(report));
      const found = report.unknown.map((f) => `${f.defect}: ${f.detail}\n    ${f.label}\n    ${showCall(name, f.call)}`);
      expect(found, `defects of ${name} not on the list of known failures (test/fuzz/expected-failures.ts)`).toStrictEqual([]);
    },
    LONG ? 0 : 120_000,
  );

  test('each number of its first valid calls set to each edge number gives a finite result within its ranges or a documented MetricError, in time', () => {
    const report = sweepExport(checkedOf(name), description, documented.get(name) ?? [], { runs: 0, seed: SEED, boundMs: Math.max(BOUND_MS, description.bound ?? 0), known });
    sweeps.push(report);
    const found = report.unknown.map((f) => `${f.defect}: ${f.detail}\n    ${f.label}\n    ${showCall(name, f.call)}`);
    expect(found, `defects of ${name} not on the list of known failures (test/fuzz/expected-failures.ts)`).toStrictEqual([]);
  }, 120_000);

  if (description.kind !== 'class') {
    test('some of its valid arguments give a result, so that the fuzzing reaches past validation', () => {
      const report = reports.find((r) => r.name === name);
      if (report === undefined) return;
      expect(report.validResults, `no valid call of ${name} returned: add or fix its examples or its generator in test/fuzz/descriptions.ts`).toBeGreaterThan(0);
    });
  }
});

describe('known failures (test/fuzz/expected-failures.ts): each still fails as listed', () => {
  test('each listed export is a runtime export of the package', () => {
    expect(EXPECTED_FAILURES.map((e) => e.fn).filter((fn) => typeof exports[fn] !== 'function')).toStrictEqual([]);
  });

  test.each(EXPECTED_FAILURES.map((e) => [`${e.fn}: ${e.defect}, ${e.why}`, e] as const))('%s', (_, entry) => {
    const call = { args: entry.args(), ...(entry.construct === true ? { construct: true } : {}) };
    // a listed hang runs for minutes or more: half a second shows it
    const [outcome] = runCalls(checkedOf(entry.fn), [call], entry.defect === 'timeout' ? 500 : BOUND_MS);
    const shown = showCall(entry.fn, call);
    expect(
      outcome!.kind === 'defect' ? outcome!.defect : `no defect (${outcome!.kind})`,
      `${shown} no longer fails as listed: if it is fixed, remove its entry from test/fuzz/expected-failures.ts`,
    ).toBe(entry.defect);
  });
});

/** One export's totals on a line. */
function reportLine(r: ExportReport): string {
  const errors = [...r.errors.values()].reduce((a, b) => a + b, 0);
  const knownText = [...r.known].map(([kind, k]) => `${kind} ×${k.count}`).join(', ');
  return `  ${r.name.padEnd(34)} ${String(r.calls).padStart(9)} calls ${String(r.results).padStart(9)} results ${String(errors).padStart(9)} errors ${String(r.traps).padStart(7)} traps  ${Math.round(r.ms)} ms${knownText === '' ? '' : `  known: ${knownText}`}${r.unknown.length > 0 ? `  UNKNOWN: ${r.unknown.length}` : ''}`;
}

afterAll(() => {
  if (sweeps.length > 0) {
    const count = (f: (r: ExportReport) => number) => sweeps.reduce((sum, r) => sum + f(r), 0);
    const errors = count((r) => [...r.errors.values()].reduce((a, b) => a + b, 0));
    const known = count((r) => [...r.known.values()].reduce((a, b) => a + b.count, 0));
    console.log(
      `edge sweep (${SWEEP_CALLS} valid calls per export, ${SWEEP_PARTS} numbers of each, ${EXTREME_NUMBERS.length} edge numbers): ${count((r) => r.calls)} calls over ${sweeps.length} exports — ${count((r) => r.results)} results, ${errors} MetricErrors, ${count((r) => r.traps)} caller exceptions let through, ${known} known defects, ${count((r) => r.unknown.length)} unknown, ${Math.round(count((r) => r.ms))} ms`,
    );
  }
  if (reports.length === 0) return;
  const total = { calls: 0, results: 0, errors: 0, traps: 0, known: 0, unknown: 0 };
  const lines: string[] = [];
  for (const r of reports) {
    const known = [...r.known.values()].reduce((a, b) => a + b.count, 0);
    total.calls += r.calls;
    total.results += r.results;
    total.errors += [...r.errors.values()].reduce((a, b) => a + b, 0);
    total.traps += r.traps;
    total.known += known;
    total.unknown += r.unknown.length;
    // npm test names only the exports with defects and the slow ones; the long run names all
    if (LONG || known > 0 || r.unknown.length > 0 || r.ms > 1000) lines.push(reportLine(r));
  }
  const summary = `fuzz (seed ${SEED}, ${RUNS} calls per export, bound ${BOUND_MS} ms${SHARD === undefined ? '' : `, share ${SHARD[0]}/${SHARD[1]} of the exports`}): ${total.calls} calls over ${reports.length} exports — ${total.results} results, ${total.errors} MetricErrors, ${total.traps} caller exceptions let through, ${total.known} known defects, ${total.unknown} unknown`;
  console.log([summary, ...lines].join('\n'));
});
