import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as Record<string, unknown>;

describe('package.json for the command and for publishing', () => {
  test('the cx-metrics command is the bin dist/cli.js', () => {
    expect(pkg['bin']).toStrictEqual({ 'cx-metrics': './dist/cli.js' });
  });

  test('repository, homepage and bugs are filled in', () => {
    expect(pkg['repository']).toMatchObject({ type: 'git' });
    expect(typeof pkg['homepage']).toBe('string');
    expect((pkg['bugs'] as { url?: unknown } | undefined)?.url).toMatch(/^https:\/\//);
  });

  test('the command imports the library from the package entry, so that the build keeps one copy', () => {
    const sources = ['run.ts', 'library.ts', 'args.ts', 'output.ts', 'html.ts', 'rows.ts', 'csv.ts', 'errors.ts', 'main.ts'].map((f) =>
      readFileSync(join(import.meta.dirname, '..', '..', 'src', 'cli', f), 'utf8'),
    );
    const imports = sources.flatMap((s) => [...s.matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1]));
    expect(new Set(imports)).toStrictEqual(new Set(['../index.js']));
  });
});
