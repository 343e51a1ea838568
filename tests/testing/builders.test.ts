import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { aCase, aPolicyTest, defaultCase, formatPolicyTestResult, policyMatchers } from '../../src/testing/index.js';

expect.extend(policyMatchers);

describe('case builder', () => {
  it('starts from the MoHA 1814 example, a valid case', () => {
    expect(aCase().build()).toEqual(defaultCase);
    expect(assess(aCase().build())).toHaveTotal('nd178/art7', '744778125');
  });

  it('reads like the case it builds', () => {
    const c = aCase()
      .id('HN-002').female().born('1970-03').publicEmployee()
      .monthlySalary('12000000').insured(25, 6).hazardousMonths(0)
      .restructured('2025-04-01').leaving('2025-08-01').resignation()
      .build();
    expect(c).toEqual({
      id: 'HN-002', gender: 'female', birthDate: '1970-03', staffType: 'public-employee', monthlySalary: '12000000',
      insuredMonths: 306, hazardousMonths: 0, restructuringDate: '2025-04-01', leaveDate: '2025-08-01', route: 'resignation',
    });
  });

  it('sets the rank with the officer type, and replaces salary and monthly salary by each other', () => {
    const officer = aCase().officer('colonel').salary({ coefficient: 8, professionalSeniorityPercent: 30 }).build();
    expect(officer).toMatchObject({ staffType: 'officer', rank: 'colonel', salary: { coefficient: 8, professionalSeniorityPercent: 30 } });
    expect(aCase().monthlySalary(10_000_000).build()).not.toHaveProperty('salary');
    expect(aCase().monthlySalary(10_000_000).salary({ coefficient: 3 }).build()).not.toHaveProperty('monthlySalary');
    expect(aCase().excluded('pregnant', true).build()).toMatchObject({ exclusion: 'pregnant', volunteered: true });
    expect(aCase().retirementAge(55, 6).build().retirementAge).toEqual({ years: 55, months: 6 });
  });

  it('builds independent copies and never changes the default case', () => {
    const b = aCase();
    const first = b.build();
    (first.salary as { coefficient: number }).coefficient = 99;
    expect(b.build().salary).toEqual(defaultCase.salary);
    expect(defaultCase.salary).toEqual({ coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 });
  });
});

describe('policy-test builder', () => {
  it('builds a policy-test case and runs it', () => {
    const test = aPolicyTest('O1 in code', 'MoHA Official Letter 1814/BNV-TCBC')
      .input(aCase().id('O1'))
      .expectBest('nd178/art7')
      .expectOutcome('nd178/art7', { eligible: true, total: '744778125', items: { 'one-off-pension': '460687500' } })
      .expectOutcome('nd178/art9', { eligible: false, refusal: 'eligible-for-early-retirement' });
    expect(test.build()).toMatchObject({ name: 'O1 in code', input: { id: 'O1' }, expect: { best: 'nd178/art7' } });
    const result = test.run();
    expect(result.passed, formatPolicyTestResult(result)).toBe(true);
  });

  it('carries options and what-if parameters', () => {
    const result = aPolicyTest('O2 what-if', 'what-if on examples.md O2')
      .input(aCase().born('1975-06-10').salary({ coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25 }).insuredMonths(270).leaving('2025-09-01'))
      .options({ windowAnniversary: 'inside' })
      .parameters({ severanceRateFirst12: '1.0' })
      .expectOutcome('nd178/art9', { eligible: true, items: { severance: '1021410000' } })
      .run();
    expect(result.passed, formatPolicyTestResult(result)).toBe(true);
    expect(result.assessment!.options).toMatchObject({ windowAnniversary: 'inside', parameters: { severanceRateFirst12: '1.0' } });
  });

  it('expects invalid input', () => {
    expect(aPolicyTest('no leave date', 'contract.md').input(aCase().without('leaveDate')).expectInvalid('leaveDate').run().passed).toBe(true);
  });
});
