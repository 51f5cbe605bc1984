// @ts-check
// Mutation testing (`npm run test:mutation`): Stryker changes the library's
// code one small edit at a time and runs the tests that cover it; a mutant
// the tests do not notice marks untested behaviour. Two cores take hours for
// all of src/, so a run may take a part of it:
//
//   npm run test:mutation                                   all of src/
//   MUTATE=src/survey npm run test:mutation                 one family
//   MUTATE=src/survey/nps.ts,src/_lib/rate.ts npm run test:mutation
//   npm run test:mutation -- --mutate 'src/survey/**/*.ts'  Stryker's own flag
//
// Reports go to reports/mutation/ (HTML and JSON). The fuzz suite is left
// out (vitest.stryker.config.ts): its calls are bounded by a timer of their
// own, and the mutation score counts the tests written for the behaviour.
//
// Static mutants (in module-level constants, such as an option list) need
// every test run for each of them, and take most of the time: they are left
// out unless STRYKER_STATIC=1, and the report counts them as ignored.

/**
 * A folder becomes its TypeScript files; a file stays itself.
 * @param {string} value
 * @returns {string[]}
 */
function selection(value) {
  return value
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter((s) => s !== '')
    .map((s) => (s.endsWith('.ts') ? s : `${s}/**/*.ts`));
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: process.env['MUTATE'] ? selection(process.env['MUTATE']) : ['src/**/*.ts', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: Number(process.env['STRYKER_CONCURRENCY'] ?? 2),
  // a mutant that makes a loop run for ever costs this much more than its
  // tests' own time; STRYKER_TIMEOUT_MS lowers it for numeric code
  timeoutMS: Number(process.env['STRYKER_TIMEOUT_MS'] ?? 10_000),
  // the first run of every test, instrumented, takes minutes on a loaded machine
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignoreStatic: process.env['STRYKER_STATIC'] !== '1',
};

export default config;
