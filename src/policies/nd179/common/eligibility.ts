import { msg } from '../../../locales/index.js';
import { formatDate } from '../../../core/calendar.js';
import type { Text } from '../../../i18n/text.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Nd179CriterionPath, Nd179Group } from '../../../schema/nd179.js';
import type { Facts, Refusal } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';
import { criteriaCitation, criterion, missingField } from './refusals.js';
import { ageLimitCheck } from './youth-age.js';

/**
 * Who is covered (Art 2) and the criteria of each group (Art 5). The criteria that are judgements of the
 * competent body (political standards, the council's check, a diploma's standing) are inputs: a missing
 * one is a refusal that names it, a `false` one a refusal that says it is not met.
 */
export const groupTitles: Record<Nd179Group, Text> = {
  'talented-staff': msg('nd179.eligibility.talented-cadres-civil-servants-public'),
  graduate: msg('nd179.eligibility.excellent-graduates-talented-young-scientists'),
  expert: msg('nd179.eligibility.experts-managers-business-administrators-leading'),
};

const pathTexts: Record<'graduate' | 'expert', Record<Nd179CriterionPath, Text>> = {
  graduate: {
    a: msg('nd179.eligibility.valedictorian-vietnamese-university-good-better'),
    b: msg('nd179.eligibility.excellent-graduate-vietnamese-university-prize'),
    c: msg('nd179.eligibility.doctor-phd-level-ii-specialist'),
  },
  expert: {
    a: msg('nd179.eligibility.phd-post-doc-from-reputable'),
    b: msg('nd179.eligibility.teaching-research-technology-transfer-reputable'),
    c: msg('nd179.eligibility.work-leading-vietnamese-international-firms'),
  },
};

export interface GroupEligibility {
  readonly refusals: readonly Refusal[];
  readonly facts: Facts;
}

function talentedStaff(ctx: Nd179Context): GroupEligibility {
  const refusals: (Refusal | null)[] = [
    criterion(ctx, 'politicalStandards', msg('nd179.eligibility.firm-political-stance-good-ethics'), criteriaCitation('talented-staff', 'a')),
    criterion(ctx, 'outstandingContribution', msg('nd179.eligibility.led-proposals-breakthrough-results-research'), criteriaCitation('talented-staff', 'b')),
    criterion(ctx, 'sectorCriteria', msg('nd179.eligibility.further-criteria-ministry-sector-province'), criteriaCitation('talented-staff', 'c')),
    criterion(ctx, 'nominated', msg('nd179.eligibility.nominated-writing-party-committee-leadership'), cite179(ARTICLE.recognition, '1')),
    criterion(ctx, 'councilApproved', msg('nd179.eligibility.found-meet-criteria-talent-selection'), cite179(ARTICLE.recognition, '2')),
  ];
  const c = ctx.case;
  if (!c.recognitionDate) {
    refusals.push(missingField('recognitionDate', msg('nd179.eligibility.date-competent-authority-s-recognition'), cite179(ARTICLE.talentAllowance)));
  }
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts: { group: 'talented-staff', ...(c.recognitionDate ? { recognitionDate: formatDate(c.recognitionDate) } : {}) } };
}

function graduate(ctx: Nd179Context): GroupEligibility {
  const c = ctx.case;
  const refusals: (Refusal | null)[] = [];
  const facts: Facts = { group: 'graduate' };
  if (!c.criterionPath) {
    refusals.push(missingField('criterionPath', msg('nd179.eligibility.point-b-c-criteria-met'), criteriaCitation('graduate')));
  } else {
    facts.criterionPath = c.criterionPath;
    const point = c.criterionPath;
    refusals.push(criterion(ctx, 'qualificationMet', pathTexts.graduate[point], criteriaCitation('graduate', point)));
    const age = ageLimitCheck(ctx, point);
    Object.assign(facts, age.facts);
    refusals.push(...age.refusals);
  }
  if (!c.recruitmentDate) {
    refusals.push(missingField('recruitmentDate', msg('nd179.eligibility.date-decision-recruiting-person-civil'), cite179(ARTICLE.attraction)));
  } else facts.recruitmentDate = formatDate(c.recruitmentDate);
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts };
}

function expert(ctx: Nd179Context): GroupEligibility {
  const c = ctx.case;
  const refusals: (Refusal | null)[] = [];
  const facts: Facts = { group: 'expert' };
  if (!c.criterionPath) {
    refusals.push(missingField('criterionPath', msg('nd179.eligibility.point-b-c-criteria-met'), criteriaCitation('expert')));
  } else {
    facts.criterionPath = c.criterionPath;
    refusals.push(criterion(ctx, 'qualificationMet', pathTexts.expert[c.criterionPath], criteriaCitation('expert', c.criterionPath)));
  }
  if (!c.nationality) {
    refusals.push(missingField('nationality', msg('nd179.eligibility.vietnamese-foreign'), cite179(ARTICLE.subjects, '3')));
  } else {
    facts.nationality = c.nationality;
    if (c.nationality === 'foreign') {
      refusals.push(criterion(ctx, 'foreignerConditionsMet', msg('nd179.eligibility.other-conditions-vietnamese-law-sets'), criteriaCitation('expert', 'd')));
    }
  }
  if (!c.engagement) {
    refusals.push(missingField('engagement', msg('nd179.eligibility.civil-service-taken-into-civil'), cite179(ARTICLE.experts)));
  } else facts.engagement = c.engagement;
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts };
}

/** The group's own criteria (Art 5), before any allowance's conditions. */
export function groupEligibility(ctx: Nd179Context): GroupEligibility {
  switch (ctx.case.group) {
    case 'talented-staff':
      return talentedStaff(ctx);
    case 'graduate':
      return graduate(ctx);
    case 'expert':
      return expert(ctx);
  }
}
