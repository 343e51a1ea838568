import { defineConfig, type Options } from 'tsup';
import { noCodegenPlugin } from './scripts/gen-sheets-plugin.js';

/**
 * The spreadsheet bundles (docs/google-sheets.md, docs/excel.md): one self-contained, minified script
 * each, every dependency inlined, zod without its JIT and without any `new Function` (see
 * scripts/gen-sheets-plugin.ts). `npm run build` then runs scripts/gen-sheets.mjs for Code.gs,
 * functions.json and the manifest.
 */
const sheetsBundle = (entry: Record<string, string>, globalName: string, extension: string): Options => ({
  entry,
  format: ['iife'],
  globalName,
  platform: 'browser',
  target: 'es2020',
  minify: true,
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: false,
  outExtension: () => ({ js: extension }),
  esbuildPlugins: [noCodegenPlugin()],
});

export default defineConfig([
  {
    // The library: ESM + CJS + types; runtime dependencies stay external.
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', sheets: 'src/sheets/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    // The CLI: an ESM entry, and the roster reader (src/io/, CSV and XLSX rosters, issue #15) in its own
    // chunk, loaded only when a CSV or XLSX file is read (src/cli/read-cases.ts).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['csv-parse'],
    splitting: true,
    // The CLI's chunks live under dist/cli/, so no one (nor scripts/health.mjs) takes them for library bundles.
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
  {
    // The rule-book renderer (src/testing/rule-book/): a build tool of this repository, not a public entry.
    // scripts/gen-rule-book.mjs imports dist/rule-book.js; it is neither in package.json "exports" nor in the
    // published files ("!dist/rule-book.js"). Its own bundle keeps the rule-book prose of src/locales/rule-book/
    // out of ./testing (issue #14: testing.js 86.0 → 74.6 KB gz).
    entry: { 'rule-book': 'src/testing/rule-book/index.ts' },
    format: ['esm'],
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  // Google Apps Script: dist/sheets/google/vnse.iife.js, global VNSE.
  sheetsBundle({ 'sheets/google/vnse': 'src/sheets/google.ts' }, 'VNSE', '.iife.js'),
  // Excel custom functions: dist/sheets/excel/functions.js (registers itself with CustomFunctions).
  sheetsBundle({ 'sheets/excel/functions': 'src/sheets/excel.ts' }, 'VNSE_EXCEL', '.js'),
]);
