// @ts-check
// The linter of the project: typescript-eslint's strict, type-checked rules on
// the library, its tests, benchmarks, examples and scripts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'examples/.out/', 'node_modules/', 'coverage/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['tsup.config.ts', 'vitest.config.ts', 'vitest.stryker.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Hot loops index arrays under `noUncheckedIndexedAccess` and assert the
      // element with `!` where the loop bound proves it exists: a check per
      // element there was measured (docs/performance.md) and is what the
      // assertion avoids. Everywhere else the compiler's checks apply.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages are interpolated on purpose (`index ${i}`); other
      // types still need an explicit conversion.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a parameter a callback must take but does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Published coefficients (AS 241, Lanczos, Lentz's tables) are quoted as
    // printed, with more digits than a double holds; rounding them by hand
    // would make them harder to check against their source.
    files: [
      'src/_lib/distributions.ts',
      'src/_lib/special.ts',
      'src/contact-centre/integrate.ts',
      'test/_lib/distributions.test.ts',
      'test/_lib/special.test.ts',
      'test/contact-centre/erlang.test.ts',
    ],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // The documentation test runs each example as a function body, which is
    // what it is for; the fuzz suite runs them so to record their arguments.
    files: ['test/docs.test.ts', 'test/fuzz/examples.ts'],
    rules: { '@typescript-eslint/no-implied-eval': 'off', '@typescript-eslint/no-unsafe-call': 'off' },
  },
  {
    // Plain JavaScript (benchmarks, examples, scripts) is checked by the
    // JavaScript rules only; its types are checked by tsc where it has them.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // The functions these checks hand to the browser (page.evaluate) run in the page.
    files: ['scripts/test-browser.mjs', 'scripts/test-runtimes.mjs'],
    languageOptions: { globals: { ...globals.node, document: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
