import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { o1, o1Csv, tempDir, vnse, vnseInProcess } from './run-cli.js';

const dir = tempDir();
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const jsonlOut = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const invalid = { id: 'BAD', gender: 'male', birthDate: '1970-02-31', staffType: 'civil-servant', monthlySalary: 10000000, insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01' };

describe('vnse assess: inputs', async () => {
  it('reads a JSON array, keeps input order, assesses valid cases beside invalid ones (exit 2)', async () => {
    const path = file('cases.json', JSON.stringify([{ ...o1, id: 'A' }, invalid, { ...o1, id: 'C' }], null, 2));
    const r = await vnseInProcess(['assess', path, '--format', 'jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    const out = jsonlOut(r.stdout);
    expect(out.map((e) => e.id)).toEqual(['A', 'BAD', 'C']);
    expect(out[0]).toMatchObject({ best: 'nd178/art7', outcomes: [{ total: '744778125' }, {}] });
    expect(out[1]).toMatchObject({ id: 'BAD', error: { code: 'invalid-input', issues: [{ path: 'birthDate' }] } });
    expect((out[1] as { error: { issues: { messages: { vi: string } }[] } }).error.issues[0]!.messages.vi).toMatch(/birthDate/);
    expect(out[2]).toMatchObject({ best: 'nd178/art7' });
  });

  it('reads one JSON object as one case (exit 0 when all are valid)', async () => {
    const r = await vnseInProcess(['assess', file('one.json', JSON.stringify(o1)), '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(jsonlOut(r.stdout).map((e) => e.id)).toEqual(['O1']);
  });

  it('JSON Lines: skips blank lines; a line that is not JSON is an error entry, the rest is assessed', async () => {
    const text = `${JSON.stringify({ ...o1, id: 'L1' })}\n\n{not json\n   \n${JSON.stringify({ ...o1, id: 'L5' })}`;
    const r = await vnseInProcess(['assess', file('cases.jsonl', text), '--format', 'jsonl']);
    expect(r.status).toBe(2);
    const out = jsonlOut(r.stdout);
    expect(out.map((e) => e.id)).toEqual(['L1', null, 'L5']);
    expect(JSON.stringify(out[1])).toMatch(/line 3 is not valid JSON/);
  });

  it('CSV: header names are field names, nested as salary.coefficient; cells coerced by the schema', async () => {
    const csv = [
      '\uFEFFid,gender,birthDate,staffType,salary.coefficient,salary.leadershipCoefficient,salary.publicServicePercent,insuredMonths,restructuringDate,leaveDate,pensionEligible',
      'C1,male,1966-01-15,civil-servant,4.65,0.6,25,264,2025-03-01,2025-05-01,',
      'C2,male,1966-01-15,civil-servant,4.65,0.6,25,264.5,2025-03-01,2025-05-01,maybe',
      'C3,male,1966-01-15,civil-servant,4.65,0.6,25,264,2025-03-01,2025-05-01,true',
    ].join('\r\n');
    const r = await vnseInProcess(['assess', file('roster.csv', csv), '--format', 'jsonl']);
    expect(r.status).toBe(2);
    const [c1, c2, c3] = jsonlOut(r.stdout) as [Record<string, unknown>, { error: { issues: { path: string; message: string }[] } }, Record<string, unknown>];
    expect(c1).toMatchObject({ id: 'C1', best: 'nd178/art7', outcomes: [{ total: '744778125', facts: { monthlySalary: '15356250' } }, {}] });
    expect(c2.error.issues.map((i) => i.path).sort()).toEqual(['insuredMonths', 'pensionEligible']);
    expect(c2.error.issues.find((i) => i.path === 'insuredMonths')!.message).toMatch(/got "264.5"/);
    expect(c3).toMatchObject({ id: 'C3', outcomes: [{ facts: { pensionEligibleSource: 'input' } }, {}] });
  });

  it('CSV: an unknown or polluting column is reported by name, never applied', async () => {
    const csv = `${o1Csv.split('\n')[0]},areaAllowance,__proto__\n${o1Csv.split('\n')[1]},0.5,x\n`;
    const r = await vnseInProcess(['assess', file('extra.csv', csv), '--format', 'jsonl']);
    expect(r.status).toBe(2);
    const paths = (jsonlOut(r.stdout)[0] as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['areaAllowance', '__proto__']));
  });

  it('reads standard input "-" with --input-format, or by its first character', async () => {
    const [asCsv, sniffedJson, sniffedJsonl, sniffedCsv] = await Promise.all([
      vnse(['assess', '-', '--input-format', 'csv', '--format', 'jsonl'], o1Csv),
      vnseInProcess(['assess', '-', '--format', 'jsonl'], ` \n${JSON.stringify([o1])}`),
      vnseInProcess(['assess', '-', '--format', 'jsonl'], `${JSON.stringify(o1)}\n${JSON.stringify({ ...o1, id: 'O2' })}\n`),
      vnseInProcess(['assess', '-', '--format', 'jsonl'], o1Csv),
    ]);
    expect(asCsv.status).toBe(0);
    expect(jsonlOut(asCsv.stdout)[0]).toMatchObject({ id: 'O1', best: 'nd178/art7' });
    expect(jsonlOut(sniffedJson.stdout).map((e) => e.id)).toEqual(['O1']);
    expect(jsonlOut(sniffedJsonl.stdout).map((e) => e.id)).toEqual(['O1', 'O2']);
    expect(jsonlOut(sniffedCsv.stdout).map((e) => e.id)).toEqual(['O1']);
  });

  it('passes --option to the engine, which echoes it', async () => {
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '--format', 'jsonl', '--option', 'ruleset=original', '--option', 'applyEligibilityFilter=false'], JSON.stringify([o1]));
    expect(r.status).toBe(0);
    const out = jsonlOut(r.stdout)[0] as { rulesetVersion: string; options: Record<string, unknown> };
    expect(out.rulesetVersion).toMatch(/original/);
    expect(out.options).toMatchObject({ ruleset: 'original', applyEligibilityFilter: false });
  });

  it('a broken JSON document or malformed CSV is an input error: exit 1, one message, no stack trace', async () => {
    const cases = [
      ['broken.json', '[{"id":"a"}', /broken\.json: not a JSON array of cases: the array is not closed/],
      ['broken.csv', 'id,gender\n"A,male\n', /broken\.csv: malformed CSV/],
      ['empty.csv', '', /empty CSV/],
    ] as const;
    const results = await Promise.all(cases.map(([name, text]) => vnseInProcess(['assess', file(name, text)])));
    cases.forEach(([name, , message], i) => {
      const r = results[i]!;
      expect(r.status, name).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    });
  });
});
