import { msg } from '../../../locales/index.js';
import { formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { ARTICLE, cite179, insuranceExclusionCitations } from '../../../parameters/nd179-rates.js';
import { closeEntitlement, needsSalaryHistory } from '../common/period.js';
import type { AllowancePolicy } from '../common/policy.js';

const citation = cite179(ARTICLE.talentAllowance);

/**
 * G1 talented cadres, civil servants and public employees: +150% of the current salary each month from
 * the recognition decision. The base is read as the salary including salary allowances, like the expert
 * rule [M] (option `talentAllowanceBase`); the allowance ends with the recognition [L] (`stopDate`).
 */
export const talentAllowance: AllowancePolicy = {
  code: 'nd179/talent-allowance',
  title: msg('nd179.talent-allowance.additional-allowance-150-current-salary'),
  group: 'talented-staff',
  citation,
  insuranceExclusion: insuranceExclusionCitations.talent,
  rowLabel: (m) => msg('nd179.talent-allowance.additional-150-allowance', { m }),
  parameters: ['nd179Rates.talentAllowanceRate', 'baseSalary'],
  conditions: (ctx) => needsSalaryHistory(ctx, citation),
  entitlement(ctx) {
    const start = ctx.case.recognitionDate!;
    return closeEntitlement(ctx, start, null, { recognitionDate: formatDate(start), endRule: 'with the recognition [L]: stopDate' }, citation);
  },
  base: (ctx) => ctx.options.talentAllowanceBase,
  rate: (ctx) => ({ value: dec(ctx.params.nd179Rates.talentAllowanceRate.value), text: ctx.params.nd179Rates.talentAllowanceRate.value }),
};
