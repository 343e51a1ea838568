#!/usr/bin/env node
/**
 * Package health (`npm run health`, run at the end of `npm test`, after the build). Checks what a
 * consumer of the published package meets, not the source:
 *
 *  1. publint (strict: its warnings fail too) on the packed files;
 *  2. Are the Types Wrong (`attw --pack`), profile "node16": node16 from CJS, node16 from ESM and
 *     bundler resolution. The "node10" column (TypeScript's legacy `moduleResolution: "node"`) is left
 *     out on purpose: it cannot see subpath exports (`./schema`, `./sheets`…) without a `typesVersions`
 *     shim, and the package requires Node >= 20, whose consumers resolve with node16/nodenext or
 *     bundler. The root entry still resolves under node10 through `main`/`types`. No rule is ignored.
 *  3. size budgets of the built bundles (gzipped), so a dependency pulled in by mistake shows up;
 *  4. every subpath of the `exports` map resolves and loads from outside the repository — `import()` for
 *     ESM, `require()` for CJS (JSON subpaths both ways) — and its types compile under
 *     `moduleResolution: "node16"` from an .mts and a .cts file; the root entry computes the MoHA 1814
 *     example both ways;
 *  5. runtime dependencies: `npm ls --omit=dev --all` succeeds and lists only decimal.js, zod, date-fns
 *     and exceljs (with exceljs' own tree, for the CLI's workbooks), and the library bundles import
 *     nothing else (exceljs serves the CLI only: contract.md, "Package").
 *
 *  6. `npm audit --omit=dev` when the registry's audit endpoint answers: no known vulnerability in the
 *     runtime tree. This sandbox's registry answers 405; the check then says so and is not counted, unless
 *     VNSE_REQUIRE_AUDIT=1 (docs/package-health.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const quiet = process.argv.includes('--quiet');

/** Runtime dependencies allowed (contract.md "Package"); exceljs may bring its own tree, for the CLI only. */
const ALLOWED_RUNTIME = ['decimal.js', 'zod', 'date-fns', 'exceljs'];
const CLI_ONLY = new Set(['exceljs']);
/** Bare imports the library bundles may contain (besides node: built-ins). `vitest` is the optional peer of ./testing. */
const LIBRARY_IMPORTS = [/^decimal\.js$/, /^zod(\/.*)?$/, /^date-fns(\/.*)?$/];
const TESTING_IMPORTS = [...LIBRARY_IMPORTS, /^vitest(\/.*)?$/];

/** Gzipped size budgets (KB). The spreadsheet bundles' 100 KB is a stated target (docs/benchmarks.md). */
const BUDGETS = [
  // The main entry carries `checkPayoutList` since issue #17 (the checker is part of the API, so an HR system
  // can check a list before it submits it): 79 KB gz before, 93 after; a bundler that imports only `assess`
  // drops it again (the package is side-effect free).
  // Decree 154/2025 (#16) adds its two policies, parameters and messages to the engine: 94.1 → 106.0 KB gz.
  // D60/D61 (Art 8 closed to people eligible for Art 6; the restructuring-date refusal): +0.3 → 106.2.
  // Issue #14: the Decree 177/178/154 articles' rule-book data off the runtime declarations (<article>/rule-book.ts,
  // src/policies/rule-books.ts): 106.8 → 102.6 KB gz; the input-side speed steps +0.75 → 103.4 (index.cjs 103.7).
  // Budget lowered to the measured size plus ~1.5 KB so the saving is kept: 108 → 105.
  [/^index\.(c?js)$/, 105],
  [/^schema\.(c?js)$/, 25],
  // Issue #14 (one engine) grew the library bundles that carry the engine: the article declarations travel
  // with the dispatch list, every message is looked up by a key (the key strings add ~1 KB gz), and Decree 179
  // shares the engine. Measured after the merge: sheets.js 92.0 (77.3 before the declarations), testing.js 86.0
  // (it then also carried the rule-book renderer and the rule-book prose of src/locales/rule-book/). The
  // renderer now has its own bundle, dist/rule-book.js (a build tool of this repository: not exported, not
  // published; default budget), and testing.js measures 74.6, so its budget is the 80 target again.
  // sheets.js's budget is still the measured size plus ~3 KB, not the 80 target: issue #14 stays open on it
  // (move the declarations' rule-book data out of the runtime declaration). The spreadsheet bundles' stated
  // 100 KB target (below) is still met.
  // Decree 154/2025 (#16): its policies (+10.9) and the two VNSE_154_* functions (+1.0): 92.1 → 105.7 KB gz.
  // D60/D61: +0.3 → 106.0.
  // Issue #14: the Decree 177/178/154 articles' rule-book data off the runtime declarations: 106.5 → 102.3; input-side speed steps → 103.4 (sheets.cjs). Budget 107 → 105.
  [/^sheets\.(c?js)$/, 105],
  // Decree 154/2025 (#16): the engine's two new policies, 75.9 → 87.1 KB gz.
  // Issue #14: the Decree 177/178/154 articles' rule-book data off the runtime declarations: 87.7 → 83.6; input-side speed steps → 84.7 (testing.cjs). Budget 88 → 86.
  [/^testing\.(c?js)$/, 86],
  [/^cli\.js$/, 120],
  // Decree 154/2025 (#16): the policies (+8.8) and the VNSE_154_* functions (+0.8) take the bundles past the 100 KB target, to 106.5.
  // D60/D61: +0.3 → 106.7.
  // Issue #14: the Decree 177/178/154 articles' rule-book data off the runtime declarations: 107.2 / 107.4 → 103.7 / 103.9,
  // still over the 100 KB target; input-side speed steps → 104.4 / 104.5. Budget 108 → 106 (the target stays 100).
  [/^sheets\/.*\.js$/, 106],
  // The rule-book renderer (dist/rule-book.js: a build tool of this repository, not exported, not published) had the
  // default budget. Issue #14 gives each Decree 179 allowance a generated page whose worked example is computed by
  // `assess179`, so the renderer now carries the Decree 179 engine and its case schema too: about 93 → 114.6 KB gz.
  // The rule-book data of the allowances stays off the runtime objects (src/policies/nd179/<allowance>/rule-book.ts),
  // so the library and spreadsheet bundles are unchanged. So does the Decree 177/178/154 articles' (<article>/rule-book.ts),
  // which this bundle alone now imports (src/policies/rule-books.ts): 115.3 → 116.3; later #14 steps → 118.0.
  [/^rule-book\.js$/, 118],
  // The web page's script (issue #18): held by the first-view budget of section 3b (250 KB with the HTML and CSS).
  [/^web\/app\.js$/, 245],
  // The XLSX worker (#18, decision E25): exceljs's browser build (~237 KB gz) with the library and the CLI's
  // sheet writers; loaded only when a workbook is dropped or an XLSX is downloaded, never in the first view.
  [/^web\/xlsx-worker-source\.js$/, 370],
];
const DEFAULT_BUDGET = 100;

const results = [];
function record(name, ok, detail) {
  results.push({ name, ok, detail });
  if (!quiet || !ok) console.log(`${ok ? '✓' : '✗'} ${name}${detail ? `\n    ${detail.replaceAll('\n', '\n    ')}` : ''}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), stdout: r.stdout ?? '', error: r.error };
}

function listFiles(dir, filter) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, filter));
    else if (filter(e.name)) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------------------------ 0. built?
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('dist/ is not built: run npm run build first (npm test does).');
  process.exit(1);
}

// ------------------------------------------------------------------------------------ 1. publint
{
  const r = run(bin('publint'), ['run', '.', '--strict']);
  record('publint --strict', r.status === 0, r.status === 0 ? '' : r.out);
}

// -------------------------------------------------------------------------------------- 2. attw
{
  const r = run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped', '--no-emoji', '--no-color']);
  record('attw --pack --profile node16 (node16 CJS, node16 ESM, bundler)', r.status === 0, r.status === 0 ? '' : r.out);
}

// ------------------------------------------------------------------------------------ 3. budgets
{
  const files = listFiles(dist, (n) => /\.(c?js)$/.test(n));
  const over = [];
  const lines = [];
  for (const f of files.sort()) {
    const rel = relative(dist, f).split('\\').join('/');
    const kb = gzipSync(readFileSync(f), { level: 9 }).length / 1024;
    const budget = BUDGETS.find(([re]) => re.test(rel))?.[1] ?? DEFAULT_BUDGET;
    lines.push(`${rel.padEnd(32)} ${kb.toFixed(1).padStart(6)} KB gz / ${budget} KB`);
    if (kb > budget) over.push(rel);
  }
  record(`bundle size budgets (${files.length} files)`, over.length === 0, over.length === 0 ? (quiet ? '' : lines.join('\n')) : `over budget: ${over.join(', ')}\n${lines.join('\n')}`);
}

// ------------------------------------------------------------------------------ 3b. web page budget
// The offline page (issue #18, docs/web.md): what the first view loads (index.html, style.css, app.js) must
// stay under 250 KB gzipped. The rule-book pages open only when a citation is followed.
{
  const web = join(dist, 'web');
  const firstView = ['index.html', 'style.css', 'app.js'];
  const WEB_FIRST_VIEW_BUDGET = 250;
  if (!firstView.every((f) => existsSync(join(web, f)))) {
    record('web page first view budget', false, 'dist/web is not built: run npm run build (or npm run build:web)');
  } else {
    const kb = firstView.reduce((sum, f) => sum + gzipSync(readFileSync(join(web, f)), { level: 9 }).length, 0) / 1024;
    record(`web page first view ${kb.toFixed(1)} KB gz / ${WEB_FIRST_VIEW_BUDGET} KB`, kb <= WEB_FIRST_VIEW_BUDGET, '');
  }
}

// ------------------------------------------------------------------------ 4. exports map, outside
{
  const tmp = mkdtempSync(join(tmpdir(), 'vnse-health-'));
  try {
    mkdirSync(join(tmp, 'node_modules'));
    symlinkSync(root, join(tmp, 'node_modules', pkg.name), 'dir');
    writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const subpaths = Object.keys(pkg.exports);
    const specifier = (sub) => (sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`);
    const isJson = (sub) => sub.endsWith('.json');
    const o1 = {
      id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    };

    // ESM: import() every subpath (JSON with an import attribute).
    const esm = [
      `const out = {};`,
      ...subpaths.map((s) => `out[${JSON.stringify(s)}] = Object.keys(await import(${JSON.stringify(specifier(s))}${isJson(s) ? ", { with: { type: 'json' } }" : ''})).length;`),
      `const { assess } = await import(${JSON.stringify(pkg.name)});`,
      `out.total = assess(${JSON.stringify(o1)}).outcomes.find((o) => o.policy === 'nd178/art7').total;`,
      `console.log(JSON.stringify(out));`,
    ].join('\n');
    writeFileSync(join(tmp, 'esm.mjs'), esm);
    const e = run(process.execPath, ['esm.mjs'], { cwd: tmp });
    const esmOut = e.status === 0 ? JSON.parse(e.stdout.trim().split('\n').pop()) : null;
    record(`ESM import() of ${subpaths.length} subpaths from a consumer`, esmOut?.total === '744778125' && subpaths.every((s) => esmOut[s] > 0), e.status === 0 ? (esmOut.total === '744778125' ? '' : JSON.stringify(esmOut)) : e.out);

    // CJS: require() every subpath.
    const cjs = [
      `const out = {};`,
      ...subpaths.map((s) => `out[${JSON.stringify(s)}] = Object.keys(require(${JSON.stringify(specifier(s))})).length;`),
      `const { assess } = require(${JSON.stringify(pkg.name)});`,
      `out.total = assess(${JSON.stringify(o1)}).outcomes.find((o) => o.policy === 'nd178/art7').total;`,
      `console.log(JSON.stringify(out));`,
    ].join('\n');
    writeFileSync(join(tmp, 'cjs.cjs'), cjs);
    const c = run(process.execPath, ['cjs.cjs'], { cwd: tmp });
    const cjsOut = c.status === 0 ? JSON.parse(c.stdout.trim().split('\n').pop()) : null;
    record(`CJS require() of ${subpaths.length} subpaths from a consumer`, cjsOut?.total === '744778125' && subpaths.every((s) => cjsOut[s] > 0), c.status === 0 ? (cjsOut.total === '744778125' ? '' : JSON.stringify(cjsOut)) : c.out);

    // Types: every subpath with a types condition, from .mts (import) and .cts (require), node16 resolution.
    const typed = subpaths.filter((s) => !isJson(s) && typeof pkg.exports[s] === 'object');
    const mts = [
      ...typed.map((s, i) => `import * as m${i} from ${JSON.stringify(specifier(s))};`),
      `import { assess, type Assessment } from ${JSON.stringify(pkg.name)};`,
      `const a: Assessment = assess({});`,
      `export const total: string | undefined = a.outcomes[0]?.total;`,
      `export const all = [${typed.map((_, i) => `m${i}`).join(', ')}];`,
    ].join('\n');
    const cts = [
      ...typed.map((s, i) => `import m${i} = require(${JSON.stringify(specifier(s))});`),
      `const a: import(${JSON.stringify(pkg.name)}).Assessment = m0.assess({});`,
      `export const total: string | undefined = a.outcomes[0]?.total;`,
      `export const all = [${typed.map((_, i) => `m${i}`).join(', ')}];`,
    ].join('\n');
    writeFileSync(join(tmp, 'types.mts'), mts);
    writeFileSync(join(tmp, 'types.cts'), cts);
    writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true,
        skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')],
      },
      files: ['types.mts', 'types.cts'],
    }));
    const t = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: tmp });
    // Declarations of third-party packages are theirs to fix; ours (dist/) and the consumer files must be clean.
    // Each diagnostic starts with its file; ours are the consumer files and anything under the package's dist/.
    const errors = t.out.split('\n').filter((l) => /error TS\d+/.test(l));
    const isOurs = (line) => {
      const file = /^(.+?)\(\d+,\d+\): error/.exec(line)?.[1];
      if (!file) return true;
      const abs = resolve(tmp, file);
      return /^types\.c?ts$|^types\.mts$/.test(file) || abs.startsWith(join(root, 'dist')) || abs.startsWith(join(tmp, 'node_modules', pkg.name));
    };
    const ours = errors.filter(isOurs);
    const theirs = errors.length - ours.length;
    record(`types of ${typed.length} subpaths under node16 resolution (.mts and .cts)`, ours.length === 0 && (t.status === 0 || errors.length > 0),
      ours.length > 0 ? ours.join('\n') : theirs > 0 ? `(${theirs} error(s) inside third-party declarations, not ours)` : '');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------ 5. dependencies
{
  const npm = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const r = run(npm[0], [...npm[1], 'ls', '--omit=dev', '--all', '--json']);
  let tree = null;
  try {
    tree = JSON.parse(r.stdout);
  } catch {
    tree = null;
  }
  const top = Object.keys(tree?.dependencies ?? {});
  const declared = Object.keys(pkg.dependencies ?? {});
  const unexpected = [...new Set([...top, ...declared])].filter((d) => !ALLOWED_RUNTIME.includes(d));
  const withDeps = top.filter((d) => !CLI_ONLY.has(d) && Object.keys(tree.dependencies[d].dependencies ?? {}).length > 0);
  const unique = new Set();
  const walk = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      unique.add(`${name}@${child.version}`);
      walk(child);
    }
  };
  if (tree) walk(tree);
  const count = unique.size;
  const problems = [];
  if (r.status !== 0) problems.push(`npm ls exited ${r.status}:\n${r.out.slice(0, 3000)}`);
  if (unexpected.length > 0) problems.push(`runtime dependencies outside the allowed list (${ALLOWED_RUNTIME.join(', ')}): ${unexpected.join(', ')}`);
  if (withDeps.length > 0) problems.push(`these should have no dependencies of their own: ${withDeps.join(', ')}`);
  record(`npm ls --omit=dev --all: ${top.join(', ')} (${count} packages in the tree, exceljs' for the CLI)`, problems.length === 0, problems.join('\n'));

  // The library bundles import only decimal.js, zod and date-fns (and node: built-ins); exceljs is the CLI's.
  const importsOf = (file) => {
    const code = readFileSync(file, 'utf8');
    const found = new Set();
    const spec = String.raw`["']((?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.@-]+)*)["']`;
    const re = new RegExp(String.raw`(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)` + spec, 'gm');
    for (const m of code.matchAll(re)) if (!m[1].startsWith('.')) found.add(m[1]);
    return [...found].filter((s) => !s.startsWith('node:'));
  };
  const bad = [];
  for (const f of listFiles(dist, (n) => /\.(c?js)$/.test(n)).filter((f) => !relative(dist, f).startsWith('sheets') && !relative(dist, f).startsWith('cli'))) {
    const allowed = /^testing\./.test(relative(dist, f)) ? TESTING_IMPORTS : LIBRARY_IMPORTS;
    for (const s of importsOf(f)) if (!allowed.some((re) => re.test(s))) bad.push(`${relative(dist, f)} imports ${s}`);
  }
  record('library bundles import only decimal.js, zod, date-fns (and node: built-ins)', bad.length === 0, bad.join('\n'));
}

// 6. npm audit --omit=dev: known vulnerabilities in the runtime tree. It needs the registry's audit
// endpoint; where that endpoint is not available (this sandbox's registry answers 405), the check says so
// and is not counted as a failure, unless VNSE_REQUIRE_AUDIT=1 (set it in a CI that can reach the endpoint).
{
  const r = run('npm', ['audit', '--omit=dev', '--json'], { timeout: 60_000 });
  let report = null;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts.total === 'number') {
    const found = Object.entries(report.vulnerabilities ?? {}).map(([name, v]) => `${name} (${v.severity})`);
    record(`npm audit --omit=dev: ${counts.total} known vulnerabilities`, counts.total === 0, found.join(', '));
  } else {
    const reason = (report?.message || report?.error?.summary || r.out.split('\n').find((l) => /audit|ERR|error/i.test(l)) || `exit ${r.status}`).trim().slice(0, 200);
    const required = process.env.VNSE_REQUIRE_AUDIT === '1';
    record(`npm audit --omit=dev: not available here (${reason})${required ? '' : '; not counted (set VNSE_REQUIRE_AUDIT=1 to require it)'}`, !required);
  }
}

const failed = results.filter((r) => !r.ok);
console.log(failed.length === 0 ? `package health: ${results.length} checks passed` : `package health: ${failed.length} of ${results.length} checks FAILED`);
process.exitCode = failed.length === 0 ? 0 : 1;
