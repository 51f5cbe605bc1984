// @ts-check
// Compiles every ```ts block of the README against the built package's type
// declarations under `strict`, as a user who pastes it into a strict
// TypeScript project would: a block is a module of its own that imports
// 'cx-metrics' (resolved through package.json's "exports", as for a user);
// a block without an import of its own gets one for the exports it names,
// as the docs test puts every export in scope. Any error fails, with the
// README line it is on. Needs dist/ (`npm run build`).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = join(root, 'README.md');
// inside the package, so that 'cx-metrics' resolves to the package itself; ignored by git
const out = join(root, 'examples', '.out', 'readme');

if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

/** Every name dist/index.d.ts exports, values and types. */
function exportNames() {
  const file = join(root, 'dist', 'index.d.ts');
  const program = ts.createProgram([file], { noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error('dist/index.d.ts has no exports');
  return checker.getExportsOfModule(symbol).map((s) => s.name);
}

const names = exportNames();
const text = readFileSync(readme, 'utf8');
/** @type {{ file: string, line: number, prepended: number }[]} */
const blocks = [];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const match of text.matchAll(/^```(?:ts|typescript)[ \t]*\n([\s\S]*?)^```/gm)) {
  const code = match[1] ?? '';
  // the README line of the block's first line of code
  const line = text.slice(0, match.index).split('\n').length + 1;
  const imports = /^\s*import\s[\s\S]*?from\s*['"]cx-metrics['"]/m.test(code);
  const used = imports ? [] : names.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  const header = used.length === 0 ? '' : `import { ${used.join(', ')} } from 'cx-metrics';\n`;
  const file = join(out, `block-${blocks.length + 1}.ts`);
  // `export {}` keeps a block without imports a module, so that blocks do not share names
  writeFileSync(file, `${header}${code}\nexport {};\n`);
  blocks.push({ file, line, prepended: header === '' ? 0 : 1 });
}

const program = ts.createProgram(
  blocks.map((b) => b.file),
  {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    skipLibCheck: false,
  },
);
const diagnostics = ts.getPreEmitDiagnostics(program);
for (const d of diagnostics) {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const block = blocks.find((b) => b.file === d.file?.fileName);
  if (d.file === undefined || d.start === undefined || block === undefined) {
    console.error(`${d.file ? relative(root, d.file.fileName) : 'README'}: ${message}`);
    continue;
  }
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  console.error(`README.md:${block.line + line - block.prepended} (block ${blocks.indexOf(block) + 1}): ${message}`);
}
if (diagnostics.length > 0) {
  console.error(`\n${diagnostics.length} type errors in the README's TypeScript blocks under strict`);
  process.exit(1);
}
console.log(`${blocks.length} TypeScript blocks of the README compile under strict against the built types`);
