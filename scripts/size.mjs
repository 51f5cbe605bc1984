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
//   is imported, with their module: a call, `new`, a spread, a property
//   assignment or arithmetic on a variable, which esbuild cannot prove free
//   of side effects. Make each a plain literal, or mark it /*#__PURE__*/.
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

/** What is imported, and the most it may cost gzipped, in bytes. */
const ENTRIES = [
  { imports: ['nps'], limit: 1.5 * KB },
  { imports: ['nps', 'csat', 'ces'], limit: 2.5 * KB },
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
 * The top-level statements of dist/index.js a bundler keeps when nothing at
 * all is imported from it, each with the source module it comes from (the
 * build marks each module with a `// src/…` comment) and its first line.
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
  /** @type {{ module: string, statement: string, lines: number }[]} */
  const kept = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    // esbuild prints a top-level statement from the first column and indents what it holds
    const last = kept.at(-1);
    if (last !== undefined && /^[\s})\]]/.test(line)) {
      last.lines++;
      continue;
    }
    const name = (line.match(/[A-Za-z_$][\w$]*/g) ?? []).find((n) => moduleOf.has(n));
    kept.push({ module: name === undefined ? '?' : (moduleOf.get(name) ?? '?'), statement: line, lines: 1 });
  }
  return kept;
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
  if (kept.length === 0) console.log('\nNo top-level statement of dist/index.js is kept when nothing is imported.');
  else {
    console.log('\nTop-level statements of dist/index.js a bundler keeps whatever is imported (a plain literal among them is kept because a statement\nafter it uses it); make each a plain literal or mark it /*#__PURE__*/:');
    for (const { module, statement, lines } of kept) {
      const more = lines > 1 ? ` (${lines} lines)` : '';
      const width = 110 - more.length;
      console.log(`  ${module.padEnd(34)} ${statement.length > width ? `${statement.slice(0, width - 1)}…` : statement}${more}`);
    }
  }
}
if (failed) {
  console.error('\nsize: a bundle is over its limit; the modules and statements above say what it holds and what keeps it.');
  process.exit(1);
}
