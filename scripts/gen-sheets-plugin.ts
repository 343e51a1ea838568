import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * esbuild plugin for the spreadsheet bundles: removes the only code generation left in them. zod v4
 * compiles parsers with `new Function` (behind `jitless`, which the bundle entries set; and in `zod/compile`) and probes
 * whether `new Function` is allowed (`allowsEval`). Both take the constructor as `const F = Function;`;
 * here it becomes a function that throws, so the probe answers "no" and nothing can ever be compiled.
 * A zod upgrade that moves this code fails the build instead of shipping `new Function` silently.
 */
const CONSTRUCTOR = 'const F = Function;';
const REPLACEMENT = 'const F = function () { throw new Error("vn-staff-entitlements: code generation is disabled in the spreadsheet bundles"); };';
const PATCHED = /[\\/]zod[\\/]v4[\\/]core[\\/](doc|util|compile)\.js$/;

export function noCodegenPlugin(): Plugin {
  return {
    name: 'vnse-no-codegen',
    setup(build) {
      build.onLoad({ filter: PATCHED }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(CONSTRUCTOR)) {
          return { errors: [{ text: `vnse-no-codegen: "${CONSTRUCTOR}" not found in ${args.path}; zod changed, review scripts/gen-sheets-plugin.ts` }] };
        }
        return { contents: source.split(CONSTRUCTOR).join(REPLACEMENT), loader: 'js' };
      });
    },
  };
}
