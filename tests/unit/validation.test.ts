import { describe, expect, it } from 'vitest';
import { assess, assessMany, InvalidInputError, isAssessError, safeAssess } from '../../src/index.js';
import { baseCase } from './helpers.js';

function issuesOf(input: unknown, options?: Parameters<typeof safeAssess>[1]) {
  const r = safeAssess(input, options);
  if (r.ok) throw new Error('expected invalid input');
  return r.error.issues;
}

describe('validation: every rejection names the field and the expectation, in vi and en', () => {
  it('rejects a non-object', () => {
    for (const v of [null, 42, 'x', [1]]) expect(issuesOf(v)[0]!.path).toBe('');
  });

  it('names a missing required field', () => {
    const { leaveDate: _omit, ...rest } = baseCase();
    const [i] = issuesOf(rest);
    expect(i!.path).toBe('leaveDate');
    expect(i!.message).toContain('required');
    expect(i!.messages.vi).toContain('bắt buộc');
  });

  it('rejects impossible dates, wrong types, out-of-range numbers', () => {
    expect(issuesOf(baseCase({ leaveDate: '2025-02-31' })).map((i) => i.path)).toEqual(['leaveDate']);
    expect(issuesOf(baseCase({ birthDate: '0000' })).map((i) => i.path)).toEqual(['birthDate']);
    expect(issuesOf(baseCase({ insuredMonths: -1 })).map((i) => i.path)).toEqual(['insuredMonths']);
    expect(issuesOf(baseCase({ insuredMonths: 12.5 })).map((i) => i.path)).toEqual(['insuredMonths']);
    expect(issuesOf(baseCase({ insuredMonths: '264' })).map((i) => i.path)).toEqual(['insuredMonths']);
    expect(issuesOf(baseCase({ gender: 'M' }))[0]!.message).toContain('"male", "female"');
    expect(issuesOf(baseCase({ salary: undefined, monthlySalary: 1e30 })).map((i) => i.path)).toEqual(['monthlySalary']);
    expect(issuesOf(baseCase({ salary: undefined, monthlySalary: Number.NaN })).map((i) => i.path)).toEqual(['monthlySalary']);
    expect(issuesOf(baseCase({ salary: undefined, monthlySalary: '1e9' })).map((i) => i.path)).toEqual(['monthlySalary']);
    expect(issuesOf(baseCase({ salary: { coefficient: 0 } })).map((i) => i.path)).toEqual(['salary.coefficient']);
  });

  it('rejects unknown fields, including __proto__, without polluting prototypes', () => {
    const input = JSON.parse(JSON.stringify(baseCase()).replace('{', '{"__proto__":{"polluted":true},"nickname":"x",'));
    const paths = issuesOf(input).map((i) => i.path).sort();
    expect(paths).toEqual(['__proto__', 'nickname']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still reports __proto__ as an unknown field when excluded allowances are dropped', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"areaAllowance":0.2}');
    const issues = issuesOf({ ...baseCase(), ...input }, { ignoreExcludedAllowances: true });
    expect(issues.map((i) => i.path)).toEqual(['__proto__']);
  });

  it('names excluded allowances, and drops them only when asked (MoHA 1814 O2)', () => {
    const o2 = baseCase({ salary: { coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25, partyCommitteeAllowance: 0.3, areaAllowance: 0.2 } });
    const issues = issuesOf(o2);
    expect(issues.map((i) => i.path).sort()).toEqual(['salary.areaAllowance', 'salary.partyCommitteeAllowance']);
    expect(issues.find((i) => i.path === 'salary.areaAllowance')!.message).toContain('area allowance');
    expect(issues[0]!.messages.vi).toContain('không tính vào tiền lương');
    const a = assess(o2, { ignoreExcludedAllowances: true });
    expect(a.outcomes[0]!.facts.monthlySalary).toBe('17023500');
    expect(a.outcomes[0]!.facts.ignoredAllowances).toEqual(['salary.partyCommitteeAllowance', 'salary.areaAllowance']);
    expect(a.options.ignoreExcludedAllowances).toBe(true);
  });

  it('requires exactly one salary source', () => {
    expect(issuesOf(baseCase({ monthlySalary: 1000000 })).map((i) => i.code)).toEqual(['salary-source']);
    expect(issuesOf(baseCase({ salary: undefined })).map((i) => i.code)).toEqual(['salary-source']);
  });

  it('requires the restructuring date for the directly affected groups only', () => {
    expect(issuesOf(baseCase({ restructuringDate: undefined })).map((i) => i.path)).toEqual(['restructuringDate']);
    expect(safeAssess(baseCase({ restructuringDate: undefined, group: 'decree-177-cadre' })).ok).toBe(true);
  });

  it('requires a rank or an explicit age for the armed forces without a table', () => {
    expect(issuesOf(baseCase({ staffType: 'officer' })).map((i) => i.path)).toEqual(['rank']);
    expect(issuesOf(baseCase({ staffType: 'police' })).map((i) => i.path)).toEqual(['retirementAge']);
    expect(safeAssess(baseCase({ staffType: 'police', retirementAge: { years: 60, months: 0 } })).ok).toBe(true);
  });

  it('rejects unknown options and option values', () => {
    expect(issuesOf(baseCase(), { ruleset: 'old' } as never).map((i) => i.path)).toEqual(['options.ruleset']);
    expect(issuesOf(baseCase(), { colour: 'red' } as never).map((i) => i.path)).toEqual(['options.colour']);
  });

  it('assess throws InvalidInputError with issues; assessMany yields error entries beside valid ones', () => {
    expect(() => assess(baseCase({ id: 'E1', leaveDate: 'soon' }))).toThrow(InvalidInputError);
    const out = [...assessMany([baseCase({ id: 'A' }), baseCase({ id: 'B', gender: 'x' }), baseCase({ id: 'C' })])];
    expect(out.map((e) => (isAssessError(e) ? `${e.id}:error` : e.id))).toEqual(['A', 'B:error', 'C']);
    const err = out[1]!;
    if (isAssessError(err)) expect(err.error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'gender' }] });
  });
});

describe('records what it assumed', () => {
  it('echoes the options and the defaulted fields', () => {
    const a = assess(baseCase({ birthDate: '1966-01' }), { windowAnniversary: 'inside' });
    expect(a.options).toMatchObject({ windowAnniversary: 'inside', ruleset: 'amended' });
    expect(a.options.defaulted).not.toContain('windowAnniversary');
    expect(a.outcomes[0]!.facts.birthDateAssumed).toBe('1966-01-01');
    expect(a.outcomes[0]!.facts.defaultedFields).toContain('group');
  });

  it('uses the verified 2026 base salary without a warning, and warns for a leave after the regime closed (D12, D13)', () => {
    const a = assess(baseCase({ birthDate: '1970-01-15', leaveDate: '2026-08-01', restructuringDate: '2026-01-01' }));
    expect(a.warnings.map((w) => w.code)).toEqual(['after-settlement-deadline']);
    expect(a.warnings[0]!.message.en).toContain('6383/BNV-TCBC');
    expect(a.warnings[0]!.message.en).toContain('Decree 154/2025');
    expect(a.outcomes[0]!.facts).toMatchObject({ baseSalary: '2530000', baseSalaryVerified: true, baseSalarySource: '161/2026/NĐ-CP Art 3 cl. 2' });
  });

  it('the last day to leave under the regime, 1 Sep 2025, has no warning; the next day has (D12)', () => {
    const codes = (leaveDate: string) => assess(baseCase({ birthDate: '1970-01-15', leaveDate, restructuringDate: '2025-03-01' })).warnings.map((w) => w.code);
    expect(codes('2025-09-01')).toEqual([]);
    expect(codes('2025-09-02')).toEqual(['after-settlement-deadline']);
  });

  it('refuses early retirement with its reason when more than 10 years remain, and offers resignation', () => {
    const a = assess(baseCase({ birthDate: '1980-01-01', leaveDate: '2025-05-01' }));
    expect(a.outcomes[0]!.refusal).toMatchObject({ code: 'too-early', citation: { doc: '178/2024/NĐ-CP', article: '7' } });
    expect(a.outcomes[0]!.refusal!.message.vi).toContain('120 tháng');
    expect(a.best).toBe('nd178/art9');
  });
});
