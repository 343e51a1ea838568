import { compareDates, formatDate, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC, formatCitation } from '../../../core/citation.js';
import { dec, formatFactor } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import { valueAt } from '../../../parameters/dated.js';
import { baseSalaryHorizonCitation, beyondKnownBaseSalary, formatKnownThrough } from '../../../parameters/base-salary.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, salaryMultipleItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { salaryCitation } from '../../../rules/salary.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';

export const art12Title = msg('nd178.art12.title');

const POLICY = 'nd178/art12';
const art12 = (clause?: string) => cite(DOC.nd178, '12', clause);

/** The checks of Art 12, in the order the declaration lists them (the engine runs them before `computeArt12`). */
function beforeInForce(ctx: CaseContext): Refusal | null {
  const s = ctx.case.secondment!;
  const inForce = keyDates.nd178InForce;
  if (compareDates(s.date, parseIsoDate(inForce.date)!) >= 0) return null;
  return {
    code: 'before-in-force',
    message: msg('nd178.art12.refusal.before-in-force', { date: formatDate(s.date), inForceDate: inForce.date }),
    citation: inForce.citation,
  };
}

function difficultArea(ctx: CaseContext): Refusal | null {
  if (!ctx.case.secondment!.difficultArea) return null;
  return { code: 'decree-76-2019-applies', message: msg('nd178.art12.refusal.decree-76-2019-applies'), citation: art12() };
}

function baseSalaryTabled(ctx: CaseContext): Refusal | null {
  const s = ctx.case.secondment!;
  if (valueAt(ctx.params.baseSalary, s.date)) return null;
  return { code: 'base-salary-out-of-table', message: msg('nd178.art12.refusal.base-salary-out-of-table', { date: formatDate(s.date) }), citation: salaryCitation };
}

/** The horizon every reader of the table uses (docs/decisions.md D24). */
function baseSalaryKnown(ctx: CaseContext): Refusal | null {
  const s = ctx.case.secondment!;
  if (!beyondKnownBaseSalary(ctx.params.baseSalary, s.date)) return null;
  const through = formatKnownThrough(ctx.params.baseSalary);
  return {
    code: 'base-salary-unknown',
    message: msg('nd178.art12.refusal.base-salary-unknown', { date: formatDate(s.date), through }),
    citation: baseSalaryHorizonCitation,
  };
}

/**
 * Art 12: a one-off allowance of 10 months (commune level, cl. 1) [H] or 3 months (central body to the provincial
 * level, cl. 2) [M] of the base salary in force on the day the person takes up the post. In especially difficult
 * areas Decree 76/2019/NĐ-CP applies instead. The amounts' citations (src/parameters/nd178-staying-factors.ts)
 * say how far each is confirmed; `facts.secondmentAmountVerified` repeats it.
 */
function art12Facts(ctx: CaseContext): Facts {
  const s = ctx.case.secondment!;
  return Object.assign(copyFacts(ctx), { grassrootsSecondment: s.level, secondmentDate: formatDate(s.date) });
}

function computeArt12(ctx: CaseContext, facts: Facts): Outcome {
  const s = ctx.case.secondment!;
  const row = valueAt(ctx.params.baseSalary, s.date)!;
  const factor = s.level === 'commune' ? ctx.params.stayingFactors.art12CommuneMonths : ctx.params.stayingFactors.art12ProvincialMonths;
  const item = salaryMultipleItem({
    code: 'secondment-allowance',
    label: s.level === 'commune'
      ? msg('nd178.art12.label.secondment-allowance.a')
      : msg('nd178.art12.label.secondment-allowance.b'),
    salary: dec(row.value),
    multiplier: dec(factor.value),
    factorsText: formatFactor(factor.value),
    citation: factor.citation,
  });
  Object.assign(facts, {
    secondmentMonths: Number(factor.value),
    secondmentBaseSalary: row.value,
    secondmentBaseSalarySource: formatCitation(row.citation),
    secondmentAmountVerified: factor.citation.verified !== false,
  });
  const flags: Flag[] = [
    {
      code: 'former-pay-kept',
      label: msg('nd178.art12.flag.former-pay-kept'),
      citation: art12(),
    },
    {
      code: 'return-post-and-step',
      label: msg('nd178.art12.flag.return-post-and-step'),
      citation: art12(),
    },
  ];
  return { ...eligibleOutcome(POLICY, art12Title, facts, [item], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 12: staff sent to work at the grassroots receive a one-off sum of several months of the base salary
 * (more for the commune level than for a move from a central body to a province), unless Decree 76/2019 covers
 * the place; their old pay is kept and they return to a post no lower.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art12',
  decree: 'nd178',
  article: '12',
  title: art12Title,
  checks: [
    { refusal: 'before-in-force', check: beforeInForce },
    { refusal: 'decree-76-2019-applies', check: difficultArea },
    { refusal: 'base-salary-out-of-table', check: baseSalaryTabled },
    { refusal: 'base-salary-unknown', check: baseSalaryKnown },
  ],
  applies: (ctx) => ctx.case.secondment !== undefined,
  startFacts: art12Facts,
  compute: computeArt12,
  excludedFromBest: notALeavingPackage,
};
