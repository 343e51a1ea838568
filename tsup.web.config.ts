import { defineConfig } from 'tsup';
import { exceljsBrowserPlugin } from './scripts/exceljs-browser-plugin.js';
import { noCodegenPlugin } from './scripts/gen-sheets-plugin.js';

/**
 * The offline web page (issue #18, docs/web.md): one classic script dist/web/app.js (an IIFE, not a module,
 * so the page also runs when opened from a file:// address, where browsers refuse module scripts), every
 * dependency inlined, zod without code generation (the page's Content-Security-Policy forbids eval).
 * dist/web/list-worker.js is the list's Web Worker; scripts/build-web.mjs turns it into list-worker-source.js (a
 * string the page starts as a Blob worker, loaded only when a list is dropped); dist/web/xlsx-worker.js, the
 * only script holding exceljs (its browser build, made CSP-safe by scripts/exceljs-browser-plugin.ts), becomes
 * xlsx-worker-source.js the same way, loaded only when a workbook is dropped or an XLSX is downloaded. The
 * script also copies index.html and style.css and renders the rule-book pages beside them.
 */
export default defineConfig({
  entry: { app: 'src/web/main.ts', 'list-worker': 'src/web/list-worker.ts', 'xlsx-worker': 'src/web/xlsx-worker.ts' },
  outDir: 'dist/web',
  format: ['iife'],
  platform: 'browser',
  target: 'es2020',
  minify: true,
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: false,
  outExtension: () => ({ js: '.js' }),
  esbuildPlugins: [noCodegenPlugin(), exceljsBrowserPlugin()],
});
