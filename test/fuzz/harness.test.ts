/**
 * The fuzz suite's checks, checked: each kind of defect is seen when a
 * function has it, and a well-behaved function passes.
 */
import { describe, expect, test } from 'vitest';
import { MetricError } from '../../src/index.js';
import { applyChange, type Change } from './extremes.js';
import { FuzzTrap, runCalls, throwingProxy, watchingProxy, within, type Checked, type Outcome } from './harness.js';

function outcomeOf(value: (...args: never[]) => unknown, args: readonly unknown[], extra: Partial<Checked> = {}, bound = 1000): Outcome {
  return runCalls({ name: 'f', value, ...extra }, [{ args }], bound)[0]!;
}

const defectOf = (o: Outcome) => (o.kind === 'defect' ? o.defect : o.kind);

describe('the checks of one call', () => {
  test('a finite result passes', () => {
    expect(outcomeOf(() => ({ a: 1, b: [2, -0], c: 'x', d: new Date(0) }), [])).toStrictEqual({ kind: 'result' });
  });

  test('NaN or ±Infinity anywhere in the result is a not-finite defect naming where', () => {
    expect(outcomeOf(() => ({ a: { b: [1, NaN] } }), [])).toStrictEqual({ kind: 'defect', defect: 'not-finite', detail: 'a.b[] is NaN' });
    expect(defectOf(outcomeOf(() => -Infinity, []))).toBe('not-finite');
    expect(defectOf(outcomeOf(() => new Map([['k', Infinity]]), []))).toBe('not-finite');
    expect(defectOf(outcomeOf(() => new Date(NaN), []))).toBe('not-finite');
  });

  test('undefined is a defect unless its path is documented, and echoed paths are not checked', () => {
    expect(defectOf(outcomeOf(() => ({ mean: undefined }), []))).toBe('absent');
    expect(outcomeOf(() => ({ mean: undefined }), [], { absent: ['mean'] })).toStrictEqual({ kind: 'result' });
    expect(outcomeOf(() => [{ key: NaN }], [], { echoed: ['[].key'] })).toStrictEqual({ kind: 'result' });
  });

  test('a MetricError must carry a documented code and name the function called', () => {
    expect(outcomeOf(() => { throw new MetricError('EMPTY_INPUT', { fn: 'f' }, 'nothing'); }, [])).toStrictEqual({ kind: 'error', code: 'EMPTY_INPUT' });
    expect(defectOf(outcomeOf(() => { throw new MetricError('SOMETHING' as never, { fn: 'f' }, 'x'); }, []))).toBe('unknown-code');
    expect(defectOf(outcomeOf(() => { throw new MetricError('EMPTY_INPUT', { fn: 'g' }, 'x'); }, []))).toBe('wrong-function');
  });

  test('any other error is a foreign-error defect; the caller’s own trap passes through', () => {
    expect(defectOf(outcomeOf(() => { throw new TypeError('x'); }, []))).toBe('foreign-error');
    expect(outcomeOf(() => { throw new FuzzTrap('mine'); }, [])).toStrictEqual({ kind: 'trap' });
  });

  test('changing an argument, even deep down, is a mutated-input defect', () => {
    const input = { a: [1, 2, { b: 3 }] };
    expect(defectOf(outcomeOf((x: typeof input) => { (x.a[2] as { b: number }).b = 4; }, [input]))).toBe('mutated-input');
    expect(defectOf(outcomeOf((x: number[]) => x.sort(), [[3, 1, 2]]))).toBe('mutated-input');
    expect(defectOf(outcomeOf((x: Float64Array) => { x[0] = 9; }, [new Float64Array(2)]))).toBe('mutated-input');
    expect(defectOf(outcomeOf((x: object) => Object.freeze(x), [{ a: 1 }]))).toBe('mutated-input');
  });

  test('a write through a proxy is seen, and reading it is not a change', () => {
    expect(defectOf(outcomeOf((x: number[]) => { x.push(1); }, [watchingProxy([1])]))).toBe('mutated-input');
    expect(outcomeOf((x: number[]) => x[0], [watchingProxy([1])])).toStrictEqual({ kind: 'result' });
  });

  test('a getter of the caller’s is not called by the checks', () => {
    let calls = 0;
    const input = Object.defineProperty({}, 'x', { get: () => ++calls, enumerable: true });
    expect(outcomeOf(() => 1, [input])).toStrictEqual({ kind: 'result' });
    expect(calls).toBe(0);
  });

  test('a property added to Object.prototype is a defect, and is removed again', () => {
    const o = outcomeOf(() => {
      (Object.prototype as Record<string, unknown>)['polluted'] = true;
    }, []);
    expect(o).toStrictEqual({ kind: 'defect', defect: 'prototype-changed', detail: 'Object.prototype changed: gained polluted' });
    expect('polluted' in {}).toBe(false);
  });

  test('a call that does not return within its bound is stopped and is a timeout defect', () => {
    const started = performance.now();
    const o = outcomeOf(() => {
      for (;;);
    }, [], {}, 100);
    expect(defectOf(o)).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('a slow batch gives each call its own bound', () => {
    const calls = Array.from({ length: 5 }, () => ({ args: [] }));
    const outcomes = runCalls({ name: 'f', value: () => { const end = performance.now() + 40; while (performance.now() < end); return 1; } }, calls, 100);
    expect(outcomes.map((o) => o.kind)).toStrictEqual(['result', 'result', 'result', 'result', 'result']);
  });

  test('within() returns the result, or throws when the bound passes', () => {
    expect(within(1000, () => 42)).toBe(42);
    expect(() => within(50, () => { for (;;); })).toThrow(/timed out/);
  });
});

describe('the changes made to valid arguments', () => {
  const base: Change = { operation: 'replace', part: 0, value: null, number: 1e308, size: 1000, u: 0.25 };

  test('never touch the original arguments', () => {
    const args = [{ a: [1, 2] }, Object.freeze({ b: 3 })];
    const copy = JSON.stringify(args);
    for (const operation of ['replace', 'number', 'fill', 'hole', 'getter', 'watch', 'trap', 'grow', 'huge', 'nudge', 'extra'] as const) {
      for (let part = 0; part < 5; part++) applyChange(args, { ...base, operation, part });
    }
    expect(JSON.stringify(args)).toBe(copy);
  });

  test('a hole, a throwing getter and a huge array-like are what they say', () => {
    const args = [[1, 2, 3]];
    const hole = applyChange(args, { ...base, operation: 'hole', part: 1 }).args[0] as number[];
    expect(0 in hole).toBe(false);
    const getter = applyChange(args, { ...base, operation: 'getter', part: 1 }).args[0] as number[];
    expect(() => getter[0]).toThrow(FuzzTrap);
    const huge = applyChange(args, { ...base, operation: 'huge', part: 0 }).args[0] as ArrayLike<number>;
    expect(huge.length).toBeGreaterThan(2 ** 32 - 2);
  });

  test('a throwing proxy throws on any use', () => {
    const p = throwingProxy([1]);
    expect(() => p[0]).toThrow(FuzzTrap);
    expect(() => Object.keys(p)).toThrow(FuzzTrap);
  });
});
