import { defineConfig, type Options } from 'tsup';

const library: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node18',
  platform: 'neutral',
  treeshake: true,
};

/**
 * The `cx-metrics` command, dist/cli.js: an ES module for Node that imports
 * the library from the package's own entry (dist/index.js) rather than
 * bundling a second copy, so that it runs on the public API.
 */
const command: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: false,
  target: 'node18',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  esbuildPlugins: [
    {
      name: 'library-entry',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
      },
    },
  ],
};

export default defineConfig([library, command]);
