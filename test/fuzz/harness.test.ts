/**
 * The fuzz suite's checks, checked: each kind of defect is seen when a
 * function has it, and a well-behaved function passes.
 */
import { describe, expect, test } from 'vitest';
import { MetricError } from '../../src/index.js';
import { applyChange, type Change } from './extremes.js';
import { FuzzTrap, outOfRange, pathMatches, runCalls, throwingProxy, watchingProxy, within, type Checked, type Outcome } from './harness.js';

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

  test('a percentage above 100 or a probability below 0 is an out-of-range defect naming the export, the field and the value', () => {
    expect(outcomeOf(() => 101, [], { ranges: { '': 'percentage' } })).toStrictEqual({
      kind: 'defect',
      defect: 'out-of-range',
      detail: 'f: the result is 101, outside its range (a percentage, 0–100)',
    });
    expect(outcomeOf(() => ({ groups: [{ pValue: 0.5 }, { pValue: -0.1 }] }), [], { ranges: { 'groups[].pValue': 'probability' } })).toStrictEqual({
      kind: 'defect',
      defect: 'out-of-range',
      detail: 'f: groups[].pValue is -0.1, outside its range (a probability, 0–1)',
    });
  });

  test('values in range pass, the bounds included', () => {
    const ranges = { share: 'percentage', p: 'probability', nps: 'signedPercentage', n: 'count', t: 'nonNegative', a: 'positive', z: 'real', w: [2, 3] } as const;
    for (const r of [
      { share: 0, p: 0, nps: -100, n: 0, t: 0, a: 5e-324, z: -1e308, w: 2 },
      { share: 100, p: 1, nps: 100, n: 2 ** 53 - 1, t: 1e308, a: 1e308, z: 1e308, w: 3 },
      { share: -0, p: -0, nps: -0, n: -0, t: -0, a: 1, z: 0, w: 2.5 },
    ]) {
      expect(outcomeOf(() => r, [], { ranges })).toStrictEqual({ kind: 'result' });
    }
  });

  test('just outside a bound is out of range: a count must be whole, a positive value above 0', () => {
    const cases: [unknown, NonNullable<Checked['ranges']>][] = [
      [100.00000000000001, { '': 'percentage' }],
      [-Number.MIN_VALUE, { '': 'percentage' }],
      [1.0000000000000002, { '': 'probability' }],
      [-100.00000000000001, { '': 'signedPercentage' }],
      [1.5, { '': 'count' }],
      [-1, { '': 'count' }],
      [2 ** 53, { '': 'count' }],
      [-5e-324, { '': 'nonNegative' }],
      [0, { '': 'positive' }],
      [8.64e15 + 1, { '': 'instant' }],
      [3.5, { '': [2, 3] }],
    ];
    for (const [value, ranges] of cases) expect(defectOf(outcomeOf(() => value, [], { ranges })), String(value)).toBe('out-of-range');
  });

  test('a range by field name applies wherever the name ends a path, and one by path comes first', () => {
    const checked = { rangesByName: { pValue: 'probability' } } as const;
    expect(defectOf(outcomeOf(() => ({ a: { pValue: 2 } }), [], checked))).toBe('out-of-range');
    expect(defectOf(outcomeOf(() => ({ pairwise: [{ pValue: 2 }] }), [], checked))).toBe('out-of-range');
    // a name inside a list is an element's, not the field's
    expect(outcomeOf(() => ({ pValue: [2] }), [], checked)).toStrictEqual({ kind: 'result' });
    expect(outcomeOf(() => ({ pValue: 2 }), [], { ...checked, ranges: { pValue: 'real' } })).toStrictEqual({ kind: 'result' });
  });

  test('a range from the arguments is read from them; one it cannot read leaves the field unchecked', () => {
    const onScale = (args: readonly unknown[]) => [0, (args[0] as { max: number }).max] as const;
    expect(outcomeOf(() => 6, [{ max: 5 }], { ranges: { '': onScale } })).toMatchObject({ defect: 'out-of-range' });
    expect(outcomeOf(() => 5, [{ max: 5 }], { ranges: { '': onScale } })).toStrictEqual({ kind: 'result' });
    expect(outcomeOf(() => 6, [throwingProxy({})], { ranges: { '': onScale } })).toStrictEqual({ kind: 'result' });
  });

  test('echoed paths and undocumented ones are not range-checked; * stands for one key', () => {
    expect(outcomeOf(() => ({ key: 500, share: 5 }), [], { ranges: { share: 'percentage' }, echoed: ['key'] })).toStrictEqual({ kind: 'result' });
    expect(defectOf(outcomeOf(() => ({ channels: { email: { share: 120 } } }), [], { ranges: { 'channels.*.share': 'percentage' } }))).toBe('out-of-range');
    expect(pathMatches('channels.*.share', 'channels.email.share')).toBe(true);
    expect(pathMatches('channels.*.share', 'channels..share')).toBe(false);
    expect(pathMatches('channels.*.share', 'channels.a.b.share')).toBe(false);
    expect(pathMatches('*.achieved', 'firstReply.achieved')).toBe(true);
    expect(outOfRange(7, [1, 7], [])).toBeUndefined();
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
