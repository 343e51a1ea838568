#!/usr/bin/env node
/**
 * Byte-identity check for changes that must not change any result (speed work, refactoring):
 *
 *   node scripts/identity.mjs --write FILE [--dist dist]     # record the outputs of a build
 *   node scripts/identity.mjs --check FILE [--dist dist]     # compare a build with a recording
 *
 * Typical use: `npm run build && node scripts/identity.mjs --write /tmp/before.jsonl`, make the change,
 * `npm run build && node scripts/identity.mjs --check /tmp/before.jsonl`. Never part of `npm test`.
 *
 * The cases (about 72,000 `safeAssess` calls, each JSON.stringify'd, results and errors alike):
 *  - 30,000 cases of the benchmark's generator (scripts/bench.mjs);
 *  - 6,000 cases of the property tests' generator (tests/property/arbitraries.ts, fixed seed), under each
 *    of five option sets (defaults; the other readings; the original ruleset; every switch flipped; what-if
 *    parameters);
 *  - 12,000 of those cases with one field missing, mistyped or out of range (errors must match too);
 *  - every input of the golden files, with its options.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCases, prng } from './synthetic-cases.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readArgs() {
  const { values } = parseArgs({ options: { write: { type: 'string' }, check: { type: 'string' }, dist: { type: 'string', default: join(root, 'dist') } } });
  if (!values.write === !values.check) throw new Error('usage: node scripts/identity.mjs (--write FILE | --check FILE) [--dist DIR]');
  return { write: values.write && resolve(values.write), check: values.check && resolve(values.check), dist: resolve(values.dist) };
}

/**
 * The property tests' generator, bundled for Node (in node_modules/.cache, so that its import of fast-check
 * resolves to the repository's); its vitest wrapper @fast-check/vitest is replaced by fast-check itself.
 */
async function loadArbitraries() {
  const dir = join(root, 'node_modules', '.cache', 'vnse-identity');
  mkdirSync(dir, { recursive: true });
  const shim = join(dir, 'fast-check-shim.mjs');
  writeFileSync(shim, "import * as fc from 'fast-check';\nexport { fc };\n");
  const out = join(dir, 'arbitraries.mjs');
  await build({
    entryPoints: [join(root, 'tests/property/arbitraries.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
    alias: { '@fast-check/vitest': shim },
    external: ['fast-check', 'decimal.js'],
    footer: { js: "import * as fastCheck from 'fast-check';\nexport { fastCheck as fc };" },
  });
  return import(pathToFileURL(out).href);
}

const OPTION_SETS = [
  undefined,
  { windowAnniversary: 'inside', resignationAge: 'lowest-applicable' },
  { ruleset: 'original', u2WindowForArmedForces: false },
  { applyEligibilityFilter: false, ignoreExcludedAllowances: true, nd177PointK: true, congressMonthCount: 'complete-months', art11StartMonth: 'next-month' },
  { parameters: { severanceRateFirst12: '0.9', baseSalary: { '2025-01-01': '2500000' } } },
];
const BAD_VALUES = [undefined, null, '', ' ', -1, 1e30, NaN, Infinity, '31', '2025-02-31', '0000-01-01', 'abc', true, {}, [], '1e3', 12.5, '2025-13-01'];
const FIELDS = ['id', 'gender', 'birthDate', 'staffType', 'insuredMonths', 'restructuringDate', 'leaveDate', 'monthlySalary', 'salary', 'route', 'group', 'rank', 'unknownField', 'mealAllowance'];

/**
 * The golden files and the label of each in the recording: tests/golden/cases/*.json by file name, and the
 * cases beside their articles (src/policies/<decree>/<article>/cases.json) by the name they had in
 * tests/golden/cases/ before issue #14 moved them, so that recordings made before the move compare line for
 * line (same labels, same order). A cases.json added later is labelled by its path.
 */
const GOLDEN_NAMES_BEFORE_THE_MOVE = new Map([
  ['src/policies/nd177/art3/cases.json', 'nd177-art3.json'],
  ['src/policies/nd177/art4/cases.json', 'nd177-art4.json'],
  ['src/policies/nd178/art11/cases.json', 'nd178-art11-14.json'],
  ['src/policies/nd178/art7/cases.json', 'nd178-art7.json'],
  ['src/policies/nd178/art7a/cases.json', 'nd178-art7a-7b.json'],
]);

function goldenFiles() {
  const dir = join(root, 'tests/golden/cases');
  const shared = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ path: join(dir, f), label: f }));
  const beside = readdirSync(join(root, 'src/policies'), { recursive: true })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => p === 'cases.json' || p.endsWith('/cases.json'))
    .map((p) => ({ path: join(root, 'src/policies', p), label: GOLDEN_NAMES_BEFORE_THE_MOVE.get(`src/policies/${p}`) ?? `src/policies/${p}` }));
  return [...shared, ...beside].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

async function main() {
  const args = readArgs();
  const { safeAssess } = await import(pathToFileURL(join(args.dist, 'index.js')).href);
  const { fc, staffCase } = await loadArbitraries();
  const lines = [];
  const emit = (tag, input, options) => {
    let result;
    try {
      result = safeAssess(input, options);
    } catch (e) {
      result = { threw: String(e instanceof Error ? e.stack : e) };
    }
    lines.push(`${tag}\t${JSON.stringify(result)}`);
  };
  for (const c of makeCases(30_000, 1)) emit('bench', c);
  const sample = fc.sample(staffCase, { seed: 42, numRuns: 6000 });
  for (const [k, o] of OPTION_SETS.entries()) for (const c of sample) emit(`property/${k}`, c, o);
  const r = prng(7);
  for (let i = 0; i < 12_000; i++) {
    const c = structuredClone(sample[i % sample.length]);
    const field = FIELDS[Math.floor(r() * FIELDS.length)];
    const value = BAD_VALUES[Math.floor(r() * BAD_VALUES.length)];
    if (value === undefined) delete c[field];
    else c[field] = value;
    if (r() < 0.3 && c.salary && typeof c.salary === 'object') c.salary.coefficient = BAD_VALUES[Math.floor(r() * BAD_VALUES.length)];
    emit('corrupted', c, i % 2 ? { ignoreExcludedAllowances: true } : undefined);
  }
  for (const { path, label } of goldenFiles()) {
    // Decree 179 cases (`function: "assess179" | "schedule179"`) are not StaffCase inputs: they are left out here.
    for (const k of JSON.parse(readFileSync(path, 'utf8')).cases ?? []) if (k.input && (k.function ?? 'assess') === 'assess') emit(`golden/${label}`, k.input, k.options);
  }
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex');
  if (args.write) {
    writeFileSync(args.write, `${lines.join('\n')}\n`);
    console.log(`${lines.length} outputs written to ${args.write} (sha256 ${digest})`);
    return;
  }
  const before = readFileSync(args.check, 'utf8').split('\n').filter((l) => l !== '');
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    if (differ++ < 3) console.error(`output ${i + 1} differs:\n  before: ${(before[i] ?? '(none)').slice(0, 600)}\n  now:    ${(lines[i] ?? '(none)').slice(0, 600)}`);
  }
  if (differ > 0) {
    console.error(`${differ} of ${lines.length} outputs differ`);
    process.exitCode = 1;
  } else console.log(`${lines.length} outputs identical (sha256 ${digest})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
