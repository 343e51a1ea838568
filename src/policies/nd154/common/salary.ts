import { formatDate, formatMonth, monthIndex } from '../../../core/calendar.js';
import { formatCitation } from '../../../core/citation.js';
import { toExactString, type Decimal } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import { derived, refused, type Derived, type SalaryCore } from '../../../model/derived.js';
import type { SalaryComponents } from '../../../model/staff-case.js';
import type { Facts } from '../../../model/types.js';
import { nd154Citations, resolution167Citation } from '../../../parameters/nd154.js';
import { baseSalaryForLeaving, salaryCore, withPercents } from '../../../rules/salary.js';

/**
 * The current monthly salary S of Decree 154/2025 Art 5 (docs/decisions.md D52, D53, D56) [M]:
 *
 * - from the same salary components as Decree 178's S, with the same formulas (src/rules/salary.ts): the grade or
 *   post salary, the leadership allowance, the salary-retention difference, the over-frame seniority and the
 *   professional seniority, times the base salary of the month before leaving. Not included, unlike Decree 178: the
 *   public-service, preferential, professional-responsibility, Party-work and armed-forces percentages (listed in
 *   the fact `excludedAllowances154` when the input has them, never an error);
 * - a salary given only as one monthly amount (`monthlySalary`) cannot be split, since it may hold the allowances
 *   Decree 154 leaves out: refused (`salary-components-needed`), never guessed;
 * - a commune-level part-time worker (Art 5 cl. 2): S is the allowance of the month before leaving;
 * - Resolution 167/NQ-CP: with the salary of the post held before recruitment under Law 98/2025/QH15, the higher of
 *   the two. Every item is S times a factor, so the higher S is the more favourable amount.
 */
export interface Salary154 {
  readonly amount: Decimal;
  /** The facts of an outcome that used it, after the case's own. */
  readonly facts: Facts;
}

/** The components Decree 154 leaves out of S, by input field. */
const LEFT_OUT = ['publicServicePercent', 'preferentialPercent', 'professionalResponsibilityPercent', 'partyWorkPercent', 'armedForcesPercent'] as const;

/** S for the case, computed once per case (the engine remembers it: `caseOnce`). */
export function salary154(ctx: CaseContext): Derived<Salary154> {
  return ctx.caseOnce(computeSalary154, ctx);
}

function computeSalary154(ctx: CaseContext): Derived<Salary154> {
  const c = ctx.case;
  const partTime = c.decree154?.communePartTime;
  let current: Derived<Salary154>;
  if (partTime !== undefined) {
    const facts: Facts = { monthlySalary: toExactString(partTime.allowance), monthlySalarySource: 'communePartTimeAllowance' };
    // The base salary is shown for reference (provinces derive the allowance from it); S does not need it, so a
    // month past the table's horizon is simply not shown, never a refusal.
    const given = c.salary.kind === 'components' ? c.salary.components.baseSalary : undefined;
    if (given !== undefined) Object.assign(facts, { baseSalary: toExactString(given), baseSalarySource: 'input (salary.baseSalary)' });
    else {
      const tabled = baseSalaryForLeaving(c.leaveDate, ctx.params);
      if (tabled.ok) Object.assign(facts, tabledFacts(tabled.value.facts));
    }
    facts.salaryCitation = formatCitation(nd154Citations.partTimeAllowance);
    if (c.decree154?.unpaidLeaveStartDate !== undefined) facts.unpaidLeaveStartDate = formatDate(c.decree154.unpaidLeaveStartDate);
    current = derived({ amount: partTime.allowance, facts });
  } else if (c.salary.kind === 'monthly') {
    return refused({ code: 'salary-components-needed', message: msg('nd154.refusal.salary-components-needed'), citation: nd154Citations.salary });
  } else {
    current = fromComponents(ctx, c.salary.components);
  }
  const prior = c.decree154?.priorPostMonthlySalary;
  if (prior === undefined || !current.ok) return current;
  // Resolution 167/NQ-CP: the more favourable of the two posts.
  const s = current.value;
  const takePrior = prior.greaterThan(s.amount);
  const amount = takePrior ? prior : s.amount;
  return derived({
    amount,
    facts: {
      ...s.facts,
      monthlySalary: toExactString(amount),
      currentPostMonthlySalary: toExactString(s.amount),
      priorPostMonthlySalary: toExactString(prior),
      monthlySalaryTaken: takePrior ? 'prior-post' : 'current-post',
      monthlySalaryChoiceCitation: formatCitation(resolution167Citation),
    },
  });
}

/** The base-salary facts of the table's row (the month before leaving). */
function tabledFacts(t: Facts): Facts {
  return { baseSalary: t.baseSalary!, baseSalaryMonth: t.baseSalaryMonth!, baseSalarySource: t.baseSalarySource!, baseSalaryVerified: t.baseSalaryVerified! };
}

const SALARY_CITATION_154 = formatCitation(nd154Citations.salary);

function fromComponents(ctx: CaseContext, components: SalaryComponents): Derived<Salary154> {
  const c = ctx.case;
  // G, L, V and R on the base salary of the month before leaving (also after unpaid or sick leave: the streamlining
  // month counts): the same parts as Decree 178's S of the same components, composed once per case by the context.
  let core: SalaryCore;
  const s178 = ctx.salary;
  if (s178.ok && s178.value.core !== undefined) core = s178.value.core;
  else {
    const composed = salaryCore(components, c.leaveDate, ctx.params);
    if (!composed.ok) return composed;
    core = composed.value;
  }
  // P: of Decree 178's percents, only the professional seniority (the others are left out, LEFT_OUT).
  const { amount, P } = withPercents(core, components.professionalSeniorityPercent);
  const shown = core.shown;
  const salaryParts: Facts = { G: shown.G, L: shown.L, V: shown.V, R: shown.R, P: toExactString(P) };
  const t = core.tabled?.facts;
  // One literal in its final key order: { monthlySalary, monthlySalarySource, ...base salary facts, salaryParts, salaryCitation }.
  const facts: Facts = t === undefined
    ? {
      monthlySalary: toExactString(amount), monthlySalarySource: 'components (Decree 154 Art 5)',
      baseSalary: toExactString(core.base), baseSalarySource: 'input (salary.baseSalary)',
      salaryParts, salaryCitation: SALARY_CITATION_154,
    }
    : {
      monthlySalary: toExactString(amount), monthlySalarySource: 'components (Decree 154 Art 5)',
      baseSalary: t.baseSalary!, baseSalaryMonth: t.baseSalaryMonth!, baseSalarySource: t.baseSalarySource!, baseSalaryVerified: t.baseSalaryVerified!,
      salaryParts, salaryCitation: SALARY_CITATION_154,
    };
  // Read by name (no list walked): the components Decree 154 leaves out that the input has, in LEFT_OUT's order.
  if (!components.publicServicePercent.isZero() || !components.preferentialPercent.isZero() || !components.professionalResponsibilityPercent.isZero() ||
    !components.partyWorkPercent.isZero() || !components.armedForcesPercent.isZero()) {
    facts.excludedAllowances154 = LEFT_OUT.filter((k) => !components[k].isZero()).map((k) => `salary.${k}`);
  }
  const unpaid = c.decree154?.unpaidLeaveStartDate;
  if (unpaid !== undefined) {
    // Art 5 [M]: on unpaid or sick leave, the salary is that of the month before the leave began (the components
    // given are read as that month's); the base salary stays that of the month before leaving.
    facts.unpaidLeaveStartDate = formatDate(unpaid);
    facts.salaryComponentsMonth = formatMonth(monthIndex(unpaid) - 1);
  }
  return derived({ amount, facts });
}
