import { msg } from '../../../locales/index.js';
import { formatDate } from '../../../core/calendar.js';
import { dec } from '../../../core/money.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Refusal } from '../../../model/types.js';
import { closeEntitlement } from '../common/period.js';
import type { AllowancePolicy } from '../common/policy.js';
import { missingField } from '../common/refusals.js';

const citation = cite179(ARTICLE.experts, '2');

/**
 * G3 experts (Vietnamese or foreign) on a labour contract: the remuneration is negotiated and decided by
 * the head of the ministry, sector or province. The library does not compute it: the monthly amount is an
 * input, and the schedule spreads it over the contract term.
 */
export const expertContract: AllowancePolicy = {
  code: 'nd179/expert-contract',
  title: msg('nd179.expert-contract.negotiated-remuneration-expert-labour-contract'),
  group: 'expert',
  citation,
  insuranceExclusion: null,
  rowLabel: (m) => msg('nd179.expert-contract.contract-remuneration', { m }),
  parameters: [],
  conditions(ctx) {
    const c = ctx.case;
    const out: Refusal[] = [];
    if (c.engagement === 'civil-service') {
      out.push({
        code: 'taken-into-service',
        message: msg('nd179.expert-contract.expert-taken-into-civil-public'),
        citation,
      });
    }
    if (c.engagement === 'contract') {
      if (!c.contractMonthlyAmount) out.push(missingField('contractMonthlyAmount', msg('nd179.expert-contract.monthly-remuneration-agreed-contract'), citation));
      if (!c.contractStartDate) out.push(missingField('contractStartDate', msg('nd179.expert-contract.day-contract-starts'), citation));
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
