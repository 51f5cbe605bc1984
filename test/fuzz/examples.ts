/**
 * Valid arguments from the documentation: every TSDoc `@example` of src/ and
 * every ```ts block of the README and docs/ is run with each export replaced
 * by a proxy that records the arguments it is called with. A new function
 * with an example is therefore fuzzed from its documented inputs without
 * anyone writing them down again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as lib from '../../src/index.js';

const root = join(import.meta.dirname, '../..');

/** ```ts / ```js fenced blocks of a markdown text. */
function fencedBlocks(text: string): string[] {
  const fence = /^```(?:ts|js|typescript|javascript)\s*\n([\s\S]*?)^```/gm;
  return [...text.matchAll(fence)].map((m) => m[1]!);
}

/** The code of every example in src/ (TSDoc) and in the README and docs/ (fenced blocks). */
function exampleCode(): string[] {
  const code: string[] = [];
  const src = join(root, 'src');
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const body = comment[1]!.replace(/^[ \t]*\* ?/gm, '');
      const at = body.indexOf('@example');
      if (at !== -1) code.push(...fencedBlocks(body.slice(at)));
    }
  }
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f));
  for (const file of [join(root, 'README.md'), ...docs]) code.push(...fencedBlocks(readFileSync(file, 'utf8')));
  return code;
}

/** A documented call: its arguments, and whether it was made with `new`. */
export interface DocumentedCall {
  readonly args: readonly unknown[];
  readonly construct: boolean;
}

/** The calls of each export made by the documentation's examples, in order. */
export function documentedCalls(): ReadonlyMap<string, readonly DocumentedCall[]> {
  const calls = new Map<string, DocumentedCall[]>();
  const names = Object.keys(lib);
  const recorders = names.map((name) => {
    const value = (lib as Record<string, unknown>)[name];
    if (typeof value !== 'function') return value;
    const record = (args: readonly unknown[], construct: boolean) => {
      let list = calls.get(name);
      if (list === undefined) calls.set(name, (list = []));
      list.push({ args: [...args], construct });
    };
    return new Proxy(value, {
      apply(target, self, args: unknown[]) {
        record(args, false);
        return Reflect.apply(target, self, args) as unknown;
      },
      construct(target, args: unknown[]) {
        record(args, true);
        return Reflect.construct(target, args) as object;
      },
    });
  });
  for (const code of exampleCode()) {
    const body = code.replace(/^\s*import\s[\s\S]*?from\s*['"][^'"]+['"];?[ \t]*$/gm, '');
    try {
      new Function(...names, body)(...recorders);
    } catch {
      // an example that throws (on purpose, or in a try the snippet lacks) has recorded its calls already
    }
  }
  return calls;
}
