import { safeAssess } from '../engine/assess.js';
import type { Assessment, Outcome } from '../model/types.js';
import { compareDates, daysInMonth, formatDate, formatMonth, fromMonthIndex, monthIndex, parseIsoDate, parsePartialDate, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, formatCitation, type Citation } from '../core/citation.js';
import { toExactString } from '../core/money.js';
import { text, type Text } from '../i18n/text.js';
import { defaultParameters } from '../parameters/parameter-set.js';
import { annexPensionStart } from '../rules/retirement-age.js';
import { composeSalary, currentMonthlySalary } from '../rules/salary.js';
import { fieldExpectations } from '../schema/field-expectations.js';
import { salaryComponentsSchema } from '../schema/staff-case.js';
import { toSalaryComponents } from '../schema/validate.js';
import { safeSchedule179 } from '../engine/nd179/schedule.js';
import { nd154Dates } from '../parameters/nd154.js';
import { fail, joinTexts, type CellFailure } from './errors.js';
import type { FunctionName } from './metadata.js';
import { msg } from '../locales/sheets.js';

/**
 * The functions themselves: engine values in (already read from the cells by `args.ts`), a result out.
 * Each one calls the engine (`safeAssess`, or the rule the engine itself uses for a single quantity) and
 * never re-states a rule.
 */

/** An amount (integer or exact decimal string, converted to a number only at the edge). */
export interface AmountCell {
  readonly amount: string;
}
export type TableCell = string | AmountCell;

export type Computed =
  | { readonly kind: 'amount'; readonly value: string }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'date'; readonly value: CalendarDate }
  | { readonly kind: 'table'; readonly rows: readonly (readonly TableCell[])[] }
  | CellFailure;

export type Args = Readonly<Record<string, unknown>>;
export type Lang = 'vi' | 'en';

const refusalFailure = (message: Text, citation: Citation): CellFailure =>
  fail('na', msg('sheets.failure.refusal', { message, citation: formatCitation(citation) }));

// ---------------------------------------------------------------------------------------------------
// Retirement age (Decree 135/2020 Annex I/II), through the engine's own rule.

function pensionStart(args: Args): { ok: true; month: number; birth: CalendarDate } | { ok: false; failure: CellFailure } {
  const birth = parsePartialDate(args.birthDate as string)!.date;
  const r = annexPensionStart(args.gender as 'male' | 'female', birth, (args.annex as 'I' | 'II' | undefined) ?? 'I', defaultParameters);
  return r.ok ? { ok: true, month: r.value.pensionStart, birth } : { ok: false, failure: refusalFailure(r.refusal.message, r.refusal.citation) };
}

function retirementDate(args: Args): Computed {
  const p = pensionStart(args);
  if (!p.ok) return p.failure;
  return { kind: 'date', value: { ...fromMonthIndex(p.month), day: 1 } };
}

function monthsEarly(args: Args): Computed {
  const p = pensionStart(args);
  if (!p.ok) return p.failure;
  const leave = parseIsoDate(args.leaveDate as string)!;
  if (compareDates(p.birth, leave) >= 0) {
    return fail('value', msg('sheets.failure.leave-after-birth'));
  }
  const T = p.month - monthIndex(leave);
  if (T <= 0) {
    return refusalFailure(
      msg('sheets.failure.not-early', { leaveMonth: formatMonth(monthIndex(leave)), pensionMonth: formatMonth(p.month) }),
      cite(DOC.tt01, '3', '3'),
    );
  }
  return { kind: 'count', value: T };
}

// ---------------------------------------------------------------------------------------------------
// Current monthly salary S (common.md §2), through the engine's own composition and base-salary table.

const salaryFields = [
  'coefficient', 'leadershipCoefficient', 'reservedDifferenceCoefficient', 'overFrameSeniorityPercent',
  'professionalSeniorityPercent', 'preferentialPercent', 'professionalResponsibilityPercent',
  'publicServicePercent', 'partyWorkPercent', 'armedForcesPercent', 'baseSalary',
] as const;

function salary(args: Args): Computed {
  const input: Record<string, unknown> = {};
  for (const f of salaryFields) if (args[f] !== undefined) input[f] = args[f];
  const parsed = salaryComponentsSchema.safeParse(input);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))];
    return names.length === 0
      ? fail('value', msg('sheets.failure.invalid-salary-components'))
      : {
          failure: 'value',
          message: joinTexts(
            names.map((n) => msg('sheets.failure.expected', { param: n, expected: fieldExpectations[`salary.${n}`] ?? msg('schema.expects.valid-value'), got: show(input[n]) })),
          ),
        };
  }
  const components = toSalaryComponents(parsed.data);

  if (components.baseSalary) return { kind: 'amount', value: toExactString(composeSalary(components, components.baseSalary).amount) };
  if (args.leaveDate === undefined) {
    return fail(
      'value', msg('sheets.failure.base-salary-or-leave-date'),
    );
  }
  const S = currentMonthlySalary({ kind: 'components', components }, parseIsoDate(args.leaveDate as string)!, defaultParameters);
  if (!S.ok) return refusalFailure(S.refusal.message, S.refusal.citation);
  // A base-salary row not yet checked against the official text is not used silently: ask for it.
  const unverified = S.value.warnings.find((w) => w.code === 'base-salary-unverified');
  if (unverified) {
    return fail('value', msg('sheets.failure.base-salary-unverified', { message: unverified.message }));
  }
  return { kind: 'amount', value: toExactString(S.value.amount) };
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

// ---------------------------------------------------------------------------------------------------
// Whole cases, through `safeAssess`.

const caseFields = [
  'gender', 'birthDate', 'monthlySalary', 'insuredMonths', 'restructuringDate', 'leaveDate', 'group', 'staffType',
  'publicSectorInsuredMonths', 'hazardousMonths', 'hardshipAreaMonths', 'route',
] as const;

/** The staff type the early-retirement function assumes when none is given; civilian types are paid alike there. */
export const DEFAULT_STAFF_TYPE = 'civil-servant';

function assessCase(args: Args, route: 'early-retirement' | 'resignation' | 'auto'): { ok: true; value: Assessment } | { ok: false; failure: CellFailure } {
  const input: Record<string, unknown> = { id: 'sheet', staffType: DEFAULT_STAFF_TYPE, route };
  for (const f of caseFields) if (args[f] !== undefined) input[f] = args[f];
  const r = safeAssess(input);
  if (r.ok) return r;
  const issues = r.error.issues;
  return {
    ok: false,
    failure: { failure: 'value', message: { vi: issues.map((i) => i.messages.vi).join('; '), en: issues.map((i) => i.messages.en).join('; ') } },
  };
}

/**
 * The paid outcome of the route (the engine's `best`), or the refusal of the first outcome evaluated. A Decree
 * 178 package the engine computes but does not pay (`excludedFromBest`: a leave date after 1 Sep 2025, when the
 * 178/67 regime had closed) is #N/A with the engine's reason, pointing to the Decree 154 function.
 */
function routeTotal(args: Args, route: 'early-retirement' | 'resignation'): Computed {
  const a = assessCase(args, route);
  if (!a.ok) return a.failure;
  const best = a.value.outcomes.find((o) => o.policy === a.value.best);
  if (best) return { kind: 'amount', value: best.total };
  const first = a.value.outcomes[0];
  if (first?.refusal) return refusalFailure(first.refusal.message, first.refusal.citation);
  const unpaid = a.value.outcomes.find((o) => o.eligible && o.excludedFromBest);
  if (unpaid?.excludedFromBest) {
    const fn = route === 'early-retirement' ? 'VNSE_154_EARLY_RETIREMENT' : 'VNSE_154_RESIGNATION';
    return fail('na', msg('sheets.failure.not-compared', { reason: unpaid.excludedFromBest, fn }));
  }
  return fail('na', msg('sheets.failure.no-policy-applies'));
}

const headerTexts = [msg('sheets.breakdown.item'), msg('sheets.breakdown.amount'), msg('sheets.breakdown.formula'), msg('sheets.breakdown.citation')];
const headers: Record<Lang, TableCell[]> = {
  vi: headerTexts.map((h) => h.vi),
  en: headerTexts.map((h) => h.en),
};

const words = {
  paid: msg('sheets.breakdown.paid'),
  eligible: msg('sheets.breakdown.eligible'),
  refused: msg('sheets.breakdown.refused'),
  total: msg('sheets.breakdown.total'),
  note: msg('sheets.breakdown.note'),
};

function outcomeRows(o: Outcome, best: string | null, lang: Lang): TableCell[][] {
  const rows: TableCell[][] = [];
  if (!o.eligible) {
    rows.push([o.title[lang], '', `${words.refused[lang]}${o.refusal?.message[lang] ?? ''}`, o.refusal ? formatCitation(o.refusal.citation) : '']);
    return rows;
  }
  rows.push([o.title[lang], '', o.policy === best ? words.paid[lang] : (o.excludedFromBest?.[lang] ?? words.eligible[lang]), '']);
  for (const item of o.items) rows.push([item.label[lang], { amount: item.amount }, item.formula, formatCitation(item.citation)]);
  rows.push([words.total[lang], { amount: o.total }, '', '']);
  for (const flag of o.flags) rows.push([flag.label[lang], '', '', formatCitation(flag.citation)]);
  return rows;
}

/** Header, then per outcome: its title and status, its items, its total, its rights without an amount; then the warnings. */
function breakdown(args: Args, lang: Lang): Computed {
  const a = assessCase(args, (args.route as 'early-retirement' | 'resignation' | 'auto' | undefined) ?? 'auto');
  if (!a.ok) return a.failure;
  const rows: TableCell[][] = [headers[lang]];
  for (const o of a.value.outcomes) rows.push(...outcomeRows(o, a.value.best, lang));
  for (const w of a.value.warnings) rows.push([words.note[lang], '', w.message[lang], w.citation ? formatCitation(w.citation) : '']);
  return { kind: 'table', rows };
}

// ---------------------------------------------------------------------------------------------------
// Decree 179 allowances (docs/decree-179.md), through `safeSchedule179` for the one month asked.

type TalentAllowance = 'talent' | 'graduate' | 'expert';

/**
 * What each allowance of the sheet is in the engine's terms. The function is for a person the competent
 * body has already recognised (G1), recruited (G2) or taken into the service (G3) under Decree 179: that
 * decision states the criteria that are judgements (`criteria.*`), so they are given as met. What the
 * engine derives itself (the G2 age at application, the 5 years, the dates) it still checks.
 */
const talentCases: Record<TalentAllowance, { policy: string; group: string; dateField: string; fields: Record<string, unknown> }> = {
  talent: {
    policy: 'nd179/talent-allowance',
    group: 'talented-staff',
    dateField: 'recognitionDate',
    fields: { criteria: { politicalStandards: true, outstandingContribution: true, sectorCriteria: true, nominated: true, councilApproved: true } },
  },
  graduate: { policy: 'nd179/graduate-allowance', group: 'graduate', dateField: 'recruitmentDate', fields: { criteria: { qualificationMet: true } } },
  expert: {
    policy: 'nd179/expert-allowance',
    group: 'expert',
    dateField: 'recruitmentDate',
    fields: { nationality: 'vietnamese', engagement: 'civil-service', criteria: { qualificationMet: true, withinWorkingAge: true } },
  },
};

/** The engine's field paths that stand for a sheet argument, so a message names the argument the user typed. */
const talentArgumentOf: Readonly<Record<string, string>> = {
  'salaryHistory.0.coefficient': 'coefficient',
  'salaryHistory.0.allowancesCoefficient': 'allowancesCoefficient',
  recognitionDate: 'decisionDate',
  recruitmentDate: 'decisionDate',
};

function renamedMessage(path: string, message: string): string {
  const name = talentArgumentOf[path];
  return name !== undefined && message.startsWith(`${path}:`) ? `${name}${message.slice(path.length)}` : message;
}

/** The engine takes dated base-salary rows; the sheet passes one amount, so the message speaks of that amount. */
function baseSalaryMessage(value: unknown): Text {
  const got = show(value);
  return msg('sheets.failure.base-salary-amount', { got });
}

function refusalsFailure(refusals: readonly { message: Text; citation: Citation }[]): CellFailure {
  return {
    failure: 'na',
    message: {
      vi: refusals.map((r) => `${r.message.vi} (${formatCitation(r.citation)})`).join('; '),
      en: refusals.map((r) => `${r.message.en} (${formatCitation(r.citation)})`).join('; '),
    },
  };
}

/** The allowance owed for one calendar month (prorated by days when the entitlement starts or ends in it). */
function talentAllowanceMonth(args: Args): Computed {
  const kind = talentCases[args.allowance as TalentAllowance];
  const day = parseIsoDate(args.month as string)!;
  const from = { year: day.year, month: day.month, day: 1 };
  const to = { year: day.year, month: day.month, day: daysInMonth(day.year, day.month) };
  const salary: Record<string, unknown> = { from: args.decisionDate, coefficient: args.coefficient };
  if (args.allowancesCoefficient !== undefined) salary.allowancesCoefficient = args.allowancesCoefficient;
  const input: Record<string, unknown> = { id: 'sheet', group: kind.group, [kind.dateField]: args.decisionDate, salaryHistory: [salary], ...kind.fields };
  for (const f of ['stopDate', 'criterionPath', 'birthDate', 'applicationDate'] as const) if (args[f] !== undefined) input[f] = args[f];
  const options = {
    from: formatDate(from),
    to: formatDate(to),
    ...(args.baseSalary !== undefined ? { baseSalary: [{ from: formatDate(from), amount: args.baseSalary as string | number }] } : {}),
  };
  const r = safeSchedule179(input, options);
  if (!r.ok) {
    const messages = r.error.issues.map((i): Text =>
      i.path.startsWith('options.baseSalary') ? baseSalaryMessage(args.baseSalary) : { vi: renamedMessage(i.path, i.messages.vi), en: renamedMessage(i.path, i.messages.en) },
    );
    return { failure: 'value', message: { vi: messages.map((m) => m.vi).join('; '), en: messages.map((m) => m.en).join('; ') } };
  }
  const schedule = r.value.schedules.find((s) => s.policy === kind.policy)!;
  const row = schedule.rows[0];
  if (!row) return refusalsFailure(schedule.refusals.length > 0 ? schedule.refusals : [schedule.refusal!]);
  if (row.refusal) {
    if (row.refusal.code.startsWith('base-salary')) {
      // The engine's advice names its options; the sheet's is the baseSalary argument.
      const { vi, en } = row.refusal.message;
      return fail('value', msg('sheets.failure.base-salary-refused', { reason: text(vi.split('; ')[0]!, en.split('; ')[0]!) }));
    }
    return refusalsFailure([row.refusal]);
  }
  // A base-salary row not yet checked against the official text is not used silently (as in VNSE_SALARY).
  const unverified = r.value.warnings.find((w) => w.code === 'base-salary-unverified');
  if (unverified) {
    return fail('value', msg('sheets.failure.base-salary-unverified', { message: unverified.message }));
  }
  return { kind: 'amount', value: row.amount! };
}

// ---------------------------------------------------------------------------------------------------
// Decree 154/2025 (docs/decree-154.md), through `safeAssess`: a civil servant's streamlining case whose salary S
// is composed from the components the decree counts (Art 5).

const nd154SalaryFields = ['coefficient', 'leadershipCoefficient', 'overFrameSeniorityPercent', 'professionalSeniorityPercent', 'reservedDifferenceCoefficient'] as const;

/** The engine's field paths that stand for a sheet argument of the Decree 154 functions. */
const nd154ArgumentOf: Readonly<Record<string, string>> = {
  ...Object.fromEntries(nd154SalaryFields.map((f) => [`salary.${f}`, f])),
  'vocationalTraining.months': 'trainingMonths',
  vocationalTraining: 'trainingMonths',
};

const renamed154 = (path: string, message: string): string => {
  const name = nd154ArgumentOf[path];
  return name !== undefined && message.startsWith(`${path}:`) ? `${name}${message.slice(path.length)}` : message;
};

/**
 * The total of the Decree 154 outcome of the route (`nd154/early-retirement` or `nd154/resignation`), or its
 * refusal. The case says `decree154Streamlining: true`: the sheet asks what Decree 154 pays, whatever Decree 178
 * would have paid for the same dates (those outcomes are not read here). The Decree 178 group is given as
 * `not-directly-affected` only so that the validator does not ask for a Decree 178 restructuring date, which
 * Decree 154 does not read (a directly affected group needs one); the Decree 154 outcome does not depend on it.
 */
function nd154Total(args: Args, route: 'early-retirement' | 'resignation'): Computed {
  const salary: Record<string, unknown> = {};
  for (const f of nd154SalaryFields) if (args[f] !== undefined) salary[f] = args[f];
  const input: Record<string, unknown> = {
    id: 'sheet', staffType: DEFAULT_STAFF_TYPE, group: 'not-directly-affected', route, decree154Streamlining: true,
    gender: args.gender, birthDate: args.birthDate, insuredMonths: args.insuredMonths, leaveDate: args.leaveDate, salary,
  };
  if (args.hazardousMonths !== undefined) input.hazardousMonths = args.hazardousMonths;
  if (args.trainingMonths !== undefined) input.vocationalTraining = { months: args.trainingMonths };
  const r = safeAssess(input);
  if (!r.ok) {
    const messages = r.error.issues.map((i): Text => text(renamed154(i.path, i.messages.vi), renamed154(i.path, i.messages.en)));
    return { failure: 'value', message: joinTexts(messages) };
  }
  const o = r.value.outcomes.find((x) => x.policy === `nd154/${route}`);
  if (!o) {
    // Outside the decree's term the engine does not evaluate it at all: say so, with the term and its citation.
    const vars = { leaveDate: formatDateVi(args.leaveDate as string), from: formatDateVi(nd154Dates.inForce.date), to: formatDateVi(nd154Dates.lastDay.date) };
    return refusalFailure(msg('sheets.failure.nd154-not-in-force', vars), nd154Dates.inForce.citation);
  }
  if (o.refusal) return refusalFailure(o.refusal.message, o.refusal.citation);
  return { kind: 'amount', value: o.total };
}

/** "2025-06-16" → "16/06/2025" (both languages: the decree's dates as the sheet's users write them). */
const formatDateVi = (iso: string): string => iso.split('-').reverse().join('/');

function readDate(args: Args): Computed {
  const d = parseIsoDate(args.value as string)!;
  return { kind: 'date', value: d };
}

export const implementations: Record<FunctionName, (args: Args, lang: Lang) => Computed> = {
  VNSE_RETIREMENT_DATE: retirementDate,
  VNSE_MONTHS_EARLY: monthsEarly,
  VNSE_SALARY: salary,
  VNSE_EARLY_RETIREMENT: (args) => routeTotal(args, 'early-retirement'),
  VNSE_RESIGNATION: (args) => routeTotal(args, 'resignation'),
  VNSE_BREAKDOWN: breakdown,
  VNSE_DATE: readDate,
  VNSE_TALENT_ALLOWANCE: talentAllowanceMonth,
  VNSE_154_EARLY_RETIREMENT: (args) => nd154Total(args, 'early-retirement'),
  VNSE_154_RESIGNATION: (args) => nd154Total(args, 'resignation'),
};
