import { isArmedForces } from '../../../schema/enums.js';
import { cite, DOC } from '../../../core/citation.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { Refusal } from '../../../model/types.js';
import { twelveMonthWindow } from '../../../rules/window.js';
import { computeEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../common/early-retirement.js';
import { leaveBeforeRestructuringFacts } from '../common/eligibility.js';
import { countedMonths, oneOffItem, u2Citation } from '../common/one-off-pension.js';
import type { Decimal } from '../../../core/money.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { decree178BestExclusion } from '../../nd154/common/regime.js';
import { commonChecks, beforeDecisionChecks, earlyRetirementChecks } from '../common/conditions.js';

export const art7Title = msg('nd178.art7.title');

function groupCovered(ctx: CaseContext): Refusal | null {
  const g = ctx.case.group;
  if (g === 'directly-affected' || g === 'association') return null;
  return {
    code: 'group-not-covered',
    message: msg('nd178.art7.refusal.group-not-covered', { group: g }),
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
    return { item: oneOffItem(ctx, S, ctx.params.factors.oneOffRateFar, Number(ctx.params.factors.oneOffMonthsFar.value), w.window, oneOffCitation[point]), window: w };
  }
  if (band.band === 'U2') {
    const armed = isArmedForces(ctx.case.staffType);
    const windowed = armed && ctx.options.u2WindowForArmedForces;
    const citation = windowed ? cite(DOC.tt19, undefined, undefined, undefined, { note: 'window applied to the under-2-years one-off', verified: false }) : u2Citation;
    return {
      item: oneOffItem(ctx, S, ctx.params.factors.oneOffRateNear, countedMonths(band.monthsEarly, ctx.params), windowed ? w.window : null, citation),
      window: w,
      facts: { u2WindowApplied: windowed },
    };
  }
  return { item: oneOffItem(ctx, S, ctx.params.factors.oneOffRateNear, countedMonths(band.monthsEarly, ctx.params), w.window, oneOffCitation[point]), window: w };
}

const art7Spec: EarlyRetirementSpec = { policy: 'nd178/art7', title: art7Title, oneOff: art7OneOff };

/**
 * Decree 178 Art 7 (as amended by Decree 67/2025 Art 1 cl. 3): staff of Art 2 cl. 1 and 3 who leave early because of the
 * restructuring get a one-off pension for the months before their pension age (a smaller rate past five years
 * early, halved after the first year from the restructuring decision), plus a sum per year early and a sum for
 * their insured years. Who is covered, the bands and the insured-years rule are its checks below (their text:
 * ./rule-book.ts).
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art7',
  decree: 'nd178',
  article: '7',
  title: art7Title,
  checks: [
    ...commonChecks,
    { refusal: 'group-not-covered', check: groupCovered },
    ...beforeDecisionChecks,
    ...earlyRetirementChecks,
  ],
  applies: (ctx) => ctx.case.route !== 'resignation' && (ctx.case.group === 'directly-affected' || ctx.case.group === 'association'),
  compute: (ctx, facts) => computeEarlyRetirement(ctx, facts, art7Spec),
  bestExclusion: decree178BestExclusion,
};
