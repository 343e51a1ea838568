import { compareDates, formatDate, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';
import { msgWithTexts } from './messages.js';
import { keyDates } from '../../../parameters/key-dates.js';
import type { CaseContext } from '../../../model/context.js';
import type { Facts, Refusal, Warning } from '../../../model/types.js';

const exclusionCitation = cite(DOC.nd178, '2', undefined, undefined, { note: 'people the implementing guidance keeps out', verified: false });

const nd178InForce = parseIsoDate(keyDates.nd178InForce.date)!;

const volunteerExclusions = new Set(['pregnant', 'maternity-leave', 'child-under-36-months']);

/*
 * Checks shared by every Decree 178 leaving policy, in the order `commonChecks` (conditions.ts) runs them:
 * in force, the guidance's exclusions, the salary's base-salary row, the retirement age.
 */
export function inForce(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  if (compareDates(c.leaveDate, nd178InForce) >= 0) return null;
  return {
    code: 'before-in-force',
    message: msg('nd178.eligibility.refusal.before-in-force', { leaveDate: formatDate(c.leaveDate), date: keyDates.nd178InForce.date }),
    citation: keyDates.nd178InForce.citation,
  };
}

export function notExcludedByGuidance(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  if (!(ctx.options.applyEligibilityFilter && c.exclusion)) return null;
  const canVolunteer = volunteerExclusions.has(c.exclusion);
  if (canVolunteer && c.volunteered) return null;
  return {
    code: 'excluded-by-guidance',
    message: canVolunteer
      ? msg('nd178.eligibility.message.excluded-by-guidance.a', { exclusion: c.exclusion })
      : msg('nd178.eligibility.message.excluded-by-guidance.b', { exclusion: c.exclusion }),
    citation: exclusionCitation,
  };
}

/** The salary's refusal when its month is before the base-salary table (or any other salary refusal but the horizon's). */
export function baseSalaryTabled(ctx: CaseContext): Refusal | null {
  return !ctx.salary.ok && ctx.salary.refusal.code !== 'base-salary-unknown' ? ctx.salary.refusal : null;
}

/** The salary's refusal when its month is past the table's "known through" date (D24). */
export function baseSalaryKnown(ctx: CaseContext): Refusal | null {
  return ctx.salary.ok ? null : ctx.salary.refusal;
}

export function retirementAgeTabled(ctx: CaseContext): Refusal | null {
  return ctx.pension.ok ? null : ctx.pension.refusal;
}

/** True when the case leaves before its restructuring decision takes effect (Art 7, 9, 10 groups). */
export function leavesBeforeRestructuring(ctx: CaseContext): boolean {
  const r = ctx.case.restructuringDate;
  return r !== undefined && compareDates(ctx.case.leaveDate, r) < 0;
}

const routesText = msg('nd178.eligibility.routes-text');

/**
 * Art 7 cl. 1 a and Art 9/10 count their 12 months "from the decision", and Art 17 cl. 3 expects people to leave
 * during the restructuring; Circular 01/2025 Art 3 cl. 1 only fixes where the 12 months start. A leave before the
 * decision takes effect is read by `options.leaveBeforeRestructuring` (docs/decisions.md D11) [M]:
 * `first-12-months` (default): paid at the first-12-months rate (never the 13th-month rate), with a warning;
 * `after-issue-only`: the same, but only from the day the decision was signed (`restructuringIssuedDate`);
 * `refuse`: refused, naming the routes that may apply instead. Returns the refusal, or null when it is paid.
 */
export function leaveBeforeRestructuring(ctx: CaseContext): Refusal | null {
  if (!leavesBeforeRestructuring(ctx)) return null;
  const leave = formatDate(ctx.case.leaveDate);
  const effective = formatDate(ctx.case.restructuringDate!);
  const reading = ctx.options.leaveBeforeRestructuring;
  if (reading === 'first-12-months') return null;
  if (reading === 'after-issue-only') {
    const issued = ctx.case.restructuringIssuedDate;
    if (issued === undefined) {
      return {
        code: 'restructuring-issued-date-missing',
        message: msg('nd178.eligibility.refusal.restructuring-issued-date-missing', { leave, effective }),
        citation: restructuringCitation,
      };
    }
    if (compareDates(ctx.case.leaveDate, issued) >= 0) return null;
    return {
      code: 'leave-before-restructuring',
      message: msgWithTexts('nd178.eligibility.refusal.leave-before-restructuring.before-signed', { leave, issued: formatDate(issued) }, { routes: routesText }),
      citation: restructuringCitation,
    };
  }
  return {
    code: 'leave-before-restructuring',
    message: msgWithTexts('nd178.eligibility.refusal.leave-before-restructuring', { leave, effective }, { routes: routesText }),
    citation: restructuringCitation,
  };
}

/** "kể từ khi có quyết định" (Art 7 cl. 1 a; Art 9, 10 cl. 1 a) and "trong quá trình sắp xếp" (Art 17 cl. 3). */
export const restructuringCitation = cite(DOC.nd178, '7', '1', 'a', { note: 'with Art 9, 10 cl. 1 a and Art 17 cl. 3; Circular 01/2025 Art 3 cl. 1' });

/** The facts an Art 7, 9 or 10 outcome paid for a leave before the decision carries. */
export function leaveBeforeRestructuringFacts(ctx: CaseContext): Facts | undefined {
  if (!leavesBeforeRestructuring(ctx)) return undefined;
  return { leaveBeforeRestructuring: ctx.options.leaveBeforeRestructuring, leaveBeforeRestructuringRate: 'first-12-months' };
}

/** `leaveBeforeRestructuring` split by its two codes, as `beforeDecisionChecks` (conditions.ts) runs them. */
/**
 * The directly affected groups count their 12 months from the restructuring decision, so they need its date. The
 * input schema asks for it, except in a Decree 154 streamlining case (`decree154Streamlining`, D61), whose Decree 178
 * packages are shown for reference only (D51): there the missing date is this refusal, naming the field.
 */
export function restructuringDateGiven(ctx: CaseContext): Refusal | null {
  const group = ctx.case.group;
  if (ctx.case.restructuringDate !== undefined || (group !== 'directly-affected' && group !== 'association')) return null;
  return {
    code: 'restructuring-date-missing',
    message: msg('nd178.eligibility.refusal.restructuring-date-missing'),
    citation: restructuringCitation,
  };
}

export function notBeforeRestructuring(ctx: CaseContext): Refusal | null {
  const r = leaveBeforeRestructuring(ctx);
  return r && r.code === 'leave-before-restructuring' ? r : null;
}

export function issuedDateGiven(ctx: CaseContext): Refusal | null {
  const r = leaveBeforeRestructuring(ctx);
  return r && r.code === 'restructuring-issued-date-missing' ? r : null;
}

/** The case warning for such a leave, when it is paid (engine/context.ts adds it once per case). */
export function leaveBeforeRestructuringWarning(ctx: Pick<CaseContext, 'case' | 'options'>): Warning | null {
  const c = ctx.case;
  if (c.group !== 'directly-affected' && c.group !== 'association') return null;
  if (c.restructuringDate === undefined || compareDates(c.leaveDate, c.restructuringDate) >= 0) return null;
  const reading = ctx.options.leaveBeforeRestructuring;
  if (reading === 'refuse') return null;
  if (reading === 'after-issue-only' && (c.restructuringIssuedDate === undefined || compareDates(c.leaveDate, c.restructuringIssuedDate) < 0)) return null;
  return {
    code: 'leave-before-restructuring',
    message: msg('nd178.eligibility.warning.leave-before-restructuring', { leaveDate: formatDate(c.leaveDate), restructuringDate: formatDate(c.restructuringDate) }),
    citation: restructuringCitation,
  };
}
