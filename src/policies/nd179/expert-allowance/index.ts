import { formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { ARTICLE, cite179, insuranceExclusionCitations } from '../../../parameters/nd179-rates.js';
import type { Refusal } from '../../../model/types.js';
import { closeEntitlement, needsSalaryHistory } from '../shared/period.js';
import type { AllowancePolicy } from '../shared/policy.js';
import { criterion, missingField } from '../shared/refusals.js';

const citation = cite179(ARTICLE.experts, '3');

/**
 * G3 experts who are Vietnamese, of working age, and taken into the civil or public service at their
 * wish: +300% of the current salary, salary allowances included, from taking up the post. The decree
 * sets no end [M]: `stopDate` ends it.
 */
export const expertAllowance: AllowancePolicy = {
  code: 'nd179/expert-allowance',
  title: text('Phụ cấp tăng thêm 300% mức lương hiện hưởng của chuyên gia được tiếp nhận vào công chức, viên chức', 'Additional allowance of 300% of the current salary for experts taken into the civil or public service'),
  group: 'expert',
  citation,
  insuranceExclusion: insuranceExclusionCitations.expert,
  rowLabel: (m) => text(`Phụ cấp tăng thêm 300% tháng ${m}`, `Additional 300% allowance, ${m}`),
  conditions(ctx) {
    const c = ctx.case;
    const out: (Refusal | null)[] = [];
    if (c.engagement === 'contract') {
      out.push({
        code: 'engaged-by-contract',
        message: text('Chuyên gia làm việc theo hợp đồng lao động hưởng mức thù lao thỏa thuận (nd179/expert-contract), không hưởng 300%', 'An expert on a labour contract is paid the negotiated amount (nd179/expert-contract), not the 300%'),
        citation,
      });
    }
    if (c.nationality === 'foreign') {
      out.push({
        code: 'foreign-national',
        message: text('Phụ cấp 300% dành cho chuyên gia là người Việt Nam được tiếp nhận vào công chức, viên chức', 'The 300% is for Vietnamese experts taken into the civil or public service'),
        citation,
      });
    }
    if (c.engagement === 'civil-service' && c.nationality === 'vietnamese') {
      out.push(criterion(ctx, 'withinWorkingAge', text('trong độ tuổi lao động theo pháp luật về lao động', 'of working age under the labour law'), citation));
      if (!c.recruitmentDate) {
        out.push(missingField('recruitmentDate', text('ngày quyết định tiếp nhận vào công chức, viên chức', 'the date of the decision taking the expert into the civil or public service'), citation));
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
