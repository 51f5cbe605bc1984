import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: all of them but the fuzz suite
// (bounded by its own timer), the type tests (a mutant does not change a
// type) and the warehouse recipes (each run of that file starts a PostgreSQL
// cluster; the values they compare are computed by the unit tests as well).
// Instrumented code is several times slower: tests get a minute, and the
// tests that bound a call's time give it ten times as long (CX_TIME_SCALE).
// Property tests make a fifth of their runs where they use runs() of
// test/helpers.ts (CX_PROPERTY_DIVISOR): the business-hours ones compare
// against day-by-day and minute-by-minute references, and at their full
// count most mutants of the working-time sums timed out instead of failing.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'test/warehouse/**', 'node_modules/**'],
    typecheck: { enabled: false },
    env: { CX_TIME_SCALE: '10', CX_PROPERTY_DIVISOR: '5' },
  },
});
