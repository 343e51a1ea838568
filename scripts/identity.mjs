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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { dist: join(root, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--write') args.write = resolve(value());
    else if (a === '--check') args.check = resolve(value());
    else if (a === '--dist') args.dist = resolve(value());
    else throw new Error(`unknown argument ${a}; usage: node scripts/identity.mjs (--write FILE | --check FILE) [--dist DIR]`);
  }
  if (!args.write === !args.check) throw new Error('give exactly one of --write FILE or --check FILE');
  return args;
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

/** mulberry32, as in scripts/bench.mjs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark's cases (the same generator as scripts/bench.mjs, seed 1). */
function benchCases(n) {
  const r = prng(1);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const pad = (x) => String(x).padStart(2, '0');
  const firstOf = (i) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}-01`;
  const out = [];
  for (let i = 0; i < n; i++) {
    const gender = r() < 0.5 ? 'male' : 'female';
    const year = gender === 'male' ? int(1962, 1976) : int(1966, 1981);
    const restructuring = 2025 * 12 + int(0, 17);
    const c = {
      id: `B-${i}`, gender, birthDate: `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      staffType: pick(['civil-servant', 'civil-servant', 'cadre', 'commune-civil-servant']), insuredMonths: int(60, 420),
      restructuringDate: firstOf(restructuring), leaveDate: firstOf(restructuring + int(0, 23)),
    };
    if (r() < 0.5) c.monthlySalary = int(5_000_000, 40_000_000);
    else {
      const salary = { coefficient: int(234, 800) / 100 };
      if (r() < 0.6) salary.leadershipCoefficient = int(0, 20) / 20;
      if (r() < 0.8) salary.publicServicePercent = pick([20, 25, 30]);
      if (r() < 0.2) salary.overFrameSeniorityPercent = int(5, 15);
      c.salary = salary;
    }
    out.push(c);
  }
  return out;
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

async function main() {
  const args = parseArgs(process.argv.slice(2));
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
  for (const c of benchCases(30_000)) emit('bench', c);
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
  const goldenDir = join(root, 'tests/golden/cases');
  for (const f of readdirSync(goldenDir).sort()) {
    for (const k of JSON.parse(readFileSync(join(goldenDir, f), 'utf8')).cases ?? []) if (k.input) emit(`golden/${f}`, k.input, k.options);
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
