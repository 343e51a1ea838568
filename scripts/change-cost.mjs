#!/usr/bin/env node
/**
 * What a change of the law costs, measured by doing it (issue #14: "a new dated base salary = 1 file, plus
 * regenerated docs; a new article = its folder + one line registering it"):
 *
 *   node scripts/change-cost.mjs [base-salary | article | all] [--keep]      (default: all)
 *
 * Each scenario runs in a temporary git worktree of HEAD (this repository's files are never touched): it makes the
 * edits a contributor would make, runs `npm run build` (which regenerates the rule book, the README's tables and the
 * generated lists of rule books), `tsc --noEmit` and the whole test suite (`vitest run`), then reports the files that
 * changed: those edited by hand, those the build regenerated, and any other. It exits 1 when the suite fails or a file
 * other than those changed. `--keep` leaves the worktrees for inspection. A few minutes per scenario.
 *
 * - base-salary: one row appended to the law's base-salary table (src/parameters/base-salary.ts), from the 1 July after
 *   the last row, citing a future decree.
 * - article: a throwaway Decree 178 "Art 98" (a flag, no amount, asked for by its own cases), made the way
 *   docs/architecture.md says: its folder (index.ts, rule-book.ts, cases.json), its sentences in the four locale files
 *   (messages and rule-book text, Vietnamese and English), and its registration in src/policies/index.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const which = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'all';
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** What the build writes: the rule book, the README's tables, the generated lists of rule books. */
const REGENERATED = (p) => p.startsWith('docs/') || p === 'README.md' || p === 'src/policies/rule-books.ts' || p === 'src/policies/nd179/common/rule-books.ts';

const read = (tree, path) => readFileSync(join(tree, path), 'utf8');
const write = (tree, path, text) => {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
};
/** Replaces `anchor` (found exactly once) in a file with `replacement`; fails loudly when the file has moved on. */
function edit(tree, path, anchor, replacement) {
  const text = read(tree, path);
  if (text.split(anchor).length !== 2) throw new Error(`${path}: "${anchor}" not found once; update scripts/change-cost.mjs`);
  write(tree, path, text.replace(anchor, replacement));
}

const scenarios = {
  'base-salary': (tree) => {
    const TABLE = 'src/parameters/base-salary.ts';
    const source = read(tree, TABLE);
    const rows = [...source.matchAll(/\{ from: '(\d{4})-07-01', value: '(\d+)'/g)];
    if (rows.length === 0) throw new Error(`${TABLE}: no row "{ from: 'YYYY-07-01', value: '…'" found; update this script`);
    const last = rows[rows.length - 1];
    const year = Number(last[1]) + 1;
    const lastLine = source.slice(source.lastIndexOf('\n', last.index) + 1, source.indexOf('\n', last.index) + 1);
    write(tree, TABLE, source.replace(lastLine, `${lastLine}    { from: '${year}-07-01', value: '2700000', citation: cite('999/${year}/NĐ-CP', '3') },\n`));
    return [TABLE];
  },
  article: (tree) => {
    // The folder, from Art 14's (a flag, no amount) with its code, article, keys and dispatch changed.
    const from = 'src/policies/nd178/art14';
    const to = 'src/policies/nd178/art98';
    write(tree, `${to}/index.ts`, read(tree, `${from}/index.ts`)
      .replaceAll('art14', 'art98').replaceAll('Art14', 'Art98').replace("article: '14'", "article: '98'")
      .replace('applies: (ctx) => ctx.case.postRestructuringTraining === true,', "applies: (ctx) => ctx.case.postRestructuringTraining === true && ctx.case.id.startsWith('art98'),"));
    write(tree, `${to}/rule-book.ts`, read(tree, `${from}/rule-book.ts`).replaceAll('art14', 'art98').replace("input: { id: 'a14',", "input: { id: 'art98-example',"));
    const c = JSON.parse(read(tree, `${from}/cases.json`)).cases[0];
    const cases = { description: 'A throwaway article (scripts/change-cost.mjs)', cases: [{ ...c, name: 'A throwaway article: a flag when asked for', input: { ...c.input, id: 'art98-1' }, expect: { best: null, outcomes: { 'nd178/art98': { eligible: true, total: '0' } } } }] };
    write(tree, `${to}/cases.json`, `${JSON.stringify(cases, null, 2)}\n`);
    // Its sentences.
    const after = (path, key, lines) => {
      const text = read(tree, path);
      const at = text.indexOf('\n', text.indexOf(key));
      if (text.indexOf(key) < 0) throw new Error(`${path}: ${key} not found; update scripts/change-cost.mjs`);
      write(tree, path, `${text.slice(0, at + 1)}${lines.map((l) => `  ${l},\n`).join('')}${text.slice(at + 1)}`);
    };
    after('src/locales/vi/nd178.ts', "'nd178.art14.flag.training-plan'", ["'nd178.art98.title': 'Điều thử (Điều 98 Nghị định 178)'", "'nd178.art98.flag.training-for-new-position': 'Quyền thử'", "'nd178.art98.flag.training-plan': 'Kế hoạch thử'"]);
    after('src/locales/en/nd178.ts', "'nd178.art14.flag.training-plan'", ["'nd178.art98.title': 'A throwaway article (Decree 178 Art 98)'", "'nd178.art98.flag.training-for-new-position': 'A throwaway right'", "'nd178.art98.flag.training-plan': 'A throwaway plan'"]);
    after('src/locales/rule-book/vi/nd178.ts', "'nd178.art14.example'", ["'nd178.art98.summary': 'Điều thử.'", "'nd178.art98.condition.no-refusal': 'Điều kiện thử'", "'nd178.art98.example': 'Ví dụ thử'"]);
    after('src/locales/rule-book/en/nd178.ts', "'nd178.art14.example'", ["'nd178.art98.summary': 'A throwaway article.'", "'nd178.art98.condition.no-refusal': 'A throwaway condition'", "'nd178.art98.example': 'A throwaway example'"]);
    // Its registration: the import, and its place in the list.
    edit(tree, 'src/policies/index.ts', "import { declaration as art14 } from './nd178/art14/index.js';\n",
      "import { declaration as art14 } from './nd178/art14/index.js';\nimport { declaration as art98 } from './nd178/art98/index.js';\n");
    edit(tree, 'src/policies/index.ts', '  art11, art12, art13, art14,\n', '  art11, art12, art13, art14, art98,\n');
    return [`${to}/index.ts`, `${to}/rule-book.ts`, `${to}/cases.json`, 'src/locales/vi/nd178.ts', 'src/locales/en/nd178.ts',
      'src/locales/rule-book/vi/nd178.ts', 'src/locales/rule-book/en/nd178.ts', 'src/policies/index.ts'];
  },
};

function run(name) {
  const dir = mkdtempSync(join(tmpdir(), `vnse-change-cost-${name}-`));
  const tree = join(dir, 'repo');
  git(root, 'worktree', 'add', '--detach', tree, 'HEAD');
  let failed = false;
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    const byHand = scenarios[name](tree);
    console.log(`\nchange-cost ${name}: edited by hand: ${byHand.length} file(s)\n  ${byHand.join('\n  ')}`);
    const step = (label, command, args) => {
      const r = spawnSync(command, args, { cwd: tree, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const summary = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /Test Files|Tests\b|error TS|FAIL/.test(l)).slice(0, 20).join('\n');
      console.log(`change-cost ${name}: ${label}: exit ${r.status}${summary ? `\n${summary}` : ''}`);
      if (r.status !== 0) failed = true;
    };
    step('build (npm run build)', 'npm', ['run', 'build', '--silent']);
    step('type-check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
    step('tests (vitest run)', 'npx', ['vitest', 'run']);
    const changed = git(tree, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).map((l) => l.slice(3)).filter((p) => p !== 'node_modules');
    const regenerated = changed.filter((p) => !byHand.includes(p) && REGENERATED(p));
    const other = changed.filter((p) => !byHand.includes(p) && !REGENERATED(p));
    console.log(`change-cost ${name}: regenerated by the build: ${regenerated.length} file(s)${regenerated.length ? `\n  ${regenerated.join('\n  ')}` : ''}`);
    console.log(`change-cost ${name}: any other file changed: ${other.length}${other.length ? `\n  ${other.join('\n  ')}` : ''}`);
    if (other.length > 0) failed = true;
    console.log(`change-cost ${name}: ${failed ? 'FAILED' : 'the suite passes; nothing else to edit'}`);
  } finally {
    if (keep) console.log(`change-cost ${name}: worktree kept at ${tree} (git worktree remove --force ${tree})`);
    else {
      git(root, 'worktree', 'remove', '--force', tree);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return !failed;
}

const names = which === 'all' ? Object.keys(scenarios) : [which];
if (!names.every((n) => n in scenarios)) throw new Error(`usage: node scripts/change-cost.mjs [${Object.keys(scenarios).join(' | ')} | all] [--keep]`);
const ok = names.map(run).every(Boolean);
process.exit(ok ? 0 : 1);
