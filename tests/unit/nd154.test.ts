import { describe, expect, it } from 'vitest';
import { assess, safeAssess, type Assessment } from '../../src/index.js';
import { staffCaseJsonSchema } from '../../src/schema/index.js';
import { leaveMonthsBefore, outcome } from './helpers.js';

/**
 * Decree 154/2025 (issue #16, docs/decree-154.md, decisions D50–D61). Every expected number is worked by hand in the
 * comment above it; the base person is the rule book's example: a man born 10 Mar 1967 (Annex I age 62, first pension
 * month 2029-04), 300 insured months (25 years).
 */
const PENSION = '2029-04';
/** S of Decree 154 for the base salary 2,340,000: G 11,653,200 + L 1,170,000 + V 5 % × 12,823,200 = 641,160. */
const S154 = 13_464_360n;

function person(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'ND154', gender: 'male', birthDate: '1967-03-10', staffType: 'civil-servant',
    salary: { coefficient: 4.98, leadershipCoefficient: 0.5, overFrameSeniorityPercent: 5, publicServicePercent: 25 },
    insuredMonths: 300, restructuringDate: '2026-01-01', leaveDate: '2026-04-01',
    ...overrides,
  };
}

/** Born five years later: 96 months before the retirement age, so not eligible for early retirement and free to resign (D60). */
const RESIGNING = { birthDate: '1972-03-10' };

const run = (overrides: Record<string, unknown> = {}, options?: Parameters<typeof assess>[1]) => assess(person(overrides), options);
const codes = (a: Assessment) => a.outcomes.map((o) => o.policy);
const has154 = (a: Assessment) => codes(a).some((c) => c.startsWith('nd154/'));

describe('the salary S of Decree 154 Art 5 (D52)', () => {
  it('leaves out the public-service allowance that Decree 178 counts, and names it', () => {
    const a = run();
    const er = outcome(a, 'nd154/early-retirement');
    expect(er.facts.monthlySalary).toBe(String(S154));
    expect(er.facts.salaryParts).toEqual({ G: '11653200', L: '1170000', V: '641160', R: '0', P: '0' });
    expect(er.facts.excludedAllowances154).toEqual(['salary.publicServicePercent']);
    expect(er.facts.baseSalary).toBe('2340000');
    expect(er.facts.baseSalaryMonth).toBe('2026-03');
    expect(er.facts.salaryCitation).toMatch(/^154\/2025\/NĐ-CP Art 5 .*\[unverified\]$/);
    // Decree 178 adds 25 % × 13,464,360 = 3,366,090.
    expect(outcome(a, 'nd178/art7').facts.monthlySalary).toBe('16830450');
  });

  it('keeps the professional seniority and the retention difference, drops every other percentage', () => {
    // G = 3 × 2,340,000 = 7,020,000; R = 0.2 × 2,340,000 = 468,000; P = 10 % × 7,020,000 = 702,000; S = 8,190,000.
    const salary = { coefficient: 3, reservedDifferenceCoefficient: 0.2, professionalSeniorityPercent: 10, preferentialPercent: 30, professionalResponsibilityPercent: 10, partyWorkPercent: 10, armedForcesPercent: 5 };
    const o = outcome(run({ salary, route: 'resignation' }), 'nd154/resignation');
    expect(o.facts.monthlySalary).toBe('8190000');
    expect(o.facts.excludedAllowances154).toEqual(['salary.preferentialPercent', 'salary.professionalResponsibilityPercent', 'salary.partyWorkPercent', 'salary.armedForcesPercent']);
  });

  it('reads salary.baseSalary over the table, and shows the unpaid-leave month without changing S', () => {
    const o = outcome(run({ salary: { coefficient: 4, baseSalary: 2_530_000 }, unpaidLeaveStartDate: '2025-11-10' }), 'nd154/early-retirement');
    expect(o.facts.monthlySalary).toBe('10120000');
    expect(o.facts).toMatchObject({ unpaidLeaveStartDate: '2025-11-10', salaryComponentsMonth: '2025-10', baseSalarySource: 'input (salary.baseSalary)' });
  });

  it('refuses a single monthly amount rather than guessing what it holds', () => {
    const a = run({ salary: undefined, monthlySalary: 20_000_000 });
    for (const code of ['nd154/early-retirement', 'nd154/resignation']) expect(outcome(a, code).refusal?.code).toBe('salary-components-needed');
  });

  it('takes the higher of the current and the prior post under Resolution 167 (D56)', () => {
    const higher = outcome(run({ priorPostMonthlySalary: 15_000_000 }), 'nd154/early-retirement');
    expect(higher.facts).toMatchObject({ monthlySalary: '15000000', currentPostMonthlySalary: String(S154), priorPostMonthlySalary: '15000000', monthlySalaryTaken: 'prior-post' });
    // 15,000,000 × (5 × 3 + 7.5) = 337,500,000.
    expect(higher.total).toBe('337500000');
    const lower = outcome(run({ priorPostMonthlySalary: 9_000_000 }), 'nd154/early-retirement');
    expect(lower.facts).toMatchObject({ monthlySalary: String(S154), monthlySalaryTaken: 'current-post' });
  });

  it('uses a commune part-time worker\'s allowance as S and the Art 5 cl. 5 time as N (D53)', () => {
    // N = 200 + 40 = 240 months = 20 years (insuredMonths 300 is not N); S = 4,000,000.
    const a = run({ communePartTimeAllowance: 4_000_000, communePartTimeMonths: 200, otherUncompensatedInsuredMonths: 40 });
    const er = outcome(a, 'nd154/early-retirement');
    expect(er.facts).toMatchObject({ monthlySalary: '4000000', monthlySalarySource: 'communePartTimeAllowance', workingMonths: 240, insuredYears: 20, baseSalary: '2340000' });
    // 4,000,000 × 5 × 3 = 60,000,000; 4,000,000 × (5 + 0.5 × 0) = 20,000,000.
    expect(er.items.map((i) => [i.code, i.amount, i.formula])).toEqual([
      ['early-years-allowance', '60000000', '4,000,000 × 5 × 3'],
      ['insured-time-allowance', '20000000', '4,000,000 × (5 + 0.5 × 0)'],
    ]);
    // Eligible for early retirement, so resignation is closed (D60); five years younger: 4,000,000 × (3 + 1.5 × 20) = 132,000,000.
    expect(outcome(a, 'nd154/resignation').refusal?.code).toBe('eligible-for-early-retirement');
    const younger = run({ ...RESIGNING, communePartTimeAllowance: 4_000_000, communePartTimeMonths: 200, otherUncompensatedInsuredMonths: 40 });
    expect(outcome(younger, 'nd154/resignation').total).toBe('132000000');
  });

  it('refuses a part-time worker whose working time is under 15 years when the allowances are due', () => {
    const o = outcome(run({ communePartTimeAllowance: 4_000_000, communePartTimeMonths: 100, otherUncompensatedInsuredMonths: 50 }), 'nd154/early-retirement');
    expect(o.refusal?.code).toBe('working-time-under-15');
  });
});

describe('years by the odd-months rule (1–6 odd months ½ year, 7–11 a whole year)', () => {
  it.each([
    // [months early, years early], S × 5 × Y
    [30, 2.5], [31, 3], [36, 3], [42, 3.5], [43, 4], [45, 4],
  ])('%i months early → %s years', (T, Y) => {
    // A streamlining case, so that leave dates before the 178/67 close (T ≥ 44) are assessed too.
    const o = outcome(run({ leaveDate: leaveMonthsBefore(PENSION, T), restructuringDate: '2025-03-01', decree154Streamlining: true, salary: { coefficient: 4, baseSalary: 2_340_000 } }), 'nd154/early-retirement');
    expect(o.facts).toMatchObject({ monthsEarly: T, yearsEarly: Y });
    const item = o.items.find((i) => i.code === 'early-years-allowance')!;
    expect(item.formula).toBe(`9,360,000 × 5 × ${Y}`);
    expect(BigInt(item.amount)).toBe(9_360_000n * BigInt(Y * 10) * 5n / 10n);
  });

  it('60 months early is within the window (Y = 5); 61 is not', () => {
    // Man born 10 Mar 1969: first pension month 2031-04; 2026-04 is 60 months before it.
    const at = (leaveDate: string) => outcome(run({ birthDate: '1969-03-10', leaveDate }), 'nd154/early-retirement');
    expect(at('2026-04-01').facts).toMatchObject({ monthsEarly: 60, yearsEarly: 5 });
    expect(at('2026-04-01').items[0]!.formula).toBe('13,464,360 × 5 × 5');
    expect(at('2026-03-01').refusal?.code).toBe('too-early');
  });

  it.each([
    // insured months → N and the insured-time factors
    [180, '5', 15], [234, '5', 19.5], [239, '(5 + 0.5 × 0)', 20], [240, '(5 + 0.5 × 0)', 20], [306, '(5 + 0.5 × 5.5)', 25.5], [307, '(5 + 0.5 × 6)', 26],
  ])('%i insured months → S × %s', (months, factors, N) => {
    const o = outcome(run({ insuredMonths: months }), 'nd154/early-retirement');
    expect(o.facts.insuredYears).toBe(N);
    expect(o.items.find((i) => i.code === 'insured-time-allowance')!.formula).toBe(`13,464,360 × ${factors}`);
  });

  it('counts the resignation years the same way: 151 months = 12 years 7 months → 13', () => {
    const o = outcome(run({ insuredMonths: 151, route: 'resignation' }), 'nd154/resignation');
    expect(o.items.find((i) => i.code === 'insured-years-allowance')!.formula).toBe('13,464,360 × 1.5 × 13');
  });
});

describe('when Decree 154 is assessed, and best (D50, D51)', () => {
  it('not for a leave on 1 Sep 2025, the last day under Decree 178; from the next day', () => {
    expect(has154(run({ leaveDate: '2025-09-01', restructuringDate: '2025-03-01' }))).toBe(false);
    const a = run({ leaveDate: '2025-09-02', restructuringDate: '2025-03-01' });
    expect(codes(a)).toEqual(['nd178/art7', 'nd178/art9', 'nd154/early-retirement', 'nd154/resignation']);
  });

  it('within its term only when the input asks for it (16 Jun 2025 – 31 Dec 2030)', () => {
    expect(has154(run({ leaveDate: '2025-06-15', restructuringDate: '2025-03-01', decree154Streamlining: true }))).toBe(false);
    expect(has154(run({ leaveDate: '2025-06-16', restructuringDate: '2025-03-01', decree154Streamlining: true }))).toBe(true);
    expect(has154(run({ leaveDate: '2025-07-01', restructuringDate: '2025-03-01' }))).toBe(false);
    const last = { salary: { coefficient: 4, baseSalary: 2_530_000 }, restructuringDate: '2030-01-01', birthDate: '1972-01-10' };
    expect(has154(run({ ...last, leaveDate: '2030-12-31' }))).toBe(true);
    expect(has154(run({ ...last, leaveDate: '2031-01-01' }))).toBe(false);
  });

  it('follows the route', () => {
    expect(codes(run({ route: 'early-retirement' }))).toEqual(['nd178/art7', 'nd154/early-retirement']);
    expect(codes(run({ route: 'resignation' }))).toEqual(['nd178/art9', 'nd154/resignation']);
  });

  it('keeps the Decree 178 packages out of best after 1 Sep 2025, with the reason, and picks the highest Decree 154 total', () => {
    const a = run();
    expect(outcome(a, 'nd178/art7').excludedFromBest).toEqual({
      vi: 'Chế độ của Nghị định 178/2024 và 67/2025 đã khép lại ngày 01/9/2025: vẫn tính để đối chiếu, không so sánh để chọn mức được hưởng',
      en: 'The Decree 178/2024 and 67/2025 regime closed on 1 Sep 2025: computed for reference, not compared for the package paid',
    });
    expect(outcome(a, 'nd178/art7').eligible).toBe(true);
    // Early retirement 302,948,100; resignation (13,464,360 × (3 + 1.5 × 25) = 545,306,580) is closed to a person
    // eligible for early retirement (D60), so it is not compared.
    expect(outcome(a, 'nd154/early-retirement').total).toBe('302948100');
    expect(outcome(a, 'nd154/resignation').refusal?.code).toBe('eligible-for-early-retirement');
    expect(a.best).toBe('nd154/early-retirement');
    expect(outcome(run(RESIGNING), 'nd154/resignation').total).toBe('545306580');
  });

  it('keeps them out of best in a Decree 154 streamlining case before the close, with its own reason', () => {
    const a = run({ leaveDate: '2025-08-01', restructuringDate: '2025-03-01', decree154Streamlining: true });
    expect(outcome(a, 'nd178/art7').excludedFromBest?.en).toBe('A Decree 154/2025 streamlining case: the Decree 178/2024 package is computed for reference, not compared for the package paid');
    expect(a.best?.startsWith('nd154/')).toBe(true);
  });

  it('lets Decree 177 compete with Decree 154', () => {
    // The Decree 177 cadre of tests/nd177: coefficient 4.65, leadership 0.6, public service 25 %, pension 2027-11.
    const cadre = {
      id: 'C177', gender: 'male', birthDate: '1966-01-15', staffType: 'cadre', decree177Clause: 1, congressDate: '2025-10-01',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 }, insuredMonths: 264, leaveDate: '2025-10-01', route: 'early-retirement',
    };
    const a = assess(cadre);
    expect(outcome(a, 'nd177/art3').excludedFromBest).toBeUndefined();
    expect(outcome(a, 'nd178/art7b').excludedFromBest?.en).toMatch(/closed on 1 Sep 2025/);
    const competing = a.outcomes.filter((o) => o.eligible && !o.excludedFromBest);
    const top = competing.reduce((m, o) => (BigInt(o.total) > BigInt(m.total) ? o : m));
    expect(a.best).toBe(top.policy);
    expect(competing.map((o) => o.policy).sort()).toEqual(['nd154/early-retirement', 'nd177/art3']);
  });

  it('is not part of the law of 14 Mar 2025 (ruleset "original"): no outcome, and Decree 178 competes as before', () => {
    const a = run({}, { ruleset: 'original' });
    expect(has154(a)).toBe(false);
    expect(outcome(a, 'nd178/art7').excludedFromBest).toBeUndefined();
    expect(a.best).toBe('nd178/art7');
  });
});

describe('resignation is for people not eligible for early retirement (D60)', () => {
  it('closed by an eligible Art 6 outcome, the under-2-years one included; open when Art 6 refuses', () => {
    // 23 months early: Art 6 eligible with the pension right only (total 0) — Art 8 still closed.
    const under2 = run({ leaveDate: leaveMonthsBefore(PENSION, 23), route: 'resignation' });
    expect(outcome(under2, 'nd154/resignation').refusal?.code).toBe('eligible-for-early-retirement');
    expect(outcome(under2, 'nd154/resignation').refusal?.citation).toMatchObject({ doc: '154/2025/NĐ-CP', article: '8', verified: false });
    // 96 months early (born 1972-03, pension 2034-04, leave 2026-04): Art 6 refuses too-early, so Art 8 pays
    // 13,464,360 × (3 + 1.5 × 25) = 545,306,580.
    const far = run(RESIGNING);
    expect(outcome(far, 'nd154/early-retirement').refusal?.code).toBe('too-early');
    expect(outcome(far, 'nd154/resignation').total).toBe('545306580');
    expect(far.best).toBe('nd154/resignation');
  });
});

describe('a Decree 154 streamlining case needs no Decree 178 restructuring date (D61)', () => {
  it('is valid without restructuringDate; the Decree 178 packages refuse, naming the field; Decree 154 pays', () => {
    // Born 1972-03: 96 months early in Apr 2026, so Art 6 refuses and Art 8 pays 13,464,360 × (3 + 1.5 × 25) = 545,306,580.
    const a = run({ ...RESIGNING, restructuringDate: undefined, decree154Streamlining: true });
    for (const code of ['nd178/art7', 'nd178/art9']) {
      expect(outcome(a, code).refusal?.code).toBe('restructuring-date-missing');
      expect(outcome(a, code).refusal?.message.en).toContain('restructuringDate');
    }
    expect(outcome(a, 'nd154/resignation').total).toBe('545306580');
    expect(a.best).toBe('nd154/resignation');
  });

  it('is still required without the flag, even after 1 Sep 2025', () => {
    const r = safeAssess(person({ restructuringDate: undefined }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([['restructuringDate', 'required']]);
  });
});

describe('early retirement under 2 years (D54)', () => {
  it('23 months early: eligible, the unreduced pension only, total 0, and a warning that the text was not seen', () => {
    const a = run({ leaveDate: leaveMonthsBefore(PENSION, 23), route: 'early-retirement' });
    const o = outcome(a, 'nd154/early-retirement');
    expect(o).toMatchObject({ eligible: true, total: '0', items: [] });
    expect(o.flags.map((f) => f.code)).toEqual(['pension-not-reduced']);
    expect(o.facts).toMatchObject({ monthsEarly: 23, underTwoYears: true });
    const w = a.warnings.find((x) => x.code === 'nd154-under-2-years-text-not-seen');
    expect(w?.message.en).toContain('23 months');
    expect(w?.citation).toMatchObject({ doc: '154/2025/NĐ-CP', article: '6', verified: false });
  });

  it('24 months early: the items, and no such warning', () => {
    // Leave 2027-04: B = 2,530,000 (the March 2027 base), so S = 4.98 × B + 0.5 × B + 5 % × (G + L).
    const a = run({ leaveDate: leaveMonthsBefore(PENSION, 24), route: 'early-retirement' });
    const o = outcome(a, 'nd154/early-retirement');
    expect(o.items.map((i) => i.code)).toEqual(['early-years-allowance', 'insured-time-allowance']);
    expect(a.warnings.map((w) => w.code)).not.toContain('nd154-under-2-years-text-not-seen');
    // G = 12,599,400; L = 1,265,000; V = 693,220; S = 14,557,620; S × (5 × 2 + 7.5) = 14,557,620 × 17.5 = 254,758,350.
    expect(o.facts.monthlySalary).toBe('14557620');
    expect(o.total).toBe('254758350');
  });

  it('takes the Annex II age with 15 years of heavy work when the Annex I age is too far', () => {
    // Woman born 10 Jun 1976: Annex I 60 → first pension month 2036-07 (123 months from 2026-04, too early);
    // Annex II 53 (the 2029 step of the roadmap) → 2029-07, 39 months → Y = 3.5.
    const base = { gender: 'female', birthDate: '1976-06-10', insuredMonths: 300 };
    expect(outcome(run(base), 'nd154/early-retirement').refusal?.code).toBe('too-early');
    const o = outcome(run({ ...base, hazardousMonths: 180 }), 'nd154/early-retirement');
    expect(o.facts).toMatchObject({ ageTable: 'annex-II', ageTablePensionStart: '2029-07', monthsEarly: 39, yearsEarly: 3.5 });
  });
});

describe('refusals', () => {
  it('took-decree-178: by the input flag, or by a Decree 178 payment', () => {
    expect(outcome(run({ tookDecree178: true }), 'nd154/resignation').refusal?.code).toBe('took-decree-178');
    const paid = run({ alreadyPaid: { policy: 'nd178/art7', amount: 500_000_000 } });
    expect(outcome(paid, 'nd154/early-retirement').refusal).toMatchObject({ code: 'took-decree-178', citation: { doc: '154/2025/NĐ-CP', verified: false } });
    expect(outcome(paid, 'nd154/early-retirement').refusal?.message.en).toContain('nd178/art7');
    // The Decree 67 top-up stays on the Decree 178 package, which is still shown.
    expect(outcome(paid, 'nd178/art7').facts.topUpOwed).toBe('509827000');
  });

  it('not-pension-eligible: under 15 insured years, or the input says so; the input cannot lower the 15-year floor', () => {
    expect(outcome(run({ insuredMonths: 179 }), 'nd154/early-retirement').refusal?.code).toBe('not-pension-eligible');
    expect(outcome(run({ insuredMonths: 180 }), 'nd154/early-retirement').eligible).toBe(true);
    expect(outcome(run({ pensionEligible: false }), 'nd154/early-retirement').refusal?.message.en).toContain('pensionEligible: false');
    expect(outcome(run({ insuredMonths: 170, pensionEligible: true }), 'nd154/early-retirement').refusal?.code).toBe('not-pension-eligible');
    // Before 1 Jul 2025 the Social Insurance Law 2014 asks 20 years.
    const june = run({ leaveDate: '2025-06-16', restructuringDate: '2025-03-01', decree154Streamlining: true, insuredMonths: 200, birthDate: '1964-10-10' });
    expect(outcome(june, 'nd154/early-retirement').refusal?.message.en).toContain('Fewer than 20 insured years');
  });

  it('too-early beyond 60 months, at-retirement-age once the age is reached', () => {
    const far = outcome(run({ birthDate: '1970-03-10' }), 'nd154/early-retirement');
    expect(far.refusal?.code).toBe('too-early');
    expect(far.facts.monthsEarly).toBe(72);
    const reached = run({ leaveDate: '2029-04-01', restructuringDate: '2029-01-01', salary: { coefficient: 4, baseSalary: 2_530_000 } });
    expect(outcome(reached, 'nd154/early-retirement').refusal?.code).toBe('at-retirement-age');
    expect(outcome(reached, 'nd154/resignation').refusal?.code).toBe('at-retirement-age');
    expect(outcome(reached, 'nd154/resignation').facts.monthsToRetirementAge).toBe(0);
  });

  it('training-over-45: the 45th birthday on the leave date closes the training route', () => {
    const base = { birthDate: '1981-04-01', route: 'resignation', vocationalTraining: { months: 3 } };
    expect(outcome(run({ ...base, birthDate: '1981-04-02' }), 'nd154/resignation').eligible).toBe(true);
    const o = outcome(run(base), 'nd154/resignation');
    expect(o.refusal?.code).toBe('training-over-45');
    expect(o.facts.ageAtLeaveDate).toBe(45);
  });

  it('base-salary-unknown past the table\'s horizon, never a guessed base', () => {
    // With the table as known through 2027-06-30, the base of 2027-07 (the month before leaving) is unknown.
    const o = outcome(run({ birthDate: '1968-03-10', leaveDate: '2027-08-01', restructuringDate: '2027-01-01' }, { baseSalaryKnownThrough: '2027-06-30' }), 'nd154/early-retirement');
    expect(o.refusal?.code).toBe('base-salary-unknown');
  });
});

describe('resignation (Art 8, D55)', () => {
  it('the default route: 3 months to find work and 1.5 months per insured year', () => {
    const o = outcome(run({ ...RESIGNING, route: 'resignation' }), 'nd154/resignation');
    expect(o.items.map((i) => [i.code, i.amount, i.formula])).toEqual([
      ['job-search-allowance', '40393080', '13,464,360 × 3'],
      ['insured-years-allowance', '504913500', '13,464,360 × 1.5 × 25'],
    ]);
    expect(o.flags).toEqual([]);
  });

  it('the training route: salary while training (6 months at most), then 3 months; the cost as a flag with its cap', () => {
    const young = { birthDate: '1990-05-05', route: 'resignation', insuredMonths: 150 };
    const four = outcome(run({ ...young, vocationalTraining: { months: 4 } }), 'nd154/resignation');
    // 13,464,360 × 4 = 53,857,440; × 3 = 40,393,080; cap 13,464,360 × 6 = 80,786,160.
    expect(four.items.map((i) => [i.code, i.amount])).toEqual([['training-salary', '53857440'], ['job-search-allowance', '40393080']]);
    expect(four.flags.map((f) => f.code)).toEqual(['training-cost-covered']);
    expect(four.facts).toMatchObject({ trainingMonths: 4, trainingCostCap: '80786160', route154: 'vocational-training' });
    const ten = outcome(run({ ...young, vocationalTraining: { months: 10 } }), 'nd154/resignation');
    expect(ten.items[0]).toMatchObject({ amount: '80786160', formula: '13,464,360 × 6' });
  });
});

describe('the refund flag (D57)', () => {
  it('re-employed within 60 months: flag and warning; on the 60-month day or later: facts only', () => {
    const within = run({ reemploymentDate: '2031-03-31' });
    expect(outcome(within, 'nd154/early-retirement').flags.map((f) => f.code)).toContain('refund-due');
    expect(outcome(run({ ...RESIGNING, reemploymentDate: '2031-03-31' }), 'nd154/resignation').flags.map((f) => f.code)).toContain('refund-due');
    expect(within.warnings.filter((w) => w.code === 'nd154-refund-due')).toHaveLength(1);
    expect(outcome(within, 'nd154/early-retirement').facts).toMatchObject({ reemploymentDate: '2031-03-31', refundWindowEnds: '2031-04-01', refundDue: true });
    const after = run({ reemploymentDate: '2031-04-01' });
    expect(outcome(after, 'nd154/early-retirement').flags.map((f) => f.code)).not.toContain('refund-due');
    expect(outcome(after, 'nd154/early-retirement').facts.refundDue).toBe(false);
    expect(after.warnings.map((w) => w.code)).not.toContain('nd154-refund-due');
    // Never on Decree 178 outcomes, and the amounts do not change.
    expect(outcome(within, 'nd178/art7').flags.map((f) => f.code)).not.toContain('refund-due');
    expect(outcome(within, 'nd154/early-retirement').total).toBe(outcome(after, 'nd154/early-retirement').total);
  });
});

describe('Decree 29/2023 cases not paid on 16 Jun 2025 (D58)', () => {
  const nd29 = (policy: string, amount: number, leaveDate = '2025-05-01', more: Record<string, unknown> = {}) =>
    run({ alreadyPaid: { policy, amount }, leaveDate, restructuringDate: '2025-03-01', ...more });

  it('are recomputed under the matching Decree 154 policy only, even leaving before 16 Jun 2025, and topped up', () => {
    const a = nd29('nd29/early-retirement', 100_000_000);
    expect(codes(a)).toEqual(['nd178/art7', 'nd178/art9', 'nd154/early-retirement']);
    const o = outcome(a, 'nd154/early-retirement');
    // T = 47 → 4 years; 13,464,360 × (20 + 7.5) = 370,269,900; top-up 370,269,900 − 100,000,000.
    expect(o.total).toBe('370269900');
    expect(o.facts).toMatchObject({ alreadyPaidPolicy: 'nd29/early-retirement', alreadyPaidAmount: '100000000', topUpOwed: '270269900' });
    expect(o.facts.topUpCitation).toMatch(/^154\/2025\/NĐ-CP \(transitional provisions.*\[unverified\]$/);
    // A streamlining case: Decree 178 is shown, excluded from best, and records no Decree 29 top-up.
    expect(outcome(a, 'nd178/art7').excludedFromBest?.en).toMatch(/streamlining case/);
    expect(outcome(a, 'nd178/art7').facts.topUpOwed).toBeUndefined();
    expect(a.best).toBe('nd154/early-retirement');
  });

  it('never claw back: a Decree 29 amount above the Decree 154 total owes nothing', () => {
    expect(outcome(nd29('nd29/resignation', 900_000_000, '2025-05-01', RESIGNING), 'nd154/resignation').facts.topUpOwed).toBe('0');
  });

  it('a Decree 177/178 payment is never topped up on a Decree 154 outcome', () => {
    const a = run({ alreadyPaid: { policy: 'nd177/art3', amount: 1 } });
    expect(outcome(a, 'nd154/resignation').facts.topUpOwed).toBeUndefined();
  });
});

describe('the input (schema)', () => {
  const issues = (overrides: Record<string, unknown>) => {
    const r = safeAssess(person(overrides));
    return r.ok ? [] : r.error.issues.map((i) => `${i.path} ${i.code}`);
  };

  it('asks for the part-time set together', () => {
    expect(issues({ communePartTimeAllowance: 3_000_000 })).toEqual(['communePartTimeMonths required', 'otherUncompensatedInsuredMonths required']);
    expect(issues({ communePartTimeMonths: 10, otherUncompensatedInsuredMonths: 0 })).toEqual(['communePartTimeAllowance required']);
  });

  it('orders the dates around the leave date', () => {
    expect(issues({ unpaidLeaveStartDate: '2026-04-01' })).toEqual(['unpaidLeaveStartDate order']);
    expect(issues({ reemploymentDate: '2026-04-01' })).toEqual(['reemploymentDate order']);
  });

  it('bounds the training months and accepts the Decree 29 policies', () => {
    expect(issues({ vocationalTraining: { months: 0 } })).toEqual(['vocationalTraining.months invalid']);
    expect(issues({ vocationalTraining: { months: 25 } })).toEqual(['vocationalTraining.months invalid']);
    expect(issues({ vocationalTraining: { months: 3, cost: 1 } })).toEqual(['vocationalTraining.cost unknown-field']);
    expect(issues({ alreadyPaid: { policy: 'nd29/resignation', amount: 0 } })).toEqual([]);
    expect(issues({ tookDecree178: 'yes' })).toEqual(['tookDecree178 invalid']);
  });

  it('describes every new field in the JSON Schema, in both languages', () => {
    const props = (staffCaseJsonSchema() as { properties: Record<string, { description?: string }> }).properties;
    for (const f of ['decree154Streamlining', 'tookDecree178', 'communePartTimeAllowance', 'communePartTimeMonths', 'otherUncompensatedInsuredMonths', 'unpaidLeaveStartDate', 'priorPostMonthlySalary', 'vocationalTraining', 'reemploymentDate']) {
      expect(props[f]?.description, f).toMatch(/ \/ /);
    }
  });
});
