import { msg } from '../../../locales/index.js';
import { compareDates, formatDate, type CalendarDate } from '../../../core/calendar.js';
import type { Citation } from '../../../core/citation.js';
import { nd179Dates } from '../../../parameters/nd179-rates.js';
import { derived, refused, type Derived } from '../../../model/derived.js';
import type { Facts, Refusal } from '../../../model/types.js';
import { type Nd179Context, warnOnce } from '../../../model/context.js';
import { addDays, maxDate, minDate } from './dates.js';
import type { Entitlement } from './policy.js';
import { missingField } from './refusals.js';

/**
 * Closes an entitlement: cuts it at `stopDate` (the first day no longer paid), starts it no earlier than
 * the decree's entry into force (1 Jan 2025), and refuses when nothing is left.
 *
 * A start before 1 Jan 2025 is cut to that day [L]: Decree 179 pays nothing for earlier days. For G2
 * graduates this is the transition from Decree 140/2017 (option `decree140Transition`); for G1 and G3 the
 * cut is recorded as a warning so that HR can check which regime governed the earlier months.
 */
export function closeEntitlement(ctx: Nd179Context, start: CalendarDate, end: CalendarDate | null, facts: Facts, citation: Citation): Derived<Entitlement> {
  const c = ctx.case;
  let last = end;
  if (c.stopDate) {
    const dayBefore = addDays(c.stopDate, -1);
    last = last ? minDate(last, dayBefore) : dayBefore;
    facts.stopDate = formatDate(c.stopDate);
  }
  let first = start;
  if (compareDates(start, ctx.inForce) < 0) {
    first = maxDate(start, ctx.inForce);
    facts.startCutToInForce = nd179Dates.inForce.date;
    if (c.group !== 'graduate') {
      warnOnce(ctx, {
        code: 'start-before-in-force',
        message: msg('nd179.period.allowance-would-start-before-decree', { start: formatDate(start), date: nd179Dates.inForce.date }),
        citation: nd179Dates.inForce.citation,
      });
    }
  }
  facts.entitlementStart = formatDate(first);
  facts.entitlementEnd = last ? formatDate(last) : null;
  if (last && compareDates(last, first) < 0) {
    return refused({
      code: 'period-ended',
      message: msg('nd179.period.entitlement-ended-before-it-could', { last: formatDate(last), first: formatDate(first) }),
      citation,
    });
  }
  return derived({ start: first, end: last, facts });
}

/** `salaryHistory` is needed by every allowance computed from the salary. */
export function needsSalaryHistory(ctx: Nd179Context, citation: Citation): Refusal[] {
  return ctx.case.salaryHistory
    ? []
    : [missingField('salaryHistory', msg('nd179.period.dated-list-salary-coefficients-salary'), citation)];
}
