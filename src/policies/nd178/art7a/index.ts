import { compareDates, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC } from '../../../core/citation.js';
import type { Decimal } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import { keyDates } from '../../../parameters/key-dates.js';
import type { CaseContext } from '../../../model/context.js';
import type { Refusal } from '../../../model/types.js';
import { twelveMonthWindow } from '../../../rules/window.js';
import { computeEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../common/early-retirement.js';
import { countedMonths, oneOffItem } from '../common/one-off-pension.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { decree178BestExclusion } from '../../nd154/common/regime.js';
import { commonChecks, earlyRetirementChecks } from '../common/conditions.js';

export const art7aTitle = msg('nd178.art7a.title');

export function notInOriginalRuleset(article: string): Refusal {
  return {
    code: 'not-in-ruleset',
    message: msg('nd178.art7a.refusal.not-in-ruleset', { article }),
    citation: cite(DOC.nd67, '1'),
  };
}

/** The checks of Art 7a after the common ones, in the order the declaration lists them. */
function groupCovered(ctx: CaseContext): Refusal | null {
  if (ctx.case.group === 'not-directly-affected') return null;
  return {
    code: 'group-not-covered',
    message: msg('nd178.art7a.refusal.group-not-covered'),
    citation: cite(DOC.nd178, '7a'),
  };
}

function inRuleset(ctx: CaseContext): Refusal | null {
  return ctx.params.provisions.nd178Art7a.value ? null : notInOriginalRuleset('7a');
}

function nd67InForce(ctx: CaseContext): Refusal | null {
  if (compareDates(ctx.case.leaveDate, parseIsoDate(keyDates.nd67InForce.date)!) >= 0) return null;
  return {
    code: 'before-in-force',
    message: msg('nd178.art7a.refusal.before-in-force', { date: keyDates.nd67InForce.date }),
    citation: keyDates.nd67InForce.citation,
  };
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
    message: msg('nd178.art7a.refusal.group-not-covered-2', { limit, monthsToAge }),
    citation: factor.citation,
  };
}

/** Art 7a: 1.0 × S × T within 12 months from 15 Mar 2025, half that from the 13th month. */
function oneOff(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  const w = twelveMonthWindow(parseIsoDate(keyDates.nd67InForce.date)!, ctx.case.leaveDate, ctx.options.windowAnniversary);
  const clause = w.window === 'first-12-months' ? '1' : '2';
  return { item: oneOffItem(ctx, S, ctx.params.factors.art7aOneOffRate, countedMonths(band.monthsEarly, ctx.params), w.window, cite(DOC.nd178, '7a', clause)), window: w };
}

const spec: EarlyRetirementSpec = { policy: 'nd178/art7a', title: art7aTitle, oneOff };

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
  checks: [
    ...commonChecks,
    { refusal: 'group-not-covered', check: groupCovered },
    { refusal: 'not-in-ruleset', check: inRuleset },
    { refusal: 'group-not-covered', check: groupLimit },
    { refusal: 'before-in-force', check: nd67InForce },
    ...earlyRetirementChecks,
  ],
  applies: (ctx) => ctx.case.route !== 'resignation' && ctx.case.group === 'not-directly-affected',
  compute: (ctx, facts) => computeEarlyRetirement(ctx, facts, spec),
  bestExclusion: decree178BestExclusion,
};
