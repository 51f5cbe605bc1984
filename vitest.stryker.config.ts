import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: all of them but the fuzz suite
// (bounded by its own timer), the type tests (a mutant does not change a
// type) and the warehouse recipes (each run of that file starts a PostgreSQL
// cluster; the values they compare are computed by the unit tests as well).
// Instrumented code is several times slower: tests get a minute, and the
// tests that bound a call's time give it ten times as long (CX_TIME_SCALE).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'test/warehouse/**', 'node_modules/**'],
    typecheck: { enabled: false },
    env: { CX_TIME_SCALE: '10' },
  },
});
