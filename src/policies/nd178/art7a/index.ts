import { compareDates, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC } from '../../../core/citation.js';
import type { Decimal } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { keyDates } from '../../../parameters/key-dates.js';
import type { CaseContext } from '../../../model/context.js';
import type { Outcome, Refusal } from '../../../model/types.js';
import { twelveMonthWindow } from '../../../rules/window.js';
import { evaluateEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../shared/early-retirement.js';
import { countedMonths, oneOffItem } from '../shared/one-off-pension.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { bands, clause2Items, commonConditions, earlyRetirementFacts, nd178Factor, notEarly, pensionEligible } from '../shared/conditions.js';
import { oneOffLabel } from '../shared/one-off-pension.js';

export const art7aTitle = text(
  'Nghỉ hưu trước tuổi do tinh giản biên chế (Điều 7a Nghị định 178)',
  'Early retirement for streamlining (Decree 178 Art 7a)',
);

export function notInOriginalRuleset(article: string): Refusal {
  return {
    code: 'not-in-ruleset',
    message: text(
      `Điều ${article} do Nghị định 67/2025 bổ sung, không có trong văn bản gốc (ruleset "original")`,
      `Art ${article} was added by Decree 67/2025 and is not in the original text (ruleset "original")`,
    ),
    citation: cite(DOC.nd67, '1'),
  };
}

function refusal(ctx: CaseContext): Refusal | null {
  if (ctx.case.group !== 'not-directly-affected') {
    return {
      code: 'group-not-covered',
      message: text('Điều 7a chỉ áp dụng cho đối tượng khoản 2 Điều 2', 'Art 7a covers only Art 2 cl. 2'),
      citation: cite(DOC.nd178, '7a'),
    };
  }
  if (ctx.options.ruleset === 'original') return notInOriginalRuleset('7a');
  const limit = groupLimit(ctx);
  if (limit) return limit;
  if (compareDates(ctx.case.leaveDate, parseIsoDate(keyDates.nd67InForce.date)!) < 0) {
    return {
      code: 'before-in-force',
      message: text(`Điều 7a áp dụng từ ${keyDates.nd67InForce.date}`, `Art 7a applies from ${keyDates.nd67InForce.date}`),
      citation: keyDates.nd67InForce.citation,
    };
  }
  return null;
}

/**
 * Art 2 cl. 2 admits its whole group (civil staff and armed forces) only with 5 years (60 months) or less to the
 * retirement age (docs/decisions.md D21); Art 7a has no band for 5–10 years. Beyond it, other routes may apply.
 */
function groupLimit(ctx: CaseContext): Refusal | null {
  if (!ctx.pension.ok) return null;
  const monthsToAge = ctx.pension.value.pensionStart - ctx.leaveMonth;
  const factor = ctx.params.factors.streamliningArmedForcesMaxMonths;
  const limit = Number(factor.value);
  if (monthsToAge <= limit) return null;
  return {
    code: 'group-not-covered',
    message: text(
      `Khoản 2 Điều 2 chỉ gồm người còn từ ${limit} tháng (5 năm) trở xuống đến tuổi nghỉ hưu; còn ${monthsToAge} tháng: không thuộc Điều 7a. Có thể xét Điều 9, 10 Nghị định 178 (nếu thuộc khoản 1, 3 Điều 2) hoặc Nghị định 154/2025/NĐ-CP`,
      `Art 2 cl. 2 covers only people with ${limit} months (5 years) or less to their retirement age; ${monthsToAge} months remain, so Art 7a does not apply. Decree 178 Art 9 or 10 (for Art 2 cl. 1 or 3) or Decree 154/2025/NĐ-CP may apply`,
    ),
    citation: factor.citation,
  };
}

/** Art 7a: 1.0 × S × T within 12 months from 15 Mar 2025, half that from the 13th month. */
function oneOff(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  const w = twelveMonthWindow(parseIsoDate(keyDates.nd67InForce.date)!, ctx.case.leaveDate, ctx.options.windowAnniversary);
  const clause = w.window === 'first-12-months' ? '1' : '2';
  return { item: oneOffItem(S, ctx.params.factors.art7aOneOffRate, countedMonths(band.monthsEarly, ctx.params), w.window, cite(DOC.nd178, '7a', clause), ctx.params), window: w };
}

const spec: EarlyRetirementSpec = { policy: 'nd178/art7a', title: art7aTitle, refusal, oneOff };

export function evaluateArt7a(ctx: CaseContext): Outcome {
  return evaluateEarlyRetirement(ctx, spec);
}

/**
 * Decree 178 Art 7a (added by Decree 67/2025 Art 1 cl. 4): people not directly hit by the restructuring who leave to
 * streamline the staff, with five years or less to go, get the Art 7 package; their first year runs from
 * 15 Mar 2025 rather than from a restructuring decision.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art7a',
  decree: 'nd178',
  article: '7a',
  title: art7aTitle,
  summary: text(
    'Người không chịu tác động trực tiếp nhưng nghỉ để tinh giản (khoản 2 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, với mức một lần 1,0 tính trong 12 tháng kể từ 15/3/2025 và một nửa sau đó.',
    'People not directly affected who leave for streamlining (Art 2 cl. 2, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 within 12 months from 15 Mar 2025 and half after.',
  ),
  conditions: [
    ...commonConditions,
    {
      text: text('Thuộc khoản 2 Điều 2 (group not-directly-affected)', 'Covered by Art 2 cl. 2 (group not-directly-affected)'),
      citation: cite(DOC.nd178, '7a'),
      refusal: 'group-not-covered',
    },
    {
      text: text('Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)', 'Under the amended Decree 178 (ruleset amended)'),
      citation: cite(DOC.nd67, '1'),
      refusal: 'not-in-ruleset',
    },
    {
      text: text(
        'Còn từ 60 tháng (5 năm) trở xuống đến tuổi nghỉ hưu — cả nhóm khoản 2 Điều 2, công chức, viên chức như lực lượng vũ trang; nếu không, có thể xét Điều 9, 10 hoặc Nghị định 154/2025',
        '60 months (5 years) or less to the retirement age — the whole Art 2 cl. 2 group, civil staff and armed forces alike; otherwise Art 9, 10 or Decree 154/2025 may apply',
      ),
      citation: cite(DOC.nd178, '2', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP; Conclusion 75-TB/TW' }),
      refusal: 'group-not-covered',
      factors: [nd178Factor('streamliningArmedForcesMaxMonths')],
    },
    {
      text: text('Ngày nghỉ từ 15/3/2025 (Nghị định 67/2025 có hiệu lực)', 'The leave date is on or after 15 Mar 2025 (Decree 67/2025 in force)'),
      citation: keyDates.nd67InForce.citation,
      refusal: 'before-in-force',
    },
    notEarly,
    pensionEligible,
    bands,
  ],
  items: [
    {
      code: 'one-off-pension',
      label: oneOffLabel,
      formula: 'S × 1.0 × min(T, 60), × 0.5 from the 13th month after 15 Mar 2025',
      factors: [nd178Factor('art7aOneOffRate'), nd178Factor('oneOffMaxMonths'), nd178Factor('fromThirteenthMonthShare')],
      citation: cite(DOC.nd178, '7a', '1'),
    },
    ...clause2Items,
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D1', 'D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D21', 'D24', 'D28', 'D29'],
  options: ['ruleset', 'windowAnniversary', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'armedForcesYearsEarlyCap'],
  examples: [{
    title: text('Công chức tinh giản, nghỉ 01/3/2026 (trong 12 tháng đầu)', 'A civil servant leaving for streamlining on 1 Mar 2026 (first 12 months)'),
    input: {
      id: '7a-2026-03', gender: 'male', birthDate: '1967-06-21', staffType: 'civil-servant', group: 'not-directly-affected',
      salary: { coefficient: 6.2, publicServicePercent: 25 }, insuredMonths: 360, leaveDate: '2026-03-01',
    },
    facts: earlyRetirementFacts,
  }],
  applies: (ctx) => ctx.case.route !== 'resignation' && ctx.case.group === 'not-directly-affected',
  evaluate: (ctx) => evaluateArt7a(ctx),
};
