#!/usr/bin/env node
/**
 * Issue #14's speed target measured on the workload it was set on (docs/decisions.md E27):
 *
 *   node scripts/bench-like-for-like.mjs [bench.mjs arguments, e.g. --n 100000]
 *
 * #14 asked the API to keep at or above 150,000 cases/s on the bench when each bench case was assessed under two
 * policies (Decree 178 Art 7 and Art 9). Decree 154/2025 (#16) then added two policies to every bench case leaving
 * after 1 Sep 2025 (about 90 % of them). This script builds the library from src/ as it is, except that the two
 * Decree 154 policies are left out of the list of declarations (src/policies/index.ts, one line), into
 * node_modules/.cache/vnse-like-for-like/, and runs scripts/bench.mjs on that build with `--no-cli`: the same cases,
 * the same engine, the workload of the day the target was set. It never touches dist/ or src/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'vnse-like-for-like');
const REGISTRY = /src[\\/]policies[\\/]index\.ts$/;
const DECREE_154_LINE = /^\s*nd154EarlyRetirement, nd154Resignation,\s*$/m;

/** src/policies/index.ts without the Decree 154 line of its list (the build fails if the line is not found once). */
const withoutDecree154 = {
  name: 'without-decree-154',
  setup(b) {
    b.onLoad({ filter: REGISTRY }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if ((text.match(new RegExp(DECREE_154_LINE, 'gm')) ?? []).length !== 1) {
        throw new Error('src/policies/index.ts: the line "nd154EarlyRetirement, nd154Resignation," was not found once; update this script');
      }
      return { contents: text.replace(DECREE_154_LINE, ''), loader: 'ts' };
    });
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { index: join(root, 'src', 'index.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [withoutDecree154],
  logLevel: 'error',
});
console.log('library built without the two Decree 154 policies (the workload issue #14 set its target on)');
const run = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--no-cli', '--dist', out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
