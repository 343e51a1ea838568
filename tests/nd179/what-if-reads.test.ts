import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeAssess179, safeSchedule179 } from '../../src/engine/nd179/index.js';
import { nd179Policies } from '../../src/policies/nd179/common/policies.js';
import { nd179Rates } from '../../src/parameters/nd179-rates.js';
import { parsePolicyTestFile } from '../../src/testing/index.js';
import { goldenFiles, inRepository } from '../golden/golden-files.js';

/**
 * Decree 179's what-if marking follows what each allowance reads (a traced parameter set, as for `assess`;
 * src/engine/nd179/what-if.ts). Each allowance still declares the numbers it reads (`AllowancePolicy.parameters`)
 * because its rule-book page prints them; this test keeps that list honest: every golden case is run with every
 * Decree 179 factor and a base-salary row replaced by the law's own value (so no amount moves and every read is
 * recorded), and every value an allowance was marked as reading must be in its declared list.
 */
const everyFactor = Object.fromEntries(Object.entries(nd179Rates).map(([name, f]) => [name, f.value]));
const parameters = { nd179Rates: everyFactor, baseSalary: { '2024-07-01': '2340000' } };
const declared = new Map(Object.values(nd179Policies).flat().map((p) => [p.code, new Set(p.parameters)]));
/** `nd179Rates.x` as it is; a base-salary row `baseSalary.YYYY-MM-DD` as the table `baseSalary`. */
const traceName = (path: string) => (path.startsWith('baseSalary.') ? 'baseSalary' : path);

const cases = goldenFiles()
  .filter((p) => p.startsWith('src/policies/nd179/'))
  .flatMap((p) => parsePolicyTestFile(readFileSync(inRepository(p), 'utf8'), p).cases);

describe('Decree 179: the marking follows the reads, and the reads are declared', () => {
  it('marks no allowance with a value outside its declared parameters, over every golden case', () => {
    const undeclared: string[] = [];
    const seen = new Set<string>();
    for (const c of cases) {
      const options = { ...(c.options ?? {}), parameters } as Record<string, unknown>;
      const r = c.function === 'schedule179' ? safeSchedule179(c.input, options as never) : safeAssess179(c.input, options);
      if (!r.ok) continue;
      const results = 'schedules' in r.value ? [...r.value.schedules, ...r.value.outcomes] : r.value.outcomes;
      for (const x of results) {
        for (const path of (x.facts.whatIfParameters as string[] | undefined) ?? []) {
          seen.add(`${x.policy} ${traceName(path)}`);
          if (!declared.get(x.policy)?.has(traceName(path))) undeclared.push(`${c.name}: ${x.policy} read ${path}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    // Not vacuous: the reads were recorded, for the rates and the base salary alike.
    expect(seen).toContain('nd179/graduate-allowance nd179Rates.graduateAllowanceRate');
    expect(seen).toContain('nd179/graduate-allowance baseSalary');
    expect(seen).toContain('nd179/talent-allowance nd179Rates.talentAllowanceRate');
  });

  it('does not mark an allowance that reads no overridden value: a salary given as amounts reads no base salary', () => {
    const input = {
      id: 'G2-AMT', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2024-12-01',
      recruitmentDate: '2025-01-01', probationMonths: 0, criteria: { qualificationMet: true },
      salaryHistory: [{ from: '2025-01-01', amount: '6000000', allowancesAmount: 500000 }],
    };
    const r = safeSchedule179(input, { from: '2026-06-01', to: '2026-07-31', parameters: { baseSalary: { '2026-07-01': '2600000' } } });
    if (!r.ok) throw r.error;
    const s = r.value.schedules.find((x) => x.policy === 'nd179/graduate-allowance')!;
    // 1.5 × 6,000,000 = 9,000,000 a month, whatever the base salary.
    expect(s.rows.map((row) => row.amount)).toEqual(['9000000', '9000000']);
    expect(s.facts.whatIfParameters).toBeUndefined();
    expect(s.rows.every((row) => !row.citation.note?.includes('what-if'))).toBe(true);
    expect(r.value.warnings.map((w) => w.code)).toContain('what-if-parameters');
  });
});
