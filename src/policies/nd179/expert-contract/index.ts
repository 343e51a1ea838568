import { formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Refusal } from '../../../model/types.js';
import { closeEntitlement } from '../shared/period.js';
import type { AllowancePolicy } from '../shared/policy.js';
import { missingField } from '../shared/refusals.js';

const citation = cite179(ARTICLE.experts, '2');

/**
 * G3 experts (Vietnamese or foreign) on a labour contract: the remuneration is negotiated and decided by
 * the head of the ministry, sector or province. The library does not compute it: the monthly amount is an
 * input, and the schedule spreads it over the contract term.
 */
export const expertContract: AllowancePolicy = {
  code: 'nd179/expert-contract',
  title: text('Thù lao thỏa thuận theo hợp đồng lao động với chuyên gia', 'Negotiated remuneration of an expert on a labour contract'),
  group: 'expert',
  citation,
  insuranceExclusion: null,
  rowLabel: (m) => text(`Thù lao theo hợp đồng tháng ${m}`, `Contract remuneration, ${m}`),
  conditions(ctx) {
    const c = ctx.case;
    const out: Refusal[] = [];
    if (c.engagement === 'civil-service') {
      out.push({
        code: 'taken-into-service',
        message: text('Chuyên gia được tiếp nhận vào công chức, viên chức hưởng phụ cấp 300% (nd179/expert-allowance), không theo hợp đồng', 'An expert taken into the civil or public service gets the 300% allowance (nd179/expert-allowance), not contract pay'),
        citation,
      });
    }
    if (c.engagement === 'contract') {
      if (!c.contractMonthlyAmount) out.push(missingField('contractMonthlyAmount', text('mức thù lao hằng tháng đã thỏa thuận trong hợp đồng', 'the monthly remuneration agreed in the contract'), citation));
      if (!c.contractStartDate) out.push(missingField('contractStartDate', text('ngày hợp đồng bắt đầu', 'the day the contract starts'), citation));
    }
    return out;
  },
  entitlement(ctx) {
    const c = ctx.case;
    const facts = { contractStartDate: formatDate(c.contractStartDate!), contractEndDate: c.contractEndDate ? formatDate(c.contractEndDate) : null };
    return closeEntitlement(ctx, c.contractStartDate!, c.contractEndDate ?? null, facts, citation);
  },
  base: () => 'contract',
  rate: () => ({ value: dec(1), text: '' }),
};
