import { isArmedForces } from '../../../schema/enums.js';
import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { once, type CaseContext } from '../../../model/context.js';
import type { Outcome, Refusal } from '../../../model/types.js';
import { twelveMonthWindow } from '../../../rules/window.js';
import { evaluateEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../shared/early-retirement.js';
import { leaveBeforeRestructuring, leaveBeforeRestructuringFacts } from '../shared/eligibility.js';
import { countedMonths, oneOffItem, u2Citation } from '../shared/one-off-pension.js';
import type { Decimal } from '../../../core/money.js';

export const art7Title = text('Nghỉ hưu trước tuổi (Điều 7 Nghị định 178)', 'Early retirement (Decree 178 Art 7)');

function groupRefusal(ctx: CaseContext): Refusal | null {
  const g = ctx.case.group;
  if (g === 'directly-affected' || g === 'association') return leaveBeforeRestructuring(ctx);
  return {
    code: 'group-not-covered',
    message: text(`Điều 7 áp dụng cho đối tượng khoản 1, 3 Điều 2; nhóm ${g} theo điều khác`, `Art 7 covers Art 2 cl. 1 and 3; group ${g} falls under another article`),
    citation: cite(DOC.nd178, '7', '1'),
  };
}

const oneOffCitation = { a: cite(DOC.nd178, '7', '1', 'a'), b: cite(DOC.nd178, '7', '1', 'b') } as const;

/**
 * Art 7 cl. 1: the one-off pension counts from the restructuring decision. Bands A and C pay
 * 1.0 × S × T, band B 0.9 × S × 60, each halved from the 13th month. Band U2 is paid as in the first
 * 12 months whatever the date (Circular 01/2025 Art 4 cl. 3), except for the armed forces by default [M].
 */
function art7OneOff(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  const before = leaveBeforeRestructuringFacts(ctx);
  const oneOff = art7OneOffInWindow(ctx, band, S);
  return before ? { ...oneOff, facts: { ...oneOff.facts, ...before } } : oneOff;
}

/** A leave before the decision falls before the window's anniversary, so it is always in the first 12 months (D11). */
function art7OneOffInWindow(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  const w = twelveMonthWindow(ctx.case.restructuringDate!, ctx.case.leaveDate, ctx.options.windowAnniversary);
  const point = w.window === 'first-12-months' ? 'a' : 'b';
  if (band.band === 'B') {
    return { item: oneOffItem(S, ctx.params.factors.oneOffRateFar, Number(ctx.params.factors.oneOffMonthsFar.value), w.window, oneOffCitation[point], ctx.params), window: w };
  }
  if (band.band === 'U2') {
    const armed = isArmedForces(ctx.case.staffType);
    const windowed = armed && ctx.options.u2WindowForArmedForces;
    const citation = windowed ? cite(DOC.tt19, undefined, undefined, undefined, { note: 'window applied to the under-2-years one-off', verified: false }) : u2Citation;
    return {
      item: oneOffItem(S, ctx.params.factors.oneOffRateNear, countedMonths(band.monthsEarly, ctx.params), windowed ? w.window : null, citation, ctx.params),
      window: w,
      facts: { u2WindowApplied: windowed },
    };
  }
  return { item: oneOffItem(S, ctx.params.factors.oneOffRateNear, countedMonths(band.monthsEarly, ctx.params), w.window, oneOffCitation[point], ctx.params), window: w };
}

export function evaluateArt7(ctx: CaseContext): Outcome {
  return once(ctx, 'nd178/art7', evaluateOnce);
}

const art7Spec: EarlyRetirementSpec = { policy: 'nd178/art7', title: art7Title, refusal: groupRefusal, oneOff: art7OneOff };

function evaluateOnce(ctx: CaseContext): Outcome {
  return evaluateEarlyRetirement(ctx, art7Spec);
}
