import { addCalendarMonths, compareDates, formatDate } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { Facts, Flag, Outcome, Warning } from '../../../model/types.js';
import { nd154Citations } from '../../../parameters/nd154.js';

/**
 * The refund rule [M]: a person re-elected or re-recruited into a post paid from the State budget (or a village
 * part-time post) within 60 months of leaving repays the allowance received (docs/decisions.md D57). Shown as a flag
 * and a warning; the amount to repay is the agency's to settle. "Within 60 months" is read as before the same day
 * 60 months after the leave date (a 29 Feb leave: the end of February) [L].
 */
const refundFlag: Flag = deepFreeze({ code: 'refund-due', label: msg('nd154.flag.refund-due'), citation: nd154Citations.refund });

/** The last day (excluded) of the refund window, or null when the input gives no re-employment. */
function windowEnd(ctx: CaseContext) {
  const again = ctx.case.decree154?.reemploymentDate;
  if (again === undefined) return null;
  return { again, end: addCalendarMonths(ctx.case.leaveDate, Number(ctx.params.nd154Factors.refundWindowMonths.value)) };
}

/** The refund flag when the re-employment falls within the window; adds the facts either way. */
export function refundFlags(ctx: CaseContext, facts: Facts): readonly Flag[] {
  const w = windowEnd(ctx);
  if (w === null) return [];
  facts.reemploymentDate = formatDate(w.again);
  facts.refundWindowEnds = formatDate(w.end);
  const due = compareDates(w.again, w.end) < 0;
  facts.refundDue = due;
  return due ? [refundFlag] : [];
}

/** The warning of an eligible outcome that carries the refund flag. */
export function refundWarnings(ctx: CaseContext, o: Outcome): readonly Warning[] {
  if (!o.eligible || !o.flags.some((f) => f.code === 'refund-due')) return [];
  const w = windowEnd(ctx)!;
  return [{
    code: 'nd154-refund-due',
    message: msg('nd154.warning.refund-due', { reemploymentDate: formatDate(w.again), leaveDate: formatDate(ctx.case.leaveDate), months: ctx.params.nd154Factors.refundWindowMonths.value }),
    citation: nd154Citations.refund,
  }];
}
