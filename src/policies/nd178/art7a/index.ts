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
  if (!ctx.params.provisions.nd178Art7a.value) return notInOriginalRuleset('7a');
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
