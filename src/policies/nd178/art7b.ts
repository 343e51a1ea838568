import { cite, DOC } from '../../core/citation.js';
import type { Decimal } from '../../core/money.js';
import { text } from '../../i18n/text.js';
import type { CaseContext } from '../../assessment/context.js';
import type { Outcome, Refusal } from '../../assessment/types.js';
import { evaluateEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from './early-retirement.js';
import { notInOriginalRuleset } from './art7a.js';
import { countedMonths, oneOffItem } from './one-off-pension.js';

export const art7bTitle = text(
  'Nghỉ hưu trước tuổi của cán bộ không đủ tuổi tái cử, tái bổ nhiệm (Điều 7b Nghị định 178)',
  'Early retirement of cadres not re-elected or re-appointed (Decree 178 Art 7b)',
);

function refusal(ctx: CaseContext): Refusal | null {
  if (ctx.case.group !== 'decree-177-cadre') {
    return {
      code: 'group-not-covered',
      message: text('Điều 7b chỉ áp dụng cho đối tượng khoản 4 Điều 2', 'Art 7b covers only Art 2 cl. 4'),
      citation: cite(DOC.nd178, '7b'),
    };
  }
  if (ctx.options.ruleset === 'original') return notInOriginalRuleset('7b');
  return null;
}

/** Art 7b: 1.0 × S × T, with no 12-month window. */
function oneOff(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  return {
    item: oneOffItem(S, ctx.params.factors.art7bOneOffRate, countedMonths(band.monthsEarly, ctx.params), null, ctx.params.factors.art7bOneOffRate.citation, ctx.params),
    window: null,
    facts: { windowApplies: false },
  };
}

const spec: EarlyRetirementSpec = { policy: 'nd178/art7b', title: art7bTitle, refusal, oneOff };

export function evaluateArt7b(ctx: CaseContext): Outcome {
  return evaluateEarlyRetirement(ctx, spec);
}
