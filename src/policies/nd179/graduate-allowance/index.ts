import { msg } from '../../../locales/index.js';
import { compareDates, formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { ARTICLE, cite179, insuranceExclusionCitations, nd179Dates } from '../../../parameters/nd179-rates.js';
import { refused } from '../../../model/derived.js';
import type { Facts } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';
import { addDays, addYears } from '../common/dates.js';
import { closeEntitlement, needsSalaryHistory } from '../common/period.js';
import type { AllowancePolicy } from '../common/policy.js';

const citation = cite179(ARTICLE.attraction, '2');

/** The exception of "Art 6 cl. 3" that ends the 5 years early: its content is not known, so `stopDate` states it. */
export const graduateStopCitation = cite179(ARTICLE.recruitment, '3', undefined, 'the exception to the 5-year allowance; its content has not been checked: give stopDate');

export const transitionCitation = cite179(ARTICLE.attraction, undefined, undefined, `transition for graduates recruited under ${nd179Dates.decree140.doc} before 2025 [M]`);

/**
 * G2 graduates and young scientists recruited as civil servants or public employees: +150% of the salary
 * by the current coefficient each month, for 5 years from the recruitment decision, except the case of
 * Art 6 cl. 3 (stated by `stopDate`).
 */
export const graduateAllowance: AllowancePolicy = {
  code: 'nd179/graduate-allowance',
  title: msg('nd179.graduate-allowance.additional-allowance-150-5-years'),
  group: 'graduate',
  citation,
  insuranceExclusion: insuranceExclusionCitations.graduate,
  rowLabel: (m) => msg('nd179.graduate-allowance.additional-150-allowance', { m }),
  parameters: ['nd179Rates.graduateAllowanceRate', 'nd179Rates.graduateAllowanceYears', 'nd179Rates.youthMinAge', 'nd179Rates.youthMaxAge', 'nd179Rates.youngScientistAgeBelow', 'baseSalary'],
  conditions: (ctx) => needsSalaryHistory(ctx, citation),
  entitlement(ctx: Nd179Context) {
    const decision = ctx.case.recruitmentDate!;
    const years = Number(ctx.params.nd179Rates.graduateAllowanceYears.value);
    const civilCode = ctx.options.fiveYearCount === 'civil-code';
    const start = civilCode ? addDays(decision, 1) : decision;
    const end = civilCode ? addYears(decision, years) : addDays(addYears(decision, years), -1);
    const facts: Facts = { recruitmentDate: formatDate(decision), fiveYearCount: ctx.options.fiveYearCount, fiveYearStart: formatDate(start), fiveYearEnd: formatDate(end) };
    if (compareDates(decision, ctx.inForce) < 0) {
      facts.transition = ctx.options.decree140Transition;
      if (ctx.options.decree140Transition === 'not-covered') {
        return refused({
          code: 'recruited-before-decree-179',
          message: msg('nd179.graduate-allowance.recruited-before-decree-179-took', { decision: formatDate(decision), doc: nd179Dates.decree140.doc }),
          citation: transitionCitation,
        });
      }
    }
    return closeEntitlement(ctx, start, end, facts, citation);
  },
  base: (ctx) => ctx.options.graduateAllowanceBase,
  rate: (ctx) => ({ value: dec(ctx.params.nd179Rates.graduateAllowanceRate.value), text: ctx.params.nd179Rates.graduateAllowanceRate.value }),
};
