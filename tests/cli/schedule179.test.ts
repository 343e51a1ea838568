import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schedule179 } from '../../src/index.js';
import { examples, tempDir, vnse, vnseInProcess } from './run-cli.js';

// `vnse schedule179`: Decree 179 cases (JSON / JSON Lines) → the library's schedule179, per person.
const talent = join(examples, 'talent.json');
const cases = JSON.parse(readFileSync(talent, 'utf8')) as { id: string; group: string }[];
const range = ['--from', '2025-01-01', '--to', '2026-12-31'];

/** A G2 graduate recruited on 12 Mar 2025 at 2.34 (docs/decree-179.md): 8,213,400 a month, March × 20/31. */
const graduate = {
  id: 'A', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2024-12-01',
  recruitmentDate: '2025-03-12', probationMonths: 0, criteria: { qualificationMet: true },
  salaryHistory: [{ from: '2025-03-12', coefficient: 2.34 }],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed output, read by path
type Json = Record<string, any>;

describe('vnse schedule179: output', () => {
  it('json: the library\'s schedule179 for each case, in input order (exit 0; refusals are results)', async () => {
    const r = await vnseInProcess(['schedule179', talent, ...range]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out).toEqual(cases.map((c) => JSON.parse(JSON.stringify(schedule179(c, { from: '2025-01-01', to: '2026-12-31' })))));
  });

  it('jsonl: one schedule per line; options reach the engine and are echoed', async () => {
    const input = `${JSON.stringify(graduate)}\n\n${JSON.stringify({ ...graduate, id: 'B' })}\n`;
    const r = await vnseInProcess(['schedule179', '-', '--from', '2025-03-01', '--to', '2025-04-30', '-f', 'jsonl', '--option', 'proration=whole-months'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    expect(lines.map((l) => l.id)).toEqual(['A', 'B']);
    expect(lines[0]!.options.proration).toBe('whole-months');
    expect(lines[0]!.schedules[0].rows.map((row: Json) => row.amount)).toEqual(['8213400', '8213400']); // March paid in full
  });

  it('csv: one row per month of each allowance, a refused allowance as one row with its reasons', async () => {
    const r = await vnseInProcess(['schedule179', talent, ...range, '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^case,id,group,policy,eligible,month,[^\n]*\r\n/);
    const [header, ...rows] = parse(r.stdout) as string[][];
    const col = (name: string) => header!.indexOf(name);
    const g201 = rows.filter((c) => c[col('id')] === 'G2-01' && c[col('policy')] === 'nd179/graduate-allowance');
    expect(g201).toHaveLength(22);
    expect(g201[0]!.slice(col('month'), col('month') + 5)).toEqual(['2025-03', '2025-03-12', '2025-03-31', '20', '31']);
    expect(g201[0]![col('amount')]).toBe('5298968');
    expect(g201[0]![col('formula')]).toBe('1.5 × 2.34 × 2,340,000 × 20/31');
    expect(g201[0]![col('inInsuranceBase')]).toBe('false');
    const march2026 = g201.find((c) => c[col('month')] === '2026-03')!;
    expect([march2026[col('coefficient')], march2026[col('baseSalary')], march2026[col('amount')]]).toEqual(['2.67', '2340000', '9371700']); // the step raise, from its month
    const july2026 = g201.find((c) => c[col('month')] === '2026-07')!;
    expect([july2026[col('baseSalary')], july2026[col('amount')]]).toEqual(['2530000', '10132650']); // the 2026 base salary
    const total = g201.reduce((s, c) => s + BigInt(c[col('amount')]!), 0n);
    expect(total).toBe(193929068n);
    const refused = rows.filter((c) => c[col('id')] === 'G1-02');
    expect(refused).toHaveLength(1);
    expect(refused[0]![col('eligible')]).toBe('false');
    expect(refused[0]![col('refusalCode')]).toBe('missing/criteria.councilApproved');
    expect(refused[0]![col('month')]).toBe('');
  });

  it('table: per month coefficient, base salary, amount and formula; totals; refusals; the insurance note', async () => {
    const r = await vnseInProcess(['schedule179', talent, ...range, '--format', 'table', '--lang', 'en']);
    expect(r.status).toBe(0);
    const t = r.stdout;
    expect(t).toMatch(/^vnse \d+\.\d+\.\d+ · Decree 179\/2024 talent allowances · rules nd179-2024@2025-01-01 · 2025-01-01 – 2026-12-31 · amounts in VND\n/);
    for (const c of cases) expect(t, c.id).toMatch(new RegExp(`^${c.id} · `, 'm'));
    expect(t).toMatch(/^ {6}month +days +coefficient +base salary +amount +formula$/m);
    expect(t).toMatch(/^ {6}2025-03 +20\/31 +2\.34 +2,340,000 +5,298,968 +1\.5 × 2\.34 × 2,340,000 × 20\/31$/m);
    expect(t).toMatch(/^ {6}2026-03 +31\/31 +2\.67 +2,340,000 +9,371,700 +1\.5 × 2\.67 × 2,340,000$/m);
    expect(t).toMatch(/^ {6}2026-07 +31\/31 +2\.67 +2,530,000 +10,132,650 +1\.5 × 2\.67 × 2,530,000$/m);
    expect(t).toMatch(/^ {6}total +193,929,068$/m);
    expect(t).toMatch(/^ {6}2025-05 +12\/31 +6\.2 \+ 0\.5 +2,340,000 +18,206,710 +3\.0 × \(6\.2 \+ 0\.5\) × 2,340,000 × 12\/31$/m);
    expect(t).toMatch(/2025-09 +30\/30 +2\.34 +2,340,000 +821,340 +\(1\.0 − 0\.85\) × 2\.34 × 2,340,000 {2}\(full pay 5,475,600, usual pay 4,654,260\)/);
    expect(t).toMatch(/^G1-02 · Talented cadres, civil servants and public employees \(G1\) · not eligible\n {2}- missing\/criteria\.councilApproved: criteria\.councilApproved is missing/m);
    expect(t).toMatch(/^ {2}nd179\/probation-full-salary +refused +100% of the salary during probation\n {4}- no-probation: /m);
    expect(t).toMatch(/^ {4}The additional allowance is not part of the base for compulsory social insurance, health insurance or unemployment insurance/m);
    // The 2026 base-salary row is verified (Decree 161/2026/NĐ-CP Art 3 cl. 2): no warning about it (D13).
    expect(t).not.toMatch(/has not been checked/);
    expect(t).toMatch(/^People: 5 · valid 5 · invalid 0$/m);
    expect(t).toMatch(/^ {2}nd179\/talent-allowance +eligible 1 \/ refused 1 · total 357,217,200$/m);
    expect(t).toMatch(/^The additional allowances \(150%, 300%\) are not part of the social, health or unemployment insurance contribution base/m);
  });

  it('table in Vietnamese; a month without a known base salary is refused, shown, and left out of the total', async () => {
    // The table as known through 2027-06-30 (pinned, so a base salary decreed later does not change this output).
    const r = await vnseInProcess(['schedule179', '-', '--from', '2027-06-01', '--to', '2027-07-31', '-f', 'table', '--lang', 'vi', '--option', 'baseSalaryKnownThrough=2027-06-30'], JSON.stringify([graduate]));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^A · Sinh viên tốt nghiệp xuất sắc, nhà khoa học trẻ tài năng \(G2\) · đủ ĐK$/m);
    expect(r.stdout).toMatch(/^ {6}2027-07 +31\/31 +— +base-salary-unknown: Mức lương cơ sở sau ngày 2027-06-30 chưa được biết/m);
    expect(r.stdout).toMatch(/^ {6}cộng +8,880,300 +chưa đủ: có tháng bị từ chối, không cộng vào tổng$/m);
  });

  it('--out writes the file (format from its extension) and nothing on standard output', async () => {
    const dir = tempDir();
    const r = await vnseInProcess(['schedule179', talent, ...range, '--out', join(dir, 'phu-cap.csv')]);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'phu-cap.csv'), 'utf8')).toMatch(/^case,id,group,policy,/);
  });

  it('--option baseSalary=from:amount,… replaces the table', async () => {
    const r = await vnseInProcess(['schedule179', '-', '--from', '2027-07-01', '--to', '2027-07-31', '-f', 'jsonl', '--option', 'baseSalary=2024-07-01:2340000,2027-07-01:2600000'], JSON.stringify(graduate));
    expect(r.status).toBe(0);
    const row = (JSON.parse(r.stdout) as Json).schedules[0].rows[0];
    expect([row.amount, row.formula]).toEqual(['9126000', '1.5 × 2.34 × 2,600,000']);
  });
});

describe('vnse schedule179: invalid cases and errors', () => {
  it('an invalid case is an error entry, the others are still written: exit 2', async () => {
    const input = [JSON.stringify(graduate), '{not json', JSON.stringify({ ...graduate, id: 'X', salaryHistory: [{ from: '2025-03-12', coefficient: 25 }], colour: 'red' })].join('\n');
    const r = await vnseInProcess(['schedule179', '-', ...range, '--input-format', 'jsonl', '-f', 'jsonl'], input);
    expect(r.status).toBe(2);
    const [ok, unreadable, invalid] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    expect(ok!.id).toBe('A');
    expect(unreadable).toMatchObject({ id: null, error: { code: 'invalid-input', issues: [{ message: expect.stringMatching(/^\(case\): line 2 is not valid JSON/) }] } });
    expect(invalid!.id).toBe('X');
    expect(invalid!.error.issues.map((i: Json) => i.path)).toEqual(['salaryHistory.0.coefficient', 'colour']);
    const table = await vnseInProcess(['schedule179', '-', ...range, '--input-format', 'jsonl', '-f', 'table', '--lang', 'en'], input);
    expect(table.status).toBe(2);
    expect(table.stdout).toMatch(/^X {2}✗ invalid input\n {4}salaryHistory\.0\.coefficient: expected a salary coefficient above 0, at most 20/m);
    expect(table.stdout).toMatch(/^People: 3 · valid 1 · invalid 2$/m);
  });

  it.each([
    [['schedule179'], /schedule179: missing input file/],
    [['schedule179', talent], /--from YYYY-MM-DD is required/],
    [['schedule179', talent, '--from', '2025-01-01'], /--to YYYY-MM-DD is required/],
    [['schedule179', talent, '--from', '2025-02-30', '--to', '2025-12-31'], /--from: expected a real calendar date as YYYY-MM-DD; got "2025-02-30"/],
    [['schedule179', talent, '--from', '2025-12-01', '--to', '2025-01-31'], /--to 2025-01-31 is before --from 2025-12-01/],
    [['schedule179', join(examples, 'roster.csv'), ...range], /reads JSON or JSON Lines only: salaryHistory .* has no flat CSV form/],
    [['schedule179', '-', ...range, '--input-format', 'csv'], /reads JSON or JSON Lines only/],
    [['schedule179', 'talent.txt', ...range], /unknown input kind; name the file \.json or \.jsonl/],
    [['schedule179', talent, ...range, '--format', 'xlsx'], /--format: expected one of json, jsonl, csv, table; got "xlsx"/],
    [['schedule179', talent, ...range, '--out', 'x.xlsx'], /writes json, jsonl, csv or table, not xlsx/],
    [['schedule179', talent, ...range, '--option', 'ruleset=original'], /--option ruleset: unknown option; known options: proration, salaryChangeInMonth/],
    [['schedule179', talent, ...range, '--option', 'proration=weekly'], /--option proration: expected one of "calendar-days", "whole-months"/],
    [['schedule179', talent, ...range, '--option', 'baseSalary=2024-07-01'], /--option baseSalary\.0: expected \{ from: "YYYY-MM-DD", amount/],
    [['schedule179', talent, ...range, '--lang', 'fr'], /--lang: expected one of en, vi/],
    [['schedule179', talent, ...range, '--bogus'], /schedule179: Unknown option '--bogus'/],
  ])('%j is a usage error: exit 1, a message on stderr, nothing on stdout', async (args, message) => {
    const r = await vnseInProcess(args as string[]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('CSV on standard input is refused; a missing file is an I/O error (exit 1)', async () => {
    const [csv, missing] = await Promise.all([
      vnseInProcess(['schedule179', '-', ...range], 'id,group\nA,graduate\n'),
      vnseInProcess(['schedule179', 'no-such-file.json', ...range]),
    ]);
    expect(csv).toMatchObject({ status: 1, stdout: '' });
    expect(csv.stderr).toMatch(/^vnse: stdin: schedule179 reads JSON or JSON Lines only/);
    expect(missing).toMatchObject({ status: 1, stdout: '', stderr: 'vnse: no-such-file.json: no such file\n' });
  });

  it('--help: the usage, the options with their defaults, the JSON-only input', async () => {
    const [own, main] = await Promise.all([vnseInProcess(['schedule179', '--help']), vnseInProcess(['--help'])]);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^vnse schedule179 — /);
    expect(own.stdout).toMatch(/vnse schedule179 <file\.json\|file\.jsonl\|-> --from YYYY-MM-DD --to YYYY-MM-DD/);
    expect(own.stdout).toMatch(/proration=calendar-days/);
    expect(own.stdout).toMatch(/normalProbationRate=0\.85/);
    expect(own.stdout).toMatch(/JSON or JSON Lines only/);
    expect(main.stdout).toMatch(/vnse schedule179 <file\.json\|file\.jsonl\|-> --from YYYY-MM-DD --to YYYY-MM-DD/);
  });

  it('the built CLI runs it too', async () => {
    const r = await vnse(['schedule179', 'examples/talent.json', ...range, '--format', 'table', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^People: 5 · valid 5 · invalid 0$/m);
  });
});
