import type { Item, Outcome } from '../../model/types.js';
import type { AllowanceSchedule, ScheduleRow } from '../../policies/nd179/common/types.js';

/**
 * One allowance's schedule in the engine's one result type (issue #14): an `Outcome` whose items carry a period,
 * one item per month paid (code `month-YYYY-MM`, the month's covered days as its period, its amount, formula and
 * citation — what-if marked as the row's). A refused month has no item: it adds nothing to the total, as in the
 * schedule; the outcome stays eligible (as an `assess` outcome has no refusal when eligible) with `facts.complete`
 * false, the months in `facts.refusedMonths` and the codes of what was refused in `facts.refusalCodes` (a range
 * without a month owed gives `no-month-in-range` there). An allowance refused as a whole is an outcome refused like
 * any other. `total` is the schedule's total, so the items add up to it. Built from the schedule alone, so the two
 * views cannot disagree.
 */
export function scheduleOutcome(s: AllowanceSchedule): Outcome {
  const items = s.rows.filter((r): r is ScheduleRow & { amount: string } => r.amount !== null).map(monthItem);
  return {
    policy: s.policy,
    title: s.title,
    eligible: s.eligible,
    ...(!s.eligible && s.refusal ? { refusal: s.refusal } : {}),
    facts: {
      ...s.facts,
      entitlementStart: s.entitlement.start,
      entitlementEnd: s.entitlement.end,
      periodFrom: s.period?.from ?? null,
      periodTo: s.period?.to ?? null,
      months: s.months,
      fullMonths: s.fullMonths,
      complete: s.complete,
      ...(s.eligible ? { refusalCodes: s.refusals.map((r) => r.code) } : {}),
      ...(s.totalFullSalary !== undefined ? { totalFullSalary: s.totalFullSalary } : {}),
    },
    items: s.eligible ? items : [],
    flags: [],
    total: s.eligible ? s.total : '0',
  };
}

function monthItem(r: ScheduleRow & { amount: string }): Item {
  return { code: `month-${r.month}`, label: r.label, amount: r.amount, formula: r.formula, citation: r.citation, period: { from: r.from, to: r.to } };
}
