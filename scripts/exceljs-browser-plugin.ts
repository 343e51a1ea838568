import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

/**
 * esbuild plugin for the web page's XLSX worker (issue #18, decision E25): `exceljs` resolves to its
 * browser build without polyfills (dist/exceljs.bare.min.js, modern browsers need none), with its only
 * code-from-string sites made inert, so the worker runs under the page's Content-Security-Policy (no
 * `unsafe-eval`) and passes tests/hostile/bundles.test.ts:
 *
 * - five copies of lodash's global lookup `a || b || Function("return this")()`: in a browser or a worker
 *   `self` is found first and the third term never runs; it becomes `globalThis`, the same object;
 * - a setImmediate polyfill that turns a *string* argument into code (`new Function("" + e)`): nothing in
 *   exceljs passes a string; it now throws instead.
 *
 * Each replacement is counted: an exceljs upgrade that moves this code fails the build instead of shipping
 * code generation silently.
 */
const PATCHES: readonly { readonly find: string; readonly replace: string; readonly count: number }[] = [
  { find: 'Function("return this")()', replace: 'globalThis', count: 5 },
  { find: 'e=new Function(""+e)', replace: 'e=function(){throw new TypeError("setImmediate: a function is required")}', count: 1 },
];

export function exceljsBrowserPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  const bare = require.resolve('exceljs/dist/exceljs.bare.min.js');
  return {
    name: 'vnse-exceljs-browser',
    setup(build) {
      build.onResolve({ filter: /^exceljs$/ }, () => ({ path: bare }));
      build.onLoad({ filter: /exceljs\.bare\.min\.js$/ }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const p of PATCHES) {
          const found = source.split(p.find).length - 1;
          if (found !== p.count) {
            return { errors: [{ text: `vnse-exceljs-browser: expected ${p.count} × ${p.find} in ${args.path}, found ${found}; exceljs changed, review scripts/exceljs-browser-plugin.ts` }] };
          }
          source = source.split(p.find).join(p.replace);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}
