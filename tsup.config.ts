import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types; runtime dependencies stay external.
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    // The CLI: one ESM file with its CSV reader bundled in.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['csv-parse'],
    splitting: false,
  },
]);
