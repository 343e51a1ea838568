import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { o1, o1Csv, tempDir, vnseInProcess } from '../cli/run-cli.js';

const whatIfFile = 'tests/testing/cases/what-if.json';
const examples = 'tests/golden/cases/examples-md.json';

function write(name: string, content: unknown): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('vnse test', () => {
  it('runs policy-test files and directories, exit 0 when every case passes', async () => {
    const r = await vnseInProcess(['test', examples, 'tests/testing/cases']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${examples}: 11 passed, 0 failed`);
    expect(r.stdout).toContain(`${whatIfFile}: 2 passed, 0 failed`);
    expect(r.stdout).toMatch(/Total: 13 passed, 0 failed in 2 file\(s\)\n$/);
  });

  it('prints each failing case with the item, expected vs got, formula and citation; exit 1', async () => {
    const file = write('wrong.json', { cases: [{ name: 'O1 with a typo', source: 'MoHA 1814', input: o1, expect: { outcomes: { 'nd178/art7': { eligible: true, items: { 'one-off-pension': '460678500' } } } } }] });
    const r = await vnseInProcess(['test', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAIL  O1 with a typo');
    expect(r.stdout).toContain('nd178/art7 › one-off-pension: expected 460,678,500, got 460,687,500 (+9,000)');
    expect(r.stdout).toContain('formula: 15,356,250 × 1.0 × 30');
    expect(r.stdout).toContain('citation: 178/2024/NĐ-CP Art 7 cl. 1 pt. a');
    expect(r.stdout).toContain('Total: 0 passed, 1 failed in 1 file(s)');
    const vi = await vnseInProcess(['test', file, '--lang', 'vi']);
    expect(vi.stdout).toContain('công thức: 15,356,250 × 1.0 × 30');
    expect(vi.stdout).toContain('Tổng: 0 đạt, 1 không đạt trong 1 tệp');
  });

  it('lists passing cases with --verbose and writes JSON with --format json', async () => {
    expect((await vnseInProcess(['test', whatIfFile, '-v'])).stdout).toContain('PASS  O2 with severance at 1.0');
    const r = await vnseInProcess(['test', whatIfFile, '--format', 'json']);
    const runs = JSON.parse(r.stdout) as { file: string; passed: number; results: { name: string; passed: boolean }[] }[];
    expect(runs[0]).toMatchObject({ file: whatIfFile, passed: 2 });
    expect(runs[0]!.results[0]).not.toHaveProperty('assessment');
  });

  it('reports a malformed file and usage errors on stderr, exit 1', async () => {
    const bad = await vnseInProcess(['test', write('bad.json', { cases: [{ name: 'x', source: 's', input: o1, expect: { totl: 1 } }] })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not a policy-test file');
    expect(bad.stderr).toContain('"totl"');
    expect((await vnseInProcess(['test'])).stderr).toContain('give one or more policy-test files');
    expect((await vnseInProcess(['test', 'no/such/file.json'])).stderr).toContain('no/such/file.json: no such file');
    expect((await vnseInProcess(['test', '--help'])).stdout).toContain('vnse test <file.json|directory>...');
  });
});

describe('vnse compare', () => {
  const severance = () => write('a.json', { severanceRateFirst12: '1.0' });

  it('compares the law with what-if parameters, case by case, item by item', async () => {
    const r = await vnseInProcess(['compare', examples, '--parameters', severance()]);
    expect(r.status).toBe(2); // the file holds a case that is invalid on purpose (O2-excluded)
    expect(r.stdout).toContain('Case O2-excluded: invalid input');
    expect(r.stdout).toMatch(/^a\.json:\n {2}factors\.severanceRateFirst12 = 1\.0 \(law: 0\.8\)/);
    expect(r.stdout).toContain('Case O1: law → a.json (no change)');
    expect(r.stdout).toMatch(/Case O2: law → a\.json\n.*\n.*\n\s+nd178\/art9\s+1,442,741,625\s+1,647,023,625\s+\+204,282,000/);
    expect(r.stdout).toContain('law: 17,023,500 × 0.8 × 60  [178/2024/NĐ-CP Art 9 cl. 1 pt. a]');
    expect(r.stdout).toContain('a.json: 17,023,500 × 1 × 60  [178/2024/NĐ-CP Art 9 cl. 1 pt. a (what-if override');
  });

  it('compares two parameter sets with --against', async () => {
    const b = write('b.json', { severanceRateFirst12: '0.9' });
    const r = await vnseInProcess(['compare', examples, '--parameters', severance(), '--against', b, '--format', 'json']);
    const o2 = (JSON.parse(r.stdout) as { id: string; left: { label: string }; policies: { policy: string; difference: string }[] }[]).find((d) => d.id === 'O2')!;
    expect(o2.left.label).toBe('a.json');
    // 0.9 − 1.0 = −0.1 × 17,023,500 × 60
    expect(o2.policies.find((p) => p.policy === 'nd178/art9')!.difference).toBe('-102141000');
  });

  it('compares the original and the amended Decree 178, with the top-up', async () => {
    const r = await vnseInProcess(['compare', examples, '--original']);
    expect(r.stdout).toMatch(/Case D1: original → amended\n.*\n\s+nd178\/art7\s+1,160,886,870\s+1,185,674,490\s+\+24,787,620\s+24,787,620/);
    expect(r.stdout).toContain('amended: 16,525,080 × (4 + 0.5 × 18.5)  [67/2025/NĐ-CP Art 1 cl. 3 (amending 178 Art 7 cl. 2)]');
  });

  it('reads JSON Lines and CSV cases; an invalid case is reported and exit 2', async () => {
    const jsonl = write('cases.jsonl', `${JSON.stringify(o1)}\n${JSON.stringify({ ...o1, id: 'bad', insuredMonths: -1 })}\n`);
    const r = await vnseInProcess(['compare', jsonl, '--original', '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Hồ sơ O1: original → amended (không thay đổi)');
    expect(r.stdout).toContain('Hồ sơ bad: dữ liệu không hợp lệ');
    const csv = await vnseInProcess(['compare', write('cases.csv', o1Csv), '--parameters', severance()]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toContain('Case O1: law → a.json (no change)');
  });

  it('rejects a bad parameters file by its path, and a command line without a comparison', async () => {
    const bad = await vnseInProcess(['compare', examples, '--parameters', write('p.json', { severanceRate: '1' })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('options.parameters.severanceRate: unknown parameter');
    expect((await vnseInProcess(['compare', examples])).stderr).toContain('give --parameters <file>, --against <file>, or --original');
    expect((await vnseInProcess(['compare', examples, '--original', '--against', severance()])).stderr).toContain('do not go together');
    expect((await vnseInProcess(['compare', '--help'])).stdout).toContain('vnse compare');
  });
});
