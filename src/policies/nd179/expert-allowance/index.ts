import { msg } from '../../../locales/index.js';
import { formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { ARTICLE, cite179, insuranceExclusionCitations } from '../../../parameters/nd179-rates.js';
import type { Refusal } from '../../../model/types.js';
import { closeEntitlement, needsSalaryHistory } from '../common/period.js';
import type { AllowancePolicy } from '../common/policy.js';
import { criterion, missingField } from '../common/refusals.js';

const citation = cite179(ARTICLE.experts, '3');

/**
 * G3 experts who are Vietnamese, of working age, and taken into the civil or public service at their
 * wish: +300% of the current salary, salary allowances included, from taking up the post. The decree
 * sets no end [M]: `stopDate` ends it.
 */
export const expertAllowance: AllowancePolicy = {
  code: 'nd179/expert-allowance',
  title: msg('nd179.expert-allowance.additional-allowance-300-current-salary'),
  group: 'expert',
  citation,
  insuranceExclusion: insuranceExclusionCitations.expert,
  rowLabel: (m) => msg('nd179.expert-allowance.additional-300-allowance', { m }),
  parameters: ['nd179Rates.expertAllowanceRate', 'baseSalary'],
  conditions(ctx) {
    const c = ctx.case;
    const out: (Refusal | null)[] = [];
    if (c.engagement === 'contract') {
      out.push({
        code: 'engaged-by-contract',
        message: msg('nd179.expert-allowance.expert-labour-contract-paid-negotiated'),
        citation,
      });
    }
    if (c.nationality === 'foreign') {
      out.push({
        code: 'foreign-national',
        message: msg('nd179.expert-allowance.300-vietnamese-experts-taken-into'),
        citation,
      });
    }
    if (c.engagement === 'civil-service' && c.nationality === 'vietnamese') {
      out.push(criterion(ctx, 'withinWorkingAge', msg('nd179.expert-allowance.working-age-under-labour-law'), citation));
      if (!c.recruitmentDate) {
        out.push(missingField('recruitmentDate', msg('nd179.expert-allowance.date-decision-taking-expert-into'), citation));
      }
      out.push(...needsSalaryHistory(ctx, citation));
    }
    return out.filter((r): r is Refusal => r !== null);
  },
  entitlement(ctx) {
    const start = ctx.case.recruitmentDate!;
    return closeEntitlement(ctx, start, null, { takenIntoServiceOn: formatDate(start), endRule: 'none in the decree [M]: stopDate' }, citation);
  },
  base: () => 'including-allowances',
  rate: (ctx) => ({ value: dec(ctx.params.nd179Rates.expertAllowanceRate.value), text: ctx.params.nd179Rates.expertAllowanceRate.value }),
};
