import { msg } from '../../../locales/index.js';
import { addCalendarMonths, compareDates, formatDate } from '../../../core/calendar.js';
import { formatCitation } from '../../../core/citation.js';
import { dec, type Decimal } from '../../../core/money.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import { refused } from '../../../model/derived.js';
import type { Facts, Refusal } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';
import { addDays } from '../common/dates.js';
import { transitionCitation } from '../graduate-allowance/index.js';
import { closeEntitlement, needsSalaryHistory } from '../common/period.js';
import type { AllowancePolicy } from '../common/policy.js';
import { missingField } from '../common/refusals.js';

const citation = cite179(ARTICLE.attraction, '1');

/** The usual probation rate: of civil servants by default, of public employees with staffKind "public-employee". */
function usualRate(ctx: Nd179Context) {
  return ctx.case.staffKind === 'public-employee' ? ctx.params.nd179Rates.normalProbationRatePublicEmployee : ctx.params.nd179Rates.normalProbationRate;
}

/**
 * G2 recruits are paid 100% of the salary of their recruitment step during probation, instead of the usual
 * reduced probation pay (85% [M], `options.normalProbationRate`). The amount of this policy is the top-up,
 * (1.0 − 0.85) × salary; each row also shows the full and the usual pay.
 */
export const probationFullSalary: AllowancePolicy = {
  code: 'nd179/probation-full-salary',
  title: msg('nd179.probation-full-salary.100-salary-during-probation'),
  group: 'graduate',
  citation,
  insuranceExclusion: null,
  rowLabel: (m) => msg('nd179.probation-full-salary.probation-pay-top-up-100', { m }),
  parameters: ['nd179Rates.probationRate179', 'nd179Rates.normalProbationRate', 'nd179Rates.normalProbationRatePublicEmployee', 'nd179Rates.youthMinAge', 'nd179Rates.youthMaxAge', 'nd179Rates.youngScientistAgeBelow', 'baseSalary'],
  conditions(ctx) {
    const out: Refusal[] = [...needsSalaryHistory(ctx, citation)];
    const months = ctx.case.probationMonths;
    if (months === undefined) {
      out.push(missingField('probationMonths', msg('nd179.probation-full-salary.probation-months-recruitment-decision-0'), citation));
    } else if (months === 0) {
      out.push({ code: 'no-probation', message: msg('nd179.probation-full-salary.no-probation-probationmonths-0-there'), citation });
    }
    return out;
  },
  entitlement(ctx: Nd179Context) {
    const c = ctx.case;
    const start = c.probationStartDate ?? c.recruitmentDate!;
    const end = addDays(addCalendarMonths(start, c.probationMonths!), -1);
    const usual = usualRate(ctx);
    const facts: Facts = {
      probationStart: formatDate(start),
      probationEnd: formatDate(end),
      probationMonths: c.probationMonths!,
      staffKind: c.staffKind ?? 'civil-servant (default)',
      usualProbationRate: usual.value,
      usualProbationRateSource: formatCitation(usual.citation),
    };
    if (compareDates(start, ctx.inForce) < 0) {
      facts.transition = ctx.options.decree140Transition;
      if (ctx.options.decree140Transition === 'not-covered') {
        return refused({
          code: 'recruited-before-decree-179',
          message: msg('nd179.probation-full-salary.probation-began-before-decree-179'),
          citation: transitionCitation,
        });
      }
    }
    return closeEntitlement(ctx, start, end, facts, citation);
  },
  base: () => 'coefficient-only',
  rate(ctx) {
    const full = ctx.params.nd179Rates.probationRate179.value;
    const usual = usualRate(ctx).value;
    return { value: dec(full).minus(dec(usual)), text: `(${full} − ${usual})` };
  },
  extras(ctx, monthlyExact: Decimal) {
    return { fullSalary: monthlyExact.times(dec(ctx.params.nd179Rates.probationRate179.value)), usualProbationSalary: monthlyExact.times(dec(usualRate(ctx).value)) };
  },
};
