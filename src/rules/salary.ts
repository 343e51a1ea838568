import { formatMonth, fromMonthIndex, monthIndex, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, formatCitation } from '../core/citation.js';
import { deepFreeze } from '../core/freeze.js';
import { Decimal, dec, toExactString, type Decimal as DecimalT } from '../core/money.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { valueAt } from '../parameters/dated.js';
import { baseSalaryHorizonCitation, beyondKnownBaseSalary, formatKnownThrough } from '../parameters/base-salary.js';
import type { SalaryComponents, SalarySource } from '../model/staff-case.js';
import { derived, refused, type Derived, type MonthlySalary, type SalaryCore } from '../model/derived.js';
import type { Facts, Warning } from '../model/types.js';
import { msg } from '../locales/index.js';

export const salaryCitation = cite(DOC.tt01, '3', '2');

/** S with its facts and warnings: a type of the model, which the context carries. */
export type { MonthlySalary } from '../model/derived.js';

/** Percent to fraction: multiplying by the exact 0.01 gives the same value as dividing by 100, and is cheaper. */
const PERCENT = dec('0.01');
/** The fractions of the percents read most (the validator shares the Decimal of each common percent). */
const fractions = new WeakMap<DecimalT, DecimalT>();

function fraction(percent: DecimalT): DecimalT {
  let known = fractions.get(percent);
  if (known === undefined) fractions.set(percent, (known = percent.times(PERCENT)));
  return known;
}

const ZERO = new Decimal(0);

type BaseForLeaving = Derived<{ amount: DecimalT; month: string; facts: Facts; warnings: Warning[] }>;

/**
 * The answer for each (table, leave month): it depends on nothing else, and every case leaving in the same
 * month asks again. Read only by the callers (they copy the facts and the warnings). Bounded per table.
 */
const forLeaving = new WeakMap<object, Map<number, BaseForLeaving>>();
const FOR_LEAVING_MAX = 2048;

/** Base salary in force in the month before the leaving month (Circular 01/2025 Art 3 cl. 2 a). */
export function baseSalaryForLeaving(leaveDate: CalendarDate, params: ParameterSet): BaseForLeaving {
  const index = monthIndex(leaveDate);
  let byMonth = forLeaving.get(params.baseSalary);
  if (byMonth === undefined) forLeaving.set(params.baseSalary, (byMonth = new Map()));
  let known = byMonth.get(index);
  if (known === undefined) {
    // Frozen, facts, warnings and refusal included: the same object answers every case leaving that month.
    known = deepFreeze(computeBaseForLeaving(index, params));
    if (byMonth.size >= FOR_LEAVING_MAX) byMonth.clear();
    byMonth.set(index, known);
  }
  return known;
}

function computeBaseForLeaving(leaveIndex: number, params: ParameterSet): BaseForLeaving {
  const previous = fromMonthIndex(leaveIndex - 1);
  const month = formatMonth(leaveIndex - 1);
  const row = valueAt(params.baseSalary, { ...previous, day: 1 });
  if (!row) {
    return refused({
      code: 'base-salary-out-of-table',
      message: msg('rules.salary.base-salary-not-tabled', { month }),
      citation: salaryCitation,
    });
  }
  // The same horizon as every other reader of the table (Decree 177, 179, Art 11, 12; D24): a month after it
  // may already have a new base salary, so it is refused rather than read from the last row.
  if (beyondKnownBaseSalary(params.baseSalary, { ...previous, day: 1 })) {
    const through = formatKnownThrough(params.baseSalary);
    return refused({
      code: 'base-salary-unknown',
      message: msg('rules.salary.base-salary-not-known-yet', { month, through }),
      citation: baseSalaryHorizonCitation,
    });
  }
  const warnings: Warning[] = [];
  if (row.citation.verified === false) {
    warnings.push({
      code: 'base-salary-unverified',
      message: msg('rules.salary.base-salary-unverified', { value: row.value, from: row.from, citation: formatCitation(row.citation) }),
      citation: row.citation,
    });
  }
  return derived({
    amount: dec(row.value),
    month,
    facts: { baseSalary: row.value, baseSalaryMonth: month, baseSalarySource: formatCitation(row.citation), baseSalaryVerified: row.citation.verified !== false },
    warnings,
  });
}

/**
 * The parts of S that Decree 178's and Decree 154's salaries share (`SalaryCore`): G, L, V and R on the base
 * salary, and G + L + V. Exact: a zero component contributes an exact zero, so its products and sums are skipped
 * (the values, and so every printed digit, are the same; components are never negative).
 */
export function composeSalaryCore(c: SalaryComponents, base: DecimalT, tabled: SalaryCore['tabled']): SalaryCore {
  const G = c.coefficient.times(base);
  const L = c.leadershipCoefficient.isZero() ? ZERO : c.leadershipCoefficient.times(base);
  const GL = plus(G, L);
  const V = c.overFrameSeniorityPercent.isZero() ? ZERO : fraction(c.overFrameSeniorityPercent).times(GL);
  const R = c.reservedDifferenceCoefficient.isZero() ? ZERO : c.reservedDifferenceCoefficient.times(base);
  const shown = Object.freeze({ G: toExactString(G), L: toExactString(L), V: toExactString(V), R: toExactString(R) });
  return Object.freeze({ base, tabled, G, L, V, R, GLV: plus(GL, V), shown });
}

/** P on the core for the sum of the percents that apply, and S = G + L + V + R + P. */
export function withPercents(core: SalaryCore, percents: DecimalT): { amount: DecimalT; P: DecimalT } {
  const P = percents.isZero() ? ZERO : fraction(percents).times(core.GLV);
  return { amount: plus(plus(core.GLV, core.R), P), P };
}

/** The sum of Decree 178's six percents (read by name, added in this order from an exact zero). */
function percentsOf(c: SalaryComponents): DecimalT {
  return plus(plus(plus(plus(plus(plus(ZERO, c.professionalSeniorityPercent), c.preferentialPercent), c.professionalResponsibilityPercent),
    c.publicServicePercent), c.partyWorkPercent), c.armedForcesPercent);
}

/** S = G + L + V + R + P (common.md §2), exact. */
export function composeSalary(c: SalaryComponents, base: DecimalT): { amount: DecimalT; parts: Record<string, DecimalT> } {
  const core = composeSalaryCore(c, base, undefined);
  const { amount, P } = withPercents(core, percentsOf(c));
  return { amount, parts: { G: core.G, L: core.L, V: core.V, R: core.R, P } };
}

/** a + b, skipping the addition of an exact zero. */
function plus(a: DecimalT, b: DecimalT): DecimalT {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/**
 * The shared core of a salary composed from components: the base salary (given, or the table's row of the month
 * before leaving: refused past the table or its horizon) and G, L, V, R on it.
 */
export function salaryCore(c: SalaryComponents, leaveDate: CalendarDate, params: ParameterSet): Derived<SalaryCore> {
  if (c.baseSalary) return derived(composeSalaryCore(c, c.baseSalary, undefined));
  const tabled = baseSalaryForLeaving(leaveDate, params);
  if (!tabled.ok) return tabled;
  return derived(composeSalaryCore(c, tabled.value.amount, tabled.value));
}

const SALARY_CITATION = formatCitation(salaryCitation);

/** The current monthly salary S of the month before leaving, from the given amount or from its components. */
export function currentMonthlySalary(source: SalarySource, leaveDate: CalendarDate, params: ParameterSet): Derived<MonthlySalary> {
  if (source.kind === 'monthly') {
    return derived({
      amount: source.amount,
      facts: { monthlySalary: toExactString(source.amount), monthlySalarySource: 'input' },
      warnings: [],
      core: undefined,
    });
  }
  const c = source.components;
  const composed = salaryCore(c, leaveDate, params);
  if (!composed.ok) return composed;
  const core = composed.value;
  const { amount, P } = withPercents(core, percentsOf(c));
  const shown = core.shown;
  const salaryParts: Facts = { G: shown.G, L: shown.L, V: shown.V, R: shown.R, P: toExactString(P) };
  const t = core.tabled;
  // One literal in the order { monthlySalary, monthlySalarySource, ...base salary facts, salaryParts, salaryCitation }.
  if (t === undefined) {
    return derived({
      amount,
      facts: {
        monthlySalary: toExactString(amount), monthlySalarySource: 'components',
        baseSalary: toExactString(core.base), baseSalarySource: 'input (salary.baseSalary)',
        salaryParts, salaryCitation: SALARY_CITATION,
      },
      warnings: [],
      core,
    });
  }
  // The table's row (frozen, shared by every case leaving that month): its facts in their order (computeBaseForLeaving), its warnings.
  const f = t.facts;
  return derived({
    amount,
    facts: {
      monthlySalary: toExactString(amount), monthlySalarySource: 'components',
      baseSalary: f.baseSalary!, baseSalaryMonth: f.baseSalaryMonth!, baseSalarySource: f.baseSalarySource!, baseSalaryVerified: f.baseSalaryVerified!,
      salaryParts, salaryCitation: SALARY_CITATION,
    },
    warnings: t.warnings,
    core,
  });
}
