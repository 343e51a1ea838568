#!/usr/bin/env node
/**
 * Byte-identity check for Decree 179 (the companion of scripts/identity.mjs, which covers `safeAssess`):
 *
 *   node scripts/identity179.mjs --write FILE [--dist dist]
 *   node scripts/identity179.mjs --check FILE [--dist dist]
 *
 * Every input of the Decree 179 golden files (src/policies/nd179/**\/cases.json) runs through the built
 * `safeAssess179` and `safeSchedule179`, each with the case's options, plus a few option variants (what-if
 * parameters, the older `baseSalary`/`normalProbationRate` options, the other readings, invalid options);
 * then `vnse schedule179 examples/talent.json`. Results and errors are JSON.stringify'd, one line each.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { write: { type: 'string' }, check: { type: 'string' }, dist: { type: 'string', default: join(root, 'dist') } } });
if (!values.write === !values.check) throw new Error('usage: node scripts/identity179.mjs (--write FILE | --check FILE) [--dist DIR]');
const dist = resolve(values.dist);
const api = await import(pathToFileURL(join(dist, 'index.js')).href);

const files = readdirSync(join(root, 'src/policies/nd179'), { recursive: true }).map(String).filter((p) => p.endsWith('cases.json')).sort();
const variants = [
  {},
  { parameters: { talentAllowanceRate: '2.0' } },
  { parameters: { baseSalary: { '2026-07-01': '2600000' } } },
  { baseSalary: [{ from: '2024-07-01', amount: '2340000' }, { from: '2026-01-01', amount: '2500000' }], normalProbationRate: '0.8' },
  { proration: 'whole-months', salaryChangeInMonth: 'split-by-days', fiveYearCount: 'civil-code', youthAge: 'until-30th-birthday',
    talentAllowanceBase: 'coefficient-only', graduateAllowanceBase: 'including-allowances', decree140Transition: 'not-covered', baseSalaryKnownThrough: '2026-06-30' },
  { proration: 'nope', unknownThing: 1 },
];
const show = (r) => JSON.stringify(r.ok ? r : { ok: false, error: { name: r.error.name, message: r.error.message, issues: r.error.issues, caseId: r.error.caseId } });
const lines = [];
for (const file of files) {
  const { cases } = JSON.parse(readFileSync(join(root, 'src/policies/nd179', file), 'utf8'));
  cases.forEach((c, i) => {
    const own = c.options ?? {};
    const range = { from: own.from ?? '2024-01-01', to: own.to ?? '2031-12-31' };
    lines.push(`${file}#${i} assess ${show(api.safeAssess179(c.input, own))}`);
    lines.push(`${file}#${i} schedule ${show(api.safeSchedule179(c.input, { ...own, ...range }))}`);
    variants.forEach((v, j) => {
      lines.push(`${file}#${i} assess/v${j} ${show(api.safeAssess179(c.input, { ...own, ...v }))}`);
      lines.push(`${file}#${i} schedule/v${j} ${show(api.safeSchedule179(c.input, { ...own, ...range, ...v }))}`);
    });
  });
}
lines.push(`cli ${execFileSync(process.execPath, [join(dist, 'cli.js'), 'schedule179', 'examples/talent.json', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json'], { cwd: root, encoding: 'utf8' })}`);
const out = lines.join('\n') + '\n';
if (values.write) {
  writeFileSync(resolve(values.write), out);
  console.log(`${lines.length} outputs written to ${values.write}`);
} else {
  const before = readFileSync(resolve(values.check), 'utf8').split('\n');
  const now = out.split('\n');
  const diff = now.findIndex((l, i) => l !== before[i]);
  if (diff === -1 && before.length === now.length) console.log(`identical: ${lines.length} outputs`);
  else {
    console.log(`DIFFERENT at line ${diff + 1}:\n- ${before[diff]?.slice(0, 400)}\n+ ${now[diff]?.slice(0, 400)}`);
    process.exitCode = 1;
  }
}
