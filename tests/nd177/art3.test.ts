import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { monthsBeforePension, outcome, run } from './helpers.js';

const S = 15_356_250n;

/** Decree 177 Art 3: point b uncapped, point c with its own 5-month base, point h capped at 30, point k by option. */
describe('Decree 177 Art 3', () => {
  it('point c keeps its own factor: 5 months for the first 15 years (Decree 178 pays 4)', () => {
    expect(defaultParameters.nd177Factors.insured15BaseMonths.value).toBe('5');
    expect(defaultParameters.factors.insured15BaseMonths.value).toBe('4');
    expect(defaultParameters.nd177Factors.insured15BaseMonths).not.toBe(defaultParameters.factors.insured15BaseMonths);
  });

  it.each([
    ['2025-06-01', '20-year', 6n * S],
    ['2025-07-01', '15-year', (85n * S) / 10n],
  ])('leave %s → %s insured-time rule', (leaveDate, rule, amount) => {
    const o = outcome(run({ leaveDate }), 'nd177/art3');
    expect(o.facts.insuredTimeAllowanceRule).toBe(rule);
    expect(o.items.find((i) => i.code === 'insured-time-allowance')?.amount).toBe(String(amount));
  });

  it('point b is 5 × S per year early, with years rounded as in common.md §4', () => {
    // Leave months 2025-02 … 2026-07 keep S = 15,356,250 (base 2,340,000 in the month before).
    for (const [months, halfYears] of [[18, 3n], [19, 4n], [24, 4n], [25, 5n], [30, 5n], [31, 6n], [33, 6n]] as const) {
      const o = outcome(run({ leaveDate: monthsBeforePension(months), congressDate: '2024-01-01' }), 'nd177/art3');
      expect(o.items.find((i) => i.code === 'early-years-allowance')?.amount, `${months} months`).toBe(String((5n * S * halfYears) / 2n));
    }
  });

  it('beyond 60 months early: point i flag; up to 60: none', () => {
    // Leaving in 2031, after the base-salary table's horizon (D24): the base salary is given.
    const salary = { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25, baseSalary: 2530000 };
    const flagsAt = (months: number) => outcome(run({ birthDate: '1974-02-10', salary, leaveDate: monthsBeforePension(months, { year: 2036, month: 3 }) }), 'nd177/art3').flags.map((f) => f.code);
    expect(flagsAt(60)).not.toContain('no-reduction-beyond-five-years');
    expect(flagsAt(61)).toContain('no-reduction-beyond-five-years');
  });

  it.each([
    [228, 12, 12, 0], [210, 30, 30, 0], [209, 31, 30, 1],
  ])('point h: %i insured months → %i short, State pays %i, %i beyond the cap', (insured, short, state, beyond) => {
    const o = outcome(run({ staffType: 'commune-cadre', insuredMonths: insured, insuranceSupportBasis: 'especially-difficult-area', insuranceSalary: 5000000, insuranceContributionPercent: 22 }), 'nd177/art3');
    expect(o.eligible).toBe(true);
    expect(o.facts).toMatchObject({ insuranceShortfallMonths: short, statePaidInsuranceMonths: state, insuranceMonthsBeyondCap: beyond });
    expect(o.items.find((i) => i.code === 'state-paid-insurance')?.amount).toBe(String(5000000 * 22 / 100 * state));
    expect(o.flags.some((f) => f.code === 'voluntary-insurance-beyond-cap')).toBe(beyond > 0);
  });

  it('point h needs its basis: the same commune cadre without it is refused', () => {
    const o = outcome(run({ staffType: 'commune-cadre', insuredMonths: 228 }), 'nd177/art3');
    expect(o.refusal?.code).toBe('not-pension-eligible');
  });

  it('point k is off by default and says so; the option adds 0.5 × S per insured year', () => {
    const off = outcome(run(), 'nd177/art3');
    expect(off.items.map((i) => i.code)).not.toContain('point-k-allowance');
    expect(String(off.facts.pointK)).toMatch(/not computed/);
    const on = run({}, { nd177PointK: true });
    expect(outcome(on, 'nd177/art3').items.find((i) => i.code === 'point-k-allowance')?.amount).toBe(String(11n * S));
    expect(on.options.nd177PointK).toBe(true);
  });

  it('the new options are echoed only when set, so existing outputs keep their shape', () => {
    const a = run();
    expect(Object.keys(a.options)).not.toContain('nd177PointK');
    expect(a.options.defaulted).not.toContain('congressMonthCount');
  });

  it('every item has a formula and a citation, and the total is their sum', () => {
    const o = outcome(run({ staffType: 'commune-cadre', insuredMonths: 228, insuranceSupportBasis: 'armed-service-with-medals', insuranceSalary: 5000000, insuranceContributionPercent: 22 }, { nd177PointK: true }), 'nd177/art3');
    expect(o.items.length).toBe(4);
    for (const i of o.items) {
      expect(i.formula).toMatch(/×/);
      expect(i.citation.doc).toBe('177/2024/NĐ-CP');
      expect(i.label.vi && i.label.en).toBeTruthy();
    }
    expect(o.items.reduce((acc, i) => acc + BigInt(i.amount), 0n)).toBe(BigInt(o.total));
  });

  it('the top-up owed appears on every eligible leaving package and never below zero', () => {
    const a = run({ alreadyPaid: { policy: 'nd178/art7b', amount: 700000000 } });
    expect(outcome(a, 'nd178/art7b').facts.topUpOwed).toBe('44778125');
    expect(outcome(a, 'nd177/art3').facts.topUpOwed).toBe('0');
    expect(outcome(a, 'nd177/art4').facts.topUpOwed).toBeUndefined();
    expect(a.best).toBe('nd178/art7b');
  });
});
