import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: all of them but the fuzz suite
// (bounded by its own timer) and the type tests (a mutant does not change a
// type). Instrumented code is several times slower: tests get a minute.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'node_modules/**'],
    typecheck: { enabled: false },
  },
});
