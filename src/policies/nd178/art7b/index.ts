import { formatDate } from '../../../core/calendar.js';
import { cite, DOC } from '../../../core/citation.js';
import { monthsFromCongress } from '../../nd177/shared/eligibility.js';
import type { Decimal } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import type { CaseContext } from '../../../model/context.js';
import type { Outcome, Refusal } from '../../../model/types.js';
import { evaluateEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../shared/early-retirement.js';
import { notInOriginalRuleset } from '../art7a/index.js';
import { countedMonths, oneOffItem } from '../shared/one-off-pension.js';

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
  if (!ctx.params.provisions.nd178Art7b.value) return notInOriginalRuleset('7b');
  return subGroupRefusal(ctx);
}

const cl4 = cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' });

/**
 * Art 2 cl. 4 (as amended) admits three sub-groups, each with its own limit (docs/decisions.md D26): the cadres
 * of Decree 177 Art 2 cl. 1–3 not old enough for re-election or re-appointment; those of Decree 177 Art 2 cl. 4,
 * only with 30 to 60 months from the first day of the congress to the retirement age; and members of Party
 * committees that must end, with 60 months or less. The input tells the first two apart with `decree177Clause`
 * and `congressDate` (the fields Decree 177 reads; the validator requires the date with cl. 1–4); without the
 * clause Art 7b is refused, never paid unchecked.
 */
function subGroupRefusal(ctx: CaseContext): Refusal | null {
  const d = ctx.case.decree177;
  if (!d) {
    return {
      code: 'decree-177-clause-missing',
      message: text(
        'Điều 7b: chưa rõ người thuộc nhóm nào của khoản 4 Điều 2 Nghị định 178 (chưa đủ tuổi tái cử, tái bổ nhiệm theo khoản 1–3, hay khoản 4 Điều 2 Nghị định 177): cần decree177Clause và congressDate; khi có, chính sách của Nghị định 177 cũng được xét',
        'Art 7b: the input does not say which sub-group of Decree 178 Art 2 cl. 4 the person belongs to (not old enough for re-election or re-appointment, Decree 177 Art 2 cl. 1–3, or Decree 177 Art 2 cl. 4): give decree177Clause and congressDate; with them, the Decree 177 policies are assessed too',
      ),
      citation: cl4,
    };
  }
  // Cl. 5 cadres are refused before this (nd177/relation.ts, decree-177-clause-5).
  if (d.clause !== 4) return null;
  // The validator requires congressDate with clauses 1–4 (src/schema/validate.ts), and commonRefusal has
  // already refused a case whose retirement age is unknown.
  if (!ctx.pension.ok) return null;
  const f = ctx.params.nd177Factors;
  const [min, max] = [Number(f.clause4MinMonths.value), Number(f.clause4MaxMonths.value)];
  const months = monthsFromCongress(d.congressDate!, ctx.pension.value.pensionStart, ctx.options.congressMonthCount);
  if (months >= min && months <= max) return null;
  return {
    code: 'outside-clause-4-range',
    message: text(
      `Điều 7b với khoản 4 Điều 2 Nghị định 177 cần còn từ ${min} đến ${max} tháng tính từ ngày bắt đầu đại hội (${formatDate(d.congressDate!)}) đến tuổi nghỉ hưu; còn ${months} tháng. Có thể xét Nghị định 177 theo khoản khác của Điều 2, hoặc Nghị định 154/2025/NĐ-CP`,
      `Art 7b for Decree 177 Art 2 cl. 4 needs ${min} to ${max} months from the first day of the congress (${formatDate(d.congressDate!)}) to the retirement age; there are ${months}. Decree 177 under another clause of its Art 2, or Decree 154/2025/NĐ-CP, may apply`,
    ),
    citation: f.clause4MinMonths.citation,
  };
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
