// @ts-check
// What a user ships: bundles the built package (dist/index.js) as a bundler
// would for an application that imports a few metrics (esbuild, minified,
// ESM, platform neutral, unused code dropped), and checks the gzipped size
// against a limit.
//
// Above a limit it says why, for the maintainer:
// - the modules that make up the bundle, largest first (the sources bundled
//   the same way, as one program, so that the same statements keep the same
//   code); a module the imports do not need is there because something
//   keeps it;
// - the top-level statements of the package that a bundler keeps whatever
//   is imported and that nothing else kept uses, with their module: each
//   holds something esbuild cannot prove free of side effects (a call, `new`,
//   a spread, `**`, a template with ${…}, a property assignment) and keeps
//   what it uses. Make each a plain literal, or mark the call /*#__PURE__*/.
//
// Usage: node scripts/size.mjs [--all]   (--all explains every bundle, also within its limit)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, 'dist/index.js');
const sources = resolve(root, 'src/index.ts');

/** 1 KB = 1024 bytes. */
const KB = 1024;

/**
 * What is imported, and the most it may cost gzipped, in bytes. The limits
 * guard what the package costs today, with a little room (docs/performance.md
 * has the figures). The goal of 1.5 KB for `{ nps }` and 2.5 KB for
 * `{ nps, csat, ces }` is not reached: `nps` keeps nothing it does not run —
 * its one input pipeline (values, iterables, a tally or counts), its weighted
 * pass, the validating passes for three element kinds, the tally reader, and
 * since counts took BigInts and the survey metrics the option `frequencies`,
 * the BigInt conversion (0.12 KB) and the frequencies' counting pass
 * (0.32 KB), and since iterables are read through their own iterator with
 * a MetricError for one that is not (0.09 KB), and since an NPS of all
 * promoters is exactly 100 for weighted answers and passives are counted
 * from the answers of 7 and 8 (0.03 KB) — and the text of its error messages
 * alone is about 1.3 KB gzipped, the code about 3 KB (with the strings
 * taken out).
 */
const ENTRIES = [
  { imports: ['nps'], limit: 4.75 * KB },
  { imports: ['nps', 'csat', 'ces'], limit: 6 * KB },
];

if (!existsSync(dist)) {
  console.error('size: dist/index.js is missing; run `npm run build` first');
  process.exit(1);
}

/**
 * Bundles `code` with `cx-metrics` resolved to `target`. The modules of the
 * sources are resolved here, so that the package's `sideEffects: false`
 * does not drop whole modules: the built package is one module, in which
 * only statements can be dropped, and the sources are bundled the same way.
 * @param {string} code
 * @param {string} target
 * @param {{ minify?: boolean }} [options]
 */
async function bundle(code, target, { minify = true } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify,
    minifySyntax: true,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'cx-metrics',
        setup(b) {
          b.onResolve({ filter: /^cx-metrics$/ }, () => ({ path: target }));
          b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => ({ path: resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts')) }));
        },
      },
    ],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('size: esbuild wrote no output');
  return { bytes: output.contents, text: output.text, metafile: result.metafile };
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / KB).toFixed(2)} KB`;
}

/**
 * The modules of the sources bundled for `imports`, by the minified bytes each puts in, largest first.
 * @param {readonly string[]} imports
 */
async function modules(imports) {
  const { metafile } = await bundle(`export { ${imports.join(', ')} } from 'cx-metrics';`, sources);
  const output = Object.values(metafile.outputs)[0];
  if (output === undefined) return [];
  return Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => path !== '<stdin>' && bytesInOutput > 0)
    .map(([path, { bytesInOutput }]) => ({ path: relative(root, resolve(root, path)), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The identifiers in a piece of code, outside strings, the text of
 * templates and comments (the code of `${…}` in templates included).
 * @param {string} code
 */
function identifiers(code) {
  /** @type {Set<string>} */
  const found = new Set();
  /** @type {string[]} what each open `${` or `{` inside one returns to: 'template' or 'code' */
  const stack = [];
  let i = 0;
  let inTemplate = false;
  while (i < code.length) {
    const c = code[i] ?? '';
    if (inTemplate) {
      if (c === '\\') i += 2;
      else if (c === '`') {
        inTemplate = false;
        i++;
      } else if (c === '$' && code[i + 1] === '{') {
        stack.push('template');
        inTemplate = false;
        i += 2;
      } else i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      inTemplate = true;
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      i = close === -1 ? code.length : close + 2;
    } else if (c === '{') {
      stack.push('code');
      i++;
    } else if (c === '}') {
      inTemplate = stack.pop() === 'template';
      i++;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(code.slice(i, i + 200))?.[0] ?? c;
      found.add(word);
      i += word.length;
    } else i++;
  }
  return found;
}

/**
 * The top-level statements of dist/index.js a bundler keeps when nothing at
 * all is imported from it, each with the source module it comes from (the
 * build marks each module with a `// src/…` comment). A statement is a
 * cause when no other kept statement uses what it declares: it is kept for
 * itself. The others are kept because a cause uses them.
 */
async function keptStatements() {
  /** @type {Map<string, string>} */
  const moduleOf = new Map();
  let current = '?';
  for (const line of readFileSync(dist, 'utf8').split('\n')) {
    const marker = /^\/\/ (src\/\S+)$/.exec(line);
    if (marker?.[1] !== undefined) current = marker[1];
    const declared = /^(?:var|let|const|function\*?|class|async function)\s+([\w$]+)/.exec(line);
    if (declared?.[1] !== undefined) moduleOf.set(declared[1], current);
  }
  const { text } = await bundle(`import ${JSON.stringify('cx-metrics')};`, dist, { minify: false });
  /** @type {string[][]} */
  const statements = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    // esbuild prints a top-level statement from the first column and indents what it holds
    const last = statements.at(-1);
    if (last !== undefined && /^[\s})\]]/.test(line)) last.push(line);
    else statements.push([line]);
  }
  const words = statements.map((lines) => identifiers(lines.join('\n')));
  return statements.map((lines, i) => {
    const first = lines[0] ?? '';
    // the top-level names it declares: the first after `var`/`function`/`class`, and each `, name =` that starts a declarator
    const declared = [...lines.join('\n').matchAll(/(?:^(?:var|let|const|function\*?|class) |^\}?, |, )([A-Za-z_$][\w$]*)(?= = |\()/gm)]
      .map((m) => m[1] ?? '')
      .filter((n) => moduleOf.has(n));
    const usedElsewhere = declared.some((n) => words.some((w, j) => j !== i && w.has(n)));
    const name = declared[0] ?? (first.match(/[A-Za-z_$][\w$]*/g) ?? []).find((n) => moduleOf.has(n));
    // within a statement of several lines, the lines that most likely keep it
    const culprits = lines.slice(1).filter((l) => /\.\.\.|\$\{|\bnew |\*\*|Object\.\w+\(/.test(l) && !/^\s{4}/.test(l));
    return { module: name === undefined ? '?' : (moduleOf.get(name) ?? '?'), first, culprits, lines: lines.length, cause: !usedElsewhere };
  });
}

const all = process.argv.includes('--all');
let failed = false;
for (const { imports, limit } of ENTRIES) {
  const { bytes } = await bundle(`export { ${imports.join(', ')} } from 'cx-metrics';`, dist);
  const gzipped = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  const over = gzipped > limit;
  const label = `import { ${imports.join(', ')} }`;
  console.log(
    `${over ? 'FAIL' : 'ok  '} ${label.padEnd(28)} ${kb(bytes.length).padStart(9)} minified ${kb(gzipped).padStart(9)} gzipped   limit ${kb(limit)} gzipped`,
  );
  if (!over && !all) continue;
  if (over) {
    failed = true;
    console.log(`     ${gzipped} bytes gzipped, ${gzipped - limit} over the limit of ${limit}.`);
  }
  console.log('     Modules in the bundle, minified bytes (the sources bundled the same way):');
  for (const m of (await modules(imports)).slice(0, 15)) console.log(`     ${String(m.bytes).padStart(7)}  ${m.path}`);
}

if (failed || all) {
  const kept = await keptStatements();
  /** @param {string} text @param {number} width */
  const cut = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  if (kept.length === 0) console.log('\nNo top-level statement of dist/index.js is kept when nothing is imported.');
  else {
    console.log(
      '\nTop-level statements of dist/index.js a bundler keeps whatever is imported, and that nothing else kept uses: each keeps itself\n' +
        'and what it uses. Make each a plain literal (no call, `new`, spread, `**`, template with ${…} or property assignment) or mark\n' +
        'the call /*#__PURE__*/:',
    );
    for (const { module, first, culprits, lines } of kept.filter((k) => k.cause)) {
      const more = lines > 1 ? ` (${lines} lines)` : '';
      console.log(`  ${module.padEnd(34)} ${cut(first, 110 - more.length)}${more}`);
      for (const line of culprits.slice(0, 3)) console.log(`  ${''.padEnd(34)}   … ${cut(line.trim(), 104)}`);
    }
    const others = kept.filter((k) => !k.cause);
    if (others.length > 0) {
      const byModule = [...new Set(others.map((k) => k.module))].map((m) => `${m} (${others.filter((k) => k.module === m).length})`);
      console.log(`  kept because those use them, statements of: ${byModule.join(', ')}`);
    }
  }
}
if (failed) {
  console.error('\nsize: a bundle is over its limit; the modules and statements above say what it holds and what keeps it.');
  process.exit(1);
}
