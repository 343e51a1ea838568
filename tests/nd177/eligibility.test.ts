import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { monthsFromCongress } from '../../src/policies/nd177/common/eligibility.js';
import { cadre, monthsBeforePension, outcome, run } from './helpers.js';

/** Decree 177 Art 2: the cl. 4 range (30–60 months, both ends included [M]) and the cl. 6 exclusions. */
describe('Decree 177 Art 2 eligibility', () => {
  // Pension 2027-11: a congress n months before it is n months "from the congress to the retirement age".
  const congressMonthsBefore = (n: number, day = 1) => monthsBeforePension(n).replace(/-01$/, `-${String(day).padStart(2, '0')}`);

  it.each([
    [29, false], [30, true], [45, true], [60, true], [61, false],
  ])('cl. 4 with %i months from the congress → eligible %s', (months, eligible) => {
    const o = outcome(run({ decree177Clause: 4, congressDate: congressMonthsBefore(months), leaveDate: '2025-05-01' }), 'nd177/art3');
    // The leave date stays 30 months early; only the congress moves.
    expect(o.facts.monthsFromCongressToRetirementAge).toBe(months);
    expect(o.eligible).toBe(eligible);
    if (!eligible) expect(o.refusal?.code).toBe('outside-clause-4-range');
  });

  it('cl. 1–3 have no 30–60 range: 29 and 61 months are fine', () => {
    for (const months of [29, 61]) {
      expect(outcome(run({ congressDate: congressMonthsBefore(months) }), 'nd177/art3').eligible).toBe(true);
    }
  });

  it.each([[5, false], [6, false], [7, true]])('cl. 6 b: %i months from the congress → eligible %s', (months, eligible) => {
    // A man born 01/1964 reaches 61y3m in 04/2025 → pension 2025-05; leave 2025-01 (4 months early).
    const congress = monthsBeforePension(months, { year: 2025, month: 5 });
    const a = run({ birthDate: '1964-01-15', congressDate: congress, leaveDate: '2025-01-01' });
    for (const policy of ['nd177/art3', 'nd177/art4']) {
      const o = outcome(a, policy);
      expect(o.eligible, policy).toBe(eligible);
      if (!eligible) expect(o.refusal?.code).toBe('excluded-six-months-or-less');
    }
  });

  it('counts months on month indexes by default; complete-months drops the congress month when it does not start on the 1st', () => {
    const congress = { year: 2025, month: 6, day: 15 };
    const pension = 2027 * 12 + 10; // 2027-11
    expect(monthsFromCongress(congress, pension, 'month-index')).toBe(29);
    expect(monthsFromCongress(congress, pension, 'complete-months')).toBe(28);
    expect(monthsFromCongress({ ...congress, day: 1 }, pension, 'complete-months')).toBe(29);
  });

  it.each([
    ['underStreamlining', 'excluded-streamlining', '6', 'a'],
    ['retirementNoticeIssued', 'excluded-retirement-notice', '6', 'b'],
    ['continuesWorking', 'excluded-continues-working', '6', 'c'],
  ])('%s → %s, citing Art 2 cl. %s point %s', (field, code, clause, point) => {
    const o = outcome(run({ [field]: true }), 'nd177/art3');
    expect(o.eligible).toBe(false);
    expect(o.refusal?.code).toBe(code);
    expect(o.refusal?.citation).toMatchObject({ doc: '177/2024/NĐ-CP', article: '2', clause, point });
    expect(o.refusal?.message.vi).toBeTruthy();
    expect(o.refusal?.message.en).toBeTruthy();
  });

  it('a decree177Clause defaults the group to decree-177-cadre (no restructuringDate needed)', () => {
    const a = run();
    expect(a.outcomes.map((o) => o.policy)).toEqual(['nd178/art7b', 'nd177/art3', 'nd177/art4', 'nd178/art9']);
    expect(outcome(a, 'nd177/art3').facts.defaultedFields).toContain('group');
  });

  it('cl. 5 needs no congress date, is refused by 178 Art 7b and has no Art 4', () => {
    const a = run({ decree177Clause: 5, congressDate: undefined });
    expect(a.outcomes.map((o) => o.policy)).toEqual(['nd178/art7b', 'nd177/art3', 'nd178/art9']);
    expect(outcome(a, 'nd178/art7b').refusal?.code).toBe('decree-177-clause-5');
    expect(a.best).toBe('nd177/art3');
  });

  it('a case of another group with a decree177Clause also gets the 178 article of its group', () => {
    const a = run({ group: 'directly-affected', restructuringDate: '2025-03-01' });
    expect(a.outcomes.map((o) => o.policy)).toEqual(['nd178/art7', 'nd177/art3', 'nd177/art4', 'nd178/art9']);
    expect(a.best).toBe('nd178/art7');
  });

  it('validation names the field: congressDate for cl. 1–4, decree177Clause for 177-only fields', () => {
    const paths = (input: Record<string, unknown>) => {
      const r = safeAssess(input);
      return r.ok ? [] : r.error.issues.map((i) => i.path);
    };
    expect(paths(cadre({ congressDate: undefined }))).toEqual(['congressDate']);
    expect(paths(cadre({ decree177Clause: 4, congressDate: undefined }))).toEqual(['congressDate']);
    expect(paths(cadre({ decree177Clause: 5, congressDate: undefined }))).toEqual([]);
    expect(paths(cadre({ decree177Clause: undefined, group: 'decree-177-cadre', underStreamlining: true }))).toEqual(['decree177Clause']);
    expect(paths(cadre({ decree177Clause: 0 }))).toEqual(['decree177Clause']);
    expect(paths(cadre({ decree177Clause: 2.5 }))).toEqual(['decree177Clause']);
    expect(paths(cadre({ congressDate: '2025-02-30' }))).toEqual(['congressDate']);
    expect(paths(cadre({ congresDate: '2025-02-01' }))).toEqual(['congresDate']);
    expect(paths(cadre({ decree177Clause: 2 }))).toEqual(['decree177Clause']);
    expect(paths(cadre({ decree177Clause: 2, staffType: 'officer', rank: 'colonel' }))).toEqual([]);
  });
});
