import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAssess179, safeSchedule179, schedule179 } from '../../src/index.js';
import { tempDir, vnseInProcess } from '../cli/run-cli.js';

/**
 * Issue #14: one parameter set and one what-if syntax. `options.parameters` (src/parameters/overrides.ts,
 * the syntax of `assess`) reaches assess179 and schedule179; the older 179 options `baseSalary` and
 * `normalProbationRate` go through the same parameter set.
 *
 * The G2 graduate of docs/decree-179.md: coefficient 2.34 from 1 Mar 2025, base salary 2,340,000 (Decree
 * 73/2024 from 1 Jul 2024): the law gives 1.5 × 2.34 × 2,340,000 = 8,213,400 a month.
 */
const graduate = {
  id: 'G2-1', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2025-01-10',
  recruitmentDate: '2025-03-01', probationMonths: 0, criteria: { qualificationMet: true },
  salaryHistory: [{ from: '2025-03-01', coefficient: 2.34 }],
};
const range = { from: '2025-03-01', to: '2025-04-30' };

describe('Decree 179: options.parameters (the what-if syntax of assess)', () => {
  it('a rate and a base-salary row replaced: amounts, echo, what-if warning and citation', () => {
    const s = schedule179(graduate, { ...range, parameters: { graduateAllowanceRate: '2.0', baseSalary: { '2025-04-01': '2500000' } } });
    const rows = s.schedules[0]!.rows;
    // March: 2.0 × 2.34 × 2,340,000 = 2.0 × 5,475,600 = 10,951,200; April: 2.0 × 2.34 × 2,500,000 = 2.0 × 5,850,000 = 11,700,000.
    expect(rows.map((r) => r.amount)).toEqual(['10951200', '11700000']);
    expect(rows.map((r) => r.formula)).toEqual(['2.0 × 2.34 × 2,340,000', '2.0 × 2.34 × 2,500,000']);
    expect(s.schedules[0]!.total).toBe('22651200');
    expect(s.options.parameters).toEqual({ graduateAllowanceRate: '2.0', baseSalary: { '2025-04-01': '2500000' } });
    expect(s.warnings.map((w) => w.code)).toContain('what-if-parameters');
    expect(rows[1]!.segments[0]!.baseSalaryCitation?.verified).toBe(false);
    expect(rows[1]!.segments[0]!.baseSalaryCitation?.note).toContain('what-if override: baseSalary.2025-04-01');
    // The months of the allowance that read the overridden values cite them as what-if, as assess marks its items.
    expect(rows.every((r) => r.citation.note?.includes('nd179Rates.graduateAllowanceRate = 2.0 (law: 1.5)'))).toBe(true);
    expect(s.schedules[0]!.facts.whatIfParameters).toEqual(['nd179Rates.graduateAllowanceRate', 'baseSalary.2025-04-01']);
  });

  it('an allowance that reads no overridden value is not marked (the probation top-up under a graduate-rate override)', () => {
    const s = schedule179({ ...graduate, probationMonths: 12 }, { ...range, parameters: { graduateAllowanceRate: '2.0' } });
    expect(s.schedules[1]!.policy).toBe('nd179/probation-full-salary');
    expect(s.schedules[1]!.facts.whatIfParameters).toBeUndefined();
    expect(s.schedules[1]!.rows[0]!.citation.note ?? '').not.toContain('what-if');
    const a = safeAssess179(graduate, { parameters: { graduateAllowanceRate: '2.0' } });
    const o = a.ok ? a.value.outcomes.find((x) => x.policy === 'nd179/graduate-allowance') : undefined;
    // 2.0 × 2.34 × 2,340,000 = 10,951,200 in force on the first day (2025-03-01).
    expect(o?.total).toBe('10951200');
    expect(o?.items[0]?.citation.note).toContain('what-if override: nd179Rates.graduateAllowanceRate = 2.0 (law: 1.5)');
    expect(o?.facts.whatIfParameters).toEqual(['nd179Rates.graduateAllowanceRate']);
  });

  it('the same value given as options.normalProbationRate or as a what-if parameter gives the same amounts', () => {
    const probation = { ...graduate, probationMonths: 12 };
    const a = schedule179(probation, { ...range, normalProbationRate: '0.8' }).schedules[1]!;
    const b = schedule179(probation, { ...range, parameters: { normalProbationRate: '0.8', normalProbationRatePublicEmployee: '0.8' } }).schedules[1]!;
    // (1.0 − 0.8) × 2.34 × 2,340,000 = 0.2 × 5,475,600 = 1,095,120 a month.
    expect(a.rows.map((r) => r.amount)).toEqual(['1095120', '1095120']);
    expect(b.rows.map((r) => r.amount)).toEqual(a.rows.map((r) => r.amount));
  });

  it('without parameters nothing is echoed or warned (the output is as before)', () => {
    const s = schedule179(graduate, range);
    expect('parameters' in s.options).toBe(false);
    expect(s.warnings).toEqual([]);
    expect(s.schedules[0]!.rows.map((r) => r.amount)).toEqual(['8213400', '8213400']);
  });

  it('an age limit replaced reaches eligibility (assess179), with its what-if citation', () => {
    const r = safeAssess179(graduate, { parameters: { youthMaxAge: '20' } });
    expect(r.ok).toBe(true);
    const refusal = r.ok ? r.value.eligibility.refusals[0] : undefined;
    expect(refusal?.code).toBe('over-youth-age');
    expect(refusal?.citation.note).toContain('what-if override: nd179Rates.youthMaxAge = 20 (law: 30)');
  });

  it('refuses an unknown parameter, and a value given both ways, as invalid options naming the path', () => {
    const unknown = safeSchedule179(graduate, { ...range, parameters: { nope: 1 } });
    expect(unknown.ok ? [] : unknown.error.issues.map((i) => [i.path, i.code])).toEqual([['options.parameters.nope', 'invalid-option']]);
    const twice = safeSchedule179(graduate, { ...range, baseSalary: [{ from: '2024-07-01', amount: 2340000 }], parameters: { baseSalary: { '2025-04-01': '2500000' } } });
    expect(twice.ok ? [] : twice.error.issues.map((i) => [i.path, i.code])).toEqual([['options.baseSalary', 'invalid-option']]);
    const rateTwice = safeSchedule179(graduate, { ...range, normalProbationRate: '0.8', parameters: { nd179Rates: { normalProbationRate: '0.8' } } });
    expect(rateTwice.ok ? [] : rateTwice.error.issues.map((i) => i.path)).toEqual(['options.normalProbationRate']);
  });

  it('vnse schedule179 --parameters file.json, as vnse assess', async () => {
    const dir = tempDir();
    const file = join(dir, 'what-if.json');
    writeFileSync(file, JSON.stringify({ graduateAllowanceRate: '2.0' }));
    const r = await vnseInProcess(['schedule179', '-', '--from', '2025-03-01', '--to', '2025-03-31', '-f', 'jsonl', '--parameters', file], JSON.stringify(graduate));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { schedules: { rows: { amount: string }[] }[]; options: Record<string, unknown> };
    expect(out.schedules[0]!.rows[0]!.amount).toBe('10951200');
    expect(out.options.parameters).toEqual({ graduateAllowanceRate: '2.0' });
    writeFileSync(file, JSON.stringify({ nope: 1 }));
    const bad = await vnseInProcess(['schedule179', '-', '--from', '2025-03-01', '--to', '2025-03-31', '--parameters', file], JSON.stringify(graduate));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('options.parameters.nope');
  });
});
