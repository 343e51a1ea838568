import { formatDate } from '../../../core/calendar.js';
import { cite, DOC } from '../../../core/citation.js';
import { monthsFromCongress } from '../../nd177/common/eligibility.js';
import type { Decimal } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { Facts, Refusal } from '../../../model/types.js';
import { computeEarlyRetirement, type Band, type EarlyRetirementSpec, type OneOff } from '../common/early-retirement.js';
import { notInOriginalRuleset } from '../art7a/index.js';
import { countedMonths, oneOffItem } from '../common/one-off-pension.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { decree178BestExclusion } from '../../nd154/common/regime.js';
import { commonChecks, earlyRetirementChecks } from '../common/conditions.js';

export const art7bTitle = msg('nd178.art7b.title');

/** The checks of Art 7b, in the order the declaration lists them (the common ones between the first and `groupCovered`). */
function notClause5(ctx: CaseContext, facts: Facts): Refusal | null {
  if (ctx.case.decree177?.clause !== 5) return null;
  facts.decree177Clause = 5;
  return {
    code: 'decree-177-clause-5',
    message: msg('nd178.art7b.refusal.decree-177-clause-5'),
    citation: cl4,
  };
}

function groupCovered(ctx: CaseContext): Refusal | null {
  if (ctx.case.group === 'decree-177-cadre') return null;
  return {
    code: 'group-not-covered',
    message: msg('nd178.art7b.refusal.group-not-covered'),
    citation: cite(DOC.nd178, '7b'),
  };
}

function inRuleset(ctx: CaseContext): Refusal | null {
  return ctx.params.provisions.nd178Art7b.value ? null : notInOriginalRuleset('7b');
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
function clauseGiven(ctx: CaseContext): Refusal | null {
  if (ctx.case.decree177) return null;
  return {
    code: 'decree-177-clause-missing',
    message: msg('nd178.art7b.refusal.decree-177-clause-missing'),
    citation: cl4,
  };
}

function withinClause4Range(ctx: CaseContext): Refusal | null {
  const d = ctx.case.decree177!;
  // Cl. 5 cadres are refused before this (notClause5).
  if (d.clause !== 4) return null;
  // The validator requires congressDate with clauses 1–4 (src/schema/validate.ts), and the common checks have
  // already refused a case whose retirement age is unknown.
  if (!ctx.pension.ok) return null;
  const f = ctx.params.nd177Factors;
  const [min, max] = [Number(f.clause4MinMonths.value), Number(f.clause4MaxMonths.value)];
  const months = monthsFromCongress(d.congressDate!, ctx.pension.value.pensionStart, ctx.options.congressMonthCount);
  if (months >= min && months <= max) return null;
  return {
    code: 'outside-clause-4-range',
    message: msg('nd178.art7b.refusal.outside-clause-4-range', { min, max, date: formatDate(d.congressDate!), months }),
    citation: f.clause4MinMonths.citation,
  };
}

/** Art 7b: 1.0 × S × T, with no 12-month window. */
function oneOff(ctx: CaseContext, band: Band, S: Decimal): OneOff {
  return {
    item: oneOffItem(ctx, S, ctx.params.factors.art7bOneOffRate, countedMonths(band.monthsEarly, ctx.params), null, ctx.params.factors.art7bOneOffRate.citation),
    window: null,
    facts: { windowApplies: false },
  };
}

const spec: EarlyRetirementSpec = { policy: 'nd178/art7b', title: art7bTitle, oneOff };

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
  checks: [
    { refusal: 'decree-177-clause-5', check: notClause5 },
    ...commonChecks,
    { refusal: 'group-not-covered', check: groupCovered },
    { refusal: 'not-in-ruleset', check: inRuleset },
    { refusal: 'decree-177-clause-missing', check: clauseGiven },
    { refusal: 'outside-clause-4-range', check: withinClause4Range },
    ...earlyRetirementChecks,
  ],
  applies: (ctx) => ctx.case.route !== 'resignation' && ctx.case.group === 'decree-177-cadre',
  compute: (ctx, facts) => computeEarlyRetirement(ctx, facts, spec),
  bestExclusion: decree178BestExclusion,
};
