import { describe, expect, it } from 'vitest';
import { assess, compareRulesets, InvalidInputError, safeAssess, type Assessment } from '../../src/index.js';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { parseParameterOverrides } from '../../src/parameters/overrides.js';

/** O1 (MoHA 1814): band A early retirement, S = 15,356,250. */
const o1 = {
  id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};
/** O2: Art 9 resignation, S = 17,023,500, severance 0.8 × S × 60. */
const o2 = {
  id: 'O2', gender: 'male', birthDate: '1975-06-10', staffType: 'civil-servant',
  salary: { coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25 },
  insuredMonths: 270, restructuringDate: '2025-03-01', leaveDate: '2025-09-01',
};
const colonel = {
  id: 'colonel-1971', gender: 'male', birthDate: '1971-05', staffType: 'officer', rank: 'colonel',
  salary: { coefficient: 8.0, professionalSeniorityPercent: 30 }, insuredMonths: 426,
  restructuringDate: '2025-03-01', leaveDate: '2025-06-01',
};

const outcome = (a: Assessment, policy: string) => a.outcomes.find((o) => o.policy === policy)!;
const item = (a: Assessment, policy: string, code: string) => outcome(a, policy).items.find((i) => i.code === code)!;
const issuesOf = (input: unknown, parameters: unknown) => {
  const r = safeAssess(input, { parameters } as never);
  if (r.ok) throw new Error('expected invalid options');
  return r.error.issues;
};

describe('what-if parameters (options.parameters)', () => {
  it('leaves every output identical when no override is given', () => {
    const plain = assess(o1);
    expect(assess(o1, {})).toEqual(plain);
    expect(plain.options).not.toHaveProperty('parameters');
    expect(plain.warnings.map((w) => w.code)).not.toContain('what-if-parameters');
  });

  it('replaces a factor by its bare name: severance 1.0 × S × 60 instead of 0.8', () => {
    const law = assess(o2);
    const a = assess(o2, { parameters: { severanceRateFirst12: '1.0' } });
    expect(item(law, 'nd178/art9', 'severance').amount).toBe('817128000');
    expect(item(a, 'nd178/art9', 'severance')).toMatchObject({ amount: '1021410000', formula: '17,023,500 × 1 × 60' });
    expect(outcome(a, 'nd178/art9').total).toBe(String(1021410000n + 574543125n + 51070500n));
    // Echoed exactly as given, with a warning naming the law's value.
    expect(a.options.parameters).toEqual({ severanceRateFirst12: '1.0' });
    const warning = a.warnings.find((w) => w.code === 'what-if-parameters')!;
    expect(warning.message.en).toContain('factors.severanceRateFirst12 = 1.0 (law: 0.8)');
    expect(warning.message.vi).toContain('luật: 0.8');
    // The outcome that read it says so in its citations and facts; the one that did not is untouched.
    const severance = item(a, 'nd178/art9', 'severance').citation;
    expect(severance.verified).toBe(false);
    expect(severance.note).toContain('what-if override: factors.severanceRateFirst12 = 1.0 (law: 0.8)');
    expect(outcome(a, 'nd178/art9').facts.whatIfParameters).toEqual(['factors.severanceRateFirst12']);
    expect(outcome(a, 'nd178/art7')).toEqual(outcome(law, 'nd178/art7'));
  });

  it('accepts the same factor under its record name and as a number', () => {
    const flat = assess(o2, { parameters: { severanceRateFirst12: '1.0' } });
    const nested = assess(o2, { parameters: { factors: { severanceRateFirst12: 1 } } });
    expect(outcome(nested, 'nd178/art9').total).toBe(outcome(flat, 'nd178/art9').total);
    expect(nested.options.parameters).toEqual({ factors: { severanceRateFirst12: 1 } });
  });

  it('replaces a base-salary row, and adds a row that starts on a new day', () => {
    const replaced = assess(o1, { parameters: { baseSalary: { '2024-07-01': '2500000' } } });
    const added = assess(o1, { parameters: { baseSalary: { '2025-01-01': '2500000' } } });
    for (const a of [replaced, added]) {
      // S = (4.65 + 0.6) × 2,500,000 × 1.25 = 16,406,250; one-off 1.0 × S × 30.
      expect(outcome(a, 'nd178/art7').facts.monthlySalary).toBe('16406250');
      expect(item(a, 'nd178/art7', 'one-off-pension').amount).toBe('492187500');
      expect(outcome(a, 'nd178/art7').facts.whatIfParameters).toEqual([expect.stringMatching(/^baseSalary\.2024-07-01|^baseSalary\.2025-01-01/)]);
    }
    expect(added.warnings.find((w) => w.code === 'what-if-parameters')!.message.en).toContain('(new row)');
    // The row after the new one is untouched.
    const later = assess({ ...o1, leaveDate: '2026-08-01' }, { parameters: { baseSalary: { '2025-01-01': '2500000' } } });
    expect(later.outcomes[0]!.facts.baseSalary).toBe('2530000');
  });

  it('changes one value inside a dated row: the colonel ceiling 58 → 60 moves band A to band B', () => {
    const law = assess(colonel);
    const a = assess(colonel, { parameters: { officerServiceCeilings: { '2024-12-01': { colonel: { male: 60 } } } } });
    expect(outcome(law, 'nd178/art7').facts).toMatchObject({ monthsEarly: 48, band: 'A' });
    expect(outcome(a, 'nd178/art7').facts).toMatchObject({ monthsEarly: 72, band: 'B', statutoryPensionStart: '2031-06' });
    const cited = String(outcome(a, 'nd178/art7').facts.retirementAgeCitation);
    expect(cited).toContain('what-if override: officerServiceCeilings.2024-12-01.colonel.male = 60 (law: 58)');
    expect(cited).toContain('[unverified]');
    expect(item(a, 'nd178/art7', 'one-off-pension').citation.verified).toBe(false);
  });

  it('rejects unknown names and bad values, naming options.parameters.<path>', () => {
    const unknown = issuesOf(o1, { severanceRateFirst13: '1.0' });
    expect(unknown.map((i) => i.path)).toEqual(['options.parameters.severanceRateFirst13']);
    expect(unknown[0]!.messages.en).toContain('did you mean "severanceRateFirst12"');
    expect(unknown[0]!.messages.vi).toContain('không có tham số này');
    expect(issuesOf(o1, { severanceRateFirst12: 'abc' }).map((i) => i.path)).toEqual(['options.parameters.severanceRateFirst12']);
    expect(issuesOf(o1, { severanceRateFirst12: -1 }).map((i) => i.path)).toEqual(['options.parameters.severanceRateFirst12']);
    expect(issuesOf(o1, { baseSalary: { '2025-02-30': '1' } }).map((i) => i.path)).toEqual(['options.parameters.baseSalary.2025-02-30']);
    expect(issuesOf(o1, { officerServiceCeilings: { '2024-12-01': { colonel: { male: 60.5 } } } }).map((i) => i.path))
      .toEqual(['options.parameters.officerServiceCeilings.2024-12-01.colonel.male']);
    expect(issuesOf(o1, { officerServiceCeilings: { '2024-12-01': { admiral: { male: 60 } } } }).map((i) => i.path))
      .toEqual(['options.parameters.officerServiceCeilings.2024-12-01.admiral']);
    expect(issuesOf(o1, { factors: { severanceRateFirst12: { citation: { doc: 'x' } } } }).map((i) => i.path))
      .toEqual(['options.parameters.factors.severanceRateFirst12.citation']);
    expect(issuesOf(o1, 'severanceRateFirst12=1').map((i) => i.path)).toEqual(['options.parameters']);
    expect(() => assess(o1, { parameters: { nope: 1 } })).toThrow(InvalidInputError);
  });

  it('changes other tables too (Annex I roadmap, Annex II qualifying months)', () => {
    const roadmap = parseParameterOverrides({ retirementAgeRoadmaps: { I: { male: { finalMonths: 750 } } } });
    expect(roadmap.ok && roadmap.value.params.retirementAgeRoadmaps.I.male.finalMonths).toBe(750);
    expect(roadmap.ok && roadmap.value.params.retirementAgeRoadmaps.I.male.citation.verified).toBe(false);
    expect(roadmap.ok && roadmap.value.params.retirementAgeRoadmaps.I.female).toBe(defaultParameters.retirementAgeRoadmaps.I.female);
    const annexII = parseParameterOverrides({ annexIIQualifyingMonths: 120 });
    expect(annexII.ok && annexII.value.params.annexIIQualifyingMonths.value).toBe(120);
    // The law's parameters are never modified.
    expect(defaultParameters.retirementAgeRoadmaps.I.male.finalMonths).toBe(744);
    expect(defaultParameters.factors.severanceRateFirst12.value).toBe('0.8');
  });

  it('passes through compareRulesets', () => {
    const c = compareRulesets(o2, { parameters: { severanceRateFirst12: '1.0' } });
    expect(c.original.options.parameters).toEqual({ severanceRateFirst12: '1.0' });
    expect(item(c.amended, 'nd178/art9', 'severance').amount).toBe('1021410000');
  });
});
