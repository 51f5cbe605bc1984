// @ts-check
/**
 * The README's ```ts examples as one ES module that any JavaScript runtime
 * (Node, Bun, Deno, a browser) can run against the built package. As in
 * test/docs.test.ts, a line `expression; // => expected` checks deep, strict
 * equality and `// ≈ expected` allows numbers to differ by 1e-12 relative;
 * import lines are dropped, as every export is in scope, and the types of
 * the TypeScript blocks erased (TypeScript's transpileModule). The module exports
 * `runExamples()`, which returns `{ blocks, checks, failures }`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * @param {string} readmePath the README to read the examples from
 * @param {string} libraryUrl how the module imports the built package (a URL or a path)
 * @param {readonly string[]} exportNames the package's exports, put in scope of every example
 * @returns {string} the module's source
 */
export function examplesModule(readmePath, libraryUrl, exportNames) {
  const text = readFileSync(readmePath, 'utf8');
  const blocks = [...text.matchAll(/^```(?:ts|js|typescript|javascript)\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const assertion = /^(\s*)(.+?);?\s*\/\/ (=>|≈) (.+)$/;
  const bodies = blocks.map((code, i) => {
    const body = code
      .replace(/^\s*import\s[\s\S]*?from\s*['"][^'"]+['"];?[ \t]*$/gm, '')
      .split('\n')
      .map((line) => {
        const m = assertion.exec(line);
        if (!m) return line;
        const check = m[3] === '≈' ? '__approx' : '__check';
        return `${m[1]}${check}(${m[2]}, ${m[4]}, ${JSON.stringify(`README block ${i + 1}: ${line.trim()}`)});`;
      })
      .join('\n');
    const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    return `  try {\n    (() => {\n${js}\n    })();\n  } catch (error) {\n    failures.push(${JSON.stringify(`README block ${i + 1}`)} + ' threw ' + String(error && error.stack || error));\n  }`;
  });
  return `import { ${exportNames.join(', ')} } from ${JSON.stringify(libraryUrl)};

function same(a, b, approx) {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b)) return true;
    return approx && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same(a[k], b[k], approx));
}
function show(x) {
  try { return JSON.stringify(x); } catch { return String(x); }
}

export function runExamples() {
  const failures = [];
  let checks = 0;
  const __check = (actual, expected, where) => {
    checks++;
    if (!same(actual, expected, false)) failures.push(where + ' gave ' + show(actual));
  };
  const __approx = (actual, expected, where) => {
    checks++;
    if (!same(actual, expected, true)) failures.push(where + ' gave ' + show(actual));
  };
${bodies.join('\n')}
  return { blocks: ${blocks.length}, checks, failures };
}
`;
}
