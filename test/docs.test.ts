/**
 * The examples in the documentation are run here, so they cannot drift from
 * the code: every `@example` in the TSDoc of `src/` and every ```ts block of
 * the README and docs/. A line `expression; // => expected` asserts that the
 * expression equals the expected value (deep, strict equality); a line
 * `expression; // ≈ expected` allows numbers to differ in the last bits
 * (relative 1e-12), for results that go through a normal or t quantile,
 * whose last bit depends on the algorithm. Expected values are worked out
 * from the definitions, never pasted from the library's output. The types
 * of a TypeScript block are erased before it runs; that the README's blocks
 * compile under `strict` is checked against the build by
 * scripts/check-readme-types.mjs (`npm run test:examples`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as lib from '../src/index.js';

const root = join(import.meta.dirname, '..');

interface Snippet {
  readonly where: string;
  readonly code: string;
}

/** ```ts / ```js fenced blocks of a markdown text. */
function fencedBlocks(text: string): string[] {
  const blocks: string[] = [];
  const fence = /^```(?:ts|js|typescript|javascript)\s*\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) blocks.push(match[1]!);
  return blocks;
}

/** The `@example` blocks of every TSDoc comment in a source file. */
function tsdocExamples(file: string): Snippet[] {
  const text = readFileSync(file, 'utf8');
  const snippets: Snippet[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = comment[1]!.replace(/^[ \t]*\* ?/gm, '');
    const at = body.indexOf('@example');
    if (at === -1) continue;
    const line = text.slice(0, comment.index).split('\n').length;
    for (const code of fencedBlocks(body.slice(at))) snippets.push({ where: `${relative(root, file)}:${line}`, code });
  }
  return snippets;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

const markdownFiles = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f)),
];

const snippets: Snippet[] = [
  ...sourceFiles(join(root, 'src')).flatMap(tsdocExamples),
  ...markdownFiles.flatMap((file) =>
    fencedBlocks(readFileSync(file, 'utf8')).map((code, i) => ({ where: `${relative(root, file)} block ${i + 1}`, code })),
  ),
];

const ASSERTION = /^(\s*)(.+?);?\s*\/\/ (=>|≈) (.+)$/;

/** Deep equality where numbers may differ by 1e-12 relative. */
function approximately(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    expect(Math.abs(actual - expected) <= tolerance || actual === expected, `${path}: ${actual} ≈ ${expected}`).toBe(true);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), path).toStrictEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      approximately((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toStrictEqual(expected);
}

/**
 * Runs a snippet with the library's exports in scope. Import lines are
 * dropped (the exports are already there); each `// =>` line becomes a check.
 * Returns how many checks ran.
 */
function run(code: string): { expected: number; ran: number } {
  let expected = 0;
  const body = code
    // import statements, also those spread over several lines
    .replace(/^\s*import\s[\s\S]*?from\s*['"][^'"]+['"];?[ \t]*$/gm, '')
    .split('\n')
    .map((line) => {
      const m = ASSERTION.exec(line);
      if (!m) return line;
      // the checked expression must stand on the line itself, not close one from lines above
      expect(/^[)\]}]/.test(m[2]!.trim()), `a result comment must follow a whole expression: ${line.trim()}`).toBe(false);
      expected++;
      const check = m[3] === '≈' ? '__approx' : '__check';
      return `${m[1]}${check}(${m[2]}, ${m[4]}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
  let ran = 0;
  const check = (actual: unknown, wanted: unknown, line: string): void => {
    ran++;
    expect(actual, line).toStrictEqual(wanted);
  };
  const approx = (actual: unknown, wanted: unknown, line: string): void => {
    ran++;
    approximately(actual, wanted, line);
  };
  const names = Object.keys(lib);
  // type annotations of the TypeScript blocks (`const s: Scorecard = …`) are erased, as a compiler would
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  new Function(...names, '__check', '__approx', js)(...names.map((n) => (lib as Record<string, unknown>)[n]), check, approx);
  return { expected, ran };
}

describe('documentation examples', () => {
  test('there are examples to run', () => {
    expect(snippets.length).toBeGreaterThan(10);
  });

  test.each(snippets.map((s) => [s.where, s] as const))('%s', (_where, snippet) => {
    const { expected, ran } = run(snippet.code);
    expect(ran, 'every `// =>` line ran').toBe(expected);
  });
});

describe('every export is documented', () => {
  const sources = sourceFiles(join(root, 'src')).map((f) => readFileSync(f, 'utf8'));
  const functions = Object.entries(lib)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);

  test.each(functions)('%s has a TSDoc comment with @example and a result', (name) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:function|class|const) ${name}\\b`);
    const doc = sources.map((s) => declaration.exec(s)).find((m) => m !== null);
    expect(doc, `no TSDoc found for ${name}`).toBeDefined();
    const text = doc![1]!;
    expect(text).toContain('@example');
    expect(text).toMatch(/\/\/ (=>|≈)/);
    if (name !== 'MetricError') {
      expect(text).toContain('@param');
      expect(text).toContain('@returns');
    }
    if (name !== 'MetricError' && name !== 'isMetricError') expect(text).toContain('@throws');
  });
});

describe('the example runner itself', () => {
  test('checks a result and fails on a wrong one', () => {
    expect(run('nps([9, 10]); // => 100')).toStrictEqual({ expected: 1, ran: 1 });
    expect(() => run('nps([9, 10]); // => 99')).toThrow();
  });

  test('refuses a result comment that closes an expression begun on lines above', () => {
    expect(() => run('nps(\n  [9, 10],\n); // => 100')).toThrow(/must follow a whole expression/);
  });

  test('drops imports spread over several lines', () => {
    expect(run("import {\n  nps,\n  csat,\n} from 'cx-metrics';\nnps([9]); // => 100")).toStrictEqual({ expected: 1, ran: 1 });
  });

  test('compares approximately only where asked', () => {
    expect(run('0.1 + 0.2; // ≈ 0.3')).toStrictEqual({ expected: 1, ran: 1 });
    expect(() => run('0.1 + 0.2; // => 0.3')).toThrow();
  });
});
