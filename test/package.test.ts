import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as Record<string, unknown>;

describe('package.json', () => {
  test('has no runtime dependencies of any kind', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(pkg[field], field).toBeUndefined();
    }
  });

  test('is an ES module package without side effects that ships only dist', () => {
    expect(pkg['name']).toBe('cx-metrics');
    expect(pkg['type']).toBe('module');
    expect(pkg['sideEffects']).toBe(false);
    expect(pkg['files']).toStrictEqual(['dist']);
    expect(pkg['engines']).toStrictEqual({ node: '>=18' });
    expect(pkg['license']).toBe('MIT');
  });

  test('exports separate import and require blocks, each with its own types first', () => {
    const exports = pkg['exports'] as Record<string, Record<string, Record<string, string>>>;
    const root = exports['.']!;
    expect(Object.keys(root)).toStrictEqual(['import', 'require']);
    expect(Object.keys(root['import']!)).toStrictEqual(['types', 'default']);
    expect(Object.keys(root['require']!)).toStrictEqual(['types', 'default']);
    expect(root['import']!['types']).toBe('./dist/index.d.ts');
    expect(root['require']!['types']).toBe('./dist/index.d.cts');
    expect(exports['./package.json']).toBe('./package.json');
  });

  test('has the scripts the project documents', () => {
    expect(Object.keys(pkg['scripts'] as object)).toEqual(
      expect.arrayContaining(['build', 'typecheck', 'test', 'docs', 'demo', 'bench']),
    );
  });
});
