import { describe, expect, it } from 'vitest';
import { leaveMonthsBefore, outcome, run } from './helpers.js';

// A man born 1/1976 reaches the Annex I age (62) in 1/2038: first pension month 2038-02.
const birthDate = '1976-01-10';
const pensionMonth = '2038-02';
const S = 15356250n;

function at(T: number) {
  // Leave and restructuring in 2025–2026: the months early decide the band.
  return run({ birthDate, salary: undefined, monthlySalary: '15356250', leaveDate: leaveMonthsBefore(pensionMonth, T), restructuringDate: leaveMonthsBefore(pensionMonth, T), insuredMonths: 300 });
}

describe('Art 7 bands by months early T (d178.md; examples.md D2)', () => {
  it.each([
    [23, 'U2'], [24, 'A'], [60, 'A'], [61, 'B'], [120, 'B'],
  ])('T = %i → band %s', (T, band) => {
    const o = outcome(at(T), 'nd178/art7');
    expect(o.eligible, o.refusal?.message.en).toBe(true);
    expect(o.facts.monthsEarly).toBe(T);
    expect(o.facts.band).toBe(band);
  });

  it('T = 121 → no early-retirement band; resignation applies', () => {
    const a = at(121);
    expect(outcome(a, 'nd178/art7').refusal?.code).toBe('too-early');
    expect(outcome(a, 'nd178/art9').eligible).toBe(true);
    // D51: this leave (2028-01) is after the Decree 178/67 regime closed on 1 Sep 2025: Art 9 is shown but kept out of
    // `best`, and Decree 154 cannot tell its narrower salary from a monthlySalary, so nothing is chosen.
    expect(outcome(a, 'nd178/art9').excludedFromBest?.en).toMatch(/closed on 1 Sep 2025/);
    expect(outcome(a, 'nd154/resignation').refusal?.code).toBe('salary-components-needed');
    expect(a.best).toBeNull();
  });

  it('band B pays 0.9 × S × 60 once, and 4 months per year early without a cap on the years', () => {
    const o = outcome(at(100), 'nd178/art7');
    const one = o.items.find((i) => i.code === 'one-off-pension')!;
    const perYear = o.items.find((i) => i.code === 'early-years-allowance')!;
    expect(one.amount).toBe(String((S * 9n * 60n) / 10n));
    expect(one.formula).toBe('15,356,250 × 0.9 × 60');
    expect(perYear.formula).toBe('15,356,250 × 4 × 8.5');
    expect(perYear.amount).toBe(String(S * 34n));
  });

  it('U2 pays only the one-off pension, as in the first 12 months even from the 13th month', () => {
    const a = run({ birthDate, salary: undefined, monthlySalary: '15356250', leaveDate: leaveMonthsBefore(pensionMonth, 10), restructuringDate: '2030-01-01', insuredMonths: 300 });
    const o = outcome(a, 'nd178/art7');
    expect(o.facts.window).toBe('from-13th-month');
    expect(o.items.map((i) => i.code)).toEqual(['one-off-pension']);
    expect(o.items[0]!.formula).toBe('15,356,250 × 1.0 × 10');
    expect(o.items[0]!.citation).toMatchObject({ doc: '01/2025/TT-BNV', article: '4', clause: '3' });
  });
});

describe('the insurance regime switch on 1 Jul 2025 (common.md §6)', () => {
  // A woman born 3/1972: Annex I 58y4m → 2030-08; 16.5 insured years.
  const woman = { gender: 'female', birthDate: '1972-03-01', insuredMonths: 198, restructuringDate: '2025-03-01' };
  it('30 Jun 2025 leave month (June): 20 years needed → not pension-eligible, resignation applies', () => {
    const a = run({ ...woman, leaveDate: '2025-06-01' });
    expect(outcome(a, 'nd178/art7').refusal?.code).toBe('not-pension-eligible');
    expect(outcome(a, 'nd178/art9').eligible).toBe(true);
  });
  it('1 Jul 2025: 15 years suffice; 4 + 0.5 × (N − 15)', () => {
    const a = run({ ...woman, leaveDate: '2025-07-01' });
    const o = outcome(a, 'nd178/art7');
    expect(o.facts.insuranceRegime).toBe('15-year');
    const item = o.items.find((i) => i.code === 'insured-time-allowance')!;
    expect(item.formula).toBe('15,356,250 × (4 + 0.5 × 1.5)');
    // 15,356,250 × 4.75 = 72,942,187.5, rounded once, half up.
    expect(item.amount).toBe('72942188');
  });
  it('the original Decree 178 keeps 5 + 0.5 × (N − 20) after 1 Jul 2025 (top-up comparison)', () => {
    const a = run({ ...woman, insuredMonths: 300, leaveDate: '2025-07-01' }, { ruleset: 'original' });
    expect(a.rulesetVersion).toMatch(/original/);
    expect(outcome(a, 'nd178/art7').items.find((i) => i.code === 'insured-time-allowance')!.formula).toBe('15,356,250 × (5 + 0.5 × 5)');
  });
});

describe('armed forces', () => {
  it('a colonel born 05/1971 leaving 06/2025 is 48 months early (Circular 19/2025/TT-BQP)', () => {
    const a = run({ staffType: 'officer', rank: 'colonel', birthDate: '1971-05-20', leaveDate: '2025-06-01', salary: undefined, monthlySalary: '20000000' });
    const o = outcome(a, 'nd178/art7');
    expect(o.facts.statutoryPensionStart).toBe('2029-06');
    expect(o.facts.monthsEarly).toBe(48);
    expect(o.facts.retirementAgeSource).toBe('officer-ceiling');
  });
  it('U2 of the armed forces follows the window by default, not by option', () => {
    const input = { staffType: 'officer', rank: 'major', birthDate: '1975-03-01', leaveDate: '2026-06-01', restructuringDate: '2025-03-01', salary: undefined, monthlySalary: '20000000' };
    // major: 52 → reached 2027-03 → pension 2027-04; T = 10.
    const windowed = outcome(run(input), 'nd178/art7');
    expect(windowed.items[0]!.formula).toBe('20,000,000 × 0.5 × 10');
    const unwindowed = outcome(run(input, { u2WindowForArmedForces: false }), 'nd178/art7');
    expect(unwindowed.items[0]!.formula).toBe('20,000,000 × 1.0 × 10');
  });
});
