import { compareDates, formatDate, parseIsoDate } from '../../core/calendar.js';
import { cite, DOC } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { keyDates } from '../../parameters/key-dates.js';
import type { CaseContext } from '../../assessment/context.js';
import type { Refusal } from '../../assessment/types.js';

const exclusionCitation = cite(DOC.nd178, '2', undefined, undefined, { note: 'people the implementing guidance keeps out', verified: false });

const nd178InForce = parseIsoDate(keyDates.nd178InForce.date)!;

const volunteerExclusions = new Set(['pregnant', 'maternity-leave', 'child-under-36-months']);

/** Checks shared by every Decree 178 leaving policy: in force, the guidance's exclusions, salary and age. */
export function commonRefusal(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  if (compareDates(c.leaveDate, nd178InForce) < 0) {
    return {
      code: 'before-in-force',
      message: text(
        `Ngày nghỉ ${formatDate(c.leaveDate)} trước ngày Nghị định 178/2024 có hiệu lực (${keyDates.nd178InForce.date})`,
        `The leave date ${formatDate(c.leaveDate)} is before Decree 178/2024 took effect (${keyDates.nd178InForce.date})`,
      ),
      citation: keyDates.nd178InForce.citation,
    };
  }
  if (ctx.options.applyEligibilityFilter && c.exclusion) {
    const canVolunteer = volunteerExclusions.has(c.exclusion);
    if (!(canVolunteer && c.volunteered)) {
      return {
        code: 'excluded-by-guidance',
        message: canVolunteer
          ? text(`Thuộc trường hợp chưa giải quyết (${c.exclusion}) trừ khi tự nguyện (volunteered: true)`, `Not settled while ${c.exclusion} unless the person volunteers (volunteered: true)`)
          : text(`Thuộc trường hợp chưa giải quyết khi đang bị ${c.exclusion}`, `Not settled while under ${c.exclusion}`),
        citation: exclusionCitation,
      };
    }
  }
  if (!ctx.salary.ok) return ctx.salary.refusal;
  if (!ctx.pension.ok) return ctx.pension.refusal;
  return null;
}

/** Art 7 and Art 9/10 count their 12 months from the restructuring decision; leaving before it is not covered. */
export function leaveBeforeRestructuring(ctx: CaseContext): Refusal | null {
  const r = ctx.case.restructuringDate;
  if (r && compareDates(ctx.case.leaveDate, r) < 0) {
    return {
      code: 'leave-before-restructuring',
      message: text(
        `Ngày nghỉ ${formatDate(ctx.case.leaveDate)} trước ngày quyết định sắp xếp có hiệu lực ${formatDate(r)}`,
        `The leave date ${formatDate(ctx.case.leaveDate)} is before the restructuring decision took effect (${formatDate(r)})`,
      ),
      citation: cite(DOC.tt01, '3', '1'),
    };
  }
  return null;
}
