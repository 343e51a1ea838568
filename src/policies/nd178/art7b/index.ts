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
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { copyFacts } from '../../../model/context.js';
import { refusedOutcome } from '../../../model/outcome.js';
import { art7bSubGroups, bands, clause2Items, commonConditions, nd178Factor, notEarly, pensionEligible } from '../shared/conditions.js';
import { oneOffLabel } from '../shared/one-off-pension.js';

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

/**
 * Decree 178 Art 7b for the `decree-177-cadre` group. Decree 67/2025 brought the Decree 177 Art 2 cl. 1–4 cadres
 * into 178 Art 2 cl. 4; the cl. 5 cadres (managed by the Politburo / Secretariat) stay under Decree 177 only.
 */
export function evaluateArt7bForDecree177(ctx: CaseContext): Outcome {
  if (ctx.case.decree177?.clause === 5) {
    return refusedOutcome('nd178/art7b', art7bTitle, Object.assign(copyFacts(ctx), { decree177Clause: 5 }), {
      code: 'decree-177-clause-5',
      message: text(
        'Cán bộ thuộc khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý) không thuộc khoản 4 Điều 2 Nghị định 178; chỉ áp dụng Nghị định 177',
        'Cadres of Decree 177 Art 2 cl. 5 (managed by the Politburo / Secretariat) are not in Decree 178 Art 2 cl. 4; only Decree 177 applies',
      ),
      citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
    });
  }
  return evaluateArt7b(ctx);
}

/**
 * Decree 178 Art 7b (added by Decree 67/2025 Art 1 cl. 4): the cadres Decree 177 Art 2 cl. 1–4 describes (too old to
 * be re-elected or re-appointed) get the Art 7 package at the full one-off rate, with no first-year limit;
 * the cl. 5 cadres stay under Decree 177 alone.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art7b',
  decree: 'nd178',
  article: '7b',
  title: art7bTitle,
  summary: text(
    'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm theo Nghị định 177 (khoản 4 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, mức một lần 1,0, không giảm theo thời gian.',
    'Cadres not old enough to be re-elected or re-appointed under Decree 177 (Art 2 cl. 4, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 with no window.',
  ),
  conditions: [
    {
      text: text(
        'Không phải cán bộ khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý): họ chỉ thuộc Nghị định 177',
        'Not a Decree 177 Art 2 cl. 5 cadre (managed by the Politburo / Secretariat): those come under Decree 177 only',
      ),
      citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
      refusal: 'decree-177-clause-5',
    },
    ...commonConditions,
    {
      text: text('Thuộc khoản 4 Điều 2 (group decree-177-cadre)', 'Covered by Art 2 cl. 4 (group decree-177-cadre)'),
      citation: cite(DOC.nd178, '7b'),
      refusal: 'group-not-covered',
    },
    {
      text: text('Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)', 'Under the amended Decree 178 (ruleset amended)'),
      citation: cite(DOC.nd67, '1'),
      refusal: 'not-in-ruleset',
    },
    ...art7bSubGroups,
    notEarly,
    pensionEligible,
    bands,
  ],
  items: [
    {
      code: 'one-off-pension',
      label: oneOffLabel,
      formula: 'S × 1.0 × min(T, 60)',
      when: text('Không có mốc 12 tháng', 'No 12-month window'),
      factors: [nd178Factor('art7bOneOffRate'), nd178Factor('oneOffMaxMonths')],
      citation: cite(DOC.nd178, '7b'),
    },
    ...clause2Items,
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D24', 'D26', 'D28', 'D29', 'N3'],
  options: ['ruleset', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'congressMonthCount', 'armedForcesYearsEarlyCap'],
  examples: [{
    title: text('Cán bộ D3 (examples.md): 30 tháng trước tuổi', 'The D3 cadre (examples.md): 30 months early'),
    input: {
      id: 'D3', gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, leaveDate: '2025-05-01', decree177Clause: 1, congressDate: '2025-06-01',
    },
    facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'windowApplies', 'insuranceRegime', 'insuredYears'],
  }],
  applies: (ctx) => ctx.case.route !== 'resignation' && ctx.case.group === 'decree-177-cadre',
  evaluate: (ctx) => evaluateArt7bForDecree177(ctx),
};
