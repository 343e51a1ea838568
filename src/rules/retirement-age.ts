import { formatMonth, fromMonthIndex, monthIndex, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, formatCitation } from '../core/citation.js';
import { valueAt } from '../parameters/dated.js';
import type { Annex, Gender } from '../parameters/retirement-age.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { derived, refused, type Derived, type PensionStart } from '../model/derived.js';
import type { StaffCase } from '../model/staff-case.js';
import { isArmedForces } from '../schema/enums.js';
import { msg } from '../locales/index.js';

/** The statutory age and the first month of pension: a type of the model, which the context carries. */
export type { PensionStart } from '../model/derived.js';

export function formatAge(ageMonths: number): string {
  return `${Math.floor(ageMonths / 12)}y${ageMonths % 12}m`;
}

/**
 * Decree 135/2020 Annex I/II: the age depends on the calendar year in which it is reached. Search the
 * years from the first one upward and take the first year Y whose age, added to the birth month, lands in Y.
 */
export function annexPensionStart(gender: Gender, birth: { year: number; month: number }, annex: Annex, params: ParameterSet, answer: AnnexAnswer = annexPensionStartOf): Derived<PensionStart> {
  return answer(params.retirementAgeRoadmaps[annex][gender], monthIndex(birth), annex);
}

type Roadmap = ParameterSet['retirementAgeRoadmaps'][Annex][Gender];

/** How the Annex answer for a birth month is found: computed here, or remembered by the engine (src/engine/memo.ts). */
export type AnnexAnswer = (roadmap: Roadmap, birthIndex: number, annex: Annex) => Derived<PensionStart>;

export function annexPensionStartOf(roadmap: Roadmap, birthIndex: number, annex: Annex): Derived<PensionStart> {
  const citation = roadmap.citation;
  for (let year = roadmap.firstYear; ; year++) {
    const age = Math.min(roadmap.firstMonths + (year - roadmap.firstYear) * roadmap.stepMonths, roadmap.finalMonths);
    const reached = birthIndex + age;
    const reachedYear = fromMonthIndex(reached).year;
    if (reachedYear < roadmap.firstYear) {
      return refused({
        code: 'retirement-age-out-of-table',
        message: msg('rules.retirement-age.before-roadmap', { birthMonth: formatMonth(birthIndex), annex, firstYear: roadmap.firstYear }),
        citation,
      });
    }
    if (reachedYear === year || (age === roadmap.finalMonths && reachedYear <= year)) {
      return derived({ ageMonths: age, pensionStart: reached + 1, source: annex === 'I' ? 'annex-I' : 'annex-II', citation });
    }
  }
}

/** People with 15 years of heavy/toxic/dangerous work or in especially difficult areas may use Annex II. */
export function qualifiesForAnnexII(c: StaffCase, params: ParameterSet): boolean {
  return !isArmedForces(c.staffType) && c.retirementAge === undefined &&
    (c.hazardousMonths >= params.annexIIQualifyingMonths.value || c.hardshipAreaMonths >= params.annexIIQualifyingMonths.value);
}

const overrideCitation = cite(DOC.nd178, '7', undefined, undefined, { note: 'retirement age given in the input (retirementAge)' });

/**
 * The first statutory pension month that decides the months early: the `retirementAge` given in the input
 * (it overrides the tables), an officer's rank ceiling, or Decree 135/2020 Annex I.
 */
export function statutoryPensionStart(c: StaffCase, leaveDate: CalendarDate, params: ParameterSet, answer: AnnexAnswer = annexPensionStartOf): Derived<PensionStart> {
  const birthIndex = monthIndex(c.birthDate);
  if (c.retirementAge) {
    const age = c.retirementAge.years * 12 + c.retirementAge.months;
    return derived({ ageMonths: age, pensionStart: birthIndex + age + 1, source: 'input', citation: overrideCitation });
  }
  if (c.staffType === 'officer' && c.rank) {
    const row = valueAt(params.officerServiceCeilings, leaveDate);
    if (!row) {
      return refused({
        code: 'retirement-age-out-of-table',
        message: msg('rules.retirement-age.no-officer-ceiling'),
        citation: params.officerServiceCeilings.rows[0]!.citation,
      });
    }
    const age = row.value[c.rank][c.gender] * 12;
    return derived({ ageMonths: age, pensionStart: birthIndex + age + 1, source: 'officer-ceiling', citation: row.citation });
  }
  return annexPensionStart(c.gender, c.birthDate, 'I', params, answer);
}

export interface PensionStartTexts {
  readonly age: string;
  readonly pensionStart: string;
  readonly source: string;
  readonly citation: string;
}

/** The pension start as printed in the facts. */
export function describePensionStart(p: PensionStart): PensionStartTexts {
  return Object.freeze({ age: formatAge(p.ageMonths), pensionStart: formatMonth(p.pensionStart), source: p.source, citation: formatCitation(p.citation) });
}
