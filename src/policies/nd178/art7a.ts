import { compareDates, parseIsoDate } from '../../core/calendar.js';
import { cite, DOC } from '../../core/citation.js';
import type { Decimal } from '../../core/money.js';
import { text } from '../../i18n/text.js';
import { isArmedForces } from '../../schema/enums.js';
import { keyDates } from '../../parameters/key-dates.js';
import type { CaseContext } from '../../assessment/context.js';
import type { Outcome, Refusal } from '../../assessment/types.js';
import { twelveMonthWindow } from '../../rules/window.js';
import { evaluateEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from './early-retirement.js';
import { countedMonths, oneOffItem } from './one-off-pension.js';

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
  const armedLimit = armedForcesLimit(ctx);
  if (armedLimit) return armedLimit;
  if (compareDates(ctx.case.leaveDate, parseIsoDate(keyDates.nd67InForce.date)!) < 0) {
    return {
      code: 'before-in-force',
      message: text(`Điều 7a áp dụng từ ${keyDates.nd67InForce.date}`, `Art 7a applies from ${keyDates.nd67InForce.date}`),
      citation: keyDates.nd67InForce.citation,
    };
  }
  return null;
}

/** Art 2 cl. 2 admits the armed forces only with 5 years (60 months) or less to their retirement age. */
function armedForcesLimit(ctx: CaseContext): Refusal | null {
  if (!isArmedForces(ctx.case.staffType) || !ctx.pension.ok) return null;
  const monthsToAge = ctx.pension.value.pensionStart - ctx.leaveMonth;
  const limit = Number(ctx.params.factors.streamliningArmedForcesMaxMonths.value);
  if (monthsToAge <= limit) return null;
  return {
    code: 'group-not-covered',
    message: text(
      `Lực lượng vũ trang chỉ thuộc khoản 2 Điều 2 khi còn từ 60 tháng trở xuống đến tuổi nghỉ hưu; còn ${monthsToAge} tháng`,
      `The armed forces fall under Art 2 cl. 2 only with 60 months or less to their retirement age; ${monthsToAge} months remain`,
    ),
    citation: ctx.params.factors.streamliningArmedForcesMaxMonths.citation,
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
