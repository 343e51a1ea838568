import { formatMonth } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { cite, DOC } from '../../../core/citation.js';
import { dec, formatFactor, formatNumber } from '../../../core/money.js';
import { type Text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';
import type { StaffType } from '../../../schema/enums.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome, salaryMultipleItem, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import type { Factors } from '../../../model/outcome.js';
import { monthsToAllowanceYears } from '../../../core/service-time.js';
import { addWindowFacts, twelveMonthWindow } from '../../../rules/window.js';
import { citeRead } from '../../../parameters/series.js';
import { leaveBeforeRestructuringFacts } from './eligibility.js';

export type ResignationArticle = '9' | '10';

/**
 * Art 9 covers cadres and civil servants (Art 2 cl. 1 a, b), Art 10 public employees and contract workers
 * (cl. 1 a, c). Defence workers and officials follow Art 10; officers and professional soldiers the Art 9
 * set [M]; police and cipher staff are read like officers [L] (docs/decisions.md).
 */
const article10Types: ReadonlySet<StaffType> = new Set(['public-employee', 'contract-worker', 'defence-worker', 'defence-official']);

export function resignationArticle(staffType: StaffType): ResignationArticle {
  return article10Types.has(staffType) ? '10' : '9';
}

export const resignationTitles: Record<ResignationArticle, Text> = {
  '9': msg('nd178.art9.title'),
  '10': msg('nd178.art10.title'),
};

/** The citations of each article, built once (every case cites them). */
function citationsOf(article: ResignationArticle) {
  return {
    article: cite(DOC.nd178, article),
    severanceFirst12: cite(DOC.nd178, article, '1', 'a'),
    severanceFrom13: cite(DOC.nd178, article, '1', 'b'),
    insuredYears: cite(DOC.nd178, article, '2'),
  };
}
const citations = { '9': citationsOf('9'), '10': citationsOf('10') } as const;
const jobSearchCitation = cite(DOC.nd178, '9', '4');

/** S × rate × M: the severance's factors. */
function severanceFactors(rate: string, M: number): Factors {
  return { multiplier: dec(rate).times(M), text: `${formatFactor(rate)} × ${M}` };
}

/** S × perYear × N, N the allowance years of the insured months. */
function insuredYearsFactors(perYear: string, insuredMonths: number): Factors {
  const years = monthsToAllowanceYears(insuredMonths);
  return { multiplier: dec(perYear).times(years), text: `${formatFactor(perYear)} × ${formatNumber(years)}` };
}

/** Labels shared by every case (texts are immutable). */
export const severanceLabel = msg('nd178.resignation.severance-label');
export const insuredYearsLabel = msg('nd178.resignation.insured-years-label');
export const jobSearchLabel = msg('nd178.resignation.job-search-label');
const insuranceKeptLabel = msg('nd178.resignation.insurance-kept-label');
const unemploymentLabel = msg('nd178.resignation.unemployment-label');

/** The rights of the article: the same for every case, so frozen and shared. */
const flagsByArticle: Record<ResignationArticle, readonly Flag[]> = { '9': deepFreeze(flagsOf('9')), '10': deepFreeze(flagsOf('10')) };

function flagsOf(article: ResignationArticle): Flag[] {
  const out: Flag[] = [{
    code: 'insurance-kept-or-one-off',
    label: insuranceKeptLabel,
    citation: cite(DOC.nd178, article, '3'),
  }];
  if (article === '10') {
    out.push({
      code: 'unemployment-insurance',
      label: unemploymentLabel,
      citation: cite(DOC.nd178, '10', '4'),
    });
  }
  return out;
}

/** The months to the retirement age the resignation articles count, and the table they came from. */
function monthsToAge(ctx: CaseContext) {
  // "2 years or more to the retirement age": Annex I by default; Annex II when qualified, by option [L].
  const useAnnexII = ctx.options.resignationAge === 'lowest-applicable' && ctx.annexII?.ok;
  const pensionStart = useAnnexII && ctx.annexII?.ok ? ctx.annexII.value.pensionStart : ctx.pension.ok ? ctx.pension.value.pensionStart : 0;
  const table = useAnnexII ? 'annex-II' : ctx.pension.ok ? ctx.pension.value.source : 'annex-I';
  return { pensionStart, months: pensionStart - ctx.leaveMonth, table };
}

/**
 * The checks of Art 9 and 10 that are their own, in the order resignation-declaration.ts lists them with the
 * common ones (the group first, then the common checks and the leave before the decision, then these).
 */
export const resignationChecks = {
  groupCovered: (article: ResignationArticle) => (ctx: CaseContext): Refusal | null => {
    const group = ctx.case.group;
    if (group === 'directly-affected' || group === 'association') return null;
    return {
      code: 'group-not-covered',
      message: msg('nd178.resignation.refusal.group-not-covered', { article, group }),
      citation: citations[article].article,
    };
  },
  /** Adds the months to the retirement age and their table to the facts. */
  beforeRetirementAge: (article: ResignationArticle) => (ctx: CaseContext, facts: Facts): Refusal | null => {
    const m = monthsToAge(ctx);
    facts.monthsToRetirementAge = m.months;
    facts.resignationAgeTable = m.table;
    if (m.months > 0) return null;
    const [leave, start] = [formatMonth(ctx.leaveMonth), formatMonth(m.pensionStart)];
    return {
      code: 'at-retirement-age',
      message: msg('nd178.resignation.refusal.at-retirement-age', { leave, start }),
      citation: citations[article].article,
    };
  },
  twoYearsOrMore: (article: ResignationArticle) => (ctx: CaseContext): Refusal | null => {
    const m = monthsToAge(ctx);
    if (m.months >= Number(ctx.params.factors.resignationMinMonths.value)) return null;
    return {
      code: 'under-24-months',
      message: msg('nd178.resignation.refusal.under-24-months', { monthsToAge: m.months, start: formatMonth(m.pensionStart) }),
      citation: citations[article].article,
    };
  },
  notEarlyRetirement: (article: ResignationArticle) => (ctx: CaseContext): Refusal | null => {
    if (!ctx.outcomeOf('nd178/art7', ctx).eligible) return null;
    return {
      code: 'eligible-for-early-retirement',
      message: msg('nd178.resignation.refusal.eligible-for-early-retirement'),
      citation: citations[article].article,
    };
  },
};

/** The items of Art 9 or 10, once every declared condition held. */
export function computeResignation(ctx: CaseContext, facts: Facts, article: ResignationArticle): Outcome {
  const policy = `nd178/art${article}`;
  const title = resignationTitles[article];
  const c = ctx.case;
  const S = ctx.salary.ok ? ctx.salary.value.amount : dec(0);
  const w = twelveMonthWindow(c.restructuringDate!, c.leaveDate, ctx.options.windowAnniversary);
  addWindowFacts(facts, w);
  const before = leaveBeforeRestructuringFacts(ctx);
  if (before) Object.assign(facts, before);
  const first = w.window === 'first-12-months';
  const rate = first ? ctx.params.factors.severanceRateFirst12 : ctx.params.factors.severanceRateFrom13;
  const M = ctx.severanceMonths;
  const severance = ctx.derive(severanceFactors, rate.value, M);
  const insured = ctx.derive(insuredYearsFactors, ctx.params.factors.perInsuredYearResign.value, c.insuredMonths);
  const items: MoneyItem[] = [
    salaryMultipleItem({
      code: 'severance',
      label: severanceLabel,
      salary: S,
      multiplier: severance.multiplier,
      factorsText: severance.text,
      citation: citeRead(rate, first ? citations[article].severanceFirst12 : citations[article].severanceFrom13),
    }),
    salaryMultipleItem({
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      salary: S,
      multiplier: insured.multiplier,
      factorsText: insured.text,
      citation: citations[article].insuredYears,
    }),
  ];
  if (article === '9') {
    const months = ctx.params.factors.jobSearchMonths.value;
    items.push(salaryMultipleItem({
      code: 'job-search-allowance',
      label: jobSearchLabel,
      salary: S,
      multiplier: dec(months),
      factorsText: formatFactor(months),
      citation: jobSearchCitation,
    }));
  }
  return eligibleOutcome(policy, title, facts, items, flagsByArticle[article]);
}
